/**
 * The image discriminator of the course's CycleGAN cell, D_X or D_Y: a small
 * PatchGAN (Isola, Zhu, Zhou, Efros 2017, "Image-to-Image Translation with
 * Conditional Adversarial Networks", arXiv:1611.07004, sec. 3.2.2; used by
 * CycleGAN, Zhu et al. 2017, arXiv:1703.10593, appendix 7.2). Instead of one
 * real/fake number per image it scores every 18×18 patch, on a 7×7 grid: a
 * texture such as stripes is judged where it is, and the network stays small.
 *
 *   C16 (no norm), C32, then a 3×3 convolution to one raw score per patch
 *   (least-squares GAN: no sigmoid).
 */
import * as tf from '@tensorflow/tfjs-core';
import { instanceNorm, VariableStore } from './cycleLayers';
import type { Rng } from '../random';

/** Slope of leaky ReLU for negative inputs, 0.2 as in the paper's discriminators. */
const LEAKY_SLOPE = 0.2;

export class PatchDiscriminator extends VariableStore {
  private readonly w: tf.Variable[];

  constructor(name: string, rng: Rng) {
    super(name);
    this.w = [
      this.add('c1/kernel', [4, 4, 1, 16], rng),
      this.add('c1/bias', [16], rng, 0),
      this.add('c2/kernel', [4, 4, 16, 32], rng),
      this.add('c2/gamma', [32], rng, 0),
      this.add('c2/beta', [32], rng, 0),
      this.add('out/kernel', [3, 3, 32, 1], rng),
      this.add('out/bias', [1], rng, 0),
    ];
    tf.tidy(() => this.w[3].assign(tf.onesLike(this.w[3])));
  }

  // #region code-view: patch-discriminator
  /** x: [n, 28, 28, 1] in [-1, 1] → one raw score per patch, [n, 7, 7, 1]. */
  apply(x: tf.Tensor): tf.Tensor4D {
    const [k1, b1, k2, g2, be2, k3, b3] = this.w;
    const h1 = tf.leakyRelu(tf.add(tf.conv2d(x as tf.Tensor4D, k1 as tf.Tensor4D, 2, 'same'), b1), LEAKY_SLOPE) as tf.Tensor4D; // [n, 14, 14, 16]
    const h2 = tf.leakyRelu(instanceNorm(tf.conv2d(h1, k2 as tf.Tensor4D, 2, 'same'), g2, be2), LEAKY_SLOPE) as tf.Tensor4D; // [n, 7, 7, 32]
    return tf.add(tf.conv2d(h2, k3 as tf.Tensor4D, 1, 'same'), b3) as tf.Tensor4D; // [n, 7, 7, 1]
  }
  // #endregion
}
