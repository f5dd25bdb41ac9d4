/**
 * The DCGAN model (src/ml/models/dcgan.ts) and its training step
 * (src/ml/steps/dcganStep.ts) on the wasm backend with the course kernels.
 * Small batches keep each test to a few seconds on 2 cores.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Dcgan, dcganOptionsFromModelId, dcganWeightLayout, type DcganOptions, toModelPixels } from '../../src/ml/models/dcgan';
import { Rng } from '../../src/ml/random';
import { createDcganOptimizers, disposeDcganOptimizers, type GanOptimizers, updateDcganOptimizers } from '../../src/ml/optimizers/ganOptimizers';
import { LiveAdam } from '../../src/ml/optimizers/liveOptimizers';
import { dcganStep, type DcganStepOptions } from '../../src/ml/steps/dcganStep';
import { useBackend } from './helpers/backend';

const BATCH = 4;
/** Narrow filters: same code paths as the reference model, a fraction of the cost. */
const SMALL = { latentSize: 8, generatorFilters: [8, 4], discriminatorFilters: [4, 8] } as const;

beforeAll(async () => {
  await useBackend('wasm');
});

let owned: { model: Dcgan; optimizers: GanOptimizers; real: tf.Tensor4D }[] = [];
afterEach(() => {
  for (const o of owned) {
    o.real.dispose();
    disposeDcganOptimizers(o.optimizers);
    o.model.dispose();
  }
  owned = [];
});

/** A model, its optimizers and a fixed batch of "real" images in its pixel range. */
function setup(options: ConstructorParameters<typeof Dcgan>[0] = SMALL, seed = 1) {
  const model = new Dcgan(options, seed);
  const optimizers = createDcganOptimizers(model);
  const [lo, hi] = model.pixelRange;
  const real = tf.tidy(() => tf.randomUniform([BATCH, 28, 28, 1], lo, hi, 'float32', seed) as tf.Tensor4D);
  const o = { model, optimizers, real };
  owned.push(o);
  return o;
}

function flatWeights(variables: tf.Variable[]): Float32Array[] {
  return variables.map((v) => Float32Array.from(v.dataSync() as Float32Array));
}

function changed(before: Float32Array[], after: Float32Array[]): boolean {
  return before.some((w, i) => w.some((x, j) => x !== after[i][j]));
}

