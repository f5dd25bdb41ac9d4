/**
 * The `autoencoder` cell: a convolutional autoencoder (src/ml/models/
 * autoencoder.ts; Hinton & Salakhutdinov 2006, doi:10.1126/science.1127647)
 * training live on real digits, optionally as a denoising autoencoder
 * (Vincent et al. 2008, ICML), with its reconstruction error used as an
 * anomaly score for non-digit images.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { DIGITS_ASSET_PATH, DigitBatchSampler, digitImages, parseDigits, type DigitSet } from '../data/digits';
import {
  autoencoderTrainStep,
  ConvAutoencoder,
  perImageError,
  PIXELS,
  RECONSTRUCTION_LOSS_IDS,
  type ReconstructionLossId,
} from '../models/autoencoder';
import { LiveRateAdam } from '../optimizers/liveOptimizers';
import { Rng } from '../random';
import type { Metrics, Trainer, TrainerContext, TrainerFactory, ViewPayload, WeightSet } from '../trainer';
import type { AutoencoderValues, AutoencoderPayload } from '../../cells/autoencoder';
import { ANOMALY_CHOICES, fractionAbove, makeNonDigits, NON_DIGIT_KINDS, projectTo2d, type AnomalyChoice } from '../metrics/autoencoderEval';

/** Held-out digits behind the held-out error, the code map and the digit histogram. */
const EVAL_DIGITS = 160;
/** Non-digit images of each kind in the anomaly histogram. */
const NON_DIGITS_PER_KIND = 48;
/** Re-evaluate every this many steps: an evaluation costs about two training steps. */
export const EVAL_EVERY = 20;
/** Digits shown as originals beside their reconstructions. */
const SHOWN_DIGITS = 8;
/** Non-digits shown beside their reconstructions. */
const SHOWN_NON_DIGITS = 4;
/** The noise on the shown digits is redrawn from this seed each time, so the picture holds still. */
const DISPLAY_NOISE_SEED = 7;

/** Adam's usual moments (Kingma & Ba 2014, arXiv:1412.6980): one network, one loss, no game to damp. */
const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;

// #region code-view: pixel-noise
/** Gaussian pixel noise, clipped back to [0, 1]: the denoising autoencoder's corruption. Caller disposes. */
export function addPixelNoise(images: tf.Tensor, std: number, seed: number): tf.Tensor {
  if (std <= 0) return tf.clone(images);
  return tf.tidy(() => tf.clipByValue(tf.add(images, tf.randomNormal(images.shape, 0, std, 'float32', seed)), 0, 1));
}
// #endregion

interface Evaluation {
  /** Per-image MSE of the held-out digits [EVAL_DIGITS]. */
  digitErrors: Float32Array;
  /** Per-image MSE of the non-digits, by kind [NON_DIGITS_PER_KIND] each. */
  nonDigitErrors: Record<(typeof NON_DIGIT_KINDS)[number], Float32Array>;
  /** Codes of the held-out digits projected to 2-D. */
  codeX: Float32Array;
  codeY: Float32Array;
  heldOutError: number;
}

export class AutoencoderTrainer implements Trainer<AutoencoderValues, AutoencoderPayload> {
  private hp: AutoencoderValues;
  readonly model: ConvAutoencoder;
  private readonly optimizer: LiveRateAdam;
  private readonly sampler: DigitBatchSampler;
  private readonly noiseRng: Rng;
  /** Held-out digits then non-digits (kinds in NON_DIGIT_KINDS order): [EVAL_DIGITS + 3·48, 784]. */
  private readonly evalImages: tf.Tensor2D;
  private readonly evalLabels: Int32Array;
  private steps = 0;
  private lastLoss = NaN;
  private lastEval: Evaluation | null = null;
  private evalStep = -1;

