/**
 * The image generator of the course's CycleGAN cell, G: X → Y or F: Y → X,
 * a pocket version of the encoder / residual blocks / decoder network of Zhu,
 * Park, Isola, Efros 2017, "Unpaired Image-to-Image Translation using
 * Cycle-Consistent Adversarial Networks", arXiv:1703.10593 (appendix 7.2,
 * after Johnson et al. 2016), for 28×28 one-channel images in [-1, 1]:
 *
 *   c3s1-8, d16, d32 (two stride-2 downsamplings: 28 → 14 → 7),
 *   one residual block R32, u16, u8 (two stride-2 transposed convolutions),
 *   then a 3×3 convolution of [u8, c3s1-8] to one channel and tanh.
 *
 * The one skip connection (from the first layer's features to the output
 * layer, as in a U-Net) hands the decoder the input's fine detail, so the
 * network can keep a digit's shape and spend its capacity on the style.
 * Being strided by 4 overall, it can draw a texture that repeats every 4
 * pixels, such as the course's diagonal stripes, at a fixed phase.
 */
import * as tf from '@tensorflow/tfjs-core';
import { instanceNorm, VariableStore } from './cycleLayers';
import type { Rng } from '../random';

export const IMAGE_SIDE = 28;
/** Channels after the first layer and the two downsamplings. */
const WIDTHS = [8, 16, 32] as const;

export class CycleGenerator extends VariableStore {
  private readonly w: Record<string, tf.Variable> = {};

  constructor(name: string, rng: Rng) {
    super(name);
    const [c1, c2, c3] = WIDTHS;
    const conv = (key: string, k: number, cin: number, cout: number, norm: boolean) => {
      this.w[`${key}/kernel`] = this.add(`${key}/kernel`, [k, k, cin, cout], rng);
      if (norm) {
        this.w[`${key}/gamma`] = this.add(`${key}/gamma`, [cout], rng, 0);
        this.w[`${key}/beta`] = this.add(`${key}/beta`, [cout], rng, 0);
      } else this.w[`${key}/bias`] = this.add(`${key}/bias`, [cout], rng, 0);
    };
    // Transposed convolutions store their kernel as [k, k, out, in].
    const up = (key: string, k: number, cin: number, cout: number) => {
      this.w[`${key}/kernel`] = this.add(`${key}/kernel`, [k, k, cout, cin], rng);
      this.w[`${key}/gamma`] = this.add(`${key}/gamma`, [cout], rng, 0);
      this.w[`${key}/beta`] = this.add(`${key}/beta`, [cout], rng, 0);
    };
    conv('c1', 3, 1, c1, true);
    conv('d1', 4, c1, c2, true);
    conv('d2', 4, c2, c3, true);
    conv('r1a', 3, c3, c3, true);
    conv('r1b', 3, c3, c3, true);
    up('u1', 4, c3, c2);
    up('u2', 4, c2, c1);
    conv('out', 3, 2 * c1, 1, false);
    // Instance-norm scales start at 1 (a plain normalisation), shifts at 0.
    for (const key of Object.keys(this.w)) if (key.endsWith('/gamma')) tf.tidy(() => this.w[key].assign(tf.onesLike(this.w[key])));
  }

  private normed(key: string, h: tf.Tensor4D): tf.Tensor4D {
    return instanceNorm(h, this.w[`${key}/gamma`], this.w[`${key}/beta`]);
  }

  private conv(key: string, h: tf.Tensor4D, stride: number): tf.Tensor4D {
    return this.normed(key, tf.conv2d(h, this.w[`${key}/kernel`] as tf.Tensor4D, stride, 'same'));
  }

  private up(key: string, h: tf.Tensor4D, side: number, channels: number): tf.Tensor4D {
    const n = h.shape[0];
    const out = tf.conv2dTranspose(h, this.w[`${key}/kernel`] as tf.Tensor4D, [n, side, side, channels], 2, 'same');
    return this.normed(key, out);
  }

  // #region code-view: cycle-generator
  /** x: [n, 28, 28, 1] in [-1, 1] → [n, 28, 28, 1] in (-1, 1). Caller disposes (or tidies). */
  apply(x: tf.Tensor): tf.Tensor4D {
    const [c1, c2] = WIDTHS;
    const h1 = tf.relu(this.conv('c1', x as tf.Tensor4D, 1)); // [n, 28, 28, 8]
    const h2 = tf.relu(this.conv('d1', h1, 2)); // [n, 14, 14, 16]
    const h3 = tf.relu(this.conv('d2', h2, 2)); // [n, 7, 7, 32]
    const r = tf.relu(this.conv('r1a', h3, 1)); // [n, 7, 7, 32]
    const h4 = tf.add(h3, this.conv('r1b', r, 1)) as tf.Tensor4D; // residual block, [n, 7, 7, 32]
    const h5 = tf.relu(this.up('u1', h4, IMAGE_SIDE / 2, c2)); // [n, 14, 14, 16]
    const h6 = tf.relu(this.up('u2', h5, IMAGE_SIDE, c1)); // [n, 28, 28, 8]
    const both = tf.concat([h6, h1], 3); // skip connection, [n, 28, 28, 16]
    const out = tf.conv2d(both, this.w['out/kernel'] as tf.Tensor4D, 1, 'same'); // [n, 28, 28, 1]
    return tf.tanh(tf.add(out, this.w['out/bias'])) as tf.Tensor4D;
  }
  // #endregion
}
