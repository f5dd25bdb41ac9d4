/**
 * The typed message protocol between a cell (page) and its training worker.
 * Commands flow page -> worker, events worker -> page. Both are discriminated
 * unions so each side's switch is checked by the compiler.
 */
import type { Sentence } from '../i18n/sentence';
import type { HyperValues, Metrics, NetworkPart, ViewPayload } from '../ml/trainer';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

export type Command =
  /**
   * `drawSignal`: the page's frame mark over a SharedArrayBuffer (see
   * drawingGate.ts); the worker waits on it before each kernel. Null where
   * the page does not share one (not cross-origin isolated, or enough cores).
   */
  | { type: 'init'; kind: string; hp: HyperValues; seed: number; backend: BackendName | null; drawSignal: Int32Array | null }
  | { type: 'run' }
  | { type: 'pause' }
  | { type: 'step'; count: number }
  /** Slow motion (Step D, Step G): one update of one network; the step count stays. */
  | { type: 'step-part'; part: NetworkPart }
  /** Real points the learner drew (interleaved x, y), or null for the schema's shape again. */
  | { type: 'set-drawn-data'; points: Float32Array | null }
  | { type: 'reset'; hp: HyperValues; seed: number }
  | { type: 'set-hyperparameters'; values: HyperValues }
  | { type: 'render' }
  /** Reply: 'checkpoint' with the weights packed as a single checkpoint file. */
  | { type: 'save-checkpoint'; requestId: number }
  /** `bytes` is a single checkpoint file; `step` is where the restored run continues counting. Reply: 'weights-loaded'. */
  | { type: 'load-checkpoint'; requestId: number; bytes: ArrayBuffer; step: number }
  /** Loads the site's pretrained weights folder. Reply: 'weights-loaded'. */
  | { type: 'load-pretrained'; requestId: number; path: string }
  /**
   * Diagnostics for tests and `npm run soak`, sent only by page code
   * (GanCellElement.debug), never derived from the URL. Reply to 'memory':
   * a 'memory' event; the fault actions simulate what a long class meets and
   * exist only in test builds (faults.ts): other builds ignore them.
   */
  | { type: 'debug'; action: DebugAction }
  /** Are you alive? Answered with 'pong' out of turn (not queued behind other commands), between training chunks. */
  | { type: 'ping' };

/**
 * memory: report tf.memory() and heap sizes; the rest inject faults in test
 * builds (hang: the worker stops answering without dying, as one stuck in a kernel).
 */
export type DebugAction = 'memory' | 'crash' | 'hang' | 'lose-context' | 'diverge';

/** What the worker holds, for leak checks (numbers are null where a browser does not say). */
export interface MemoryReport {
  step: number;
  backend: string;
  numTensors: number;
  numBytes: number;
  /** The wasm backend's linear memory (it only grows), or null on other backends. */
  wasmHeapBytes: number | null;
  /** The worker's JS heap (Chromium's performance.memory), or null. */
  jsHeapBytes: number | null;
  /** Time the worker has waited for the page's frames (drawingGate.ts), or null when it does not wait. */
  pageWaitMs: number | null;
}

export type RunState = 'idle' | 'running' | 'paused';

/**
 * What the worker says to the learner travels as sentences (the English
 * template and its values, src/i18n/sentence.ts): the page shows them in its
 * own language.
 */
export type WorkerEvent =
  /** From workerEntry.ts: the training code loaded, or could not be loaded (`message` says why, as the browser put it). */
  | { type: 'loaded' }
  | { type: 'load-failed'; message: string }
  /** `threads`: wasm worker threads (more than 1 only on cross-origin-isolated pages). */
  | { type: 'ready'; backend: BackendName; threads: number; notice: Sentence | null }
  | { type: 'state'; state: RunState }
  | { type: 'metrics'; step: number; metrics: Metrics; stepsPerSec: number }
  /** `kept`: arrays left out of `payload` because they equal those last sent under the same names (payloadDelta.ts). */
  | { type: 'samples'; step: number; payload: ViewPayload; kept?: string[] }
  | { type: 'checkpoint'; requestId: number; step: number; bytes: ArrayBuffer | null; modelId: string | null; error: Sentence | null }
  | { type: 'weights-loaded'; requestId: number; step: number; error: Sentence | null }
  /** `diverged`: a metric became NaN or infinite; the page offers the last good checkpoint. */
  | { type: 'error'; message: Sentence; hint: Sentence | null; fatal: boolean; diverged?: boolean }
  /** The backend changed mid-run (a lost WebGL context): training continues on `backend`. */
  | { type: 'backend-changed'; backend: BackendName; notice: Sentence }
  | { type: 'memory'; report: MemoryReport }
  | { type: 'pong' };

/** Typed arrays in a payload, to hand to postMessage as transferables. */
export function transferablesOf(payload: ViewPayload): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const arr of Object.values(payload.arrays)) {
    if (arr.buffer instanceof ArrayBuffer && !out.includes(arr.buffer)) out.push(arr.buffer);
  }
  return out;
}
