import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import { CYCLE_IMAGES_PRETRAINED, cycleImagesCell } from '../../src/cells/cycleImages';
import { loadCheckpointAsset } from '../../src/ml/checkpoint';
import { DIGITS_ASSET_PATH, parseDigits, type DigitSet } from '../../src/ml/data/digits';
import { addStripes, domainImages, stripeDomains, STRIPE_DIM } from '../../src/ml/data/stripes';
import { FULL_STRIPE_SCORE, stripedShare, stripeScores } from '../../src/ml/metrics/stripeScore';
import { CycleImagesTrainer } from '../../src/ml/trainers/cycleImages';
import type { TrainerContext } from '../../src/ml/trainer';
import { defaultsFor } from '../../src/cells/define';

const PUBLIC = resolve(__dirname, '../../public');
const context: TrainerContext = {
  async loadAsset(path: string) {
    const bytes = readFileSync(resolve(PUBLIC, path));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  },
};

let digits: DigitSet;

beforeAll(async () => {
  await useBackend('wasm');
  digits = await parseDigits(await context.loadAsset(DIGITS_ASSET_PATH));
});

describe('Stripes ↔ plain domains', () => {
  it('share no source image, in training or held out', () => {
    const d = stripeDomains(digits);
    const xs = new Set([...d.x.train, ...d.x.heldOut]);
    for (const i of [...d.y.train, ...d.y.heldOut]) expect(xs.has(i)).toBe(false);
    const heldOut = new Set(digits.heldOut);
    for (const i of [...d.x.train, ...d.y.train]) expect(heldOut.has(i)).toBe(false);
    expect(d.x.train.length + d.y.train.length).toBe(digits.train.length);
    for (const part of [d.x.train, d.y.train]) expect(new Set(Array.from(part, (i) => digits.labels[i])).size).toBe(10);
  });

  it('stripes dim the ink on every other pair of diagonals', () => {
    const ink = new Float32Array(28 * 28).fill(1); // a full-ink image
    const striped = addStripes(ink);
    expect(striped[0]).toBe(1); // (0, 0): r + c = 0, bright
    expect(striped[1]).toBe(1); // (0, 1): 1, bright
    expect(striped[2]).toBeCloseTo(2 * STRIPE_DIM - 1, 6); // (0, 2): dark
    expect(striped[28 + 1]).toBeCloseTo(2 * STRIPE_DIM - 1, 6); // (1, 1): r + c = 2, dark
    expect(addStripes(new Float32Array(784).fill(-1))[2]).toBe(-1); // background stays background
    expect(stripeScores(striped)[0]).toBeCloseTo(FULL_STRIPE_SCORE, 2);
  });

  it('the stripe detector separates the two held-out domains', () => {
    const d = stripeDomains(digits);
    const x = domainImages(digits, 'x', d.x.heldOut);
    const y = domainImages(digits, 'y', d.y.heldOut);
    expect(stripedShare(x)).toBeLessThan(0.02);
    expect(stripedShare(y)).toBeGreaterThan(0.98);
  });
});

describe('Stripes ↔ plain CycleGAN trainer', () => {
  it('definition declares the cycle error and the pretrained weights', () => {
    expect(cycleImagesCell.metrics.map((m) => m.key)).toContain('cycleError');
    expect(cycleImagesCell.pretrained).toBe(CYCLE_IMAGES_PRETRAINED);
  });

  it('a training step leaks no tensors', () => {
    const trainer = new CycleImagesTrainer({ ...defaultsFor(cycleImagesCell), batchSize: 2 }, 3, digits);
    trainer.train(1);
    const before = tf.memory().numTensors;
    trainer.train(1);
    trainer.render();
    trainer.setHyperparameters({ identityFraction: 0, lambda: 5 });
    trainer.train(1);
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('a short seeded run lowers the held-out cycle error', () => {
    const trainer = new CycleImagesTrainer({ ...defaultsFor(cycleImagesCell), batchSize: 4 }, 1, digits);
    const start = trainer.evaluate().cycleError;
    trainer.train(12);
    const end = trainer.evaluate().cycleError;
    trainer.dispose();
    expect(start).toBeGreaterThan(1);
    expect(end).toBeLessThan(0.7 * start);
  });

  it('refuses weights of another model and keeps its own', () => {
    const trainer = new CycleImagesTrainer(defaultsFor(cycleImagesCell), 1, digits);
    const before = trainer.render().arrays.gx;
    const wrong = { modelId: 'something-else', tensors: trainer.getWeights().tensors };
    expect(() => trainer.setWeights(wrong)).toThrow(/something-else/);
    expect(Array.from(trainer.render().arrays.gx)).toEqual(Array.from(before));
    trainer.dispose();
  });

  it('the committed pretrained weights translate held-out digits', async () => {
    const trainer = new CycleImagesTrainer(defaultsFor(cycleImagesCell), 1, digits);
    const { weights } = await loadCheckpointAsset(context, CYCLE_IMAGES_PRETRAINED, trainer.getWeights());
    trainer.setWeights(weights);
    const m = trainer.evaluate();
    trainer.dispose();
    expect(m.gStriped).toBeGreaterThanOrEqual(90);
    expect(m.fPlain).toBeGreaterThanOrEqual(90);
    expect(m.cycleError).toBeLessThan(0.2);
  });
});
