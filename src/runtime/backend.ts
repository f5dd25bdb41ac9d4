/**
 * Starts a tfjs backend inside the worker: probes WebGL's renderer, imports
 * the chosen backend lazily, registers the course's missing wasm kernels, and
 * falls back along backendOrder() when one fails to start.
 */
import { SentenceError, sentence, sentenceOf, type Sentence } from '../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import { registerWasmKernels } from '../ml/kernels';
import { backendOrder } from './backendChoice';
import type { BackendName } from './protocol';
import { wasmPaths } from './wasmUrls';

/** The unmasked WebGL renderer string, or null if the worker has no WebGL. */
function probeRenderer(): string | null {
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return String(renderer);
  } catch {
    return null;
  }
}

let wasmPathsSet = false;

async function importBackend(name: BackendName): Promise<void> {
  if (name === 'webgl') {
    await import('@tensorflow/tfjs-backend-webgl');
  } else if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // Once only: tfjs refuses new paths after a failed start, and the retry on one thread keeps these.
    if (!wasmPathsSet) wasm.setWasmPaths(wasmPaths);
    wasmPathsSet = true;
    // Threads need SharedArrayBuffer, i.e. a cross-origin-isolated page. Ask for
    // every core; tfjs 4.22 caps XNNPACK at half the logical cores anyway (one
    // thread on a 2-core machine: docs/hosting.md), and this can only lower it.
    if (globalThis.crossOriginIsolated) wasm.setThreadsCount(Math.max(1, navigator.hardwareConcurrency || 1));
    registerWasmKernels();
  } else {
    await import('@tensorflow/tfjs-backend-cpu');
  }
}

async function threadsOf(name: BackendName): Promise<number> {
  if (name !== 'wasm') return 1;
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  return wasm.getThreadsCount();
}

export interface StartedBackend {
  backend: BackendName;
  /** Threads XNNPACK uses: >1 only for wasm on a cross-origin-isolated page (SharedArrayBuffer). */
  threads: number;
  /** For the learner when we had to fall back, else null. */
  notice: Sentence | null;
}

async function tryBackend(name: BackendName, failures: Sentence[]): Promise<StartedBackend | null> {
  try {
    await importBackend(name);
    if (await tf.setBackend(name)) {
      await tf.ready();
      const notice = failures.length ? sentence('Using {backend}: {failures}.', { backend: name, failures: listOf(failures) }) : null;
      return { backend: name, threads: await threadsOf(name), notice };
    }
    failures.push(sentence('{backend} did not start', { backend: name }));
  } catch (err) {
    failures.push(sentence('{backend} failed ({error})', { backend: name, error: sentenceOf(err) }));
  }
  return null;
}

export async function startBackend(forced: BackendName | null): Promise<StartedBackend> {
  const order = backendOrder(forced, probeRenderer());
  const failures: Sentence[] = [];
  for (const name of order) {
    const started = await tryBackend(name, failures);
    if (started) return started;
    // Only the threaded wasm build (cross-origin-isolated pages) may have failed: the single-threaded one is
    // still far faster than cpu. tfjs picks its build from this flag when the backend is next initialised.
    if (name === 'wasm' && globalThis.crossOriginIsolated) {
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      const single = await tryBackend(name, failures);
      if (single) return single;
    }
  }
  throw new SentenceError(sentence('No TensorFlow.js backend could start: {failures}.', { failures: listOf(failures) }));
}

/** Failures one after another, separated by semicolons, each in the page's language. */
function listOf(items: Sentence[]): Sentence {
  return items.reduce((list, item) => sentence('{list}; {item}', { list, item }));
}
