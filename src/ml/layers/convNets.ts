/**
 * The DCGAN-shaped networks the gallery's variants share (Radford, Metz &
 * Chintala 2015, arXiv:1511.06434, scaled to 28×28 digits as in
 * ../models/dcgan.ts), written so a variant can add what its paper adds: a
 * class input to the generator (ACGAN), and a discriminator whose trunk
 * features feed any number of outputs (ACGAN's two heads, the
 * semi-supervised GAN's ten class logits, feature matching).
 *
 * Generator:      [z, onehot(y)] → dense → [b, 7, 7, g0] → BN → ReLU
 *                 → conv2dTranspose 5×5/2 → [b, 14, 14, g1] → BN → ReLU
 *                 → conv2dTranspose 5×5/2 → [b, 28, 28, 1] → tanh
 * Discriminator:  x → conv 5×5/2 → [b, 14, 14, d0] → LeakyReLU
 *                 → conv 5×5/2 → [b, 7, 7, d1] → LeakyReLU → features [b, 49·d1]
 *                 → dense → [b, outputs]
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ParamStore } from './params';

const KERNEL = 5;
const STRIDE = 2;
/** "the slope of the leak was set to 0.2 in all models" (Radford et al. 2015, sec. 4). */
export const LEAKY_SLOPE = 0.2;
/** Keeps 1/√(var + ε) finite when a channel is constant over the batch. */
const BN_EPSILON = 1e-5;

export interface ConvGeneratorShape {
  latentSize: number;
  /** Classes fed as a one-hot vector beside z; 0 for an unconditional generator. */
  classes: number;
  filters: readonly [number, number];
}

export interface ConvDiscriminatorShape {
  filters: readonly [number, number];
  outputs: number;
}

/** Declares the generator's variables under `prefix` (e.g. 'g/'). */
export function addConvGenerator(store: ParamStore, prefix: string, s: ConvGeneratorShape): void {
  const [g0, g1] = s.filters;
  // No bias before batch norm: BN's β replaces it.
  store.add(`${prefix}project/kernel`, [s.latentSize + s.classes, 7 * 7 * g0]);
  store.add(`${prefix}bn0/gamma`, [g0], 0, 1);
  store.add(`${prefix}bn0/beta`, [g0], 0, 0);
  store.add(`${prefix}deconv1/kernel`, [KERNEL, KERNEL, g1, g0]); // [kh, kw, out, in]
  store.add(`${prefix}bn1/gamma`, [g1], 0, 1);
  store.add(`${prefix}bn1/beta`, [g1], 0, 0);
  store.add(`${prefix}deconv2/kernel`, [KERNEL, KERNEL, 1, g1]);
  store.add(`${prefix}deconv2/bias`, [1], 0, 0);
}

// #region code-view: conv-generator
/** Batch norm with the batch's own statistics, per channel: (x − μ)·γ/√(σ² + ε) + β. */
function batchNorm(x: tf.Tensor4D, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor4D {
  const { mean, variance } = tf.moments(x, [0, 1, 2]); // [c], [c]
  return tf.add(tf.mul(tf.sub(x, mean), tf.mul(gamma, tf.rsqrt(tf.add(variance, BN_EPSILON)))), beta) as tf.Tensor4D;
}

/**
 * z [b, latent] (and one-hot classes [b, classes] when conditional) →
 * images [b, 28, 28, 1] in (−1, 1). Caller disposes.
 */
export function convGenerator(store: ParamStore, prefix: string, s: ConvGeneratorShape, z: tf.Tensor2D, oneHot?: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [g0, g1] = s.filters;
    const b = z.shape[0];
    const input = s.classes > 0 ? tf.concat([z, oneHot!], 1) : z; // [b, latent + classes]
    let x = tf.reshape(tf.matMul(input, store.get(`${prefix}project/kernel`)), [b, 7, 7, g0]) as tf.Tensor4D; // [b, 7, 7, g0]
    x = tf.relu(batchNorm(x, store.get(`${prefix}bn0/gamma`), store.get(`${prefix}bn0/beta`)));
    x = tf.conv2dTranspose(x, store.get(`${prefix}deconv1/kernel`) as tf.Tensor4D, [b, 14, 14, g1], STRIDE, 'same'); // [b, 14, 14, g1]
    x = tf.relu(batchNorm(x, store.get(`${prefix}bn1/gamma`), store.get(`${prefix}bn1/beta`)));
    x = tf.conv2dTranspose(x, store.get(`${prefix}deconv2/kernel`) as tf.Tensor4D, [b, 28, 28, 1], STRIDE, 'same'); // [b, 28, 28, 1]
    return tf.tanh(tf.add(x, store.get(`${prefix}deconv2/bias`))) as tf.Tensor4D;
  });
}
// #endregion

/** Declares the discriminator's variables under `prefix` (e.g. 'd/'). */
export function addConvDiscriminator(store: ParamStore, prefix: string, s: ConvDiscriminatorShape): void {
  const [d0, d1] = s.filters;
  store.add(`${prefix}conv1/kernel`, [KERNEL, KERNEL, 1, d0]);
  store.add(`${prefix}conv1/bias`, [d0], 0, 0);
  store.add(`${prefix}conv2/kernel`, [KERNEL, KERNEL, d0, d1]);
  store.add(`${prefix}conv2/bias`, [d1], 0, 0);
  store.add(`${prefix}head/kernel`, [7 * 7 * d1, s.outputs]);
  store.add(`${prefix}head/bias`, [s.outputs], 0, 0);
}

// #region code-view: conv-discriminator
/** images [b, 28, 28, 1] → the trunk's features [b, 49·d1] (what feature matching compares). */
export function convFeatures(store: ParamStore, prefix: string, images: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    const conv = (x: tf.Tensor4D, layer: string) =>
      tf.leakyRelu(tf.add(tf.conv2d(x, store.get(`${prefix}${layer}/kernel`) as tf.Tensor4D, STRIDE, 'same'), store.get(`${prefix}${layer}/bias`)), LEAKY_SLOPE) as tf.Tensor4D;
    const h = conv(conv(images, 'conv1'), 'conv2'); // [b, 14, 14, d0] then [b, 7, 7, d1]
    return tf.reshape(h, [images.shape[0], -1]) as tf.Tensor2D; // [b, 49·d1]
  });
}

/** features [b, 49·d1] → outputs [b, outputs] (logits). */
export function convHead(store: ParamStore, prefix: string, features: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.matMul(features, store.get(`${prefix}head/kernel`)), store.get(`${prefix}head/bias`)) as tf.Tensor2D);
}
// #endregion
