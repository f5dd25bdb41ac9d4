/**
 * Small helpers for course kernels that run on the wasm backend: typed views
 * of a tensor's bytes on the wasm heap and calls into the backend's own
 * registered kernels. Everything here is per-call: views into the heap must
 * be re-taken after any allocation, because a heap growth detaches them.
 */
import { getKernel, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

export type { BackendWasm };

/** Float32 view of a tensor's data on the wasm heap (no copy). */
export function heapF32(backend: BackendWasm, t: TensorInfo): Float32Array {
  return backend.typedArrayFromHeap(t) as Float32Array;
}

/** Int32 (or float32 holding integers) values of an index tensor, as a view. */
export function heapIndices(backend: BackendWasm, t: TensorInfo): Int32Array | Float32Array {
  return backend.typedArrayFromHeap(t) as Int32Array | Float32Array;
}

/** A float32 output tensor on the heap, zero-filled (malloc does not clear). */
export function zerosOutput(backend: BackendWasm, shape: number[], dtype: 'float32' | 'int32' = 'float32'): TensorInfo {
  const out = backend.makeOutput(shape, dtype);
  backend.typedArrayFromHeap(out).fill(0);
  return out;
}

/**
 * The wasm backend's own kernel function by name, so a composed kernel runs
 * the backend's SIMD/XNNPACK code instead of reimplementing it.
 */
export function wasmKernel(name: string): KernelFunc {
  const config = getKernel(name, 'wasm');
  if (!config) throw new Error(`The wasm backend has no '${name}' kernel; import @tensorflow/tfjs-backend-wasm first.`);
  return config.kernelFunc;
}

/** Same tensor data seen with another shape (no copy): input to a kernel call. */
export function withShape(t: TensorInfo, shape: number[]): TensorInfo {
  return { dataId: t.dataId, shape, dtype: t.dtype };
}

/**
 * Bytes of unrolled patches (im2col / col2im matrices) to build per piece of
 * a batch. Building the whole batch's matrix at once (20 MB for the DCGAN's
 * middle layer at batch 128) runs at DRAM speed; pieces that stay in the
 * core's L2/L3 are written and multiplied several times faster.
 */
export const PATCH_CHUNK_BYTES = 1 << 20;

/** How many images of `floatsPerImage` patch values fit one chunk (at least 1, at most batch). */
export function imagesPerCacheChunk(floatsPerImage: number, batch: number): number {
  return Math.max(1, Math.min(batch, Math.floor(PATCH_CHUNK_BYTES / (4 * floatsPerImage))));
}

/**
 * sum[i] += add[i]. Hot loops of the course kernels live in small functions
 * of typed arrays and numbers like this one, which V8 optimises once and
 * keeps (docs/performance.md, "Code the optimiser keeps").
 */
export function addInto(sum: Float32Array, add: Float32Array): void {
  for (let i = 0; i < sum.length; i++) sum[i] += add[i];
}
