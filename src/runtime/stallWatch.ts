/**
 * Notices a run that goes on stepping but has stopped learning and slowed to
 * a crawl: most metrics frozen at exactly the same values while steps/s fell
 * far below this run's best. Seen with Adam at the highest learning rates: the
 * discriminator saturates (outputs of exactly 0 or 1, losses 0.000), the
 * generator's gradients become exactly zero, and the optimiser's decaying
 * moment estimates pass through subnormal floats, which x86 processors
 * compute many times slower (138 -> 4 steps/s in gan-1d). Frozen metrics
 * alone are not enough (a frozen generator keeps its scores on purpose), nor
 * is a slowdown alone (another tab may be busy): both together are.
 *
 * Pure bookkeeping with times passed in, so it is tested without timers.
 */
import type { Metrics } from '../ml/trainer';

/** Steps over which most metrics must not change at all. */
export const STALL_STEPS = 200;
/** Steps/s must have fallen below the run's best divided by this... */
export const SLOWDOWN_FACTOR = 5;
/** ...for at least this long. */
export const SLOW_FOR_MS = 3_000;

export interface Stall {
  bestStepsPerSec: number;
  stepsPerSec: number;
}

export class StallWatch {
  private best = 0;
  private last: Metrics | null = null;
  private frozenSinceStep: number | null = null;
  private slowSinceMs: number | null = null;

  /** New settings, a resumed or restored run: speeds and values are not comparable with before. */
  reset(): void {
    this.best = 0;
    this.last = null;
    this.frozenSinceStep = null;
    this.slowSinceMs = null;
  }

  /** After each training chunk; returns the stall once it is certain, else null. */
  observe(step: number, metrics: Metrics, stepsPerSec: number, nowMs: number): Stall | null {
    const keys = Object.keys(metrics);
    const last = this.last;
    const unchanged = last ? keys.filter((k) => metrics[k] === last[k]).length : 0;
    this.last = { ...metrics };
    const frozen = keys.length > 0 && 2 * unchanged >= keys.length;
    if (!frozen) this.frozenSinceStep = null;
    else this.frozenSinceStep ??= step;
    this.best = Math.max(this.best, stepsPerSec);
    const slow = stepsPerSec * SLOWDOWN_FACTOR < this.best;
    if (!slow) this.slowSinceMs = null;
    else this.slowSinceMs ??= nowMs;
    const stalled = this.frozenSinceStep !== null && step - this.frozenSinceStep >= STALL_STEPS && this.slowSinceMs !== null && nowMs - this.slowSinceMs >= SLOW_FOR_MS;
    return stalled ? { bestStepsPerSec: this.best, stepsPerSec } : null;
  }
}
