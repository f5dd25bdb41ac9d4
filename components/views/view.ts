/**
 * A cell's view draws what its Trainer renders. Views live on the page side:
 * they never import tfjs, and receive Observable Plot lazily so it stays out
 * of the initial bundle.
 */
import type { Metrics, ViewPayload } from '../../src/ml/trainer';

export type PlotModule = typeof import('@observablehq/plot');

export interface CellView<P extends ViewPayload = ViewPayload> {
  /**
   * Redraws from the latest payload and metrics. Called a few times a second
   * at most. A view with several charts writes this as a generator and
   * yields between them: each part then gets its own animation frame, so no
   * single task (script, style, layout, paint) blocks the page for long.
   */
  update(payload: P, metrics: Metrics): void | Iterator<void>;
  /** A text alternative stating the latest values (for screen readers). */
  describe(): string;
  /** Live hyperparameter values, for views that draw them (e.g. the target's μ). */
  setHyperparameters?(values: Record<string, number | string | boolean>): void;
  /** Real points the learner drew earlier (a shared link's), for views that let them draw more. */
  setDrawnData?(points: Float32Array): void;
}

/**
 * Each view module default-exports one of these. `root` is an empty element
 * inside the cell that the view owns.
 */
export type ViewFactory<P extends ViewPayload = ViewPayload> = (root: HTMLElement, plot: PlotModule) => CellView<P>;
