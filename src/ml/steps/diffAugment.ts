/**
 * Differentiable augmentation for the discriminator's inputs (Zhao, Liu,
 * Lin, Zhu & Han 2020, "Differentiable Augmentation for Data-Efficient GAN
 * Training", arXiv:2006.10738): every image D sees, real or generated, is
 * shifted by a few pixels and has a square cut out, with the same operations
 * on both piles, so D cannot memorise a small training set (the course has
 * 8,000 digits) and G still gets gradients through the augmentation. Used
 * by the pretraining script (scripts/train-dcgan.ts --augment), not by the
 * cells.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dcgan } from '../models/dcgan';
import type { Rng } from '../random';

/** Largest shift in pixels each way: 1/8 of a 28-pixel side, as the paper's "translation". */
const MAX_SHIFT = 3;
/** Side of the cut-out square: half the image, as the paper's "cutout". */
const CUTOUT = 14;

/** A size×size matrix M with M[i][i − shift] = 1 (rows that would come from outside stay 0). */
function shiftMatrix(size: number, shift: number): Float32Array {
  const m = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    const j = i - shift;
    if (j >= 0 && j < size) m[i * size + j] = 1;
  }
  return m;
}

/**
 * images [b, h, w, 1] in a pixel range whose background is `background`
 * (−1 for tanh, 0 for sigmoid) → the same shape, each image shifted by its
 * own (dy, dx) in [−3, 3] and with its own 14×14 square set to background.
 * Built from two batched matrix products and a mask, so gradients flow.
 */
export function diffAugment(images: tf.Tensor4D, rng: Rng, background: number): tf.Tensor4D {
  const [b, h, w] = images.shape;
  const rows = new Float32Array(b * h * h);
  const cols = new Float32Array(b * w * w);
  const mask = new Float32Array(b * h * w).fill(1);
  const shift = () => rng.int(2 * MAX_SHIFT + 1) - MAX_SHIFT;
  for (let n = 0; n < b; n++) {
    rows.set(shiftMatrix(h, shift()), n * h * h);
    // Columns are shifted by right-multiplying with the transpose.
    const c = shiftMatrix(w, shift());
    for (let i = 0; i < w; i++) for (let j = 0; j < w; j++) cols[n * w * w + j * w + i] = c[i * w + j];
    const top = rng.int(h - CUTOUT + 1);
    const left = rng.int(w - CUTOUT + 1);
    for (let y = top; y < top + CUTOUT; y++) mask.fill(0, n * h * w + y * w + left, n * h * w + y * w + left + CUTOUT);
  }
  return tf.tidy(() => {
    // Work on (pixel − background), so that what shifts in from outside and what is cut out is background.
    const x = tf.sub(tf.reshape(images, [b, h, w]), background) as tf.Tensor3D;
    const shifted = tf.matMul(tf.matMul(tf.tensor3d(rows, [b, h, h]), x), tf.tensor3d(cols, [b, w, w]));
    return tf.reshape(tf.add(tf.mul(shifted, tf.tensor3d(mask, [b, h, w])), background), [b, h, w, 1]) as tf.Tensor4D;
  });
}

/** `model` as a training step sees it, with every discriminator input augmented (draws from `rng`). */
export function withAugmentedDiscriminator(model: Dcgan, rng: Rng): Pick<Dcgan, 'options' | 'generator' | 'discriminator'> {
  const background = model.pixelRange[0];
  return {
    options: model.options,
    generator: (z, stats) => model.generator(z, stats),
    discriminator: (images) => tf.tidy(() => model.discriminator(diffAugment(images, rng, background))),
  };
}
