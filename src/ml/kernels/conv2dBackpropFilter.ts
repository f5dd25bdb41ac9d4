/**
 * Conv2DBackpropFilter for the wasm backend, which tfjs 4.22 lacks
 * (tensorflow/tfjs#8474): the filter gradient of conv2d, and of
 * conv2dTranspose (whose forward pass is Conv2DBackpropInput).
 *
 *   dW[kh, kw, ci, co] = Σ_{n, oh, ow} x[n, oh·s + kh·d − pad, ow·s + kw·d − pad, ci] · dy[n, oh, ow, co]
 *
 * Two ways, both running the arithmetic in XNNPACK:
 *
 * - As a convolution (layers with several input channels): the sum above is
 *   a conv of x seen as [ci, h, w, n] (images become channels) with dy seen as
 *   the filter [oh, ow, n, co], dilated by the stride; its output
 *   [ci, kh, kw, co] is dW with the axes rotated. XNNPACK's convolution
 *   never unrolls patches, so only two cheap copies surround it.
 * - As a matrix product (few input channels, or padding the conv form cannot
 *   express): the patches of x laid out as A = [kh·kw·ci, n·oh·ow] (im2col,
 *   already transposed) times dy seen as [n·oh·ow, co]. Building A
 *   transposed means the product needs no transpose flag, the only case the
 *   backend sends to XNNPACK (any transpose falls back to a scalar loop), and
 *   its result [kh·kw·ci, co] is already the filter layout [kh, kw, ci, co].
 *   The batch goes in pieces whose patches stay in cache.
 */
