/**
 * One round of the two-player game of Goodfellow et al. 2014, "Generative
 * Adversarial Nets", arXiv:1406.2661 (algorithm 1): k discriminator steps
 * ascending V(D, G), then one generator step. Shared by the 1-D and 2-D
 * toy GAN trainers; knows nothing about their data.
 */
import * as tf from '@tensorflow/tfjs-core';
import { discriminatorLoss, generatorLoss, type GeneratorLossId } from '../losses/gan';
import type { Mlp } from '../models/mlp';
import { makeOptimizer, type LiveOptimizer, type OptimizerId } from '../optimizers/liveOptimizers';
import type { Rng } from '../random';
import type { WeightSet } from '../trainer';

export { OPTIMIZER_IDS, type OptimizerId } from '../optimizers/liveOptimizers';

/** The settings of the game that may change while it runs. */
export interface GameSettings {
  lrG: number;
  lrD: number;
  optimizer: OptimizerId;
  generatorLoss: GeneratorLossId;
}

/** Scalar readouts of the game on one evaluation batch. */
export interface GameReadout {
  /** The discriminator's BCE, −V. */
  dLoss: number;
  /** The generator's loss under the chosen objective. */
  gLoss: number;
  /** E[log D(x)] over real samples. */
  eLogD: number;
  /** E[log(1 − D(G(z)))] over generated samples. */
  eLog1mDG: number;
  /** V(D, G) = eLogD + eLog1mDG; −log 4 at the equilibrium. */
  V: number;
  /** Mean D(G(z)): 1/2 at the equilibrium, near 0 when D wins. */
  dOfG: number;
}

export class GanGame {
  private optG: LiveOptimizer;
  private optD: LiveOptimizer;
  private settings: GameSettings;

  constructor(
    readonly generator: Mlp,
    readonly discriminator: Mlp,
    settings: GameSettings,
  ) {
    this.settings = { ...settings };
    this.optG = makeOptimizer(settings.optimizer, generator.variables, settings.lrG);
    this.optD = makeOptimizer(settings.optimizer, discriminator.variables, settings.lrD);
  }

  /** Both players' weights, for a checkpoint of the model `modelId`. */
  getWeights(modelId: string): WeightSet {
    return { modelId, tensors: [...this.generator.getWeights(), ...this.discriminator.getWeights()] };
  }

  /** Loads both players' weights; refuses a checkpoint of another width. */
  setWeights(weights: WeightSet, modelId: string): void {
    if (weights.modelId !== modelId) {
      throw new Error(`This checkpoint is for ${weights.modelId}, not ${modelId}: set the same hidden width and reset first.`);
    }
    this.generator.setWeights(weights.tensors);
    this.discriminator.setWeights(weights.tensors);
  }

  /** Applies new settings; switching optimizer starts fresh optimizer state. */
  update(settings: GameSettings): void {
    if (settings.optimizer !== this.settings.optimizer) {
      this.optG.dispose();
      this.optD.dispose();
      this.optG = makeOptimizer(settings.optimizer, this.generator.variables, settings.lrG);
      this.optD = makeOptimizer(settings.optimizer, this.discriminator.variables, settings.lrD);
    } else {
      if (settings.lrG !== this.settings.lrG) this.optG.setLearningRate(settings.lrG);
      if (settings.lrD !== this.settings.lrD) this.optD.setLearningRate(settings.lrD);
    }
    this.settings = { ...settings };
  }

