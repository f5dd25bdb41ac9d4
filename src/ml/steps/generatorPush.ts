/**
 * Where the generator's loss pushes each fake point, through D: −∂ℓ/∂x for
 * each point x, with ℓ the point's own term of the generator loss (so an
 * arrow's length does not depend on how many points are drawn). GAN Lab
 * (Kahng et al. 2018, arXiv:1809.01587) draws these as arrows on the fakes.
 *
 *   minimax:         ℓ(x) = log(1 − σ(l(x)))  = −softplus(l(x))
 *   non-saturating:  ℓ(x) = −log σ(l(x))      =  softplus(−l(x))
 *
 * so −∂ℓ/∂x = σ(l)·∇l (minimax, vanishing where D is sure, σ(l) → 0) or
 * (1 − σ(l))·∇l (non-saturating, strongest there).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GeneratorLossId } from '../losses/gan';

/**
 * @param logitsOf D's logits for points [n, dim] -> [n, 1]
 * @param points fake points [n, dim]
 * @returns −∂ℓ/∂x, [n, dim] (the caller owns it)
 */
export function generatorPush(logitsOf: (x: tf.Tensor2D) => tf.Tensor, lossId: GeneratorLossId, points: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const perPointLossSum = (x: tf.Tensor) => {
      const logits = logitsOf(x as tf.Tensor2D);
      const terms = lossId === 'minimax' ? tf.neg(tf.softplus(logits)) : tf.softplus(tf.neg(logits));
      return tf.sum(terms); // points are independent: the gradient of the sum is each point's own
    };
    return tf.neg(tf.grad(perPointLossSum)(points)) as tf.Tensor2D;
  });
}
