/**
 * The image GAN trainer behind the DCGAN cell (Radford, Metz & Chintala
 * 2015, arXiv:1511.06434; model in ../models/dcgan.ts, step in
 * ../steps/dcganStep.ts) and the variants built on it: the adversarial
 * objective is a typed option ('bce' | 'least-squares'), so an LSGAN cell is
 * the same class with another ImageGanConfig.
 *
 * Besides training it keeps what the view draws: an 8×8 grid from fixed
 * noise (drawn, like the score, by an average of the generator's weights
 * when the averageG setting is on), thinned snapshots of that grid, loss and D-output curves, and the
 * digit score, confidence and class histogram over time (scored every
 * config.evalEvery steps by ../metrics/generatorScore.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { assertFinite, assertLayoutMatches } from '../checkpoint';
import { DigitBatchSampler, type DigitSet } from '../data/digits';
import { DIGIT_CLASSES, type DigitScoreReport } from '../metrics/digitScore';
import { GeneratorScorer } from '../metrics/generatorScore';
import { Dcgan, dcganOptionsFromModelId, dcganWeightLayout, IMAGE_SIZE, type DcganOptions } from '../models/dcgan';
import type { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import { createDcganOptimizers, disposeDcganOptimizers, updateDcganOptimizers, type GanOptimizers } from '../optimizers/ganOptimizers';
import { dcganStep } from '../steps/dcganStep';
import { withAugmentedDiscriminator } from '../steps/diffAugment';
import type { ImageGanValues, ImageGanPayload } from '../../cells/dcgan';
import type { Metrics, Trainer, ViewPayload, WeightLayout, WeightSet } from '../trainer';
import type { ImageGanConfig } from './imageGanSettings';
import { ThinningLog } from '../metrics/trainingHistory';

/** The fixed-noise grid: 8×8 digits. */
export const GRID_SAMPLES = 64;
const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
/** Points kept per curve and snapshots kept in the strip (both thin out as the run grows). */
const CURVE_CAPACITY = 500;
const SCORE_CAPACITY = 200;
const SNAPSHOT_CAPACITY = 24;
/**
 * Widest layer a loaded checkpoint may switch the model to: four times the
 * reference DCGAN's 64, so a crafted file cannot make a step take minutes.
 */
const MAX_LOADABLE_CHANNELS = 256;
/**
 * Per-step decay of the generator's weight average (averageG): it remembers
 * about the last 100 steps, long enough to smooth the game's back-and-forth,
 * short enough to follow the first minute (docs/performance.md, "The first
 * minute"). Yazıcı et al. 2018, arXiv:1806.04498.
 */
export const GENERATOR_AVERAGE_DECAY = 0.99;

/**
 * The decay of a weight average at its n-th step (n ≥ 1): min(ceiling, (1 + n)/(10 + n)), so that a fresh
 * average does not linger on its starting weights (as TensorFlow's ExponentialMovingAverage does with
 * num_updates). The trainer's averageG and scripts/train-dcgan.ts --ema both use it.
 */
export function rampedAverageDecay(n: number, ceiling: number): number {
  return Math.min(ceiling, (1 + n) / (10 + n));
}

interface StepRecord {
  dLoss: number;
  gLoss: number;
  dReal: number;
  dFake: number;
}

export class ImageGanTrainer implements Trainer<ImageGanValues, ImageGanPayload> {
  private hp: ImageGanValues;
  /** Built at the cell's widths; a checkpoint of the same DCGAN at other widths replaces it (setWeights). */
  private current: Dcgan;
  private optimizers: GanOptimizers;
  private readonly sampler: DigitBatchSampler;
  private readonly trainRng: Rng;
  private readonly scorer: GeneratorScorer;
  /** Fixed noise of the grid [64, latent]: the pictures change only because G does. */
  private readonly gridNoise: Float32Array;
  private readonly curves = new ThinningLog<StepRecord>(CURVE_CAPACITY);
  private readonly scores = new ThinningLog<DigitScoreReport>(SCORE_CAPACITY);
  private readonly snapshots: ThinningLog<Uint8Array>;
  /** The generator's weight average (averageG), started at the first step with the setting on; null when off. */
  private average: Dcgan | null = null;
  private averagedSteps = 0;
  private latestScore: DigitScoreReport | null = null;
  private last: StepRecord = { dLoss: NaN, gLoss: NaN, dReal: NaN, dFake: NaN };
  private steps = 0;
  private evalStep = -Infinity;

