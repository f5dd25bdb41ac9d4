/**
 * The colour-table pixel writer behind every image grid: colours checked
 * against values worked out by hand from each ramp's formula.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_TABLE, fillRgba, finiteRange, GAP_RGB, INK_TABLE, SIGNED_TABLE, writeTile, type Tone } from '../../components/views/pixels';

/** RGB of pixel (x, y) of an RGBA buffer `width` wide. */
const rgbAt = (px: Uint8ClampedArray, width: number, x: number, y: number) => Array.from(px.slice((y * width + x) * 4, (y * width + x) * 4 + 3));

describe('writeTile', () => {
  const ink: Tone = { table: INK_TABLE, lo: 0, hi: 1 };

  it('maps 0 to white paper, 1 to black ink, 0.5 to the middle grey, clamping outside [lo, hi] and NaN to lo', () => {
    const px = new Uint8ClampedArray(3 * 2 * 4);
    // A 2×2 tile at (1, 0) of a 3-pixel-wide buffer.
    writeTile(px, 3, 1, 0, [0, 1, 0.5, 7], 0, 2, ink);
    expect(rgbAt(px, 3, 1, 0)).toEqual([255, 255, 255]);
    expect(rgbAt(px, 3, 2, 0)).toEqual([0, 0, 0]);
    // round(0.5·255) = 128 levels of ink: 255 − 128 = 127.
    expect(rgbAt(px, 3, 1, 1)).toEqual([127, 127, 127]);
    expect(rgbAt(px, 3, 2, 1)).toEqual([0, 0, 0]);
    // Column 0 is outside the tile: untouched.
    expect(rgbAt(px, 3, 0, 0)).toEqual([0, 0, 0]);
    writeTile(px, 3, 1, 0, [NaN, -3, 0, 0], 0, 2, ink);
    expect(rgbAt(px, 3, 1, 0)).toEqual([255, 255, 255]);
    expect(rgbAt(px, 3, 2, 0)).toEqual([255, 255, 255]);
  });

  it('reads the tile from an offset into the data (the n-th image of a batch)', () => {
    const px = new Uint8ClampedArray(1 * 4);
    writeTile(px, 1, 0, 0, [0, 0, 1], 2, 1, ink);
    expect(rgbAt(px, 1, 0, 0)).toEqual([0, 0, 0]);
  });

  it('signed: white at zero, full orange at +max, full blue at −max', () => {
    const px = new Uint8ClampedArray(3 * 4);
    writeTile(px, 3, 0, 0, [-2], 0, 1, { table: SIGNED_TABLE, lo: -2, hi: 2 });
    writeTile(px, 3, 1, 0, [0], 0, 1, { table: SIGNED_TABLE, lo: -2, hi: 2 });
    writeTile(px, 3, 2, 0, [2], 0, 1, { table: SIGNED_TABLE, lo: -2, hi: 2 });
    expect(rgbAt(px, 3, 0, 0)).toEqual([30, 100, 195]);
    expect(rgbAt(px, 3, 1, 0)).toEqual([255, 255, 255]);
    expect(rgbAt(px, 3, 2, 0)).toEqual([230, 115, 25]);
  });

  it('error ramp: 0 white, 1 deep red', () => {
    expect(Array.from(ERROR_TABLE.slice(0, 3))).toEqual([255, 255, 255]);
    expect(Array.from(ERROR_TABLE.slice(255 * 3, 256 * 3))).toEqual([180, 20, 30]);
  });
});

describe('fillRgba and finiteRange', () => {
  it('fills every pixel opaque', () => {
    const px = new Uint8ClampedArray(2 * 4);
    fillRgba(px, GAP_RGB);
    expect(Array.from(px)).toEqual([200, 204, 212, 255, 200, 204, 212, 255]);
  });

  it('ignores NaN and falls back to 0..1 when nothing is finite', () => {
    expect(finiteRange([3, NaN, -1])).toEqual({ lo: -1, hi: 3 });
    expect(finiteRange([NaN, NaN])).toEqual({ lo: 0, hi: 1 });
    expect(finiteRange([Infinity])).toEqual({ lo: 0, hi: 1 });
  });
});
