/**
 * The settings of an image GAN cell (DCGAN and its variants), read from the
 * harness's values with fallbacks. No tfjs here.
 */
import type { DcganOutputActivation } from '../models/dcgan';
import type { AdversarialLossId } from '../steps/dcganStep';
import type { HyperValues } from '../trainer';

export interface ImageGanHyper {
  /** Adam step size of the generator. */
  lrG: number;
  /** Adam step size of the discriminator. */
  lrD: number;
  /** Adam's β1, shared by both players. */
  beta1: number;
  batchSize: number;
  /** Length of z; shapes the generator, so it needs a reset. */
  latentSize: number;
  /** One-sided label smoothing of D's real targets (Salimans et al. 2016). */
  labelSmoothing: boolean;
  /** Discriminator steps per generator step (k of Goodfellow et al. 2014, algorithm 1). */
  dSteps: number;
  freezeG: boolean;
  freezeD: boolean;
  /** 'tanh': images and data in (−1, 1); 'sigmoid': in (0, 1). Needs a reset. */
  outputRange: DcganOutputActivation;
  /** Batch norm in the generator's hidden layers. Needs a reset. */
  batchNorm: boolean;
}

/** The settings that shape the networks: a change needs a reset. */
export const RESET_KEYS = ['latentSize', 'outputRange', 'batchNorm'] as const;

/** What a cell fixes rather than the learner: the objective and the network widths. */
export interface ImageGanConfig {
  loss: AdversarialLossId;
  /** Channels of G's 7×7 and 14×14 maps. */
  generatorFilters: readonly [number, number];
  /** Channels of D's 14×14 and 7×7 maps. */
  discriminatorFilters: readonly [number, number];
  /** Score the generator every this many steps (it costs about a fifth of a step). */
  evalEvery: number;
  /** Generated digits per score. */
  evalSamples: number;
  /** Keep a picture of the fixed-noise grid every this many steps (thinned as the run grows). */
  snapshotEvery: number;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Typed settings from the harness's values; anything missing or malformed keeps `base`. */
export function readImageGanHyper(hp: HyperValues, base: ImageGanHyper): ImageGanHyper {
  const range = hp.outputRange === 'tanh' || hp.outputRange === 'sigmoid' ? hp.outputRange : base.outputRange;
  return {
    lrG: Math.max(1e-7, num(hp.lrG, base.lrG)),
    lrD: Math.max(1e-7, num(hp.lrD, base.lrD)),
    beta1: Math.min(0.999, Math.max(0, num(hp.beta1, base.beta1))),
    batchSize: Math.max(2, Math.round(num(hp.batchSize, base.batchSize))),
    latentSize: Math.max(1, Math.round(num(hp.latentSize, base.latentSize))),
    labelSmoothing: bool(hp.labelSmoothing, base.labelSmoothing),
    dSteps: Math.max(1, Math.round(num(hp.dSteps, base.dSteps))),
    freezeG: bool(hp.freezeG, base.freezeG),
    freezeD: bool(hp.freezeD, base.freezeD),
    outputRange: range,
    batchNorm: bool(hp.batchNorm, base.batchNorm),
  };
}