  constructor(
    hp: ImageGanValues,
    seed: number,
    digits: DigitSet,
    private readonly classifier: DigitClassifier,
    readonly config: ImageGanConfig,
    /** Digit score of real held-out digits at config.evalSamples, for the view's yardstick. */
    readonly realScore: DigitScoreReport,
  ) {
    this.hp = hp;
    const master = new Rng(seed);
    this.current = new Dcgan(
      {
        latentSize: this.hp.latentSize,
        generatorBatchNorm: this.hp.batchNorm,
        outputActivation: this.hp.outputRange,
        generatorFilters: config.generatorFilters,
        ...(config.generatorRefineFilters ? { generatorRefineFilters: config.generatorRefineFilters } : {}),
        discriminatorFilters: config.discriminatorFilters,
        ...(config.discriminatorSpectralNorm ? { discriminatorSpectralNorm: true } : {}),
      },
      master.seed(),
    );
    this.optimizers = this.freshOptimizers(this.current);
    this.sampler = new DigitBatchSampler(digits, 'train', master.seed());
    this.trainRng = new Rng(master.seed());
    this.scorer = new GeneratorScorer(classifier, this.hp.latentSize, config.evalSamples, master.seed());
    this.gridNoise = new Rng(master.seed()).normalArray(GRID_SAMPLES * this.hp.latentSize); // [64, latent]
    this.snapshots = new ThinningLog<Uint8Array>(SNAPSHOT_CAPACITY, config.snapshotEvery);
  }

  get model(): Dcgan {
    return this.current;
  }

  /** The generator that draws the grid and is scored: the weight average when averageG has one, else the trained one. */
  private get shown(): Dcgan {
    return this.average ?? this.current;
  }

  // #region code-view: generator-average
  /**
   * One step of the average, after a training step: it starts as a copy of the generator, then
   * w̄ ← d·w̄ + (1 − d)·w with d = min(0.99, (1 + n)/(10 + n)) at its n-th step, so that a fresh average
   * does not linger on its starting weights (as TensorFlow's ExponentialMovingAverage does with num_updates).
   */
  private updateAverage(): void {
    if (!this.average) {
      // Every generator weight is overwritten at once; D's copy is never used.
      this.average = new Dcgan(this.current.options, 0);
      this.average.blendGeneratorFrom(this.current, 0);
      this.averagedSteps = 0;
    }
    this.averagedSteps++;
    this.average.blendGeneratorFrom(this.current, rampedAverageDecay(this.averagedSteps, GENERATOR_AVERAGE_DECAY));
  }
  // #endregion

  private dropAverage(): void {
    this.average?.dispose();
    this.average = null;
  }

  /** Refuses checkpoints of another architecture or objective. */
  get modelId(): string {
    return this.withLoss(this.model.modelId);
  }

  /** A DCGAN id with this trainer's objective: cross-entropy ids are bare, others end in '-<loss id>'. */
  private withLoss(dcganId: string): string {
    return this.config.loss === 'bce' ? dcganId : `${dcganId}-${this.config.loss}`;
  }

  /**
   * The DCGAN options a checkpoint id names if this trainer can switch to
   * them: the same family, objective, latent size, batch norm and output
   * activation, differing in channel widths (at most MAX_LOADABLE_CHANNELS)
   * and in whether D has spectral normalisation; else null.
   */
  private loadableVariant(modelId: string): DcganOptions | null {
    const suffix = this.config.loss === 'bce' ? '' : `-${this.config.loss}`;
    if (!modelId.endsWith(suffix)) return null;
    const options = dcganOptionsFromModelId(modelId.slice(0, modelId.length - suffix.length));
    const own = this.model.options;
    if (
      !options ||
      options.latentSize !== own.latentSize ||
      options.generatorBatchNorm !== own.generatorBatchNorm ||
      options.outputActivation !== own.outputActivation ||
      [...options.generatorFilters, options.generatorRefineFilters ?? 0, ...options.discriminatorFilters].some((c) => c > MAX_LOADABLE_CHANNELS)
    ) {
      return null;
    }
    return options;
  }

