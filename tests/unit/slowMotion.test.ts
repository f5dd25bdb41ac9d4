import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import { Gan2dTrainer } from '../../src/ml/trainers/gan2d';
import { Gan1dTrainer } from '../../src/ml/trainers/gan1d';
import { gan2dCell } from '../../src/cells/gan2d';
import { gan1dCell } from '../../src/cells/gan1d';
import { defaultsFor } from '../../src/cells/define';
import { generatorPush } from '../../src/ml/steps/generatorPush';

let trainer: { dispose(): void } | null = null;
afterEach(() => {
  trainer?.dispose();
  trainer = null;
});

const sigmoid = (l: number) => 1 / (1 + Math.exp(-l));

describe('generatorPush (−∂ℓ_G/∂x through D)', () => {
  // A tiny D: logit l(x) = w·x + b, so ∇l = w and the push is σ(l)·w (minimax) or (1 − σ(l))·w (non-saturating).
  const w = [0.5, -2];
  const b = 0.25;
  const logitsOf = (x: tf.Tensor2D) => tf.add(tf.matMul(x, tf.tensor2d(w, [2, 1])), b);
  const points = [
    [1, 0],
    [0, 3],
  ];

  it('matches the hand-computed gradient for both losses, per point', async () => {
    await useBackend('cpu');
    const before = tf.memory().numTensors;
    const x = tf.tensor2d(points);
    for (const loss of ['minimax', 'non-saturating'] as const) {
      const push = generatorPush(logitsOf, loss, x);
      const got = Array.from(push.dataSync());
      push.dispose();
      const want = points.flatMap(([x1, x2]) => {
        const s = sigmoid(w[0] * x1 + w[1] * x2 + b);
        const size = loss === 'minimax' ? s : 1 - s;
        return [size * w[0], size * w[1]];
      });
      got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 5));
    }
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('vanishes under minimax where D is sure a point is fake, and not under the non-saturating loss', async () => {
    await useBackend('cpu');
    const x = tf.tensor2d([[0, 10]]); // l = −19.75: D(x) ≈ 3e-9
    const [minimax, ns] = (['minimax', 'non-saturating'] as const).map((loss) => {
      const p = generatorPush(logitsOf, loss, x);
      const v = Array.from(p.dataSync());
      p.dispose();
      return Math.hypot(v[0], v[1]);
    });
    x.dispose();
    expect(minimax).toBeLessThan(1e-7);
    expect(ns).toBeCloseTo(Math.hypot(w[0], w[1]), 5);
  });
});

describe('gan2d slow motion (cpu)', () => {
  it('Step D changes D only, Step G changes G only, the counters count, and no tensor leaks', async () => {
    await useBackend('cpu');
    const t = new Gan2dTrainer({ ...defaultsFor(gan2dCell), showGradients: true, showWarp: true }, 3);
    trainer = t;
    const first = t.train(1);
    expect(first).toMatchObject({ dSteps: 1, gSteps: 1 });
    const owned = tf.memory().numTensors;
    const before = t.render();
    const afterD1 = t.trainPart('d');
    const afterD2 = t.trainPart('d');
    expect(afterD2).toMatchObject({ dSteps: 3, gSteps: 1 });
    expect(afterD1.dSteps).toBe(2);
    const dOnly = t.render();
    expect(Array.from(dOnly.arrays.fake)).toEqual(Array.from(before.arrays.fake));
    expect(Array.from(dOnly.arrays.warp)).toEqual(Array.from(before.arrays.warp));
    expect(Array.from(dOnly.arrays.d)).not.toEqual(Array.from(before.arrays.d));
    const afterG = t.trainPart('g');
    expect(afterG).toMatchObject({ dSteps: 3, gSteps: 2 });
    const gOnly = t.render();
    expect(Array.from(gOnly.arrays.d)).toEqual(Array.from(dOnly.arrays.d));
    expect(Array.from(gOnly.arrays.fake)).not.toEqual(Array.from(dOnly.arrays.fake));
    // One push per fake point, and a warp mesh of warpSize² points.
    expect(gOnly.arrays.push.length).toBe(gOnly.arrays.fake.length);
    expect(gOnly.arrays.warp.length).toBe(2 * gOnly.values.warpSize ** 2);
    expect(tf.memory().numTensors).toBe(owned);
    // A full step with k = 2 adds two D updates and one G update.
    t.setHyperparameters({ dSteps: 2 });
    expect(t.train(1)).toMatchObject({ dSteps: 5, gSteps: 3 });
  });

  it('sends no arrows or mesh when they are switched off', async () => {
    await useBackend('cpu');
    const t = new Gan2dTrainer(defaultsFor(gan2dCell), 3);
    trainer = t;
    const p = t.render();
    expect(p.arrays.push.length).toBe(0);
    expect(p.arrays.warp.length).toBe(0);
  });
});

describe('gan1d slow motion (cpu)', () => {
  it('Step D moves D(x) and not p_g; Step G the reverse; the push is one value per grid point; no leak', async () => {
    await useBackend('cpu');
    const t = new Gan1dTrainer({ ...defaultsFor(gan1dCell), showGradients: true }, 2);
    trainer = t;
    t.train(1);
    const owned = tf.memory().numTensors;
    const before = t.render();
    expect(t.trainPart('d')).toMatchObject({ dSteps: 2, gSteps: 1 });
    const dOnly = t.render();
    expect(Array.from(dOnly.arrays.pG)).toEqual(Array.from(before.arrays.pG));
    expect(Array.from(dOnly.arrays.d)).not.toEqual(Array.from(before.arrays.d));
    expect(t.trainPart('g')).toMatchObject({ dSteps: 2, gSteps: 2 });
    const gOnly = t.render();
    expect(Array.from(gOnly.arrays.d)).toEqual(Array.from(dOnly.arrays.d));
    expect(Array.from(gOnly.arrays.pG)).not.toEqual(Array.from(dOnly.arrays.pG));
    expect(gOnly.arrays.push.length).toBe(gOnly.arrays.x.length);
    expect(tf.memory().numTensors).toBe(owned);
  });
});
