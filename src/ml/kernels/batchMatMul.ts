/**
 * BatchMatMul for the wasm backend with transpose flags. tfjs 4.22 sends a
 * product to XNNPACK only when neither operand is transposed; with either
 * flag it runs a scalar triple loop (~1 GFLOP/s here, vs ~15 for XNNPACK).
 * Every dense layer's gradient sets a flag (dW = xᵀ·dy, dx = dy·Wᵀ), so this
 * wrapper transposes the flagged operand physically (a cheap copy) and
 * hands the stock kernel a flag-free product. Batched (rank > 2 with a
 * batch > 1) products go to the stock kernel unchanged.
 */
import {
  BatchMatMul,
  type BatchMatMulAttrs,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
  util,
} from '@tensorflow/tfjs-core';
import { markCourseKernel } from './courseKernel';
import { type BackendWasm, wasmKernel } from './wasmHeap';

type Args = { inputs: { a: TensorInfo; b: TensorInfo }; backend: BackendWasm; attrs: BatchMatMulAttrs };

/** The last two axes of a [..., r, c] operand swapped, as a new [c, r] tensor. */
function transposed2d(t: TensorInfo, backend: BackendWasm): TensorInfo {
  const rows = t.shape[t.shape.length - 2];
  const cols = t.shape[t.shape.length - 1];
  return wasmKernel('Transpose')({
    inputs: { x: { dataId: t.dataId, shape: [rows, cols], dtype: t.dtype } },
    backend,
    attrs: { perm: [1, 0] },
  }) as TensorInfo;
}

/** A BatchMatMul config that fixes transposed products and defers the rest to `stock`. */
export function batchMatMulWithTransposes(stock: KernelFunc): KernelConfig {
  const kernelFunc = ((args: Args): TensorInfo => {
    const { inputs, backend, attrs } = args;
    const { a, b } = inputs;
    const single = (t: TensorInfo) => util.sizeFromShape(t.shape.slice(0, -2)) === 1;
    if ((!attrs.transposeA && !attrs.transposeB) || !single(a) || !single(b) || a.dtype !== 'float32' || b.dtype !== 'float32') {
      return stock(args as never) as TensorInfo;
    }
    const aT = attrs.transposeA ? transposed2d(a, backend) : null;
    const bT = attrs.transposeB ? transposed2d(b, backend) : null;
    const out = stock({
      inputs: { a: aT ?? a, b: bT ?? b },
      backend,
      attrs: { ...attrs, transposeA: false, transposeB: false },
    } as never) as TensorInfo;
    if (aT) backend.disposeData(aT.dataId);
    if (bT) backend.disposeData(bT.dataId);
    // The stock kernel shapes its output by the operands' ranks; keep the flagged call's shape.
    const outer = (a.shape.length >= b.shape.length ? a : b).shape.slice(0, -2); // all 1s
    const rows = attrs.transposeA ? a.shape[a.shape.length - 1] : a.shape[a.shape.length - 2];
    const cols = attrs.transposeB ? b.shape[b.shape.length - 2] : b.shape[b.shape.length - 1];
    return { dataId: out.dataId, shape: [...outer, rows, cols], dtype: out.dtype };
  }) as unknown as KernelFunc;
  return { kernelName: BatchMatMul, backendName: 'wasm', kernelFunc: markCourseKernel(kernelFunc) };
}