  /** The layout of the same DCGAN at the widths `modelId` names (see loadableVariant), or null. */
  layoutFor(modelId: string): WeightLayout | null {
    const options = this.loadableVariant(modelId);
    if (!options) return null;
    const layout = dcganWeightLayout(options);
    return { ...layout, modelId: this.withLoss(layout.modelId) };
  }

  get stepsDone(): number {
    return this.steps;
  }

  async train(steps: number): Promise<Metrics> {
    const { batchSize, dSteps, outputRange } = this.hp;
    for (let s = 0; s < steps; s++) {
      // Each D step gets its own real batch, as in algorithm 1 of Goodfellow et al. 2014.
      const real = Array.from({ length: dSteps }, () =>
        tf.tensor4d(this.sampler.next(batchSize, outputRange).images, [batchSize, IMAGE_SIZE, IMAGE_SIZE, 1]),
      ); // dSteps × [batch, 28, 28, 1]
      try {
        const stepModel = this.config.augment ? withAugmentedDiscriminator(this.model, this.trainRng) : this.model;
        this.last = dcganStep(stepModel, this.optimizers, real, this.trainRng, {
          loss: this.config.loss,
          dStepsPerG: dSteps,
          gStepsPerD: this.hp.gStepsPerD,
          labelSmoothing: this.hp.labelSmoothing,
          freezeG: this.hp.freezeG,
          // "Freeze D until step N": D sits out the run's steps before N (0 or a past step: no effect).
          freezeD: this.hp.freezeD || this.steps < this.hp.freezeDUntil,
        });
      } finally {
        tf.dispose(real);
      }
      this.steps++;
      if (this.hp.averageG) this.updateAverage();
      this.curves.offer(this.steps, () => ({ ...this.last }));
      this.snapshots.offer(this.steps, () => this.gridPixels());
    }
    if (this.steps - this.evalStep >= this.config.evalEvery) await this.evaluate();
    return this.metrics();
  }

  /** Scores the generator now (digit score, confidence, histogram) and logs it. */
  async evaluate(): Promise<DigitScoreReport> {
    const report = await this.scorer.score(this.shown);
    this.latestScore = report;
    this.evalStep = this.steps;
    this.scores.offer(this.steps, () => report);
    return report;
  }

  /** The loaded or current generator's digit score and confidence (losses need a step). */
  async measure(): Promise<Metrics> {
    const s = this.latestScore ?? (await this.evaluate());
    return { digitScore: s.digitScore, confidence: s.confidence };
  }

  private metrics(): Metrics {
    const s = this.latestScore!;
    return { ...this.last, digitScore: s.digitScore, confidence: s.confidence };
  }

  /** The fixed-noise grid as bytes (0 = paper, 255 = ink), for the snapshot strip. */
  private gridPixels(): Uint8Array {
    const images = this.shown.generate(this.gridNoise);
    return Uint8Array.from(images, (v) => Math.round(255 * Math.min(1, Math.max(0, v))));
  }

  setHyperparameters(values: Partial<ImageGanValues>): void {
    // The shape-giving settings apply only through a reset (the factory).
    this.hp = { ...this.hp, ...values, latentSize: this.hp.latentSize, outputRange: this.hp.outputRange, batchNorm: this.hp.batchNorm };
    // Off: the trained generator draws from now on. Back on: a new average starts from it at the next step.
    if (!this.hp.averageG) this.dropAverage();
    updateDcganOptimizers(this.optimizers, { lrG: this.hp.lrG, lrD: this.hp.lrD, beta1: this.hp.beta1 });
  }

