/**
 * The `sgan` cell's trainer: a semi-supervised GAN (Odena 2016,
 * arXiv:1606.01583; Salimans et al. 2016, arXiv:1606.03498) that sees only N
 * labelled digits (a balanced draw, N/10 per class) and every other training
 * digit without its label, beside a labels-only baseline of the same
 * network trained on the same N. Both are scored live on held-out digits.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { DigitBatchSampler, digitImages, digitLabels, loadDigits, type DigitSet } from '../data/digits';
import { Sgan } from '../models/sgan';
import { Rng } from '../random';
import { LiveAdam } from '../optimizers/liveOptimizers';
import type { Metrics, Trainer, TrainerFactory, ViewPayload, WeightSet } from '../trainer';
import { SGAN_PRETRAINED, type SganValues, type SganPayload } from '../../cells/sgan';
import { sganAccuracy, sganStep, type SganOptimizers } from '../steps/sganStep';

export const SGAN_LABEL_COUNTS = ['10', '100', '1000'] as const;

/**
 * After loading weights, the learning rates ramp up linearly over this many
 * steps: Adam's fresh moment estimates make its first steps full-size
 * (±lr on every weight), which cost the pretrained classifiers 3-7 points of
 * held-out accuracy in one step.
 */
const RESUME_WARMUP_STEPS = 100;

/** Real digits that set the classifiers' initial scales (data-dependent init, Salimans & Kingma 2016). */
const INIT_BATCH = 200;

/** Held-out digits scored at each evaluation (half of the split: a full pass costs several steps). */
const EVAL_IMAGES = 1000;
const EVAL_EVERY = 50;
const GRID = 64;
/** Labelled digits shown in the view (all of them up to this many). */
const SHOWN_LABELLED = 100;
const CURVE_CAPACITY = 400;

/** `count` training-split indices, count/10 of each class, drawn by `rng`. */
export function balancedLabelledSubset(digits: DigitSet, count: number, rng: Rng): Int32Array {
  const perClass = Math.max(1, Math.floor(count / 10));
  const order = rng.shuffle(Array.from(digits.train));
  const taken = new Array<number>(10).fill(0);
  const out: number[] = [];
  for (const i of order) {
    const y = digits.labels[i];
    if (taken[y] < perClass) {
      taken[y]++;
      out.push(i);
    }
    if (out.length === perClass * 10) break;
  }
  return Int32Array.from(out);
}

export class SganTrainer implements Trainer<SganValues, SganPayload> {
  private hp: SganValues;
  readonly model: Sgan;
  private opt: SganOptimizers;
  readonly labelled: Int32Array;
  private readonly unlabelled: DigitBatchSampler;
  private readonly rng: Rng;
  private readonly pick: Rng;
  private readonly gridNoise: Float32Array;
  private readonly evalImages: tf.Tensor4D; // [1000, 28, 28, 1]
  private readonly evalLabels: Int32Array;
  private steps = 0;
  /** Steps taken since weights were loaded (null: trained from its own initialisation). */
  private sinceLoad: number | null = null;
  private last = { supervised: NaN, unsupervised: NaN, gLoss: NaN, baselineLoss: NaN };
  private acc: { gan: number; baseline: number } | null = null;
  private evalStep = -Infinity;
  private readonly history: { step: number; gan: number; baseline: number }[] = [];

  constructor(hp: SganValues, seed: number, private readonly digits: DigitSet) {
    this.hp = hp;
    const master = new Rng(seed);
    this.model = new Sgan({}, master.seed());
    this.opt = this.makeOptimizers();
    this.labelled = balancedLabelledSubset(digits, Number(this.hp.labels), new Rng(master.seed()));
    this.unlabelled = new DigitBatchSampler(digits, 'train', master.seed());
    tf.tidy(() => this.model.initFromData(tf.tensor4d(this.unlabelled.next(INIT_BATCH, 'tanh').images, [INIT_BATCH, 28, 28, 1])));
    this.rng = new Rng(master.seed());
    this.pick = new Rng(master.seed());
    this.gridNoise = new Rng(master.seed()).normalArray(GRID * this.model.options.latentSize);
    const held = digits.heldOut.subarray(0, EVAL_IMAGES);
    this.evalImages = tf.tensor4d(digitImages(digits, held, 'tanh'), [held.length, 28, 28, 1]);
    this.evalLabels = digitLabels(digits, held);
  }

  private makeOptimizers(): SganOptimizers {
    return {
      generator: new LiveAdam(this.model.variables('g'), this.hp.lrG, this.hp.beta1),
      discriminator: new LiveAdam(this.model.variables('d'), this.hp.lrD, this.hp.beta1),
      baseline: new LiveAdam(this.model.variables('baseline'), this.hp.lrD, this.hp.beta1),
    };
  }

