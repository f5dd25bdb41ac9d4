/**
 * View of the "Stripes ↔ plain" CycleGAN cell: two image grids on
 * <canvas data-samples>. Each has four rows over the same held-out digits:
 * the input, its translation, the translation back, and a heatmap of where
 * the round trip differs from the input. No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { CycleImagesPayload } from '../../src/cells/cycleImages';
import { changeGates } from './changeGate';
import { pixelBuffer, row, sampleCanvas } from './imageCanvas';
import { ERROR_TABLE, INK_TABLE, type Tone, writeTile } from './pixels';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';
import type { Translate } from '../../src/i18n/translate';

/** On-screen pixels per image pixel. */
const SCALE = 3;
/** Image pixels between tiles. */
const GAP = 2;
/** Row labels of the two panels (the formulas stay as written). */
const rowLabelsX = (t: Translate) => [t('x (plain)'), 'G(x)', 'F(G(x))', '|x − F(G(x))|'];
const rowLabelsY = (t: Translate) => [t('y (striped)'), 'F(y)', 'G(F(y))', '|y − G(F(y))|'];

/** Ink on paper: -1 → white, +1 → near black. */
const INK: Tone = { table: INK_TABLE, lo: -1, hi: 1 };
/** Error heatmap: 0 → white, 1 → deep red. */
const ERROR: Tone = { table: ERROR_TABLE, lo: 0, hi: 1 };

/** Draws rows of `count` side×side images; the last row is a heatmap in [0, 1]. */
function drawRows(canvas: HTMLCanvasElement, rows: ArrayLike<number>[], count: number, side: number): void {
  const width = count * (side + GAP) - GAP;
  const height = rows.length * (side + GAP) - GAP;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // Full size where it fits; narrower containers shrink it (height follows), so no column is cut off.
  canvas.style.width = `${width * SCALE}px`;
  canvas.style.height = 'auto';
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = pixelBuffer(canvas, ctx, width, height);
  rows.forEach((data, r) => {
    const tone = r === rows.length - 1 ? ERROR : INK;
    for (let n = 0; n < count; n++) writeTile(image.data, width, n * (side + GAP), r * (side + GAP), data, n * side * side, side, tone);
  });
  ctx.putImageData(image, 0, 0);
}

/** A figure with row labels beside the canvas, and a caption. */
function panel(parent: HTMLElement, labels: string[], caption: string, aria: string): HTMLCanvasElement {
  const fig = document.createElement('figure');
  fig.style.margin = '0';
  fig.style.minWidth = '0';
  const body = document.createElement('div');
  body.style.display = 'flex';
  body.style.gap = '0.4rem';
  const names = document.createElement('div');
  names.style.display = 'grid';
  names.style.gridTemplateRows = `repeat(${labels.length}, 1fr)`;
  names.style.fontSize = '0.75rem';
  names.style.alignItems = 'center';
  names.style.textAlign = 'right';
  names.setAttribute('aria-hidden', 'true');
  for (const l of labels) {
    const s = document.createElement('span');
    s.textContent = l;
    names.append(s);
  }
  const canvas = sampleCanvas(aria);
  canvas.style.flex = '0 1 auto';
  canvas.style.minWidth = '0';
  canvas.style.alignSelf = 'flex-start';
  body.append(names, canvas);
  const cap = document.createElement('figcaption');
  cap.textContent = caption;
  cap.style.fontSize = '0.82rem';
  cap.style.maxWidth = '30rem';
  fig.append(body, cap);
  parent.append(fig);
  return canvas;
}

const createCycleImagesView: ViewFactory<CycleImagesPayload> = (root: HTMLElement, _plot: PlotModule) => {
  const wrap = row(root, '0.8rem 1.6rem');
  const t = viewText();
  const forward = panel(
    wrap,
    rowLabelsX(t),
    t('Held-out plain digits, G’s striped version, F’s way back, and in red where the round trip misses.'),
    t('Plain digits x, their translations G(x), the round trips F(G(x)) and the error heatmap'),
  );
  const backward = panel(
    wrap,
    rowLabelsY(t),
    t('Held-out striped digits (other digits than above), F’s plain version, G’s way back, and the error.'),
    t('Striped digits y, their translations F(y), the round trips G(F(y)) and the error heatmap'),
  );
  // The translations change at each evaluation (every few steps), not with every payload.
  const [forwardGate, backwardGate] = changeGates(2);
  let summary = t('The images appear when the cell runs.');

  return {
    update(payload: CycleImagesPayload, metrics: Metrics) {
      const a = payload.arrays;
      const count = payload.values.shown;
      const side = payload.values.side;
      if (forwardGate.changed(count, side, a.x, a.gx, a.fgx, a.errX)) drawRows(forward, [a.x, a.gx, a.fgx, a.errX], count, side);
      if (backwardGate.changed(count, side, a.y, a.fy, a.gfy, a.errY)) drawRows(backward, [a.y, a.fy, a.gfy, a.errY], count, side);
      // Whole sentences, each present only when its numbers are known.
      const parts = [t('λ = {lambda}.', { lambda: payload.values.lambda })];
      if (metrics.gStriped !== undefined && Number.isFinite(metrics.gStriped)) {
        parts.push(t('{gStriped}% of translated plain digits carry stripes; {fPlain}% of translated striped digits are plain.', { gStriped: metrics.gStriped.toFixed(0), fPlain: metrics.fPlain.toFixed(0) }));
      }
      if (metrics.cycleError !== undefined && Number.isFinite(metrics.cycleError)) parts.push(t('Cycle error {cycleError}.', { cycleError: metrics.cycleError.toFixed(3) }));
      summary = parts.join(' ');
    },
    describe() {
      return summary;
    },
  } satisfies CellView;
};

export default createCycleImagesView;
