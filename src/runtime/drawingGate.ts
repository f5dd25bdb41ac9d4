/**
 * The worker steps aside while the page draws a frame.
 *
 * On a 2-core machine the training worker holds one core and the page's main
 * thread shares the other with Chromium's helper threads; a frame of 15-25 ms
 * of CPU then takes 50-100 ms of wall time waiting for a core
 * (docs/performance.md, "Long runs"). The page marks each frame it draws in a
 * SharedArrayBuffer (components/cell/drawSignal.ts); before every tfjs kernel
 * the worker looks at the mark and, while it is set, waits for it to clear.
 *
 * The wait is bounded twice, so a page that stops mid-frame (frozen, or a bug
 * that never clears the mark) costs training little: at most `perFrameMs` for
 * any one frame, and at most `perSecondMs` in any second of training.
 *
 * No tfjs and no DOM here: the kernel hook is in yieldToPage.ts.
 */

/** Int32 slots of the shared signal. */
export const DRAW_SIGNAL = {
  /** 1 while the page draws a frame, else 0. */
  drawing: 0,
  /** Frames begun so far (wraps): tells one frame's mark from the next. */
  frame: 1,
  length: 2,
} as const;

export interface GateLimits {
  /** Longest the worker waits for any one frame. */
  perFrameMs: number;
  /** Longest it waits in total in any one-second window of training. */
  perSecondMs: number;
}

/** 20 ms covers a typical frame's CPU here; 150 ms/s caps the cost at 15% of training time. */
export const DEFAULT_GATE_LIMITS: GateLimits = { perFrameMs: 20, perSecondMs: 150 };

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

  constructor(
    private readonly signal: Int32Array,
    private readonly clock: () => number,
    private readonly wait: WaitWhileDrawing = atomicsWait,
    private readonly limits: GateLimits = DEFAULT_GATE_LIMITS,
  ) {
    if (signal.length < DRAW_SIGNAL.length) throw new Error(`A draw signal needs ${DRAW_SIGNAL.length} slots.`);
  }

  /** Called before each kernel: returns at once unless the page is drawing. */
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
