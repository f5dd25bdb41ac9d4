/**
 * Runs the same kernel or op on two backends from the same seeded inputs and
 * measures how far apart the results are, for checking the course's wasm
 * kernels against tfjs's reference cpu kernels.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../../src/ml/random';
import type { TestBackend } from './backend';

export interface HostTensor {
  shape: number[];
  data: Float32Array | Int32Array;
  dtype: 'float32' | 'int32';
}

/** A float tensor of N(0, 1) values drawn from `rng`. */
export function randomHost(rng: Rng, shape: number[]): HostTensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return { shape, data: rng.normalArray(size), dtype: 'float32' };
}

/** Runs kernel `name` on `backend` and returns its output values and shape. */
export async function runKernelOn(
  backend: TestBackend,
  name: string,
  inputs: Record<string, HostTensor>,
  attrs: object,
): Promise<{ shape: number[]; data: Float32Array }> {
  await tf.setBackend(backend);
  const tensors: Record<string, tf.Tensor> = {};
  for (const [key, t] of Object.entries(inputs)) tensors[key] = tf.tensor(t.data, t.shape, t.dtype);
  const out = tf.engine().runKernel(name, tensors, attrs as tf.NamedAttrMap) as tf.Tensor;
  const result = { shape: out.shape.slice(), data: Float32Array.from(out.dataSync()) };
  out.dispose();
  for (const t of Object.values(tensors)) t.dispose();
  return result;
}

/** Runs `f` (returning one tensor) under tidy on `backend`, returns its values. */
export async function runOpOn(backend: TestBackend, f: () => tf.Tensor): Promise<{ shape: number[]; data: Float32Array }> {
  await tf.setBackend(backend);
  const out = tf.tidy(f);
  const result = { shape: out.shape.slice(), data: Float32Array.from(out.dataSync()) };
  out.dispose();
  return result;
}

/** max |a − b| / max |b|: the error relative to the reference's scale. */
export function relativeError(actual: ArrayLike<number>, reference: ArrayLike<number>): number {
  if (actual.length !== reference.length) return Infinity;
  let maxDiff = 0;
  let maxRef = 0;
  for (let i = 0; i < reference.length; i++) {
    maxDiff = Math.max(maxDiff, Math.abs(actual[i] - reference[i]));
    maxRef = Math.max(maxRef, Math.abs(reference[i]));
  }
  return maxRef === 0 ? maxDiff : maxDiff / maxRef;
}
