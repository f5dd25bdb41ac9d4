/**
 * The digit score: the Inception Score of Salimans, Goodfellow, Zaremba,
 * Cheung, Radford & Chen 2016 ("Improved Techniques for Training GANs",
 * arXiv:1606.03498), computed with the course's MNIST classifier instead of
 * Inception:
 *
 *   \mathrm{score} = \exp\big(\mathbb{E}_x\, \mathrm{KL}(p(y \mid x) \,\|\, p(y))\big),
 *   \quad p(y) = \mathbb{E}_x\, p(y \mid x)
 *
 * It is high when each sample is confidently one digit (sharp p(y|x)) and
 * the samples cover all digits (flat p(y)). It lies in [1, 10]: 1 for
 * uniform or all-identical predictions, 10 for confident, perfectly balanced
 * ones. The class histogram shows *why* it is low (mode collapse: a few
 * classes take all the mass), the mean confidence whether samples look like
 * any digit at all.
 *
 * The score is biased low for small batches, since p(y) is estimated from
 * the same n samples: real held-out digits score about 9.1 at n = 64 and
 * 9.6 at n = 2,000 with the committed classifier. Compare scores at equal n.
 *
 * The math works on plain Float32Array probabilities [n, classes] row-major;
 * scoreDigitImages runs the classifier first.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { PixelRange } from '../data/digits';

export const DIGIT_CLASSES = 10;

/** Anything that maps images to class probabilities [n, 10], e.g. models/digitClassifier. */
export interface ProbabilityClassifier {
  predict(images: tf.Tensor, range: PixelRange): tf.Tensor2D;
}

function rowCount(probs: Float32Array, classes: number): number {
  if (classes <= 0 || probs.length % classes !== 0) {
    throw new Error(`Probabilities of length ${probs.length} are not rows of ${classes} classes.`);
  }
  return probs.length / classes;
}

/** p(y): the mean of the rows, i.e. the marginal class distribution of the samples. */
export function marginalDistribution(probs: Float32Array, classes = DIGIT_CLASSES): Float64Array {
  const n = rowCount(probs, classes);
  const marginal = new Float64Array(classes);
  for (let i = 0; i < n; i++) for (let k = 0; k < classes; k++) marginal[k] += probs[i * classes + k];
  if (n > 0) for (let k = 0; k < classes; k++) marginal[k] /= n;
  return marginal;
}

/** exp(E_x KL(p(y|x) || p(y))); 1 for an empty batch. Terms with p(y|x) = 0 contribute 0. */
export function inceptionScore(probs: Float32Array, classes = DIGIT_CLASSES): number {
  const n = rowCount(probs, classes);
  if (n === 0) return 1;
  const marginal = marginalDistribution(probs, classes);
  let klSum = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < classes; k++) {
      const p = probs[i * classes + k];
      if (p > 0) klSum += p * Math.log(p / marginal[k]);
    }
  }
  return Math.exp(klSum / n);
}

/** Mean over samples of the top class probability: how digit-like samples look to the classifier. */
export function meanTopConfidence(probs: Float32Array, classes = DIGIT_CLASSES): number {
  const n = rowCount(probs, classes);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let top = 0;
    for (let k = 0; k < classes; k++) top = Math.max(top, probs[i * classes + k]);
    sum += top;
  }
  return sum / n;
}

/** Predicted class of each row (first maximum on ties). */
export function predictedClasses(probs: Float32Array, classes = DIGIT_CLASSES): Int32Array {
  const n = rowCount(probs, classes);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (probs[i * classes + k] > probs[i * classes + best]) best = k;
    out[i] = best;
  }
  return out;
}

/** Samples the classifier is unsure of, and between which two digits (unsureSamples). */
export interface UnsureSamples {
  /** Fraction of samples whose top class probability is below the threshold. */
  share: number;
  /** Among those, how many have each pair of top two classes, keyed 'a/b' with a < b. */
  pairs: Map<string, number>;
  /** Fraction of the unsure samples whose top two classes together hold at least the threshold: torn between two digits. */
  betweenTwo: number;
}

/**
 * The samples whose top class probability is below `threshold`, and the two
 * digits each lies between: what holds a generator's digit score below real
 * digits' when most of its samples are legible (docs/performance.md).
 */
export function unsureSamples(probs: Float32Array, threshold: number, classes = DIGIT_CLASSES): UnsureSamples {
  const n = rowCount(probs, classes);
  const pairs = new Map<string, number>();
  let unsure = 0;
  let betweenTwo = 0;
  for (let i = 0; i < n; i++) {
    let first = 0;
    let second = -1;
    for (let k = 1; k < classes; k++) {
      const p = probs[i * classes + k];
      if (p > probs[i * classes + first]) [first, second] = [k, first];
      else if (second < 0 || p > probs[i * classes + second]) second = k;
    }
    if (probs[i * classes + first] >= threshold) continue;
    unsure++;
    if (probs[i * classes + first] + probs[i * classes + second] >= threshold) betweenTwo++;
    const key = `${Math.min(first, second)}/${Math.max(first, second)}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return { share: n === 0 ? 0 : unsure / n, pairs, betweenTwo: unsure === 0 ? 0 : betweenTwo / unsure };
}

/** Fraction of samples predicted as each class; sums to 1 (all zeros if empty). */
export function classHistogram(probs: Float32Array, classes = DIGIT_CLASSES): Float32Array {
  const predicted = predictedClasses(probs, classes);
  const hist = new Float32Array(classes);
  for (const c of predicted) hist[c] += 1;
  if (predicted.length > 0) for (let k = 0; k < classes; k++) hist[k] /= predicted.length;
  return hist;
}

export interface DigitScoreReport {
  /** Inception score with the digit classifier, in [1, 10]. */
  digitScore: number;
  /** Mean top-class probability, in [0.1, 1]. */
  confidence: number;
  /** Fraction of samples per predicted class 0-9. */
  histogram: Float32Array;
}

export function digitScoreReport(probs: Float32Array, classes = DIGIT_CLASSES): DigitScoreReport {
  return {
    digitScore: inceptionScore(probs, classes),
    confidence: meanTopConfidence(probs, classes),
    histogram: classHistogram(probs, classes),
  };
}

/**
 * Runs the classifier on images ([n, 28, 28, 1] tensor or a flat Float32Array
 * of n * 784 pixels in `range`) and scores them. Leaves no tensors behind.
 */
export async function scoreDigitImages(
  classifier: ProbabilityClassifier,
  images: tf.Tensor | Float32Array,
  range: PixelRange,
): Promise<DigitScoreReport> {
  return digitScoreReport(await classifyDigitImages(classifier, images, range));
}

/** The classifier's probabilities [n·10] for images as scoreDigitImages takes them. Leaves no tensors behind. */
export async function classifyDigitImages(classifier: ProbabilityClassifier, images: tf.Tensor | Float32Array, range: PixelRange): Promise<Float32Array> {
  const probs = tf.tidy(() => {
    const x = images instanceof Float32Array ? tf.tensor4d(images, [images.length / 784, 28, 28, 1]) : images;
    return classifier.predict(x, range);
  });
  const data = (await probs.data()) as Float32Array;
  probs.dispose();
  return data;
}
