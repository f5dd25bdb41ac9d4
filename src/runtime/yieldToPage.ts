/**
 * Hooks a DrawingGate in front of every tfjs kernel of this worker.
 *
 * Every op, forward and backward, reaches its backend through the engine's
 * runKernel, so wrapping that one method lets the worker step aside between
 * any two kernels: a training step of the DCGAN (~400 ms) is ~340 kernels,
 * most under 2 ms. tfjs has no public hook for this; the wrapper keeps the
 * method's signature and `this`, and is installed once per worker.
 */
import * as tf from '@tensorflow/tfjs-core';
import { DrawingGate, sharedNowMs } from './drawingGate';

let installed: DrawingGate | null = null;

/** Starts waiting on the page's draw signal before each kernel; returns the gate (the first one, if called again). */
export function yieldToPageWhileDrawing(signal: Int32Array): DrawingGate {
  if (installed) return installed;
  const gate = new DrawingGate(signal, sharedNowMs);
  const engine = tf.engine();
  const runKernel = engine.runKernel.bind(engine);
  engine.runKernel = ((...args: Parameters<typeof runKernel>) => {
    gate.beforeKernel();
    return runKernel(...args);
  }) as typeof engine.runKernel;
  installed = gate;
  return gate;
}

/** Time this worker has waited for the page's frames, or null when it does not wait (no signal). */
export function pageWaitMs(): number | null {
  return installed ? installed.waitedMs : null;
}
