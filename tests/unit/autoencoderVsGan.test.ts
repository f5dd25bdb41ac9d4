/**
 * The autoencoder-vs-GAN cell: sampling a fitted Gaussian (hand-computed
 * Cholesky, recovered covariance), and the trainer's contract (no leaked
 * tensors, finite metrics, checkpoints of both models, defaults), and the
 * figures the lesson quotes for the pretrained pair after one Step.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AE_VS_GAN_PRETRAINED, aeVsGanCell, type AeVsGanValues } from '../../src/cells/aeVsGan';
import { loadCheckpointAsset } from '../../src/ml/checkpoint';
import { type DigitSet, loadDigits } from '../../src/ml/data/digits';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { Rng } from '../../src/ml/random';
import { createAeVsGan } from '../../src/ml/trainers/aeVsGan';
import { loadDigitsAndClassifier } from '../../src/ml/trainers/dcgan';
import { cholesky, fitGaussian, standardGaussian, transformNoise } from '../../src/ml/latent/latentGaussian';
import { useBackend } from './helpers/backend';
import { defaultsFor } from '../../src/cells/define';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

describe('latent Gaussian', () => {
  it('Cholesky of [[4, 2], [2, 3]] is [[2, 0], [1, √2]]', () => {
    const c = cholesky(Float64Array.from([4, 0, 2, 3]), 2);
    expect(Array.from(c, (v) => round(v))).toEqual([2, 0, 1, round(Math.SQRT2)]);
    expect(() => cholesky(Float64Array.from([1, 0, 2, 1]), 2)).toThrow(/positive definite/);
  });

  it('a fitted Gaussian reproduces the mean and covariance of the codes', () => {
    // Codes from z = (3, -1) + C ε with C = [[2, 0], [1, √2]]: covariance [[4, 2], [2, 3]].
    const rng = new Rng(1);
    const n = 20000;
    const truth = { dim: 2, mean: Float64Array.from([3, -1]), chol: Float64Array.from([2, 0, 1, Math.SQRT2]) };
    const codes = transformNoise(truth, rng.normalArray(n * 2));
    const fit = fitGaussian(codes, n, 2);
    expect(Math.abs(fit.mean[0] - 3)).toBeLessThan(0.05);
    expect(Math.abs(fit.mean[1] + 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.chol[0] - 2)).toBeLessThan(0.05);
    expect(Math.abs(fit.chol[2] - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.chol[3] - Math.SQRT2)).toBeLessThan(0.05);
    const diagonal = fitGaussian(codes, n, 2, true);
    expect(diagonal.chol[2]).toBe(0); // no correlation kept
    expect(Math.abs(diagonal.chol[3] - Math.sqrt(3))).toBeLessThan(0.05);
  });

  it('the standard Gaussian passes noise through unchanged', () => {
    const eps = Float32Array.from([0.5, -1, 2, 0.25]);
    expect(Array.from(transformNoise(standardGaussian(2), eps))).toEqual(Array.from(eps));
  });
});

describe('autoencoder-vs-GAN trainer (wasm)', () => {
  let digits: DigitSet;
  beforeAll(async () => {
    await useBackend('wasm');
    digits = await loadDigits(nodeTrainerContext);
  });

  it('a step of both models (with scoring and a render) leaks no tensors and reports finite metrics', async () => {
    // An untrained classifier is enough to check the plumbing; the real one needs its weights file.
    const trainer = await createAeVsGan({ ...defaultsFor(aeVsGanCell), latentSize: 4, batchSize: 8 }, 1, digits, new DigitClassifier(new Rng(1)));
    await trainer.train(1); // creates Adam's moment variables once
    const before = tf.memory().numTensors;
    const metrics = await trainer.train(1);
    await trainer.render();
    trainer.setHyperparameters({ sampling: 'fitted' });
    await trainer.train(1); // re-scores under the new sampling
    expect(tf.memory().numTensors).toBe(before);
    for (const key of ['aeDigitScore', 'ganDigitScore', 'aeConfidence', 'ganConfidence', 'realDigitScore', 'aeLoss', 'dLoss', 'gLoss']) {
      expect(Number.isFinite(metrics[key]), key).toBe(true);
    }
    expect(metrics.aeDigitScore).toBeGreaterThanOrEqual(1);
    const { arrays } = await trainer.render();
    expect(arrays.aeSamples.length).toBe(64 * 784);
    expect(arrays.ganSamples.length).toBe(64 * 784);

    // Checkpoints hold both models and refuse another latent size.
    const weights = trainer.getWeights();
    expect(weights.tensors.some((t) => t.name.startsWith('ae/'))).toBe(true);
    expect(weights.tensors.some((t) => t.name.startsWith('gan/'))).toBe(true);
    trainer.setWeights(weights);
    const other = await createAeVsGan({ ...defaultsFor(aeVsGanCell), latentSize: 5, batchSize: 8 }, 1, digits, new DigitClassifier(new Rng(1)));
    expect(() => other.setWeights(weights)).toThrow(/latent size/);
    other.dispose();
    trainer.dispose();
  });
});

describe('from-autoencoders-to-gans, the pretrained pair as the lesson reads it (wasm)', () => {
  beforeAll(() => useBackend('wasm'));

  /** *Start from pretrained*, the sampling set, then Step once: the scores the cell shows. */
  async function afterOneStep(seed: number, sampling: AeVsGanValues['sampling']) {
    const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, seed); // as the cell's factory loads them
    const trainer = await createAeVsGan({ ...defaultsFor(aeVsGanCell), sampling, seed }, seed, digits, classifier);
    try {
      const { weights } = await loadCheckpointAsset(nodeTrainerContext, AE_VS_GAN_PRETRAINED, trainer.getWeights());
      trainer.setWeights(weights);
      return await trainer.train(1);
    } finally {
      trainer.dispose();
    }
  }

  it('N(0, 1) codes: the decoder scores about 2 (confidence about 0.55), the generator 6.4 to 6.9 (about 0.86); fitted Gaussian 4.9 to 5.7; per-number spread lower still; real digits about 9.4 (seeds 1-3)', async () => {
    for (const seed of [1, 2, 3]) {
      const at = `seed ${seed}`;
      const standard = await afterOneStep(seed, 'standard');
      expect(standard.aeDigitScore, at).toBeGreaterThan(2);
      expect(standard.aeDigitScore, at).toBeLessThan(2.4);
      expect(standard.aeConfidence, at).toBeGreaterThan(0.52);
      expect(standard.aeConfidence, at).toBeLessThan(0.6);
      expect(standard.ganDigitScore, at).toBeGreaterThan(6.35);
      expect(standard.ganDigitScore, at).toBeLessThan(6.95);
      expect(standard.ganConfidence, at).toBeGreaterThan(0.84);
      expect(standard.ganConfidence, at).toBeLessThan(0.885);
      expect(standard.realDigitScore.toFixed(1), at).toBe('9.4');
      const fitted = await afterOneStep(seed, 'fitted');
      expect(fitted.aeDigitScore, at).toBeGreaterThan(4.9);
      expect(fitted.aeDigitScore, at).toBeLessThan(5.75);
      expect(fitted.aeDigitScore, at).toBeLessThan(standard.ganDigitScore); // "still below the GAN's"
      const diagonal = await afterOneStep(seed, 'diagonal');
      expect(diagonal.aeDigitScore, at).toBeGreaterThan(4.75);
      expect(diagonal.aeDigitScore, at).toBeLessThan(5);
      expect(diagonal.aeDigitScore, at).toBeLessThan(fitted.aeDigitScore); // "a worse fit still"
    }
  }, 300_000);
});
