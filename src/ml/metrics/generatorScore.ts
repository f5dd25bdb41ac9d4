/**
 * Scores a digit generator with the course's classifier (the digit score of
 * ./digitScore.ts: the Inception Score of Salimans et al. 2016,
 * arXiv:1606.03498, with an MNIST classifier). Reusable by every image GAN
 * trainer: it holds fixed noise, so a score changes only because the
 * generator did, and it never touches the training run's random streams.
 */
import { digitImages, type DigitSet } from '../data/digits';
import { Rng } from '../random';
import { classifyDigitImages, digitScoreReport, scoreDigitImages, type DigitScoreReport, type ProbabilityClassifier } from './digitScore';

/** Anything that turns latent vectors [n·latent] into n images [n·784] in [0, 1]. */
export interface DigitGenerator {
  generate(z: Float32Array): Float32Array;
}

export class GeneratorScorer {
  private readonly noise: Float32Array;

  /**
   * @param samples how many generated digits each score averages over; the
   *   score is biased low for small n, so compare scores at equal n
   * @param seed seeds the fixed noise
   */
  constructor(
    private readonly classifier: ProbabilityClassifier,
    readonly latentSize: number,
    readonly samples: number,
    seed: number,
  ) {
    this.noise = new Rng(seed).normalArray(samples * latentSize); // [samples, latent]
  }

  /** Digit score, confidence and class histogram of the generator's samples from the fixed noise. */
  async score(generator: DigitGenerator): Promise<DigitScoreReport> {
    return digitScoreReport(await this.probabilities(generator));
  }

  /** The classifier's probabilities [samples·10] for the generator's samples from the fixed noise. */
  probabilities(generator: DigitGenerator): Promise<Float32Array> {
    return classifyDigitImages(this.classifier, generator.generate(this.noise), 'sigmoid');
  }
}

/** The same report for `samples` real held-out digits: the yardstick generated scores are read against. */
export function scoreRealDigits(classifier: ProbabilityClassifier, digits: DigitSet, samples: number): Promise<DigitScoreReport> {
  const count = Math.min(samples, digits.heldOut.length);
  return scoreDigitImages(classifier, digitImages(digits, digits.heldOut.subarray(0, count), 'sigmoid'), 'sigmoid');
}
