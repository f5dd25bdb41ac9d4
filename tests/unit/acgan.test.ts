/**
 * ACGAN (Odena, Olah & Shlens 2017, arXiv:1610.09585): its losses against
 * hand-computed values and one seeded step on wasm without a tensor leak.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Acgan } from '../../src/ml/models/acgan';
import { acganDiscriminatorLoss, acganGeneratorLoss } from '../../src/ml/losses/acgan';
import { Rng } from '../../src/ml/random';
import { LiveAdam } from '../../src/ml/optimizers/liveOptimizers';
import { acganStep } from '../../src/ml/steps/acganStep';
import { useBackend } from './helpers/backend';

beforeAll(async () => {
  await useBackend('wasm');
});

describe('ACGAN losses', () => {
  it('with every logit 0: D loss = 2 ln 2 + 2 ln 10, G loss = ln 2 + ln 10', () => {
    const s = tf.zeros([3, 1]) as tf.Tensor2D;
    const c = tf.zeros([3, 10]) as tf.Tensor2D;
    const y = tf.tensor1d([0, 4, 9], 'int32');
    const d = acganDiscriminatorLoss(s, s, c, y, c, y);
    const g = acganGeneratorLoss(s, c, y);
    expect(d.dataSync()[0]).toBeCloseTo(2 * Math.LN2 + 2 * Math.log(10), 5);
    expect(g.dataSync()[0]).toBeCloseTo(Math.LN2 + Math.log(10), 5);
    tf.dispose([s, c, y, d, g]);
  });

  it('the class term falls when the right class logit rises (hand-computed softmax)', () => {
    // Class logits [2, 0, …, 0] for class 0: CE = −log(e² / (e² + 9)).
    const s = tf.zeros([1, 1]) as tf.Tensor2D;
    const c = tf.tensor2d([[2, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    const y = tf.tensor1d([0], 'int32');
    const g = acganGeneratorLoss(s, c, y);
    expect(g.dataSync()[0]).toBeCloseTo(Math.LN2 - Math.log(Math.exp(2) / (Math.exp(2) + 9)), 5);
    tf.dispose([s, c, y, g]);
  });
});

describe('ACGAN step', () => {
  it('generates [b, 28, 28, 1] per class, and one seeded step leaks no tensor', () => {
    const start = tf.memory().numTensors;
    const model = new Acgan({}, 2);
    const images = model.generate(new Rng(1).normalArray(3 * 64), Int32Array.from([1, 2, 3]));
    expect(images.length).toBe(3 * 784);
    const opt = { generator: new LiveAdam(model.generatorVariables, 0.002, 0.5), discriminator: new LiveAdam(model.discriminatorVariables, 0.001, 0.5) };
    const real = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 2) as tf.Tensor4D);
    const labels = tf.tensor1d([0, 1, 2, 3], 'int32');
    const ready = tf.memory().numTensors;
    const r = acganStep(model, opt, real, labels, new Rng(2));
    expect(tf.memory().numTensors).toBe(ready);
    expect(r.auxAccuracy).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(r.dLoss) && Number.isFinite(r.gLoss)).toBe(true);
    tf.dispose([real, labels]);
    opt.generator.dispose();
    opt.discriminator.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
