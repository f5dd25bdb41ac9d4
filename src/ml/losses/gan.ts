/**
 * GAN losses as pure functions of the discriminator's outputs. Each returns a
 * scalar tensor; callers own it (wrap in tf.tidy or dispose).
 *
 * The saturating ("minimax") and non-saturating generator losses are from
 * Goodfellow et al. 2014, "Generative Adversarial Nets", arXiv:1406.2661
 * (eq. 1 and the remark below it). The least-squares losses are from Mao et
 * al. 2017, "Least Squares Generative Adversarial Networks", arXiv:1611.04076.
 *
 * Every sigmoid-based loss takes logits, not probabilities, and uses the
 * softplus identities  log σ(l) = −softplus(−l)  and  log(1 − σ(l)) = −softplus(l),
 * so that no log(0) appears however confident the discriminator gets.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Which generator objective to minimise (Goodfellow et al. 2014). */
export type GeneratorLossId = 'minimax' | 'non-saturating';
export const GENERATOR_LOSS_IDS: readonly GeneratorLossId[] = ['minimax', 'non-saturating'];

/** Target labels of the least-squares GAN (Mao et al. 2017, eq. 2). */
export interface LeastSquaresLabels {
  /** Label the discriminator gives fake samples. */
  a: number;
  /** Label the discriminator gives real samples. */
  b: number;
  /** Value the generator wants the discriminator to believe for fakes. */
  c: number;
}

/** The 0-1-1 coding of Mao et al. 2017 (sec. 3.2.3), the usual choice. */
export const LSGAN_01_LABELS: LeastSquaresLabels = { a: 0, b: 1, c: 1 };

// #region code-view: gan-losses
/**
 * Binary cross-entropy of the discriminator: real samples labelled `realTarget`
 * (1, or less for one-sided label smoothing), fake samples labelled 0.
 *
 * $$\mathcal{L}_D = -\mathbb{E}_{x}\big[t\log D(x) + (1-t)\log(1-D(x))\big]
 *                   -\mathbb{E}_{z}\big[\log(1-D(G(z)))\big], \quad D = \sigma(\ell)$$
 *
 * With t = 1 this is −V(D, G) of Goodfellow et al. 2014 (arXiv:1406.2661, eq. 1).
 *
 * @param realLogits discriminator logits on real samples, [batch, 1]
 * @param fakeLogits discriminator logits on generated samples, [batch, 1]
 * @param realTarget label for real samples, in (0, 1]
 */
export function discriminatorLoss(realLogits: tf.Tensor, fakeLogits: tf.Tensor, realTarget = 1): tf.Scalar {
  return tf.tidy(() => {
    // t·softplus(−l) + (1−t)·softplus(l) = −[t log σ(l) + (1−t) log(1−σ(l))]
    const realTerm =
      realTarget === 1
        ? tf.softplus(tf.neg(realLogits))
        : tf.add(tf.mul(realTarget, tf.softplus(tf.neg(realLogits))), tf.mul(1 - realTarget, tf.softplus(realLogits)));
    const fakeTerm = tf.softplus(fakeLogits);
    return tf.add(tf.mean(realTerm), tf.mean(fakeTerm)) as tf.Scalar;
  });
}

/**
 * The generator's side of the minimax game, which it minimises:
 *
 * $$\mathcal{L}_G^{\text{minimax}} = \mathbb{E}_{z}\big[\log(1 - D(G(z)))\big]$$
 *
 * Goodfellow et al. 2014 (arXiv:1406.2661, eq. 1). Its gradient vanishes
 * when D confidently rejects the fakes (D(G(z)) → 0): it saturates.
 */
export function generatorLossMinimax(fakeLogits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.neg(tf.mean(tf.softplus(fakeLogits))) as tf.Scalar);
}

/**
 * The non-saturating generator loss, same fixed point, strong gradients early:
 *
 * $$\mathcal{L}_G^{\text{NS}} = -\mathbb{E}_{z}\big[\log D(G(z))\big]$$
 *
 * Goodfellow et al. 2014 (arXiv:1406.2661, sec. 3, "maximize log D(G(z))").
 */
export function generatorLossNonSaturating(fakeLogits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.softplus(tf.neg(fakeLogits))) as tf.Scalar);
}

/**
 * The generator loss chosen by id.
 *
 * $$\mathcal{L}_G \in \Big\{\mathbb{E}_z[\log(1-D(G(z)))],\; -\mathbb{E}_z[\log D(G(z))]\Big\}$$
 *
 * Goodfellow et al. 2014 (arXiv:1406.2661).
 */
export function generatorLoss(id: GeneratorLossId, fakeLogits: tf.Tensor): tf.Scalar {
  switch (id) {
    case 'minimax':
      return generatorLossMinimax(fakeLogits);
    case 'non-saturating':
      return generatorLossNonSaturating(fakeLogits);
  }
}

/**
 * Least-squares discriminator loss on raw (un-squashed) outputs:
 *
 * $$\mathcal{L}_D = \tfrac12\mathbb{E}_{x}\big[(D(x)-b)^2\big] + \tfrac12\mathbb{E}_{z}\big[(D(G(z))-a)^2\big]$$
 *
 * Mao et al. 2017 (arXiv:1611.04076, eq. 2).
 */
export function leastSquaresDiscriminatorLoss(
  realOutputs: tf.Tensor,
  fakeOutputs: tf.Tensor,
  labels: LeastSquaresLabels = LSGAN_01_LABELS,
): tf.Scalar {
  return tf.tidy(() => {
    const real = tf.mean(tf.square(tf.sub(realOutputs, labels.b)));
    const fake = tf.mean(tf.square(tf.sub(fakeOutputs, labels.a)));
    return tf.mul(0.5, tf.add(real, fake)) as tf.Scalar;
  });
}

/**
 * Least-squares generator loss:
 *
 * $$\mathcal{L}_G = \tfrac12\mathbb{E}_{z}\big[(D(G(z))-c)^2\big]$$
 *
 * Mao et al. 2017 (arXiv:1611.04076, eq. 2).
 */
export function leastSquaresGeneratorLoss(fakeOutputs: tf.Tensor, labels: LeastSquaresLabels = LSGAN_01_LABELS): tf.Scalar {
  return tf.tidy(() => tf.mul(0.5, tf.mean(tf.square(tf.sub(fakeOutputs, labels.c)))) as tf.Scalar);
}
// #endregion

/**
 * Hinge discriminator loss on raw scores, the "Geometric GAN" of Lim & Ye
 * 2017 (arXiv:1705.02894, eq. 9 with the SVM margin 1):
 *
 * $$\mathcal{L}_D = \mathbb{E}_{x}\big[\max(0, 1 - D(x))\big] + \mathbb{E}_{z}\big[\max(0, 1 + D(G(z)))\big]$$
 *
 * Real scores above 1 and fake scores below −1 cost nothing.
 */
export function hingeDiscriminatorLoss(realOutputs: tf.Tensor, fakeOutputs: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.add(tf.mean(tf.relu(tf.sub(1, realOutputs))), tf.mean(tf.relu(tf.add(1, fakeOutputs)))) as tf.Scalar);
}

/**
 * Hinge generator loss (Lim & Ye 2017, arXiv:1705.02894, eq. 10): the
 * generator raises D's raw score on its samples.
 *
 * $$\mathcal{L}_G = -\mathbb{E}_{z}\big[D(G(z))\big]$$
 */
export function hingeGeneratorLoss(fakeOutputs: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.neg(tf.mean(fakeOutputs)) as tf.Scalar);
}
