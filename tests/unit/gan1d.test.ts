import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend, type TestBackend } from './helpers/backend';
import { Gan1dTrainer } from '../../src/ml/trainers/gan1d';
import { defaultValues } from '../../src/cells/params';
import { gan1dCell } from '../../src/cells/gan1d';
import { saturationCell } from '../../src/cells/saturation';
import { EQUILIBRIUM_VALUE } from '../../src/ml/losses/ganMath';
import { defaultsFor } from '../../src/cells/define';

const METRIC_KEYS = ['dLoss', 'gLoss', 'eLogD', 'eLog1mDG', 'V', 'js', 'dOfG', 'genMean', 'genStd'];

let trainer: Gan1dTrainer | null = null;
afterEach(() => {
  trainer?.dispose();
  trainer = null;
});

for (const backend of ['cpu', 'wasm'] as TestBackend[]) {
  describe(`gan1d trainer on ${backend}`, () => {
    it('a train() step leaves tf.memory().numTensors unchanged, the first step included', async () => {
      await useBackend(backend);
      const before = tf.memory().numTensors;
      trainer = new Gan1dTrainer(defaultsFor(gan1dCell), 7);
      const owned = tf.memory().numTensors;
      trainer.train(1);
      expect(tf.memory().numTensors).toBe(owned);
      trainer.train(3);
      trainer.render();
      expect(tf.memory().numTensors).toBe(owned);
      trainer.setHyperparameters({ optimizer: 'adam', generatorLoss: 'minimax' });
      trainer.train(1);
      const withAdam = tf.memory().numTensors;
      trainer.train(2);
      expect(tf.memory().numTensors).toBe(withAdam);
      trainer.dispose();
      trainer = null;
      expect(tf.memory().numTensors).toBe(before);
    });

    it('returns every metric as a finite number, with V = eLogD + eLog1mDG = −dLoss', async () => {
      await useBackend(backend);
      trainer = new Gan1dTrainer(defaultsFor(gan1dCell), 7);
      const m = trainer.train(2);
      expect(Object.keys(m).sort()).toEqual([...METRIC_KEYS].sort());
      for (const key of METRIC_KEYS) expect(Number.isFinite(m[key]), key).toBe(true);
      expect(m.V).toBeCloseTo(m.eLogD + m.eLog1mDG, 5);
      expect(m.V).toBeCloseTo(-m.dLoss, 4);
      expect(m.js).toBeGreaterThanOrEqual(0);
      expect(m.js).toBeLessThanOrEqual(Math.LN2 + 1e-9);
    });
  });
}

describe('gan1d learning (wasm)', () => {
  it('a seeded run moves the generated mean at least 80% of the way to the target mean', async () => {
    await useBackend('wasm');
    trainer = new Gan1dTrainer({ ...defaultsFor(gan1dCell), targetMean: 3 }, 1);
    const start = trainer.train(0).genMean;
    trainer.train(300);
    const end = trainer.train(0).genMean;
    const progress = (end - start) / (3 - start);
    expect(Math.round(progress * 100) / 100).toBeGreaterThanOrEqual(0.8);
  });

  it('with a strong D the minimax generator stalls where the non-saturating one reaches the target (saturation cell, seed 1)', async () => {
    await useBackend('wasm');
    const minimax = new Gan1dTrainer(defaultsFor(saturationCell), 1);
    const nonSaturating = new Gan1dTrainer({ ...defaultsFor(saturationCell), generatorLoss: 'non-saturating' }, 1);
    const mm = minimax.train(200);
    const ns = nonSaturating.train(200);
    expect(Math.round(mm.dOfG * 100) / 100).toBeLessThan(0.3); // D still rejects the fakes
    expect(Math.abs(mm.genMean - 3)).toBeGreaterThan(1);
    expect(Math.abs(ns.genMean - 3)).toBeLessThan(0.3);
    [minimax, nonSaturating].forEach((t) => t.dispose());
  });

  it('the same seed gives the same run; another seed another', async () => {
    await useBackend('wasm');
    const a = new Gan1dTrainer(defaultsFor(gan1dCell), 3);
    const b = new Gan1dTrainer(defaultsFor(gan1dCell), 3);
    const c = new Gan1dTrainer(defaultsFor(gan1dCell), 4);
    const [ma, mb, mc] = [a.train(10), b.train(10), c.train(10)];
    expect(ma.genMean).toBe(mb.genMean);
    expect(ma.dLoss).toBe(mb.dLoss);
    expect(mc.genMean).not.toBe(ma.genMean);
    [a, b, c].forEach((t) => t.dispose());
  });

  it('the training run does not depend on how often it is evaluated or drawn', async () => {
    await useBackend('wasm');
    const a = new Gan1dTrainer(defaultsFor(gan1dCell), 5);
    const b = new Gan1dTrainer(defaultsFor(gan1dCell), 5);
    a.train(12);
    for (let i = 0; i < 4; i++) {
      b.train(3);
      b.render();
    }
    expect(a.train(0).genMean).toBe(b.train(0).genMean);
    [a, b].forEach((t) => t.dispose());
  });
});

