/**
 * The autoencoder cell's model and trainer: seeded learning on real digits,
 * denoising, anomaly ranking, no leaked tensors, and the pure helpers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoencoderCell } from '../../src/cells/autoencoder';
import { DIGITS_ASSET_PATH, digitImages, parseDigits, type DigitSet } from '../../src/ml/data/digits';
import { ConvAutoencoder, meanSquaredError, PIXELS } from '../../src/ml/models/autoencoder';
import { Rng } from '../../src/ml/random';
import type { TrainerContext } from '../../src/ml/trainer';
import createAutoencoderTrainer, { addPixelNoise, AutoencoderTrainer } from '../../src/ml/trainers/autoencoder';
import { fractionAbove, makeNonDigits, projectTo2d } from '../../src/ml/metrics/autoencoderEval';
import { useBackend } from './helpers/backend';
import { defaultsFor } from '../../src/cells/define';

const publicFiles: TrainerContext = {
  loadAsset: async (path) => {
    const buf = readFileSync(resolve(__dirname, '../../public', path));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  },
};

/** Steps of the short seeded runs: enough to halve the error (about 5 s on wasm). */
const SHORT_RUN = 40;

let digits: DigitSet;
beforeAll(async () => {
  await useBackend('wasm');
  digits = await parseDigits(await publicFiles.loadAsset(DIGITS_ASSET_PATH));
});

