/**
 * Sum and Mean over every axis but the last (per-channel totals of an NHWC
 * map: bias gradients, batch-norm statistics) for the wasm backend. The stock
 * kernels first transpose the map so the reduced axes come last, a full copy
 * through a slow generic transpose; one pass that adds each row into the
 * channel totals reads the map once. Other reductions go to the stock kernel.
 */
import { type KernelConfig, type KernelFunc, Mean, Sum, type TensorInfo, util } from '@tensorflow/tfjs-core';
import { type BackendWasm, heapF32 } from './wasmHeap';
import { markCourseKernel } from './courseKernel';

type Args = { inputs: { x: TensorInfo }; backend: BackendWasm; attrs: { axis: number | number[]; keepDims: boolean } };

/** True when `axis` names exactly the axes 0 … rank−2. */
function isAllButLast(axis: number | number[], rank: number): boolean {
  if (rank < 2) return false;
  const axes = util.parseAxisParam(axis, new Array(rank).fill(1)).sort((a, b) => a - b);
  return axes.length === rank - 1 && axes.every((a, i) => a === i);
}

/**
 * out[c] = scale · Σ_r x[r · channels + c], summed in float64. The loops live
 * in their own function of typed arrays and numbers, which V8 optimises once
 * and keeps (docs/performance.md, "Code the optimiser keeps").
 */
export function sumRowsInto(x: Float32Array, rows: number, channels: number, scale: number, out: Float32Array): void {
  const totals = new Float64Array(channels);
  for (let r = 0, base = 0; r < rows; r++, base += channels) {
    for (let c = 0; c < channels; c++) totals[c] += x[base + c];
  }
  for (let c = 0; c < channels; c++) out[c] = totals[c] * scale;
}

function wrap(kernelName: typeof Sum | typeof Mean, stock: KernelFunc): KernelConfig {
  const kernelFunc = ((args: Args): TensorInfo => {
    const { inputs, backend, attrs } = args;
    const { x } = inputs;
    if (x.dtype !== 'float32' || !isAllButLast(attrs.axis, x.shape.length) || util.sizeFromShape(x.shape) === 0) {
      return stock(args as never) as TensorInfo;
    }
    const channels = x.shape[x.shape.length - 1];
    const rows = util.sizeFromShape(x.shape) / channels;
    const shape = attrs.keepDims ? [...x.shape.slice(0, -1).map(() => 1), channels] : [channels];
    const out = backend.makeOutput(shape, 'float32'); // [c] or [1, …, 1, c]
    sumRowsInto(heapF32(backend, x), rows, channels, kernelName === Mean ? 1 / rows : 1, heapF32(backend, out));
    return out;
  }) as unknown as KernelFunc;
  return { kernelName, backendName: 'wasm', kernelFunc: markCourseKernel(kernelFunc) };
}

export const sumPerChannel = (stock: KernelFunc) => wrap(Sum, stock);
export const meanPerChannel = (stock: KernelFunc) => wrap(Mean, stock);
