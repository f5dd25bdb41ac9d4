/**
 * The worker steps aside while the page draws a long frame.
 *
 * On a 2-core machine the training worker holds one core and the page's main
 * thread shares the other with Chromium's helper threads; a frame of 15-25 ms
 * of CPU then takes 50-100 ms of wall time waiting for a core
 * (docs/performance.md, "Long runs"). The page marks each frame it draws in a
 * SharedArrayBuffer (components/cell/drawSignal.ts), with the time it began;
 * before every tfjs kernel the worker looks at the mark and, once the frame
 * has lasted `graceMs`, waits for the mark to clear.
 *
 * The grace keeps the cost down: most frames (a chart, a readout) end within
 * it and cost training nothing; only the heavy ones get a core to themselves
 * for their remainder. The wait is bounded twice, so a page that stops
 * mid-frame (frozen, or a bug that never clears the mark) costs training
 * little: at most `perFrameMs` for any one frame, and at most `perSecondMs`
 * in any second of training.
 *
 * No tfjs and no DOM here: the kernel hook is in yieldToPage.ts.
 */

/** Int32 slots of the shared signal. */
export const DRAW_SIGNAL = {
  /** 1 while the page draws a frame, else 0. */
  drawing: 0,
  /** Frames begun so far (wraps): tells one frame's mark from the next. */
  frame: 1,
  /** When the frame began: frameStamp(sharedNowMs()). */
  startedAt: 2,
  length: 3,
} as const;

export interface GateLimits {
  /** How long a frame runs alongside training before the worker steps aside. */
  graceMs: number;
  /** Longest the worker waits for any one frame. */
  perFrameMs: number;
  /** Longest it waits in total in any one-second window of training. */
  perSecondMs: number;
}

/**
 * Sharing a core, a frame gets about half of it: in 12 ms it does ~6 ms of
 * work, and a frame of 25 ms of CPU ends ~31 ms after it began instead of
 * 50+. 20 ms more covers the heaviest frames measured here; 150 ms/s caps the
 * cost at 15% of training time whatever the page does.
 */
export const DEFAULT_GATE_LIMITS: GateLimits = { graceMs: 12, perFrameMs: 20, perSecondMs: 150 };

/** Milliseconds on a clock the page and its workers share (each context's own origin plus its time since). */
export function sharedNowMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Stamps fit an Int32 slot: whole milliseconds modulo 2^30 (wraps every 12 days). */
const STAMP_MODULUS = 2 ** 30;

export function frameStamp(ms: number): number {
  return Math.floor(ms) % STAMP_MODULUS;
}

/** How long ago `stamp` was at `nowMs`; 0 for a stamp slightly in the future (two contexts' clocks differ by a little). */
export function frameAgeMs(nowMs: number, stamp: number): number {
  const age = (((frameStamp(nowMs) - stamp) % STAMP_MODULUS) + STAMP_MODULUS) % STAMP_MODULUS;
  return age > STAMP_MODULUS / 2 ? 0 : age;
}

/** Blocks until `signal[DRAW_SIGNAL.drawing]` is no longer 1, or `timeoutMs` passes. */
export type WaitWhileDrawing = (signal: Int32Array, timeoutMs: number) => void;

export const atomicsWait: WaitWhileDrawing = (signal, timeoutMs) => {
  Atomics.wait(signal, DRAW_SIGNAL.drawing, 1, timeoutMs);
};

const WINDOW_MS = 1000;

export class DrawingGate {
  /** Total time spent waiting for the page, for diagnostics. */
  waitedMs = 0;
  private frame: number | null = null;
  private waitedThisFrame = 0;
  private windowStart = -Infinity;
  private waitedThisWindow = 0;

  /** `clock`: sharedNowMs in the worker; tests pass their own. */
  constructor(
    private readonly signal: Int32Array,
    private readonly clock: () => number,
    private readonly wait: WaitWhileDrawing = atomicsWait,
    private readonly limits: GateLimits = DEFAULT_GATE_LIMITS,
  ) {
    if (signal.length < DRAW_SIGNAL.length) throw new Error(`A draw signal needs ${DRAW_SIGNAL.length} slots.`);
  }

  /** Called before each kernel: returns at once unless the page is drawing a frame past its grace. */
  beforeKernel(): void {
    if (Atomics.load(this.signal, DRAW_SIGNAL.drawing) !== 1) return;
    const frame = Atomics.load(this.signal, DRAW_SIGNAL.frame);
    if (frame !== this.frame) {
      this.frame = frame;
      this.waitedThisFrame = 0;
    }
    // A frame whose allowance is spent is not waited on again, and its checks stay this cheap.
    if (this.waitedThisFrame >= this.limits.perFrameMs) return;
    const now = this.clock();
    if (frameAgeMs(now, Atomics.load(this.signal, DRAW_SIGNAL.startedAt)) < this.limits.graceMs) return;
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.waitedThisWindow = 0;
    }
    const allowance = Math.min(this.limits.perFrameMs - this.waitedThisFrame, this.limits.perSecondMs - this.waitedThisWindow);
    if (allowance <= 0) {
      this.waitedThisFrame = this.limits.perFrameMs;
      return;
    }
    this.wait(this.signal, allowance);
    const waited = Math.max(this.clock() - now, 0);
    this.waitedThisFrame += waited;
    this.waitedThisWindow += waited;
    this.waitedMs += waited;
  }
}
