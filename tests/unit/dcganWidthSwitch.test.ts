/**
 * A checkpoint of the same DCGAN at other channel widths switches the image
 * GAN trainer (src/ml/trainers/imageGan.ts) to those widths, through the
 * same path as the worker (packCheckpointFile -> unpackCheckpointFile with
 * the trainer's layoutFor -> setWeights); anything else is refused and the
 * model is kept. LSGAN's halves and pair follow their own loss suffix.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, packCheckpointFile, unpackCheckpointFile } from '../../src/ml/checkpoint';
import { type DigitSet, loadDigits } from '../../src/ml/data/digits';
import { Dcgan, type DcganOptions } from '../../src/ml/models/dcgan';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { Rng } from '../../src/ml/random';
import { DCGAN_CONFIG, createDcganTrainer } from '../../src/ml/trainers/dcgan';
import type { ImageGanTrainer } from '../../src/ml/trainers/imageGan';
import type { ImageGanConfig } from '../../src/ml/trainers/imageGanSettings';
import { LsganPairTrainer } from '../../src/ml/trainers/lsgan';
import type { WeightSet } from '../../src/ml/trainer';
import { useBackend } from './helpers/backend';
import { dcganCell } from '../../src/cells/dcgan';
import { defaultsFor } from '../../src/cells/define';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';

/** The cell's half widths; scoring on few samples keeps renders cheap. */
const HALF: ImageGanConfig = { ...DCGAN_CONFIG, evalEvery: 2, evalSamples: 16, snapshotEvery: 1 };
const HP = { ...defaultsFor(dcganCell), batchSize: 8 };
const HALF_ID = 'dcgan28-z64-g32.16-d16.32-bn-tanh';
const WIDE_ID = 'dcgan28-z64-g64.32-d32.64-bn-tanh';
/** The reference DCGAN's widths with the cell's latent size, batch norm and tanh. */
const WIDE: DcganOptions = { latentSize: 64, generatorBatchNorm: true, outputActivation: 'tanh', generatorFilters: [64, 32], discriminatorFilters: [32, 64] };

/** Weights of a seeded DCGAN, under `modelId` (the loss suffix a trainer would add). */
function dcganWeights(options: DcganOptions, seed: number, suffix = ''): WeightSet {
  const model = new Dcgan(options, seed);
  const weights = model.getWeights();
  model.dispose();
  return { ...weights, modelId: weights.modelId + suffix };
}

/** What the worker does with an uploaded file: decode against the trainer's layouts, then set. */
function loadAsWorker(trainer: ImageGanTrainer | LsganPairTrainer, weights: WeightSet): void {
  const decoded = unpackCheckpointFile(packCheckpointFile(weights), trainer.getWeights(), (id) => trainer.layoutFor(id));
  trainer.setWeights(decoded);
}

const sameValues = (a: WeightSet, b: WeightSet) =>
  a.tensors.length === b.tensors.length && a.tensors.every((t, i) => t.name === b.tensors[i].name && t.data.every((v, j) => v === b.tensors[i].data[j]));

