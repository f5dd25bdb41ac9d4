/**
 * The two gradients of depthwiseConv2d for the wasm backend, which tfjs 4.22
 * lacks. Filter [fh, fw, c, m]; output channel c·m_size + m reads input
 * channel c only:
 *
 *   y[n, oh, ow, c·M + m] = Σ_{kh, kw} x[n, oh·s + kh·d − pad, ow·s + kw·d − pad, c] · W[kh, kw, c, m]
 *
 * Direct loops over the heap. No course model uses depthwise convs today, so
 * these are written for correctness; they cost O(output · kernel) like the
 * forward pass and do no wasted work.
 */
import {
  backend_util,
  DepthwiseConv2dNativeBackpropFilter,
  type DepthwiseConv2dNativeBackpropFilterAttrs,
  DepthwiseConv2dNativeBackpropInput,
  type DepthwiseConv2dNativeBackpropInputAttrs,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { convGeometry, type ConvGeometry } from './conv2dBackpropFilter';
import { type BackendWasm, heapF32, zerosOutput } from './wasmHeap';

type Shape4 = [number, number, number, number];

/**
 * Visits every (output position, kernel tap) pair whose input lies inside the
 * image, with the flat offsets of the input pixel and output pixel (channel 0).
 */
function forEachTap(g: ConvGeometry, outChannels: number, visit: (xPixel: number, yPixel: number, tap: number) => void): void {
  const { batch, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = g;
  for (let n = 0; n < batch; n++) {
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++) {
        const yPixel = ((n * OH + oh) * OW + ow) * outChannels;
        for (let kh = 0; kh < g.filterHeight; kh++) {
          const ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop;
          if (ih < 0 || ih >= H) continue;
          for (let kw = 0; kw < g.filterWidth; kw++) {
            const iw = ow * g.strideWidth + kw * g.dilationWidth - g.padLeft;
            if (iw < 0 || iw >= W) continue;
            visit(((n * H + ih) * W + iw) * C, yPixel, kh * g.filterWidth + kw);
          }
        }
      }
    }
  }
}

function depthwiseBackpropFilter(args: {
  inputs: { x: TensorInfo; dy: TensorInfo };
  backend: BackendWasm;
  attrs: DepthwiseConv2dNativeBackpropFilterAttrs;
}): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs;
  const info = backend_util.computeConv2DInfo(
    x.shape as Shape4, attrs.filterShape, attrs.strides, attrs.dilations, attrs.pad, attrs.dimRoundingMode, true,
  );
  const g = convGeometry(info);
  const C = g.inChannels;
  const M = info.outChannels / C;
  const dw = zerosOutput(backend, [...attrs.filterShape]); // [fh, fw, c, m]
  const xs = heapF32(backend, x);
  const dys = heapF32(backend, dy);
  const dws = heapF32(backend, dw);
  forEachTap(g, info.outChannels, (xPixel, yPixel, tap) => {
    const wBase = tap * C * M;
    for (let c = 0; c < C; c++) {
      const xv = xs[xPixel + c];
      for (let m = 0; m < M; m++) dws[wBase + c * M + m] += xv * dys[yPixel + c * M + m];
    }
  });
  return dw;
}

function depthwiseBackpropInput(args: {
  inputs: { dy: TensorInfo; filter: TensorInfo };
  backend: BackendWasm;
  attrs: DepthwiseConv2dNativeBackpropInputAttrs;
}): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { dy, filter } = inputs;
  const info = backend_util.computeConv2DInfo(
    attrs.inputShape, filter.shape as Shape4, attrs.strides, attrs.dilations, attrs.pad, attrs.dimRoundingMode, true,
  );
  const g = convGeometry(info);
  const C = g.inChannels;
  const M = info.outChannels / C;
  const dx = zerosOutput(backend, [...attrs.inputShape]); // [n, h, w, c]
  const ws = heapF32(backend, filter);
  const dys = heapF32(backend, dy);
  const dxs = heapF32(backend, dx);
  forEachTap(g, info.outChannels, (xPixel, yPixel, tap) => {
    const wBase = tap * C * M;
    for (let c = 0; c < C; c++) {
      let sum = 0;
      for (let m = 0; m < M; m++) sum += dys[yPixel + c * M + m] * ws[wBase + c * M + m];
      dxs[xPixel + c] += sum;
    }
  });
  return dx;
}

export const depthwiseBackpropFilterConfig: KernelConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  backendName: 'wasm',
  kernelFunc: depthwiseBackpropFilter as unknown as KernelFunc,
};

export const depthwiseBackpropInputConfig: KernelConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  backendName: 'wasm',
  kernelFunc: depthwiseBackpropInput as unknown as KernelFunc,
};
