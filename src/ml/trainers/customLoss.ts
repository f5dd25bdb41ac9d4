/**
 * The `customLoss` cell's trainer: the 2-D GAN of the gan2d cell (the same
 * MLPs, data, optimisers and readouts) playing a game whose two losses the
 * learner typed. The formulas are parsed by the course's own parser and
 * compiled to tfjs operations (src/ml/losses/formula), so what differs
 * between runs is only the loss.
 *
 * A formula that makes training diverge (a NaN or an infinite loss) is not
 * kept: the weights go back to where the chunk of steps started, the last
 * formula that trained without diverging takes its place, and the error
 * says so (the session pauses the cell with it).
 */
import * as tf from '@tensorflow/tfjs-core';
import { SentenceError, sentence } from '../../i18n/sentence';
import type { CustomLossPayload, CustomLossValues } from '../../cells/customLoss';
import { sampleTarget2d, TARGET_2D_DOMAIN } from '../data/targets2d';
import { checkLoss } from '../losses/formula/check';
import { compileLoss, type DiscriminatorOutput } from '../losses/formula/compile';
import type { Player } from '../losses/formula/parse';
import { histogram2d, jsDivergence } from '../metrics/divergence';
import { ThinningLog } from '../metrics/trainingHistory';
import { Mlp } from '../models/mlp';
import { makeOptimizer, type LiveOptimizer } from '../optimizers/liveOptimizers';
import { Rng } from '../random';
import { matrix } from '../steps/ganGame';
import type { Metrics, Trainer, TrainerFactory } from '../trainer';

/** The gan2d cell's sizes: two noise numbers in, points in the plane out. */
const NOISE_DIM = 2;
const HEATMAP_SIZE = 32;
const DRAWN_POINTS = 300;
/** Real and generated samples of each evaluation: equal, since a formula pairs D(x) with D(G(z)) sample by sample. */
const EVAL_SAMPLES = 1000;
const REFERENCE_SAMPLES = 20000;
const JS_BINS = 20;
/** Loss-curve entries kept (thinned as the run grows). */
const CURVE_POINTS = 200;

type LossFn = (realLogits: tf.Tensor, fakeLogits: tf.Tensor) => tf.Scalar;

/** A formula the trainer can use: its text and its compiled loss. */
interface Formula {
  text: string;
  loss: LossFn;
}

function heatmapPoints(): Float32Array {
  const { lo, hi } = TARGET_2D_DOMAIN;
  const cell = (hi - lo) / HEATMAP_SIZE;
  const out = new Float32Array(HEATMAP_SIZE * HEATMAP_SIZE * 2); // [HEATMAP_SIZE², 2]
  for (let iy = 0; iy < HEATMAP_SIZE; iy++) {
    for (let ix = 0; ix < HEATMAP_SIZE; ix++) {
      const k = iy * HEATMAP_SIZE + ix;
      out[2 * k] = lo + (ix + 0.5) * cell;
      out[2 * k + 1] = lo + (iy + 0.5) * cell;
    }
  }
  return out;
}

// #region code-view: custom-loss-formulas
/** `text` compiled as `player`'s loss, or null when it does not pass the checks (the page refuses those first). */
function compileFormula(text: string, player: Player, output: DiscriminatorOutput): Formula | null {
  const checked = checkLoss(text, player);
  return checked.ok ? { text, loss: compileLoss(checked.tree, output) } : null;
}
// #endregion

export class CustomLossTrainer implements Trainer<CustomLossValues, CustomLossPayload> {
  private hp: CustomLossValues;
  private readonly generator: Mlp;
  private readonly discriminator: Mlp;
  private optG: LiveOptimizer;
  private optD: LiveOptimizer;
  private readonly trainRng: Rng;
  private readonly evalSeed: number;
  private readonly renderSeed: number;
  private readonly referenceSeed: number;
  private reference: { target: string; histogram: Float64Array } | null = null;
  private readonly heatmapInput: tf.Tensor2D; // [HEATMAP_SIZE², 2]
  private formulas: Record<Player, Formula>;
  /** The formulas of the last chunk that trained without diverging (none before the first). */
  private lastGood: Record<Player, string | null> = { discriminator: null, generator: null };
  private step = 0;
  private readonly curves = new ThinningLog<{ dLoss: number; gLoss: number }>(CURVE_POINTS);
  private last = { dOfG: 0.5, js: NaN };

