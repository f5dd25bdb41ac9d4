/**
 * A stripe detector with no training: the energy of an image's ink at the
 * one spatial frequency of the course's stripes (period 4 along r + c,
 * src/ml/data/stripes.ts), from a single Fourier coefficient.
 *
 * Group the ink by k = (r + c) mod 4 into sums A_0..A_3. The Fourier
 * coefficient at that frequency is  Σ ink·e^{-iπ(r+c)/2} = (A_0 − A_2) + i(A_3 − A_1),
 * and its magnitude over the total ink is the score: about 0 for smooth
 * strokes, (1 − d)/(√2 (1 + d)) ≈ 0.47 for ink dimmed to d = 0.2 in every
 * other pair of diagonals, whatever the stripes' phase.
 */
import { DIGIT_SIDE, STRIPE_DIM, STRIPE_PERIOD } from '../data/stripes';

const PIXELS = DIGIT_SIDE * DIGIT_SIDE;
/** Score of a perfectly striped image: (1 − d)/(√2 (1 + d)). */
export const FULL_STRIPE_SCORE = (1 - STRIPE_DIM) / (Math.SQRT2 * (1 + STRIPE_DIM));
/**
 * Above this an image counts as striped: half the full score, so stripes at
 * half the contrast still count and plain digits (scores ~0.03) never do.
 */
export const STRIPED_THRESHOLD = FULL_STRIPE_SCORE / 2;
/** Images with less total ink than this (in pixels of full ink) are blank: not striped. */
const MIN_INK = 5;

/** Stripe scores of tanh-range images [n, 784]; returns [n]. */
export function stripeScores(images: Float32Array): Float32Array {
  const n = Math.floor(images.length / PIXELS);
  const out = new Float32Array(n);
  const sums = new Float64Array(STRIPE_PERIOD);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let p = 0; p < PIXELS; p++) {
      const ink = Math.min(1, Math.max(0, (images[i * PIXELS + p] + 1) / 2));
      const r = Math.floor(p / DIGIT_SIDE);
      const c = p % DIGIT_SIDE;
      sums[(r + c) % STRIPE_PERIOD] += ink;
    }
    const total = sums[0] + sums[1] + sums[2] + sums[3];
    out[i] = total < MIN_INK ? 0 : Math.hypot(sums[0] - sums[2], sums[3] - sums[1]) / total;
  }
  return out;
}

/** Share (0..1) of images whose stripe score is above the threshold. */
export function stripedShare(images: Float32Array): number {
  const scores = stripeScores(images);
  if (scores.length === 0) return NaN;
  let striped = 0;
  for (const s of scores) if (s > STRIPED_THRESHOLD) striped++;
  return striped / scores.length;
}
