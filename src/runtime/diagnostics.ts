/**
 * Worker-side diagnostics and the WebGL context guard. Diagnostics answer the
 * page's 'debug' command (tests and `npm run soak` send it through
 * GanCellElement.debug; nothing reads it from a URL). The guard notices a
 * lost WebGL context, which a laptop's GPU driver may cause at any time.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MemoryReport } from './protocol';
import { pageWaitMs } from './yieldToPage';

/** Chromium-only heap figures; other browsers report null. */
interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}

/** tf.memory() plus heap sizes of the current backend and the worker. */
export function memoryReport(step: number): MemoryReport {
  const mem = tf.memory();
  const backend = tf.getBackend() ?? 'none';
  const wasm = backend === 'wasm' ? (tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } }).wasm : undefined;
  const perf = performance as PerformanceWithMemory;
  return {
    step,
    backend,
    numTensors: mem.numTensors,
    numBytes: mem.numBytes,
    wasmHeapBytes: wasm?.HEAPU8?.byteLength ?? null,
    jsHeapBytes: perf.memory?.usedJSHeapSize ?? null,
    pageWaitMs: pageWaitMs(),
  };
}

type GL = WebGLRenderingContext | WebGL2RenderingContext;

/** The WebGL context of the current tfjs backend, or null off webgl. */
export function currentGl(): GL | null {
  if (tf.getBackend() !== 'webgl') return null;
  const gpgpu = (tf.backend() as unknown as { gpgpu?: { gl?: GL } }).gpgpu;
  return gpgpu?.gl ?? null;
}

/**
 * Calls `onLost` once when the webgl backend's context is lost, either from
 * the canvas event or when `check()` finds it lost (events may arrive late).
 */
export class ContextGuard {
  private fired = false;

  constructor(
    private readonly gl: GL,
    private readonly onLost: () => void,
  ) {
    const canvas = gl.canvas as EventTarget;
    canvas.addEventListener('webglcontextlost', (e) => {
      // Without preventDefault the browser never offers a restore; we move on to wasm anyway.
      e.preventDefault();
      this.fire();
    });
  }

  get lost(): boolean {
    return this.fired || this.gl.isContextLost();
  }

  /** True (and fires) if the context is gone. */
  check(): boolean {
    if (this.lost) this.fire();
    return this.fired;
  }

  private fire(): void {
    if (this.fired) return;
    this.fired = true;
    this.onLost();
  }
}