  constructor(hp: CustomLossValues, seed: number) {
    this.hp = hp;
    const master = new Rng(seed);
    const initRng = new Rng(master.seed());
    this.trainRng = new Rng(master.seed());
    this.evalSeed = master.seed();
    this.renderSeed = master.seed();
    this.referenceSeed = master.seed();
    const h = hp.hidden;
    this.generator = new Mlp({ sizes: [NOISE_DIM, h, h, 2], activation: 'leakyRelu', name: 'generator' }, initRng);
    this.discriminator = new Mlp({ sizes: [2, h, h, 1], activation: 'leakyRelu', name: 'discriminator' }, initRng);
    this.optG = makeOptimizer(hp.optimizer, this.generator.variables, hp.lrG);
    this.optD = makeOptimizer(hp.optimizer, this.discriminator.variables, hp.lrD);
    this.heatmapInput = matrix(heatmapPoints(), 2);
    const d = compileFormula(hp.discriminatorLoss, 'discriminator', hp.dOutput);
    const g = compileFormula(hp.generatorLoss, 'generator', hp.dOutput);
    if (!d || !g) throw new SentenceError(sentence('The loss formulas did not pass their checks; press Reset to start from the defaults.'));
    this.formulas = { discriminator: d, generator: g };
  }

  get modelId(): string {
    return `custom-loss-mlp-${this.hp.hidden}`;
  }

  // #region code-view: custom-loss-step
  /** D's logits on real and generated points, split back apart. real: [n, 2], fake: [m, 2] */
  private logits(real: tf.Tensor2D, fake: tf.Tensor2D): [tf.Tensor, tf.Tensor] {
    const n = real.shape[0];
    const both = this.discriminator.apply(tf.concat([real, fake], 0)); // [n + m, 1]
    const [r, f] = tf.split(both, [n, both.shape[0] - n], 0);
    return [r, f];
  }

  private round(): void {
    const { batchSize: batch, target } = this.hp;
    const realBatch = () => matrix(sampleTarget2d(target, this.trainRng, batch), 2); // [batch, 2]
    const noise = () => matrix(this.trainRng.normalArray(batch * NOISE_DIM), NOISE_DIM); // [batch, NOISE_DIM]
    for (let k = 0; k < this.hp.dSteps; k++) {
      tf.tidy(() => {
        const real = realBatch();
        // The generator's samples are data for D's step: made outside the tape.
        const fake = this.generator.apply(noise());
        this.optD.minimize(() => this.formulas.discriminator.loss(...this.logits(real, fake)));
      });
    }
    tf.tidy(() => {
      // A generator loss may mention D(x) too (it is a constant for G).
      const real = realBatch();
      const z = noise();
      this.optG.minimize(() => this.formulas.generator.loss(...this.logits(real, this.generator.apply(z))));
    });
  }
  // #endregion

  train(steps: number): Metrics {
    const saved = [...this.generator.variables, ...this.discriminator.variables].map((v) => tf.clone(v));
    for (let s = 0; s < steps; s++) this.round();
    const metrics = this.evaluate();
    if (!Number.isFinite(metrics.dLoss) || !Number.isFinite(metrics.gLoss)) {
      this.restore(saved, metrics, steps);
    }
    tf.dispose(saved);
    this.step += steps;
    this.lastGood = { discriminator: this.formulas.discriminator.text, generator: this.formulas.generator.text };
    if (steps > 0) this.curves.offer(this.step, () => ({ dLoss: metrics.dLoss, gLoss: metrics.gLoss }));
    return metrics;
  }

  /**
   * After a chunk that diverged: the weights from its start, fresh optimiser
   * state (Adam's moments may hold the NaN too), the last good formulas, and
   * an error that says which loss diverged and what training uses now.
   */
  private restore(saved: tf.Tensor[], metrics: Metrics, steps: number): never {
    [...this.generator.variables, ...this.discriminator.variables].forEach((v, i) => v.assign(saved[i]));
    tf.dispose(saved);
    this.rebuildOptimizers();
    const at = this.step + steps;
    const player: Player = Number.isFinite(metrics.dLoss) ? 'generator' : 'discriminator';
    const typed = this.formulas[player].text;
    const back = this.lastGood[player];
    const value = String(player === 'discriminator' ? metrics.dLoss : metrics.gLoss);
    if (back !== null && typed !== back) {
      const formula = compileFormula(back, player, this.hp.dOutput);
      if (formula) this.formulas[player] = formula;
      const said =
        player === 'discriminator'
          ? sentence("The discriminator's loss {formula} became {value} by step {step}: it diverges. The weights from step {from} are back, and training uses the last formula that worked, {previous}.", { formula: typed, value, step: at, from: this.step, previous: back })
          : sentence("The generator's loss {formula} became {value} by step {step}: it diverges. The weights from step {from} are back, and training uses the last formula that worked, {previous}.", { formula: typed, value, step: at, from: this.step, previous: back });
      throw new SentenceError(said, sentence('Edit the formula (a log of something that can reach 0 or below, or a power or exp that grows without bound, are the usual causes), or press Run to go on with the last one that worked.'));
    }
    throw new SentenceError(
      sentence('The losses became {value} by step {step}: training diverged with these formulas. The weights from step {from} are back.', { value, step: at, from: this.step }),
      sentence('Lower the learning rates and press Run, or press Reset.'),
    );
  }

