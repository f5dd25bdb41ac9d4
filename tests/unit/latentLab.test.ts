/**
 * The latent lab of the latent-walk cell on the committed pretrained DCGAN
 * generator: the pick interpolates between the two chosen samples, and the
 * vector arithmetic moves the measured attribute the way its sign asks for
 * most of the sixteen samples (the claim, and the lesson's).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAB_SAMPLES, latentWalkCell } from '../../src/cells/latentWalk';
import { defaultsFor } from '../../src/cells/define';
import createLatentWalk, { type LatentWalkTrainer } from '../../src/ml/trainers/latentWalk';
import { LAB_STRIP_FRAMES } from '../../src/ml/trainers/latentLab';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { useBackend } from './helpers/backend';

const PIXELS = 28 * 28;

describe('latent lab (pretrained generator, wasm)', () => {
  let trainer: LatentWalkTrainer;
  beforeAll(async () => {
    await useBackend('wasm');
    trainer = (await createLatentWalk(defaultsFor(latentWalkCell), 1, nodeTrainerContext)) as LatentWalkTrainer;
  }, 60_000);

  it('draws sixteen samples and the interpolation between the two picked, ends included', async () => {
    trainer.setHyperparameters({ pickA: 2, pickB: 9 });
    const { arrays: a, values: v } = await trainer.render();
    expect(a.labGrid.length).toBe(LAB_SAMPLES * PIXELS);
    expect(a.labStrip.length).toBe(LAB_STRIP_FRAMES * PIXELS);
    expect([v.pickA, v.pickB]).toEqual([2, 9]);
    // The strip's first and last images are the picked samples themselves.
    const close = (x: Float32Array, y: Float32Array) => x.every((p, i) => Math.abs(p - y[i]) < 1e-4);
    expect(close(a.labStrip.subarray(0, PIXELS), a.labGrid.subarray(2 * PIXELS, 3 * PIXELS))).toBe(true);
    expect(close(a.labStrip.subarray((LAB_STRIP_FRAMES - 1) * PIXELS), a.labGrid.subarray(9 * PIXELS, 10 * PIXELS))).toBe(true);
  }, 60_000);

  // The session-12 weights, endpoints 1 to 3 and amounts ±0.5 to ±1: 14 to 16 of 16 moved the intended way, except
  // more ink at endpoints 1 (11 of 16 at 0.75 and 1; 13 at −0.5); `npm run latent:arithmetic -- --within-digits` on 256:
  // 85% for more ink, 98-100% for the rest. At these first endpoints (the cell's default) the five settings below move
  // 16, 16, 15, 11 and 16, and keep the digit of 10, 9, 9, 8 and 7: the lesson quotes "14 to 16", "11 of 16" and "about
  // half (7 to 10 of 16)", so the bars are the prose's, both ways where it gives a range.
  for (const [attribute, attributeAmount, moves] of [['slant', 0.75, [14, 16]], ['slant', -1, [14, 16]], ['ink', -0.75, [14, 16]], ['ink', 1, [11, 11]], ['width', 1, [14, 16]]] as const) {
    it(`${attribute} × ${attributeAmount}: the attribute moves the intended way for ${moves[0]} to ${moves[1]} of 16 samples, and 7 to 10 keep their digit`, async () => {
      const before = tf.memory().numTensors;
      trainer.setHyperparameters({ attribute, attributeAmount });
      const { arrays: a, values: v } = await trainer.render();
      let moved = 0;
      for (let i = 0; i < LAB_SAMPLES; i++) if (Math.sign(a.labAfter[i] - a.labBefore[i]) === Math.sign(attributeAmount)) moved += 1;
      expect(v.attributeMoved).toBe(moved);
      expect(moved).toBeGreaterThanOrEqual(moves[0]);
      expect(moved).toBeLessThanOrEqual(moves[1]);
      expect(v.digitsKept).toBeGreaterThanOrEqual(7);
      expect(v.digitsKept).toBeLessThanOrEqual(10);
      expect(Math.sign(v.attributeChange)).toBe(Math.sign(attributeAmount));
      expect(tf.memory().numTensors).toBe(before);
    }, 60_000);
  }

  it('an amount of 0 changes nothing: every digit kept, nothing counted as moved', async () => {
    trainer.setHyperparameters({ attribute: 'slant', attributeAmount: 0 });
    const { values: v } = await trainer.render();
    expect(v.attributeMoved).toBe(0);
    expect(v.digitsKept).toBe(LAB_SAMPLES);
  }, 60_000);
});
