/**
 * Conv2DBackpropFilter for the wasm backend, which tfjs 4.22 lacks
 * (tensorflow/tfjs#8474): the filter gradient of conv2d, and of
 * conv2dTranspose (whose forward pass is Conv2DBackpropInput).
 *
 *   dW[kh, kw, ci, co] = Σ_{n, oh, ow} x[n, oh·s + kh·d − pad, ow·s + kw·d − pad, ci] · dy[n, oh, ow, co]
 *
 * computed as one matrix product: the patches of x laid out as
 * A = [kh·kw·ci, n·oh·ow] (im2col, already transposed) times
 * dy seen as [n·oh·ow, co]. Building A transposed means the product needs
 * no transpose flag, which is the only case the backend sends to XNNPACK's
 * fast fully-connected operator (any transpose falls back to a scalar loop),
 * and its result [kh·kw·ci, co] is already the filter layout [kh, kw, ci, co].
 */
import {
  backend_util,
  Conv2DBackpropFilter,
  type Conv2DBackpropFilterAttrs,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { type BackendWasm, heapF32, wasmKernel, withShape } from './wasmHeap';

/** Geometry of one conv, as computeConv2DInfo gives it. */
export interface ConvGeometry {
  batch: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  dilationHeight: number;
  dilationWidth: number;
  padTop: number;
  padLeft: number;
}

export function convGeometry(info: backend_util.Conv2DInfo): ConvGeometry {
  return {
    batch: info.batchSize,
    inHeight: info.inHeight,
    inWidth: info.inWidth,
    inChannels: info.inChannels,
    outHeight: info.outHeight,
    outWidth: info.outWidth,
    filterHeight: info.filterHeight,
    filterWidth: info.filterWidth,
    strideHeight: info.strideHeight,
    strideWidth: info.strideWidth,
    dilationHeight: info.dilationHeight,
    dilationWidth: info.dilationWidth,
    padTop: info.padInfo.top,
    padLeft: info.padInfo.left,
  };
}

/**
 * Writes the transposed patch matrix of x (NHWC) into `out`:
 * out[(kh·kw_size + kw)·ci_size + ci, (n·oh_size + oh)·ow_size + ow], zero where
 * the window hangs over the padding. One image at a time, so the strided
 * reads stay in cache (an image of the DCGAN's layers is 3-25 KB).
 */
export function im2colTransposed(x: Float32Array, g: ConvGeometry, out: Float32Array): void {
  const { batch, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = g;
  const cols = batch * OH * OW;
  const xRowStride = W * C;
  const colStep = g.strideWidth * C;
  // Per kernel column kw, the output columns whose input column is inside the image: [owLo, owHi).
  const owLo = new Int32Array(g.filterWidth);
  const owHi = new Int32Array(g.filterWidth);
  for (let kw = 0; kw < g.filterWidth; kw++) {
    const iwOffset = kw * g.dilationWidth - g.padLeft;
    let lo = 0;
    while (lo < OW && lo * g.strideWidth + iwOffset < 0) lo++;
    let hi = OW;
    while (hi > lo && (hi - 1) * g.strideWidth + iwOffset >= W) hi--;
    owLo[kw] = lo;
    owHi[kw] = hi;
  }
  for (let n = 0; n < batch; n++) {
    const image = n * H * xRowStride;
    const colBase = n * OH * OW;
    for (let kh = 0; kh < g.filterHeight; kh++) {
      const ihOffset = kh * g.dilationHeight - g.padTop;
      for (let kw = 0; kw < g.filterWidth; kw++) {
        const iwOffset = kw * g.dilationWidth - g.padLeft;
        const lo = owLo[kw];
        const hi = owHi[kw];
        for (let ci = 0; ci < C; ci++) {
          let dst = ((kh * g.filterWidth + kw) * C + ci) * cols + colBase;
          for (let oh = 0; oh < OH; oh++, dst += OW) {
            const ih = oh * g.strideHeight + ihOffset;
            if (ih < 0 || ih >= H) {
              out.fill(0, dst, dst + OW);
              continue;
            }
            for (let ow = 0; ow < lo; ow++) out[dst + ow] = 0;
            for (let ow = hi; ow < OW; ow++) out[dst + ow] = 0;
            let src = image + ih * xRowStride + (lo * g.strideWidth + iwOffset) * C + ci;
            for (let ow = lo; ow < hi; ow++, src += colStep) out[dst + ow] = x[src];
          }
        }
      }
    }
  }
}

function conv2dBackpropFilter(args: {
  inputs: { x: TensorInfo; dy: TensorInfo };
  backend: BackendWasm;
  attrs: Conv2DBackpropFilterAttrs;
}): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs;
  if (dataFormat === 'NCHW') throw new Error('Conv2DBackpropFilter (course wasm kernel) supports NHWC only.');
  if (x.dtype !== 'float32' || dy.dtype !== 'float32') throw new Error('Conv2DBackpropFilter needs float32 tensors.');
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    'channelsLast',
  );
  const g = convGeometry(info);
  const rows = g.filterHeight * g.filterWidth * g.inChannels;
  const cols = g.batch * g.outHeight * g.outWidth;

  const patches = backend.makeOutput([rows, cols], 'float32'); // [kh·kw·ci, n·oh·ow]
  im2colTransposed(heapF32(backend, x), g, heapF32(backend, patches));

  const out = wasmKernel('BatchMatMul')({
    inputs: { a: patches, b: withShape(dy, [cols, info.outChannels]) },
    backend,
    attrs: { transposeA: false, transposeB: false },
  }) as TensorInfo; // [kh·kw·ci, co]
  backend.disposeData(patches.dataId);
  return { dataId: out.dataId, shape: [...filterShape], dtype: 'float32' };
}

export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropFilter as unknown as KernelFunc,
};
