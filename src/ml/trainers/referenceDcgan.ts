/**
 * The `referenceDcgan` cell's trainer: the reference DCGAN the course's speed
 * figures are quoted for (docs/toolchain.md, src/ml/models/dcgan.ts DCGAN_DEFAULTS:
 * G dense 100 → 7×7×64, two 5×5 stride-2 up-convolutions to 28×28; D two 5×5
 * stride-2 convolutions with 32 and 64 filters; batch 64; Adam at the paper's
 * 2e-4 and β1 = 0.5) on the real digits. The same ImageGanTrainer as the
 * DCGAN lesson, at full width; it scores rarely so the speed is the step's.
 */
import { DCGAN_DEFAULTS } from '../models/dcgan';
import type { ImageGanValues } from '../../cells/dcgan';
import type { TrainerFactory } from '../trainer';
import { createDcganTrainer, loadDigitsAndClassifier } from './dcgan';
import type { ImageGanConfig } from './imageGanSettings';

export const REFERENCE_DCGAN_CONFIG: ImageGanConfig = {
  loss: 'bce',
  generatorFilters: DCGAN_DEFAULTS.generatorFilters,
  discriminatorFilters: DCGAN_DEFAULTS.discriminatorFilters,
  // A score costs about a fifth of a step; every 100 steps it changes the rate by 0.2%.
  evalEvery: 100,
  evalSamples: 256,
  snapshotEvery: 50,
};

const createReferenceDcgan: TrainerFactory<ImageGanValues> = async (hp, seed, context) => {
  const { digits, classifier } = await loadDigitsAndClassifier(context, seed);
  return createDcganTrainer(hp, seed, digits, classifier, REFERENCE_DCGAN_CONFIG);
};
export default createReferenceDcgan;
