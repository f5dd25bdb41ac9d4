/**
 * The `aeVsGan` cell: an autoencoder (src/ml/models/autoencoder.ts; Hinton &
 * Salakhutdinov 2006, doi:10.1126/science.1127647) and a DCGAN
 * (src/ml/models/dcgan.ts; Radford, Metz & Chintala 2015, arXiv:1511.06434)
 * with the same latent size, trained side by side on the digits. Both are
 * then *sampled*: the autoencoder's decoder gets random latent vectors (from
 * a Gaussian fitted to its codes, or N(0, I)), the generator gets N(0, I)
 * noise as it was trained to, and the course's digit classifier scores both
 * piles (digit score: Salimans et al. 2016, arXiv:1606.03498).
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { DigitBatchSampler, digitImages, type DigitSet } from '../data/digits';
import { scoreDigitImages, type DigitScoreReport } from '../metrics/digitScore';
import { autoencoderTrainStep, ConvAutoencoder, PIXELS } from '../models/autoencoder';
import { Dcgan, IMAGE_SIZE } from '../models/dcgan';
import { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import { createDcganOptimizers, disposeDcganOptimizers, updateDcganOptimizers, type GanOptimizers } from '../optimizers/ganOptimizers';
import { LiveRateAdam } from '../optimizers/liveOptimizers';
import { dcganStep } from '../steps/dcganStep';
import type { Metrics, Trainer, TrainerFactory, ViewPayload, WeightSet } from '../trainer';
import type { AeVsGanValues, AeVsGanPayload } from '../../cells/aeVsGan';
import { loadDigits } from './autoencoder';
import { fitGaussian, standardGaussian, transformNoise, type LatentGaussian } from '../latent/latentGaussian';

export type LatentSampling = 'fitted' | 'diagonal' | 'standard';
export const LATENT_SAMPLINGS: readonly LatentSampling[] = ['fitted', 'diagonal', 'standard'];

/**
 * A DCGAN half the width of the reference one (64/32 and 32/64 filters):
 * it trains about four times faster in a browser, and 28x28 digits do not
 * need more.
 */
export const SMALL_DCGAN = {
  generatorFilters: [32, 16] as const,
  discriminatorFilters: [16, 32] as const,
  generatorBatchNorm: true,
  outputActivation: 'tanh' as const,
};
/** Adam's β1 for both DCGAN players: 0.5 as in Radford et al. 2015 (sec. 4). */
export const GAN_BETA1 = 0.5;
/** Training digits whose codes the Gaussian is fitted to. */
const FIT_CODES = 500;
/** Samples each side the classifier scores. */
const SCORED_SAMPLES = 100;
/** Samples each side shows (an 8x8 grid). */
const SHOWN_SAMPLES = 64;
/** Re-fit and re-score every this many steps: it costs about three training steps. */
export const EVAL_EVERY = 25;

export function aeVsGanModelId(latentSize: number): string {
  return `ae-vs-gan-v1-z${latentSize}`;
}

/** Both models in one checkpoint: autoencoder tensors under 'ae/', DCGAN tensors under 'gan/'. */
export function combinedWeights(autoencoder: ConvAutoencoder, gan: Dcgan): WeightSet {
  const prefix = (p: string, w: WeightSet) => w.tensors.map((t) => ({ ...t, name: `${p}/${t.name}` }));
  return { modelId: aeVsGanModelId(autoencoder.latentSize), tensors: [...prefix('ae', autoencoder.getWeights()), ...prefix('gan', gan.getWeights())] };
}

interface Scores {
  ae: DigitScoreReport;
  gan: DigitScoreReport;
}

export class AeVsGanTrainer implements Trainer<AeVsGanValues, AeVsGanPayload> {
  private hp: AeVsGanValues;
  readonly autoencoder: ConvAutoencoder;
  readonly gan: Dcgan;
  private readonly aeOptimizer: LiveRateAdam;
  private readonly ganOptimizers: GanOptimizers;
  private readonly aeSampler: DigitBatchSampler;
  private readonly ganSampler: DigitBatchSampler;
  private readonly ganRng: Rng;
  /** Fixed training digits the Gaussian is fitted to: [FIT_CODES, 784]. */
  private readonly fitImages: tf.Tensor2D;
  /** Fixed N(0, I) draws, so scores and pictures change only because the models do. */
  private readonly scoreEps: Float32Array;
  private readonly showEps: Float32Array;
  private readonly scoreZ: Float32Array;
  private readonly showZ: Float32Array;
  private fits: Record<LatentSampling, LatentGaussian> | null = null;
  private scores: Scores | null = null;
  private steps = 0;
  private evalStep = -1;
  private last = { aeLoss: NaN, dLoss: NaN, gLoss: NaN };