  get stepsDone(): number {
    return this.steps;
  }

  train(steps: number): Metrics {
    const b = this.hp.batchSize;
    const nl = Math.min(b, this.labelled.length);
    for (let s = 0; s < steps; s++) {
      if (this.sinceLoad !== null && this.sinceLoad < RESUME_WARMUP_STEPS) this.applyLearningRates(++this.sinceLoad / RESUME_WARMUP_STEPS);
      // Labelled digits are few: each batch draws from them with replacement.
      const li = Int32Array.from({ length: nl }, () => this.labelled[this.pick.int(this.labelled.length)]);
      const batch = {
        labelled: tf.tensor4d(digitImages(this.digits, li, 'tanh'), [nl, 28, 28, 1]),
        labels: tf.tensor1d(digitLabels(this.digits, li), 'int32'),
        unlabelled: tf.tensor4d(this.unlabelled.next(b, 'tanh').images, [b, 28, 28, 1]),
      };
      try {
        this.last = sganStep(this.model, this.opt, batch, this.rng);
      } finally {
        tf.dispose([batch.labelled, batch.labels, batch.unlabelled]);
      }
      this.steps++;
    }
    if (this.steps - this.evalStep >= EVAL_EVERY) this.evaluate();
    return this.metrics();
  }

  /** Held-out accuracy of the GAN's discriminator and of the baseline. */
  evaluate(): { gan: number; baseline: number } {
    this.acc = {
      gan: sganAccuracy(this.model, 'd', this.evalImages, this.evalLabels),
      baseline: sganAccuracy(this.model, 'baseline', this.evalImages, this.evalLabels),
    };
    this.evalStep = this.steps;
    if (this.history.length === 0 || this.history[this.history.length - 1].step !== this.steps) {
      this.history.push({ step: this.steps, ...this.acc });
      if (this.history.length > CURVE_CAPACITY) this.history.splice(0, this.history.length - CURVE_CAPACITY);
    }
    return this.acc;
  }

  private metrics(): Metrics {
    const a = this.acc!;
    return {
      supervisedLoss: this.last.supervised,
      unsupervisedLoss: this.last.unsupervised,
      gLoss: this.last.gLoss,
      ganAccuracy: 100 * a.gan,
      baselineAccuracy: 100 * a.baseline,
    };
  }

  setHyperparameters(values: Partial<SganValues>): void {
    this.hp = { ...{ ...this.hp, ...values }, labels: this.hp.labels };
    const warm = this.sinceLoad === null ? 1 : Math.min(1, this.sinceLoad / RESUME_WARMUP_STEPS);
    this.applyLearningRates(warm);
    for (const o of Object.values(this.opt)) o.beta1 = this.hp.beta1;
  }

  /** Sets the optimizers' learning rates to `fraction` of the chosen ones (warm-up after loading). */
  private applyLearningRates(fraction: number): void {
    this.opt.generator.learningRate = fraction * this.hp.lrG;
    this.opt.discriminator.learningRate = fraction * this.hp.lrD;
    this.opt.baseline.learningRate = fraction * this.hp.lrD;
  }

  /**
   * arrays: samples [64·784] from fixed noise, labelled [≤100·784] (the
   * labelled digits), accSteps, ganHistory, baselineHistory (0-100).
   * values: step, labels (N), ganAccuracy, baselineAccuracy.
   */
  render(): SganPayload {
    if (this.acc === null) this.evaluate();
    const shown = this.labelled.subarray(0, SHOWN_LABELLED);
    const labelled = digitImages(this.digits, shown, 'sigmoid');
    return {
      arrays: {
        samples: this.model.generate(this.gridNoise),
        labelled,
        accSteps: Int32Array.from(this.history, (h) => h.step),
        ganHistory: Float32Array.from(this.history, (h) => 100 * h.gan),
        baselineHistory: Float32Array.from(this.history, (h) => 100 * h.baseline),
      },
      values: { step: this.steps, labels: this.labelled.length, ganAccuracy: 100 * this.acc!.gan, baselineAccuracy: 100 * this.acc!.baseline },
    };
  }

  getWeights(): WeightSet {
    return this.model.getWeights();
  }

  setWeights(weights: WeightSet): void {
    this.model.setWeights(weights);
    for (const o of Object.values(this.opt)) o.dispose();
    this.opt = this.makeOptimizers();
    this.sinceLoad = 0;
    this.acc = null;
    this.evalStep = -Infinity;
  }

  dispose(): void {
    for (const o of Object.values(this.opt)) o.dispose();
    this.model.dispose();
    this.evalImages.dispose();
  }
}

const createSgan: TrainerFactory<SganValues> = async (hp, seed, context) => new SganTrainer(hp, seed, await loadDigits(context));
export default createSgan;