  private rebuildOptimizers(): void {
    this.optG.dispose();
    this.optD.dispose();
    this.optG = makeOptimizer(this.hp.optimizer, this.generator.variables, this.hp.lrG);
    this.optD = makeOptimizer(this.hp.optimizer, this.discriminator.variables, this.hp.lrD);
  }

  private evaluate(): Metrics {
    const evalRng = new Rng(this.evalSeed);
    const real = matrix(sampleTarget2d(this.hp.target, evalRng, EVAL_SAMPLES), 2); // [EVAL_SAMPLES, 2]
    const z = matrix(evalRng.normalArray(EVAL_SAMPLES * NOISE_DIM), NOISE_DIM); // [EVAL_SAMPLES, NOISE_DIM]
    const [stats, fakeT] = tf.tidy(() => {
      const fake = this.generator.apply(z); // [EVAL_SAMPLES, 2]
      const [r, f] = this.logits(real, fake);
      const stats = tf.stack([this.formulas.discriminator.loss(r, f), this.formulas.generator.loss(r, f), tf.mean(tf.sigmoid(f))]); // [3]
      return [stats, fake];
    });
    const [dLoss, gLoss, dOfG] = Array.from(stats.dataSync());
    const fake = fakeT.dataSync() as Float32Array;
    const { lo, hi } = TARGET_2D_DOMAIN;
    const js = jsDivergence(this.referenceHistogram(), histogram2d(fake, lo, hi, JS_BINS));
    tf.dispose([real, z, stats, fakeT]);
    this.last = { dOfG, js };
    return { dLoss, gLoss, dOfG, js };
  }

  private referenceHistogram(): Float64Array {
    if (this.reference?.target !== this.hp.target) {
      const { lo, hi } = TARGET_2D_DOMAIN;
      const samples = sampleTarget2d(this.hp.target, new Rng(this.referenceSeed), REFERENCE_SAMPLES);
      this.reference = { target: this.hp.target, histogram: histogram2d(samples, lo, hi, JS_BINS) };
    }
    return this.reference.histogram;
  }

  setHyperparameters(values: Partial<CustomLossValues>): boolean {
    const before = this.hp;
    // Width needs new networks: only the factory (a reset) applies it.
    this.hp = { ...before, ...values, hidden: before.hidden };
    if (this.hp.optimizer !== before.optimizer) this.rebuildOptimizers();
    else {
      if (this.hp.lrG !== before.lrG) this.optG.setLearningRate(this.hp.lrG);
      if (this.hp.lrD !== before.lrD) this.optD.setLearningRate(this.hp.lrD);
    }
    const output = this.hp.dOutput;
    let lossesChanged = false;
    for (const player of ['discriminator', 'generator'] as const) {
      const text = player === 'discriminator' ? this.hp.discriminatorLoss : this.hp.generatorLoss;
      if (text === this.formulas[player].text && output === before.dOutput) continue;
      // Values arrive checked by the page; a text that still fails keeps the formula in use.
      const formula = compileFormula(text, player, output);
      if (formula) {
        this.formulas[player] = formula;
        lossesChanged = true;
      }
    }
    // New losses or data change the readouts of the same weights; rates and steps do not.
    return lossesChanged || this.hp.target !== before.target;
  }

  /** The gan2d picture (see Gan2dTrainer.render) plus both losses at each logged step. */
  render(): CustomLossPayload {
    const renderRng = new Rng(this.renderSeed);
    const real = sampleTarget2d(this.hp.target, renderRng, DRAWN_POINTS);
    const z = matrix(renderRng.normalArray(DRAWN_POINTS * NOISE_DIM), NOISE_DIM); // [DRAWN_POINTS, NOISE_DIM]
    const [fakeT, dT] = tf.tidy(() => [this.generator.apply(z), tf.sigmoid(this.discriminator.apply(this.heatmapInput))]);
    const fake = Float32Array.from(fakeT.dataSync() as Float32Array);
    const d = Float32Array.from(dT.dataSync() as Float32Array);
    tf.dispose([z, fakeT, dT]);
    return {
      arrays: {
        real,
        fake,
        d,
        curveSteps: Float32Array.from(this.curves.steps()),
        dLoss: this.curves.series((e) => e.dLoss),
        gLoss: this.curves.series((e) => e.gLoss),
      },
      values: { gridSize: HEATMAP_SIZE, lo: TARGET_2D_DOMAIN.lo, hi: TARGET_2D_DOMAIN.hi, dOfG: this.last.dOfG, js: this.last.js },
    };
  }

  dispose(): void {
    this.optG.dispose();
    this.optD.dispose();
    this.generator.dispose();
    this.discriminator.dispose();
    this.heatmapInput.dispose();
  }
}

const createCustomLossTrainer: TrainerFactory<CustomLossValues> = (hp, seed) => new CustomLossTrainer(hp, seed);
export default createCustomLossTrainer;
