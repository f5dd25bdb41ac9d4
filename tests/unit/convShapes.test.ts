/**
 * The CNN-blocks cell's formulas and plain-TypeScript ops (src/ml/conv)
 * against tfjs's own shapes and values, over a grid of (n, k, s, p).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { convOutputSize, hasUnevenOverlap, poolOutputSize, transposedConvOutputSize } from '../../src/ml/conv/outputSize';
import { convolve, interiorUnevenness, overlapCounts, pool, transposedConvolve } from '../../src/ml/conv/singleChannel';
import { filterWeights, NAMED_FILTERS } from '../../src/ml/conv/filters';
import { Rng } from '../../src/ml/random';
import { cnnBlocksCell } from '../../src/cells/cnnBlocks';
import { defaultsFor } from '../../src/cells/define';
import { CnnBlocksTrainer, runCnnBlocks } from '../../src/ml/trainers/cnnBlocks';
import { useBackend } from './helpers/backend';

beforeAll(async () => {
  await useBackend('cpu');
});

const SIZES = [5, 7, 14, 28];
const KERNELS = [1, 2, 3, 4, 5];
const STRIDES = [1, 2, 3];
const PADS = [0, 1, 2];

function randomPlane(rng: Rng, size: number) {
  return { size, data: rng.normalArray(size * size) };
}

const round = (x: number): number => Number(x.toFixed(4));

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('convolution output size floor((n + 2p - k)/s) + 1', () => {
  it('matches hand-computed cases', () => {
    expect(convOutputSize(28, 3, 1, 0)).toBe(26);
    expect(convOutputSize(28, 3, 1, 1)).toBe(28); // padding 1 keeps the size
    expect(convOutputSize(28, 3, 2, 1)).toBe(14);
    expect(convOutputSize(28, 5, 3, 0)).toBe(8);
    expect(poolOutputSize(28, 2, 2)).toBe(14);
    expect(poolOutputSize(7, 2, 2)).toBe(3);
  });

  it('agrees with tf.conv2d shapes and values over a grid of (n, k, s, p)', () => {
    const rng = new Rng(3);
    let checked = 0;
    for (const n of SIZES) for (const k of KERNELS) for (const s of STRIDES) for (const p of PADS) {
      if (n + 2 * p < k) continue;
      const x = randomPlane(rng, n);
      const w = rng.normalArray(k * k);
      const ours = convolve(x, w, k, s, p);
      const theirs = tf.tidy(() =>
        tf.conv2d(tf.tensor4d(x.data, [1, n, n, 1]), tf.tensor4d(w, [k, k, 1, 1]), s, [[0, 0], [p, p], [p, p], [0, 0]]),
      );
      expect(theirs.shape, `n=${n} k=${k} s=${s} p=${p}`).toEqual([1, convOutputSize(n, k, s, p), convOutputSize(n, k, s, p), 1]);
      expect(ours.size).toBe(theirs.shape[1]);
      expect(maxAbsDiff(ours.data, theirs.dataSync() as Float32Array)).toBeLessThan(1e-4);
      theirs.dispose();
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('max and average pooling agree with tf.maxPool and tf.avgPool', () => {
    const rng = new Rng(4);
    for (const n of [6, 7, 28]) for (const k of [2, 3]) {
      const x = randomPlane(rng, n);
      for (const mode of ['max', 'average'] as const) {
        const ours = pool(x, k, k, mode);
        const theirs = tf.tidy(() => {
          const t = tf.tensor4d(x.data, [1, n, n, 1]);
          return mode === 'max' ? tf.maxPool(t, k, k, 'valid') : tf.avgPool(t, k, k, 'valid');
        });
        expect(ours.size).toBe(theirs.shape[1]);
        expect(maxAbsDiff(ours.data, theirs.dataSync() as Float32Array)).toBeLessThan(1e-5);
        theirs.dispose();
      }
    }
  });
});

describe('transposed convolution output size (n - 1)s - 2p + k', () => {
  it('matches hand-computed cases, including the DCGAN upsampling 7 -> 14 -> 28', () => {
    expect(transposedConvOutputSize(7, 4, 2, 1)).toBe(14);
    expect(transposedConvOutputSize(14, 4, 2, 1)).toBe(28);
    expect(transposedConvOutputSize(3, 3, 2, 0)).toBe(7);
    expect(transposedConvOutputSize(1, 2, 2, 1)).toBe(0);
  });

  it('a convolution with the same (k, s, p) maps the transposed output size back to n', () => {
    for (const n of SIZES) for (const k of KERNELS) for (const s of STRIDES) for (const p of PADS) {
      const m = transposedConvOutputSize(n, k, s, p);
      if (m < 1) continue;
      expect(convOutputSize(m, k, s, p), `n=${n} k=${k} s=${s} p=${p}`).toBe(n);
    }
  });

  it('agrees with tf.conv2dTranspose values over a grid of (n, k, s, p)', () => {
    const rng = new Rng(5);
    let checked = 0;
    for (const n of [2, 5, 7]) for (const k of KERNELS) for (const s of STRIDES) for (const p of PADS) {
      const m = transposedConvOutputSize(n, k, s, p);
      // tfjs needs the padded input to fit a kernel; below that the shape is degenerate.
      if (m < 1 || m + 2 * p < k) continue;
      const x = randomPlane(rng, n);
      const w = rng.normalArray(k * k);
      const ours = transposedConvolve(x, w, k, s, p);
      const theirs = tf.tidy(() => tf.conv2dTranspose(tf.tensor4d(x.data, [1, n, n, 1]), tf.tensor4d(w, [k, k, 1, 1]), [1, m, m, 1], s, p));
      expect(theirs.shape).toEqual([1, m, m, 1]);
      expect(ours.size).toBe(m);
      expect(maxAbsDiff(ours.data, theirs.dataSync() as Float32Array), `n=${n} k=${k} s=${s} p=${p}`).toBeLessThan(1e-4);
      theirs.dispose();
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('overlaps evenly exactly when k is divisible by s (the checkerboard rule)', () => {
    for (const k of KERNELS) for (const s of STRIDES) {
      if (k < s) continue; // gaps, not overlaps: a different artifact
      const uneven = interiorUnevenness(overlapCounts(7, k, s, 0), k);
      expect(uneven > 0, `k=${k} s=${s}`).toBe(hasUnevenOverlap(k, s));
    }
    // k = 3, s = 2: interior pixels alternate between 1 and 2 taps per axis, so 1, 2 or 4 in 2-D.
    expect(interiorUnevenness(overlapCounts(7, 3, 2, 0), 3)).toBe(3);
  });
});

describe('filters', () => {
  it('named filters have nine weights; edge and Sobel filters sum to zero', () => {
    for (const w of Object.values(NAMED_FILTERS)) expect(w.length).toBe(9);
    for (const id of ['edge', 'sobelX', 'sobelY'] as const) expect(NAMED_FILTERS[id].reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('a custom filter reads w0..w8 and refuses anything that is not a number', () => {
    const values = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`w${i}`, i]));
    expect(Array.from(filterWeights('custom', values))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => filterWeights('custom', { ...values, w4: 'x' })).toThrow(/w4/);
    expect(() => filterWeights('custom', { ...values, w8: Infinity })).toThrow(/w8/);
  });

  it('the edge filter gives zero on a flat image away from the border', () => {
    const flat = { size: 5, data: new Float32Array(25).fill(0.7) };
    const out = convolve(flat, filterWeights('edge', {}), 3, 1, 0);
    for (const v of out.data) expect(Math.abs(v)).toBeLessThan(1e-6);
  });
});

describe('the CNN-blocks cell', () => {
  const digit = new Float32Array(28 * 28);
  for (let r = 6; r < 22; r++) digit[r * 28 + 14] = 1; // a vertical stroke, a "1"
  const fakeDigits = {
    count: 1,
    rows: 28,
    cols: 28,
    labels: new Uint8Array([1]),
    pixels: Uint8Array.from(digit, (v) => v * 255),
    train: new Int32Array(0),
    heldOut: new Int32Array([0]),
  };

  it('reports sizes that follow the formulas as the settings change live', async () => {
    const trainer = new CnnBlocksTrainer(defaultsFor(cnnBlocksCell), fakeDigits);
    let m = await trainer.train(1);
    // Defaults: s 1, p 1 keeps 28; 2x2 max pooling halves it; up-conv k 3, s 2, p 0: 13·2 + 3 = 29.
    expect([m.outH, m.outW, m.poolH, m.upH]).toEqual([28, 28, 14, 29]);
    expect(m.checkerboard).toBeGreaterThan(0);
    expect(m.filterWeights).toBe(9);
    expect(m.denseWeights).toBe(784 * 28 * 28);
    trainer.setHyperparameters({ stride: 2, padding: 0, pool: 'none', upKernel: 4, upStride: 2, upPadding: 1 });
    m = await trainer.train(1);
    expect([m.outH, m.poolH, m.upH, m.checkerboard]).toEqual([13, 13, 26, 0]);
    const { arrays, values } = trainer.render();
    expect(arrays.conv.length).toBe(13 * 13);
    expect(arrays.upsampled.length).toBe(26 * 26);
    expect(values.upSize).toBe(26);
  });

  it('a vertical-stroke filter responds to a vertical stroke and a horizontal one does not', () => {
    const result = (filter: 'sobelX' | 'sobelY') =>
      runCnnBlocks(digit, 28, { ...defaultsFor(cnnBlocksCell), filter, pool: 'none' }).conv.data.reduce((s, v) => s + Math.abs(v), 0);
    // Each of the 16 ink pixels adds 1 + 2 + 1 = 4 to the column on either side, all of one sign: 2·16·4.
    expect(round(result('sobelX'))).toBe(128);
    // Sobel y only sees the two ends of the stroke.
    expect(result('sobelY')).toBeLessThan(128 / 4);
  });
});
