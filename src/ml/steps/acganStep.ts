/**
 * One ACGAN training round (Odena, Olah & Shlens 2017, arXiv:1610.09585):
 * a discriminator step on a real labelled batch and a fake batch of
 * requested classes, then a generator step. Compared with dcganStep the
 * differences are the class labels that travel with both batches and the
 * class cross-entropy added to both players' losses (../losses/acgan.ts).
 * Returns plain numbers; leaves tf.memory().numTensors unchanged.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { ACGAN_CLASSES, type Acgan } from '../models/acgan';
import { acganDiscriminatorLoss, acganGeneratorLoss } from '../losses/acgan';
import type { Rng } from '../random';
import type { GanOptimizers } from '../optimizers/ganOptimizers';

export interface AcganStepResult {
  dLoss: number;
  gLoss: number;
  /** Share of the real batch whose class D's auxiliary head gets right. */
  auxAccuracy: number;
}

/** Uniformly drawn classes for a fake batch: [n] int32. */
export function randomClasses(n: number, rng: Rng): Int32Array {
  return Int32Array.from({ length: n }, () => rng.int(ACGAN_CLASSES));
}

// #region code-view: acgan-step
/**
 * @param real [b, 28, 28, 1] in (−1, 1); @param labels [b] int32. Neither is disposed.
 */
export function acganStep(model: Acgan, opt: GanOptimizers, real: tf.Tensor4D, labels: tf.Tensor1D, rng: Rng): AcganStepResult {
  const b = real.shape[0];
  const latent = model.options.latentSize;
  const readout = tf.tidy(() => {
    const fakeLabels = tf.tensor1d(randomClasses(b, rng), 'int32'); // [b]
    const fake = model.generator(tf.randomNormal([b, latent], 0, 1, 'float32', rng.seed()) as tf.Tensor2D, fakeLabels); // [b, 28, 28, 1]
    const held: { correct?: tf.Scalar } = {};
    const dLoss = opt.discriminator.minimize(() => {
      const { source, classLogits } = model.discriminator(tf.concat([real, fake])); // [2b, 1], [2b, 10]
      const [rs, fs] = tf.split(source, 2) as [tf.Tensor2D, tf.Tensor2D];
      const [rc, fc] = tf.split(classLogits, 2) as [tf.Tensor2D, tf.Tensor2D];
      held.correct?.dispose();
      held.correct = tf.keep(tf.mean(tf.cast(tf.equal(tf.argMax(rc, 1), labels), 'float32')) as tf.Scalar);
      return acganDiscriminatorLoss(rs, fs, rc, labels, fc, fakeLabels);
    });
    const gLabels = tf.tensor1d(randomClasses(b, rng), 'int32'); // [b]
    const gz = tf.randomNormal([b, latent], 0, 1, 'float32', rng.seed()) as tf.Tensor2D; // [b, latent]
    const gLoss = opt.generator.minimize(() => {
      const { source, classLogits } = model.discriminator(model.generator(gz, gLabels));
      return acganGeneratorLoss(source, classLogits, gLabels);
    });
    const out = tf.stack([dLoss, gLoss, held.correct!]); // [3]
    held.correct!.dispose(); // kept tensors escape the tidy
    return out;
  });
  const [dLoss, gLoss, auxAccuracy] = readout.dataSync();
  readout.dispose();
  return { dLoss, gLoss, auxAccuracy };
}
// #endregion
