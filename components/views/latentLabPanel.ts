/**
 * The latent lab under the latent walk: sixteen samples to pick from (a
 * click sets the interpolation's ends; the controls "Lab: from sample" and
 * "Lab: to sample" do the same from the keyboard), the interpolation between
 * the two picked, and the same sixteen after the attribute arithmetic, with
 * what the measurement found. Part of latentWalkView; no tfjs here.
 */
import { CELL_SET_VALUE_EVENT, type CellSetValueDetail } from '../cell/cellEvents';
import type { LatentWalkPayload } from '../../src/cells/latentWalk';
import type { Translate } from '../../src/i18n/translate';
import { changeGates } from './changeGate';
import { setText } from './drawParts';
import { drawGrid, figure, row } from './imageCanvas';

const SIZE = 28;
const COLS = 4;
/** Outline colours of the two picks, as in the caption's words "purple" and "orange". */
const PICK_COLORS = ['#6741d9', '#e8590c'] as const;

/** Outlines tile `index` of a grid drawn by drawGrid (gap 1) along its own edge pixels, so edge tiles show all four sides. */
function outline(canvas: HTMLCanvasElement, index: number, color: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.strokeRect((index % COLS) * (SIZE + 1) + 0.5, Math.floor(index / COLS) * (SIZE + 1) + 0.5, SIZE - 1, SIZE - 1);
}

/** The sample under a click on the pick grid (drawn at `scale` CSS pixels per image pixel), or null between tiles. */
function tileAt(canvas: HTMLCanvasElement, e: MouseEvent): number | null {
  const box = canvas.getBoundingClientRect();
  const x = ((e.clientX - box.left) / box.width) * canvas.width;
  const y = ((e.clientY - box.top) / box.height) * canvas.height;
  const col = Math.floor(x / (SIZE + 1));
  const rowIndex = Math.floor(y / (SIZE + 1));
  if (col < 0 || col >= COLS || rowIndex < 0 || rowIndex >= Math.ceil(16 / COLS)) return null;
  return rowIndex * COLS + col;
}

function attributeName(t: Translate, index: number): string {
  return [t('ink'), t('slant'), t('width')][index] ?? '';
}

export function latentLabPanel(root: HTMLElement, t: Translate) {
  const heading = document.createElement('p');
  heading.style.margin = '1rem 0 0.2rem';
  heading.style.fontWeight = '600';
  heading.textContent = t('Latent lab');
  root.append(heading);
  const grids = row(root);
  const picks = figure(grids, '', t('Sixteen samples of the generator; click one to start the interpolation there, a second to end it'));
  const moved = figure(grids, '', t('The same sixteen samples after adding the attribute vector'));
  const strip = figure(root, '', t('Images on the path between the two picked samples'));
  picks.canvas.style.cursor = 'pointer';
  // Clicks alternate: the first sets where the interpolation starts, the second where it ends.
  let nextEnd: 0 | 1 = 0;
  picks.canvas.addEventListener('click', (e) => {
    const index = tileAt(picks.canvas, e);
    if (index === null) return;
    const detail: CellSetValueDetail = { key: nextEnd === 0 ? 'pickA' : 'pickB', value: index };
    picks.canvas.dispatchEvent(new CustomEvent(CELL_SET_VALUE_EVENT, { bubbles: true, detail }));
    nextEnd = nextEnd === 0 ? 1 : 0;
  });
  const [gridGate, movedGate, stripGate] = changeGates(3);

  return {
    update({ arrays: a, values: v }: LatentWalkPayload): void {
      if (gridGate.changed(a.labGrid, v.pickA, v.pickB)) {
        drawGrid(picks.canvas, a.labGrid, { size: SIZE, cols: COLS, scale: 2 });
        outline(picks.canvas, v.pickA, PICK_COLORS[0]);
        outline(picks.canvas, v.pickB, PICK_COLORS[1]);
      }
      setText(picks.caption, t('Click a sample to start the interpolation there (purple), then another to end it (orange). The classifier reads: {classes}.', { classes: Array.from(a.labClasses).join(' ') }));
      if (movedGate.changed(a.labMoved)) drawGrid(moved.canvas, a.labMoved, { size: SIZE, cols: COLS, scale: 2 });
      setText(
        moved.caption,
        t('Each sample plus {amount} × the {attribute} vector: {moved} of 16 moved the intended way, measured on the images; {kept} of 16 still read as the same digit.', {
          amount: v.attributeAmount,
          attribute: attributeName(t, v.attribute),
          moved: v.attributeMoved,
          kept: v.digitsKept,
        }),
      );
      if (stripGate.changed(a.labStrip)) drawGrid(strip.canvas, a.labStrip, { size: SIZE, cols: a.labStrip.length / (SIZE * SIZE), scale: 2 });
      setText(strip.caption, t('From sample {a} to sample {b}.', { a: v.pickA, b: v.pickB }));
    },
    describe(): string {
      return `${picks.caption.textContent} ${moved.caption.textContent} ${strip.caption.textContent}`;
    },
  };
}
