/**
 * Adaptive instance normalisation (Huang & Belongie 2017, "Arbitrary Style
 * Transfer in Real-time with Adaptive Instance Normalization",
 * arXiv:1703.06868, eq. 8), the layer through which StyleGAN's styles enter
 * the synthesis network (Karras, Laine & Aila 2019, arXiv:1812.04948, eq. 1):
 *
 * $$\mathrm{AdaIN}(x, y) = \sigma(y)\,\frac{x - \mu(x)}{\sigma(x)} + \mu(y)$$
 *
 * μ(x), σ(x) are each sample's own per-channel mean and deviation over the
 * spatial positions. In StyleGAN σ(y), μ(y) are not statistics of another
 * image but a "style" y = (y_s, y_b) computed from w by a learned affine map.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Keeps 1/σ(x) finite for a channel that is constant over the map (e.g. at init). */
export const ADAIN_EPSILON = 1e-5;

/** Per-sample, per-channel mean and standard deviation of an NHWC map: both [b, c]. */
export function channelMoments(x: tf.Tensor4D): { mean: tf.Tensor2D; std: tf.Tensor2D } {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(x, [1, 2]); // [b, c], [b, c]
    return { mean: mean as tf.Tensor2D, std: tf.sqrt(tf.add(variance, ADAIN_EPSILON)) as tf.Tensor2D };
  });
}

// #region code-view: adain
/**
 * AdaIN(x, y): x [b, h, w, c] normalised per sample and channel, then scaled
 * by `styleScale` (σ(y)) and shifted by `styleBias` (μ(y)), both [b, c].
 * Returns [b, h, w, c]; caller disposes.
 */
export function adain(x: tf.Tensor4D, styleScale: tf.Tensor2D, styleBias: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [b, , , c] = x.shape;
    const { mean, variance } = tf.moments(x, [1, 2], true); // [b, 1, 1, c] each
    const normalised = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, ADAIN_EPSILON))); // [b, h, w, c]
    const scale = tf.reshape(styleScale, [b, 1, 1, c]);
    const bias = tf.reshape(styleBias, [b, 1, 1, c]);
    return tf.add(tf.mul(normalised, scale), bias) as tf.Tensor4D;
  });
}
// #endregion