describe('image GAN trainer at other widths (wasm)', () => {
  let digits: DigitSet;
  beforeAll(async () => {
    await useBackend('wasm');
    digits = await loadDigits(nodeTrainerContext);
  });

  const half = (classifier: DigitClassifier, config: ImageGanConfig = HALF) => createDcganTrainer(HP, 1, digits, classifier, config);

  /** Tensors left after a trainer's whole life; its classifier is made before counting starts. */
  async function tensorsLeft(life: (trainer: ImageGanTrainer) => Promise<void>): Promise<number> {
    const classifier = new DigitClassifier(new Rng(1));
    const start = tf.memory().numTensors;
    const trainer = await half(classifier);
    await life(trainer);
    trainer.dispose(); // also frees the classifier's variables
    return tf.memory().numTensors - start;
  }

  it('a half-width trainer loads a wide checkpoint, becomes wide, trains, renders and frees everything', async () => {
    const wide = dcganWeights(WIDE, 5);
    let seen: { before: string; after: string; widths: number[]; samples: number; dLoss: number; sameAsFile: boolean } | null = null;
    const switched = await tensorsLeft(async (trainer) => {
      const before = trainer.modelId;
      loadAsWorker(trainer, wide);
      const sameAsFile = sameValues(trainer.getWeights(), wide);
      const m = await trainer.train(2);
      const payload = await trainer.render();
      const v = payload.values;
      seen = {
        before,
        after: trainer.modelId,
        widths: [v.generatorFilters0, v.generatorFilters1, v.discriminatorFilters0, v.discriminatorFilters1],
        samples: payload.arrays.samples.length,
        dLoss: m.dLoss,
        sameAsFile,
      };
    });
    // The same life without the switch: whatever differs would be the old or the new model leaking.
    const plain = await tensorsLeft(async (trainer) => {
      await trainer.train(2);
      await trainer.render();
    });
    expect(seen!.before).toBe(HALF_ID);
    expect(seen!.after).toBe(WIDE_ID);
    expect(seen!.sameAsFile).toBe(true);
    expect(seen!.widths).toEqual([64, 32, 32, 64]);
    expect(seen!.samples).toBe(64 * 784);
    expect(Number.isFinite(seen!.dLoss)).toBe(true);
    expect(switched).toBe(plain);
    expect(plain).toBeLessThanOrEqual(0); // the trainer's own tensors are all gone
  }, 120_000);

  it("a checkpoint whose generator has a refining layer switches to it; the payload names the layer; a refining layer past the width limit is refused", async () => {
    const trainer = await half(new DigitClassifier(new Rng(4)));
    const refined = dcganWeights({ ...WIDE, generatorRefineFilters: 48 }, 9);
    expect(refined.modelId).toBe('dcgan28-z64-g64.32-r48-d32.64-bn-tanh');
    loadAsWorker(trainer, refined);
    expect(trainer.modelId).toBe(refined.modelId);
    expect(sameValues(trainer.getWeights(), refined)).toBe(true);
    await trainer.train(2);
    const v = (await trainer.render()).values;
    expect([v.generatorFilters0, v.generatorRefineFilters, v.generatorFilters1]).toEqual([64, 48, 32]);
    expect(trainer.layoutFor('dcgan28-z64-g64.32-r300-d32.64-bn-tanh')).toBeNull();
    // Back to the plain layout: the payload says there is no refining layer.
    loadAsWorker(trainer, dcganWeights(WIDE, 10));
    expect((await trainer.render()).values.generatorRefineFilters).toBe(0);
    trainer.dispose();
  }, 120_000);

  it('a checkpoint with spectral normalisation in D switches the trainer to it, and one without switches back', async () => {
    const trainer = await half(new DigitClassifier(new Rng(4)));
    const normalised = dcganWeights({ ...WIDE, discriminatorSpectralNorm: true }, 9);
    expect(normalised.modelId).toBe('dcgan28-z64-g64.32-d32.64-sn-bn-tanh');
    loadAsWorker(trainer, normalised);
    expect(trainer.modelId).toBe(normalised.modelId);
    expect(trainer.model.spectralNorms().size).toBe(3);
    expect(Number.isFinite((await trainer.train(2)).dLoss)).toBe(true);
    loadAsWorker(trainer, dcganWeights(WIDE, 10));
    expect(trainer.modelId).toBe(WIDE_ID);
    expect(trainer.model.spectralNorms().size).toBe(0);
    trainer.dispose();
  }, 120_000);

  it('a switched trainer trains without leaks and its weights move from the loaded ones', async () => {
    const trainer = await half(new DigitClassifier(new Rng(2)));
    const wide = dcganWeights(WIDE, 6);
    loadAsWorker(trainer, wide);
    await trainer.train(2); // crosses an evaluation; allocates nothing that stays
    const before = tf.memory().numTensors;
    await trainer.train(2);
    await trainer.render();
    expect(tf.memory().numTensors).toBe(before);
    expect(trainer.getWeights().tensors[0].shape).toEqual([64, 7 * 7 * 64]);
    expect(sameValues(trainer.getWeights(), wide)).toBe(false);
    trainer.dispose();
  }, 120_000);

  it('refuses another latent size, loss or activation, or absurd widths, and keeps model, weights and step', async () => {
    const trainer = await half(new DigitClassifier(new Rng(3)));
    await trainer.train(1);
    const kept = trainer.getWeights();
    const keptModel = trainer.model;
    const refused: WeightSet[] = [
      dcganWeights({ ...WIDE, latentSize: 32 }, 7),
      dcganWeights(WIDE, 7, '-least-squares'),
      dcganWeights({ ...WIDE, outputActivation: 'sigmoid' }, 7),
      dcganWeights({ ...WIDE, generatorBatchNorm: false }, 7),
      dcganWeights({ ...WIDE, generatorFilters: [300, 8], discriminatorFilters: [4, 8] }, 7),
    ];
    for (const weights of refused) {
      expect(trainer.layoutFor(weights.modelId), weights.modelId).toBeNull();
      expect(() => loadAsWorker(trainer, weights)).toThrow(CheckpointError);
      expect(() => loadAsWorker(trainer, weights)).toThrow(new RegExp(`belongs to the model '${weights.modelId}', but this cell trains '${HALF_ID}'`));
      // setWeights alone (a snapshot restored after a lost context) refuses the same way.
      expect(() => trainer.setWeights(weights)).toThrow(CheckpointError);
    }
    // An allowed id with weights that do not fit it, or NaN weights, changes nothing either.
    const wide = dcganWeights(WIDE, 8);
    const misshapen: WeightSet = { ...wide, tensors: wide.tensors.map((t, i) => (i === 0 ? { ...t, shape: [1, t.data.length] } : t)) };
    expect(() => trainer.setWeights(misshapen)).toThrow(/shape/);
    const nan: WeightSet = { ...wide, tensors: wide.tensors.map((t, i) => (i === 3 ? { ...t, data: t.data.map(() => NaN) } : t)) };
    expect(() => trainer.setWeights(nan)).toThrow(/NaN/);
    expect(trainer.model).toBe(keptModel);
    expect(trainer.modelId).toBe(HALF_ID);
    expect(sameValues(trainer.getWeights(), kept)).toBe(true);
    expect(trainer.stepsDone).toBe(1);
    trainer.dispose();
  }, 120_000);

  it('LSGAN: the least-squares half takes a wide LSGAN id but not a bce one; the pair switches both halves', async () => {
    const ls = await half(new DigitClassifier(new Rng(4)), { ...HALF, loss: 'least-squares' });
    expect(ls.layoutFor(`${WIDE_ID}-least-squares`)?.modelId).toBe(`${WIDE_ID}-least-squares`);
    expect(ls.layoutFor(WIDE_ID)).toBeNull();
    expect(() => loadAsWorker(ls, dcganWeights(WIDE, 9))).toThrow(/belongs to the model/);
    loadAsWorker(ls, dcganWeights(WIDE, 9, '-least-squares'));
    expect(ls.modelId).toBe(`${WIDE_ID}-least-squares`);
    ls.dispose();

    const bce = await half(new DigitClassifier(new Rng(5)));
    const lsHalf = await half(new DigitClassifier(new Rng(6)), { ...HALF, loss: 'least-squares' });
    const pair = new LsganPairTrainer(bce, lsHalf);
    expect(pair.modelId).toBe(`lsgan-pair(${HALF_ID})`);
    expect(pair.layoutFor(`lsgan-pair(${WIDE_ID}-least-squares)`)).toBeNull();
    expect(pair.layoutFor(`lsgan-pair(${WIDE_ID.replace('z64', 'z32')})`)).toBeNull();
    const prefixed = (prefix: string, w: WeightSet) => w.tensors.map((t) => ({ ...t, name: `${prefix}/${t.name}` }));
    const widePair: WeightSet = { modelId: `lsgan-pair(${WIDE_ID})`, tensors: [...prefixed('bce', dcganWeights(WIDE, 10)), ...prefixed('ls', dcganWeights(WIDE, 11))] };
    // A pair file with one half cut off is refused before either half changes.
    const halfMissing: WeightSet = { ...widePair, tensors: widePair.tensors.slice(0, -1) };
    expect(() => loadAsWorker(pair, halfMissing)).toThrow(/missing the weight 'ls\/d\/logit\/bias'/);
    expect([bce.modelId, lsHalf.modelId]).toEqual([HALF_ID, `${HALF_ID}-least-squares`]);
    loadAsWorker(pair, widePair);
    expect(pair.modelId).toBe(`lsgan-pair(${WIDE_ID})`);
    expect(lsHalf.modelId).toBe(`${WIDE_ID}-least-squares`);
    expect(sameValues(pair.getWeights(), widePair)).toBe(true);
    pair.dispose();
  }, 120_000);
});
