import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import { cycle2dCell, type Cycle2dValues } from '../../src/cells/cycle2d';
import { taskDoneAt } from './helpers/taskDoneAt';
import { CYCLE_PAIRS, sampleX, sampleY } from '../../src/ml/data/cycleDomains2d';
import { Cycle2dTrainer } from '../../src/ml/trainers/cycle2d';
import { chamferDistance } from '../../src/ml/metrics/pointCloud';
import { Rng } from '../../src/ml/random';
import { defaultsFor } from '../../src/cells/define';

beforeAll(async () => {
  await useBackend('wasm');
});

describe('2-D CycleGAN cell', () => {
  it('definition declares the cycle error', () => {
    expect(cycle2dCell.metrics.map((m) => m.key)).toContain('cycleError');
  });

  it('keeps the two domains apart on the plane', () => {
    for (const pair of CYCLE_PAIRS) {
      const rng = new Rng(3);
      const x = sampleX(pair, rng, 200).points;
      const y = sampleY(pair, rng, 200).points;
      for (let i = 0; i < 200; i++) {
        expect(x[2 * i]).toBeLessThan(-0.4);
        expect(y[2 * i]).toBeGreaterThan(0.4);
      }
      expect(chamferDistance(x, y)).toBeGreaterThan(2);
    }
  });

  it('a training step leaks no tensors, with and without the identity term', () => {
    const trainer = new Cycle2dTrainer({ ...defaultsFor(cycle2dCell), identityFraction: 0.5 }, 7);
    trainer.train(1);
    const before = tf.memory().numTensors;
    trainer.train(3);
    trainer.render();
    trainer.setHyperparameters({ identityFraction: 0, lrG: 0.001 });
    trainer.train(2);
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('a seeded run drives the cycle error down, and λ = 0 leaves it high', () => {
    const run = (lambda: number) => {
      const trainer = new Cycle2dTrainer({ ...defaultsFor(cycle2dCell), lambda }, 1);
      const start = trainer.train(1).cycleError;
      let end = 0;
      for (let i = 0; i < 4; i++) end = trainer.train(50).cycleError;
      trainer.dispose();
      return { start, end };
    };
    const withCycle = run(5);
    expect(withCycle.start).toBeGreaterThan(1);
    expect(withCycle.end).toBeLessThan(withCycle.start / 4);
    expect(withCycle.end).toBeLessThan(0.5);
    const without = run(0);
    expect(without.end).toBeGreaterThan(2 * withCycle.end);
  });

  it('checkpoints round-trip and refuse another width', () => {
    const a = new Cycle2dTrainer(defaultsFor(cycle2dCell), 2);
    a.train(5);
    const b = new Cycle2dTrainer(defaultsFor(cycle2dCell), 2); // same seed: same evaluation points, untrained weights
    expect(Array.from(b.render().arrays.gx)).not.toEqual(Array.from(a.render().arrays.gx));
    b.setWeights(a.getWeights());
    expect(Array.from(b.render().arrays.gx)).toEqual(Array.from(a.render().arrays.gx));
    const narrow = new Cycle2dTrainer({ ...defaultsFor(cycle2dCell), hidden: 8 }, 2);
    expect(() => narrow.setWeights(a.getWeights())).toThrow(/hidden width/);
    for (const t of [a, b, narrow]) t.dispose();
  });
});

describe('cyclegan lesson, "CycleGAN on points" as the lesson tells it (wasm)', () => {
  beforeAll(() => useBackend('wasm'));

  /** Readouts every 10 steps (index i: step 10·i + 1), from one step on. */
  async function readouts(lambda: number, seed: number, steps: number) {
    const trainer = new Cycle2dTrainer({ ...defaultsFor(cycle2dCell), lambda, seed }, seed);
    try {
      const all = [await trainer.train(1)];
      while (all.length <= steps / 10) all.push(await trainer.train(10));
      return all;
    } finally {
      trainer.dispose();
    }
  }
  const firstHalved = (all: Record<string, number>[], key: string) => all.findIndex((m) => m[key] < all[0][key] / 2);

  it('the cycle error halves before the translation gap (seeds 1-3); λ = 10 ends with a tighter round trip and a wider gap than λ = 5 at step 2,001 (seeds 1, 2); λ = 0 lands on the blobs (gap < 0.5 at step 1,001) while the cycle error stays above 0.8', async () => {
    for (const seed of [1, 2, 3]) {
      const five = await readouts(5, seed, seed === 3 ? 1000 : 2000);
      expect(firstHalved(five, 'cycleError'), `seed ${seed}`).toBeGreaterThan(0);
      expect(firstHalved(five, 'cycleError'), `seed ${seed}`).toBeLessThan(firstHalved(five, 'translationGap'));
      if (seed !== 3) {
        const ten = await readouts(10, seed, 2000);
        expect(ten[200].cycleError, `seed ${seed}`).toBeLessThan(five[200].cycleError);
        expect(ten[200].translationGap, `seed ${seed}`).toBeGreaterThan(five[200].translationGap);
      }
      const none = await readouts(0, seed, 1000);
      expect(none[100].translationGap, `seed ${seed}`).toBeLessThan(0.5);
      expect(none[100].cycleError, `seed ${seed}`).toBeGreaterThan(0.8);
    }
  }, 180_000);

  it('the tasks as the hints say: round trips home (cycle error < 0.25 for 100 steps) by step 1,160 and 1,720; with λ = 0 above 0.6 for 300 steps by 320 and 620 (seeds 1, 2)', async () => {
    const done = async (values: Partial<Cycle2dValues>, seed: number, condition: Parameters<typeof taskDoneAt>[2]) => {
      const applied = { ...defaultsFor(cycle2dCell), ...values, seed };
      const trainer = new Cycle2dTrainer(applied, seed);
      try {
        return await taskDoneAt(trainer, applied, condition, 3000);
      } finally {
        trainer.dispose();
      }
    };
    const home = { metric: 'cycleError', below: 0.25, forSteps: 100 };
    const broken = { metric: 'cycleError', above: 0.6, forSteps: 300, when: { lambda: 0 } };
    expect([await done({}, 1, home), await done({}, 2, home)]).toEqual([1160, 1720]);
    expect([await done({ lambda: 0 }, 1, broken), await done({ lambda: 0 }, 2, broken)]).toEqual([320, 620]);
  }, 120_000);
});
