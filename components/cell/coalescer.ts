/**
 * Keeps only the newest of a stream of updates and applies it at most once
 * per interval. A fast trainer reports metrics 25 times a second; writing
 * each into the page costs a repaint every time, and nobody reads numbers
 * that change faster than a few times a second.
 */
export class Coalescer<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = -Infinity;

  constructor(
    private readonly apply: (value: T) => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues `value`, replacing anything not yet applied. */
  push(value: T): void {
    this.pending = { value };
    if (this.timer !== null) return;
    const wait = Math.max(0, this.last + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Applies the newest pending value now (before a state change reads it). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.last = this.now();
    this.apply(pending.value);
  }

  /** Drops anything pending (after a reset the old numbers must not reappear). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
