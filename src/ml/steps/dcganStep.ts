/**
 * One training round of a DCGAN (Radford et al. 2015, arXiv:1511.06434):
 * k discriminator steps, then one generator step (Goodfellow et al. 2014,
 * arXiv:1406.2661, algorithm 1), with the non-saturating generator loss and
 * binary cross-entropy on logits. Returns plain numbers; leaves
 * tf.memory().numTensors unchanged.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import {
  discriminatorLoss,
  generatorLossNonSaturating,
  leastSquaresDiscriminatorLoss,
  leastSquaresGeneratorLoss,
  LSGAN_01_LABELS,
} from '../losses/gan';
import type { Dcgan } from '../models/dcgan';
import type { GanOptimizers } from '../optimizers/ganOptimizers';
import type { Rng } from '../random';

/**
 * Target for real images under one-sided label smoothing: D is asked for 0.9
 * instead of 1 on real data only, so it cannot grow overconfident while fake
 * targets stay 0 (Salimans et al. 2016, arXiv:1606.03498, sec. 3.4).
 */
export const SMOOTH_REAL_LABEL = 0.9;


/**
 * Which adversarial objective a step uses: 'bce' is the sigmoid
 * cross-entropy game of Goodfellow et al. 2014 with the non-saturating
 * generator loss; 'least-squares' treats D's raw output as a score and
 * regresses it onto labels (Mao et al. 2017, arXiv:1611.04076).
 */
export type AdversarialLossId = 'bce' | 'least-squares';
export const ADVERSARIAL_LOSS_IDS: readonly AdversarialLossId[] = ['bce', 'least-squares'];

/** D's loss under `loss`; `realTarget` is 1, or SMOOTH_REAL_LABEL with smoothing. */
function adversarialDiscriminatorLoss(loss: AdversarialLossId, real: tf.Tensor, fake: tf.Tensor, realTarget: number): tf.Scalar {
  return loss === 'bce' ? discriminatorLoss(real, fake, realTarget) : leastSquaresDiscriminatorLoss(real, fake, { ...LSGAN_01_LABELS, b: realTarget });
}

function adversarialGeneratorLoss(loss: AdversarialLossId, fake: tf.Tensor): tf.Scalar {
  return loss === 'bce' ? generatorLossNonSaturating(fake) : leastSquaresGeneratorLoss(fake);
}

/** What the readouts dReal/dFake average: σ(logit) for 'bce', the raw score for 'least-squares'. */
function discriminatorReadout(loss: AdversarialLossId, outputs: tf.Tensor): tf.Tensor {
  return loss === 'bce' ? tf.sigmoid(outputs) : outputs;
}

export interface DcganStepOptions {
  /** The adversarial objective of both players. */
  loss: AdversarialLossId;
  /** Discriminator updates per generator update (k of algorithm 1). */
  dStepsPerG: number;
  /** Generator updates after the discriminator's, each on fresh noise (the seed's "train G more"). */
  gStepsPerD: number;
  /** One-sided label smoothing: real targets SMOOTH_REAL_LABEL instead of 1. */
  labelSmoothing: boolean;
  /** Skip the generator's update (its loss is still measured). */
  freezeG: boolean;
  /** Skip the discriminator's updates (its loss is still measured). */
  freezeD: boolean;
}

export const DCGAN_STEP_DEFAULTS: DcganStepOptions = {
  loss: 'bce',
  dStepsPerG: 1,
  gStepsPerD: 1,
  labelSmoothing: false,
  freezeG: false,
  freezeD: false,
};

export interface DcganStepResult {
  /** Discriminator BCE on the last D step's batch. */
  dLoss: number;
  /** Generator loss on the last G step's batch (non-saturating −E[log D(G(z))] for 'bce'). */
  gLoss: number;
  /** Mean D(x) over the real batch of the last D step (raw score under 'least-squares'). */
  dReal: number;
  /** Mean D(G(z)) over the fake batch of the last D step (raw score under 'least-squares'). */
  dFake: number;
}

