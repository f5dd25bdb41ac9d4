import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DIGITS_ASSET_PATH,
  DIGITS_HEADER_BYTES,
  DigitBatchSampler,
  type DigitSet,
  digitImages,
  digitLabels,
  loadDigits,
  parseDigits,
  splitIndices,
} from '../../src/ml/data/digits';

const assetBytes = (): ArrayBuffer => {
  const buf = readFileSync(resolve(__dirname, '../../public', DIGITS_ASSET_PATH));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
};

describe('digits asset', () => {
  let set: DigitSet;
  beforeAll(async () => {
    set = await parseDigits(assetBytes());
  });

  it('holds 10,000 28x28 digits split 8,000 / 2,000', () => {
    expect(set.count).toBe(10_000);
    expect([set.rows, set.cols]).toEqual([28, 28]);
    expect(set.pixels.length).toBe(10_000 * 784);
    expect(set.train.length).toBe(8_000);
    expect(set.heldOut.length).toBe(2_000);
  });

  it('loads through a TrainerContext as the worker does', async () => {
    const viaContext = await loadDigits({ loadAsset: async () => assetBytes() });
    expect(viaContext.count).toBe(10_000);
    expect(Array.from(viaContext.labels.subarray(0, 50))).toEqual(Array.from(set.labels.subarray(0, 50)));
  });

  it('the splits are disjoint and cover every image', () => {
    const seen = new Set<number>([...set.train, ...set.heldOut]);
    expect(seen.size).toBe(10_000);
  });

  it('each split is stratified: every class is 8-13% of it, as in the source data', () => {
    for (const split of ['train', 'heldOut'] as const) {
      const idx = splitIndices(set, split);
      const counts = new Array(10).fill(0);
      for (const label of digitLabels(set, idx)) counts[label]++;
      for (const c of counts) {
        expect(c / idx.length).toBeGreaterThan(0.08);
        expect(c / idx.length).toBeLessThan(0.13);
      }
    }
  });

  it('the split is fixed by the file: first train labels pinned', () => {
    // Guards against a rebuild with another seed silently changing the split.
    expect(Array.from(digitLabels(set, set.train.subarray(0, 12)))).toEqual([9, 9, 6, 7, 5, 7, 0, 6, 6, 3, 8, 2]);
  });

  it('images come out in the requested pixel range', () => {
    const idx = set.heldOut.subarray(0, 16);
    const tanh = digitImages(set, idx, 'tanh');
    const sigmoid = digitImages(set, idx, 'sigmoid');
    expect(tanh.length).toBe(16 * 784);
    expect(Math.min(...tanh)).toBe(-1);
    expect(Math.max(...tanh)).toBeCloseTo(1, 5);
    expect(Math.min(...sigmoid)).toBe(0);
    expect(Math.max(...sigmoid)).toBeCloseTo(1, 5);
    // Same pixel in both ranges: tanh = 2 * sigmoid - 1.
    for (let i = 0; i < tanh.length; i += 97) expect(tanh[i]).toBeCloseTo(2 * sigmoid[i] - 1, 5);
    // Digits are mostly background with some ink.
    const ink = sigmoid.filter((v) => v > 0.5).length / sigmoid.length;
    expect(ink).toBeGreaterThan(0.05);
    expect(ink).toBeLessThan(0.35);
  });

  it('the sampler is seeded, stays in its split and visits each image once per epoch', () => {
    const a = new DigitBatchSampler(set, 'train', 7);
    const b = new DigitBatchSampler(set, 'train', 7);
    const c = new DigitBatchSampler(set, 'train', 8);
    const first = a.nextIndices(64);
    expect(Array.from(b.nextIndices(64))).toEqual(Array.from(first));
    expect(Array.from(c.nextIndices(64))).not.toEqual(Array.from(first));
    const epoch = new Set<number>(first);
    for (let i = 0; i < 124; i++) a.nextIndices(64).forEach((j) => epoch.add(j)); // 125 * 64 = 8000
    expect(epoch.size).toBe(8_000);
    const heldOut = new Set<number>(set.heldOut);
    for (const j of epoch) expect(heldOut.has(j)).toBe(false);
    const batch = new DigitBatchSampler(set, 'heldOut', 1).next(8, 'tanh');
    expect(batch.images.length).toBe(8 * 784);
    expect(batch.labels.length).toBe(8);
  });
});

describe('a damaged digits file is refused clearly', () => {
  it('refuses a truncated file', async () => {
    const bytes = assetBytes();
    await expect(parseDigits(bytes.slice(0, bytes.byteLength - 100))).rejects.toThrow(/truncated/);
    await expect(parseDigits(bytes.slice(0, 10))).rejects.toThrow(/too short/);
  });

  it('refuses a file that is not a digits file', async () => {
    const text = new TextEncoder().encode('<!doctype html><html><body>Not found</body></html>');
    await expect(parseDigits(text.buffer as ArrayBuffer)).rejects.toThrow(/not a digits file/);
  });

  it('refuses another format version', async () => {
    const bytes = assetBytes();
    new DataView(bytes).setUint32(4, 99, true);
    await expect(parseDigits(bytes)).rejects.toThrow(/version 99/);
  });

  it('refuses corrupted compressed data', async () => {
    const bytes = assetBytes();
    const view = new Uint8Array(bytes);
    for (let i = DIGITS_HEADER_BYTES + 5000; i < DIGITS_HEADER_BYTES + 5100; i++) view[i] ^= 0xff;
    await expect(parseDigits(bytes)).rejects.toThrow(/corrupted/);
  });
});
