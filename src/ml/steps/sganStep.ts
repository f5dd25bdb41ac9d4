/**
 * One semi-supervised GAN round (Odena 2016, arXiv:1606.01583; Salimans et
 * al. 2016, arXiv:1606.03498) and one step of the labels-only baseline.
 * Against dcganStep: D's loss is cross-entropy on the labelled batch plus the
 * real/fake game on an unlabelled and a fake batch (../losses/sgan.ts),
 * and G matches D's mean features instead of fooling its output.
 * Returns plain numbers; leaves tf.memory().numTensors unchanged.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import type { Sgan } from '../models/sgan';
import { featureMatchingLoss, sganSupervisedLoss, sganUnsupervisedLoss } from '../losses/sgan';
import type { Rng } from '../random';
import type { LiveAdam } from '../optimizers/liveOptimizers';

export interface SganOptimizers {
  generator: LiveAdam;
  discriminator: LiveAdam;
  baseline: LiveAdam;
}

export interface SganBatches {
  /** [b, 28, 28, 1] in (−1, 1) and their classes [b]. */
  labelled: tf.Tensor4D;
  labels: tf.Tensor1D;
  /** [b, 28, 28, 1] in (−1, 1), labels unused. */
  unlabelled: tf.Tensor4D;
}

export interface SganStepResult {
  supervised: number;
  unsupervised: number;
  gLoss: number;
  baselineLoss: number;
}

// #region code-view: sgan-step
export function sganStep(model: Sgan, opt: SganOptimizers, batch: SganBatches, rng: Rng): SganStepResult {
  const b = batch.unlabelled.shape[0];
  const latent = model.options.latentSize;
  const out = tf.tidy(() => {
    const fake = model.generator(tf.tensor2d(rng.normalArray(b * latent), [b, latent])); // [b, 28, 28, 1]
    const held: { sup?: tf.Scalar } = {};
        const unsup = opt.discriminator.minimize(() => {
      const nl = batch.labelled.shape[0];
      const { logits } = model.classify('d', tf.concat([batch.labelled, batch.unlabelled, fake]), rng); // [nl + 2b, 10]
      const [labelled, unlabelled, fakes] = tf.split(logits, [nl, b, b]) as tf.Tensor2D[];
      const sup = sganSupervisedLoss(labelled, batch.labels);
      held.sup?.dispose();
      held.sup = tf.keep(sup);
      return tf.add(sup, sganUnsupervisedLoss(unlabelled, fakes)) as tf.Scalar;
    });
    const gz = tf.tensor2d(rng.normalArray(b * latent), [b, latent]); // [b, latent]
        const gLoss = opt.generator.minimize(() => {
      const { features } = model.classify('d', tf.concat([batch.unlabelled, model.generator(gz)]), rng); // [2b, features]
      const [real, fakes] = tf.split(features, 2) as tf.Tensor2D[];
      return featureMatchingLoss(real, fakes);
    });
        const baselineLoss = opt.baseline.minimize(() => sganSupervisedLoss(model.classify('baseline', batch.labelled, rng).logits, batch.labels));
    const sup = held.sup!;
    const result = tf.stack([sup, tf.sub(unsup, sup), gLoss, baselineLoss]); // [4]
    sup.dispose(); // kept tensors escape the tidy
    return result;
  });
  const [supervised, unsupervised, gLoss, baselineLoss] = out.dataSync();
  out.dispose();
  return { supervised, unsupervised, gLoss, baselineLoss };
}
// #endregion

/** Share of `images` [n, 28, 28, 1] whose argmax class (no noise, no dropout) equals `labels`. */
export function sganAccuracy(model: Sgan, which: 'd' | 'baseline', images: tf.Tensor4D, labels: Int32Array): number {
  const predicted = tf.tidy(() => tf.argMax(model.classify(which, images).logits, 1));
  const p = predicted.dataSync();
  predicted.dispose();
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (p[i] === labels[i]) correct++;
  return correct / labels.length;
}