describe('gan1d render payload', () => {
  it('draws densities on a 200-point grid: p_data integrates to 1, D and D* lie in [0, 1]', async () => {
    await useBackend('cpu');
    trainer = new Gan1dTrainer({ ...defaultsFor(gan1dCell), targetMean: -1, targetStd: 0.8 }, 2);
    trainer.train(5);
    const { arrays, values } = trainer.render();
    const { x, pData, pG, d, dStar } = arrays;
    for (const arr of [pData, pG, d, dStar]) expect(arr.length).toBe(x.length);
    expect(x.length).toBe(200);
    const dx = x[1] - x[0];
    expect(Array.from(pData).reduce((s, v) => s + v * dx, 0)).toBeCloseTo(1, 3);
    expect(x[pData.indexOf(Math.max(...pData))]).toBeCloseTo(-1, 0);
    for (const v of d) expect(v >= 0 && v <= 1).toBe(true);
    for (const v of dStar) if (!Number.isNaN(v)) expect(v >= 0 && v <= 1).toBe(true);
    expect(values.targetMean).toBe(-1);
    expect(values.targetStd).toBeCloseTo(0.8, 6);
    expect(Number.isFinite(values.genMean)).toBe(true);
  });

  it('a live change of the target moves p_data; the true std of two bumps is σ·√(2² + ½²)', async () => {
    await useBackend('cpu');
    trainer = new Gan1dTrainer(defaultsFor(gan1dCell), 2);
    trainer.setHyperparameters({ targetShape: 'two-bumps', targetMean: 0, targetStd: 1 });
    const { arrays, values } = trainer.render();
    const peak = arrays.x[arrays.pData.indexOf(Math.max(...arrays.pData))];
    expect(Math.abs(peak)).toBeCloseTo(2, 0);
    expect(values.targetStd).toBeCloseTo(Math.sqrt(4.25), 6);
  });

  it('checkpoints round-trip and refuse another width', async () => {
    await useBackend('cpu');
    trainer = new Gan1dTrainer(defaultsFor(gan1dCell), 2);
    const saved = trainer.getWeights();
    const before = trainer.train(0).genMean;
    trainer.train(20);
    trainer.setWeights(saved);
    expect(trainer.train(0).genMean).toBeCloseTo(before, 4);
    const other = new Gan1dTrainer({ ...defaultsFor(gan1dCell), hidden: 8 }, 2);
    expect(() => other.setWeights(saved)).toThrow(/hidden width/);
    other.dispose();
  });
});

describe('gan1d cell definitions', () => {
  it('the saturation kind loads the gan1d trainer module', async () => {
    const { trainerLoaderOf } = await import('../../src/runtime/trainers');
    expect((await trainerLoaderOf(saturationCell)()).default).toBe((await trainerLoaderOf(gan1dCell)()).default);
  });

  it('both cells declare exactly the metrics the trainer returns, and every preset uses known keys', () => {
    expect(gan1dCell.kind).toBe('gan1d');
    expect(saturationCell.kind).toBe('saturation');
    for (const cell of [gan1dCell, saturationCell]) {
      expect(cell.metrics.map((m) => m.key).sort()).toEqual([...METRIC_KEYS].sort());
      const keys = new Set<string>(cell.params.map((p) => p.key));
      for (const preset of cell.presets ?? []) for (const k of Object.keys(preset.values)) expect(keys.has(k), k).toBe(true);
    }
  });

  it('the value of the game at equilibrium is the −log 4 the V metric is compared with', () => {
    expect(EQUILIBRIUM_VALUE).toBeCloseTo(-1.3863, 4);
  });
});
