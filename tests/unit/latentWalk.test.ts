/**
 * Latent paths (src/ml/latent/slerp.ts: White 2016, arXiv:1609.04468) and
 * the latent-walk cell's trainer.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATENT_WALK_DEFAULTS, latentWalkCell } from '../../src/cells/latentWalk';
import { Dcgan } from '../../src/ml/models/dcgan';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { encodeCheckpoint } from '../../src/ml/checkpoint';
import { Rng } from '../../src/ml/random';
import type { TrainerContext, WeightSet } from '../../src/ml/trainer';
import createLatentWalk, { LatentWalkTrainer, NUDGE_IMAGES } from '../../src/ml/trainers/latentWalk';
import { interpolationFrames, lerp, norm, slerp } from '../../src/ml/latent/slerp';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { useBackend } from './helpers/backend';
import { defaultsFor } from '../../src/cells/define';

const round = (x: number, digits = 5) => Number(x.toFixed(digits));
const rounded = (v: ArrayLike<number>) => Array.from(v, (x) => round(x));

describe('slerp', () => {
  it('starts at a and ends at b', () => {
    const rng = new Rng(3);
    const a = rng.normalArray(16);
    const b = rng.normalArray(16);
    expect(rounded(slerp(a, b, 0))).toEqual(rounded(a));
    expect(rounded(slerp(a, b, 1))).toEqual(rounded(b));
  });

  it('the midpoint of two orthogonal unit vectors is (a + b)/√2', () => {
    expect(rounded(slerp([1, 0], [0, 1], 0.5))).toEqual(rounded([Math.SQRT1_2, Math.SQRT1_2]));
    // a third of the way turns 30 degrees
    expect(rounded(slerp([1, 0], [0, 1], 1 / 3))).toEqual(rounded([Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)]));
  });

  it('keeps the norm of equal-norm endpoints all the way; lerp cuts inside', () => {
    const a = [3, 0, 0, 4];
    const b = [0, 5, 0, 0];
    for (const t of [0.1, 0.25, 0.5, 0.9]) expect(round(norm(slerp(a, b, t)))).toBe(5);
    expect(round(norm(lerp(a, b, 0.5)))).toBe(round(5 / Math.SQRT2)); // orthogonal: |a + b| / 2
  });

  it('falls back to a straight line for parallel vectors', () => {
    expect(rounded(slerp([1, 2], [2, 4], 0.5))).toEqual([1.5, 3]);
  });

  it('frames are evenly spaced points, endpoints included', () => {
    const frames = interpolationFrames('lerp', [0, 0], [1, 2], 3);
    expect(Array.from(frames)).toEqual([0, 0, 0.5, 1, 1, 2]);
  });
});

describe('latent-walk trainer (wasm)', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it('walks, renders the strip and nudge row, and leaks no tensors', async () => {
    const generator = new Dcgan({ latentSize: 8, generatorFilters: [8, 4], discriminatorFilters: [4, 8] }, 2);
    const trainer = new LatentWalkTrainer({ ...defaultsFor(latentWalkCell), stepsPerLeg: 4, frames: 5, dimension: 20 }, 1, generator, new DigitClassifier(new Rng(1)));
    await trainer.train(1);
    const before = tf.memory().numTensors;
    const m = await trainer.train(1);
    expect(m.position).toBe(0.5);
    const payload = await trainer.render();
    expect(tf.memory().numTensors).toBe(before);
    expect(payload.arrays.strip.length).toBe(5 * 784);
    expect(payload.arrays.nudge.length).toBe(NUDGE_IMAGES * 784);
    expect(payload.values.dimension).toBe(7); // clamped to the latent size
    await trainer.train(2);
    expect((await trainer.train(1)).leg).toBe(1);
    trainer.dispose();
  });

  it('says which live changes alter the picture, and the next render shows them', async () => {
    const generator = new Dcgan({ latentSize: 8, generatorFilters: [8, 4], discriminatorFilters: [4, 8] }, 2);
    const trainer = new LatentWalkTrainer({ ...defaultsFor(latentWalkCell), amount: 1 }, 1, generator, new DigitClassifier(new Rng(1)));
    const before = await trainer.render();
    expect(trainer.setHyperparameters({ amount: 1, dimension: 0 })).toBe(false); // the same values: nothing to redraw
    expect(trainer.setHyperparameters({ amount: 4 })).toBe(true);
    const after = await trainer.render();
    expect(after.values.amount).toBe(4);
    // The middle of the nudge row is the walker itself; its ends move further out.
    const image = (a: ArrayLike<number>, k: number) => Array.from(a).slice(k * 784, (k + 1) * 784);
    expect(image(after.arrays.nudge, 4)).toEqual(image(before.arrays.nudge, 4));
    expect(image(after.arrays.nudge, 0)).not.toEqual(image(before.arrays.nudge, 0));
    expect(trainer.setHyperparameters({ endpoints: 2 })).toBe(true);
    expect(Array.from((await trainer.render()).arrays.walker)).not.toEqual(Array.from(after.arrays.walker));
    trainer.dispose();
  });

  /** The site's assets, except that weights/dcgan holds `weights` (as if the lead had committed them). */
  function contextServing(weights: WeightSet): TrainerContext {
    const { manifest, data } = encodeCheckpoint(weights);
    const files: Record<string, ArrayBuffer> = {
      'weights/dcgan/manifest.json': new TextEncoder().encode(JSON.stringify(manifest)).buffer as ArrayBuffer,
      'weights/dcgan/weights.bin': data,
    };
    return { loadAsset: async (path) => files[path] ?? nodeTrainerContext.loadAsset(path) };
  }

  const WIDE = { latentSize: 64, generatorFilters: [64, 32], discriminatorFilters: [32, 64] } as const;

  it('builds the generator at the widths the pretrained manifest names', async () => {
    const source = new Dcgan(WIDE, 3);
    const weights = source.getWeights();
    source.dispose();
    const trainer = (await createLatentWalk({ ...defaultsFor(latentWalkCell), frames: 3 }, 1, contextServing(weights))) as LatentWalkTrainer;
    expect(trainer.generator.modelId).toBe('dcgan28-z64-g64.32-d32.64-bn-tanh');
    expect(trainer.getWeights().tensors.every((t, i) => t.data.every((v, j) => v === weights.tensors[i].data[j]))).toBe(true);
    expect((await trainer.render()).arrays.strip.length).toBe(3 * 784);
    trainer.dispose();
  });

  it('a loaded checkpoint of another DCGAN replaces the walked one; others are refused and the walk kept', async () => {
    const trainer = new LatentWalkTrainer({ ...defaultsFor(latentWalkCell), frames: 3, dimension: 7 }, 1, new Dcgan({ latentSize: 8, generatorFilters: [8, 4], discriminatorFilters: [4, 8] }, 2), new DigitClassifier(new Rng(1)));
    await trainer.render();
    const kept = trainer.getWeights();
    const source = new Dcgan(WIDE, 4);
    const wide = source.getWeights();
    source.dispose();
    expect(() => trainer.setWeights({ ...wide, modelId: `${wide.modelId}-least-squares` })).toThrow(/belongs to the model/);
    expect(() => trainer.setWeights({ ...wide, tensors: wide.tensors.slice(1) })).toThrow(/weight 1 is/);
    expect(trainer.getWeights().modelId).toBe(kept.modelId);
    const before = tf.memory().numTensors;
    trainer.setWeights(wide);
    const payload = await trainer.render();
    expect(trainer.generator.modelId).toBe('dcgan28-z64-g64.32-d32.64-bn-tanh');
    expect(payload.values.latentSize).toBe(64);
    expect(payload.arrays.strip.length).toBe(3 * 784);
    // The old generator's 14 variables are freed as the new one's 14 arrive.
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('refuses pretrained weights whose id names no DCGAN, or that do not fit the DCGAN it names', async () => {
    const source = new Dcgan(WIDE, 3);
    const weights = source.getWeights();
    source.dispose();
    const lsgan = { ...weights, modelId: `${weights.modelId}-least-squares` };
    await expect(createLatentWalk(defaultsFor(latentWalkCell), 1, contextServing(lsgan))).rejects.toThrow(/belongs to the model 'dcgan28-z64-g64.32-d32.64-bn-tanh-least-squares'/);
    const mislabelled = { ...weights, modelId: 'dcgan28-z64-g32.16-d16.32-bn-tanh' };
    await expect(createLatentWalk(defaultsFor(latentWalkCell), 1, contextServing(mislabelled))).rejects.toThrow(/has shape \[64, 3136\].*needs \[64, 1568\]/);
  });

  it('loads the pretrained generator', async () => {
    const trainer = await createLatentWalk(defaultsFor(latentWalkCell), 1, nodeTrainerContext);
    const payload = await trainer.render();
    // The pretrained generator draws digits the classifier is sure about at the endpoints.
    expect(payload.arrays.strip.length).toBe(LATENT_WALK_DEFAULTS.frames * 784);
    trainer.dispose();
  });
});
