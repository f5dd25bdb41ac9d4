/**
 * The `adain` cell's trainer: a StyleGAN-style generator (Karras, Laine &
 * Aila 2019, arXiv:1812.04948) whose feature maps are restyled by AdaIN
 * (Huang & Belongie 2017, arXiv:1703.06868) at 7×7 and 14×14, trained
 * against the DCGAN's discriminator with the DCGAN's loss. It starts from the
 * committed pretrained weights unless told `start: 'scratch'`, so the
 * style-mixing grid is there as soon as the cell opens.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { loadCheckpointAsset } from '../checkpoint';
import { DigitBatchSampler, loadDigits, type DigitSet } from '../data/digits';
import { scoreDigitImages, type DigitScoreReport } from '../metrics/digitScore';
import { discriminatorLoss, generatorLossNonSaturating } from '../losses/gan';
import { AdainGan } from '../models/adainGan';
import { DigitClassifier } from '../models/digitClassifier';
import type { AdainStats } from '../models/styleGenerator';
import { Rng } from '../random';
import type { LiveAdam } from '../optimizers/liveOptimizers';
import type { Metrics, Trainer, TrainerFactory, ViewPayload, WeightSet } from '../trainer';
import { ADAIN_PRETRAINED, type AdainValues, type AdainPayload } from '../../cells/adain';
import { GanAdamPair, type GanRates } from '../optimizers/ganOptimizers';

/** Latents of the style-mixing grid: rows give coarse styles, columns fine ones. */
export const MIX_ROWS = 4;
export const MIX_COLS = 4;
const SAMPLES = 32;
const EVAL_SAMPLES = 256;
const EVAL_EVERY = 20;
const CURVE_CAPACITY = 400;

export interface AdainStepResult {
  dLoss: number;
  gLoss: number;
}

// #region code-view: adain-step
/**
 * One round, exactly the DCGAN's (D step on real and fake, then G step with
 * the non-saturating loss): only the generator's architecture differs.
 */
export function adainStep(model: AdainGan, opt: { generator: LiveAdam; discriminator: LiveAdam }, real: tf.Tensor4D, rng: Rng): AdainStepResult {
  const b = real.shape[0];
  const n = model.latentSize;
  const out = tf.tidy(() => {
    const fake = model.generator.generate(tf.tensor2d(rng.normalArray(b * n), [b, n])); // [b, 28, 28, 1]
    const dLoss = opt.discriminator.minimize(() => {
      const [r, f] = tf.split(model.discriminator(tf.concat([real, fake])), 2) as tf.Tensor2D[]; // [b, 1] each
      return discriminatorLoss(r, f);
    });
    const z = tf.tensor2d(rng.normalArray(b * n), [b, n]); // [b, latent]
    const gLoss = opt.generator.minimize(() => generatorLossNonSaturating(model.discriminator(model.generator.generate(z))));
    return tf.stack([dLoss, gLoss]);
  });
  const [dLoss, gLoss] = out.dataSync();
  out.dispose();
  return { dLoss, gLoss };
}
// #endregion

export class AdainTrainer implements Trainer<AdainValues, AdainPayload> {
  private hp: AdainValues;
  readonly model: AdainGan;
  private readonly opt: GanAdamPair;
  private readonly sampler: DigitBatchSampler;
  private readonly rng: Rng;
  private readonly rowZ: Float32Array; // [4, latent]
  private readonly colZ: Float32Array; // [4, latent]
  private readonly sampleZ: Float32Array; // [32, latent]
  private readonly evalZ: Float32Array; // [256, latent]
  private steps = 0;
  private last: AdainStepResult = { dLoss: NaN, gLoss: NaN };
  private score: DigitScoreReport | null = null;
  private evalStep = -Infinity;
  private readonly history: { step: number; digitScore: number }[] = [];

  constructor(hp: AdainValues, seed: number, digits: DigitSet, private readonly classifier: DigitClassifier) {
    this.hp = hp;
    const master = new Rng(seed);
    this.model = new AdainGan({}, master.seed());
    this.opt = new GanAdamPair(this.model, this.hp);
    this.sampler = new DigitBatchSampler(digits, 'train', master.seed());
    this.rng = new Rng(master.seed());
    const noise = new Rng(master.seed());
    const n = this.model.latentSize;
    this.rowZ = noise.normalArray(MIX_ROWS * n);
    this.colZ = noise.normalArray(MIX_COLS * n);
    this.sampleZ = noise.normalArray(SAMPLES * n);
    this.evalZ = noise.normalArray(EVAL_SAMPLES * n);
  }

  get stepsDone(): number {
    return this.steps;
  }

  async train(steps: number): Promise<Metrics> {
    const b = this.hp.batchSize;
    for (let s = 0; s < steps; s++) {
      const real = tf.tensor4d(this.sampler.next(b, 'tanh').images, [b, 28, 28, 1]); // [b, 28, 28, 1]
      try {
        this.last = adainStep(this.model, this.opt, real, this.rng);
      } finally {
        real.dispose();
      }
      this.steps++;
    }
    if (this.steps - this.evalStep >= EVAL_EVERY) await this.evaluate();
    return { ...this.last, digitScore: this.score!.digitScore };
  }

