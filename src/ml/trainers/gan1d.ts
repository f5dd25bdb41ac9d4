/**
 * The 1-D GAN of Goodfellow et al. 2014, "Generative Adversarial Nets",
 * arXiv:1406.2661 (fig. 1): a generator MLP maps Gaussian noise to numbers,
 * a discriminator MLP scores numbers as real, and the view draws p_data, p_g,
 * D(x) and the optimal D*(x) on one axis. Used by the `gan1d` and
 * `saturation` cells.
 */
import * as tf from '@tensorflow/tfjs-core';
import { optimalDiscriminator } from '../losses/ganMath';
import { Mlp } from '../models/mlp';
import { Rng } from '../random';
import type { Gan1dValues, Gan1dPayload } from '../../cells/gan1d';
import type { Metrics, NetworkPart, Trainer, TrainerFactory, WeightSet } from '../trainer';
import {
  linspace,
  sampleTarget1d,
  targetDensityOnGrid,
  targetStd1d,
  type Target1d,
} from '../data/targets1d';
import { binOnGrid, gaussianSmooth, jsDivergence, kdeBandwidth, meanStd } from '../metrics/divergence';
import { GanGame, matrix, type RoundOptions } from '../steps/ganGame';
import { generatorPush } from '../steps/generatorPush';

/** Noise fed to the generator: one N(0, 1) number per sample, as in fig. 1. */
const NOISE_DIM = 1;
/** Both axes of the view span [DOMAIN_LO, DOMAIN_HI]; targets stay well inside. */
export const GAN1D_DOMAIN = { lo: -8, hi: 8 } as const;
/**
 * D sees x / 4: the domain's ±8 arrives as ±2. Unscaled, plain SGD at the
 * default rate diverged to NaN on one seed in four (curvature grows with x²).
 */
const D_INPUT_SCALE = 0.25;
/** Points of the x grid for densities and D(x). */
const GRID_POINTS = 200;
/** Generated samples behind each density estimate: enough for a smooth KDE, cheap to make. */
const DENSITY_SAMPLES = 1000;
/** Real samples in each evaluation of E[log D(x)]. */
const EVAL_REAL_SAMPLES = 500;
/** Below this p_data + p_g the ratio D* is noise, so the view leaves a gap. */
const DSTAR_MIN_DENSITY = 1e-3;

/** The generated density on the grid and its JS divergence from p_data. */
interface DensityEstimate {
  pG: Float32Array;
  js: number;
}

export class Gan1dTrainer implements Trainer<Gan1dValues, Gan1dPayload> {
  private hp: Gan1dValues;
  private readonly generator: Mlp;
  private readonly discriminator: Mlp;
  private readonly game: GanGame;
  private readonly trainRng: Rng;
  /**
   * Evaluation and drawing restart their own streams from these seeds each
   * call: they never change the training run, readouts are a function of the
   * weights alone, and the drawn density does not flicker with fresh noise.
   */
  private readonly evalSeed: number;
  private readonly renderSeed: number;
  private readonly grid = linspace(GAN1D_DOMAIN.lo, GAN1D_DOMAIN.hi, GRID_POINTS);
  private lastDOfG = 0.5;

  constructor(hp: Gan1dValues, seed: number) {
    this.hp = hp;
    const master = new Rng(seed);
    const initRng = new Rng(master.seed());
    this.trainRng = new Rng(master.seed());
    this.evalSeed = master.seed();
    this.renderSeed = master.seed();
    const h = this.hp.hidden;
    this.generator = new Mlp({ sizes: [NOISE_DIM, h, h, 1], activation: 'leakyRelu', name: 'generator' }, initRng);
    this.discriminator = new Mlp(
      { sizes: [1, h, h, 1], activation: 'leakyRelu', name: 'discriminator', inputScale: D_INPUT_SCALE },
      initRng,
    );
    this.game = new GanGame(this.generator, this.discriminator, this.hp);
  }

  get modelId(): string {
    return `gan1d-mlp-${this.hp.hidden}`;
  }

  private get target(): Target1d {
    return { shape: this.hp.targetShape, mean: this.hp.targetMean, std: this.hp.targetStd };
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
    const target = this.target;
    const sampleReal = (rng: Rng, n: number) => sampleTarget1d(target, rng, n);
    return { batch: this.hp.batchSize, dSteps: this.hp.dSteps, noiseDim: NOISE_DIM, dataDim: 1, rng: this.trainRng, sampleReal };
  }

