/**
 * Notices a run that goes on stepping but no longer learns: most of its
 * metrics, which were moving, stay exactly the same for hundreds of steps.
 * Seen with Adam at the highest learning rates in gan-1d: the generator's
 * samples flee far off the axis, the discriminator rejects them with
 * certainty (outputs of exactly 0 or 1, losses 0.000), no gradient reaches
 * either network, and every further step changes nothing. (Its 50-fold
 * slowdown was the density estimate's kernel growing with the samples'
 * spread: fixed in metrics/divergence.ts.)
 *
 * Only a strict majority counts: half the metrics may stand still on
 * purpose (a frozen generator keeps its scores), and metrics scored every
 * few dozen steps stand still between scorings. Metrics that never moved
 * (a cell of fixed shape arithmetic) are not a stall either.
 *
 * Pure bookkeeping, so it is tested without a trainer.
 */
import type { Metrics } from '../ml/trainer';

/** Steps over which most metrics must not change at all (longer than any cell's scoring interval)... */
export const STALL_STEPS = 500;
/** ...seen over at least this many training chunks. */
export const STALL_CHUNKS = 5;

export class StallWatch {
  private last: Metrics | null = null;
  private moved = false;
  private frozenSinceStep: number | null = null;
  private frozenChunks = 0;

  /** New settings, a resumed or restored run: start watching afresh. */
  reset(): void {
    this.last = null;
    this.moved = false;
    this.frozenSinceStep = null;
    this.frozenChunks = 0;
  }

  /** After each training chunk; true once the run has stalled. */
  observe(step: number, metrics: Metrics): boolean {
    const keys = Object.keys(metrics);
    const last = this.last;
    this.last = { ...metrics };
    if (!last || keys.length === 0) return false;
    const unchanged = keys.filter((k) => metrics[k] === last[k]).length;
    if (2 * unchanged <= keys.length) {
      this.moved = true;
      this.frozenSinceStep = null;
      this.frozenChunks = 0;
      return false;
    }
    this.frozenSinceStep ??= step;
    this.frozenChunks++;
    return this.moved && step - this.frozenSinceStep >= STALL_STEPS && this.frozenChunks >= STALL_CHUNKS;
  }
}
