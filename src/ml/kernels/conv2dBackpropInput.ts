/**
 * Conv2DBackpropInput for the wasm backend, replacing tfjs 4.22's own, which
 * is a scalar loop nest (src/cc/kernels/Conv2DBackpropInput.cc) and took over
 * half of a DCGAN step: it is both conv2d's input gradient and the forward
 * pass of conv2dTranspose.
 *
 *   dx[n, ih, iw, ci] = Σ dy[n, oh, ow, co] · W[kh, kw, ci, co]   over ih = oh·s + kh·d − pad, iw = ow·s + kw·d − pad
 *
 * computed as one XNNPACK matrix product, cols = dy [n·oh·ow, co] ×
 * Wᵀ [co, kh·kw·ci], followed by col2im: each row of cols is the
 * contribution of one output pixel to a kh×kw window of dx, added in place.
 * The filter is transposed physically (it is small) so that the product
 * takes the backend's fast path, which refuses transpose flags.
 */
import {
  backend_util,
  Conv2DBackpropInput,
  type Conv2DBackpropInputAttrs,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { convGeometry, type ConvGeometry } from './conv2dBackpropFilter';
import { type BackendWasm, heapF32, wasmKernel, withShape, zerosOutput } from './wasmHeap';

/**
 * Adds each row of cols [n·oh·ow, kh·kw·ci] into the window of dx (NHWC,
 * zero-filled by the caller) that its output pixel reads; taps over padding
 * are dropped.
 */
export function col2imAdd(cols: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const { batch, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = g;
  const rowLength = g.filterHeight * g.filterWidth * C;
  let row = 0;
  for (let n = 0; n < batch; n++) {
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++, row += rowLength) {
        for (let kh = 0; kh < g.filterHeight; kh++) {
          const ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop;
          if (ih < 0 || ih >= H) continue;
          const dxRow = (n * H + ih) * W;
          for (let kw = 0; kw < g.filterWidth; kw++) {
            const iw = ow * g.strideWidth + kw * g.dilationWidth - g.padLeft;
            if (iw < 0 || iw >= W) continue;
            const dst = (dxRow + iw) * C;
            const src = row + (kh * g.filterWidth + kw) * C;
            for (let c = 0; c < C; c++) dx[dst + c] += cols[src + c];
          }
        }
      }
    }
  }
}

function conv2dBackpropInput(args: {
  inputs: { dy: TensorInfo; filter: TensorInfo };
  backend: BackendWasm;
  attrs: Conv2DBackpropInputAttrs;
}): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { dy, filter } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs;
  if (dataFormat === 'NCHW') throw new Error('Conv2DBackpropInput (course wasm kernel) supports NHWC only.');
  if (dy.dtype !== 'float32' || filter.dtype !== 'float32') throw new Error('Conv2DBackpropInput needs float32 tensors.');
  const info = backend_util.computeConv2DInfo(
    inputShape,
    filter.shape as [number, number, number, number],
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    'channelsLast',
  );
  const g = convGeometry(info);
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  const pixels = g.batch * g.outHeight * g.outWidth;
  const outChannels = info.outChannels;

  // [co, kh·kw·ci]: the filter with its output channels first.
  const filterT = wasmKernel('Transpose')({ inputs: { x: filter }, backend, attrs: { perm: [3, 0, 1, 2] } }) as TensorInfo;
  const cols = wasmKernel('BatchMatMul')({
    inputs: { a: withShape(dy, [pixels, outChannels]), b: withShape(filterT, [outChannels, taps]) },
    backend,
    attrs: { transposeA: false, transposeB: false },
  }) as TensorInfo; // [n·oh·ow, kh·kw·ci]
  backend.disposeData(filterT.dataId);

  const dx = zerosOutput(backend, [...inputShape]); // [n, h, w, ci]
  col2imAdd(heapF32(backend, cols), g, heapF32(backend, dx));
  backend.disposeData(cols.dataId);
  return dx;
}

export const conv2dBackpropInputConfig: KernelConfig = {
  kernelName: Conv2DBackpropInput,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropInput as unknown as KernelFunc,
};
