/**
 * A 2-D GAN in the manner of GAN Lab (Kahng et al. 2018, "GAN Lab:
 * Understanding Complex Deep Generative Models using Interactive Visual
 * Experimentation", arXiv:1809.01587): MLPs play the game of Goodfellow et
 * al. 2014 (arXiv:1406.2661) on points in the plane, and the view draws D's
 * opinion of every point behind the real and generated samples.
 */
import * as tf from '@tensorflow/tfjs-core';
import { GENERATOR_LOSS_IDS, type GeneratorLossId } from '../losses/gan';
import { Mlp } from '../models/mlp';
import { Rng } from '../random';
import type { Metrics, NetworkPart, Trainer, TrainerFactory, WeightSet } from '../trainer';
import type { Gan2dValues, Gan2dPayload } from '../../cells/gan2d';
import { HEATMAP_SIZE, heatmapPoints, sampleTarget2d, TARGET_2D_DOMAIN, TARGET_2D_SHAPES, type Target2dShape } from '../data/targets2d';
import { histogram2d, jsDivergence } from '../metrics/divergence';
import { checkDrawnPoints, sampleDrawn } from '../data/drawnPoints';
import { SentenceError } from '../../i18n/sentence';
import { GanGame, matrix, OPTIMIZER_IDS, type OptimizerId, type RoundOptions } from '../steps/ganGame';
import { generatorPush } from '../steps/generatorPush';

/** Two noise numbers per sample: the generator bends a 2-D Gaussian into the target. */
const NOISE_DIM = 2;
/** Points of each kind the view draws: enough to see the shape, few enough to stay cheap. */
const DRAWN_POINTS = 300;
/** Generated samples behind each divergence estimate. */
const EVAL_FAKE_SAMPLES = 1000;
/** Real samples in each evaluation of E[log D(x)]. */
const EVAL_REAL_SAMPLES = 500;
/** Real samples behind the reference histogram (made once per target). */
const REFERENCE_SAMPLES = 20000;
/** Histogram bins per axis for the JS estimate: coarse enough that 2000 samples fill them. */
const JS_BINS = 20;

/** Lines of the warp mesh in each direction, over noise values in [−WARP_EXTENT, WARP_EXTENT]². */
const WARP_SIZE = 15;
/** The mesh spans ±2.5 standard deviations of the noise: nearly all of it. */
const WARP_EXTENT = 2.5;

/** A regular WARP_SIZE² grid of noise values, row-major, interleaved (z1, z2). */
function warpNoise(): Float32Array {
  const out = new Float32Array(WARP_SIZE * WARP_SIZE * 2); // [WARP_SIZE², 2]
  for (let i = 0; i < WARP_SIZE; i++) {
    for (let j = 0; j < WARP_SIZE; j++) {
      const k = i * WARP_SIZE + j;
      out[2 * k] = -WARP_EXTENT + (2 * WARP_EXTENT * j) / (WARP_SIZE - 1);
      out[2 * k + 1] = -WARP_EXTENT + (2 * WARP_EXTENT * i) / (WARP_SIZE - 1);
    }
  }
  return out;
}


export class Gan2dTrainer implements Trainer<Gan2dValues, Gan2dPayload> {
  private hp: Gan2dValues;
  private readonly generator: Mlp;
  private readonly discriminator: Mlp;
  private readonly game: GanGame;
  private readonly trainRng: Rng;
  /**
   * Evaluation and drawing restart their own streams from these seeds each
   * call: they never change the training run, readouts are a function of the
   * weights alone, and the drawn points do not flicker with fresh noise.
   */
  private readonly evalSeed: number;
  private readonly renderSeed: number;
  /** Seeds each target's reference histogram, so it is the same whenever that target returns. */
  private readonly referenceSeed: number;
  private reference: { key: string; histogram: Float64Array } | null = null;
  /** The learner's own real points (interleaved), replacing the shape; each new set gets a new version. */
  private drawn: Float32Array | null = null;
  private drawnVersion = 0;
  private readonly heatmapInput: tf.Tensor2D; // [HEATMAP_SIZE², 2]
  private lastDOfG = 0.5;
  private lastJs = NaN;

  constructor(hp: Gan2dValues, seed: number) {
    this.hp = hp;
    const master = new Rng(seed);
    const initRng = new Rng(master.seed());
    this.trainRng = new Rng(master.seed());
    this.evalSeed = master.seed();
    this.renderSeed = master.seed();
    this.referenceSeed = master.seed();
    const h = this.hp.hidden;
    this.generator = new Mlp({ sizes: [NOISE_DIM, h, h, 2], activation: 'leakyRelu', name: 'generator' }, initRng);
    this.discriminator = new Mlp({ sizes: [2, h, h, 1], activation: 'leakyRelu', name: 'discriminator' }, initRng);
    this.game = new GanGame(this.generator, this.discriminator, this.hp);
    this.heatmapInput = matrix(heatmapPoints(), 2);
  }

  get modelId(): string {
    return `gan2d-mlp-${this.hp.hidden}`;
  }

  train(steps: number): Metrics {
    this.game.trainRounds(steps, this.roundOptions());
    return this.evaluate();
  }

  /** Step D or Step G: one update of one network, drawn from the same stream as full steps. */
  trainPart(part: NetworkPart): Metrics {
    if (part === 'd') this.game.discriminatorUpdate(this.roundOptions());
    else this.game.generatorUpdate(this.roundOptions());
    return this.evaluate();
  }

  private roundOptions(): RoundOptions {
    const sampleReal = this.realSampler();
    return { batch: this.hp.batchSize, dSteps: this.hp.dSteps, noiseDim: NOISE_DIM, dataDim: 2, rng: this.trainRng, sampleReal };
  }

