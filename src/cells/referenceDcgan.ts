/**
 * The speed page's cell (data-cell "reference-dcgan"): the reference DCGAN
 * of the course's benchmarks, trained on the digits, so anyone can measure
 * their own machine the way docs/performance.md does. Trainer:
 * src/ml/trainers/referenceDcgan.ts.
 */
import { IMAGE_GAN_METRICS, imageGanParams } from './dcgan';
import { defaultsOf, defineCell, withDefaults } from './define';

/**
 * The DCGAN lesson's settings with the reference model's batch, latent size
 * (src/ml/models/dcgan.ts DCGAN_DEFAULTS; a test checks they agree) and the
 * paper's learning rate, without the generator's average (the benchmarks
 * time the paper's step, as the PyTorch peer runs it).
 */
const REFERENCE_DCGAN_PARAMS = withDefaults(imageGanParams(), { lrG: 0.0002, lrD: 0.0002, batchSize: 64, latentSize: 100, averageG: false });
export const REFERENCE_DCGAN_DEFAULTS = defaultsOf(REFERENCE_DCGAN_PARAMS);

export const referenceDcganCell = defineCell({
  kind: 'referenceDcgan',
  // The speed page's full-width DCGAN draws what the DCGAN lesson's does.
  view: 'dcgan',
  params: REFERENCE_DCGAN_PARAMS,
  metrics: IMAGE_GAN_METRICS,
  presets: [],
  checkpoints: { every: 500 },
});
