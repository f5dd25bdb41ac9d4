/**
 * The Keras (TensorFlow 2) text of each cell kind: a template per kind that
 * writes the cell's values in. No DOM, no tfjs.
 */
import type { KerasTemplate } from '../python';
import { acganKeras } from './acgan';
import { adainKeras } from './adain';
import { aeVsGanKeras } from './aeVsGan';
import { autoencoderKeras } from './autoencoder';
import { customLossKeras } from './customLoss';
import { cycle2dKeras, cycleImagesKeras } from './cycle';
import { imageGanKeras } from './imageGan';
import { sganKeras } from './sgan';
import { gan1dKeras, gan2dKeras } from './toyGan';

/** The lesson DCGAN's widths (src/ml/trainers/dcgan.ts DCGAN_CONFIG); a unit test checks they agree. */
export const DCGAN_CELL_FILTERS = { generator: [32, 16], discriminator: [16, 32] } as const;
/** The reference DCGAN's widths (src/ml/models/dcgan.ts DCGAN_DEFAULTS). */
export const REFERENCE_DCGAN_FILTERS = { generator: [64, 32], discriminator: [32, 64] } as const;

export const KERAS_TEMPLATES: Readonly<Record<string, KerasTemplate>> = {
  acgan: acganKeras,
  adain: adainKeras,
  aeVsGan: aeVsGanKeras,
  autoencoder: autoencoderKeras,
  customLoss: customLossKeras,
  cycle2d: cycle2dKeras,
  cycleImages: cycleImagesKeras,
  gan1d: gan1dKeras,
  saturation: gan1dKeras,
  gan2d: gan2dKeras,
  dcgan: imageGanKeras(DCGAN_CELL_FILTERS.generator, DCGAN_CELL_FILTERS.discriminator),
  lsgan: imageGanKeras(DCGAN_CELL_FILTERS.generator, DCGAN_CELL_FILTERS.discriminator, ['lrG', 'lrD', 'beta1', 'batchSize'], { averageG: false }),
  sgan: sganKeras,
  referenceDcgan: imageGanKeras(REFERENCE_DCGAN_FILTERS.generator, REFERENCE_DCGAN_FILTERS.discriminator),
};
