/**
 * What the gallery lesson says its cells do, run: the seeded figures
 * lessons/gan-gallery.mdx and lessons/ko/gan-gallery.mdx quote about the
 * sgan, acgan, adain and lsgan cells, trained here with each cell's own
 * trainer at its defaults or preset and read from the readouts the learner
 * sees. Each claim's full run takes minutes in Node (the SGAN curve is 3,000
 * steps, about four minutes), so each test runs the cheapest part of it that
 * fails when the claim stops being true; docs/prose-checks.md ("gan-gallery")
 * gives the full measurements and what is not rerun here. A change to a
 * trainer, a preset or a default that breaks one fails here: then remeasure
 * and fix the prose (both editions), not the margin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import { TaskTracker } from '../../components/learn/taskCondition';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { defaultsFor } from '../../src/cells/define';
import { sganCell, type SganValues } from '../../src/cells/sgan';
import { acganCell, ACGAN_PRETRAINED, type AcganValues } from '../../src/cells/acgan';
import { adainCell, type AdainValues } from '../../src/cells/adain';
import { lsganCell, type LsganValues } from '../../src/cells/lsgan';
import createSgan from '../../src/ml/trainers/sgan';
import createAdain from '../../src/ml/trainers/adain';
import createLsgan from '../../src/ml/trainers/lsgan';
import { AcganTrainer, loadGalleryAssets } from '../../src/ml/trainers/acgan';
import { loadCheckpointAsset } from '../../src/ml/checkpoint';
import { digitImages } from '../../src/ml/data/digits';
import { meanTopConfidence } from '../../src/ml/metrics/digitScore';
import type { DigitClassifier } from '../../src/ml/models/digitClassifier';

beforeAll(() => useBackend('wasm'));

const SEEDS = [1, 2, 3];

/** The course classifier's mean top probability on images [n·784] in [0, 1]: the DCGAN cell's *Confidence*. */
function confidence(classifier: DigitClassifier, images: Float32Array): number {
  const probs = tf.tidy(() => classifier.predict(tf.tensor4d(images, [images.length / 784, 28, 28, 1]), 'sigmoid'));
  const c = meanTopConfidence(probs.dataSync() as Float32Array);
  probs.dispose();
  return c;
}

describe('gan-gallery, semi-supervised GAN (sgan)', () => {
  it('the run that made the pretrained weights (seed 1606, N = 100): no gain in the first 300 steps (the curves cross, within about ten points; the GAN still behind at step 250, ahead from 300), the baseline near 76% from step 200, the GAN still below 80% at 400', async () => {
    // scripts/train-gallery.ts's sgan recipe: the cell's defaults, seed 1606, train() in chunks of 50 (one reading each).
    const t = await createSgan({ ...defaultsFor(sganCell), seed: 1606 } as SganValues, 1606, nodeTrainerContext);
    const readings: { step: number; gan: number; baseline: number }[] = [];
    try {
      for (let step = 50; step <= 400; step += 50) {
        const m = await t.train(50);
        readings.push({ step, gan: m.ganAccuracy, baseline: m.baselineAccuracy });
      }
    } finally {
      t.dispose();
    }
    const gaps = readings.filter((r) => r.step <= 300).map((r) => r.gan - r.baseline);
    expect(Math.min(...gaps)).toBeLessThan(0); // behind at some reading…
    expect(Math.max(...gaps)).toBeGreaterThan(0); // …ahead at another
    for (const g of gaps) expect(Math.abs(g)).toBeLessThan(12);
    const at = (step: number) => readings.find((r) => r.step === step)!;
    expect(at(250).gan).toBeLessThan(at(250).baseline);
    for (const step of [300, 350, 400]) expect(at(step).gan, `step ${step}`).toBeGreaterThan(at(step).baseline);
    const late = readings.filter((r) => r.step >= 200).map((r) => r.baseline);
    for (const b of late) expect(b).toBeGreaterThan(71);
    for (const b of late) expect(b).toBeLessThan(79);
    const sorted = [...late].sort((a, b) => a - b);
    expect(Math.abs(sorted[Math.floor(sorted.length / 2)] - 76)).toBeLessThan(1.5);
    for (const r of readings) expect(r.gan).toBeLessThan(80); // "passed 80% after 600 steps"
  }, 120_000);
});

