/**
 * The gradient of leaky ReLU as one wasm kernel: dx = dy where x > 0, α·dy
 * elsewhere. tfjs differentiates LeakyRelu with three kernels (Greater,
 * Multiply, Select), each a pass over the activation and the slow ones on
 * wasm. Not a stock tfjs kernel: models use it through
 * leakyReluWithCourseGrad where it is registered.
 */
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { type BackendWasm, heapF32 } from './wasmHeap';

export const LEAKY_RELU_GRAD_KERNEL = 'CourseLeakyReluGrad';

function leakyReluGrad(args: { inputs: { dy: TensorInfo; x: TensorInfo }; backend: BackendWasm; attrs: { alpha: number } }): TensorInfo {
  const { inputs, backend, attrs } = args;
  const out = backend.makeOutput(inputs.x.shape, 'float32');
  const dy = heapF32(backend, inputs.dy);
  const x = heapF32(backend, inputs.x);
  const dx = heapF32(backend, out);
  const alpha = attrs.alpha;
  for (let i = 0; i < x.length; i++) dx[i] = x[i] > 0 ? dy[i] : alpha * dy[i];
  return out;
}

export const leakyReluGradConfig: KernelConfig = {
  kernelName: LEAKY_RELU_GRAD_KERNEL,
  backendName: 'wasm',
  kernelFunc: leakyReluGrad as unknown as KernelFunc,
};
