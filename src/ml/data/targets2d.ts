/**
 * The real data of the 2-D GAN cell, shapes in the spirit of GAN Lab
 * (Kahng et al. 2018, arXiv:1809.01587): a ring, a mixture of 8 Gaussians on a
 * circle (the mode-collapse benchmark of Metz et al. 2016, arXiv:1611.02163),
 * a line segment and two moons. Everything fits inside TARGET_2D_DOMAIN.
 */
import type { Rng } from '../random';

export type Target2dShape = 'ring' | 'mixture' | 'line' | 'moons';
export const TARGET_2D_SHAPES: readonly Target2dShape[] = ['ring', 'mixture', 'line', 'moons'];

/** Both axes of the plot and of the divergence histograms span [lo, hi]. */
export const TARGET_2D_DOMAIN = { lo: -3, hi: 3 } as const;

/** Ring and mixture radius: leaves a margin inside the domain for the generator's overshoot. */
const RADIUS = 2;
/** Thickness of the ring. */
const RING_NOISE = 0.1;
/** Number of mixture components and their spread (wider than Metz et al.'s 0.02 so a small MLP learns them in seconds). */
const MIXTURE_MODES = 8;
const MIXTURE_STD = 0.1;
/** The line runs between these two points. */
const LINE_FROM = [-2, -1.5] as const;
const LINE_TO = [2, 1.5] as const;
const LINE_NOISE = 0.05;
/** Moons as in scikit-learn's make_moons, scaled and centred on the origin. */
const MOONS_SCALE = 1.6;
const MOONS_NOISE = 0.08;

/** n samples as interleaved (x, y) pairs: out[2i], out[2i + 1]. */
export function sampleTarget2d(shape: Target2dShape, rng: Rng, n: number): Float32Array {
  const out = new Float32Array(2 * n); // [n, 2]
  for (let i = 0; i < n; i++) {
    let x: number;
    let y: number;
    switch (shape) {
      case 'ring': {
        const t = 2 * Math.PI * rng.next();
        const r = RADIUS + RING_NOISE * rng.normal();
        x = r * Math.cos(t);
        y = r * Math.sin(t);
        break;
      }
      case 'mixture': {
        const t = (2 * Math.PI * rng.int(MIXTURE_MODES)) / MIXTURE_MODES;
        x = RADIUS * Math.cos(t) + MIXTURE_STD * rng.normal();
        y = RADIUS * Math.sin(t) + MIXTURE_STD * rng.normal();
        break;
      }
      case 'line': {
        const u = rng.next();
        x = LINE_FROM[0] + u * (LINE_TO[0] - LINE_FROM[0]) + LINE_NOISE * rng.normal();
        y = LINE_FROM[1] + u * (LINE_TO[1] - LINE_FROM[1]) + LINE_NOISE * rng.normal();
        break;
      }
      case 'moons': {
        const t = Math.PI * rng.next();
        // Upper moon centred at (0, 0), lower at (1, 0.5) before centring.
        const upper = rng.next() < 0.5;
        const mx = upper ? Math.cos(t) : 1 - Math.cos(t);
        const my = upper ? Math.sin(t) : 0.5 - Math.sin(t);
        x = MOONS_SCALE * (mx - 0.5) + MOONS_NOISE * rng.normal();
        y = MOONS_SCALE * (my - 0.25) + MOONS_NOISE * rng.normal();
        break;
      }
    }
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
}

/** Cells per axis of the 2-D cells' D(x) heatmap (gan-2d, custom-loss). */
export const HEATMAP_SIZE = 32;

/** Centres of the heatmap cells over TARGET_2D_DOMAIN, [HEATMAP_SIZE², 2], row-major with y as the row (y ascending). */
export function heatmapPoints(): Float32Array {
  const { lo, hi } = TARGET_2D_DOMAIN;
  const cell = (hi - lo) / HEATMAP_SIZE;
  const out = new Float32Array(HEATMAP_SIZE * HEATMAP_SIZE * 2);
  for (let iy = 0; iy < HEATMAP_SIZE; iy++) {
    for (let ix = 0; ix < HEATMAP_SIZE; ix++) {
      const k = iy * HEATMAP_SIZE + ix;
      out[2 * k] = lo + (ix + 0.5) * cell;
      out[2 * k + 1] = lo + (iy + 0.5) * cell;
    }
  }
  return out;
}
