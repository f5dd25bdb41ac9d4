/**
 * UnsortedSegmentSum for the wasm backend, which tfjs 4.22 lacks: the
 * gradient of gather (an embedding lookup) scatters rows back by index.
 *
 *   out[s, ...] = Σ_{i : ids[i] = s} x[i, ...]
 *
 * A plain loop over the heap: the op moves memory, it does no arithmetic
 * worth a SIMD kernel. Ids outside [0, numSegments) are dropped, as in
 * TensorFlow.
 */
import {
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
  UnsortedSegmentSum,
  type UnsortedSegmentSumAttrs,
  util,
} from '@tensorflow/tfjs-core';
import { type BackendWasm, heapIndices, zerosOutput } from './wasmHeap';

function unsortedSegmentSum(args: {
  inputs: { x: TensorInfo; segmentIds: TensorInfo };
  backend: BackendWasm;
  attrs: UnsortedSegmentSumAttrs;
}): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, segmentIds } = inputs;
  const { numSegments } = attrs;
  if (x.dtype !== 'float32' && x.dtype !== 'int32') throw new Error(`UnsortedSegmentSum: unsupported dtype ${x.dtype}.`);
  const idRank = segmentIds.shape.length;
  const numIds = util.sizeFromShape(segmentIds.shape);
  const innerShape = x.shape.slice(idRank);
  const inner = util.sizeFromShape(innerShape);

  const out = zerosOutput(backend, [numSegments, ...innerShape], x.dtype); // [numSegments, ...inner]
  const xs = backend.typedArrayFromHeap(x) as Float32Array | Int32Array;
  const ids = heapIndices(backend, segmentIds);
  const os = backend.typedArrayFromHeap(out) as Float32Array | Int32Array;
  addRowsBySegment(xs, ids, numIds, inner, numSegments, os);
  return out;
}

/** os[ids[i]] += xs[i] row by row (rows of `inner`); ids out of range are dropped. Own function: see addInto in wasmHeap.ts. */
function addRowsBySegment(
  xs: Float32Array | Int32Array,
  ids: Int32Array | Float32Array,
  numIds: number,
  inner: number,
  numSegments: number,
  os: Float32Array | Int32Array,
): void {
  for (let i = 0; i < numIds; i++) {
    const s = ids[i];
    if (s < 0 || s >= numSegments) continue;
    const src = i * inner;
    const dst = s * inner;
    for (let j = 0; j < inner; j++) os[dst + j] += xs[src + j];
  }
}

export const unsortedSegmentSumConfig: KernelConfig = {
  kernelName: UnsortedSegmentSum,
  backendName: 'wasm',
  kernelFunc: unsortedSegmentSum as unknown as KernelFunc,
};