  async evaluate(): Promise<DigitScoreReport> {
    this.score = await scoreDigitImages(this.classifier, this.images(this.evalZ), 'sigmoid');
    this.evalStep = this.steps;
    if (this.history.length === 0 || this.history[this.history.length - 1].step !== this.steps) {
      this.history.push({ step: this.steps, digitScore: this.score.digitScore });
      if (this.history.length > CURVE_CAPACITY) this.history.splice(0, this.history.length - CURVE_CAPACITY);
    }
    return this.score;
  }

  /** Flat z [n·latent] → n·784 pixels in [0, 1]. */
  private images(z: Float32Array): Float32Array {
    const n = this.model.latentSize;
    const t = tf.tidy(() => tf.mul(tf.add(this.model.generator.generate(tf.tensor2d(z, [z.length / n, n])), 1), 0.5));
    const out = Float32Array.from(t.dataSync() as Float32Array);
    t.dispose();
    return out;
  }

  /**
   * The style-mixing grid, (rows+1)×(cols+1) images: top row the column
   * latents' own digits, left column the row latents' own digits, inside
   * coarse (7×7) styles from the row latent and fine (14×14) from the column
   * latent; the top-left tile is blank. Also the AdaIN statistics of row 1's digit.
   */
  private mixing(): { grid: Float32Array; stats: AdainStats } {
    const n = this.model.latentSize;
    const record: { stats?: AdainStats } = {};
    const t = tf.tidy(() => {
      const wRows = this.model.generator.mapping(tf.tensor2d(this.rowZ, [MIX_ROWS, n])); // [4, latent]
      const wCols = this.model.generator.mapping(tf.tensor2d(this.colZ, [MIX_COLS, n])); // [4, latent]
      const ri = Int32Array.from({ length: MIX_ROWS * MIX_COLS }, (_, i) => Math.floor(i / MIX_COLS));
      const ci = Int32Array.from({ length: MIX_ROWS * MIX_COLS }, (_, i) => i % MIX_COLS);
      const coarse = tf.concat([wRows, wCols, tf.gather(wRows, ri)]); // [4 + 4 + 16, latent]
      const fine = tf.concat([wRows, wCols, tf.gather(wCols, ci)]);
      return tf.mul(tf.add(this.model.generator.synthesis(coarse, fine, record), 1), 0.5); // [24, 28, 28, 1]
    });
    const all = t.dataSync() as Float32Array;
    t.dispose();
    const px = 784;
    const grid = new Float32Array((MIX_ROWS + 1) * (MIX_COLS + 1) * px);
    const put = (slot: number, image: number) => grid.set(all.subarray(image * px, (image + 1) * px), slot * px);
    for (let c = 0; c < MIX_COLS; c++) put(1 + c, MIX_ROWS + c);
    for (let r = 0; r < MIX_ROWS; r++) {
      put((r + 1) * (MIX_COLS + 1), r);
      for (let c = 0; c < MIX_COLS; c++) put((r + 1) * (MIX_COLS + 1) + 1 + c, MIX_ROWS + MIX_COLS + r * MIX_COLS + c);
    }
    return { grid, stats: record.stats! };
  }

  setHyperparameters(values: Partial<AdainValues>): void {
    this.hp = { ...{ ...this.hp, ...values }, start: this.hp.start };
    this.opt.setRates(this.hp);
  }

  /**
   * arrays: mixing [25·784] (see mixing()), samples [32·784], statsBeforeMean,
   * statsBeforeStd, statsAfterMean, statsAfterStd [c0], scoreSteps, digitScore.
   * values: step, rows, cols, digitScore.
   */
  async render(): Promise<AdainPayload> {
    if (this.score === null) await this.evaluate();
    const { grid, stats } = this.mixing();
    return {
      arrays: {
        mixing: grid,
        samples: this.images(this.sampleZ),
        statsBeforeMean: stats.beforeMean,
        statsBeforeStd: stats.beforeStd,
        statsAfterMean: stats.afterMean,
        statsAfterStd: stats.afterStd,
        scoreSteps: Int32Array.from(this.history, (h) => h.step),
        digitScore: Float32Array.from(this.history, (h) => h.digitScore),
      },
      values: { step: this.steps, rows: MIX_ROWS, cols: MIX_COLS, digitScore: this.score!.digitScore },
    };
  }

  get start(): AdainValues['start'] {
    return this.hp.start;
  }

  getWeights(): WeightSet {
    return this.model.getWeights();
  }

  setWeights(weights: WeightSet): void {
    this.model.setWeights(weights);
    this.opt.restart();
    this.score = null;
    this.evalStep = -Infinity;
  }

  dispose(): void {
    this.opt.dispose();
    this.model.dispose();
    this.classifier.dispose();
  }
}

const createAdain: TrainerFactory<AdainValues> = async (hp, seed, context) => {
  const [digits, classifier] = await Promise.all([loadDigits(context), DigitClassifier.loadPretrained(context, new Rng(seed))]);
  const trainer = new AdainTrainer(hp, seed, digits, classifier);
  if (trainer.start === 'pretrained') {
    try {
      trainer.setWeights((await loadCheckpointAsset(context, ADAIN_PRETRAINED, trainer.getWeights())).weights);
    } catch (err) {
      trainer.dispose();
      throw err;
    }
  }
  return trainer;
};
export default createAdain;
