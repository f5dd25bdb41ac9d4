/**
 * CycleGAN on two unpaired 2-D point clouds (Zhu, Park, Isola, Efros 2017,
 * "Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial
 * Networks", arXiv:1703.10593), shrunk to MLPs so the whole game is visible:
 * G: X → Y, F: Y → X, D_X and D_Y are small fully connected networks, and the
 * view draws x → G(x) → F(G(x)) coloured by where x sits on its shape.
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import { CYCLE_PAIRS, sampleX, sampleY, type Cloud, type CyclePair } from '../data/cycleDomains2d';
import { PAPER_CYCLE_WEIGHT } from '../losses/cycle';
import { chamferDistance, meanAbsDifference } from '../metrics/pointCloud';
import { Mlp } from '../models/mlp';
import { Rng } from '../random';
import type { Metrics, Trainer, TrainerFactory, WeightSet } from '../trainer';
import type { Cycle2dValues, Cycle2dPayload } from '../../cells/cycle2d';
import { CycleGame } from '../steps/cycleGame';

/** Fixed evaluation points: the same clouds every readout, so the numbers and the picture do not jitter. */
const EVAL_POINTS = 300;
/** Points that get arrows x → G(x) → F(G(x)) in the view, spread evenly along the shape. */
export const ARROW_POINTS = 8;

/** Indices of the `count` samples whose t is nearest to 0, 1/count, 2/count, ... */
export function evenlySpread(t: Float32Array, count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const goal = k / count;
    let best = 0;
    let bestGap = Infinity;
    for (let i = 0; i < t.length; i++) {
      const gap = Math.abs(t[i] - goal);
      if (gap < bestGap) {
        bestGap = gap;
        best = i;
      }
    }
    out[k] = best;
  }
  return out;
}

/** Translations of the fixed evaluation clouds, as plain arrays. */
interface Translations {
  gx: Float32Array;
  fgx: Float32Array;
  fy: Float32Array;
  gfy: Float32Array;
}

export class Cycle2dTrainer implements Trainer<Cycle2dValues, Cycle2dPayload> {
  private hp: Cycle2dValues;
  private readonly g: Mlp;
  private readonly f: Mlp;
  private readonly dX: Mlp;
  private readonly dY: Mlp;
  private readonly game: CycleGame;
  private readonly trainRng: Rng;
  private readonly evalX: Cloud;
  private readonly evalY: Cloud;
  private lastAdv = { advG: 0, advF: 0, dLoss: 0 };

  constructor(hp: Cycle2dValues, seed: number) {
    this.hp = hp;
    const master = new Rng(seed);
    const initRng = new Rng(master.seed());
    this.trainRng = new Rng(master.seed());
    const evalRng = new Rng(master.seed());
    const h = this.hp.hidden;
    // Generators as in the toy GANs; the output layer is linear, so any point of the plane is reachable.
    this.g = new Mlp({ sizes: [2, h, h, 2], activation: 'leakyRelu', name: 'G' }, initRng);
    this.f = new Mlp({ sizes: [2, h, h, 2], activation: 'leakyRelu', name: 'F' }, initRng);
    this.dX = new Mlp({ sizes: [2, h, h, 1], activation: 'leakyRelu', name: 'DX' }, initRng);
    this.dY = new Mlp({ sizes: [2, h, h, 1], activation: 'leakyRelu', name: 'DY' }, initRng);
    this.game = new CycleGame({ g: this.g, f: this.f, dX: this.dX, dY: this.dY }, this.hp);
    this.evalX = sampleX(this.hp.pair, evalRng, EVAL_POINTS);
    this.evalY = sampleY(this.hp.pair, evalRng, EVAL_POINTS);
  }

  get modelId(): string {
    return `cycle2d-mlp-${this.hp.hidden}`;
  }

