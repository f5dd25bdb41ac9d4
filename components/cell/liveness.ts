/**
 * Notices a training worker that went silent. A worker the browser kills to
 * free memory, or one stuck inside a kernel, fires no error event: without
 * this the cell would say "Training…" forever. While the cell waits on the
 * worker, every message counts as a sign of life; when it has been quiet for
 * a while the page sends a ping, which the worker answers between chunks
 * (and during any await, e.g. while loading). Only a silence far longer than
 * anything this worker has needed before counts as a hang.
 *
 * Pure bookkeeping with times passed in, so it is tested without timers.
 */

export interface LivenessOptions {
  /**
   * Silence allowed before the model's first training chunk has reported:
   * loading, and a first step that may compile shaders (webgl: 14-25 s on
   * the 2-core test machine). On cpu it is longer still (CPU_FIRST_LIMIT_FACTOR).
   */
  firstLimitMs: number;
  /** Once steps have been timed, a hang is declared no sooner than this... */
  minLimitMs: number;
  /** ...nor sooner than this many times the longest silence seen from this model. */
  slowFactor: number;
  /** Quiet for this long: ask the worker for a pong. Also how often to check. */
  pingIntervalMs: number;
}

export const DEFAULT_LIVENESS: LivenessOptions = {
  firstLimitMs: 300_000,
  minLimitMs: 60_000,
  slowFactor: 10,
  pingIntervalMs: 5_000,
};

/**
 * The stock cpu backend (the last resort) is ~80x slower than wasm at conv
 * gradients (a small DCGAN step took 114 s in Node): its first step gets this
 * many first-step limits.
 */
const CPU_FIRST_LIMIT_FACTOR = 4;

/** A check that runs this many intervals late means the page itself was frozen (hidden tab, laptop asleep). */
const LATE_CHECK_INTERVALS = 3;

export type LivenessVerdict = 'ok' | 'ping' | 'hung';

export class Liveness {
  private armed = false;
  private lastHeard = 0;
  private lastCheck = 0;
  /** Longest silence between messages while armed, since the model was (re)built. */
  private longestGap = 0;
  /** A training chunk has reported since the model was (re)built: gaps now reflect real step times. */
  private timed = false;
  private onCpu = false;
  /** A new model was asked for; its step times count as unknown once the worker answers anything. */
  private restartPending = false;

  constructor(public options: LivenessOptions = DEFAULT_LIVENESS) {}

  get watching(): boolean {
    return this.armed;
  }

  /** The silence after which the worker counts as hung. */
  get limitMs(): number {
    const o = this.options;
    if (this.timed) return Math.max(o.minLimitMs, o.slowFactor * this.longestGap);
    return this.onCpu ? CPU_FIRST_LIMIT_FACTOR * o.firstLimitMs : o.firstLimitMs;
  }

  /** Starts watching (the cell now waits on the worker). */
  arm(now: number): void {
    if (this.armed) return;
    this.armed = true;
    this.lastHeard = now;
    this.lastCheck = now;
  }

  /** Stops watching (paused or idle: silence is expected). */
  disarm(): void {
    this.armed = false;
  }

  /**
   * A new model was asked for (init, reset, changed settings): its step times
   * are unknown again, but only from the worker's next message. A command
   * does not prove the worker alive: a worker already stuck would otherwise
   * be trusted for the long first-step limit again by every Reset or change.
   */
  restart(): void {
    this.restartPending = true;
  }

  /** The worker said which backend it trains on. */
  backend(name: string): void {
    this.onCpu = name === 'cpu';
  }

  /** A message arrived; `progress` when it reports finished training steps. */
  heard(now: number, progress: boolean): void {
    if (this.restartPending) {
      this.restartPending = false;
      this.longestGap = 0;
      this.timed = false;
    } else if (this.armed) this.longestGap = Math.max(this.longestGap, now - this.lastHeard);
    this.lastHeard = now;
    if (progress) this.timed = true;
  }

  /** Called every pingIntervalMs while armed. */
  check(now: number): LivenessVerdict {
    if (!this.armed) return 'ok';
    const late = now - this.lastCheck > LATE_CHECK_INTERVALS * this.options.pingIntervalMs;
    this.lastCheck = now;
    // After a frozen page, messages may still be queued behind this timer: judge at the next check.
    if (late) return 'ok';
    const silence = now - this.lastHeard;
    if (silence > this.limitMs) return 'hung';
    return silence >= this.options.pingIntervalMs ? 'ping' : 'ok';
  }

  /** The silence so far, for the message shown to the learner. */
  silenceMs(now: number): number {
    return now - this.lastHeard;
  }
}
