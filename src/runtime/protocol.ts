/**
 * The typed message protocol between a cell (page) and its training worker.
 * Commands flow page -> worker, events worker -> page. Both are discriminated
 * unions so each side's switch is checked by the compiler.
 */
import type { HyperValues, Metrics, ViewPayload } from '../ml/trainer';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

export type Command =
  | { type: 'init'; kind: string; hp: HyperValues; seed: number; backend: BackendName | null }
  | { type: 'run' }
  | { type: 'pause' }
  | { type: 'step'; count: number }
  | { type: 'reset'; hp: HyperValues; seed: number }
  | { type: 'set-hyperparameters'; values: HyperValues }
  | { type: 'render' }
  /** Reply: 'checkpoint' with the weights packed as a single checkpoint file. */
  | { type: 'save-checkpoint'; requestId: number }
  /** `bytes` is a single checkpoint file; `step` is where the restored run continues counting. Reply: 'weights-loaded'. */
  | { type: 'load-checkpoint'; requestId: number; bytes: ArrayBuffer; step: number }
  /** Loads the site's pretrained weights folder. Reply: 'weights-loaded'. */
  | { type: 'load-pretrained'; requestId: number; path: string };

export type RunState = 'idle' | 'running' | 'paused';

export type WorkerEvent =
  | { type: 'ready'; backend: BackendName; notice: string | null }
  | { type: 'state'; state: RunState }
  | { type: 'metrics'; step: number; metrics: Metrics; stepsPerSec: number }
  | { type: 'samples'; step: number; payload: ViewPayload }
  | { type: 'checkpoint'; requestId: number; step: number; bytes: ArrayBuffer | null; modelId: string | null; error: string | null }
  | { type: 'weights-loaded'; requestId: number; step: number; error: string | null }
  | { type: 'error'; message: string; hint: string; fatal: boolean };

/** Typed arrays in a payload, to hand to postMessage as transferables. */
export function transferablesOf(payload: ViewPayload): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const arr of Object.values(payload.arrays)) {
    if (arr.buffer instanceof ArrayBuffer && !out.includes(arr.buffer)) out.push(arr.buffer);
  }
  return out;
}
