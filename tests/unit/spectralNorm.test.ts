/**
 * Spectral normalisation of the DCGAN's discriminator (Miyato et al. 2018,
 * arXiv:1802.05957; src/ml/models/dcgan.ts): its id, its σ against an exact
 * singular value, the invariance it buys (D does not change when a kernel is
 * scaled), its gradient, and a trainer switching to it from a checkpoint.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dcgan, dcganOptionsFromModelId, dcganWeightLayout, type DcganOptions } from '../../src/ml/models/dcgan';
import { createDcganOptimizers, disposeDcganOptimizers } from '../../src/ml/optimizers/ganOptimizers';
import { Rng } from '../../src/ml/random';
import { dcganStep } from '../../src/ml/steps/dcganStep';
import type { WeightSet } from '../../src/ml/trainer';
import { useBackend } from './helpers/backend';

const SMALL: DcganOptions = { latentSize: 8, generatorBatchNorm: true, outputActivation: 'tanh', generatorFilters: [8, 4], discriminatorFilters: [4, 8] };
const SN: DcganOptions = { ...SMALL, discriminatorSpectralNorm: true };

beforeAll(async () => {
  await useBackend('wasm');
});

/** The largest singular value of a [rows, cols] matrix, by power iteration on WᵀW in float64 until it settles. */
function topSingularValue(data: Float32Array, rows: number, cols: number): number {
  let v = Float64Array.from({ length: cols }, (_, i) => Math.sin(i + 1));
  let sigma = 0;
  for (let it = 0; it < 2000; it++) {
    const wv = new Float64Array(rows);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) wv[r] += data[r * cols + c] * v[c];
    const next = new Float64Array(cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) next[c] += data[r * cols + c] * wv[r];
    const norm = Math.hypot(...next);
    v = next.map((x) => x / norm);
    sigma = Math.sqrt(norm);
  }
  return sigma;
}

/** A copy of `weights` with D's kernels (not biases) multiplied by `factor`. */
function scaledKernels(weights: WeightSet, factor: number): WeightSet {
  return {
    ...weights,
    tensors: weights.tensors.map((t) => (t.name.startsWith('d/') && t.name.endsWith('/kernel') ? { ...t, data: t.data.map((x) => x * factor) } : t)),
  };
}

function logits(model: Dcgan, images: tf.Tensor4D): Float32Array {
  const out = model.discriminator(images);
  const values = Float32Array.from(out.dataSync());
  out.dispose();
  return values;
}