  constructor(hp: AutoencoderValues, seed: number, digits: DigitSet) {
    this.hp = hp;
    const master = new Rng(seed);
    this.model = new ConvAutoencoder({ latentSize: this.hp.latentSize }, new Rng(master.seed()));
    this.sampler = new DigitBatchSampler(digits, 'train', master.seed());
    this.noiseRng = new Rng(master.seed());
    this.optimizer = new LiveRateAdam(this.hp.learningRate, ADAM_BETA1, ADAM_BETA2);
    // A fixed evaluation set: the same held-out digits and non-digits all run long.
    const evalRng = new Rng(master.seed());
    const heldOut = evalRng.shuffle(Array.from(digits.heldOut));
    const evalIndices = heldOut.slice(0, EVAL_DIGITS);
    const invertSource = digitImages(digits, heldOut.slice(EVAL_DIGITS, EVAL_DIGITS + NON_DIGITS_PER_KIND), 'sigmoid');
    const parts = [digitImages(digits, evalIndices, 'sigmoid'), ...NON_DIGIT_KINDS.map((k) => makeNonDigits(k, NON_DIGITS_PER_KIND, evalRng, invertSource))];
    const all = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      all.set(p, offset);
      offset += p.length;
    }
    this.evalImages = tf.tensor2d(all, [all.length / PIXELS, PIXELS]); // [EVAL_DIGITS + 144, 784]
    this.evalLabels = Int32Array.from(evalIndices, (i) => digits.labels[i]);
  }

  train(steps: number): Metrics {
    const batch = this.hp.batchSize;
    for (let s = 0; s < steps; s++) {
      const clean = tf.tensor2d(this.sampler.next(batch, 'sigmoid').images, [batch, PIXELS]); // [batch, 784]
      const inputs = addPixelNoise(clean, this.hp.noise, this.noiseRng.seed()); // [batch, 784]
      this.lastLoss = autoencoderTrainStep(this.model, this.optimizer, inputs, clean, this.hp.loss);
      tf.dispose([clean, inputs]);
      this.steps++;
    }
    if (this.lastEval === null || this.steps - this.evalStep >= EVAL_EVERY) this.evaluate();
    return this.metrics();
  }

  private metrics(): Metrics {
    const e = this.ensureEvaluated();
    return {
      reconLoss: this.lastLoss,
      heldOutError: e.heldOutError,
      detectionRate: fractionAbove(this.anomalyErrors(e), this.hp.threshold),
      falseAlarms: fractionAbove(e.digitErrors, this.hp.threshold),
    };
  }

  private ensureEvaluated(): Evaluation {
    return this.lastEval ?? this.evaluate();
  }

  /** Errors of the chosen non-digit kind (or all kinds). */
  private anomalyErrors(e: Evaluation): Float32Array {
    if (this.hp.anomalies !== 'mixed') return e.nonDigitErrors[this.hp.anomalies];
    const out = new Float32Array(NON_DIGITS_PER_KIND * NON_DIGIT_KINDS.length);
    NON_DIGIT_KINDS.forEach((k, i) => out.set(e.nonDigitErrors[k], i * NON_DIGITS_PER_KIND));
    return out;
  }

  /** Reconstruction errors and codes on the fixed evaluation set (clean inputs). */
  private evaluate(): Evaluation {
    const [codesT, errorsT] = tf.tidy(() => {
      const codes = this.model.encode(this.evalImages); // [N, L]
      const errors = perImageError(this.evalImages, this.model.decode(codes)); // [N]
      return [tf.slice(codes, [0, 0], [EVAL_DIGITS, -1]), errors];
    });
    const codes = codesT.dataSync() as Float32Array;
    const errors = Float32Array.from(errorsT.dataSync() as Float32Array);
    tf.dispose([codesT, errorsT]);
    const digitErrors = errors.slice(0, EVAL_DIGITS);
    const nonDigitErrors = Object.fromEntries(
      NON_DIGIT_KINDS.map((k, i) => [k, errors.slice(EVAL_DIGITS + i * NON_DIGITS_PER_KIND, EVAL_DIGITS + (i + 1) * NON_DIGITS_PER_KIND)]),
    ) as Evaluation['nonDigitErrors'];
    const { x, y } = projectTo2d(codes, EVAL_DIGITS, this.model.latentSize);
    const heldOutError = digitErrors.reduce((a, b) => a + b, 0) / EVAL_DIGITS;
    this.lastEval = { digitErrors, nonDigitErrors, codeX: x, codeY: y, heldOutError };
    this.evalStep = this.steps;
    return this.lastEval;
  }

  setHyperparameters(values: Partial<AutoencoderValues>): void {
    // The latent size shapes the network: only a reset (the factory) applies it.
    this.hp = { ...{ ...this.hp, ...values }, latentSize: this.hp.latentSize };
    this.optimizer.setLearningRate(this.hp.learningRate);
  }

  /**
   * arrays: digitInputs / digitOutputs / digitTargets [8·784] (inputs are noisy when
   * denoising), nonDigitInputs / nonDigitOutputs [4·784], codeX / codeY / codeLabels
   * [160], digitErrors [160], nonDigitErrors (the chosen kind, or all).
   * values: latentSize, projected (1 when codes are shown on principal components),
   * noise, threshold, detectionRate, falseAlarms, heldOutError.
   */
  render(): AutoencoderPayload {
    const e = this.ensureEvaluated();
    const kindIndex = this.hp.anomalies === 'mixed' ? -1 : NON_DIGIT_KINDS.indexOf(this.hp.anomalies);
    const [inputsT, outputsT, targetsT, nonInT, nonOutT] = tf.tidy(() => {
      const targets = tf.slice(this.evalImages, [0, 0], [SHOWN_DIGITS, PIXELS]); // [8, 784]
      const inputs = addPixelNoise(targets, this.hp.noise, DISPLAY_NOISE_SEED);
      // Noise, two shapes and an inverted digit; or four of the chosen kind.
      const rows = kindIndex < 0 ? [0, NON_DIGITS_PER_KIND, NON_DIGITS_PER_KIND + 1, 2 * NON_DIGITS_PER_KIND] : [0, 1, 2, 3].map((i) => kindIndex * NON_DIGITS_PER_KIND + i);
      const nonDigits = tf.gather(this.evalImages, rows.map((r) => EVAL_DIGITS + r)); // [4, 784]
      return [inputs, this.model.reconstruct(inputs), targets, nonDigits, this.model.reconstruct(nonDigits)];
    });
    const read = (t: tf.Tensor) => Float32Array.from(t.dataSync() as Float32Array);
    const arrays = {
      digitInputs: read(inputsT),
      digitOutputs: read(outputsT),
      digitTargets: read(targetsT),
      nonDigitInputs: read(nonInT),
      nonDigitOutputs: read(nonOutT),
      codeX: Float32Array.from(e.codeX),
      codeY: Float32Array.from(e.codeY),
      codeLabels: Int32Array.from(this.evalLabels),
      digitErrors: Float32Array.from(e.digitErrors),
      nonDigitErrors: Float32Array.from(this.anomalyErrors(e)),
    };
    tf.dispose([inputsT, outputsT, targetsT, nonInT, nonOutT]);
    const m = this.metrics();
    return {
      arrays,
      values: {
        latentSize: this.model.latentSize,
        projected: this.model.latentSize > 2 ? 1 : 0,
        noise: this.hp.noise,
        threshold: this.hp.threshold,
        detectionRate: m.detectionRate,
        falseAlarms: m.falseAlarms,
        heldOutError: e.heldOutError,
      },
    };
  }

  getWeights(): WeightSet {
    return this.model.getWeights();
  }

  setWeights(weights: WeightSet): void {
    this.model.setWeights(weights);
    this.lastEval = null;
  }

  dispose(): void {
    this.optimizer.dispose();
    this.model.dispose();
    this.evalImages.dispose();
  }
}

export async function loadDigits(context: TrainerContext): Promise<DigitSet> {
  return parseDigits(await context.loadAsset(DIGITS_ASSET_PATH));
}

const createAutoencoderTrainer: TrainerFactory<AutoencoderValues> = async (hp, seed, context) => new AutoencoderTrainer(hp, seed, await loadDigits(context));
export default createAutoencoderTrainer;
