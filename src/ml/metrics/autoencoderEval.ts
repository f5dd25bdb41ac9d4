/**
 * What the autoencoder cell measures besides its loss, in plain TypeScript:
 * the non-digit images for anomaly detection, the detection and false-alarm
 * rates at a threshold, and a 2-D view of codes longer than two numbers.
 */
import { PIXELS, IMAGE_SIZE } from '../models/autoencoder';
import type { Rng } from '../random';

export type NonDigitKind = 'noise' | 'shapes' | 'inverted';
export const NON_DIGIT_KINDS: readonly NonDigitKind[] = ['noise', 'shapes', 'inverted'];
export type AnomalyChoice = NonDigitKind | 'mixed';
export const ANOMALY_CHOICES: readonly AnomalyChoice[] = ['mixed', ...NON_DIGIT_KINDS];

/** Uniform random pixels: nothing like a stroke anywhere. */
function noiseImage(rng: Rng, out: Float32Array, offset: number): void {
  for (let p = 0; p < PIXELS; p++) out[offset + p] = rng.next();
}

/**
 * A filled box, a ring or a thick straight bar at a random place: strokes
 * of ink like a digit's, in shapes no digit has (a ring is close to a 0,
 * which is why shapes are the hardest non-digits to catch).
 */
function shapeImage(rng: Rng, out: Float32Array, offset: number): void {
  const kind = rng.int(3);
  const cx = 8 + rng.next() * 12;
  const cy = 8 + rng.next() * 12;
  const half = 4 + rng.next() * 6;
  const angle = rng.next() * Math.PI;
  for (let r = 0; r < IMAGE_SIZE; r++) {
    for (let c = 0; c < IMAGE_SIZE; c++) {
      const dx = c - cx;
      const dy = r - cy;
      let ink = false;
      if (kind === 0) ink = Math.abs(dx) <= half && Math.abs(dy) <= half * 0.7;
      else if (kind === 1) ink = Math.abs(Math.hypot(dx, dy) - half) <= 1.5;
      else {
        const along = dx * Math.cos(angle) + dy * Math.sin(angle);
        const across = -dx * Math.sin(angle) + dy * Math.cos(angle);
        ink = Math.abs(along) <= half * 1.4 && Math.abs(across) <= 2.5;
      }
      out[offset + r * IMAGE_SIZE + c] = ink ? 1 : 0;
    }
  }
}

/**
 * `count` non-digit images [count, 784] in [0, 1] of one kind. 'inverted'
 * takes 1 − x of the given digit images (white paper, black ink), cycling
 * through them.
 */
export function makeNonDigits(kind: NonDigitKind, count: number, rng: Rng, digits: Float32Array): Float32Array {
  const out = new Float32Array(count * PIXELS);
  const digitCount = digits.length / PIXELS;
  for (let i = 0; i < count; i++) {
    const offset = i * PIXELS;
    if (kind === 'noise') noiseImage(rng, out, offset);
    else if (kind === 'shapes') shapeImage(rng, out, offset);
    else {
      if (digitCount === 0) throw new Error('Inverted digits need some digits to invert.');
      const src = (i % digitCount) * PIXELS;
      for (let p = 0; p < PIXELS; p++) out[offset + p] = 1 - digits[src + p];
    }
  }
  return out;
}

/** Fraction of scores strictly above the threshold (flagged as anomalies); 0 for none. */
export function fractionAbove(scores: ArrayLike<number>, threshold: number): number {
  if (scores.length === 0) return 0;
  let above = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > threshold) above++;
  return above / scores.length;
}

/** Power-iteration steps per component: plenty for a 32x32 covariance. */
const POWER_ITERATIONS = 100;

/**
 * Projects codes [n, dim] onto their first two principal components (the
 * two directions along which the codes vary most), or returns them as they
 * are when dim ≤ 2. Deterministic: power iteration from a fixed start.
 */
export function projectTo2d(codes: Float32Array, n: number, dim: number): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  if (dim <= 2) {
    for (let i = 0; i < n; i++) {
      x[i] = codes[i * dim];
      y[i] = dim === 2 ? codes[i * dim + 1] : 0;
    }
    return { x, y };
  }
  const mean = new Float64Array(dim);
  for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) mean[d] += codes[i * dim + d] / n;
  const cov = new Float64Array(dim * dim);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < dim; a++) {
      const da = codes[i * dim + a] - mean[a];
      for (let b = 0; b < dim; b++) cov[a * dim + b] += (da * (codes[i * dim + b] - mean[b])) / n;
    }
  }
  const components: Float64Array[] = [];
  /** Removes the components already found (deflation), then normalises; null if nothing is left. */
  const orthonormal = (v: Float64Array): Float64Array | null => {
    const out = Float64Array.from(v);
    for (const u of components) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += out[d] * u[d];
      for (let d = 0; d < dim; d++) out[d] -= dot * u[d];
    }
    const norm = Math.hypot(...out);
    return norm < 1e-9 ? null : out.map((value) => value / norm);
  };
  for (let k = 0; k < 2; k++) {
    // A fixed start with a share of every axis; a unit axis if that is used up.
    let v = orthonormal(new Float64Array(dim).map((_, d) => 1 / Math.sqrt(dim + d))) ?? orthonormal(new Float64Array(dim).map((_, d) => (d === k ? 1 : 0)))!;
    for (let it = 0; it < POWER_ITERATIONS; it++) {
      const next = new Float64Array(dim);
      for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) next[a] += cov[a * dim + b] * v[b];
      const unit = orthonormal(next);
      // No variance left outside the earlier components: any orthogonal direction will do.
      if (!unit) break;
      v = unit;
    }
    components.push(v);
  }
  for (let i = 0; i < n; i++) {
    let px = 0;
    let py = 0;
    for (let d = 0; d < dim; d++) {
      const c = codes[i * dim + d] - mean[d];
      px += c * components[0][d];
      py += c * components[1][d];
    }
    x[i] = px;
    y[i] = py;
  }
  return { x, y };
}
