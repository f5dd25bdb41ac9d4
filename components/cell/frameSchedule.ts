/**
 * When the cell's readouts (step counter, metrics) are written: in a marked
 * animation frame, like the charts, so training workers step aside for their
 * paint too (drawSignal.ts); a write from a timer would be painted in an
 * unmarked frame. In a hidden tab no frame comes; the value waits, and
 * flush() before a state change still applies it at once.
 */
import { drawSignal } from './drawSignal';

/** Runs `run` after at least `waitMs`; returns a function that cancels it. */
export type Schedule = (run: () => void, waitMs: number) => () => void;

export interface FrameClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestAnimationFrame(run: () => void): number;
  cancelAnimationFrame(handle: number): void;
  /** Marks the frame as drawing (drawSignal().markFrame on pages that have one). */
  markFrame(): void;
}

/** Plain timer: what the Coalescer uses where there are no frames (tests, Node). */
export const afterTimer: Schedule = (run, waitMs) => {
  const handle = setTimeout(run, waitMs);
  return () => clearTimeout(handle);
};

/** After `waitMs`, in the next animation frame, marked as a drawing frame. */
export function inMarkedFrame(clock: FrameClock = browserClock()): Schedule {
  return (run, waitMs) => {
    let frame = 0;
    const timer = clock.setTimeout(() => {
      frame = clock.requestAnimationFrame(() => {
        frame = 0;
        clock.markFrame();
        run();
      });
    }, waitMs);
    return () => {
      clock.clearTimeout(timer);
      if (frame) clock.cancelAnimationFrame(frame);
    };
  };
}

function browserClock(): FrameClock {
  return {
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    requestAnimationFrame: (run) => requestAnimationFrame(run),
    cancelAnimationFrame: (handle) => cancelAnimationFrame(handle),
    markFrame: () => drawSignal()?.markFrame(),
  };
}
