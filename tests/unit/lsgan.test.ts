/**
 * LSGAN (Mao et al. 2017, arXiv:1611.04076): the least-squares losses with
 * the 0-1-1 coding against hand-computed values, the view's analytic loss
 * and slope curves, and the lockstep pair: both halves start from the same
 * weights, train one step each without a tensor leak.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { crossEntropyLossAt, crossEntropySlopeAt, leastSquaresLossAt, leastSquaresSlopeAt } from '../../components/views/lsganView';
import { leastSquaresDiscriminatorLoss, leastSquaresGeneratorLoss, LSGAN_01_LABELS } from '../../src/ml/losses/gan';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { useBackend } from './helpers/backend';
import { defaultsFor } from '../../src/cells/define';
import { lsganCell } from '../../src/cells/lsgan';

beforeAll(async () => {
  await useBackend('wasm');
});

describe('least-squares losses, a = 0, b = 1, c = 1', () => {
  it('D: ½E[(D(x) − 1)²] + ½E[D(G(z))²]; G: ½E[(D(G(z)) − 1)²] (hand-computed)', () => {
    const real = tf.tensor2d([[0.5], [1.5]]);
    const fake = tf.tensor2d([[0.2], [-0.4]]);
    const d = leastSquaresDiscriminatorLoss(real, fake, LSGAN_01_LABELS);
    const g = leastSquaresGeneratorLoss(fake, LSGAN_01_LABELS);
    // real: ((−0.5)² + 0.5²)/2 = 0.25; fake: (0.04 + 0.16)/2 = 0.1 → ½(0.35) = 0.175
    expect(d.dataSync()[0]).toBeCloseTo(0.175, 6);
    // ((−0.8)² + (−1.4)²)/2 = (0.64 + 1.96)/2 = 1.3 → ½ · 1.3 = 0.65
    expect(g.dataSync()[0]).toBeCloseTo(0.65, 6);
    tf.dispose([real, fake, d, g]);
  });
});

describe('analytic curves of the LSGAN view', () => {
  it('cross-entropy saturates for confident "real" logits, least squares does not', () => {
    expect(crossEntropyLossAt(0)).toBeCloseTo(Math.LN2, 10);
    expect(crossEntropySlopeAt(0)).toBeCloseTo(-0.5, 10);
    expect(Math.abs(crossEntropySlopeAt(6))).toBeLessThan(0.003);
    expect(leastSquaresLossAt(3)).toBe(2);
    expect(leastSquaresSlopeAt(6)).toBe(5);
    expect(leastSquaresSlopeAt(1)).toBe(0);
    // The slope is the derivative of the loss (central difference).
    for (const v of [-2, 0.5, 3]) {
      expect((crossEntropyLossAt(v + 1e-5) - crossEntropyLossAt(v - 1e-5)) / 2e-5).toBeCloseTo(crossEntropySlopeAt(v), 5);
      expect((leastSquaresLossAt(v + 1e-5) - leastSquaresLossAt(v - 1e-5)) / 2e-5).toBeCloseTo(leastSquaresSlopeAt(v), 5);
    }
  });
});

describe('lockstep pair', () => {
  it('both halves start from identical weights; a step of the pair leaks no tensor and makes them differ', async () => {
    const { default: createLsgan } = await import('../../src/ml/trainers/lsgan');
    const start = tf.memory().numTensors;
    const pair = (await createLsgan({ ...defaultsFor(lsganCell), batchSize: 4 }, 7, nodeTrainerContext)) as import('../../src/ml/trainers/lsgan').LsganPairTrainer;
    const w0 = pair.getWeights().tensors;
    const half = w0.length / 2;
    for (let i = 0; i < half; i++) {
      expect(w0[i].name.replace(/^bce\//, '')).toBe(w0[half + i].name.replace(/^ls\//, ''));
      expect(Array.from(w0[i].data)).toEqual(Array.from(w0[half + i].data));
    }
    await pair.train(1); // the first call also scores both (allocates nothing that stays)
    const ready = tf.memory().numTensors;
    const m = await pair.train(1);
    expect(tf.memory().numTensors).toBe(ready);
    expect(Number.isFinite(m.bceDigitScore) && Number.isFinite(m.lsDigitScore)).toBe(true);
    const w1 = pair.getWeights().tensors;
    expect(w1.slice(0, half).some((t, i) => t.data.some((v, j) => v !== w1[half + i].data[j]))).toBe(true);
    pair.dispose();
    // Everything the pair owns is freed except DigitClassifier's initial tensors, which its
    // constructor does not free (8 per classifier, src/ml/models/digitClassifier.ts; reported).
    expect(tf.memory().numTensors - start).toBeLessThanOrEqual(16);
  }, 120_000);
});