describe('spectral normalisation in D', () => {
  it("is named '-sn' in the model id, round-trips, and adds no weights to a checkpoint", () => {
    const model = new Dcgan(SN, 1);
    expect(model.modelId).toBe('dcgan28-z8-g8.4-d4.8-sn-bn-tanh');
    expect(dcganOptionsFromModelId(model.modelId)).toEqual(SN);
    expect(dcganOptionsFromModelId('dcgan28-z8-g8.4-d4.8-sn-sn-bn-tanh')).toBeNull();
    expect(dcganOptionsFromModelId('dcgan28-z8-g8.4-sn-d4.8-bn-tanh')).toBeNull();
    expect(dcganWeightLayout(SN).tensors).toEqual(dcganWeightLayout(SMALL).tensors);
    // The same seed draws the same weights with or without it.
    const plain = new Dcgan(SMALL, 1);
    expect(model.getWeights().tensors.map((t) => Array.from(t.data))).toEqual(plain.getWeights().tensors.map((t) => Array.from(t.data)));
    expect(plain.spectralNorms().size).toBe(0);
    model.dispose();
    plain.dispose();
  });

  it("estimates each kernel's largest singular value (as an [inputs, outputs] matrix) within 1% once built", () => {
    const model = new Dcgan({ ...SN, discriminatorFilters: [16, 32] }, 2);
    const estimates = model.spectralNorms();
    for (const t of model.getWeights().tensors.filter((w) => w.name.startsWith('d/') && w.name.endsWith('/kernel'))) {
      const out = t.shape[t.shape.length - 1];
      const exact = topSingularValue(t.data, t.data.length / out, out);
      const layer = t.name.slice(0, -'/kernel'.length);
      expect(estimates.get(layer)! / exact, layer).toBeGreaterThan(0.99);
      expect(estimates.get(layer)! / exact, layer).toBeLessThanOrEqual(1 + 1e-4);
    }
    model.dispose();
  });

  it('makes D blind to the scale of its kernels (without it the logits grow as the cube of the scale)', () => {
    const images = tf.tidy(() => tf.randomUniform([3, 28, 28, 1], -1, 1, 'float32', 3) as tf.Tensor4D);
    for (const [options, grows] of [
      [SN, false],
      [SMALL, true],
    ] as const) {
      const model = new Dcgan(options, 4); // biases start at 0: leaky ReLU layers are then positively homogeneous
      const before = logits(model, images);
      model.setWeights(scaledKernels(model.getWeights(), 3));
      const after = logits(model, images);
      after.forEach((value, i) => {
        if (grows) expect(value / before[i]).toBeCloseTo(27, 2);
        else expect(value).toBeCloseTo(before[i], 4);
      });
      model.dispose();
    }
    images.dispose();
  });

  it('gives each kernel a gradient orthogonal to it (σ is differentiated, so scaling W cannot change the loss), trains, and leaks nothing', () => {
    const model = new Dcgan(SN, 5);
    const images = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 6) as tf.Tensor4D);
    const kernel = model.discriminatorVariables[2]; // d/conv2/kernel
    // Many passes through D first: the power iteration converges, so σ is the kernel's and the difference below is fair.
    for (let i = 0; i < 300; i++) tf.dispose(model.discriminator(images));
    const before = tf.memory().numTensors;
    const { value, grads } = tf.variableGrads(() => tf.mean(model.discriminator(images)) as tf.Scalar, [kernel]);
    const g = Array.from(grads[kernel.name].dataSync());
    const w = Array.from(kernel.dataSync());
    const dot = g.reduce((s, x, i) => s + x * w[i], 0);
    expect(Math.abs(dot) / (Math.hypot(...g) * Math.hypot(...w))).toBeLessThan(1e-3);
    // And it is the loss's gradient: a central difference along a random direction agrees.
    const direction = new Rng(8).normalArray(w.length, 0, 0.02);
    const lossWith = (shift: number) => {
      tf.tidy(() => kernel.assign(tf.tensor(w.map((x, i) => x + shift * direction[i]), kernel.shape)));
      const out = tf.tidy(() => tf.mean(model.discriminator(images)));
      const loss = out.dataSync()[0];
      out.dispose();
      return loss;
    };
    const eps = 1e-3;
    const numeric = (lossWith(eps) - lossWith(-eps)) / (2 * eps);
    lossWith(0);
    const analytic = g.reduce((s, x, i) => s + x * direction[i], 0);
    expect(Math.abs(numeric - analytic) / Math.abs(analytic)).toBeLessThan(0.02);
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);

    const optimizers = createDcganOptimizers(model);
    const d0 = Float32Array.from(kernel.dataSync());
    const rng = new Rng(7);
    dcganStep(model, optimizers, images, rng); // Adam makes its moments at the first step
    const afterFirst = tf.memory().numTensors;
    const result = dcganStep(model, optimizers, images, rng);
    expect(tf.memory().numTensors).toBe(afterFirst);
    for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
    expect(Array.from(kernel.dataSync()).some((x, i) => x !== d0[i])).toBe(true);
    disposeDcganOptimizers(optimizers);
    model.dispose();
    images.dispose();
  });

  it('keeps σ up to date while D trains (each pass through D advances the power iteration)', () => {
    const model = new Dcgan({ ...SN, discriminatorFilters: [16, 32] }, 9);
    const optimizers = createDcganOptimizers(model, { lrD: 0.002 });
    const images = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 10) as tf.Tensor4D);
    const exact = () =>
      new Map(
        model
          .getWeights()
          .tensors.filter((w) => w.name.startsWith('d/') && w.name.endsWith('/kernel'))
          .map((t) => [t.name.slice(0, -'/kernel'.length), topSingularValue(t.data, t.data.length / t.shape[t.shape.length - 1], t.shape[t.shape.length - 1])]),
      );
    const start = exact();
    const rng = new Rng(11);
    for (let i = 0; i < 50; i++) dcganStep(model, optimizers, images, rng, { freezeG: true });
    const now = exact();
    const estimates = model.spectralNorms();
    // Power iteration estimates σ from below and lags a moving kernel a little (within 10% here, seed 9)...
    for (const [layer, sigma] of now) {
      expect(estimates.get(layer)! / sigma, layer).toBeGreaterThan(0.9);
      expect(estimates.get(layer)! / sigma, layer).toBeLessThanOrEqual(1 + 1e-4);
    }
    // ...and follows the kernel that moved most (σ up by a fifth) to within 1%.
    expect(now.get('d/conv2')! / start.get('d/conv2')!).toBeGreaterThan(1.15);
    expect(estimates.get('d/conv2')! / now.get('d/conv2')!).toBeGreaterThan(0.99);
    disposeDcganOptimizers(optimizers);
    model.dispose();
    images.dispose();
  });
});
