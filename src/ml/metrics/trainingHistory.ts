/**
 * Bounded logs of a training run for the views: loss curves, score curves
 * and snapshot strips. A run can go on for thousands of steps, so a log
 * keeps at most `capacity` entries: when full it drops every other entry and
 * records half as often from then on, so it always spans the whole run at
 * an even spacing.
 */

export interface LogEntry<T> {
  step: number;
  value: T;
}

export class ThinningLog<T> {
  private interval: number;
  private readonly items: LogEntry<T>[] = [];

  /**
   * @param capacity most entries kept (at least 2)
   * @param every record steps that are multiples of this (doubles as the log thins)
   */
  constructor(
    private readonly capacity: number,
    every = 1,
  ) {
    if (capacity < 2) throw new Error('A thinning log needs room for at least two entries.');
    this.interval = Math.max(1, Math.round(every));
  }

  /** Whether `step` is one this log records now (so callers can skip making the value). */
  wants(step: number): boolean {
    return step % this.interval === 0 && (this.items.length === 0 || step > this.items[this.items.length - 1].step);
  }

  /** Records `value` at `step` if wanted; returns whether it was kept. */
  offer(step: number, make: () => T): boolean {
    if (!this.wants(step)) return false;
    this.items.push({ step, value: make() });
    if (this.items.length > this.capacity) this.thin();
    return true;
  }

  /** Halves the density: keeps entries on multiples of twice the interval. */
  private thin(): void {
    this.interval *= 2;
    const kept = this.items.filter((e) => e.step % this.interval === 0);
    this.items.splice(0, this.items.length, ...kept);
  }

  get entries(): readonly LogEntry<T>[] {
    return this.items;
  }

  get length(): number {
    return this.items.length;
  }

  /** Steps of the entries as a fresh array (views get transferable copies). */
  steps(): Int32Array {
    return Int32Array.from(this.items, (e) => e.step);
  }

  /** One number per entry, as a fresh array. */
  series(pick: (value: T) => number): Float32Array {
    return Float32Array.from(this.items, (e) => pick(e.value));
  }

  clear(): void {
    this.items.length = 0;
  }
}
