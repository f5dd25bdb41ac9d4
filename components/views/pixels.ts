/**
 * Writes images into RGBA pixel buffers through colour tables. Pure (no DOM),
 * so it is tested in Node; imageCanvas.ts and the CycleGAN view put the
 * buffers on canvases.
 *
 * Why tables: a grid of 64 digits is 50,000 pixels, redrawn four times a
 * second on the page's main thread. Computing each pixel's colour as a new
 * [r, g, b] array made a garbage array per pixel, and the CycleGAN view's
 * frames that drew its two grids took 16 ms of script; through tables the
 * whole task is under 10 ms, and both DCGAN grids take ~1.4 ms a payload.
 */

export type Rgb = readonly [number, number, number];

/** A colour ramp sampled at `levels` points, for values from `lo` to `hi`. */
export interface Tone {
  table: Uint8Array;
  lo: number;
  hi: number;
}

/** Samples `colour` (of t in [0, 1]) at `levels` evenly spaced points. */
export function rampTable(colour: (t: number) => Rgb, levels = 256): Uint8Array {
  const table = new Uint8Array(levels * 3);
  for (let i = 0; i < levels; i++) {
    const [r, g, b] = colour(levels > 1 ? i / (levels - 1) : 0);
    table[3 * i] = Math.round(r);
    table[3 * i + 1] = Math.round(g);
    table[3 * i + 2] = Math.round(b);
  }
  return table;
}

/** Paper (white) to ink (near black). */
export const INK_TABLE = rampTable((t) => [255 * (1 - t), 255 * (1 - t), 255 * (1 - t)]);
/** Blue (t = 0, most negative) through white (t = 0.5) to orange (t = 1, most positive). */
export const SIGNED_TABLE = rampTable((t) => {
  const s = Math.abs(2 * t - 1);
  return t >= 0.5 ? [255 - 25 * s, 255 - 140 * s, 255 - 230 * s] : [255 - 225 * s, 255 - 155 * s, 255 - 60 * s];
}, 511);
/** Pale to dark, for magnitudes. */
export const HEAT_TABLE = rampTable((t) => [255 - 200 * t, 250 - 190 * t, 240 - 120 * t]);
/** White to deep red, for errors in [0, 1]. */
export const ERROR_TABLE = rampTable((t) => [255 - 75 * t, 255 - 235 * t, 255 - 225 * t]);

/** The gaps between tiles: a neutral grey, so white paper reads as separate tiles. */
export const GAP_RGB: Rgb = [200, 204, 212];

/** Sets every pixel of an RGBA buffer to one opaque colour. */
export function fillRgba(px: Uint8ClampedArray, [r, g, b]: Rgb): void {
  for (let i = 0; i < px.length; i += 4) {
    px[i] = r;
    px[i + 1] = g;
    px[i + 2] = b;
    px[i + 3] = 255;
  }
}

/**
 * Writes one side×side image (data[offset…], row-major) at (ox, oy) of an
 * RGBA buffer `width` pixels wide. Values outside [lo, hi] take the end
 * colours; a non-finite value takes the `lo` colour.
 */
export function writeTile(
  px: Uint8ClampedArray,
  width: number,
  ox: number,
  oy: number,
  data: ArrayLike<number>,
  offset: number,
  side: number,
  tone: Tone,
): void {
  const { table, lo, hi } = tone;
  const top = table.length / 3 - 1;
  const scale = hi > lo ? top / (hi - lo) : 0;
  for (let y = 0; y < side; y++) {
    let o = ((oy + y) * width + ox) * 4;
    let i = offset + y * side;
    for (let x = 0; x < side; x++, o += 4, i++) {
      let k = Math.round((data[i] - lo) * scale);
      // `!(k > 0)` also catches NaN.
      if (!(k > 0)) k = 0;
      else if (k > top) k = top;
      px[o] = table[3 * k];
      px[o + 1] = table[3 * k + 1];
      px[o + 2] = table[3 * k + 2];
    }
  }
}

/** Smallest and largest finite value (0 and 1 when there is none). */
export function finiteRange(data: ArrayLike<number>): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? { lo, hi } : { lo: 0, hi: 1 };
}