  // #region code-view: gan-game-step
  /**
   * `steps` rounds of algorithm 1: `dSteps` discriminator steps, each on a
   * fresh real batch and fresh noise drawn from `rng`, then one generator
   * step. `sampleReal` draws `n` real points of `dataDim` numbers each.
   */
  trainRounds(
    steps: number,
    o: { batch: number; dSteps: number; noiseDim: number; dataDim: number; rng: Rng; sampleReal: (rng: Rng, n: number) => Float32Array },
  ): void {
    for (let s = 0; s < steps; s++) {
      for (let k = 0; k < o.dSteps; k++) {
        const real = matrix(o.sampleReal(o.rng, o.batch), o.dataDim); // [batch, dataDim]
        const z = matrix(o.rng.normalArray(o.batch * o.noiseDim), o.noiseDim); // [batch, noiseDim]
        this.discriminatorStep(real, z);
        tf.dispose([real, z]);
      }
      const z = matrix(o.rng.normalArray(o.batch * o.noiseDim), o.noiseDim); // [batch, noiseDim]
      this.generatorStep(z);
      z.dispose();
    }
  }

  /**
   * One gradient step of D on BCE (real -> 1, fake -> 0).
   * @param real [batch, dataDim]
   * @param z [batch, noiseDim]
   */
  discriminatorStep(real: tf.Tensor2D, z: tf.Tensor2D): void {
    tf.tidy(() => {
      // The generator's samples are data for this step: made outside the
      // tape so no gradient is traced through G.
      const fake = this.generator.apply(z); // [batch, dataDim]
      const nReal = real.shape[0];
      const both = tf.concat([real, fake], 0); // [nReal + batch, dataDim]
      this.optD.minimize(() => {
        const logits = this.discriminator.apply(both); // [nReal + batch, 1]
        const [realLogits, fakeLogits] = tf.split(logits, [nReal, logits.shape[0] - nReal], 0);
        return discriminatorLoss(realLogits, fakeLogits);
      });
    });
  }

  /** One gradient step of G on the chosen generator loss; D's weights stay. z: [batch, noiseDim] */
  generatorStep(z: tf.Tensor2D): void {
    tf.tidy(() => {
      // Only G's variables are updated; gradients flow back through D.
      this.optG.minimize(() =>
        generatorLoss(this.settings.generatorLoss, this.discriminator.apply(this.generator.apply(z))),
      );
    });
  }
  // #endregion

  /**
   * Scores the current players on an evaluation batch and returns the
   * generated samples too (the trainers reuse them for densities).
   * @param real [nReal, dataDim]
   * @param z [nFake, noiseDim]
   */
  evaluate(real: tf.Tensor2D, z: tf.Tensor2D): { readout: GameReadout; fake: Float32Array } {
    const nReal = real.shape[0];
    const [stats, fake] = tf.tidy(() => {
      const fake = this.generator.apply(z); // [nFake, dataDim]
      const logits = this.discriminator.apply(tf.concat([real, fake], 0)); // [nReal + nFake, 1]
      const [realLogits, fakeLogits] = tf.split(logits, [nReal, logits.shape[0] - nReal], 0);
      const eLogD = tf.neg(tf.mean(tf.softplus(tf.neg(realLogits)))); // log σ(l) = −softplus(−l)
      const eLog1mDG = tf.neg(tf.mean(tf.softplus(fakeLogits))); // log(1 − σ(l)) = −softplus(l)
      const stats = tf.stack([
        discriminatorLoss(realLogits, fakeLogits),
        generatorLoss(this.settings.generatorLoss, fakeLogits),
        eLogD,
        eLog1mDG,
        tf.mean(tf.sigmoid(fakeLogits)),
      ]); // [5]
      return [stats, fake];
    });
    const [dLoss, gLoss, eLogD, eLog1mDG, dOfG] = Array.from(stats.dataSync());
    const fakeData = fake.dataSync() as Float32Array;
    tf.dispose([stats, fake]);
    return { readout: { dLoss, gLoss, eLogD, eLog1mDG, V: eLogD + eLog1mDG, dOfG }, fake: Float32Array.from(fakeData) };
  }

  dispose(): void {
    this.optG.dispose();
    this.optD.dispose();
  }
}

/** x: [n, cols] from a flat Float32Array. */
export function matrix(data: Float32Array, cols: number): tf.Tensor2D {
  return tf.tensor2d(data, [data.length / cols, cols]);
}
