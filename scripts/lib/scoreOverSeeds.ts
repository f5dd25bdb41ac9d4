/**
 * The DCGAN weights' digit score as the lesson quotes it: the mean over
 * several noise seeds of 512 samples each (one score on a few hundred samples
 * swings by ±0.3 with the noise drawn). scripts/score-dcgan.ts prints it and
 * scripts/train-dcgan.ts stores it in the manifest of the weights it writes.
 */
import { GeneratorScorer, type DigitGenerator } from '../../src/ml/metrics/generatorScore';
import { digitScoreReport, unsureSamples, type ProbabilityClassifier } from '../../src/ml/metrics/digitScore';

/** Samples per seed: the cell's own evaluation size (DCGAN_CONFIG.evalSamples). */
export const SCORE_SAMPLES = 512;
/** 7: the unit test's seed, 2016: the training script's, then 1, 2, 3. */
export const SCORE_SEEDS: readonly number[] = [7, 2016, 1, 2, 3];
/** A sample is "unsure" when the classifier gives its top digit less than this. */
export const UNSURE_BELOW = 0.9;

export interface SeedScores {
  scores: number[];
  meanScore: number;
  meanConfidence: number;
  /** Share of samples per digit class 0-9, averaged over the seeds. */
  classShares: Float64Array;
  /** Share of samples whose top class probability is below UNSURE_BELOW, over all seeds. */
  unsureShare: number;
  /** Their top-two digit pairs ('7/9'), commonest first, with counts over all seeds. */
  unsurePairs: [string, number][];
  /** Fraction of the unsure samples (all seeds together) whose top two digits hold at least UNSURE_BELOW together. */
  unsureBetweenTwo: number;
}

export async function scoreOverSeeds(
  classifier: ProbabilityClassifier,
  generator: DigitGenerator & { options: { latentSize: number } },
  samples = SCORE_SAMPLES,
  seeds: readonly number[] = SCORE_SEEDS,
): Promise<SeedScores> {
  const scores: number[] = [];
  const confidences: number[] = [];
  const classShares = new Float64Array(10);
  const pairs = new Map<string, number>();
  let unsure = 0;
  let unsureCount = 0;
  let betweenTwoCount = 0;
  for (const seed of seeds) {
    const probs = await new GeneratorScorer(classifier, generator.options.latentSize, samples, seed).probabilities(generator);
    const report = digitScoreReport(probs);
    scores.push(report.digitScore);
    confidences.push(report.confidence);
    report.histogram.forEach((share, digit) => (classShares[digit] += share / seeds.length));
    const u = unsureSamples(probs, UNSURE_BELOW);
    unsure += u.share / seeds.length;
    unsureCount += u.share * samples;
    betweenTwoCount += u.betweenTwo * u.share * samples;
    for (const [pair, count] of u.pairs) pairs.set(pair, (pairs.get(pair) ?? 0) + count);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const unsurePairs = [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { scores, meanScore: mean(scores), meanConfidence: mean(confidences), classShares, unsureShare: unsure, unsurePairs, unsureBetweenTwo: unsureCount === 0 ? 0 : betweenTwoCount / unsureCount };
}

/** What a weights manifest records of the score: the figures the lesson quotes, and how they were measured. */
export function scoreMetadata(r: SeedScores, samples = SCORE_SAMPLES, seeds: readonly number[] = SCORE_SEEDS): Record<string, number | string> {
  return {
    digitScore: Number(r.meanScore.toFixed(3)),
    confidence: Number(r.meanConfidence.toFixed(3)),
    scoredOn: `mean of noise seeds ${seeds.join(', ')}, ${samples} samples each`,
  };
}
