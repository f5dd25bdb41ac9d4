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

function adamUpdate(args: {
  inputs: { w: TensorInfo; g: TensorInfo; m: TensorInfo; v: TensorInfo };
  backend: BackendWasm;
  attrs: AdamUpdateAttrs;
}): TensorInfo[] {
  const { inputs, backend, attrs } = args;
  const { beta1, beta2, stepSize, vScale, epsilon } = attrs;
  const wOut = backend.makeOutput(inputs.w.shape, 'float32');
  const mOut = backend.makeOutput(inputs.w.shape, 'float32');
  const vOut = backend.makeOutput(inputs.w.shape, 'float32');
  const [w, g, m, v] = [inputs.w, inputs.g, inputs.m, inputs.v].map((t) => heapF32(backend, t));
  const [w2, m2, v2] = [wOut, mOut, vOut].map((t) => heapF32(backend, t));
  for (let i = 0; i < w.length; i++) {
    const gi = g[i];
    const mi = beta1 * m[i] + (1 - beta1) * gi;
    const vi = beta2 * v[i] + (1 - beta2) * gi * gi;
    m2[i] = mi;
    v2[i] = vi;
    w2[i] = w[i] - (stepSize * mi) / (Math.sqrt(vScale * vi) + epsilon);
  }
  return [wOut, mOut, vOut];
}

export const adamUpdateConfig: KernelConfig = {
  kernelName: ADAM_UPDATE_KERNEL,
  backendName: 'wasm',
  kernelFunc: adamUpdate as unknown as KernelFunc,
};
