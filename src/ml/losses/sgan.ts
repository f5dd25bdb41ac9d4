/**
 * Losses of the semi-supervised GAN in the K-logit form of Salimans et al.
 * 2016 ("Improved Techniques for Training GANs", arXiv:1606.03498, sec. 5
 * and 3.1), with D(x) = Z(x)/(Z(x)+1), Z(x) = Σ_k exp l_k(x), so
 *   log D(x) = LSE(l) − softplus(LSE(l)),   log(1 − D(x)) = −softplus(LSE(l)),
 * where LSE is log-sum-exp over the ten logits: no log(0) however confident.
 */
import * as tf from '@tensorflow/tfjs-core';
import { softmaxCrossEntropy } from '../models/digitClassifier';

// #region code-view: sgan-losses
/**
 * The supervised part, ordinary cross-entropy over the ten real classes on
 * the labelled digits:
 *
 * $$L_\text{sup} = -\mathbb{E}_{x,y}\log p(y \mid x, y < K+1) = -\mathbb{E}\,\log\frac{e^{l_y}}{\sum_k e^{l_k}}$$
 */
export function sganSupervisedLoss(labelledLogits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return softmaxCrossEntropy(labelledLogits, labels);
}

/**
 * The unsupervised part, the GAN game on unlabelled and generated digits:
 *
 * $$L_\text{unsup} = -\mathbb{E}_{x}\log D(x) - \mathbb{E}_{z}\log\big(1 - D(G(z))\big), \quad D(x) = \frac{Z(x)}{Z(x)+1}$$
 */
export function sganUnsupervisedLoss(unlabelledLogits: tf.Tensor2D, fakeLogits: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const lseReal = tf.logSumExp(unlabelledLogits, 1); // [b]
    const lseFake = tf.logSumExp(fakeLogits, 1); // [b]
    const real = tf.mean(tf.sub(tf.softplus(lseReal), lseReal)); // −log D(x)
    const fake = tf.mean(tf.softplus(lseFake)); // −log(1 − D(G(z)))
    return tf.add(real, fake) as tf.Scalar;
  });
}

/**
 * Feature matching for the generator (Salimans et al. 2016, sec. 3.1): match
 * the mean of D's intermediate features on real and generated digits,
 *
 * $$L_G = \big\lVert \mathbb{E}_x f(x) - \mathbb{E}_z f(G(z)) \big\rVert_2^2 \,/\, n_f$$
 *
 * (divided by the number of features n_f so its size does not depend on the width).
 */
export function featureMatchingLoss(realFeatures: tf.Tensor2D, fakeFeatures: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.square(tf.sub(tf.mean(realFeatures, 0), tf.mean(fakeFeatures, 0)))) as tf.Scalar);
}
// #endregion