  /** Metrics on fixed evaluation samples (not the last training batch: steadier readouts). */
  private evaluate(): Metrics {
    const evalRng = new Rng(this.evalSeed);
    const real = matrix(sampleTarget1d(this.target, evalRng, EVAL_REAL_SAMPLES), 1); // [EVAL_REAL_SAMPLES, 1]
    const z = matrix(evalRng.normalArray(DENSITY_SAMPLES * NOISE_DIM), NOISE_DIM); // [DENSITY_SAMPLES, NOISE_DIM]
    const { readout, fake } = this.game.evaluate(real, z);
    tf.dispose([real, z]);
    this.lastDOfG = readout.dOfG;
    const { js } = this.estimateDensity(fake);
    const { mean, std } = meanStd(fake);
    return { ...readout, js, genMean: mean, genStd: std, ...this.game.updates };
  }

  /**
   * p_g by a binned Gaussian KDE on the grid; the JS divergence compares it
   * with p_data smoothed by the same kernel, so the smoothing itself adds no
   * divergence. Mass beyond the grid counts as one extra bin.
   */
  private estimateDensity(fake: Float32Array, pData?: Float32Array): DensityEstimate {
    const { lo, hi } = GAN1D_DOMAIN;
    const spacing = (hi - lo) / (GRID_POINTS - 1);
    const bandwidth = kdeBandwidth(fake, spacing);
    if (!Number.isFinite(bandwidth)) return { pG: new Float32Array(GRID_POINTS).fill(NaN), js: NaN };
    const genMass = gaussianSmooth(binOnGrid(fake, lo, hi, GRID_POINTS), spacing, bandwidth);
    const density = pData ?? targetDensityOnGrid(this.target, this.grid);
    const realWeights = new Float64Array(GRID_POINTS + 1);
    let inside = 0;
    for (let i = 0; i < GRID_POINTS; i++) {
      realWeights[i] = density[i] * spacing;
      inside += realWeights[i];
    }
    realWeights[GRID_POINTS] = Math.max(0, 1 - inside);
    const realMass = gaussianSmooth(realWeights, spacing, bandwidth);
    const pG = new Float32Array(GRID_POINTS);
    for (let i = 0; i < GRID_POINTS; i++) pG[i] = genMass[i] / (fake.length * spacing);
    return { pG, js: jsDivergence(realMass, genMass) };
  }

  setHyperparameters(values: Partial<Gan1dValues>): void {
    // Width needs new networks: only the factory (a reset) applies it.
    this.hp = { ...this.hp, ...values, hidden: this.hp.hidden };
    this.game.update(this.hp);
  }

  /**
   * arrays: x, pData, pG, d, dStar (each GRID_POINTS long, aligned with x);
   * dStar is NaN where both densities are negligible; push: −∂ℓ_G/∂x at each
   * x (a fake there is pushed that way), empty unless showGradients.
   * values: genMean, genStd, targetMean, targetStd (true std of p_data), dOfG, js.
   */
  render(): Gan1dPayload {
    const x = Float32Array.from(this.grid);
    const pData = targetDensityOnGrid(this.target, this.grid);
    const renderRng = new Rng(this.renderSeed);
    const z = matrix(renderRng.normalArray(DENSITY_SAMPLES * NOISE_DIM), NOISE_DIM); // [DENSITY_SAMPLES, NOISE_DIM]
    const xs = matrix(x, 1); // [GRID_POINTS, 1]
    const [fakeT, dT] = tf.tidy(() => [this.generator.apply(z), tf.sigmoid(this.discriminator.apply(xs))]);
    const fake = Float32Array.from(fakeT.dataSync() as Float32Array);
    const d = Float32Array.from(dT.dataSync() as Float32Array);
    const push = this.hp.showGradients ? this.pushAt(xs) : new Float32Array(0);
    tf.dispose([z, xs, fakeT, dT]);
    const { pG, js } = this.estimateDensity(fake, pData);
    const dStar = new Float32Array(GRID_POINTS);
    for (let i = 0; i < GRID_POINTS; i++) {
      dStar[i] = pData[i] + pG[i] < DSTAR_MIN_DENSITY ? NaN : optimalDiscriminator(pData[i], pG[i]);
    }
    const { mean, std } = meanStd(fake);
    return {
      arrays: { x, pData, pG, d, dStar, push },
      values: {
        genMean: mean,
        genStd: std,
        targetMean: this.hp.targetMean,
        targetStd: targetStd1d(this.target),
        dOfG: this.lastDOfG,
        js,
      },
    };
  }

  /** −∂ℓ_G/∂x at the points xs [n, 1], under the chosen generator loss. */
  private pushAt(xs: tf.Tensor2D): Float32Array {
    const push = generatorPush((x) => this.discriminator.apply(x), this.hp.generatorLoss, xs);
    const out = Float32Array.from(push.dataSync() as Float32Array);
    push.dispose();
    return out;
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
  }
}

const createGan1dTrainer: TrainerFactory<Gan1dValues> = (hp, seed) => new Gan1dTrainer(hp, seed);
export default createGan1dTrainer;
