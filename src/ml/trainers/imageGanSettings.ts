/**
 * What an image GAN cell (DCGAN and its variants) fixes besides the
 * learner's settings (src/cells/dcgan.ts). No tfjs here.
 */
import type { AdversarialLossId } from '../steps/dcganStep';

/** The settings that shape the networks: a change needs a reset. */
export const RESET_KEYS = ['latentSize', 'outputRange', 'batchNorm'] as const;

/** What a cell fixes rather than the learner: the objective and the network widths. */
export interface ImageGanConfig {
  loss: AdversarialLossId;
  /** Channels of G's 7×7 and 14×14 maps. */
  generatorFilters: readonly [number, number];
  /** Channels of G's extra stride-1 layer at 7×7 (src/ml/models/dcganLayout.ts); absent: none. */
  generatorRefineFilters?: number;
  /** Channels of D's 14×14 and 7×7 maps. */
  discriminatorFilters: readonly [number, number];
  /** Spectral normalisation of D's kernels (src/ml/models/dcganLayout.ts); absent: off. */
  discriminatorSpectralNorm?: boolean;
  /** Score the generator every this many steps (it costs about a fifth of a step). */
  evalEvery: number;
  /** Generated digits per score. */
  evalSamples: number;
  /** Keep a picture of the fixed-noise grid every this many steps (thinned as the run grows). */
  snapshotEvery: number;
  /** Differentiable augmentation of D's inputs (src/ml/steps/diffAugment.ts): scripts/train-dcgan.ts --augment only. */
  augment?: boolean;
}

