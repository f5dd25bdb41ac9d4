/**
 * CycleGAN on the course's "Stripes ↔ plain" digits (Zhu, Park, Isola, Efros
 * 2017, "Unpaired Image-to-Image Translation using Cycle-Consistent
 * Adversarial Networks", arXiv:1703.10593): G turns plain digits (X) into
 * striped ones (Y), F removes the stripes, each judged by a PatchGAN, trained
 * from unpaired batches with least-squares adversarial losses, the cycle loss
 * and the identity loss. Success is scored by a stripe detector that is
 * plain arithmetic (src/ml/metrics/stripeScore.ts), not another network.
 */
import * as tf from '@tensorflow/tfjs-core';
import { assertLayoutMatches } from '../checkpoint';
import { DIGITS_ASSET_PATH, parseDigits, type DigitSet } from '../data/digits';
import { domainImages, StripeBatches, stripeDomains } from '../data/stripes';
import { PAPER_CYCLE_WEIGHT, PAPER_IDENTITY_FRACTION } from '../losses/cycle';
import { meanAbsDifference } from '../metrics/pointCloud';
import { stripedShare } from '../metrics/stripeScore';
import { CycleGenerator, IMAGE_SIDE } from '../models/cycleGenerator';
import { PatchDiscriminator } from '../models/patchDiscriminator';
import { Rng } from '../random';
import type { Metrics, Trainer, TrainerContext, TrainerFactory, WeightSet } from '../trainer';
import type { CycleImagesValues, CycleImagesPayload } from '../../cells/cycleImages';
import { CycleGame } from '../steps/cycleGame';

/** Bump when an architecture changes, so old weight files are refused. */
export const CYCLE_IMAGES_MODEL_ID = 'cyclegan-stripes-v1';
const PIXELS = IMAGE_SIDE * IMAGE_SIDE;
/** Held-out images per domain behind the success and cycle readouts. */
export const EVAL_IMAGES = 32;
/** Held-out images per domain drawn in the view. */
export const SHOWN_IMAGES = 8;
/** Steps between evaluations: one evaluation (4 translations of 32 images) costs about one training step. */
const EVAL_EVERY = 5;

/** The four networks' translations of some images, as plain arrays [n, 784]. */
export interface ImageTranslations {
  gx: Float32Array;
  fgx: Float32Array;
  fy: Float32Array;
  gfy: Float32Array;
}

/** What the held-out evaluation reports. */
export interface CycleImagesEvaluation {
  /** Mean |F(G(x)) − x| + mean |G(F(y)) − y| over held-out images (pixels in [-1, 1]). */
  cycleError: number;
  /** Percentage of G(x) the stripe detector calls striped. */
  gStriped: number;
  /** Percentage of F(y) the stripe detector calls plain. */
  fPlain: number;
}

export class CycleImagesTrainer implements Trainer<CycleImagesValues, CycleImagesPayload> {
  private hp: CycleImagesValues;
  readonly g: CycleGenerator;
  readonly f: CycleGenerator;
  readonly dX: PatchDiscriminator;
  readonly dY: PatchDiscriminator;
  private readonly game: CycleGame;
  private readonly batches: StripeBatches;
  private readonly evalX: Float32Array;
  private readonly evalY: Float32Array;
  private stepsSinceEval = Infinity;
  private lastEval: CycleImagesEvaluation = { cycleError: NaN, gStriped: NaN, fPlain: NaN };
  private lastLosses = { advG: NaN, advF: NaN, dLoss: NaN };

  constructor(hp: CycleImagesValues, seed: number, digits: DigitSet) {
    this.hp = hp;
    const master = new Rng(seed);
    const initRng = new Rng(master.seed());
    this.g = new CycleGenerator('G', initRng);
    this.f = new CycleGenerator('F', initRng);
    this.dX = new PatchDiscriminator('DX', initRng);
    this.dY = new PatchDiscriminator('DY', initRng);
    this.game = new CycleGame({ g: this.g, f: this.f, dX: this.dX, dY: this.dY }, this.hp);
    const domains = stripeDomains(digits);
    this.batches = new StripeBatches(digits, domains, master.seed());
    // Fixed held-out images, the same for every seed, so runs compare.
    this.evalX = domainImages(digits, 'x', domains.x.heldOut.subarray(0, EVAL_IMAGES));
    this.evalY = domainImages(digits, 'y', domains.y.heldOut.subarray(0, EVAL_IMAGES));
  }