describe('gan-gallery, ACGAN (acgan)', () => {
  it('from scratch, class match passes 80% (the task, checked every 20 steps) after 80, 60 and 300 steps (seeds 1-3), while at step 100 the classifier\'s mean top probability on the class grid is 0.81-0.85 against 0.99 for real digits; from pretrained, 83.5% after one Step (seed 1)', async () => {
    const values = defaultsFor(acganCell) as Omit<AcganValues, 'seed'>;
    const done: (number | null)[] = [];
    const gridConfidence: number[] = [];
    let real = NaN;
    for (const seed of SEEDS) {
      const { digits, classifier } = await loadGalleryAssets(nodeTrainerContext, seed);
      if (seed === 1) real = confidence(classifier, digitImages(digits, digits.heldOut.subarray(0, 200), 'sigmoid'));
      const t = new AcganTrainer({ ...values, seed }, seed, digits, classifier);
      try {
        // The page's TaskTracker, fed every 20 steps (helpers/taskDoneAt.ts), until the task is done and step 100 is past.
        const tracker = new TaskTracker({ metric: 'classMatch', above: 80 });
        let at: number | null = null;
        for (let step = 20; step <= 400 && (at === null || step <= 100); step += 20) {
          const metrics = t.train(20);
          if (at === null && tracker.update({ step, metrics, applied: { ...values, seed } }).done) at = step;
          if (step === 100) gridConfidence.push(confidence(classifier, t.render().arrays.grid));
        }
        done.push(at);
      } finally {
        t.dispose();
      }
    }
    const { digits, classifier } = await loadGalleryAssets(nodeTrainerContext, 1);
    const t = new AcganTrainer({ ...values, seed: 1 }, 1, digits, classifier);
    let pretrained = NaN;
    try {
      t.setWeights((await loadCheckpointAsset(nodeTrainerContext, ACGAN_PRETRAINED, t.getWeights())).weights);
      t.render(); // what the worker does after a load (src/runtime/worker.ts): the readout is scored there
      pretrained = t.train(1).classMatch;
    } finally {
      t.dispose();
    }
    expect(done).toEqual([80, 60, 300]);
    expect(real).toBeGreaterThan(0.98);
    for (const c of gridConfidence) {
      expect(c).toBeGreaterThan(0.78);
      expect(c).toBeLessThan(0.87);
    }
    expect(+pretrained.toFixed(1)).toBe(83.5);
  }, 120_000);
});

describe('gan-gallery, AdaIN (adain)', () => {
  it('from scratch (seed 1, the defaults) the digit score stays below 2.3 for 400 steps and below 1.5 from step 200 (the lesson: 1 to 2.3 for 800 steps, seeds 1-3), where the DCGAN cell passes 4 within 150 (dcganLessonClaims)', async () => {
    const t = await createAdain({ ...defaultsFor(adainCell), start: 'scratch', seed: 1 } as AdainValues, 1, nodeTrainerContext);
    const scores: number[] = [];
    try {
      for (let step = 20; step <= 400; step += 20) scores.push((await t.train(20)).digitScore);
    } finally {
      t.dispose();
    }
    expect(Math.max(...scores)).toBeLessThan(2.3);
    expect(Math.max(...scores.slice(9))).toBeLessThan(1.5);
  }, 120_000);
});

describe('gan-gallery, LSGAN (lsgan)', () => {
  it('Strong D: the least-squares half\'s mean D(G(z)) goes below 0 within the first 50 steps and at 3 or more of the first 60 (seeds 1-3; steps 34, 43 and 1)', async () => {
    const strong = lsganCell.presets!.find((p) => p.id === 'strong-d')!.values;
    const first: number[] = [];
    const counts: number[] = [];
    for (const seed of SEEDS) {
      const pair = await createLsgan({ ...defaultsFor(lsganCell), ...strong, seed } as LsganValues, seed, nodeTrainerContext);
      const below: number[] = [];
      try {
        for (let step = 1; step <= 60; step++) if ((await pair.train(1)).lsDFake < 0) below.push(step);
      } finally {
        pair.dispose();
      }
      first.push(below[0] ?? Infinity);
      counts.push(below.length);
    }
    for (const f of first) expect(f).toBeLessThanOrEqual(50);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
