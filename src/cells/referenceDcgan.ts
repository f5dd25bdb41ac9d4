/**
 * The speed page's cell (data-cell "reference-dcgan"): the reference DCGAN
 * of the course's benchmarks, trained on the digits, so anyone can measure
 * their own machine the way docs/performance.md does. Trainer:
 * src/ml/trainers/referenceDcgan.ts (its defaults must equal these; a test checks).
 */
import { IMAGE_GAN_METRICS, imageGanParams, type ImageGanCellDefaults } from './dcgan';
import type { CellDefinition } from './schema';

export const REFERENCE_DCGAN_DEFAULTS_FOR_CELL: ImageGanCellDefaults = {
  lrG: 0.0002,
  lrD: 0.0002,
  beta1: 0.5,
  batchSize: 64,
  latentSize: 100,
  labelSmoothing: false,
  dSteps: 1,
  freezeG: false,
  freezeD: false,
  outputRange: 'tanh',
  batchNorm: true,
};

export const referenceDcganCell: CellDefinition = {
  kind: 'referenceDcgan',
  params: imageGanParams(REFERENCE_DCGAN_DEFAULTS_FOR_CELL),
  metrics: IMAGE_GAN_METRICS,
  presets: [],
  checkpoints: { every: 500 },
};