  train(steps: number): Metrics {
    const n = this.hp.batchSize;
    for (let s = 0; s < steps; s++) {
      // Unpaired: x and y are drawn independently; nothing links the i-th x to the i-th y.
      const x = tf.tensor2d(sampleX(this.hp.pair, this.trainRng, n).points, [n, 2]); // [batch, 2]
      const y = tf.tensor2d(sampleY(this.hp.pair, this.trainRng, n).points, [n, 2]); // [batch, 2]
      const readout = this.game.step(x, y, s === steps - 1);
      tf.dispose([x, y]);
      if (readout) this.lastAdv = { advG: readout.advG, advF: readout.advF, dLoss: readout.dX + readout.dY };
    }
    return this.evaluate(this.translate());
  }

  /** G and F on the fixed evaluation clouds. */
  private translate(): Translations {
    const n = EVAL_POINTS;
    const outs = tf.tidy(() => {
      const x = tf.tensor2d(this.evalX.points, [n, 2]); // [EVAL_POINTS, 2]
      const y = tf.tensor2d(this.evalY.points, [n, 2]); // [EVAL_POINTS, 2]
      const gx = this.g.apply(x);
      const fy = this.f.apply(y);
      return [gx, this.f.apply(gx), fy, this.g.apply(fy)];
    });
    const [gx, fgx, fy, gfy] = outs.map((t) => Float32Array.from(t.dataSync() as Float32Array));
    tf.dispose(outs);
    return { gx, fgx, fy, gfy };
  }

  private evaluate(tr: Translations): Metrics {
    const cycleError = meanAbsDifference(tr.fgx, this.evalX.points) + meanAbsDifference(tr.gfy, this.evalY.points);
    const translationGap = 0.5 * (chamferDistance(tr.gx, this.evalY.points) + chamferDistance(tr.fy, this.evalX.points));
    return { cycleError, translationGap, ...this.lastAdv };
  }

  setHyperparameters(values: Partial<Cycle2dValues>): void {
    // Shape pair and width need new data or networks: only a reset applies them.
    this.hp = { ...{ ...this.hp, ...values }, pair: this.hp.pair, hidden: this.hp.hidden };
    this.game.update(this.hp);
  }

  /**
   * arrays: x, gx, fgx, y, fy, gfy ([EVAL_POINTS, 2] interleaved), xT, yT
   * ([EVAL_POINTS] place along each shape, for colour), arrowsX, arrowsY
   * (ARROW_POINTS indices into the clouds). values: cycleError, translationGap.
   */
  render(): Cycle2dPayload {
    const tr = this.translate();
    const m = this.evaluate(tr);
    return {
      arrays: {
        x: Float32Array.from(this.evalX.points),
        y: Float32Array.from(this.evalY.points),
        xT: Float32Array.from(this.evalX.t),
        yT: Float32Array.from(this.evalY.t),
        gx: tr.gx,
        fgx: tr.fgx,
        fy: tr.fy,
        gfy: tr.gfy,
        arrowsX: evenlySpread(this.evalX.t, ARROW_POINTS),
        arrowsY: evenlySpread(this.evalY.t, ARROW_POINTS),
      },
      values: { cycleError: m.cycleError, translationGap: m.translationGap, lambda: this.hp.lambda },
    };
  }

  getWeights(): WeightSet {
    return {
      modelId: this.modelId,
      tensors: [...this.g.getWeights(), ...this.f.getWeights(), ...this.dX.getWeights(), ...this.dY.getWeights()],
    };
  }

  setWeights(weights: WeightSet): void {
    if (weights.modelId !== this.modelId) {
      throw new SentenceError(
        sentence('This checkpoint is for {modelId}, not {expected}: set the same hidden width and reset first.', { modelId: weights.modelId, expected: this.modelId }),
      );
    }
    for (const net of [this.g, this.f, this.dX, this.dY]) net.setWeights(weights.tensors);
  }

  dispose(): void {
    this.game.dispose();
    for (const net of [this.g, this.f, this.dX, this.dY]) net.dispose();
  }
}

const createCycle2dTrainer: TrainerFactory<Cycle2dValues> = (hp, seed) => new Cycle2dTrainer(hp, seed);
export default createCycle2dTrainer;
