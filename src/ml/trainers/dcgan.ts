/**
 * The `dcgan` cell's trainer: a DCGAN (Radford, Metz & Chintala 2015,
 * arXiv:1511.06434) on real MNIST digits with the sigmoid cross-entropy game
 * of Goodfellow et al. 2014 (arXiv:1406.2661), scored by the course's digit
 * classifier. The class lives in ./imageGan.ts; this file fixes the DCGAN's
 * defaults and configuration and loads what the trainer needs.
 */
import { loadDigits, type DigitSet } from '../data/digits';
import { scoreRealDigits } from '../metrics/generatorScore';
import { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import { DCGAN_PRETRAINED, type ImageGanValues } from '../../cells/dcgan';
import type { TrainerContext, TrainerFactory } from '../trainer';
import { ImageGanTrainer } from './imageGan';
import type { ImageGanConfig } from './imageGanSettings';

/**
 * Half the widths of the reference DCGAN (64/32, 32/64): a step costs about
 * a quarter as much, so digits appear within a minute. The score uses 512
 * samples so that it holds still between noise draws (docs/performance.md,
 * "The DCGAN lesson's cell").
 */
export const DCGAN_CONFIG: ImageGanConfig = {
  loss: 'bce',
  generatorFilters: [32, 16],
  discriminatorFilters: [16, 32],
  evalEvery: 10,
  evalSamples: 512,
  snapshotEvery: 10,
};

/** Builds the trainer from loaded digits and classifier (Node scripts and tests call this directly). */
export async function createDcganTrainer(
  hp: ImageGanValues,
  seed: number,
  digits: DigitSet,
  classifier: DigitClassifier,
  config: ImageGanConfig = DCGAN_CONFIG,
): Promise<ImageGanTrainer> {
  const realScore = await scoreRealDigits(classifier, digits, config.evalSamples);
  return new ImageGanTrainer(hp, seed, digits, classifier, config, realScore);
}

/** Loads the digits and the pretrained classifier through the context. */
export async function loadDigitsAndClassifier(context: TrainerContext, seed: number): Promise<{ digits: DigitSet; classifier: DigitClassifier }> {
  const [digits, classifier] = await Promise.all([loadDigits(context), DigitClassifier.loadPretrained(context, new Rng(seed))]);
  return { digits, classifier };
}

const createDcgan: TrainerFactory<ImageGanValues> = async (hp, seed, context) => {
  const { digits, classifier } = await loadDigitsAndClassifier(context, seed);
  return createDcganTrainer(hp, seed, digits, classifier);
};
export default createDcgan;
