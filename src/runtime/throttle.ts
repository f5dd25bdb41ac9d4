/**
 * The `speed` setting of a cell (steps per second): how many training steps
 * the loop may take by a given time. A cell whose schema has no `speed`
 * parameter, or one set to "max", is never held back. Pure bookkeeping on
 * an injected clock, so it is tested without waiting.
 */

/** The select value that means "as fast as this machine goes". */
export const MAX_SPEED = 'max';

/** Steps per second from a cell's values: Infinity when it has no `speed` or asks for the maximum. */
export function speedOf(values: Record<string, number | string | boolean>): number {
  const raw = values.speed;
  if (raw === undefined || raw === MAX_SPEED) return Infinity;
  const rate = Number(raw);
  return Number.isFinite(rate) && rate > 0 ? rate : Infinity;
}

/** The budget banks at most this long of steps, so a late loop does not catch up in a burst. */
const BANK_MS = 100;

/**
 * A step budget that grows at `rate` per second from the last (re)start,
 * banking at most BANK_MS of steps (and at least one): after a slow chunk or
 * a busy page the loop resumes at the rate instead of racing to catch up.
 */
export class StepThrottle {
  private rate = Infinity;
  /** Time (ms) at which the budget was last one step or less. */
  private since = 0;
  /** Steps taken since `since`. */
  private taken = 0;

  get limited(): boolean {
    return Number.isFinite(this.rate);
  }

  /** A new rate (steps/s), applied from `now`. */
  setRate(rate: number, now: number): void {
    this.rate = rate;
    this.restart(now);
  }

  /** Starts counting afresh (Run after a pause). */
  restart(now: number): void {
    this.since = now;
    this.taken = 0;
  }

  /** Whole steps the loop may take at `now`, at most `cap` (Infinity when unlimited). */
  allowance(now: number, cap: number): number {
    if (!this.limited) return cap;
    const bank = Math.max(1, Math.floor((this.rate * BANK_MS) / 1000));
    const earned = 1 + Math.floor(((now - this.since) * this.rate) / 1000) - this.taken;
    if (earned > bank) {
      // Fell behind (a slow chunk): forgive the backlog beyond the bank.
      this.since = now - ((bank - 1) * 1000) / this.rate;
      this.taken = 0;
      return Math.min(bank, cap);
    }
    return Math.max(0, Math.min(earned, cap));
  }

  /** Records `count` steps taken. */
  took(count: number): void {
    this.taken += count;
  }

  /** Milliseconds until the next step is allowed (0 when one is allowed now). */
  waitMs(now: number): number {
    if (!this.limited) return 0;
    const due = this.since + (this.taken * 1000) / this.rate;
    return Math.max(0, due - now);
  }
}