  constructor(
    hp: AeVsGanValues,
    seed: number,
    digits: DigitSet,
    private readonly classifier: DigitClassifier,
    readonly realScore: DigitScoreReport,
  ) {
    this.hp = hp;
    const master = new Rng(seed);
    const L = this.hp.latentSize;
    this.autoencoder = new ConvAutoencoder({ latentSize: L }, new Rng(master.seed()));
    this.gan = new Dcgan({ ...SMALL_DCGAN, latentSize: L }, master.seed());
    this.aeOptimizer = new LiveRateAdam(this.hp.aeLearningRate, 0.9, 0.999);
    this.ganOptimizers = createDcganOptimizers(this.gan, { lrG: this.hp.ganLearningRate, lrD: this.hp.ganLearningRate, beta1: GAN_BETA1 });
    this.aeSampler = new DigitBatchSampler(digits, 'train', master.seed());
    this.ganSampler = new DigitBatchSampler(digits, 'train', master.seed());
    this.ganRng = new Rng(master.seed());
    const evalRng = new Rng(master.seed());
    const fitIndices = evalRng.shuffle(Array.from(digits.train)).slice(0, FIT_CODES);
    this.fitImages = tf.tensor2d(digitImages(digits, fitIndices, 'sigmoid'), [FIT_CODES, PIXELS]); // [500, 784]
    this.scoreEps = evalRng.normalArray(SCORED_SAMPLES * L);
    this.showEps = evalRng.normalArray(SHOWN_SAMPLES * L);
    this.scoreZ = evalRng.normalArray(SCORED_SAMPLES * L);
    this.showZ = evalRng.normalArray(SHOWN_SAMPLES * L);
  }

  get modelId(): string {
    return aeVsGanModelId(this.hp.latentSize);
  }

  async train(steps: number): Promise<Metrics> {
    // #region code-view: ae-vs-gan-train
    const batch = this.hp.batchSize;
    for (let s = 0; s < steps; s++) {
      // The autoencoder learns to copy: input and target are the same digits.
      const aeBatch = tf.tensor2d(this.aeSampler.next(batch, 'sigmoid').images, [batch, PIXELS]); // [batch, 784]
      this.last.aeLoss = autoencoderTrainStep(this.autoencoder, this.aeOptimizer, aeBatch, aeBatch, 'bce');
      aeBatch.dispose();
      // The GAN never copies: D compares real digits with G's drawings, G learns from D.
      const real = tf.tensor4d(this.ganSampler.next(batch, 'tanh').images, [batch, IMAGE_SIZE, IMAGE_SIZE, 1]); // [batch, 28, 28, 1]
      const r = dcganStep(this.gan, this.ganOptimizers, real, this.ganRng);
      real.dispose();
      this.last.dLoss = r.dLoss;
      this.last.gLoss = r.gLoss;
      this.steps++;
    }
    // #endregion
    if (this.scores === null || this.steps - this.evalStep >= EVAL_EVERY) await this.evaluate();
    return this.metrics();
  }

  private metrics(): Metrics {
    const s = this.scores!;
    return {
      aeLoss: this.last.aeLoss,
      dLoss: this.last.dLoss,
      gLoss: this.last.gLoss,
      aeDigitScore: s.ae.digitScore,
      aeConfidence: s.ae.confidence,
      ganDigitScore: s.gan.digitScore,
      ganConfidence: s.gan.confidence,
      realDigitScore: this.realScore.digitScore,
    };
  }

  /** Gaussians fitted to the codes of the fixed training digits (all three samplings). */
  private fitLatents(): Record<LatentSampling, LatentGaussian> {
    const codesT = this.autoencoder.encode(this.fitImages); // [500, L]
    const codes = Float32Array.from(codesT.dataSync() as Float32Array);
    codesT.dispose();
    const L = this.hp.latentSize;
    this.fits = {
      fitted: fitGaussian(codes, FIT_CODES, L),
      diagonal: fitGaussian(codes, FIT_CODES, L, true),
      standard: standardGaussian(L),
    };
    return this.fits;
  }

  /** Decoder images [n·784] in [0, 1] for latent vectors z = μ + Cε. */
  private decodeLatents(eps: Float32Array): Float32Array {
    const fits = this.fits ?? this.fitLatents();
    const z = transformNoise(fits[this.hp.sampling], eps);
    const images = tf.tidy(() => this.autoencoder.decode(tf.tensor2d(z, [z.length / this.hp.latentSize, this.hp.latentSize])));
    const out = Float32Array.from(images.dataSync() as Float32Array);
    images.dispose();
    return out;
  }

