/**
 * The study notes' remedies for a discriminator that is too strong, as DCGAN
 * controls (issue #22): "G steps per D step" runs that many generator
 * updates after each round of discriminator updates, and "Freeze D until
 * step" keeps D's weights fixed before that step of the run and lets it train
 * after. Their defaults (1 and 0) leave a seeded run as it was
 * (scripts/fingerprint-cells.ts --only dcgan gives the same hashes).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcganCell } from '../../src/cells/dcgan';
import { defaultsFor } from '../../src/cells/define';
import { type DigitSet, loadDigits } from '../../src/ml/data/digits';
import { Dcgan } from '../../src/ml/models/dcgan';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { createDcganOptimizers, disposeDcganOptimizers } from '../../src/ml/optimizers/ganOptimizers';
import { Rng } from '../../src/ml/random';
import { dcganStep } from '../../src/ml/steps/dcganStep';
import { DCGAN_CONFIG, createDcganTrainer } from '../../src/ml/trainers/dcgan';
import type { ImageGanConfig } from '../../src/ml/trainers/imageGanSettings';
import type { WeightSet } from '../../src/ml/trainer';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { useBackend } from './helpers/backend';

const TINY: ImageGanConfig = { ...DCGAN_CONFIG, generatorFilters: [8, 4], discriminatorFilters: [4, 8], evalEvery: 100, evalSamples: 16, snapshotEvery: 1 };
const TINY_HP = { ...defaultsFor(dcganCell), batchSize: 8, latentSize: 8 };

/** The discriminator's weights (names start with d/), as plain numbers. */
const discriminatorOf = (w: WeightSet) => w.tensors.filter((t) => t.name.startsWith('d/')).map((t) => Array.from(t.data));

describe('DCGAN remedies for a too-strong discriminator (wasm)', () => {
  let digits: DigitSet;
  beforeAll(async () => {
    await useBackend('wasm');
    digits = await loadDigits(nodeTrainerContext);
  });

  it('the cell offers both as live controls whose defaults change nothing', () => {
    const byKey = Object.fromEntries(dcganCell.params.map((p) => [p.key, p]));
    expect(byKey.gStepsPerD).toMatchObject({ type: 'int', default: 1, min: 1, apply: 'live' });
    expect(byKey.freezeDUntil).toMatchObject({ type: 'int', default: 0, min: 0, apply: 'live' });
  });

  it('G steps per D step: the generator is updated that many times per round, the discriminator once', () => {
    const counts = (gStepsPerD: number) => {
      const model = new Dcgan({ latentSize: 8, generatorFilters: [8, 4], discriminatorFilters: [4, 8] }, 1);
      const optimizers = createDcganOptimizers(model);
      const calls = { g: 0, d: 0 };
      const g = optimizers.generator.minimize.bind(optimizers.generator);
      const d = optimizers.discriminator.minimize.bind(optimizers.discriminator);
      optimizers.generator.minimize = ((loss: () => tf.Scalar) => (calls.g++, g(loss))) as typeof optimizers.generator.minimize;
      optimizers.discriminator.minimize = ((loss: () => tf.Scalar) => (calls.d++, d(loss))) as typeof optimizers.discriminator.minimize;
      const real = tf.zeros([4, 28, 28, 1]) as tf.Tensor4D;
      const before = tf.memory().numTensors;
      const result = dcganStep(model, optimizers, real, new Rng(3), { gStepsPerD });
      expect(tf.memory().numTensors).toBe(before); // no tensor left behind by the extra G steps
      expect(Number.isFinite(result.gLoss)).toBe(true);
      real.dispose();
      disposeDcganOptimizers(optimizers);
      model.dispose();
      return calls;
    };
    expect(counts(1)).toEqual({ g: 1, d: 1 });
    expect(counts(3)).toEqual({ g: 3, d: 1 });
  });

  it('Freeze D until step N: D keeps its weights through step N, then trains; G trains throughout', async () => {
    const trainer = await createDcganTrainer({ ...TINY_HP, freezeDUntil: 3 }, 1, digits, new DigitClassifier(new Rng(1)), TINY);
    const start = trainer.getWeights();
    await trainer.train(3);
    const frozen = trainer.getWeights();
    expect(discriminatorOf(frozen)).toEqual(discriminatorOf(start));
    expect(frozen.tensors.filter((t) => t.name.startsWith('g/')).some((t, i) => t.data.some((v, j) => v !== start.tensors.filter((s) => s.name.startsWith('g/'))[i].data[j]))).toBe(true);
    await trainer.train(1);
    expect(discriminatorOf(trainer.getWeights())).not.toEqual(discriminatorOf(frozen));
    trainer.dispose();
  });

  it('set above the current step while training, D pauses until then and resumes by itself', async () => {
    const trainer = await createDcganTrainer(TINY_HP, 1, digits, new DigitClassifier(new Rng(1)), TINY);
    await trainer.train(2);
    trainer.setHyperparameters({ freezeDUntil: 4 });
    const paused = trainer.getWeights();
    await trainer.train(2); // steps 3 and 4 of the run (this.steps 2 and 3 < 4)
    expect(discriminatorOf(trainer.getWeights())).toEqual(discriminatorOf(paused));
    await trainer.train(1);
    expect(discriminatorOf(trainer.getWeights())).not.toEqual(discriminatorOf(paused));
    trainer.dispose();
  });
});
