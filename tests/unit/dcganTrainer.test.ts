/**
 * The DCGAN cell's trainer (src/ml/trainers/imageGan.ts + dcgan.ts): no
 * leaked tensors, checkpoints through the trainer, refusal of checkpoints
 * that do not fit, the thinning logs behind its charts, batch-norm
 * statistics, the least-squares option, and the cell's agreement with the
 * trainer. Learning itself is in dcganTrainerLearning.test.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcganCell } from '../../src/cells/dcgan';
import { defaultsFor } from '../../src/cells/define';
import { CheckpointError, packCheckpointFile, unpackCheckpointFile } from '../../src/ml/checkpoint';
import { type DigitSet, loadDigits } from '../../src/ml/data/digits';
import { Dcgan } from '../../src/ml/models/dcgan';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { Rng } from '../../src/ml/random';
import { DCGAN_CONFIG, createDcganTrainer } from '../../src/ml/trainers/dcgan';
import type { ImageGanConfig } from '../../src/ml/trainers/imageGanSettings';
import { ThinningLog } from '../../src/ml/metrics/trainingHistory';
import type { WeightSet } from '../../src/ml/trainer';
import { useBackend } from './helpers/backend';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';

/** Small and quick: the plumbing is the same at any width. */
const TINY: ImageGanConfig = { ...DCGAN_CONFIG, generatorFilters: [8, 4], discriminatorFilters: [4, 8], evalEvery: 2, evalSamples: 16, snapshotEvery: 1 };
const TINY_HP = { ...defaultsFor(dcganCell), batchSize: 8, latentSize: 8 };

const sameWeights = (a: WeightSet, b: WeightSet) =>
  a.modelId === b.modelId && a.tensors.length === b.tensors.length && a.tensors.every((t, i) => t.name === b.tensors[i].name && t.data.every((v, j) => v === b.tensors[i].data[j]));

describe('ThinningLog', () => {
  it('records multiples of its interval and halves its density when full', () => {
    const log = new ThinningLog<number>(4, 1);
    for (let step = 1; step <= 5; step++) log.offer(step, () => step * 10);
    // Full at 5 entries > 4: keeps the even steps and records every 2nd step from then on.
    expect(Array.from(log.steps())).toEqual([2, 4]);
    for (let step = 6; step <= 9; step++) log.offer(step, () => step * 10);
    expect(Array.from(log.steps())).toEqual([2, 4, 6, 8]);
    expect(Array.from(log.series((v) => v))).toEqual([20, 40, 60, 80]);
    log.offer(10, () => 100); // 5 entries again: keep multiples of 4
    expect(Array.from(log.steps())).toEqual([4, 8]);
    expect(log.wants(8)).toBe(false); // never twice for one step
  });
});

