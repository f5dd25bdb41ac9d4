/**
 * Single-channel convolution, pooling and transposed convolution in plain
 * TypeScript, for the CNN-blocks cell: a 28x28 digit and a 3x3 filter are
 * too small to be worth a tfjs call, and plain loops are easy to read.
 * Like tfjs (and every deep-learning library) "convolution" here is
 * cross-correlation: the kernel is not flipped. The unit tests check these
 * against tf.conv2d, tf.maxPool/avgPool and tf.conv2dTranspose.
 */
import { convOutputSize, poolOutputSize, transposedConvOutputSize } from './outputSize';

/** A square single-channel image, row-major. */
export interface Plane {
  size: number;
  data: Float32Array;
}

/**
 * out[i, j] = Σ_{u,v} x[i·s + u − p, j·s + v − p] · w[u, v], with zeros
 * outside the image (zero padding p on each side).
 */
export function convolve(x: Plane, kernel: Float32Array, k: number, stride: number, pad: number): Plane {
  if (kernel.length !== k * k) throw new Error(`A ${k}x${k} kernel needs ${k * k} weights, got ${kernel.length}.`);
  const size = convOutputSize(x.size, k, stride, pad);
  const data = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      let sum = 0;
      for (let u = 0; u < k; u++) {
        const r = i * stride + u - pad;
        if (r < 0 || r >= x.size) continue;
        for (let v = 0; v < k; v++) {
          const c = j * stride + v - pad;
          if (c < 0 || c >= x.size) continue;
          sum += x.data[r * x.size + c] * kernel[u * k + v];
        }
      }
      data[i * size + j] = sum;
    }
  }
  return { size, data };
}

export type PoolMode = 'max' | 'average';

/** k x k max or average pooling at stride s, no padding: it has no weights to learn. */
export function pool(x: Plane, k: number, stride: number, mode: PoolMode): Plane {
  const size = poolOutputSize(x.size, k, stride);
  const data = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      let acc = mode === 'max' ? -Infinity : 0;
      for (let u = 0; u < k; u++) {
        for (let v = 0; v < k; v++) {
          const value = x.data[(i * stride + u) * x.size + (j * stride + v)];
          acc = mode === 'max' ? Math.max(acc, value) : acc + value;
        }
      }
      data[i * size + j] = mode === 'max' ? acc : acc / (k * k);
    }
  }
  return { size, data };
}

/**
 * Transposed convolution: each input pixel stamps a copy of the kernel,
 * scaled by its value, into the output at stride s; overlapping stamps add
 * up; p rows and columns are then cropped from every side. This is the
 * gradient of `convolve` with respect to its input, which is why a
 * convolution with the same (k, s, p) maps the output size back to n.
 */
export function transposedConvolve(x: Plane, kernel: Float32Array, k: number, stride: number, pad: number): Plane {
  if (kernel.length !== k * k) throw new Error(`A ${k}x${k} kernel needs ${k * k} weights, got ${kernel.length}.`);
  const size = transposedConvOutputSize(x.size, k, stride, pad);
  const data = new Float32Array(size * size);
  for (let i = 0; i < x.size; i++) {
    for (let j = 0; j < x.size; j++) {
      const value = x.data[i * x.size + j];
      for (let u = 0; u < k; u++) {
        const r = i * stride + u - pad;
        if (r < 0 || r >= size) continue;
        for (let v = 0; v < k; v++) {
          const c = j * stride + v - pad;
          if (c < 0 || c >= size) continue;
          data[r * size + c] += value * kernel[u * k + v];
        }
      }
    }
  }
  return { size, data };
}

/**
 * How many kernel taps land on each output pixel of a transposed
 * convolution of an n x n input: a transposed convolution of all-ones with
 * an all-ones kernel. Even overlap gives a flat map; k not divisible by s
 * gives the checkerboard of Odena, Dumoulin & Olah 2016.
 */
export function overlapCounts(n: number, k: number, stride: number, pad: number): Plane {
  const ones = { size: n, data: new Float32Array(n * n).fill(1) };
  return transposedConvolve(ones, new Float32Array(k * k).fill(1), k, stride, pad);
}

/**
 * max − min of the overlap counts away from the border (the border always
 * gets fewer taps, whatever k and s): 0 means an even, artifact-free upsampling.
 */
export function interiorUnevenness(counts: Plane, k: number): number {
  const margin = Math.max(0, k - 1);
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = margin; r < counts.size - margin; r++) {
    for (let c = margin; c < counts.size - margin; c++) {
      const v = counts.data[r * counts.size + c];
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return hi >= lo ? hi - lo : 0;
}
