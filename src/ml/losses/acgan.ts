/**
 * The ACGAN objective (Odena, Olah & Shlens 2017, arXiv:1610.09585, eqs. 2-3):
 *
 * $$L_S = \mathbb{E}[\log P(S{=}\text{real} \mid X_\text{real})] + \mathbb{E}[\log P(S{=}\text{fake} \mid X_\text{fake})]$$
 * $$L_C = \mathbb{E}[\log P(C{=}c \mid X_\text{real})] + \mathbb{E}[\log P(C{=}c \mid X_\text{fake})]$$
 *
 * D maximises L_S + L_C, G maximises L_C − L_S. Written here as losses to
 * minimise, with G's source term in the non-saturating form (as the DCGAN).
 */
import * as tf from '@tensorflow/tfjs-core';
import { discriminatorLoss, generatorLossNonSaturating } from './gan';
import { softmaxCrossEntropy } from '../models/digitClassifier';

// #region code-view: acgan-losses
/**
 * $$\mathcal{L}_D = -(L_S + L_C) = \mathrm{BCE}_\text{real/fake} + \mathrm{CE}(c, x_\text{real}) + \mathrm{CE}(c, G(z, c))$$
 */
export function acganDiscriminatorLoss(
  realSource: tf.Tensor2D,
  fakeSource: tf.Tensor2D,
  realClassLogits: tf.Tensor2D,
  realLabels: tf.Tensor1D,
  fakeClassLogits: tf.Tensor2D,
  fakeLabels: tf.Tensor1D,
): tf.Scalar {
  return tf.tidy(() =>
    tf.addN([discriminatorLoss(realSource, fakeSource), softmaxCrossEntropy(realClassLogits, realLabels), softmaxCrossEntropy(fakeClassLogits, fakeLabels)]) as tf.Scalar,
  );
}

/**
 * $$\mathcal{L}_G = -\mathbb{E}_z[\log D_S(G(z, c))] + \mathrm{CE}(c, G(z, c))$$
 */
export function acganGeneratorLoss(fakeSource: tf.Tensor2D, fakeClassLogits: tf.Tensor2D, fakeLabels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => tf.add(generatorLossNonSaturating(fakeSource), softmaxCrossEntropy(fakeClassLogits, fakeLabels)) as tf.Scalar);
}
// #endregion
