import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError } from '../../src/ml/checkpoint';
import { DIGITS_ASSET_PATH, type DigitSet, digitImages, digitLabels, parseDigits } from '../../src/ml/data/digits';
import { DIGIT_CLASSIFIER_ID, DigitClassifier, classifierTrainStep } from '../../src/ml/models/digitClassifier';
import { Rng } from '../../src/ml/random';
import type { TrainerContext } from '../../src/ml/trainer';
import { useBackend } from './helpers/backend';

/** Reads the site's static files from public/, as the worker fetches them. */
const publicFiles: TrainerContext = {
  loadAsset: async (path) => {
    const buf = readFileSync(resolve(__dirname, '../../public', path));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  },
};

describe('digit classifier', () => {
  let set: DigitSet;
  beforeAll(async () => {
    await useBackend('wasm');
    set = await parseDigits(await publicFiles.loadAsset(DIGITS_ASSET_PATH));
  });

  it('predicts a probability row per image, the same from either pixel range', () => {
    const classifier = new DigitClassifier(new Rng(3));
    const idx = set.heldOut.subarray(0, 5);
    const before = tf.memory().numTensors;
    const sig = tf.tensor4d(digitImages(set, idx, 'sigmoid'), [5, 28, 28, 1]);
    const tanh = tf.tensor4d(digitImages(set, idx, 'tanh'), [5, 28, 28, 1]);
    const p = classifier.predict(sig, 'sigmoid');
    const q = classifier.predict(tanh, 'tanh');
    expect(p.shape).toEqual([5, 10]);
    const sums = tf.sum(p, 1);
    Array.from(sums.dataSync()).forEach((r) => expect(r).toBeCloseTo(1, 5));
    const pd = p.dataSync();
    q.dataSync().forEach((v, i) => expect(v).toBeCloseTo(pd[i], 5));
    tf.dispose([sig, tanh, p, q, sums]);
    expect(tf.memory().numTensors).toBe(before);
    classifier.dispose();
  });

  it('a seeded training run lowers the loss and frees its tensors', () => {
    const classifier = new DigitClassifier(new Rng(11));
    const optimizer = tf.train.adam(2e-3);
    const idx = set.train.subarray(0, 32);
    const images = tf.tensor4d(digitImages(set, idx, 'sigmoid'), [32, 28, 28, 1]);
    const labels = tf.tensor1d(digitLabels(set, idx), 'int32');
    const rng = new Rng(5);
    const first = classifierTrainStep(classifier, optimizer, images, labels, rng.seed());
    const before = tf.memory().numTensors;
    let last = first;
    for (let i = 0; i < 25; i++) last = classifierTrainStep(classifier, optimizer, images, labels, rng.seed());
    expect(tf.memory().numTensors).toBe(before);
    expect(first).toBeGreaterThan(1.5); // near ln 10 = 2.3 at init
    expect(last).toBeLessThan(first * 0.5);
    tf.dispose([images, labels]);
    optimizer.dispose();
    classifier.dispose();
  });

  it('weights round-trip, and a wrong checkpoint leaves the model untouched', () => {
    const a = new DigitClassifier(new Rng(1));
    const b = new DigitClassifier(new Rng(2));
    const wa = a.getWeights();
    expect(wa.modelId).toBe(DIGIT_CLASSIFIER_ID);
    b.setWeights(wa);
    expect(Array.from(b.getWeights().tensors[0].data)).toEqual(Array.from(wa.tensors[0].data));
    const wrong = { ...wa, tensors: wa.tensors.slice(1) };
    expect(() => a.setWeights(wrong)).toThrow(CheckpointError);
    const bad = a.getWeights();
    bad.tensors[3].data[0] = NaN;
    expect(() => b.setWeights(bad)).toThrow(/NaN/);
    expect(Array.from(b.getWeights().tensors[3].data)).toEqual(Array.from(wa.tensors[3].data));
    a.dispose();
    b.dispose();
  });

  it('constructing, loading the committed weights and disposing leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    new DigitClassifier(new Rng(4)).dispose();
    expect(tf.memory().numTensors).toBe(before);
    (await DigitClassifier.loadPretrained(publicFiles, new Rng(4))).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  describe('committed weights (public/weights/classifier)', () => {
    let classifier: DigitClassifier;
    beforeAll(async () => {
      classifier = await DigitClassifier.loadPretrained(publicFiles, new Rng(0));
    });
    afterAll(() => classifier.dispose());

    it('classify at least 98% of the 2,000 held-out digits correctly', () => {
      const idx = set.heldOut;
      const predicted = tf.tidy(() => tf.argMax(classifier.predict(tf.tensor4d(digitImages(set, idx, 'sigmoid'), [idx.length, 28, 28, 1])), 1));
      const p = predicted.dataSync();
      predicted.dispose();
      const labels = digitLabels(set, idx);
      let correct = 0;
      for (let i = 0; i < idx.length; i++) if (p[i] === labels[i]) correct++;
      expect(correct / idx.length).toBeGreaterThanOrEqual(0.98);
    });
  });
});
