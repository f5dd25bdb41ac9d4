/**
 * The `acgan` cell's trainer: an ACGAN (Odena, Olah & Shlens 2017,
 * arXiv:1610.09585) on the course's digits. Besides the step it measures
 * what the paper's conditioning buys: classMatch, the share of generated
 * digits the course's own classifier (not the ACGAN's discriminator) files
 * under the class that was asked for.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { DigitBatchSampler, loadDigits, type DigitSet } from '../data/digits';
import { predictedClasses } from '../metrics/digitScore';
import { Acgan, ACGAN_CLASSES } from '../models/acgan';
import { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import type { Metrics, Trainer, TrainerContext, TrainerFactory, ViewPayload, WeightSet } from '../trainer';
import { ACGAN_PRETRAINED, type AcganValues, type AcganPayload } from '../../cells/acgan';
import { acganStep } from '../steps/acganStep';
import { GanAdamPair, type GanRates } from '../optimizers/ganOptimizers';

/** Columns of the class grid: one fixed z per column, the same for every row. */
const GRID_COLUMNS = 10;
/** Digits generated per class for classMatch (200 in all). */
const EVAL_PER_CLASS = 20;
/** Score every this many steps (about a fifth of a step's cost). */
const EVAL_EVERY = 10;
const PICKED = 16;
const CURVE_CAPACITY = 400;

/** Every class repeated `per` times, in order: [10·per] int32. */
function classBlocks(per: number): Int32Array {
  return Int32Array.from({ length: ACGAN_CLASSES * per }, (_, i) => Math.floor(i / per));
}

export class AcganTrainer implements Trainer<AcganValues, AcganPayload> {
  private hp: AcganValues;
  readonly model: Acgan;
  private readonly opt: GanAdamPair;
  private readonly sampler: DigitBatchSampler;
  private readonly rng: Rng;
  private readonly gridNoise: Float32Array; // [10 columns, latent], reused by every row
  private readonly evalNoise: Float32Array; // [200, latent]
  private readonly pickedNoise: Float32Array; // [16, latent]
  private steps = 0;
  private last = { dLoss: NaN, gLoss: NaN, auxAccuracy: NaN };
  private match: { overall: number; perClass: Float32Array } | null = null;
  private evalStep = -Infinity;
  private readonly history: { step: number; classMatch: number }[] = [];

  constructor(hp: AcganValues, seed: number, digits: DigitSet, private readonly classifier: DigitClassifier) {
    this.hp = hp;
    const master = new Rng(seed);
    this.model = new Acgan({}, master.seed());
    this.opt = new GanAdamPair(this.model, this.hp);
    this.sampler = new DigitBatchSampler(digits, 'train', master.seed());
    this.rng = new Rng(master.seed());
    const latent = this.model.options.latentSize;
    const noise = new Rng(master.seed());
    this.gridNoise = noise.normalArray(GRID_COLUMNS * latent);
    this.evalNoise = noise.normalArray(ACGAN_CLASSES * EVAL_PER_CLASS * latent);
    this.pickedNoise = noise.normalArray(PICKED * latent);
  }

  get stepsDone(): number {
    return this.steps;
  }

  train(steps: number): Metrics {
    const b = this.hp.batchSize;
    for (let s = 0; s < steps; s++) {
      const batch = this.sampler.next(b, 'tanh');
      const real = tf.tensor4d(batch.images, [b, 28, 28, 1]); // [b, 28, 28, 1]
      const labels = tf.tensor1d(batch.labels, 'int32'); // [b]
      try {
        this.last = acganStep(this.model, this.opt, real, labels, this.rng);
      } finally {
        real.dispose();
        labels.dispose();
      }
      this.steps++;
    }
    if (this.steps - this.evalStep >= EVAL_EVERY) this.evaluate();
    return this.metrics();
  }

  /** classMatch: the course classifier's verdict on 20 generated digits of each class. */
  evaluate(): { overall: number; perClass: Float32Array } {
    const classes = classBlocks(EVAL_PER_CLASS);
    const images = this.model.generate(this.evalNoise, classes);
    const probs = tf.tidy(() => this.classifier.predict(tf.tensor4d(images, [classes.length, 28, 28, 1]), 'sigmoid'));
    const predicted = predictedClasses(probs.dataSync() as Float32Array);
    probs.dispose();
    const perClass = new Float32Array(ACGAN_CLASSES);
    predicted.forEach((p, i) => {
      if (p === classes[i]) perClass[classes[i]] += 1 / EVAL_PER_CLASS;
    });
    const overall = perClass.reduce((a, v) => a + v, 0) / ACGAN_CLASSES;
    this.match = { overall, perClass };
    this.evalStep = this.steps;
    if (this.history.length === 0 || this.history[this.history.length - 1].step !== this.steps) {
      this.history.push({ step: this.steps, classMatch: overall });
      if (this.history.length > CURVE_CAPACITY) this.history.splice(0, this.history.length - CURVE_CAPACITY);
    }
    return this.match;
  }

  private metrics(): Metrics {
    return { dLoss: this.last.dLoss, gLoss: this.last.gLoss, auxAccuracy: 100 * this.last.auxAccuracy, classMatch: 100 * this.match!.overall };
  }

  setHyperparameters(values: Partial<AcganValues>): void {
    this.hp = { ...this.hp, ...values };
    this.opt.setRates(this.hp);
  }

  /**
   * arrays: grid [100·784] (row = digit, column = a fixed z), picked [16·784]
   * of the chosen digit, perClass [10] classMatch by digit, matchSteps and
   * matchHistory. values: step, digit, classMatch (0-100).
   */
  render(): AcganPayload {
    if (this.match === null) this.evaluate();
    const latent = this.model.options.latentSize;
    const gridZ = new Float32Array(ACGAN_CLASSES * GRID_COLUMNS * latent);
    for (let r = 0; r < ACGAN_CLASSES; r++) gridZ.set(this.gridNoise, r * GRID_COLUMNS * latent);
    const digit = Number(this.hp.digit);
    return {
      arrays: {
        grid: this.model.generate(gridZ, classBlocks(GRID_COLUMNS)),
        picked: this.model.generate(this.pickedNoise, new Int32Array(PICKED).fill(digit)),
        perClass: Float32Array.from(this.match!.perClass),
        matchSteps: Int32Array.from(this.history, (h) => h.step),
        matchHistory: Float32Array.from(this.history, (h) => h.classMatch),
      },
      values: { step: this.steps, digit, classMatch: 100 * this.match!.overall },
    };
  }

  getWeights(): WeightSet {
    return this.model.getWeights();
  }

  setWeights(weights: WeightSet): void {
    this.model.setWeights(weights);
    this.opt.restart();
    this.match = null;
    this.evalStep = -Infinity;
  }

  dispose(): void {
    this.opt.dispose();
    this.model.dispose();
    this.classifier.dispose();
  }
}

export async function loadGalleryAssets(context: TrainerContext, seed: number): Promise<{ digits: DigitSet; classifier: DigitClassifier }> {
  const [digits, classifier] = await Promise.all([loadDigits(context), DigitClassifier.loadPretrained(context, new Rng(seed))]);
  return { digits, classifier };
}

const createAcgan: TrainerFactory<AcganValues> = async (hp, seed, context) => {
  const { digits, classifier } = await loadGalleryAssets(context, seed);
  return new AcganTrainer(hp, seed, digits, classifier);
};
export default createAcgan;
