/**
 * The AdaIN layer (Huang & Belongie 2017, arXiv:1703.06868) against
 * hand-computed values, the style generator's mixing, and one seeded
 * training step of the AdaIN GAN on wasm without a tensor leak.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { adain, ADAIN_EPSILON, channelMoments } from '../../src/ml/layers/adain';
import { AdainGan } from '../../src/ml/models/adainGan';
import { Rng } from '../../src/ml/random';
import { LiveAdam } from '../../src/ml/optimizers/liveOptimizers';
import { adainStep } from '../../src/ml/trainers/adain';
import { useBackend } from './helpers/backend';

beforeAll(async () => {
  await useBackend('wasm');
});

describe('AdaIN', () => {
  it('normalises each sample and channel, then applies the style scale and bias (hand-computed)', () => {
    // One sample, a 2×2 map, two channels: channel 0 = 1,2,3,4; channel 1 = 5,5,5,7.
    const x = tf.tensor4d([1, 5, 2, 5, 3, 5, 4, 7], [1, 2, 2, 2]);
    const out = adain(x, tf.tensor2d([[2, 0.5]]), tf.tensor2d([[1, -1]]));
    // Channel 0: μ = 2.5, σ² = 1.25; channel 1: μ = 5.5, σ² = 0.75.
    const s0 = Math.sqrt(1.25 + ADAIN_EPSILON);
    const s1 = Math.sqrt(0.75 + ADAIN_EPSILON);
    const expected = [
      [2 * (1 - 2.5) / s0 + 1, 0.5 * (5 - 5.5) / s1 - 1],
      [2 * (2 - 2.5) / s0 + 1, 0.5 * (5 - 5.5) / s1 - 1],
      [2 * (3 - 2.5) / s0 + 1, 0.5 * (5 - 5.5) / s1 - 1],
      [2 * (4 - 2.5) / s0 + 1, 0.5 * (7 - 5.5) / s1 - 1],
    ].flat();
    const got = Array.from(out.dataSync());
    got.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
    // After AdaIN the channel statistics are the style's: mean = bias, deviation = |scale|.
    const { mean, std } = channelMoments(out);
    expect(Array.from(mean.dataSync()).map((v) => +v.toFixed(4))).toEqual([1, -1]);
    expect(Array.from(std.dataSync()).map((v) => +v.toFixed(3))).toEqual([2, 0.5]);
    tf.dispose([x, out, mean, std]);
  });

  it('style mixing: the fine styles change the image, and equal w for both reproduces generate()', () => {
    const model = new AdainGan({}, 3);
    const g = model.generator;
    const n = g.options.latentSize;
    const [same, mixed] = tf.tidy(() => {
      const w = g.mapping(tf.tensor2d(new Rng(1).normalArray(2 * n), [2, n]));
      const [w0, w1] = tf.split(w, 2) as tf.Tensor2D[];
      const plain = g.synthesis(w0, w0);
      const viaGenerate = tf.slice(g.generate(tf.tensor2d(new Rng(1).normalArray(2 * n), [2, n])), [0, 0, 0, 0], [1, -1, -1, -1]);
      const mix = g.synthesis(w0, w1);
      return [tf.max(tf.abs(tf.sub(plain, viaGenerate))), tf.max(tf.abs(tf.sub(plain, mix)))];
    });
    expect(same.dataSync()[0]).toBeLessThan(1e-5);
    expect(mixed.dataSync()[0]).toBeGreaterThan(1e-3);
    tf.dispose([same, mixed]);
    model.dispose();
  });

  it('one seeded AdaIN GAN step changes both networks and leaks no tensor', () => {
    const start = tf.memory().numTensors;
    const model = new AdainGan({}, 1);
    const opt = { generator: new LiveAdam(model.generatorVariables, 0.002, 0.5), discriminator: new LiveAdam(model.discriminatorVariables, 0.001, 0.5) };
    const real = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 1) as tf.Tensor4D);
    const before = model.getWeights().tensors.map((t) => t.data);
    const ready = tf.memory().numTensors;
    const r = adainStep(model, opt, real, new Rng(1));
    expect(tf.memory().numTensors).toBe(ready);
    expect(Number.isFinite(r.dLoss) && Number.isFinite(r.gLoss)).toBe(true);
    const after = model.getWeights().tensors;
    const changed = (prefix: string) => after.some((t, i) => t.name.startsWith(prefix) && t.data.some((v, j) => v !== before[i][j]));
    expect(changed('g/')).toBe(true);
    expect(changed('d/')).toBe(true);
    real.dispose();
    opt.generator.dispose();
    opt.discriminator.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
