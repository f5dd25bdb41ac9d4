/**
 * The page's side of the draw signal (src/runtime/drawingGate.ts): while an
 * animation frame draws charts, a flag in a SharedArrayBuffer (with the time
 * the frame began) tells every training worker of the page to step aside
 * between kernels once the frame runs long, so it gets a core to itself
 * instead of waiting for one.
 *
 * One signal per page, shared by all its cells. It exists only where it can
 * help: SharedArrayBuffer needs a cross-origin-isolated page, and with more
 * than two cores the page's main thread does not have to share a core with
 * the worker (on two it does: docs/performance.md, "Long runs").
 */
import { DRAW_SIGNAL, frameStamp, sharedNowMs } from '../../src/runtime/drawingGate';

export interface DrawSignalEnvironment {
  crossOriginIsolated: boolean;
  /** navigator.hardwareConcurrency (0 or undefined where a browser does not say). */
  cores: number | undefined;
}

/** Most cores on which the page still shares its core with training. */
export const MAX_SHARED_CORES = 2;

export class DrawSignal {
  readonly ints = new Int32Array(new SharedArrayBuffer(DRAW_SIGNAL.length * Int32Array.BYTES_PER_ELEMENT));
  private readonly channel = new MessageChannel();

  constructor() {
    this.channel.port1.onmessage = () => this.clear();
  }

  /**
   * Called at the start of an animation frame that draws. The mark is cleared
   * by a task posted now, which runs after the frame's style, layout and paint.
   */
  markFrame(): void {
    if (Atomics.load(this.ints, DRAW_SIGNAL.drawing) === 1) return; // another cell already marked this frame
    Atomics.add(this.ints, DRAW_SIGNAL.frame, 1);
    Atomics.store(this.ints, DRAW_SIGNAL.startedAt, frameStamp(sharedNowMs()));
    Atomics.store(this.ints, DRAW_SIGNAL.drawing, 1);
    this.channel.port2.postMessage(null);
  }

  get drawing(): boolean {
    return Atomics.load(this.ints, DRAW_SIGNAL.drawing) === 1;
  }

  /** Stops listening (tests; a page keeps its signal for its lifetime). */
  close(): void {
    this.channel.port1.close();
  }

  private clear(): void {
    Atomics.store(this.ints, DRAW_SIGNAL.drawing, 0);
    Atomics.notify(this.ints, DRAW_SIGNAL.drawing);
  }
}

/** Whether a page in `env` should share a draw signal with its workers. */
export function wantsDrawSignal(env: DrawSignalEnvironment): boolean {
  return env.crossOriginIsolated && typeof SharedArrayBuffer !== 'undefined' && (env.cores || 1) <= MAX_SHARED_CORES;
}

let pageSignal: DrawSignal | null | undefined;

/** The page's signal, made on first use; null where the page should not have one. */
export function drawSignal(): DrawSignal | null {
  if (pageSignal === undefined) {
    const env = { crossOriginIsolated: globalThis.crossOriginIsolated === true, cores: globalThis.navigator?.hardwareConcurrency };
    pageSignal = wantsDrawSignal(env) ? new DrawSignal() : null;
  }
  return pageSignal;
}
