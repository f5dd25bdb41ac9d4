/**
 * Output sizes of convolution, pooling and transposed convolution along one
 * spatial axis, as derived in Dumoulin & Visin 2016, "A guide to convolution
 * arithmetic for deep learning", arXiv:1603.07285 (relationships 6 and 12).
 * Pure functions: the CNN-blocks cell shows them live and the tests check
 * them against tfjs's own shapes.
 */
import { SentenceError, sentence } from '../../i18n/sentence';

/**
 * Convolution (and pooling) with input n, kernel k, stride s, zero padding p
 * on each side:
 *
 * $$o = \left\lfloor \frac{n + 2p - k}{s} \right\rfloor + 1$$
 *
 * Returns 0 when the padded input is smaller than the kernel (no valid position).
 */
export function convOutputSize(n: number, k: number, s: number, p: number): number {
  assertSizes(n, k, s, p);
  const span = n + 2 * p - k;
  return span < 0 ? 0 : Math.floor(span / s) + 1;
}

/**
 * Transposed convolution ("up-convolution"), the shape-inverse of a
 * convolution with the same k, s, p:
 *
 * $$o = (n - 1)\,s - 2p + k$$
 *
 * A convolution with (k, s, p) maps an input of this size back to n.
 * Returns 0 when the cropping 2p eats the whole output.
 */
export function transposedConvOutputSize(n: number, k: number, s: number, p: number): number {
  assertSizes(n, k, s, p);
  return Math.max(0, (n - 1) * s - 2 * p + k);
}

/** Pooling is a convolution without weights: window k, stride s, no padding. */
export function poolOutputSize(n: number, k: number, s: number): number {
  return convOutputSize(n, k, s, 0);
}

/**
 * Whether a transposed convolution overlaps unevenly: when k is not
 * divisible by s, some outputs receive more kernel taps than their
 * neighbours, and the image shows a checkerboard (Odena, Dumoulin & Olah
 * 2016, "Deconvolution and Checkerboard Artifacts", Distill,
 * doi:10.23915/distill.00003).
 */
export function hasUnevenOverlap(k: number, s: number): boolean {
  return k % s !== 0;
}

function assertSizes(n: number, k: number, s: number, p: number): void {
  if (!(Number.isInteger(n) && n >= 1)) throw new SentenceError(sentence('Input size must be a whole number ≥ 1, got {n}.', { n }));
  if (!(Number.isInteger(k) && k >= 1)) throw new SentenceError(sentence('Kernel size must be a whole number ≥ 1, got {k}.', { k }));
  if (!(Number.isInteger(s) && s >= 1)) throw new SentenceError(sentence('Stride must be a whole number ≥ 1, got {s}.', { s }));
  if (!(Number.isInteger(p) && p >= 0)) throw new SentenceError(sentence('Padding must be a whole number ≥ 0, got {p}.', { p }));
}