import {
  backend_util,
  Conv2DBackpropFilter,
  type Conv2DBackpropFilterAttrs,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { addInto, type BackendWasm, heapF32, imagesPerCacheChunk, wasmKernel, withShape } from './wasmHeap';

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
 * Writes the transposed patch matrix of images [first, first + count) of x
 * (NHWC) into `out`: out[(kh·kw_size + kw)·ci_size + ci, ((n − first)·oh_size + oh)·ow_size + ow],
 * zero where the window hangs over the padding. One image at a time, so the
 * strided reads stay in cache (an image of the DCGAN's layers is 3-25 KB).
 */
export function im2colTransposed(x: Float32Array, g: ConvGeometry, out: Float32Array, first = 0, count = g.batch): void {
  const { inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = g;
  const cols = count * OH * OW;
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
  for (let n = 0; n < count; n++) {
    const image = (first + n) * H * xRowStride;
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

/** Below this many input channels the im2col product is faster than the conv form (measured, docs/performance.md). */
const MIN_CHANNELS_FOR_CONV_FORM = 8;

/**
 * Images per convolution in the conv form (the batch becomes the conv's input
 * channels): at the DCGAN's 14×14×32 layer, 128 at once took ~15% more time
 * per image than two convs of 64; 32 was no better than 64 within noise.
 */
const CONV_FORM_IMAGES_PER_CHUNK = 64;

/** x [n, h, w, c] → out [c, h, w, n]. */
function imagesToChannels(x: Float32Array, n: number, hw: number, c: number, out: Float32Array): void {
  for (let p = 0; p < hw; p++) {
    for (let b = 0; b < n; b++) {
      const src = (b * hw + p) * c;
      let dst = p * n + b;
      for (let ch = 0; ch < c; ch++, dst += hw * n) out[dst] = x[src + ch];
    }
  }
}

/** Moves axis 2 of a [a0, a1, a2, inner] array to the front: out [a2, a0, a1, inner] (or back, with swapped roles). */
function moveRuns(src: Float32Array, a0: number, a1: number, a2: number, inner: number, out: Float32Array, toFront: boolean): void {
  for (let i = 0; i < a0; i++) {
    for (let j = 0; j < a1; j++) {
      for (let k = 0; k < a2; k++) {
        const from = ((i * a1 + j) * a2 + k) * inner;
        const to = ((k * a0 + i) * a1 + j) * inner;
        if (toFront) out.set(src.subarray(from, from + inner), to);
        else out.set(src.subarray(to, to + inner), from);
      }
    }
  }
}

/**
 * dW by XNNPACK's convolution (see the header), or null when the conv form
 * would need negative padding (a valid conv that ignores trailing rows).
 */
function filterGradByConv(backend: BackendWasm, x: TensorInfo, dy: TensorInfo, g: ConvGeometry, outChannels: number): TensorInfo | null {
  const { batch: N, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW, filterHeight: KH, filterWidth: KW } = g;
  if (g.dilationHeight !== 1 || g.dilationWidth !== 1) return null;
  const padBottom = KH + (OH - 1) * g.strideHeight - H - g.padTop;
  const padRight = KW + (OW - 1) * g.strideWidth - W - g.padLeft;
  if (padBottom < 0 || padRight < 0) return null;

  const conv = wasmKernel('Conv2D');
  let rotated: TensorInfo | null = null; // [ci, kh, kw, co], summed over chunks
  for (let first = 0; first < N; first += CONV_FORM_IMAGES_PER_CHUNK) {
    const n = Math.min(CONV_FORM_IMAGES_PER_CHUNK, N - first);
    const xT = backend.makeOutput([C, H, W, n], 'float32'); // images as channels
    const dyT = backend.makeOutput([OH, OW, n, outChannels], 'float32'); // dy as a filter
    const xImage = H * W * C;
    const dyImage = OH * OW * outChannels;
    imagesToChannels(heapF32(backend, x).subarray(first * xImage, (first + n) * xImage), n, H * W, C, heapF32(backend, xT));
    moveRuns(heapF32(backend, dy).subarray(first * dyImage, (first + n) * dyImage), 1, n, OH * OW, outChannels, heapF32(backend, dyT), true);
    const part = conv({
      inputs: { x: xT, filter: dyT },
      backend,
      attrs: {
        strides: [1, 1],
        pad: [[0, 0], [g.padTop, padBottom], [g.padLeft, padRight], [0, 0]],
        dilations: [g.strideHeight, g.strideWidth],
        dataFormat: 'NHWC',
      },
    }) as TensorInfo; // [ci, kh, kw, co]
    backend.disposeData(xT.dataId);
    backend.disposeData(dyT.dataId);
    if (rotated === null) {
      rotated = part;
    } else {
      addInto(heapF32(backend, rotated), heapF32(backend, part));
      backend.disposeData(part.dataId);
    }
  }
  const dw = backend.makeOutput([KH, KW, C, outChannels], 'float32');
  // [ci, kh·kw, co] → [kh·kw, ci, co]
  moveRuns(heapF32(backend, rotated!), 1, KH * KW, C, outChannels, heapF32(backend, dw), false);
  backend.disposeData(rotated!.dataId);
  return dw;
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
  const outChannels = info.outChannels;
  if (g.inChannels >= MIN_CHANNELS_FOR_CONV_FORM) {
    const dw = filterGradByConv(backend, x, dy, g, outChannels);
    if (dw) return dw;
  }
  const pixelsPerImage = g.outHeight * g.outWidth;
  const imagesPerChunk = imagesPerCacheChunk(rows * pixelsPerImage, g.batch);

  const matMul = wasmKernel('BatchMatMul');
  const patches = backend.makeOutput([rows, imagesPerChunk * pixelsPerImage], 'float32'); // [kh·kw·ci, chunk·oh·ow]
  let dw: TensorInfo | null = null; // [kh·kw·ci, co], the sum over chunks
  for (let first = 0; first < g.batch; first += imagesPerChunk) {
    const count = Math.min(imagesPerChunk, g.batch - first);
    const cols = count * pixelsPerImage;
    im2colTransposed(heapF32(backend, x), g, heapF32(backend, patches), first, count);
    // dy's rows for these images, as a tensor of its own: the backend caches
    // XNNPACK's packed weights per tensor id of b.
    const dyChunk = backend.makeOutput([cols, outChannels], 'float32'); // [chunk·oh·ow, co]
    heapF32(backend, dyChunk).set(heapF32(backend, dy).subarray(first * pixelsPerImage * outChannels, (first + count) * pixelsPerImage * outChannels));
    const product = matMul({
      inputs: { a: withShape(patches, [rows, cols]), b: dyChunk },
      backend,
      attrs: { transposeA: false, transposeB: false },
    }) as TensorInfo; // [kh·kw·ci, co]
    backend.disposeData(dyChunk.dataId);
    if (dw === null) {
      dw = product;
    } else {
      addInto(heapF32(backend, dw), heapF32(backend, product));
      backend.disposeData(product.dataId);
    }
  }
  backend.disposeData(patches.dataId);
  return { dataId: dw!.dataId, shape: [...filterShape], dtype: 'float32' };
}

export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropFilter as unknown as KernelFunc,
};