  /** Re-fits the Gaussians and re-scores both piles of samples now. */
  async evaluate(): Promise<Scores> {
    this.fitLatents();
    const ae = await scoreDigitImages(this.classifier, this.decodeLatents(this.scoreEps), 'sigmoid');
    const gan = await scoreDigitImages(this.classifier, this.gan.generate(this.scoreZ), 'sigmoid');
    this.scores = { ae, gan };
    this.evalStep = this.steps;
    return this.scores;
  }

  /** The scores of the current models and sampling (re-scored if stale); losses need a step. */
  async measure(): Promise<Metrics> {
    if (this.scores === null || this.steps - this.evalStep >= EVAL_EVERY) await this.evaluate();
    const { aeLoss: _ae, dLoss: _d, gLoss: _g, ...scores } = this.metrics();
    return scores;
  }

  setHyperparameters(values: Partial<AeVsGanValues>): void {
    const before = this.hp.sampling;
    // The latent size shapes both networks: only a reset (the factory) applies it.
    this.hp = { ...{ ...this.hp, ...values }, latentSize: this.hp.latentSize };
    this.aeOptimizer.setLearningRate(this.hp.aeLearningRate);
    updateDcganOptimizers(this.ganOptimizers, { lrG: this.hp.ganLearningRate, lrD: this.hp.ganLearningRate });
    // A new sampling re-scores at the next step.
    if (this.hp.sampling !== before) this.evalStep = -EVAL_EVERY;
  }

  /**
   * arrays: aeSamples and ganSamples [64·784] in [0, 1]; aeHistogram, ganHistogram,
   * realHistogram [10] (share of samples the classifier calls each digit).
   * values: latentSize, sampling (index in LATENT_SAMPLINGS), the six scores.
   */
  async render(): Promise<AeVsGanPayload> {
    const scores = this.scores ?? (await this.evaluate());
    return {
      arrays: {
        aeSamples: this.decodeLatents(this.showEps),
        ganSamples: this.gan.generate(this.showZ),
        aeHistogram: Float32Array.from(scores.ae.histogram),
        ganHistogram: Float32Array.from(scores.gan.histogram),
        realHistogram: Float32Array.from(this.realScore.histogram),
      },
      values: {
        latentSize: this.hp.latentSize,
        sampling: LATENT_SAMPLINGS.indexOf(this.hp.sampling),
        aeDigitScore: scores.ae.digitScore,
        aeConfidence: scores.ae.confidence,
        ganDigitScore: scores.gan.digitScore,
        ganConfidence: scores.gan.confidence,
        realDigitScore: this.realScore.digitScore,
        realConfidence: this.realScore.confidence,
      },
    };
  }

  getWeights(): WeightSet {
    return combinedWeights(this.autoencoder, this.gan);
  }

  setWeights(weights: WeightSet): void {
    if (weights.modelId !== this.modelId) {
      throw new SentenceError(
        sentence('This checkpoint is for {modelId}, not {expected}: set the same latent size and reset first.', { modelId: weights.modelId, expected: this.modelId }),
      );
    }
    const part = (p: string, modelId: string): WeightSet => ({
      modelId,
      tensors: weights.tensors.filter((t) => t.name.startsWith(`${p}/`)).map((t) => ({ ...t, name: t.name.slice(p.length + 1) })),
    });
    this.autoencoder.setWeights(part('ae', this.autoencoder.modelId));
    this.gan.setWeights(part('gan', this.gan.modelId));
    this.fits = null;
    this.scores = null;
  }

  dispose(): void {
    this.aeOptimizer.dispose();
    disposeDcganOptimizers(this.ganOptimizers);
    this.autoencoder.dispose();
    this.gan.dispose();
    this.classifier.dispose();
    this.fitImages.dispose();
  }
}

/** Classifier scores of real held-out digits: the yardstick both piles are compared with. */
async function scoreRealDigits(classifier: DigitClassifier, digits: DigitSet): Promise<DigitScoreReport> {
  return scoreDigitImages(classifier, digitImages(digits, digits.heldOut.slice(0, SCORED_SAMPLES), 'sigmoid'), 'sigmoid');
}

export async function createAeVsGan(hp: AeVsGanValues, seed: number, digits: DigitSet, classifier: DigitClassifier): Promise<AeVsGanTrainer> {
  return new AeVsGanTrainer(hp, seed, digits, classifier, await scoreRealDigits(classifier, digits));
}

const createAeVsGanTrainer: TrainerFactory<AeVsGanValues> = async (hp, seed, context) => {
  const [digits, classifier] = await Promise.all([loadDigits(context), DigitClassifier.loadPretrained(context, new Rng(seed))]);
  return createAeVsGan(hp, seed, digits, classifier);
};
export default createAeVsGanTrainer;