describe('Dcgan model', () => {
  it('maps z to 28×28×1 images in the output range and images to one logit each', () => {
    for (const outputActivation of ['tanh', 'sigmoid'] as const) {
      const { model } = setup({ ...SMALL, outputActivation });
      const [lo, hi] = model.pixelRange;
      const images = tf.tidy(() => model.generator(tf.randomNormal([3, SMALL.latentSize], 0, 1, 'float32', 5) as tf.Tensor2D));
      expect(images.shape).toEqual([3, 28, 28, 1]);
      const values = images.dataSync();
      expect(Math.min(...values)).toBeGreaterThanOrEqual(lo);
      expect(Math.max(...values)).toBeLessThanOrEqual(hi);
      const logits = model.discriminator(images);
      expect(logits.shape).toEqual([3, 1]);
      tf.dispose([images, logits]);
    }
  });

  it('builds the reference architecture: parameter counts of G and D', () => {
    const { model } = setup({});
    const count = (vs: tf.Variable[]) => vs.reduce((s, v) => s + v.size, 0);
    // G: 100·3136 + BN(64·2) + 5·5·32·64 + BN(32·2) + 5·5·1·32 + 1
    expect(count(model.generatorVariables)).toBe(100 * 3136 + 128 + 51200 + 64 + 800 + 1);
    // D: 5·5·1·32 + 32 + 5·5·32·64 + 64 + 3136 + 1
    expect(count(model.discriminatorVariables)).toBe(800 + 32 + 51200 + 64 + 3136 + 1);
    expect(model.modelId).toBe('dcgan28-z100-g64.32-d32.64-bn-tanh');
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const a = setup(SMALL, 7).model.getWeights();
    const b = setup(SMALL, 7).model.getWeights();
    const c = setup(SMALL, 8).model.getWeights();
    expect(a.tensors.map((t) => Array.from(t.data))).toEqual(b.tensors.map((t) => Array.from(t.data)));
    expect(changed(a.tensors.map((t) => t.data), c.tensors.map((t) => t.data))).toBe(true);
  });

  it('round-trips weights and refuses a checkpoint of another architecture', () => {
    const source = setup(SMALL, 3).model;
    const target = setup(SMALL, 4).model;
    target.setWeights(source.getWeights());
    expect(target.getWeights().tensors.map((t) => Array.from(t.data))).toEqual(source.getWeights().tensors.map((t) => Array.from(t.data)));
    const other = setup({ ...SMALL, generatorBatchNorm: false }).model;
    expect(() => other.setWeights(source.getWeights())).toThrow(/belongs to model/);
    const wrongShape = source.getWeights();
    wrongShape.tensors[0] = { ...wrongShape.tensors[0], shape: [1, 1], data: new Float32Array(1) };
    expect(() => target.setWeights(wrongShape)).toThrow(/has shape \[1, 1\]/);
  });

  it('dcganOptionsFromModelId inverts modelId for several option sets', () => {
    const sets: DcganOptions[] = [
      { latentSize: 64, generatorBatchNorm: true, outputActivation: 'tanh', generatorFilters: [32, 16], discriminatorFilters: [16, 32] },
      { latentSize: 64, generatorBatchNorm: true, outputActivation: 'tanh', generatorFilters: [64, 32], discriminatorFilters: [32, 64] },
      { latentSize: 100, generatorBatchNorm: false, outputActivation: 'sigmoid', generatorFilters: [128, 7], discriminatorFilters: [1, 256] },
      { latentSize: 8, generatorBatchNorm: true, outputActivation: 'sigmoid', generatorFilters: [8, 4], discriminatorFilters: [4, 8] },
      { latentSize: 64, generatorBatchNorm: true, outputActivation: 'tanh', generatorFilters: [64, 32], generatorRefineFilters: 64, discriminatorFilters: [32, 64] },
    ];
    for (const options of sets) {
      const id = new Dcgan(options).modelId;
      expect(dcganOptionsFromModelId(id), id).toEqual(options);
    }
    expect(dcganOptionsFromModelId('dcgan28-z64-g64.32-d32.64-bn-tanh')).toEqual({ ...sets[1] });
  });

  it('dcganOptionsFromModelId gives null for ids that name no DCGAN exactly', () => {
    for (const id of [
      '',
      'dcgan28-z64-g64.32-d32.64-bn-tanh-least-squares', // an LSGAN's id
      'lsgan-pair(dcgan28-z64-g64.32-d32.64-bn-tanh)',
      'dcgan28-z64-g64.32-d32.64-bn-relu',
      'dcgan28-z64-g64.32-d32.64-batchnorm-tanh',
      'dcgan28-z0-g64.32-d32.64-bn-tanh',
      'dcgan28-z64-g064.32-d32.64-bn-tanh',
      'dcgan28-z64-g64-d32.64-bn-tanh',
      'dcgan28-z64-g64.32.16-d32.64-bn-tanh',
      'dcgan28-z64-g64.-32-d32.64-bn-tanh',
      'dcgan28-z64-g6e1.32-d32.64-bn-tanh',
      'dcgan32-z64-g64.32-d32.64-bn-tanh',
      ' dcgan28-z64-g64.32-d32.64-bn-tanh',
      'dcgan28-z99999999999999999999-g64.32-d32.64-bn-tanh',
      'dcgan28-z64-g64.32-r0-d32.64-bn-tanh',
      'dcgan28-z64-g64.32-r-d32.64-bn-tanh',
      'dcgan28-z64-r64-g64.32-d32.64-bn-tanh',
      'dcgan28-z64-g64.32-r64-r64-d32.64-bn-tanh',
    ]) {
      expect(dcganOptionsFromModelId(id), id).toBeNull();
    }
  });

  it('dcganWeightLayout lists the names and shapes a built model has, without building one', () => {
    const options = dcganOptionsFromModelId('dcgan28-z8-g8.4-d4.8-nobn-tanh')!;
    const built = setup(options).model.getWeights();
    expect(dcganWeightLayout(options)).toEqual({ modelId: built.modelId, tensors: built.tensors.map(({ name, shape }) => ({ name, shape })) });
    expect(dcganWeightLayout(options).tensors.find((t) => t.name === 'd/conv2/kernel')!.shape).toEqual([5, 5, 4, 8]);
  });

  it("a refining layer adds a stride-1 7×7 layer (its kernel, its norm's γ and β, its statistics) and trains like the rest", () => {
    for (const generatorBatchNorm of [true, false]) {
      const options = { ...SMALL, generatorBatchNorm, generatorRefineFilters: 6 };
      const { model, optimizers, real } = setup(options, 3);
      expect(model.modelId).toBe(`dcgan28-z8-g8.4-r6-d4.8-${generatorBatchNorm ? 'bn' : 'nobn'}-tanh`);
      const shapes = new Map(model.getWeights().tensors.map((t) => [t.name, t.shape]));
      expect(shapes.get('g/refine/kernel')).toEqual([5, 5, 6, 8]);
      expect(shapes.get('g/deconv1/kernel')).toEqual([5, 5, 4, 6]);
      expect(shapes.has('g/bnr/gamma')).toBe(generatorBatchNorm);
      expect(shapes.has('g/refine/bias')).toBe(!generatorBatchNorm);
      expect(dcganWeightLayout(model.options)).toEqual({ modelId: model.modelId, tensors: model.getWeights().tensors.map(({ name, shape }) => ({ name, shape })) });

      const z = new Rng(4).normalArray(5 * SMALL.latentSize);
      const stats = model.normStatistics(z);
      expect(stats.map((s) => s.mean.length)).toEqual(generatorBatchNorm ? [8, 6, 4] : []);
      // With the batch's own statistics fixed, generating the same batch gives the same images.
      const own = model.generate(z);
      const fixed = model.generate(z, generatorBatchNorm ? stats : undefined);
      own.forEach((p, i) => expect(fixed[i]).toBeCloseTo(p, 4));
      // Statistics of the two-layer generator do not fit: refused, not applied to the wrong layers.
      if (generatorBatchNorm) expect(() => model.generate(z, stats.slice(0, 2))).toThrow(/3 batch-norm layers, but 2/);

      const refine = () => flatWeights(model.generatorVariables.slice(generatorBatchNorm ? 3 : 2, generatorBatchNorm ? 4 : 3));
      const before = refine();
      dcganStep(model, optimizers, real, new Rng(2));
      expect(changed(before, refine())).toBe(true);
    }
  });

  it('generate() returns display pixels in [0, 1] for either output activation', () => {
    for (const outputActivation of ['tanh', 'sigmoid'] as const) {
      const { model } = setup({ ...SMALL, outputActivation });
      const before = tf.memory().numTensors;
      const pixels = model.generate(model.sampleLatent(8, new Rng(1)));
      expect(tf.memory().numTensors).toBe(before);
      expect(pixels.length).toBe(8 * 28 * 28);
      expect(Math.min(...pixels)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
    }
  });

  it('toModelPixels maps [0, 1] to (−1, 1) for tanh and keeps it for sigmoid', () => {
    const x = tf.tensor4d([0, 0.5, 1, 0.25], [1, 2, 2, 1]);
    const tanh = toModelPixels(x, 'tanh');
    const sigmoid = toModelPixels(x, 'sigmoid');
    expect(Array.from(tanh.dataSync())).toEqual([-1, 0, 1, -0.5]);
    expect(Array.from(sigmoid.dataSync())).toEqual([0, 0.5, 1, 0.25]);
    tf.dispose([x, tanh, sigmoid]);
  });
});

describe('LiveAdam', () => {
  /** Three Adam steps on L(w) = Σ (w − t)² with a β1 change between them, on `backend`. */
  async function adamRun(backend: 'wasm' | 'cpu'): Promise<number[]> {
    await useBackend(backend);
    const w = tf.variable(tf.tensor1d([0.5, -1, 2, 0]));
    const target = tf.tensor1d([1, 1, -1, 0.25]);
    const adam = new LiveAdam([w], 0.1, 0.5);
    for (let i = 0; i < 3; i++) {
      if (i === 2) adam.beta1 = 0.9;
      tf.dispose(adam.minimize(() => tf.sum(tf.square(tf.sub(w, target)))));
    }
    const values = Array.from(w.dataSync());
    tf.dispose([w, target]);
    adam.dispose();
    await useBackend('wasm');
    return values;
  }

  it('gives the same weights with the fused wasm kernel as with tfjs ops on cpu', async () => {
    const wasm = await adamRun('wasm');
    const cpu = await adamRun('cpu');
    wasm.forEach((v, i) => expect(v).toBeCloseTo(cpu[i], 5));
    // First step moves every weight by η toward its target (Adam's first step is ±η).
    expect(wasm[0]).toBeGreaterThan(0.5);
  });

  it('matches a hand-computed first step: w − η·sign(g)', async () => {
    const w = tf.variable(tf.tensor1d([0.5, -1]));
    const adam = new LiveAdam([w], 0.1, 0.5);
    tf.dispose(adam.minimize(() => tf.sum(tf.square(tf.sub(w, tf.tensor1d([1, -2]))))));
    const [a, b] = Array.from(w.dataSync());
    expect(a).toBeCloseTo(0.6, 5); // g = −1 → +η
    expect(b).toBeCloseTo(-1.1, 5); // g = +2 → −η
    w.dispose();
    adam.dispose();
  });
});

describe('dcganStep', () => {
  it('returns finite losses and D outputs in (0, 1), and leaves no tensors behind', () => {
    const { model, optimizers, real } = setup();
    const rng = new Rng(2);
    const before = tf.memory().numTensors;
    const result = dcganStep(model, optimizers, real, rng);
    expect(tf.memory().numTensors).toBe(before);
    for (const v of Object.values(result)) expect(Number.isFinite(v)).toBe(true);
    expect(result.dReal).toBeGreaterThan(0);
    expect(result.dReal).toBeLessThan(1);
    expect(result.dFake).toBeGreaterThan(0);
    expect(result.dFake).toBeLessThan(1);
    // At init D outputs ≈ 0.5 on everything: L_D ≈ 2 log 2, L_G ≈ log 2.
    expect(result.dLoss).toBeCloseTo(2 * Math.log(2), 1);
    expect(result.gLoss).toBeCloseTo(Math.log(2), 1);
    dcganStep(model, optimizers, [real, real], rng, { dStepsPerG: 2, labelSmoothing: true });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('changes only the unfrozen network', () => {
    const cases: [Partial<DcganStepOptions>, boolean, boolean][] = [
      [{ freezeG: true }, false, true],
      [{ freezeD: true }, true, false],
      [{}, true, true],
    ];
    for (const [options, gChanges, dChanges] of cases) {
      const { model, optimizers, real } = setup();
      const g0 = flatWeights(model.generatorVariables);
      const d0 = flatWeights(model.discriminatorVariables);
      const rng = new Rng(3);
      for (let i = 0; i < 2; i++) dcganStep(model, optimizers, real, rng, options);
      expect(changed(g0, flatWeights(model.generatorVariables)), `G with ${JSON.stringify(options)}`).toBe(gChanges);
      expect(changed(d0, flatWeights(model.discriminatorVariables)), `D with ${JSON.stringify(options)}`).toBe(dChanges);
    }
  });

  it('is reproducible: same seeds, same losses', () => {
    const run = () => {
      const { model, optimizers, real } = setup(SMALL, 5);
      const rng = new Rng(9);
      return [0, 1, 2].map(() => dcganStep(model, optimizers, real, rng));
    };
    expect(run()).toEqual(run());
  });

  it('learns: D separates a fixed real batch from fakes within 20 steps (G frozen)', () => {
    const { model, optimizers, real } = setup();
    updateDcganOptimizers(optimizers, { lrD: 0.01 });
    const rng = new Rng(4);
    const first = dcganStep(model, optimizers, real, rng, { freezeG: true });
    let last = first;
    for (let i = 0; i < 20; i++) last = dcganStep(model, optimizers, real, rng, { freezeG: true });
    expect(last.dLoss).toBeLessThan(first.dLoss - 0.3);
    expect(last.dReal).toBeGreaterThan(last.dFake + 0.2);
  });

  it('trains on the cpu backend too (the op fallbacks of the course-only kernels)', async () => {
    await useBackend('cpu');
    try {
      const { model, optimizers, real } = setup();
      const g0 = flatWeights(model.generatorVariables);
      const before = tf.memory().numTensors;
      const result = dcganStep(model, optimizers, real, new Rng(8));
      expect(tf.memory().numTensors).toBe(before);
      expect(result.dLoss).toBeCloseTo(2 * Math.log(2), 1);
      expect(changed(g0, flatWeights(model.generatorVariables))).toBe(true);
    } finally {
      await useBackend('wasm');
    }
  });

  it('a zero learning rate set live freezes both networks', () => {
    const { model, optimizers, real } = setup();
    updateDcganOptimizers(optimizers, { lrG: 0, lrD: 0, beta1: 0.9 });
    const before = model.getWeights().tensors.map((t) => t.data);
    dcganStep(model, optimizers, real, new Rng(6));
    expect(changed(before, model.getWeights().tensors.map((t) => t.data))).toBe(false);
  });
});