// #region code-view: dcgan-step
/**
 * One round: `dStepsPerG` discriminator steps then `gStepsPerD` generator steps.
 *
 * @param real real images [batch, 28, 28, 1] in model.pixelRange; pass an
 *   array to give each D step its own batch (step i uses real[i % length]).
 *   Not disposed.
 * @param rng seeds the noise z, so a seed reproduces a run.
 */
export function dcganStep(
  model: Pick<Dcgan, 'options' | 'generator' | 'discriminator'>,
  optimizers: GanOptimizers,
  real: tf.Tensor4D | readonly tf.Tensor4D[],
  rng: Rng,
  options: Partial<DcganStepOptions> = {},
): DcganStepResult {
  const o = { ...DCGAN_STEP_DEFAULTS, ...options };
  const batches = Array.isArray(real) ? real : [real as tf.Tensor4D];
  if (batches.length === 0) throw new Error('dcganStep needs at least one batch of real images');
  const realTarget = o.labelSmoothing ? SMOOTH_REAL_LABEL : 1;
  const latent = model.options.latentSize;
  const noise = (batch: number) => tf.randomNormal([batch, latent], 0, 1, 'float32', rng.seed()) as tf.Tensor2D; // [b, latent]

  // [dLoss, dReal, dFake] of the last D step, kept out of the step's tidy.
  let dReadout: tf.Tensor1D | null = null;
  const dSteps = Math.max(1, Math.round(o.dStepsPerG));
  for (let i = 0; i < dSteps; i++) {
    const x = batches[i % batches.length];
    const readout = tf.tidy(() => {
      const fake = model.generator(noise(x.shape[0])); // [b, 28, 28, 1], a constant for D's update
      // D's outputs on the last evaluation of the loss, for the readout.
      const held: { real?: tf.Tensor2D; fake?: tf.Tensor2D } = {};
      const loss = () => {
        // Real and fake through D as one batch: half the kernel calls, and
        // larger matrix products run closer to the machine's peak.
        const logits = model.discriminator(tf.concat([x, fake])); // [2b, 1]
        [held.real, held.fake] = tf.split(logits, 2) as [tf.Tensor2D, tf.Tensor2D]; // [b, 1] each
        return adversarialDiscriminatorLoss(o.loss, held.real, held.fake, realTarget);
      };
      const readoutOf = (l: tf.Scalar) =>
        tf.stack([l, tf.mean(discriminatorReadout(o.loss, held.real!)), tf.mean(discriminatorReadout(o.loss, held.fake!))]) as tf.Tensor1D; // [3]
      if (o.freezeD) return readoutOf(loss());
      // minimize() runs the loss closure in its own tidy; keep D's outputs past it.
      const keptLoss = () => {
        const l = loss();
        tf.keep(held.real!);
        tf.keep(held.fake!);
        return l;
      };
      const out = readoutOf(optimizers.discriminator.minimize(keptLoss));
      // Kept tensors escape every tidy; free them by hand.
      held.real!.dispose();
      held.fake!.dispose();
      return out;
    });
    dReadout?.dispose();
    dReadout = readout;
  }

  // With one G step (the default) this draws the same noise as before the option existed, so seeded runs are unchanged.
  const gSteps = Math.max(1, Math.round(o.gStepsPerD));
  let gLossTensor: tf.Scalar | null = null;
  for (let i = 0; i < gSteps; i++) {
    gLossTensor?.dispose();
    gLossTensor = tf.tidy(() => {
      const batch = batches[0].shape[0];
      const z = noise(batch);
      const loss = () => adversarialGeneratorLoss(o.loss, model.discriminator(model.generator(z)));
      if (o.freezeG) return loss();
      return optimizers.generator.minimize(loss);
    });
  }

  // One read-back for all four numbers.
  const all = tf.tidy(() => tf.concat([dReadout!, tf.reshape(gLossTensor!, [1])]));
  const [dLoss, dReal, dFake, gLoss] = all.dataSync();
  all.dispose();
  dReadout!.dispose();
  gLossTensor!.dispose();
  return { dLoss, gLoss, dReal, dFake };
}
// #endregion
