import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { DIGITS_ASSET_PATH, digitImages, parseDigits } from '../../src/ml/data/digits';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { Rng } from '../../src/ml/random';
import type { TrainerContext } from '../../src/ml/trainer';
import { useBackend } from './helpers/backend';
import {
  classHistogram,
  digitScoreReport,
  inceptionScore,
  marginalDistribution,
  meanTopConfidence,
  predictedClasses,
  scoreDigitImages,
  unsureSamples,
} from '../../src/ml/metrics/digitScore';

/** Reads the site's static files from public/, as the worker fetches them. */
const publicFiles: TrainerContext = {
  loadAsset: async (path) => {
    const buf = readFileSync(resolve(__dirname, '../../public', path));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  },
};

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

/** n one-hot rows of 10 classes, row i predicting classOf(i). */
function oneHots(n: number, classOf: (i: number) => number): Float32Array {
  const p = new Float32Array(n * 10);
  for (let i = 0; i < n; i++) p[i * 10 + classOf(i)] = 1;
  return p;
}

describe('digit score math', () => {
  it('uniform predictions score 1 with confidence 0.1', () => {
    const p = new Float32Array(50 * 10).fill(0.1);
    expect(round(inceptionScore(p))).toBe(1);
    expect(round(meanTopConfidence(p))).toBe(0.1);
  });

  it('confident, perfectly balanced predictions score 10', () => {
    const p = oneHots(100, (i) => i % 10);
    expect(round(inceptionScore(p))).toBe(10);
    expect(meanTopConfidence(p)).toBe(1);
    expect(Array.from(classHistogram(p)).map((h) => round(h))).toEqual(new Array(10).fill(0.1));
  });

  it('mode collapse: confident but all the same digit scores 1, and the histogram shows it', () => {
    const p = oneHots(40, () => 7);
    expect(round(inceptionScore(p))).toBe(1);
    expect(meanTopConfidence(p)).toBe(1);
    const hist = Array.from(classHistogram(p));
    expect(hist[7]).toBe(1);
    expect(hist.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('matches hand-computed values', () => {
    // Two classes, rows (0.9, 0.1) and (0.1, 0.9): p(y) = (0.5, 0.5),
    // KL = 0.9 ln 1.8 + 0.1 ln 0.2 = 0.368064, score = e^0.368064 = 1.444935.
    const two = Float32Array.from([0.9, 0.1, 0.1, 0.9]);
    expect(round(inceptionScore(two, 2))).toBe(1.4449);
    expect(round(meanTopConfidence(two, 2), 6)).toBe(0.9);
    // Three classes, rows e0, e0, e1: p(y) = (2/3, 1/3, 0),
    // mean KL = (2 ln 1.5 + ln 3) / 3, score = 3 / 2^(2/3) = 1.889882.
    const three = Float32Array.from([1, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(round(inceptionScore(three, 3))).toBe(1.8899);
    expect(Array.from(marginalDistribution(three, 3)).map((m) => round(m))).toEqual([0.6667, 0.3333, 0]);
    expect(Array.from(classHistogram(three, 3)).map((m) => round(m))).toEqual([0.6667, 0.3333, 0]);
  });

  it('half the classes, confidently and evenly: score 5', () => {
    const p = oneHots(60, (i) => 2 * (i % 5));
    const report = digitScoreReport(p);
    expect(round(report.digitScore)).toBe(5);
    expect(round(report.histogram[1])).toBe(0);
    expect(round(report.histogram[2])).toBe(0.2);
  });

  it('unsureSamples: the share below the threshold, their top-two pairs, and how many are torn between two digits (hand-computed)', () => {
    const row = (entries: Record<number, number>) => Array.from({ length: 10 }, (_, k) => entries[k] ?? 0);
    const probs = Float32Array.from([
      ...row({ 3: 0.95, 5: 0.05 }), // sure
      ...row({ 9: 0.5, 7: 0.45, 4: 0.05 }), // unsure, between 7 and 9 (0.95 together)
      ...row({ 1: 0.4, 2: 0.3, 5: 0.3 }), // unsure, spread: the tie for second goes to the first class, 2
      ...row({ 8: 0.6, 3: 0.35, 0: 0.05 }), // unsure, between 3 and 8
    ]);
    const u = unsureSamples(probs, 0.9);
    expect(u.share).toBe(0.75);
    expect([...u.pairs].sort()).toEqual([
      ['1/2', 1],
      ['3/8', 1],
      ['7/9', 1],
    ]);
    expect(u.betweenTwo).toBeCloseTo(2 / 3, 6);
    expect(unsureSamples(new Float32Array(0), 0.9)).toEqual({ share: 0, pairs: new Map(), betweenTwo: 0 });
  });

  it('ties go to the first maximal class; bad shapes are refused', () => {
    expect(Array.from(predictedClasses(Float32Array.from([0.5, 0.5, 0, 0.2, 0.4, 0.4]), 3))).toEqual([0, 1]);
    expect(() => inceptionScore(new Float32Array(15))).toThrow(/not rows of 10 classes/);
    expect(inceptionScore(new Float32Array(0))).toBe(1);
  });
});

describe('digit score with the committed classifier', () => {
  it('real held-out digits score at least 9, confidently, with every class present', async () => {
    await useBackend('wasm');
    const set = await parseDigits(await publicFiles.loadAsset(DIGITS_ASSET_PATH));
    const classifier = await DigitClassifier.loadPretrained(publicFiles, new Rng(0));
    const before = tf.memory().numTensors;
    const report = await scoreDigitImages(classifier, digitImages(set, set.heldOut, 'tanh'), 'tanh');
    expect(tf.memory().numTensors).toBe(before);
    expect(report.digitScore).toBeGreaterThanOrEqual(9);
    expect(report.digitScore).toBeLessThanOrEqual(10);
    expect(report.confidence).toBeGreaterThan(0.95);
    for (const h of report.histogram) expect(h).toBeGreaterThan(0.07);
    // One digit repeated (mode collapse) scores near 1 however real it looks.
    const sevens = set.heldOut.filter((i) => set.labels[i] === 7);
    const collapsed = await scoreDigitImages(classifier, digitImages(set, sevens, 'sigmoid'), 'sigmoid');
    expect(collapsed.digitScore).toBeLessThan(1.2);
    expect(collapsed.histogram[7]).toBeGreaterThan(0.95);
    classifier.dispose();
  });
});
