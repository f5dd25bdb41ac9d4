/**
 * The settings and the two Adam optimizers that the gallery's GAN trainers
 * (ACGAN, AdaIN) share: a generator and a discriminator, each with its own
 * learning rate and one β1, changed live from the cell's controls, and
 * started afresh when weights are loaded.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { LiveAdam } from '../train/dcganStep';
import type { HyperValues } from '../trainer';
import type { GanOptimizers } from './acganStep';

export interface GanRates {
  lrG: number;
  lrD: number;
  beta1: number;
  batchSize: number;
}

/** The four shared settings from a hyperparameter message, each kept in range; `base` fills what is missing or not a finite number. */
export function readGanRates(hp: HyperValues, base: GanRates): GanRates {
  const num = (v: unknown, f: number) => (typeof v === 'number' && Number.isFinite(v) ? v : f);
  return {
    lrG: Math.max(1e-7, num(hp.lrG, base.lrG)),
    lrD: Math.max(1e-7, num(hp.lrD, base.lrD)),
    beta1: Math.min(0.999, Math.max(0, num(hp.beta1, base.beta1))),
    batchSize: Math.max(2, Math.round(num(hp.batchSize, base.batchSize))),
  };
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
