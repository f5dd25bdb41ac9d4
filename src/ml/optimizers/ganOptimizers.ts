/**
 * A GAN's two Adams, one per network, each with its own learning rate and
 * one shared β1, changed live from the cell's controls: the DCGAN family's
 * (created from a Dcgan) and the gallery's (ACGAN, AdaIN: GanAdamPair, which
 * also starts afresh when weights are loaded).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { Dcgan } from '../models/dcgan';
import { LiveAdam } from './liveOptimizers';

export interface GanOptimizers {
  generator: LiveAdam;
  discriminator: LiveAdam;
}

/**
 * Adam's β1 = 0.5 rather than 0.9: "the suggested value of 0.9 resulted in
 * training oscillation and instability" (Radford et al. 2015, sec. 4).
 */
export const DCGAN_ADAM_BETA1 = 0.5;
/** "learning rate of 0.0002" (Radford et al. 2015, sec. 4). */
export const DCGAN_LEARNING_RATE = 0.0002;

/** The optimiser settings a GAN cell's controls give (src/cells/galleryParams.ts). */
export interface GanRates {
  lrG: number;
  lrD: number;
  beta1: number;
  batchSize: number;
}

export interface GanVariables {
  readonly generatorVariables: tf.Variable[];
  readonly discriminatorVariables: tf.Variable[];
}

export class GanAdamPair implements GanOptimizers {
  generator!: LiveAdam;
  discriminator!: LiveAdam;

  constructor(
    private readonly model: GanVariables,
    private rates: GanRates,
  ) {
    this.build();
  }

  private build(): void {
    this.generator = new LiveAdam(this.model.generatorVariables, this.rates.lrG, this.rates.beta1);
    this.discriminator = new LiveAdam(this.model.discriminatorVariables, this.rates.lrD, this.rates.beta1);
  }

  /** New rates for the next step on; Adam's moments are kept. */
  setRates(rates: GanRates): void {
    this.rates = rates;
    this.generator.learningRate = rates.lrG;
    this.discriminator.learningRate = rates.lrD;
    this.generator.beta1 = rates.beta1;
    this.discriminator.beta1 = rates.beta1;
  }

  /** Fresh optimizers after the model's weights were replaced: Adam's moments belong to the old weights. */
  restart(): void {
    this.dispose();
    this.build();
  }

  dispose(): void {
    this.generator.dispose();
    this.discriminator.dispose();
  }
}

export interface DcganOptimizerSettings {
  lrG: number;
  lrD: number;
  beta1: number;
}

export const DCGAN_OPTIMIZER_DEFAULTS: DcganOptimizerSettings = {
  lrG: DCGAN_LEARNING_RATE,
  lrD: DCGAN_LEARNING_RATE,
  beta1: DCGAN_ADAM_BETA1,
};

/** One Adam per network, over that network's variables. */
export function createDcganOptimizers(model: Dcgan, settings: Partial<DcganOptimizerSettings> = {}): GanOptimizers {
  const s = { ...DCGAN_OPTIMIZER_DEFAULTS, ...settings };
  return {
    generator: new LiveAdam(model.generatorVariables, s.lrG, s.beta1),
    discriminator: new LiveAdam(model.discriminatorVariables, s.lrD, s.beta1),
  };
}

/** Applies any of lrG, lrD, beta1 live (both optimizers share β1). */
export function updateDcganOptimizers(optimizers: GanOptimizers, settings: Partial<DcganOptimizerSettings>): void {
  if (settings.lrG !== undefined) optimizers.generator.learningRate = settings.lrG;
  if (settings.lrD !== undefined) optimizers.discriminator.learningRate = settings.lrD;
  if (settings.beta1 !== undefined) {
    optimizers.generator.beta1 = settings.beta1;
    optimizers.discriminator.beta1 = settings.beta1;
  }
}

export function disposeDcganOptimizers(optimizers: GanOptimizers): void {
  optimizers.generator.dispose();
  optimizers.discriminator.dispose();
}
