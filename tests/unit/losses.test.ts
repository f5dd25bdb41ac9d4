import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients; trainers import this too.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import {
  discriminatorLoss,
  generatorLoss,
  generatorLossMinimax,
  generatorLossNonSaturating,
  leastSquaresDiscriminatorLoss,
  leastSquaresGeneratorLoss,
} from '../../src/ml/losses/gan';
import {
  EQUILIBRIUM_VALUE,
  generatorLossAt,
  generatorLossLogitSlopeAt,
  generatorLossSlopeAt,
  optimalDiscriminator,
} from '../../src/ml/losses/ganMath';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Reads a scalar loss and frees it. */
function value(make: () => tf.Scalar): number {
  const t = make();
  const v = t.dataSync()[0];
  t.dispose();
  return v;
}

const logit = (p: number) => Math.log(p / (1 - p));

describe('discriminator BCE from logits', () => {
  it('equals -log D(x) - log(1 - D(G(z))) for hand-picked probabilities', () => {
    // D(x) = 0.8 on real, D(G(z)) = 0.3 on fake: -ln 0.8 - ln 0.7 = 0.2231 + 0.3567
    const got = value(() => discriminatorLoss(tf.tensor2d([[logit(0.8)]]), tf.tensor2d([[logit(0.3)]])));
    expect(got).toBeCloseTo(0.5798, 4);
  });

  it('averages each term over its batch', () => {
    // real D = 0.5, 0.9 -> (ln2 + -ln0.9)/2 = (0.6931 + 0.1054)/2 = 0.3993; fake D = 0.5 -> ln 2
    const got = value(() =>
      discriminatorLoss(tf.tensor2d([[0], [logit(0.9)]]), tf.tensor2d([[0], [0]])),
    );
    expect(got).toBeCloseTo(0.3993 + 0.6931, 4);
  });

  it('uses a smoothed real target: -(t log D + (1-t) log(1-D))', () => {
    // t = 0.9, D(x) = 0.8: -(0.9 ln 0.8 + 0.1 ln 0.2) = 0.2008 + 0.1609; fake logit -> -inf side
    const got = value(() => discriminatorLoss(tf.tensor2d([[logit(0.8)]]), tf.tensor2d([[logit(0.5)]]), 0.9));
    expect(got).toBeCloseTo(0.3618 + 0.6931, 4);
  });

  it('is 2 ln 2 = ln 4 when D answers 1/2 everywhere (minus the game value at equilibrium)', () => {
    const got = value(() => discriminatorLoss(tf.zeros([4, 1]), tf.zeros([4, 1])));
    expect(got).toBeCloseTo(-EQUILIBRIUM_VALUE, 5);
  });

  it('stays finite for very confident logits', () => {
    const got = value(() => discriminatorLoss(tf.tensor2d([[-200]]), tf.tensor2d([[200]])));
    expect(got).toBeCloseTo(400, 3);
  });
});

describe('generator losses', () => {
  it('minimax is E[log(1 - D(G(z)))]', () => {
    // D(G(z)) = 0.3 and 0.6: (ln 0.7 + ln 0.4)/2 = (-0.3567 - 0.9163)/2
    const got = value(() => generatorLossMinimax(tf.tensor2d([[logit(0.3)], [logit(0.6)]])));
    expect(got).toBeCloseTo(-0.6365, 4);
  });

  it('non-saturating is -E[log D(G(z))]', () => {
    // (-ln 0.3 - ln 0.6)/2 = (1.2040 + 0.5108)/2
    const got = value(() => generatorLossNonSaturating(tf.tensor2d([[logit(0.3)], [logit(0.6)]])));
    expect(got).toBeCloseTo(0.8574, 4);
  });

  it('is chosen by typed id', () => {
    const l = () => tf.tensor2d([[logit(0.3)]]);
    expect(value(() => generatorLoss('minimax', l()))).toBeCloseTo(Math.log(0.7), 4);
    expect(value(() => generatorLoss('non-saturating', l()))).toBeCloseTo(-Math.log(0.3), 4);
  });

  it('minimax gradient w.r.t. the logit vanishes when D rejects the fake; non-saturating does not', () => {
    const l = tf.tensor1d([logit(0.001)]);
    const gMinimax = tf.grad((x: tf.Tensor) => generatorLossMinimax(x))(l);
    const gNs = tf.grad((x: tf.Tensor) => generatorLossNonSaturating(x))(l);
    expect(gMinimax.dataSync()[0]).toBeCloseTo(-0.001, 5);
    expect(gNs.dataSync()[0]).toBeCloseTo(-0.999, 5);
    tf.dispose([l, gMinimax, gNs]);
  });
});

describe('least-squares losses (Mao et al. 2017)', () => {
  it('D loss is ½E[(D(x)-b)²] + ½E[(D(G(z))-a)²]', () => {
    // real outputs 0.5, 1.5 with b = 1: mean 0.25; fake 0.2 with a = 0: 0.04 -> ½(0.29)
    const got = value(() => leastSquaresDiscriminatorLoss(tf.tensor2d([[0.5], [1.5]]), tf.tensor2d([[0.2]])));
    expect(got).toBeCloseTo(0.145, 5);
  });

  it('honours custom labels a, b, c', () => {
    const labels = { a: -1, b: 1, c: 0 };
    // real 0 -> (0-1)² = 1; fake 0 -> (0+1)² = 1 -> ½·2 = 1; G: ½(0.5-0)² = 0.125
    expect(value(() => leastSquaresDiscriminatorLoss(tf.zeros([3, 1]), tf.zeros([2, 1]), labels))).toBeCloseTo(1, 5);
    expect(value(() => leastSquaresGeneratorLoss(tf.tensor2d([[0.5]]), labels))).toBeCloseTo(0.125, 5);
  });

  it('G loss with the default c = 1 is ½E[(D(G(z))-1)²]', () => {
    expect(value(() => leastSquaresGeneratorLoss(tf.tensor2d([[0], [2]])))).toBeCloseTo(0.5, 5);
  });
});

describe('plain-number GAN facts', () => {
  it('D* = p_data / (p_data + p_g)', () => {
    expect(optimalDiscriminator(0.3, 0.1)).toBeCloseTo(0.75, 10);
    expect(optimalDiscriminator(0.2, 0.2)).toBe(0.5);
    expect(optimalDiscriminator(0, 0.4)).toBe(0);
    expect(optimalDiscriminator(0, 0)).toBeNaN();
  });

  it('the game value at equilibrium is -log 4', () => {
    expect(EQUILIBRIUM_VALUE).toBeCloseTo(-1.386294, 6);
    expect(Math.log(0.5) + Math.log(0.5)).toBeCloseTo(EQUILIBRIUM_VALUE, 12);
  });

  it('loss curves and slopes match their formulas', () => {
    expect(generatorLossAt('minimax', 0.3)).toBeCloseTo(Math.log(0.7), 12);
    expect(generatorLossAt('non-saturating', 0.3)).toBeCloseTo(-Math.log(0.3), 12);
    expect(generatorLossSlopeAt('minimax', 0.75)).toBeCloseTo(-4, 12);
    expect(generatorLossSlopeAt('non-saturating', 0.25)).toBeCloseTo(-4, 12);
    expect(generatorLossLogitSlopeAt('minimax', 0.2)).toBeCloseTo(-0.2, 12);
    expect(generatorLossLogitSlopeAt('non-saturating', 0.2)).toBeCloseTo(-0.8, 12);
  });
});