  train(steps: number): Metrics {
    const n = this.hp.batchSize;
    for (let s = 0; s < steps; s++) {
      const batch = this.batches.next(n);
      const x = tf.tensor4d(batch.x, [n, IMAGE_SIDE, IMAGE_SIDE, 1]); // [batch, 28, 28, 1] plain
      const y = tf.tensor4d(batch.y, [n, IMAGE_SIDE, IMAGE_SIDE, 1]); // [batch, 28, 28, 1] striped, other digits
      const readout = this.game.step(x, y, s === steps - 1);
      tf.dispose([x, y]);
      if (readout) this.lastLosses = { advG: readout.advG, advF: readout.advF, dLoss: readout.dX + readout.dY };
      this.stepsSinceEval++;
    }
    if (this.stepsSinceEval >= EVAL_EVERY) {
      this.lastEval = this.evaluate();
      this.stepsSinceEval = 0;
    }
    return { ...this.lastEval, ...this.lastLosses };
  }

  /** G and F on tanh-range images [k, 784] of each domain. */
  translate(x: Float32Array, y: Float32Array): ImageTranslations {
    const outs = tf.tidy(() => {
      const xs = tf.tensor4d(x, [x.length / PIXELS, IMAGE_SIDE, IMAGE_SIDE, 1]); // [k, 28, 28, 1]
      const ys = tf.tensor4d(y, [y.length / PIXELS, IMAGE_SIDE, IMAGE_SIDE, 1]); // [k, 28, 28, 1]
      const gx = this.g.apply(xs);
      const fy = this.f.apply(ys);
      return [gx, this.f.apply(gx), fy, this.g.apply(fy)];
    });
    const [gx, fgx, fy, gfy] = outs.map((t) => Float32Array.from(t.dataSync() as Float32Array));
    tf.dispose(outs);
    return { gx, fgx, fy, gfy };
  }

  /** Cycle error and stripe success on the fixed held-out images. */
  evaluate(): CycleImagesEvaluation {
    const tr = this.translate(this.evalX, this.evalY);
    return {
      cycleError: meanAbsDifference(tr.fgx, this.evalX) + meanAbsDifference(tr.gfy, this.evalY),
      gStriped: 100 * stripedShare(tr.gx),
      fPlain: 100 * (1 - stripedShare(tr.fy)),
    };
  }

  setHyperparameters(values: Partial<CycleImagesValues>): void {
    this.hp = { ...this.hp, ...values };
    this.game.update(this.hp);
  }

  /**
   * arrays (each [SHOWN_IMAGES, 784], tanh range except the errors):
   * x, gx, fgx, errX = |x − F(G(x))| / 2 in [0, 1], and y, fy, gfy, errY.
   * values: shown (images per row), side (28), lambda.
   */
  render(): CycleImagesPayload {
    const k = SHOWN_IMAGES * PIXELS;
    const x = this.evalX.slice(0, k);
    const y = this.evalY.slice(0, k);
    const tr = this.translate(x, y);
    const err = (a: Float32Array, b: Float32Array) => Float32Array.from(a, (v, i) => Math.abs(v - b[i]) / 2);
    return {
      arrays: { x, gx: tr.gx, fgx: tr.fgx, errX: err(x, tr.fgx), y, fy: tr.fy, gfy: tr.gfy, errY: err(y, tr.gfy) },
      values: { shown: SHOWN_IMAGES, side: IMAGE_SIDE, lambda: this.hp.lambda },
    };
  }

  private get nets() {
    return [this.g, this.f, this.dX, this.dY];
  }

  getWeights(): WeightSet {
    return { modelId: CYCLE_IMAGES_MODEL_ID, tensors: this.nets.flatMap((net) => net.getWeights()) };
  }

  setWeights(weights: WeightSet): void {
    assertLayoutMatches(weights, { modelId: CYCLE_IMAGES_MODEL_ID, tensors: this.nets.flatMap((net) => net.layout()) });
    for (const net of this.nets) net.setWeights(weights.tensors);
    this.stepsSinceEval = Infinity; // the next readout describes the new weights
  }

  dispose(): void {
    this.game.dispose();
    for (const net of this.nets) net.dispose();
  }
}

/** Loads the digits through the context (the worker fetches, Node reads public/). */
const createCycleImagesTrainer: TrainerFactory<CycleImagesValues> = async (hp, seed, context: TrainerContext) => {
  const digits = await parseDigits(await context.loadAsset(DIGITS_ASSET_PATH));
  return new CycleImagesTrainer(hp, seed, digits);
};
export default createCycleImagesTrainer;
