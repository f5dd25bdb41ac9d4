/**
 * One Adam update of one variable as a single wasm kernel (Kingma & Ba 2014,
 * arXiv:1412.6980). Written with tfjs ops, the update is ~11 kernels per
 * variable, each a pass over memory plus the engine's bookkeeping; as one
 * loop it is one pass. Not a stock tfjs kernel: the optimizer
 * (src/ml/train/dcganStep.ts) uses it where it is registered and falls back
 * to ops on other backends.
 *
 *   m' = β1 m + (1−β1) g,  v' = β2 v + (1−β2) g²,  w' = w − stepSize · m' / (√(vScale · v') + ε)
 *
 * with stepSize = η / (1 − Π β1) and vScale = 1 / (1 − Π β2) from the caller.
 */
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { type BackendWasm, heapF32 } from './wasmHeap';

export const ADAM_UPDATE_KERNEL = 'CourseAdamUpdate';

export interface AdamUpdateAttrs {
  beta1: number;
  beta2: number;
  stepSize: number;
  vScale: number;
  epsilon: number;
}

/**
 * The update itself, in its own function of typed arrays and numbers, which
 * V8 optimises once and keeps (docs/performance.md, "Code the optimiser keeps").
 */
function adamLoop(
  w: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  attrs: AdamUpdateAttrs,
  w2: Float32Array,
  m2: Float32Array,
  v2: Float32Array,
): void {
  const { beta1, beta2, stepSize, vScale, epsilon } = attrs;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i];
    const mi = beta1 * m[i] + (1 - beta1) * gi;
    const vi = beta2 * v[i] + (1 - beta2) * gi * gi;
    m2[i] = mi;
    v2[i] = vi;
    w2[i] = w[i] - (stepSize * mi) / (Math.sqrt(vScale * vi) + epsilon);
  }
}

function adamUpdate(args: {
  inputs: { w: TensorInfo; g: TensorInfo; m: TensorInfo; v: TensorInfo };
  backend: BackendWasm;
  attrs: AdamUpdateAttrs;
}): TensorInfo[] {
  const { inputs, backend, attrs } = args;
  const wOut = backend.makeOutput(inputs.w.shape, 'float32');
  const mOut = backend.makeOutput(inputs.w.shape, 'float32');
  const vOut = backend.makeOutput(inputs.w.shape, 'float32');
  adamLoop(heapF32(backend, inputs.w), heapF32(backend, inputs.g), heapF32(backend, inputs.m), heapF32(backend, inputs.v), attrs, heapF32(backend, wOut), heapF32(backend, mOut), heapF32(backend, vOut));
  return [wOut, mOut, vOut];
}

export const adamUpdateConfig: KernelConfig = {
  kernelName: ADAM_UPDATE_KERNEL,
  backendName: 'wasm',
  kernelFunc: adamUpdate as unknown as KernelFunc,
};
