import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import {
  cycleAdversarialLoss,
  cycleConsistencyLoss,
  cycleDiscriminatorLoss,
  cycleGanObjective,
  identityLoss,
  PAPER_CYCLE_WEIGHT,
  PAPER_IDENTITY_FRACTION,
} from '../../src/ml/losses/cycle';

beforeAll(async () => {
  await useBackend('cpu');
});

/** Reads a scalar loss, frees it and everything made on the way. */
function value(make: () => tf.Scalar): number {
  const loss = tf.tidy(make);
  const v = loss.dataSync()[0];
  loss.dispose();
  return Math.round(v * 1e6) / 1e6;
}

const t2 = (rows: number[][]) => tf.tensor2d(rows);

describe('cycle-consistency loss', () => {
  it('is the mean |F(G(x)) − x| plus the mean |G(F(y)) − y|', () => {
    // |diff| over x: 0.5, 0, 1, 0 → 0.375; over y: 1, 1 → 1.
    const loss = value(() => cycleConsistencyLoss(t2([[1, 2], [3, 4]]), t2([[1.5, 2], [2, 4]]), t2([[0, 0]]), t2([[1, -1]])));
    expect(loss).toBeCloseTo(1.375, 6);
  });

  it('is zero for a perfect round trip', () => {
    const x = [[0.3, -2], [5, 1]];
    expect(value(() => cycleConsistencyLoss(t2(x), t2(x), t2([[7, 7]]), t2([[7, 7]])))).toBe(0);
  });
});

describe('identity loss', () => {
  it('is the mean |G(y) − y| plus the mean |F(x) − x|', () => {
    // G(y) − y: 0, 2 → 1; F(x) − x: 0.5, 0.5 → 0.5.
    expect(value(() => identityLoss(t2([[1, 1]]), t2([[1, 3]]), t2([[2, 2]]), t2([[2.5, 1.5]])))).toBeCloseTo(1.5, 6);
  });
});

describe('least-squares adversarial losses of CycleGAN', () => {
  it("generator: mean (D(G(x)) − 1)², without Mao et al.'s ½", () => {
    // (0.25 + 0 + 1) / 3
    expect(value(() => cycleAdversarialLoss(tf.tensor1d([0.5, 1, 0])))).toBeCloseTo(1.25 / 3, 6);
  });

  it('discriminator: ½ (mean (D(y) − 1)² + mean D(G(x))²)', () => {
    // ½ ((0 + 0.25) / 2 + (0 + 0.25) / 2) = 0.125
    expect(value(() => cycleDiscriminatorLoss(tf.tensor1d([1, 0.5]), tf.tensor1d([0, 0.5])))).toBeCloseTo(0.125, 6);
  });
});

describe('full objective', () => {
  const terms = () => ({ advG: tf.scalar(0.2), advF: tf.scalar(0.3), cycle: tf.scalar(0.1), identity: tf.scalar(0.4) });

  it("adds λ L_cyc and the identity term at the paper's 0.5 λ", () => {
    // 0.2 + 0.3 + 10·0.1 + 5·0.4 = 3.5
    expect(value(() => cycleGanObjective(terms(), { lambda: PAPER_CYCLE_WEIGHT, identityFraction: PAPER_IDENTITY_FRACTION }))).toBeCloseTo(3.5, 6);
  });

  it('drops the identity term at weight 0 and both extra terms at λ = 0', () => {
    expect(value(() => cycleGanObjective(terms(), { lambda: 10, identityFraction: 0 }))).toBeCloseTo(1.5, 6);
    expect(value(() => cycleGanObjective(terms(), { lambda: 0, identityFraction: 0.5 }))).toBeCloseTo(0.5, 6);
  });

  it('leaves no tensors behind', () => {
    const before = tf.memory().numTensors;
    const x = t2([[1, 2]]);
    const loss = cycleConsistencyLoss(x, x, x, x);
    loss.dispose();
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
