/**
 * The 2-D cell's "your own data" (issue #21, item 5): the learner clicks or
 * drags on the chart to place real points, clears them, or, from the
 * keyboard, takes the shape on screen and moves it with the arrow keys. The
 * editor keeps the set and hands each change to its cell as a
 * CELL_DRAWN_DATA_EVENT; the cell checks it and the worker trains on it.
 * No tfjs. Drawing feedback is a circle per new point, added to the current
 * chart at once (the next render from the worker then shows the set itself).
 */
import { CELL_DRAWN_DATA_EVENT, type CellDrawnDataDetail } from '../cell/cellEvents';
import { MAX_DRAWN_POINTS } from '../../src/ml/data/drawnPoints';
import type { Translate } from '../../src/i18n/translate';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A drag adds a point each time the pointer has moved this far (data units; the plane spans 6). */
const DRAG_SPACING = 0.08;
/** While dragging, the worker gets the growing set at most this often. */
const DRAG_SEND_MS = 150;
/** One arrow key press moves the points this far (Shift: ten times less). */
const NUDGE = 0.1;

interface Scales {
  invertX(px: number): number;
  invertY(px: number): number;
  applyX(v: number): number;
  applyY(v: number): number;
}

/** A point (interleaved list) kept inside [lo, hi]². */
function clampInto(values: number[], lo: number, hi: number): number[] {
  return values.map((v) => Math.min(hi, Math.max(lo, v)));
}

export class PointEditor {
  /** The learner's points, interleaved x, y; null while the shape from the settings is the data. */
  private points: number[] | null = null;
  private chart: SVGSVGElement | null = null;
  private scales: Scales | null = null;
  /** The real points on screen (for the keyboard: "take this shape and move it"). */
  private shown: ArrayLike<number> = [];
  private dragging = false;
  /** Points were added since the worker last heard (a drag's end sends only then). */
  private unsent = false;
  private lastSent = 0;
  private readonly note: HTMLElement;

  constructor(
    private readonly surface: HTMLElement,
    private readonly domain: { lo: number; hi: number },
    t: Translate,
  ) {
    const bar = document.createElement('div');
    bar.className = 'gan2d-draw';
    bar.style.cssText = 'display:flex;flex-wrap:wrap;gap:0.4rem;align-items:center;margin-top:0.3rem;font-size:0.82rem';
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.dataset.action = 'clear-points';
    clear.textContent = t('Clear my points');
    clear.addEventListener('click', () => this.set(null));
    this.note = document.createElement('span');
    this.note.dataset.drawNote = '';
    this.note.textContent = t(
      'Your own data: click or drag on the chart to place real points. From the keyboard, focus the chart and move the points shown with the arrow keys.',
    );
    bar.append(clear, this.note);
    surface.after(bar);
    surface.tabIndex = 0;
    surface.setAttribute('aria-label', t('Chart of the 2-D GAN. Arrow keys move the real points; the generator then learns where they are.'));
    surface.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    surface.addEventListener('pointermove', (e) => this.onPointerMove(e));
    surface.addEventListener('pointerup', () => this.endDrag());
    surface.addEventListener('pointercancel', () => this.endDrag());
    surface.addEventListener('keydown', (e) => this.onKey(e));
    this.tooMany = t('At most {max} points can be drawn; clear some to add more.', { max: MAX_DRAWN_POINTS });
  }

  private readonly tooMany: string;

  /** The chart just drawn, its scales and the real points it shows. */
  attach(chart: SVGSVGElement, scales: Scales, shownReal: ArrayLike<number>): void {
    this.chart = chart;
    this.scales = scales;
    this.shown = shownReal;
  }

  private dataAt(e: PointerEvent): [number, number] | null {
    if (!this.chart || !this.scales) return null;
    const box = this.chart.getBoundingClientRect();
    // The chart may be drawn smaller than its own width (narrow screens): back to its coordinates first.
    const sx = (this.chart.width.baseVal.value || box.width) / box.width;
    const sy = (this.chart.height.baseVal.value || box.height) / box.height;
    const x = this.scales.invertX((e.clientX - box.left) * sx);
    const y = this.scales.invertY((e.clientY - box.top) * sy);
    const { lo, hi } = this.domain;
    return Number.isFinite(x) && Number.isFinite(y) && x >= lo && x <= hi && y >= lo && y <= hi ? [x, y] : null;
  }

  private onPointerDown(e: PointerEvent): void {
    const at = this.dataAt(e);
    if (!at) return;
    this.dragging = true;
    this.surface.setPointerCapture?.(e.pointerId);
    this.add(at);
    this.send();
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.dragging) return;
    const at = this.dataAt(e);
    const pts = this.points;
    if (!at || !pts) return;
    const [px, py] = [pts[pts.length - 2], pts[pts.length - 1]];
    if (Math.hypot(at[0] - px, at[1] - py) < DRAG_SPACING) return;
    this.add(at);
    if (performance.now() - this.lastSent >= DRAG_SEND_MS) this.send();
  }

  private endDrag(): void {
    if (!this.dragging) return;
    this.dragging = false;
    if (this.unsent) this.send();
  }

  private add([x, y]: [number, number]): void {
    const pts = (this.points ??= []);
    if (pts.length / 2 >= MAX_DRAWN_POINTS) {
      this.note.textContent = this.tooMany;
      return;
    }
    pts.push(x, y);
    this.unsent = true;
    // Feedback before the worker's next render shows the set.
    if (this.chart && this.scales) {
      const dot = document.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('cx', String(this.scales.applyX(x)));
      dot.setAttribute('cy', String(this.scales.applyY(y)));
      dot.setAttribute('r', '2.5');
      dot.setAttribute('fill', '#1b1f24');
      dot.classList.add('gan2d-pending');
      this.chart.append(dot);
    }
  }

  private onKey(e: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const move = moves[e.key];
    // Before the first chart there is nothing on screen to move: the keys keep their usual meaning.
    if (!move || !this.chart) return;
    // The first press takes the shape on screen as the learner's own points.
    const start = this.points ?? Array.from(this.shown).slice(0, 2 * MAX_DRAWN_POINTS);
    if (start.length === 0) return;
    e.preventDefault();
    const step = e.shiftKey ? NUDGE / 10 : NUDGE;
    const moved = start.map((v, i) => v + step * move[i % 2]);
    this.points = clampInto(moved, this.domain.lo, this.domain.hi);
    this.send();
  }

  /** Takes `points` as the learner's set without sending them: the cell already trains on them (a shared link's). */
  load(points: ArrayLike<number>): void {
    this.points = Array.from(points);
    this.fromLink = true;
  }

  /** The set is still the one a shared link brought, not changed here. */
  get showsLinkPoints(): boolean {
    return this.fromLink && this.points !== null;
  }

  private fromLink = false;

  private set(points: number[] | null): void {
    this.points = points;
    this.send();
  }

  private send(): void {
    this.fromLink = false;
    this.lastSent = performance.now();
    this.unsent = false;
    const detail: CellDrawnDataDetail = { points: this.points ? Float32Array.from(this.points) : null };
    this.surface.dispatchEvent(new CustomEvent(CELL_DRAWN_DATA_EVENT, { bubbles: true, detail }));
  }
}
