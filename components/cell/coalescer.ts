/**
 * Keeps only the newest of a stream of updates and applies it at most once
 * per interval. A fast trainer reports metrics 25 times a second; writing
 * each into the page costs a repaint every time, and nobody reads numbers
 * that change faster than a few times a second.
 *
 * `schedule` decides when a deferred value is applied: a plain timer by
 * default; cells apply theirs in a marked animation frame (frameSchedule.ts).
 */
import { afterTimer, type Schedule } from './frameSchedule';

export class Coalescer<T> {
  private pending: { value: T } | null = null;
  /** Cancels the scheduled apply; null when none is scheduled. */
  private cancelScheduled: (() => void) | null = null;
  private last = -Infinity;

  private readonly now: () => number;
  private readonly schedule: Schedule;

  constructor(
    private readonly apply: (value: T) => void,
    private readonly intervalMs: number,
    options: { now?: () => number; schedule?: Schedule } = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.schedule = options.schedule ?? afterTimer;
  }

  /** Queues `value`, replacing anything not yet applied. */
  push(value: T): void {
    this.pending = { value };
    if (this.cancelScheduled !== null) return;
    const wait = Math.max(0, this.last + this.intervalMs - this.now());
    this.cancelScheduled = this.schedule(() => this.flush(), wait);
  }

  /** Applies the newest pending value now (before a state change reads it). */
  flush(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.last = this.now();
    this.apply(pending.value);
  }

  /** Drops anything pending (after a reset the old numbers must not reappear). */
  cancel(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.pending = null;
  }
}
