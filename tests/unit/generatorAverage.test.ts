/**
 * The DCGAN cell's "Draw with averaged G" (averageG, issue #24): the grid and
 * the score come from an exponential moving average of the generator's
 * weights, computed here by hand; off, they come from the trained generator;
 * the average leaks no tensors and never changes training itself.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcganCell } from '../../src/cells/dcgan';
import { defaultsFor } from '../../src/cells/define';
import { type DigitSet, loadDigits } from '../../src/ml/data/digits';
import { Dcgan } from '../../src/ml/models/dcgan';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { Rng } from '../../src/ml/random';
import { DCGAN_CONFIG, createDcganTrainer } from '../../src/ml/trainers/dcgan';
import type { ImageGanConfig } from '../../src/ml/trainers/imageGanSettings';
import type { WeightSet } from '../../src/ml/trainer';
import { useBackend } from './helpers/backend';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';

const TINY: ImageGanConfig = { ...DCGAN_CONFIG, generatorFilters: [8, 4], discriminatorFilters: [4, 8], evalEvery: 2, evalSamples: 16, snapshotEvery: 1 };
const TINY_HP = { ...defaultsFor(dcganCell), batchSize: 8, latentSize: 8 };
const generatorOf = (w: WeightSet) => w.tensors.filter((t) => t.name.startsWith('g/'));

describe('the generator average (averageG)', () => {
  let digits: DigitSet;
  beforeAll(async () => {
    await useBackend('wasm');
    digits = await loadDigits(nodeTrainerContext);
  });
  const tiny = (hp: Record<string, number | string | boolean> = {}) => createDcganTrainer({ ...TINY_HP, ...hp }, 3, digits, new DigitClassifier(new Rng(3)), TINY);

  it('is on by default in the lesson cell and off in the reference DCGAN the benchmarks time', async () => {
    expect(defaultsFor(dcganCell).averageG).toBe(true);
    const { referenceDcganCell } = await import('../../src/cells/referenceDcgan');
    expect(defaultsFor(referenceDcganCell).averageG).toBe(false);
  });

  it('starts at the generator after the first step; after the second the grid is drawn by w̄ = d·w1 + (1 − d)·w2, d = (1 + 2)/(10 + 2)', async () => {
    const trainer = await tiny();
    await trainer.train(1);
    const w1 = generatorOf(trainer.getWeights());
    await trainer.train(1);
    const w2 = generatorOf(trainer.getWeights());
    const d = 3 / 12;
    // A model with the hand-computed average draws the same grid as the cell shows.
    const expected = new Dcgan(trainer.model.options, 9);
    const all = trainer.getWeights();
    expected.setWeights({
      modelId: expected.modelId,
      tensors: all.tensors.map((t) => {
        const i = w1.findIndex((g) => g.name === t.name);
        if (i < 0) return t;
        return { ...t, data: t.data.map((_, j) => d * w1[i].data[j] + (1 - d) * w2[i].data[j]) };
      }),
    });
    const shown = (await trainer.render()).arrays.samples;
    const live = trainer.model.generate(shownNoise(trainer));
    const byHand = expected.generate(shownNoise(trainer));
    expect(maxDiff(shown, byHand)).toBeLessThan(1e-4);
    expect(maxDiff(shown, live)).toBeGreaterThan(1e-3); // the average is not the trained generator
    expected.dispose();
    trainer.dispose();
  });

  it('off, the grid is the trained generator; turned back on, a new average starts from it', async () => {
    const trainer = await tiny();
    await trainer.train(3);
    trainer.setHyperparameters({ averageG: false });
    expect(maxDiff((await trainer.render()).arrays.samples, trainer.model.generate(shownNoise(trainer)))).toBe(0);
    trainer.setHyperparameters({ averageG: true });
    await trainer.train(1);
    expect(maxDiff((await trainer.render()).arrays.samples, trainer.model.generate(shownNoise(trainer)))).toBeGreaterThan(0);
    trainer.dispose();
  });

  it('does not change training: the trained weights are the same with it on and off', async () => {
    const on = await tiny({ averageG: true });
    const off = await tiny({ averageG: false });
    await on.train(4);
    await off.train(4);
    const a = on.getWeights().tensors;
    const b = off.getWeights().tensors;
    expect(a.every((t, i) => t.data.every((v, j) => v === b[i].data[j]))).toBe(true);
    on.dispose();
    off.dispose();
  });

  it('leaks no tensors over steps, a toggle, a checkpoint load and dispose', async () => {
    const baseline = tf.memory().numTensors;
    const trainer = await tiny();
    await trainer.train(2);
    const during = tf.memory().numTensors;
    await trainer.train(3);
    await trainer.render();
    expect(tf.memory().numTensors).toBe(during);
    trainer.setWeights(trainer.getWeights()); // drops the average; the next step starts a new one
    await trainer.train(2);
    expect(tf.memory().numTensors).toBe(during);
    trainer.setHyperparameters({ averageG: false });
    expect(tf.memory().numTensors).toBeLessThan(during);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

/** The grid's fixed noise, which the trainer keeps to itself. */
function shownNoise(trainer: object): Float32Array {
  return (trainer as unknown as { gridNoise: Float32Array }).gridNoise;
}

function maxDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
