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
import { SentenceError, sentence } from '../../i18n/sentence';
import { loadDigits, type DigitSet } from '../data/digits';
import { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import { assertFinite, assertLayoutMatches } from '../checkpoint';
import type { Metrics, Trainer, TrainerFactory, WeightLayout, WeightSet } from '../trainer';
import { DCGAN_DEFAULTS } from '../../cells/dcgan';
import type { LsganValues, LsganPayload } from '../../cells/lsgan';
import { createDcganTrainer, DCGAN_CONFIG } from './dcgan';
import type { ImageGanTrainer } from './imageGan';

const HALVES = ['bce', 'ls'] as const;
const PAIR_ID = /^lsgan-pair\((.+)\)$/;

export class LsganPairTrainer implements Trainer<LsganValues, LsganPayload> {
  constructor(
    readonly bce: ImageGanTrainer,
    readonly ls: ImageGanTrainer,
  ) {}

  get modelId(): string {
    return `lsgan-pair(${this.bce.modelId})`;
  }

  /** Each half's model id inside a pair id 'lsgan-pair(<bce id>)': the LS half's adds its loss suffix. */
  private halfIds(pairId: string): { bce: string; ls: string } | null {
    const m = PAIR_ID.exec(pairId);
    return m ? { bce: m[1], ls: `${m[1]}-${this.ls.config.loss}` } : null;
  }

  /** A pair at other widths, when both halves can switch to them (ImageGanTrainer.layoutFor). */
  layoutFor(modelId: string): WeightLayout | null {
    const ids = this.halfIds(modelId);
    const a = ids && this.bce.layoutFor(ids.bce);
    const b = ids && this.ls.layoutFor(ids.ls);
    if (!a || !b) return null;
    const tensors = [a, b].flatMap((layout, i) => layout.tensors.map((t) => ({ ...t, name: `${HALVES[i]}/${t.name}` })));
    return { modelId, tensors };
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

  setHyperparameters(values: Partial<LsganValues>): void {
    this.bce.setHyperparameters(values);
    this.ls.setHyperparameters(values);
  }

  /** Each half's payload (see ImageGanTrainer.render) with its arrays prefixed 'bce.' and 'ls.'. */
  async render(): Promise<LsganPayload> {
    const [a, b] = await Promise.all([this.bce.render(), this.ls.render()]);
    return {
      arrays: {
        'bce.samples': a.arrays.samples,
        'bce.scoreSteps': a.arrays.scoreSteps,
        'bce.digitScore': a.arrays.digitScore,
        'bce.curveSteps': a.arrays.curveSteps,
        'bce.dFake': a.arrays.dFake,
        'bce.gLoss': a.arrays.gLoss,
        'ls.samples': b.arrays.samples,
        'ls.scoreSteps': b.arrays.scoreSteps,
        'ls.digitScore': b.arrays.digitScore,
        'ls.curveSteps': b.arrays.curveSteps,
        'ls.dFake': b.arrays.dFake,
        'ls.gLoss': b.arrays.gLoss,
      },
      values: { step: a.values.step, 'bce.digitScore': a.values.digitScore, 'ls.digitScore': b.values.digitScore, realDigitScore: a.values.realDigitScore },
    };
  }

  getWeights(): WeightSet {
    const tensors = HALVES.flatMap((h) => (h === 'bce' ? this.bce : this.ls).getWeights().tensors.map((t) => ({ ...t, name: `${h}/${t.name}` })));
    return { modelId: this.modelId, tensors };
  }

  setWeights(weights: WeightSet): void {
    const layout = weights.modelId === this.modelId ? this.getWeights() : this.layoutFor(weights.modelId);
    if (!layout) throw new SentenceError(
        sentence('This checkpoint belongs to model {modelId}, not {expected}. Your current model was kept.', { modelId: weights.modelId, expected: this.modelId }),
      );
    // Both halves are checked before either changes, so a refusal keeps the pair in lockstep.
    assertLayoutMatches(weights, layout);
    assertFinite(weights);
    const ids = this.halfIds(weights.modelId)!;
    const half = (h: (typeof HALVES)[number]): WeightSet => ({
      modelId: ids[h],
      tensors: weights.tensors.filter((w) => w.name.startsWith(`${h}/`)).map((w) => ({ ...w, name: w.name.slice(h.length + 1) })),
    });
    this.bce.setWeights(half('bce'));
    this.ls.setWeights(half('ls'));
  }

  dispose(): void {
    this.bce.dispose();
    this.ls.dispose();
  }
}

/** Both halves from one seed; each owns a classifier (ImageGanTrainer disposes its own). */
export async function createLsganPair(hp: LsganValues, seed: number, digits: DigitSet, classifiers: [DigitClassifier, DigitClassifier]): Promise<LsganPairTrainer> {
  // Two GANs score every evaluation here: 256 samples each keeps that cost at the DCGAN cell's.
  const config = { ...DCGAN_CONFIG, evalSamples: 256 };
  // The cell sets the optimiser; everything else is the DCGAN lesson's.
  // Both halves show their trained generators: the comparison is of the two losses alone.
  const halfHp = { ...DCGAN_DEFAULTS, ...hp, averageG: false };
  const bce = await createDcganTrainer(halfHp, seed, digits, classifiers[0], config);
  const ls = await createDcganTrainer(halfHp, seed, digits, classifiers[1], { ...config, loss: 'least-squares' });
  return new LsganPairTrainer(bce, ls);
}

const createLsgan: TrainerFactory<LsganValues> = async (hp, seed, context) => {
  const [digits, c1, c2] = await Promise.all([
    loadDigits(context),
    DigitClassifier.loadPretrained(context, new Rng(seed)),
    DigitClassifier.loadPretrained(context, new Rng(seed)),
  ]);
  return createLsganPair(hp, seed, digits, [c1, c2]);
};
export default createLsgan;
