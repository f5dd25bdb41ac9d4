/**
 * Semi-supervised GAN (Odena 2016, arXiv:1606.01583; Salimans et al. 2016,
 * arXiv:1606.03498): losses against hand-computed values, the balanced
 * labelled subset, the data-dependent initialisation, one seeded step on
 * wasm without a tensor leak, and the committed weights: the GAN's
 * discriminator beats the same network trained on the same labels alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Sgan } from '../../src/ml/models/sgan';
import { featureMatchingLoss, sganSupervisedLoss, sganUnsupervisedLoss } from '../../src/ml/losses/sgan';
import { ParamStore } from '../../src/ml/layers/params';
import { addWeightNormDense, initDenseFromData, weightNormDense } from '../../src/ml/layers/weightNormDense';
import { Rng } from '../../src/ml/random';
import { LiveAdam } from '../../src/ml/optimizers/liveOptimizers';
import { SGAN_PRETRAINED } from '../../src/cells/sgan';
import { balancedLabelledSubset } from '../../src/ml/trainers/sgan';
import { digitImages, digitLabels, loadDigits } from '../../src/ml/data/digits';
import { loadCheckpointAsset } from '../../src/ml/checkpoint';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { sganAccuracy, sganStep } from '../../src/ml/steps/sganStep';
import type { DigitSet } from '../../src/ml/data/digits';
import { useBackend } from './helpers/backend';

beforeAll(async () => {
  await useBackend('wasm');
});

describe('semi-supervised GAN losses', () => {
  it('with all ten logits 0: Z = 10, D = 10/11, so L_unsup = ln(11/10) + ln 11', () => {
    const zeros = tf.zeros([2, 10]) as tf.Tensor2D;
    const l = sganUnsupervisedLoss(zeros, zeros);
    expect(l.dataSync()[0]).toBeCloseTo(Math.log(1.1) + Math.log(11), 5);
    tf.dispose([zeros, l]);
  });

  it('a fake whose logits are all very negative costs nothing; a real one costs a lot', () => {
    const low = tf.fill([1, 10], -30) as tf.Tensor2D;
    const l = sganUnsupervisedLoss(low, low);
    // −log D(x) ≈ −log(10 e^−30) = 30 − ln 10 for the "real" row; the fake term ≈ 0.
    expect(l.dataSync()[0]).toBeCloseTo(30 - Math.log(10), 3);
    tf.dispose([low, l]);
  });

  it('supervised loss is cross-entropy over the ten real classes', () => {
    const logits = tf.tensor2d([[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    const y = tf.tensor1d([0], 'int32');
    const l = sganSupervisedLoss(logits, y);
    expect(l.dataSync()[0]).toBeCloseTo(-Math.log(Math.E / (Math.E + 9)), 5);
    tf.dispose([logits, y, l]);
  });

  it('feature matching: mean squared gap between batch-mean features', () => {
    // Real feature means (2, 0), fake (0, 1): ((2)² + (1)²)/2 = 2.5.
    const real = tf.tensor2d([[1, 0], [3, 0]]);
    const fake = tf.tensor2d([[0, 1], [0, 1]]);
    const l = featureMatchingLoss(real, fake);
    expect(l.dataSync()[0]).toBeCloseTo(2.5, 6);
    tf.dispose([real, fake, l]);
  });
});

describe('weight-normalised dense layer', () => {
  it('computes x · (g v/‖v‖) + b: v = (3, 4), g = 2, b = 1, x = (1, 1) gives 2·(3 + 4)/5 + 1 = 3.8', () => {
    const store = new ParamStore(new Rng(1));
    addWeightNormDense(store, 'l', 2, 1);
    store.get('l/v').assign(tf.tensor2d([[3], [4]]));
    store.get('l/g').assign(tf.tensor1d([2]));
    store.get('l/b').assign(tf.tensor1d([1]));
    const x = tf.tensor2d([[1, 1]]);
    const y = weightNormDense(store, 'l', x);
    expect(y.dataSync()[0]).toBeCloseTo(3.8, 5);
    tf.dispose([x, y]);
    store.dispose();
  });

  it('data-dependent init: every unit starts with mean 0 and deviation 1 on the init batch', () => {
    const store = new ParamStore(new Rng(2));
    addWeightNormDense(store, 'l', 5, 3);
    const x = tf.tensor2d(new Rng(3).normalArray(64 * 5, 2, 3), [64, 5]);
    const y = initDenseFromData(store, 'l', x);
    const { mean, variance } = tf.moments(y, 0);
    for (const m of mean.dataSync()) expect(m).toBeCloseTo(0, 4);
    for (const v of variance.dataSync()) expect(v).toBeCloseTo(1, 3);
    tf.dispose([x, y, mean, variance]);
    store.dispose();
  });
});

describe('labelled subset', () => {
  it('takes the same number of each digit, from the training split only', () => {
    const count = 300;
    const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
    const digits = { labels, train: Int32Array.from({ length: 250 }, (_, i) => i), heldOut: Int32Array.from({ length: 50 }, (_, i) => 250 + i) } as unknown as DigitSet;
    const picked = balancedLabelledSubset(digits, 100, new Rng(4));
    expect(picked.length).toBe(100);
    const perClass = new Array(10).fill(0);
    for (const i of picked) {
      expect(i).toBeLessThan(250);
      perClass[labels[i]]++;
    }
    expect(perClass).toEqual(new Array(10).fill(10));
  });
});

describe('semi-supervised GAN step', () => {
  it('one seeded step trains G, D and the baseline and leaks no tensor', () => {
    const start = tf.memory().numTensors;
    const model = new Sgan({}, 3);
    const opt = {
      generator: new LiveAdam(model.variables('g'), 0.001, 0.5),
      discriminator: new LiveAdam(model.variables('d'), 0.001, 0.5),
      baseline: new LiveAdam(model.variables('baseline'), 0.001, 0.5),
    };
    const batch = {
      labelled: tf.tidy(() => tf.randomUniform([2, 28, 28, 1], -1, 1, 'float32', 5) as tf.Tensor4D),
      labels: tf.tensor1d([3, 7], 'int32'),
      unlabelled: tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 6) as tf.Tensor4D),
    };
    const ready = tf.memory().numTensors;
    model.initFromData(batch.unlabelled);
    expect(tf.memory().numTensors).toBe(ready);
    const before = model.getWeights().tensors.map((t) => t.data);
    const r = sganStep(model, opt, batch, new Rng(3));
    const acc = sganAccuracy(model, 'd', batch.labelled, Int32Array.from([3, 7]));
    expect(tf.memory().numTensors).toBe(ready);
    expect([0, 0.5, 1]).toContain(acc);
    expect(Object.values(r).every(Number.isFinite)).toBe(true);
    const after = model.getWeights().tensors;
    for (const prefix of ['g/', 'd/', 'baseline/']) {
      expect(after.some((t, i) => t.name.startsWith(prefix) && t.data.some((v, j) => v !== before[i][j]))).toBe(true);
    }
    tf.dispose([batch.labelled, batch.labels, batch.unlabelled]);
    for (const o of Object.values(opt)) o.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});

describe('semi-supervised GAN pretrained weights (wasm)', () => {
  it('the committed weights: on all 2,000 held-out digits the GAN discriminator scores 91.0% and the labels-only baseline 78.1%, the lesson\'s figures', async () => {
    const digits = await loadDigits(nodeTrainerContext);
    const model = new Sgan({}, 0);
    const { weights } = await loadCheckpointAsset(nodeTrainerContext, SGAN_PRETRAINED, model.getWeights());
    model.setWeights(weights);
    const images = tf.tensor4d(digitImages(digits, digits.heldOut, 'tanh'), [digits.heldOut.length, 28, 28, 1]);
    const labels = digitLabels(digits, digits.heldOut);
    const gan = Math.round(1000 * sganAccuracy(model, 'd', images, labels)) / 10;
    const baseline = Math.round(1000 * sganAccuracy(model, 'baseline', images, labels)) / 10;
    tf.dispose(images);
    model.dispose();
    // The scoring draws no noise: the shipped float16 weights give exactly these, as the lesson says ("13 points").
    expect(gan).toBe(91.0);
    expect(baseline).toBe(78.1);
  });
});
