/**
 * The `lsgan` cell's trainer: the DCGAN of the previous lesson twice, in
 * lockstep, from the same seed (same initial weights, same batches, same
 * noise), one with the sigmoid cross-entropy game and one with the
 * least-squares losses of Mao, Li, Xie, Lau, Wang & Smolley 2017 ("Least
 * Squares Generative Adversarial Networks", arXiv:1611.04076) with the
 * paper's 0-1-1 coding (a = 0 fake, b = 1 real, c = 1). The objective is the
 * only difference: both halves are ImageGanTrainer (./imageGan.ts) with
 * DCGAN_CONFIG, one with loss 'least-squares'.
 */
import { loadDigits, type DigitSet } from '../data/digits';
import { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import type { HyperValues, Metrics, Trainer, TrainerFactory, ViewPayload, WeightSet } from '../trainer';
import { createDcganTrainer, DCGAN_CONFIG, DCGAN_CELL_DEFAULTS } from './dcgan';
import type { ImageGanTrainer } from './imageGan';

export const LSGAN_WEIGHTS_FOLDER = 'weights/lsgan';
const HALVES = ['bce', 'ls'] as const;

export class LsganPairTrainer implements Trainer {
  constructor(
    readonly bce: ImageGanTrainer,
    readonly ls: ImageGanTrainer,
  ) {}

  get modelId(): string {
    return `lsgan-pair(${this.bce.modelId})`;
  }

  async train(steps: number): Promise<Metrics> {
    // Step by step, so neither half runs ahead when the cell is paused.
    let a: Metrics = {};
    let b: Metrics = {};
    for (let s = 0; s < steps; s++) {
      a = await this.bce.train(1);
      b = await this.ls.train(1);
    }
    if (steps === 0) [a, b] = [await this.bce.train(0), await this.ls.train(0)];
    return {
      bceDigitScore: a.digitScore,
      lsDigitScore: b.digitScore,
      bceGLoss: a.gLoss,
      lsGLoss: b.gLoss,
      bceDFake: a.dFake,
      lsDFake: b.dFake,
    };
  }

  setHyperparameters(values: HyperValues): void {
    this.bce.setHyperparameters(values);
    this.ls.setHyperparameters(values);
  }

  /** Each half's payload (see ImageGanTrainer.render) with its arrays prefixed 'bce.' and 'ls.'. */
  async render(): Promise<ViewPayload> {
    const [a, b] = await Promise.all([this.bce.render(), this.ls.render()]);
    const arrays: ViewPayload['arrays'] = {};
    const values: ViewPayload['values'] = { step: a.values.step };
    for (const [prefix, p] of [['bce', a], ['ls', b]] as const) {
      for (const key of ['samples', 'scoreSteps', 'digitScore', 'curveSteps', 'dFake', 'gLoss']) arrays[`${prefix}.${key}`] = p.arrays[key];
      values[`${prefix}.digitScore`] = p.values.digitScore;
    }
    values.realDigitScore = a.values.realDigitScore;
    return { arrays, values };
  }

  getWeights(): WeightSet {
    const tensors = HALVES.flatMap((h) => (h === 'bce' ? this.bce : this.ls).getWeights().tensors.map((t) => ({ ...t, name: `${h}/${t.name}` })));
    return { modelId: this.modelId, tensors };
  }

  setWeights(weights: WeightSet): void {
    if (weights.modelId !== this.modelId) throw new Error(`This checkpoint belongs to model ${weights.modelId}, not ${this.modelId}. Your current model was kept.`);
    const half = (h: (typeof HALVES)[number], t: ImageGanTrainer): WeightSet => ({
      modelId: t.modelId,
      tensors: weights.tensors.filter((w) => w.name.startsWith(`${h}/`)).map((w) => ({ ...w, name: w.name.slice(h.length + 1) })),
    });
    const a = half('bce', this.bce);
    const b = half('ls', this.ls);
    this.bce.setWeights(a);
    this.ls.setWeights(b);
  }

  dispose(): void {
    this.bce.dispose();
    this.ls.dispose();
  }
}

/** Both halves from one seed; each owns a classifier (ImageGanTrainer disposes its own). */
export async function createLsganPair(hp: HyperValues, seed: number, digits: DigitSet, classifiers: [DigitClassifier, DigitClassifier]): Promise<LsganPairTrainer> {
  const bce = await createDcganTrainer(hp, seed, digits, classifiers[0], DCGAN_CONFIG, DCGAN_CELL_DEFAULTS);
  const ls = await createDcganTrainer(hp, seed, digits, classifiers[1], { ...DCGAN_CONFIG, loss: 'least-squares' }, DCGAN_CELL_DEFAULTS);
  return new LsganPairTrainer(bce, ls);
}

const createLsgan: TrainerFactory = async (hp, seed, context) => {
  const [digits, c1, c2] = await Promise.all([
    loadDigits(context),
    DigitClassifier.loadPretrained(context, new Rng(seed)),
    DigitClassifier.loadPretrained(context, new Rng(seed)),
  ]);
  return createLsganPair(hp, seed, digits, [c1, c2]);
};
export default createLsgan;
