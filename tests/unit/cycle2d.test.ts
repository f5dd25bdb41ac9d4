import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import { cycle2dCell } from '../../src/cells/cycle2d';
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
