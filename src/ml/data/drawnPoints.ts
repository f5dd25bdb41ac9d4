/**
 * Real data the learner draws on the 2-D cell's chart (issue #21, item 5; GAN
 * Lab lets you draw the distribution too). The points cross from the page to
 * the worker, so both sides check them here: a finite x, y pair each, inside
 * the plotted square, and not too many. Sampling picks a drawn point and adds
 * a little Gaussian noise, so the real distribution is a smooth density
 * around what was drawn rather than a few exact spikes. A shared link
 * carries the points in a short text (encodeDrawnPoints). No tfjs, no DOM.
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

/** A link's points are rounded to this step (data units; the jitter around each is five times larger). */
const LINK_STEP = 0.01;
/** Each coordinate in a link: two base-36 digits of its steps above the chart's low edge (0 … 600). */
const LINK_DIGITS = 2;
/** The text starts with the number of points in this many base-36 digits, so a cut-off link is caught. */
const COUNT_DIGITS = 2;
/** Base 36 ignores case; a link retyped in capitals still reads. */
const LINK_TEXT = /^[0-9a-z]*$/i;

const base36 = (n: number, digits: number) => n.toString(36).padStart(digits, '0');

/** Points rounded to the link's step, so a learner and whoever opens their link train on the same data. */
export function quantizeDrawnPoints(points: Float32Array): Float32Array {
  // `+ 0` turns −0 into 0, as decoding gives it.
  return points.map((v) => Math.round(v / LINK_STEP) * LINK_STEP + 0);
}

/** The points as link text: their count, then four characters a point (500 points in 2,002). */
export function encodeDrawnPoints(points: ArrayLike<number>): string {
  const { lo } = TARGET_2D_DOMAIN;
  const coordinates = Array.from(points, (v) => base36(Math.round((v - lo) / LINK_STEP), LINK_DIGITS));
  return base36(points.length / 2, COUNT_DIGITS) + coordinates.join('');
}

/** Points from a link's text, checked as drawn points are; a message says what is wrong with text that is not ours. */
export function decodeDrawnPoints(text: string): DrawnCheck {
  const { lo, hi } = TARGET_2D_DOMAIN;
  const perPoint = 2 * LINK_DIGITS;
  if (text.length > COUNT_DIGITS + perPoint * MAX_DRAWN_POINTS) {
    return { ok: false, message: sentence('The link carries more than {max} drawn points. The shape chosen under Real data is used instead.', { max: MAX_DRAWN_POINTS }) };
  }
  const body = text.slice(COUNT_DIGITS);
  const damaged = { ok: false, message: sentence('The drawn points in the link are damaged (cut short, or not the course’s letters and digits). The shape chosen under Real data is used instead.') } as const;
  if (!LINK_TEXT.test(text) || body.length === 0 || body.length % perPoint !== 0) return damaged;
  if (parseInt(text.slice(0, COUNT_DIGITS), 36) * perPoint !== body.length) return damaged;
  const values: number[] = [];
  for (let i = 0; i < body.length; i += LINK_DIGITS) {
    // Rounding back to the step keeps 3.00 from becoming 3.0000000000000004, just off the chart.
    values.push(Math.round(lo / LINK_STEP + parseInt(body.slice(i, i + LINK_DIGITS), 36)) * LINK_STEP);
  }
  const checked = checkDrawnPoints(values);
  if (!checked.ok) return { ok: false, message: sentence('The drawn points in the link must lie on the chart, between {lo} and {hi} on both axes. The shape chosen under Real data is used instead.', { lo, hi }) };
  return checked;
}