  /** Draws real points: around the learner's own, or from the chosen shape. */
  private realSampler(): (rng: Rng, n: number) => Float32Array {
    const drawn = this.drawn;
    const target = this.hp.target;
    return drawn ? (rng, n) => sampleDrawn(drawn, rng, n) : (rng, n) => sampleTarget2d(target, rng, n);
  }

  setDrawnData(points: Float32Array | null): void {
    if (points === null) {
      this.drawn = null;
      return;
    }
    const checked = checkDrawnPoints(points);
    if (!checked.ok) throw new SentenceError(checked.message);
    this.drawn = checked.points;
    this.drawnVersion++;
  }

  private evaluate(): Metrics {
    const evalRng = new Rng(this.evalSeed);
    const real = matrix(this.realSampler()(evalRng, EVAL_REAL_SAMPLES), 2); // [EVAL_REAL_SAMPLES, 2]
    const z = matrix(evalRng.normalArray(EVAL_FAKE_SAMPLES * NOISE_DIM), NOISE_DIM); // [EVAL_FAKE_SAMPLES, NOISE_DIM]
    const { readout, fake } = this.game.evaluate(real, z);
    tf.dispose([real, z]);
    const { lo, hi } = TARGET_2D_DOMAIN;
    const js = jsDivergence(this.referenceHistogram(), histogram2d(fake, lo, hi, JS_BINS));
    this.lastDOfG = readout.dOfG;
    this.lastJs = js;
    return { ...readout, js, ...this.game.updates };
  }

  /** The real distribution's histogram from many samples, remade only when the target (or the drawn set) changes. */
  private referenceHistogram(): Float64Array {
    const key = this.drawn ? `drawn-${this.drawnVersion}` : this.hp.target;
    if (this.reference?.key !== key) {
      const { lo, hi } = TARGET_2D_DOMAIN;
      const samples = this.realSampler()(new Rng(this.referenceSeed), REFERENCE_SAMPLES);
      this.reference = { key, histogram: histogram2d(samples, lo, hi, JS_BINS) };
    }
    return this.reference.histogram;
  }

  setHyperparameters(values: Partial<Gan2dValues>): void {
    // Width needs new networks: only the factory (a reset) applies it.
    this.hp = { ...{ ...this.hp, ...values }, hidden: this.hp.hidden };
    this.game.update(this.hp);
  }

  /**
   * arrays: real, fake (DRAWN_POINTS interleaved x, y pairs each);
   * d (HEATMAP_SIZE² values of D(x) in (0, 1), row-major, row = y index
   * ascending, cell centres at lo + (i + ½)(hi − lo)/HEATMAP_SIZE).
   * push: −∂ℓ_G/∂x at each fake point (interleaved), empty unless showGradients;
   * warp: G of a WARP_SIZE² noise grid (interleaved, row-major), empty unless showWarp.
   * values: gridSize, lo, hi, dOfG, js (NaN before the first train()), warpSize.
   */
  render(): Gan2dPayload {
    const renderRng = new Rng(this.renderSeed);
    // The shape is sampled even when drawn points replace it, so the fakes' noise (drawn next) stays the same.
    const shape = sampleTarget2d(this.hp.target, renderRng, DRAWN_POINTS);
    const real = this.drawn ? Float32Array.from(this.drawn) : shape;
    const z = matrix(renderRng.normalArray(DRAWN_POINTS * NOISE_DIM), NOISE_DIM); // [DRAWN_POINTS, NOISE_DIM]
    const [fakeT, dT] = tf.tidy(() => [this.generator.apply(z), tf.sigmoid(this.discriminator.apply(this.heatmapInput))]);
    const fake = Float32Array.from(fakeT.dataSync() as Float32Array);
    const d = Float32Array.from(dT.dataSync() as Float32Array);
    const push = this.hp.showGradients ? this.pushAt(fakeT) : new Float32Array(0);
    const warp = this.hp.showWarp ? this.warp() : new Float32Array(0);
    tf.dispose([z, fakeT, dT]);
    return {
      arrays: { real, fake, d, push, warp },
      values: {
        gridSize: HEATMAP_SIZE,
        lo: TARGET_2D_DOMAIN.lo,
        hi: TARGET_2D_DOMAIN.hi,
        dOfG: this.lastDOfG,
        js: this.lastJs,
        warpSize: WARP_SIZE,
        drawnPoints: this.drawn ? this.drawn.length / 2 : 0,
      },
    };
  }

  /** −∂ℓ_G/∂x at the fake points [n, 2], under the chosen generator loss. */
  private pushAt(fake: tf.Tensor2D): Float32Array {
    const push = generatorPush((x) => this.discriminator.apply(x), this.hp.generatorLoss, fake);
    const out = Float32Array.from(push.dataSync() as Float32Array);
    push.dispose();
    return out;
  }

  /** Where the generator sends the regular noise grid. */
  private warp(): Float32Array {
    const out = tf.tidy(() => this.generator.apply(matrix(warpNoise(), NOISE_DIM)));
    const data = Float32Array.from(out.dataSync() as Float32Array);
    out.dispose();
    return data;
  }

  getWeights(): WeightSet {
    return this.game.getWeights(this.modelId);
  }

  setWeights(weights: WeightSet): void {
    this.game.setWeights(weights, this.modelId);
  }

  dispose(): void {
    this.game.dispose();
    this.generator.dispose();
    this.discriminator.dispose();
    this.heatmapInput.dispose();
  }
}

const createGan2dTrainer: TrainerFactory<Gan2dValues> = (hp, seed) => new Gan2dTrainer(hp, seed);
export default createGan2dTrainer;
