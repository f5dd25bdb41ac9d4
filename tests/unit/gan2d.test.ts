import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend, type TestBackend } from './helpers/backend';
import { Gan2dTrainer } from '../../src/ml/trainers/gan2d';
import { defaultValues } from '../../src/cells/params';
import { gan2dCell } from '../../src/cells/gan2d';
import { sampleTarget2d, TARGET_2D_DOMAIN, TARGET_2D_SHAPES } from '../../src/ml/data/targets2d';
import { Rng } from '../../src/ml/random';
import { defaultsFor } from '../../src/cells/define';

let trainer: Gan2dTrainer | null = null;
afterEach(() => {
  trainer?.dispose();
  trainer = null;
});

for (const backend of ['cpu', 'wasm'] as TestBackend[]) {
  describe(`gan2d trainer on ${backend}`, () => {
    it('a train() step leaves tf.memory().numTensors unchanged, and dispose frees everything', async () => {
      await useBackend(backend);
      const before = tf.memory().numTensors;
      trainer = new Gan2dTrainer(defaultsFor(gan2dCell), 7);
      const owned = tf.memory().numTensors;
      trainer.train(1);
      expect(tf.memory().numTensors).toBe(owned);
      trainer.setHyperparameters({ target: 'moons', dSteps: 2 });
      trainer.train(2);
      trainer.render();
      expect(tf.memory().numTensors).toBe(owned);
      trainer.dispose();
      trainer = null;
      expect(tf.memory().numTensors).toBe(before);
    });
  });
}

describe('gan2d learning (wasm)', () => {
  it('a seeded run on the ring lowers the JS divergence by more than half', async () => {
    await useBackend('wasm');
    trainer = new Gan2dTrainer({ ...defaultsFor(gan2dCell), target: 'ring' }, 1);
    const start = trainer.train(0).js;
    trainer.train(500);
    const end = trainer.train(0).js;
    expect(start).toBeGreaterThan(0.3);
    expect(end).toBeLessThan(start / 2);
  });
});

describe('gan2d render payload and data', () => {
  it('draws 300 real and 300 generated points and a 32×32 heatmap of D in [0, 1]', async () => {
    await useBackend('cpu');
    trainer = new Gan2dTrainer(defaultsFor(gan2dCell), 3);
    trainer.train(2);
    const { arrays, values } = trainer.render();
    expect(arrays.real.length).toBe(600);
    expect(arrays.fake.length).toBe(600);
    expect(values.gridSize).toBe(32);
    expect(arrays.d.length).toBe(32 * 32);
    for (const v of arrays.d) expect(v >= 0 && v <= 1).toBe(true);
    expect([values.lo, values.hi]).toEqual([TARGET_2D_DOMAIN.lo, TARGET_2D_DOMAIN.hi]);
  });

  it('every target stays inside the plot domain', () => {
    for (const shape of TARGET_2D_SHAPES) {
      const pts = sampleTarget2d(shape, new Rng(1), 2000);
      const inside = pts.filter((v) => v > TARGET_2D_DOMAIN.lo && v < TARGET_2D_DOMAIN.hi).length;
      expect(inside / pts.length, shape).toBeGreaterThan(0.999);
    }
  });

  it('the ring has radius 2 and the mixture 8 separate modes', () => {
    const ring = sampleTarget2d('ring', new Rng(2), 1000);
    let r = 0;
    for (let i = 0; i < 1000; i++) r += Math.hypot(ring[2 * i], ring[2 * i + 1]);
    expect(r / 1000).toBeCloseTo(2, 1);
    const mix = sampleTarget2d('mixture', new Rng(2), 1000);
    const angles = new Set<number>();
    for (let i = 0; i < 1000; i++) angles.add(Math.round((Math.atan2(mix[2 * i + 1], mix[2 * i]) / (2 * Math.PI)) * 8 + 8) % 8);
    expect(angles.size).toBe(8);
  });

  it('the cell is the gan2d kind', () => {
    expect(gan2dCell.kind).toBe('gan2d');
  });
});