  /**
   * arrays: samples [64·784] in [0, 1]; snapshots [n·64·784] bytes and
   * snapshotSteps [n]; curveSteps, dLoss, gLoss, dReal, dFake [m];
   * scoreSteps, digitScore, confidence [e] and histograms [e·10]; histogram
   * [10] (latest), realHistogram [10].
   * values: step, digitScore, confidence, realDigitScore, evalSamples,
   * leastSquares (0/1), generatorFilters0/1, generatorRefineFilters (0: none) and discriminatorFilters0/1 (the current widths),
   * discriminatorSpectralNorm (0/1).
   */
  async render(): Promise<ImageGanPayload> {
    if (this.latestScore === null) await this.evaluate();
    this.snapshots.offer(this.steps, () => this.gridPixels()); // step 0: the untrained grid
    const snaps = this.snapshots.entries;
    const snapshots = new Uint8Array(snaps.length * GRID_SAMPLES * PIXELS);
    snaps.forEach((e, i) => snapshots.set(e.value, i * GRID_SAMPLES * PIXELS));
    const histograms = new Float32Array(this.scores.length * DIGIT_CLASSES);
    this.scores.entries.forEach((e, i) => histograms.set(e.value.histogram, i * DIGIT_CLASSES));
    const s = this.latestScore!;
    return {
      arrays: {
        samples: this.shown.generate(this.gridNoise),
        snapshots,
        snapshotSteps: this.snapshots.steps(),
        curveSteps: this.curves.steps(),
        dLoss: this.curves.series((r) => r.dLoss),
        gLoss: this.curves.series((r) => r.gLoss),
        dReal: this.curves.series((r) => r.dReal),
        dFake: this.curves.series((r) => r.dFake),
        scoreSteps: this.scores.steps(),
        digitScore: this.scores.series((r) => r.digitScore),
        confidence: this.scores.series((r) => r.confidence),
        histograms,
        histogram: Float32Array.from(s.histogram),
        realHistogram: Float32Array.from(this.realScore.histogram),
      },
      values: {
        step: this.steps,
        digitScore: s.digitScore,
        confidence: s.confidence,
        realDigitScore: this.realScore.digitScore,
        evalSamples: this.config.evalSamples,
        leastSquares: this.config.loss === 'least-squares' ? 1 : 0,
        // The widths now (a loaded checkpoint may have changed them), so the view can say why steps got slower.
        generatorFilters0: this.model.options.generatorFilters[0],
        generatorFilters1: this.model.options.generatorFilters[1],
        generatorRefineFilters: this.model.options.generatorRefineFilters ?? 0,
        discriminatorFilters0: this.model.options.discriminatorFilters[0],
        discriminatorFilters1: this.model.options.discriminatorFilters[1],
        discriminatorSpectralNorm: this.model.options.discriminatorSpectralNorm ? 1 : 0,
      },
    };
  }

  getWeights(): WeightSet {
    return { ...this.model.getWeights(), modelId: this.modelId };
  }

  /**
   * Replaces both networks' weights. Weights of the same DCGAN at other
   * widths (layoutFor) replace the model by one at those widths. A
   * checkpoint that does not fit throws and changes nothing.
   */
  setWeights(weights: WeightSet): void {
    const variant = weights.modelId === this.modelId ? null : this.loadableVariant(weights.modelId);
    assertLayoutMatches(weights, variant ? this.layoutFor(weights.modelId)! : this.getWeights());
    assertFinite(weights);
    if (variant) {
      this.switchModel(variant, weights);
    } else {
      this.model.setWeights({ ...weights, modelId: this.model.modelId });
      // Adam's moments belong to the old weights; the loaded model starts afresh.
      disposeDcganOptimizers(this.optimizers);
      this.optimizers = this.freshOptimizers(this.model);
    }
    this.dropAverage(); // restarts from the loaded generator at the next step
    this.latestScore = null; // re-scored at the next render or step
    this.evalStep = -Infinity;
  }

  private freshOptimizers(model: Dcgan): GanOptimizers {
    return createDcganOptimizers(model, { lrG: this.hp.lrG, lrD: this.hp.lrD, beta1: this.hp.beta1 });
  }

  /** Builds the model at the new widths with `weights`; the old one is freed only once the new one holds them. */
  private switchModel(options: DcganOptions, weights: WeightSet): void {
    // Every value is overwritten below; the seed only keeps the build deterministic.
    const candidate = new Dcgan(options, this.trainRng.seed());
    let optimizers: GanOptimizers;
    try {
      candidate.setWeights({ ...weights, modelId: candidate.modelId });
      optimizers = this.freshOptimizers(candidate);
    } catch (err) {
      candidate.dispose();
      throw err;
    }
    disposeDcganOptimizers(this.optimizers);
    this.current.dispose();
    this.current = candidate;
    this.optimizers = optimizers;
  }

  dispose(): void {
    disposeDcganOptimizers(this.optimizers);
    this.dropAverage();
    this.current.dispose();
    this.classifier.dispose();
  }
}
