/**
 * The losses of CycleGAN: Zhu, Park, Isola, Efros 2017, "Unpaired
 * Image-to-Image Translation using Cycle-Consistent Adversarial Networks",
 * arXiv:1703.10593. Pure functions returning scalar tensors; callers own them.
 *
 * The paper writes ‖·‖₁ per sample; its code (nn.L1Loss) averages over every
 * element instead, which only rescales λ by the number of elements. We follow
 * the code: a mean absolute error, so λ = 10 means the same thing for 2-D
 * points and 28×28 images.
 */
import * as tf from '@tensorflow/tfjs-core';
import { leastSquaresDiscriminatorLoss, leastSquaresGeneratorLoss } from './gan';

/** λ of the paper (sec. 7.1): the cycle terms weigh ten times the adversarial ones. */
export const PAPER_CYCLE_WEIGHT = 10;
/** The identity term's weight as a fraction of λ (sec. 5.2, photo ↔ painting): 0.5λ. */
export const PAPER_IDENTITY_FRACTION = 0.5;

// #region code-view: cycle-losses
/** Mean absolute difference of two same-shaped tensors. */
function meanAbsoluteError(a: tf.Tensor, b: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.abs(tf.sub(a, b))) as tf.Scalar);
}

/**
 * Cycle-consistency loss (eq. 2): translating to the other domain and back
 * should give the input again, in both directions.
 *
 * $$\mathcal{L}_{\text{cyc}}(G, F) = \mathbb{E}_{x}\big[\lVert F(G(x)) - x\rVert_1\big] + \mathbb{E}_{y}\big[\lVert G(F(y)) - y\rVert_1\big]$$
 *
 * @param x a batch of domain X, [batch, ...]
 * @param xBack F(G(x)), same shape as x
 * @param y a batch of domain Y, [batch, ...]
 * @param yBack G(F(y)), same shape as y
 */
export function cycleConsistencyLoss(x: tf.Tensor, xBack: tf.Tensor, y: tf.Tensor, yBack: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.add(meanAbsoluteError(xBack, x), meanAbsoluteError(yBack, y)) as tf.Scalar);
}

/**
 * Identity loss (sec. 5.2, after Taigman et al. 2016): a generator given an
 * image already in its target domain should leave it alone. It keeps
 * colours and overall tone from drifting.
 *
 * $$\mathcal{L}_{\text{identity}}(G, F) = \mathbb{E}_{y}\big[\lVert G(y) - y\rVert_1\big] + \mathbb{E}_{x}\big[\lVert F(x) - x\rVert_1\big]$$
 *
 * @param y a batch of domain Y; gOfY = G(y), same shape
 * @param x a batch of domain X; fOfX = F(x), same shape
 */
export function identityLoss(y: tf.Tensor, gOfY: tf.Tensor, x: tf.Tensor, fOfX: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.add(meanAbsoluteError(gOfY, y), meanAbsoluteError(fOfX, x)) as tf.Scalar);
}

/**
 * The least-squares adversarial loss of one generator (sec. 4, "we replace
 * the negative log likelihood objective by a least-squares loss", after Mao
 * et al. 2017, arXiv:1611.04076):
 *
 * $$\mathcal{L}_{\text{GAN}}^{G} = \mathbb{E}_{x}\big[(D_Y(G(x)) - 1)^2\big]$$
 *
 * gan.ts's least-squares loss carries Mao et al.'s ½; CycleGAN's generator
 * term has none, so it is doubled here.
 *
 * @param fakeOutputs D_Y(G(x)), raw outputs (a patch map or one number per sample)
 */
export function cycleAdversarialLoss(fakeOutputs: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mul(2, leastSquaresGeneratorLoss(fakeOutputs)) as tf.Scalar);
}

/**
 * One discriminator's least-squares loss, halved as in the paper (sec. 7.1,
 * "we divide the objective by 2 while optimizing D"):
 *
 * $$\mathcal{L}_{D_Y} = \tfrac12\Big(\mathbb{E}_{y}\big[(D_Y(y) - 1)^2\big] + \mathbb{E}_{x}\big[D_Y(G(x))^2\big]\Big)$$
 *
 * @param realOutputs D_Y(y); fakeOutputs D_Y(G(x))
 */
export function cycleDiscriminatorLoss(realOutputs: tf.Tensor, fakeOutputs: tf.Tensor): tf.Scalar {
  return leastSquaresDiscriminatorLoss(realOutputs, fakeOutputs);
}

/** The weights of the full objective. */
export interface CycleWeights {
  /** λ, weight of the cycle-consistency loss. */
  lambda: number;
  /** Identity weight as a fraction of λ (the paper's 0.5 gives 0.5λ). */
  identityFraction: number;
}

/** The terms of the generators' objective, each a scalar tensor. */
export interface CycleTerms {
  /** L_GAN(G, D_Y, X, Y), generator side. */
  advG: tf.Scalar;
  /** L_GAN(F, D_X, Y, X), generator side. */
  advF: tf.Scalar;
  cycle: tf.Scalar;
  /** Omitted (or 0) when the identity term is off. */
  identity?: tf.Scalar;
}

/**
 * The full objective the two generators minimise together (eq. 3, plus the
 * identity term of sec. 5.2):
 *
 * $$\mathcal{L} = \mathcal{L}_{\text{GAN}}(G, D_Y, X, Y) + \mathcal{L}_{\text{GAN}}(F, D_X, Y, X) + \lambda\,\mathcal{L}_{\text{cyc}}(G, F) + \lambda_{\text{id}}\lambda\,\mathcal{L}_{\text{identity}}(G, F)$$
 */
export function cycleGanObjective(terms: CycleTerms, weights: CycleWeights): tf.Scalar {
  return tf.tidy(() => {
    let total = tf.add(tf.add(terms.advG, terms.advF), tf.mul(weights.lambda, terms.cycle));
    if (terms.identity && weights.identityFraction > 0) {
      total = tf.add(total, tf.mul(weights.lambda * weights.identityFraction, terms.identity));
    }
    return total as tf.Scalar;
  });
}
// #endregion
