/**
 * The speed page's cell (data-cell "reference-dcgan"): the reference DCGAN
 * of the course's benchmarks, trained on the digits, so anyone can measure
 * their own machine the way docs/performance.md does. Trainer:
 * src/ml/trainers/referenceDcgan.ts (its defaults must equal these; a test checks).
 */
import { DCGAN_DEFAULTS_FOR_CELL, IMAGE_GAN_METRICS, imageGanParams, type ImageGanCellDefaults } from './dcgan';
import type { CellDefinition } from './schema';

/** The DCGAN lesson's settings, with the benchmark's batch, latent size and the paper's learning rate. */
export const REFERENCE_DCGAN_DEFAULTS_FOR_CELL: ImageGanCellDefaults = {
  ...DCGAN_DEFAULTS_FOR_CELL,
  lrG: 0.0002,
  lrD: 0.0002,
  batchSize: 64,
  latentSize: 100,
};

export const referenceDcganCell: CellDefinition = {
  kind: 'referenceDcgan',
  params: imageGanParams(REFERENCE_DCGAN_DEFAULTS_FOR_CELL),
  metrics: IMAGE_GAN_METRICS,
  presets: [],
  checkpoints: { every: 500 },
};
