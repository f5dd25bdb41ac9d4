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
import { type BackendWasm, heapF32, imagesPerCacheChunk, wasmKernel, withShape, zerosOutput } from './wasmHeap';

/**
 * Adds each row of cols [count·oh·ow, kh·kw·ci], for images [first, first + count),
 * into the window of dx (NHWC, zero-filled by the caller) that its output
 * pixel reads; taps over padding are dropped.
 */
export function col2imAdd(cols: Float32Array, g: ConvGeometry, dx: Float32Array, first = 0, count = g.batch): void {
  const { inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = g;
  const rowLength = g.filterHeight * g.filterWidth * C;
  let row = 0;
  for (let n = first; n < first + count; n++) {
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

/** One output phase (row residue rh, column residue rw) of a strided transposed conv. */
interface Phase {
  rh: number;
  rw: number;
  /** First kernel row/column feeding this phase, and how many taps (every stride-th). */
  kh0: number;
  kw0: number;
  tapsH: number;
  tapsW: number;
  /** dx rows/columns of this phase: ih = rh + stride·i for i < outH. */
  outH: number;
  outW: number;
  /** Explicit padding of dy for the stride-1 correlation. */
  pads: [[number, number], [number, number], [number, number], [number, number]];
}

/**
 * The stride² phases of dx, or null when one would need negative padding
 * (then the matmul form runs). Row residue rh collects the taps
 * kh ≡ rh + padTop (mod stride), which read dy rows i + q − t for tap
 * kh0 + stride·t: a stride-1 correlation with the sub-filter reversed.
 */
/** Below this many dx channels the matmul + col2im form is faster (measured, docs/performance.md). */
const MIN_CHANNELS_FOR_PHASES = 8;

function phasesOf(g: ConvGeometry): Phase[] | null {
  if (g.dilationHeight !== 1 || g.dilationWidth !== 1) return null;
  const axis = (r: number, stride: number, pad: number, kernel: number, inSize: number, outSize: number) => {
    const k0 = (r + pad) % stride;
    const taps = k0 < kernel ? Math.ceil((kernel - k0) / stride) : 0;
    const q = Math.floor((r + pad) / stride);
    const out = r < inSize ? Math.ceil((inSize - r) / stride) : 0;
    const before = taps - 1 - q;
    const after = out - outSize + taps - 1 - before;
    return { k0, taps, out, before, after };
  };
  const phases: Phase[] = [];
  for (let rh = 0; rh < g.strideHeight; rh++) {
    for (let rw = 0; rw < g.strideWidth; rw++) {
      const h = axis(rh, g.strideHeight, g.padTop, g.filterHeight, g.inHeight, g.outHeight);
      const w = axis(rw, g.strideWidth, g.padLeft, g.filterWidth, g.inWidth, g.outWidth);
      if (h.out === 0 || w.out === 0) continue;
      if (h.taps === 0 || w.taps === 0 || h.before < 0 || h.after < 0 || w.before < 0 || w.after < 0) return null;
      phases.push({
        rh, rw, kh0: h.k0, kw0: w.k0, tapsH: h.taps, tapsW: w.taps, outH: h.out, outW: w.out,
        pads: [[0, 0], [h.before, h.after], [w.before, w.after], [0, 0]],
      });
    }
  }
  return phases;
}

/**
 * The phase's sub-filter [tapsH, tapsW, co, ci] from W [kh, kw, ci, co],
 * reversed: tap (u, v) is kernel (kh0 + s(tapsH−1−u), kw0 + s(tapsW−1−v)).
 * (Loops in their own function: see addInto in wasmHeap.ts.)
 */
function reversedSubFilter(wv: Float32Array, g: ConvGeometry, p: Phase, C: number, outChannels: number, sv: Float32Array): void {
  const KW = g.filterWidth;
  for (let u = 0; u < p.tapsH; u++) {
    const kh = p.kh0 + g.strideHeight * (p.tapsH - 1 - u);
    for (let v = 0; v < p.tapsW; v++) {
      const kw = p.kw0 + g.strideWidth * (p.tapsW - 1 - v);
      const from = (kh * KW + kw) * C * outChannels; // W[kh, kw, ci, co]
      const to = (u * p.tapsW + v) * outChannels * C; // sub[u, v, co, ci]
      for (let ci = 0; ci < C; ci++) {
        for (let co = 0; co < outChannels; co++) sv[to + co * C + ci] = wv[from + ci * outChannels + co];
      }
    }
  }
}

/** Writes one phase's correlation [n, outH, outW, ci] into its pixels of dx [n, H, W, ci]. */
function interleavePhase(pv: Float32Array, g: ConvGeometry, p: Phase, dv: Float32Array): void {
  const { batch: N, inHeight: H, inWidth: W, inChannels: C } = g;
  for (let n = 0; n < N; n++) {
    for (let i = 0; i < p.outH; i++) {
      const ih = p.rh + g.strideHeight * i;
      for (let j = 0; j < p.outW; j++) {
        const iw = p.rw + g.strideWidth * j;
        const from = ((n * p.outH + i) * p.outW + j) * C;
        dv.set(pv.subarray(from, from + C), ((n * H + ih) * W + iw) * C);
      }
    }
  }
}

/**
 * dx by XNNPACK's convolution, one stride-1 correlation per phase of dx
 * (sub-pixel decomposition): no multiplications by inserted zeros and no
 * unrolled patches, only the small sub-filters and the interleave are copied.
 */
function inputGradByPhases(backend: BackendWasm, dy: TensorInfo, filter: TensorInfo, g: ConvGeometry, outChannels: number, phases: Phase[]): TensorInfo {
  const { batch: N, inHeight: H, inWidth: W, inChannels: C } = g;
  const conv = wasmKernel('Conv2D');
  const dx = backend.makeOutput([N, H, W, C], 'float32'); // every element is written by exactly one phase
  for (const p of phases) {
    const sub = backend.makeOutput([p.tapsH, p.tapsW, outChannels, C], 'float32');
    reversedSubFilter(heapF32(backend, filter), g, p, C, outChannels, heapF32(backend, sub));
    const part = conv({
      inputs: { x: dy, filter: sub },
      backend,
      attrs: { strides: [1, 1], pad: p.pads, dilations: [1, 1], dataFormat: 'NHWC' },
    }) as TensorInfo; // [n, outH, outW, ci]
    backend.disposeData(sub.dataId);
    interleavePhase(heapF32(backend, part), g, p, heapF32(backend, dx));
    backend.disposeData(part.dataId);
  }
  return dx;
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
  const outChannels = info.outChannels;
  const phases = phasesOf(g);
  if (phases && g.inChannels >= MIN_CHANNELS_FOR_PHASES) return inputGradByPhases(backend, dy, filter, g, outChannels, phases);

  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  const pixelsPerImage = g.outHeight * g.outWidth;
  const imagesPerChunk = imagesPerCacheChunk(taps * pixelsPerImage, g.batch);

  // [co, kh·kw·ci]: the filter with its output channels first. As b of every
  // chunk's product it is packed for XNNPACK once (the backend caches per id).
  const filterT = wasmKernel('Transpose')({ inputs: { x: filter }, backend, attrs: { perm: [3, 0, 1, 2] } }) as TensorInfo;
  const matMul = wasmKernel('BatchMatMul');
  const dx = zerosOutput(backend, [...inputShape]); // [n, h, w, ci]
  const single = imagesPerChunk >= g.batch;
  const dyChunk = single ? dy : backend.makeOutput([imagesPerChunk * pixelsPerImage, outChannels], 'float32');
  for (let first = 0; first < g.batch; first += imagesPerChunk) {
    const count = Math.min(imagesPerChunk, g.batch - first);
    const rows = count * pixelsPerImage;
    if (!single) {
      const from = first * pixelsPerImage * outChannels;
      heapF32(backend, dyChunk).set(heapF32(backend, dy).subarray(from, from + rows * outChannels));
    }
    const cols = matMul({
      inputs: { a: withShape(dyChunk, [rows, outChannels]), b: withShape(filterT, [outChannels, taps]) },
      backend,
      attrs: { transposeA: false, transposeB: false },
    }) as TensorInfo; // [chunk·oh·ow, kh·kw·ci]
    col2imAdd(heapF32(backend, cols), g, heapF32(backend, dx), first, count);
    backend.disposeData(cols.dataId);
  }
  if (!single) backend.disposeData(dyChunk.dataId);
  backend.disposeData(filterT.dataId);
  return dx;
}

export const conv2dBackpropInputConfig: KernelConfig = {
  kernelName: Conv2DBackpropInput,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropInput as unknown as KernelFunc,
};
