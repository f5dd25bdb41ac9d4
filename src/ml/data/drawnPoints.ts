/**
 * Real data the learner draws on the 2-D cell's chart (issue #21, item 5; GAN
 * Lab lets you draw the distribution too). The points cross from the page to
 * the worker, so both sides check them here: a finite x, y pair each, inside
 * the plotted square, and not too many. Sampling picks a drawn point and adds
 * a little Gaussian noise, so the real distribution is a smooth density
 * around what was drawn rather than a few exact spikes. No tfjs, no DOM.
 */
import { sentence, type Sentence } from '../../i18n/sentence';
import type { Rng } from '../random';
import { TARGET_2D_DOMAIN } from './targets2d';

/** More points than this add nothing a learner can see and cost every batch. */
export const MAX_DRAWN_POINTS = 500;
/** Standard deviation of the noise around each drawn point (the plane spans 6). */
export const DRAWN_JITTER = 0.05;

export type DrawnCheck = { ok: true; points: Float32Array } | { ok: false; message: Sentence };

/** Checks points (interleaved x, y) from the page; copies them into a fresh array. */
export function checkDrawnPoints(raw: unknown): DrawnCheck {
  if (!(raw instanceof Float32Array) && !Array.isArray(raw)) {
    return { ok: false, message: sentence('The drawn points were not a list of numbers.') };
  }
  const values = Array.from(raw as ArrayLike<unknown>);
  const count = values.length / 2;
  if (values.length === 0 || values.length % 2 !== 0) {
    return { ok: false, message: sentence('Drawn points come in x, y pairs, and at least one is needed.') };
  }
  if (count > MAX_DRAWN_POINTS) {
    return { ok: false, message: sentence('At most {max} points can be drawn; these were {count}.', { max: MAX_DRAWN_POINTS, count }) };
  }
  const { lo, hi } = TARGET_2D_DOMAIN;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
      return { ok: false, message: sentence('Drawn points must lie on the chart, between {lo} and {hi} on both axes.', { lo, hi }) };
    }
  }
  return { ok: true, points: Float32Array.from(values as number[]) };
}

/** n samples (interleaved x, y) around the drawn points, each point equally likely. */
export function sampleDrawn(points: Float32Array, rng: Rng, n: number): Float32Array {
  const count = points.length / 2;
  const out = new Float32Array(2 * n); // [n, 2]
  for (let i = 0; i < n; i++) {
    const k = Math.min(count - 1, Math.floor(rng.next() * count));
    out[2 * i] = points[2 * k] + DRAWN_JITTER * rng.normal();
    out[2 * i + 1] = points[2 * k + 1] + DRAWN_JITTER * rng.normal();
  }
  return out;
}
