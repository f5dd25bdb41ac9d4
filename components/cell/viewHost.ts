/**
 * Loads a cell's view (and Observable Plot) on the first payload, then draws
 * at most once per animation frame with the newest payload: a fast trainer
 * never queues up charts the page cannot keep up with. A view that yields
 * between its charts is drawn one part per frame.
 */
import type { Metrics, ViewPayload } from '../../src/ml/trainer';
import type { CellView } from '../views/view';
import { drawSignal } from './drawSignal';
import { uiText } from './uiText';
import { quietPlot } from '../views/quietPlot';
import { previewKinds, viewLoaderFor } from '../views/registry';

export class ViewHost {
  private view: CellView | null = null;
  private loading: Promise<void> | null = null;
  private payload: ViewPayload | null = null;
  private metrics: Metrics = {};
  private hyper: Record<string, number | string | boolean> | null = null;
  private drawn: Float32Array | null = null;
  private frame = 0;
  /** Parts of a multi-part update not drawn yet. */
  private parts: Iterator<void> | null = null;
  /** A payload arrived that no update has started drawing. */
  private dirty = false;

  constructor(
    private readonly kind: string,
    private readonly root: HTMLElement,
    private readonly description: HTMLElement,
  ) {
    if (previewKinds.has(kind) && typeof IntersectionObserver === 'function') {
      const near = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near.disconnect();
          this.loading ??= this.load();
        },
        { rootMargin: '300px' },
      );
      near.observe(root);
    }
  }

  show(payload: ViewPayload, _step: number): void {
    this.payload = payload;
    this.dirty = true;
    this.schedule();
  }

  setMetrics(metrics: Metrics): void {
    this.metrics = metrics;
  }

  setHyperparameters(values: Record<string, number | string | boolean>): void {
    this.hyper = { ...values };
    this.view?.setHyperparameters?.(this.hyper);
  }

  /** Points the cell trains on that the view did not draw itself (from a shared link). */
  setDrawnData(points: Float32Array): void {
    this.drawn = points;
    this.view?.setDrawnData?.(points);
  }

  private schedule(): void {
    if (!this.view) {
      this.loading ??= this.load();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    if (!this.view || !this.payload) return;
    if (!this.parts && !this.dirty) return;
    // This frame draws: training workers step aside until it is painted (drawSignal.ts).
    drawSignal()?.markFrame();
    if (!this.parts) {
      this.dirty = false;
      this.parts = this.view.update(this.payload, this.metrics) ?? null;
    }
    // An update that is still drawing finishes before the next one starts,
    // so every chart shows the same step once it completes.
    if (this.parts && !this.parts.next().done) {
      this.schedule();
      return;
    }
    this.parts = null;
    hideChartInternals(this.root);
    this.description.textContent = this.view.describe();
    if (this.dirty) this.schedule();
  }

  private async load(): Promise<void> {
    // The view's name arrives as a string from the page's markup.
    const loader = viewLoaderFor(this.kind);
    if (!loader) {
      const t = uiText();
      this.description.textContent = t('No chart is available for "{kind}".', { kind: this.kind });
      return;
    }
    const [plot, module] = await Promise.all([import('@observablehq/plot'), loader()]);
    this.view = module.default(this.root, quietPlot(plot));
    if (this.hyper) this.view.setHyperparameters?.(this.hyper);
    if (this.drawn) this.view.setDrawnData?.(this.drawn);
    hideChartInternals(this.root); // what a preview view drew before any payload
    this.schedule();
  }
}

/**
 * The figcaption is each chart's text alternative (view.describe()), so the
 * drawing itself is hidden from assistive technology. Observable Plot also
 * labels plain <g> groups with aria-label, which ARIA prohibits on elements
 * without a role (axe: aria-prohibited-attr); those labels are dropped.
 */
function hideChartInternals(root: HTMLElement): void {
  for (const svg of root.querySelectorAll('svg')) {
    svg.setAttribute('aria-hidden', 'true');
    for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  }
}
