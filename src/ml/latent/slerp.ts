/**
 * Paths between latent vectors. White 2016 ("Sampling Generative Networks",
 * arXiv:1609.04468) points out that a straight line between two N(0, I)
 * draws in d dimensions passes far inside the shell of radius ≈ √d where
 * almost all of the prior's mass lies (the midpoint has norm ≈ √(d/2)), so
 * the generator is asked about vectors it never saw; the spherical
 * interpolation below follows the great circle instead:
 *
 *   \mathrm{slerp}(a, b; t) = \frac{\sin((1-t)\Omega)}{\sin\Omega} a + \frac{\sin(t\Omega)}{\sin\Omega} b,
 *   \quad \cos\Omega = \frac{a \cdot b}{\lVert a\rVert \lVert b\rVert}
 *
 * Plain arrays, no tfjs.
 */

/** Below this sin Ω the two directions are (anti)parallel and slerp's formula divides by ~0. */
const PARALLEL_EPSILON = 1e-6;

export type LatentPath = 'slerp' | 'lerp';
export const LATENT_PATHS: readonly LatentPath[] = ['slerp', 'lerp'];

export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** (1 − t) a + t b. */
export function lerp(a: ArrayLike<number>, b: ArrayLike<number>, t: number): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (1 - t) * a[i] + t * b[i];
  return out;
}

/** Spherical interpolation; falls back to lerp when a and b are parallel (or one is zero). */
export function slerp(a: ArrayLike<number>, b: ArrayLike<number>, t: number): Float32Array {
  if (a.length !== b.length) throw new Error(`slerp needs vectors of one length, got ${a.length} and ${b.length}.`);
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return lerp(a, b, t);
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  const omega = Math.acos(Math.min(1, Math.max(-1, dot / (na * nb))));
  const sinOmega = Math.sin(omega);
  if (sinOmega < PARALLEL_EPSILON) return lerp(a, b, t);
  const wa = Math.sin((1 - t) * omega) / sinOmega;
  const wb = Math.sin(t * omega) / sinOmega;
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = wa * a[i] + wb * b[i];
  return out;
}

/** The point at t on the chosen path. */
export function interpolate(path: LatentPath, a: ArrayLike<number>, b: ArrayLike<number>, t: number): Float32Array {
  return path === 'slerp' ? slerp(a, b, t) : lerp(a, b, t);
}

/** `count` evenly spaced points from a (t = 0) to b (t = 1), back to back in one array. */
export function interpolationFrames(path: LatentPath, a: ArrayLike<number>, b: ArrayLike<number>, count: number): Float32Array {
  const out = new Float32Array(count * a.length);
  for (let k = 0; k < count; k++) out.set(interpolate(path, a, b, count === 1 ? 0 : k / (count - 1)), k * a.length);
  return out;
}