/** Area under the ROC curve: the probability a random non-digit scores above a random digit. */
function auc(positives: Float32Array, negatives: Float32Array): number {
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

describe('autoencoder trainer (wasm, seeded)', () => {
  it('halves the held-out reconstruction error in a short run and then ranks non-digits above digits', async () => {
    const trainer = new AutoencoderTrainer(defaultsFor(autoencoderCell), 11, digits);
    const before = trainer.render().values.heldOutError;
    const metrics = trainer.train(SHORT_RUN);
    expect(metrics.heldOutError).toBeLessThan(before / 2);
    expect(Number.isFinite(metrics.reconLoss)).toBe(true);

    const { arrays } = trainer.render();
    const digitErrors = arrays.digitErrors as Float32Array;
    const nonDigitErrors = arrays.nonDigitErrors as Float32Array;
    expect(digitErrors.length).toBe(160);
    expect(nonDigitErrors.length).toBe(144);
    expect(auc(nonDigitErrors, digitErrors)).toBeGreaterThan(0.9);
    trainer.dispose();
  });

  it('a denoising autoencoder output is closer to the clean digit than its noisy input is', async () => {
    const trainer = new AutoencoderTrainer({ ...defaultsFor(autoencoderCell), noise: 0.5 }, 12, digits);
    trainer.train(SHORT_RUN);
    const clean = tf.tensor2d(digitImages(digits, digits.heldOut.slice(0, 64), 'sigmoid'), [64, PIXELS]);
    const noisy = addPixelNoise(clean, 0.5, 99);
    const [inputError, outputError] = tf.tidy(() => [
      meanSquaredError(clean, noisy).dataSync()[0],
      meanSquaredError(clean, trainer.model.reconstruct(noisy)).dataSync()[0],
    ]);
    expect(outputError).toBeLessThan(inputError * 0.75);
    tf.dispose([clean, noisy]);
    trainer.dispose();
  });

  it('a training step (with its evaluation and a render) leaks no tensors', async () => {
    const trainer = (await createAutoencoderTrainer({ ...defaultsFor(autoencoderCell), noise: 0.3 }, 3, publicFiles)) as AutoencoderTrainer;
    trainer.train(1); // creates Adam's moment variables once
    const before = tf.memory().numTensors;
    trainer.train(20); // crosses an evaluation
    trainer.render();
    trainer.setHyperparameters({ learningRate: 0.001, anomalies: 'shapes', threshold: 0.1 });
    trainer.train(1);
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('the same seed reproduces the same run', async () => {
    const a = new AutoencoderTrainer(defaultsFor(autoencoderCell), 5, digits);
    const b = new AutoencoderTrainer(defaultsFor(autoencoderCell), 5, digits);
    expect(a.train(3).reconLoss).toBe(b.train(3).reconLoss);
    a.dispose();
    b.dispose();
  });

  it('codes have the latent size; weights round-trip and refuse another latent size', () => {
    const model = new ConvAutoencoder({ latentSize: 4 }, new Rng(1));
    const codes = tf.tidy(() => model.encode(tf.zeros([3, PIXELS])));
    expect(codes.shape).toEqual([3, 4]);
    const images = tf.tidy(() => model.decode(codes));
    expect(images.shape).toEqual([3, 28, 28, 1]);
    const copy = new ConvAutoencoder({ latentSize: 4 }, new Rng(2));
    copy.setWeights(model.getWeights());
    expect(Array.from(copy.getWeights().tensors[0].data)).toEqual(Array.from(model.getWeights().tensors[0].data));
    const other = new ConvAutoencoder({ latentSize: 8 }, new Rng(1));
    expect(() => other.setWeights(model.getWeights())).toThrow();
    tf.dispose([codes, images]);
    [model, copy, other].forEach((m) => m.dispose());
  });
});

describe('from-autoencoders-to-gans, "Try these" at the cell\'s defaults (wasm, seeds 1-3)', () => {
  beforeAll(() => useBackend('wasm'));

  it('held-out error about 0.22 at the start, 0.033-0.041 at step 120, about 0.02 at 300; then the 0.05 threshold catches about nine in ten non-digits, flags at most 3% of digits, and lets about a quarter of boxes, rings and bars through', async () => {
    const shapesMissed: number[] = [];
    for (const seed of [1, 2, 3]) {
      const at = `seed ${seed}`;
      const trainer = await createAutoencoderTrainer({ ...defaultsFor(autoencoderCell), seed }, seed, publicFiles);
      try {
        const start = await trainer.train(1);
        expect(start.heldOutError, at).toBeGreaterThan(0.2);
        expect(start.heldOutError, at).toBeLessThan(0.235);
        const at120 = await trainer.train(119);
        expect(at120.heldOutError, at).toBeGreaterThan(0.03);
        expect(at120.heldOutError, at).toBeLessThan(0.042);
        const at300 = await trainer.train(180);
        expect(at300.heldOutError, at).toBeLessThan(0.025);
        expect(at300.detectionRate, at).toBeGreaterThan(0.85);
        expect(at300.detectionRate, at).toBeLessThan(0.95);
        expect(at300.falseAlarms, at).toBeLessThanOrEqual(0.03);
        trainer.setHyperparameters({ anomalies: 'shapes' });
        const shapes = (await trainer.render()).values as Record<string, number>;
        shapesMissed.push(1 - shapes.detectionRate);
      } finally {
        trainer.dispose();
      }
    }
    for (const missed of shapesMissed) {
      expect(missed).toBeGreaterThan(0.15);
      expect(missed).toBeLessThan(0.35);
    }
  }, 120_000);
});

describe('anomaly and code-map helpers', () => {
  it('fractionAbove counts strictly greater scores', () => {
    expect(fractionAbove([0.1, 0.2, 0.3, 0.4], 0.2)).toBe(0.5);
    expect(fractionAbove([], 1)).toBe(0);
  });

  it('inverted digits are 1 - x and noise stays in [0, 1]', () => {
    const digit = new Float32Array(PIXELS).fill(0.25);
    const inv = makeNonDigits('inverted', 2, new Rng(1), digit);
    expect(inv[0]).toBe(0.75);
    expect(inv[PIXELS + 5]).toBe(0.75);
    const noise = makeNonDigits('noise', 3, new Rng(1), digit);
    expect(Math.min(...noise)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...noise)).toBeLessThan(1);
    const shapes = makeNonDigits('shapes', 5, new Rng(1), digit);
    expect(shapes.some((v) => v === 1)).toBe(true);
  });

  it('projects codes on a line onto the first axis, and passes 2-D codes through', () => {
    // Points t·(1, 2, 2)/3 + (5, 5, 5): all variance along one direction.
    const n = 5;
    const codes = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) for (let d = 0; d < 3; d++) codes[i * 3 + d] = 5 + ((i - 2) * [1, 2, 2][d]) / 3;
    const { x, y } = projectTo2d(codes, n, 3);
    expect(Array.from(x, (v) => Math.abs(Number(v.toFixed(4))))).toEqual([2, 1, 0, 1, 2]);
    for (const v of y) expect(Math.abs(v)).toBeLessThan(1e-4);
    const flat = projectTo2d(Float32Array.from([1, 2, 3, 4]), 2, 2);
    expect(Array.from(flat.x)).toEqual([1, 3]);
    expect(Array.from(flat.y)).toEqual([2, 4]);
  });
});
