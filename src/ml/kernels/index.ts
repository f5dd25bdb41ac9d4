/**
 * The kernels the course needs on the wasm backend that tfjs 4.22 does not
 * ship. Without them, training any conv layer on wasm throws "Kernel
 * 'Conv2DBackpropFilter' not registered for backend 'wasm'"
 * (tensorflow/tfjs#8474).
 *
 * Registering only adds entries to tfjs's kernel registry for the backend
 * name 'wasm'; it does not load the wasm backend, so this module stays cheap
 * to import. The kernels look up the backend's own kernels (BatchMatMul) at
 * call time, when the backend is running.
 */
import { getKernel, type KernelConfig, type KernelFunc, registerKernel, unregisterKernel } from '@tensorflow/tfjs-core';
import { adamUpdateConfig } from './adamUpdate';
import { batchMatMulWithTransposes } from './batchMatMul';
import { meanPerChannel, sumPerChannel } from './channelReductions';
import { isCourseKernel } from './courseKernel';
import { leakyReluGradConfig } from './leakyReluGrad';
import { identitySharingMemory } from './identity';
import { conv2dBackpropFilterConfig } from './conv2dBackpropFilter';
import { conv2dBackpropInputConfig } from './conv2dBackpropInput';
import { depthwiseBackpropFilterConfig, depthwiseBackpropInputConfig } from './depthwiseConv2dBackprop';
import { unsortedSegmentSumConfig } from './unsortedSegmentSum';

/** Every kernel this module provides, for tests and the profiler. */
export const COURSE_WASM_KERNELS: readonly KernelConfig[] = [
  conv2dBackpropFilterConfig, // gradient of conv2d and conv2dTranspose filters
  unsortedSegmentSumConfig, // gradient of gather / embedding lookups
  depthwiseBackpropFilterConfig, // gradients of depthwiseConv2d
  depthwiseBackpropInputConfig,
  adamUpdateConfig, // course-only: one fused Adam update per variable
  leakyReluGradConfig, // course-only: leaky ReLU's gradient in one pass
];

/**
 * Stock wasm kernels the course replaces because they are scalar loop nests
 * that dominate a conv net's training step (see docs/performance.md).
 */
export const COURSE_WASM_OVERRIDES: readonly KernelConfig[] = [
  conv2dBackpropInputConfig, // conv2d input gradient and conv2dTranspose forward
];

/**
 * Stock kernels the course wraps: the wrapper takes the cases where the stock
 * kernel is slow and hands it everything else.
 */
const COURSE_WASM_WRAPPERS: readonly { kernelName: string; wrap: (stock: KernelFunc) => KernelConfig }[] = [
  { kernelName: 'BatchMatMul', wrap: batchMatMulWithTransposes }, // transposed products (dense-layer gradients)
  { kernelName: 'Sum', wrap: sumPerChannel }, // per-channel sums (bias gradients)
  { kernelName: 'Mean', wrap: meanPerChannel }, // per-channel means (batch-norm statistics)
  { kernelName: 'Identity', wrap: identitySharingMemory }, // the tape's saved copies
];

/**
 * Registers the course's kernels for backend 'wasm'. Idempotent. Missing
 * kernels are added unless something already provides them (an earlier call,
 * or a future tfjs release); the overrides replace the stock kernels, so call
 * this after importing @tensorflow/tfjs-backend-wasm, whose import registers
 * the stock ones.
 */
export function registerWasmKernels(): void {
  for (const config of COURSE_WASM_KERNELS) {
    if (getKernel(config.kernelName, 'wasm') === undefined) registerKernel(config);
  }
  for (const config of COURSE_WASM_OVERRIDES) {
    const current = getKernel(config.kernelName, 'wasm');
    if (current?.kernelFunc === config.kernelFunc) continue;
    if (current) unregisterKernel(config.kernelName, 'wasm');
    registerKernel(config);
  }
  for (const { kernelName, wrap } of COURSE_WASM_WRAPPERS) {
    const stock = getKernel(kernelName, 'wasm');
    if (!stock || isCourseKernel(stock.kernelFunc)) continue;
    unregisterKernel(kernelName, 'wasm');
    // The stock setup (its C function bindings) still has to run when the backend starts.
    registerKernel({ ...wrap(stock.kernelFunc), setupFunc: stock.setupFunc, disposeFunc: stock.disposeFunc });
  }
}
