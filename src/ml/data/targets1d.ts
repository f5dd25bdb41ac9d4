/**
 * The real data of the 1-D GAN cells: a Gaussian, or two separated bumps
 * whose mean is the same μ (so a generator that sits between the bumps has
 * the right mean and the wrong shape). Densities are exact, so the views draw
 * p_data and D* = p_data / (p_data + p_g) without estimating p_data.
 */
import type { Rng } from '../random';

export type Target1dShape = 'gaussian' | 'two-bumps';
export const TARGET_1D_SHAPES: readonly Target1dShape[] = ['gaussian', 'two-bumps'];

export interface Target1d {
  shape: Target1dShape;
  /** μ: the mean of the distribution (the midpoint of the two bumps). */
  mean: number;
  /** σ: the spread; for two bumps it scales their distance and width. */
  std: number;
}

/** Bump centres sit at μ ± BUMP_OFFSET·σ: four bump widths apart, clearly two modes. */
export const BUMP_OFFSET = 2;
/** Each bump's standard deviation is BUMP_WIDTH·σ. */
export const BUMP_WIDTH = 0.5;

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

function normalPdf(x: number, mean: number, std: number): number {
  const z = (x - mean) / std;
  return (INV_SQRT_2PI / std) * Math.exp(-0.5 * z * z);
}

/** p_data(x), exact. */
export function targetDensity1d(target: Target1d, x: number): number {
  if (target.shape === 'gaussian') return normalPdf(x, target.mean, target.std);
  const offset = BUMP_OFFSET * target.std;
  const width = BUMP_WIDTH * target.std;
  return 0.5 * normalPdf(x, target.mean - offset, width) + 0.5 * normalPdf(x, target.mean + offset, width);
}

/** p_data on every point of `grid`. */
export function targetDensityOnGrid(target: Target1d, grid: Float32Array): Float32Array {
  const out = new Float32Array(grid.length);
  for (let i = 0; i < grid.length; i++) out[i] = targetDensity1d(target, grid[i]);
  return out;
}

/** The true standard deviation of the target (for two bumps, not σ itself). */
export function targetStd1d(target: Target1d): number {
  if (target.shape === 'gaussian') return target.std;
  return target.std * Math.sqrt(BUMP_OFFSET * BUMP_OFFSET + BUMP_WIDTH * BUMP_WIDTH);
}

/** n samples of the target, drawn from the seeded Rng. */
export function sampleTarget1d(target: Target1d, rng: Rng, n: number): Float32Array {
  const out = new Float32Array(n);
  if (target.shape === 'gaussian') {
    for (let i = 0; i < n; i++) out[i] = target.mean + target.std * rng.normal();
    return out;
  }
  const offset = BUMP_OFFSET * target.std;
  const width = BUMP_WIDTH * target.std;
  for (let i = 0; i < n; i++) {
    const centre = rng.next() < 0.5 ? target.mean - offset : target.mean + offset;
    out[i] = centre + width * rng.normal();
  }
  return out;
}

/** n evenly spaced points from lo to hi inclusive. */
export function linspace(lo: number, hi: number, n: number): Float32Array {
  const out = new Float32Array(n);
  const step = (hi - lo) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = lo + i * step;
  return out;
}