describe('DCGAN trainer (wasm)', () => {
  let digits: DigitSet;
  beforeAll(async () => {
    await useBackend('wasm');
    digits = await loadDigits(nodeTrainerContext);
  });

  const tiny = (seed = 1, hp: Record<string, number | string | boolean> = {}) =>
    createDcganTrainer({ ...TINY_HP, ...hp }, seed, digits, new DigitClassifier(new Rng(seed)), TINY);

  it('a step (with scoring, snapshots, a render and live changes) leaves tf.memory().numTensors unchanged', async () => {
    const trainer = await tiny(1, { dSteps: 2, labelSmoothing: true });
    await trainer.train(1);
    await trainer.render();
    const before = tf.memory().numTensors;
    const metrics = await trainer.train(2); // crosses an evaluation
    trainer.setHyperparameters({ lrG: 0.0001, freezeD: true, dSteps: 1 });
    await trainer.train(1);
    const payload = await trainer.render();
    expect(tf.memory().numTensors).toBe(before);
    for (const key of ['dLoss', 'gLoss', 'dReal', 'dFake', 'digitScore', 'confidence']) expect(Number.isFinite(metrics[key]), key).toBe(true);
    expect(payload.arrays.samples.length).toBe(64 * 784);
    expect(payload.arrays.snapshots.length).toBe(payload.arrays.snapshotSteps.length * 64 * 784);
    expect(Array.from(payload.arrays.snapshotSteps)).toEqual([1, 2, 3, 4]);
    expect(payload.arrays.curveSteps.length).toBe(4);
    expect(payload.arrays.histograms.length).toBe(payload.arrays.scoreSteps.length * 10);
    trainer.dispose();
  });

  it('a checkpoint saved and loaded through the trainer gives identical weights', async () => {
    const a = await tiny(1);
    await a.train(2);
    const saved = unpackCheckpointFile(packCheckpointFile(a.getWeights()), a.getWeights());
    const b = await tiny(2);
    expect(sameWeights(a.getWeights(), b.getWeights())).toBe(false);
    b.setWeights(saved);
    expect(sameWeights(a.getWeights(), b.getWeights())).toBe(true);
    await b.train(1); // and it trains on from there
    a.dispose();
    b.dispose();
  });

  it('refuses a corrupt or foreign checkpoint and keeps its model', async () => {
    const trainer = await tiny(1);
    const kept = trainer.getWeights();
    const nan: WeightSet = { ...kept, tensors: kept.tensors.map((t, i) => (i === 0 ? { ...t, data: t.data.map(() => NaN) } : t)) };
    expect(() => trainer.setWeights(nan)).toThrow(CheckpointError);
    const wrongShape: WeightSet = { ...kept, tensors: kept.tensors.map((t, i) => (i === 1 ? { ...t, shape: [t.data.length, 1] } : t)) };
    expect(() => trainer.setWeights(wrongShape)).toThrow(/shape/);
    const other = await tiny(1, { outputRange: 'sigmoid' });
    expect(() => trainer.setWeights(other.getWeights())).toThrow(/sigmoid/);
    const file = packCheckpointFile(kept);
    expect(() => unpackCheckpointFile(file.slice(0, file.byteLength - 3), kept)).toThrow(/truncated/);
    expect(sameWeights(trainer.getWeights(), kept)).toBe(true);
    trainer.dispose();
    other.dispose();
  });

  it('the least-squares objective trains through the same class without leaks', async () => {
    const trainer = await createDcganTrainer(TINY_HP, 3, digits, new DigitClassifier(new Rng(3)), { ...TINY, loss: 'least-squares' });
    await trainer.train(1);
    const before = tf.memory().numTensors;
    const m = await trainer.train(2);
    expect(tf.memory().numTensors).toBe(before);
    expect(Number.isFinite(m.dReal) && Number.isFinite(m.gLoss)).toBe(true);
    expect(trainer.getWeights().modelId).toMatch(/least-squares$/);
    expect((await trainer.render()).values.leastSquares).toBe(1);
    trainer.dispose();
  });

  it('with fixed batch-norm statistics an image depends on its own z only', () => {
    const model = new Dcgan({ latentSize: 8, generatorFilters: [8, 4], discriminatorFilters: [4, 8] }, 5);
    const rng = new Rng(9);
    const stats = model.normStatistics(rng.normalArray(64 * 8));
    expect(stats.length).toBe(2);
    const z = rng.normalArray(3 * 8);
    const together = model.generate(z, stats);
    const alone = model.generate(z.slice(0, 8), stats);
    for (let i = 0; i < 784; i++) expect(Math.abs(together[i] - alone[i])).toBeLessThan(1e-5);
    // With the batch's own statistics the same image changes with its neighbours.
    const batchOwn = model.generate(z);
    const batchOther = model.generate(Float32Array.from([...z.slice(0, 8), ...rng.normalArray(2 * 8)]));
    let diff = 0;
    for (let i = 0; i < 784; i++) diff = Math.max(diff, Math.abs(batchOwn[i] - batchOther[i]));
    expect(diff).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('the cell definition declares the metrics the trainer returns', () => {
    expect(dcganCell.metrics.map((m) => m.key)).toEqual(['dLoss', 'gLoss', 'dReal', 'dFake', 'digitScore', 'confidence']);
  });
});
