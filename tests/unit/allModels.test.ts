/**
 * Every trainable model of the course, one training step each on the wasm
 * backend (with the course's kernels), and no tensor left behind. When you
 * add a model, append it to MODELS: this catches a kernel wasm lacks (the
 * first step of a conv net throws "Kernel '…' not registered for backend
 * 'wasm'") and a leak, before a reader's browser does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { Dcgan } from '../../src/ml/models/dcgan';
import { Rng } from '../../src/ml/random';
import { createDcganOptimizers, dcganStep, disposeDcganOptimizers } from '../../src/ml/train/dcganStep';
import { useBackend } from './helpers/backend';

/** A model ready to train: `step` runs one training step, `dispose` frees everything. */
interface ModelUnderTest {
  step(): void;
  dispose(): void;
}

interface ModelEntry {
  name: string;
  make(): ModelUnderTest;
}

export const MODELS: ModelEntry[] = [
  {
    // The reference DCGAN at a small batch: every layer kind, full widths.
    name: 'DCGAN (reference architecture, tanh, batch norm)',
    make() {
      const model = new Dcgan({}, 1);
      const optimizers = createDcganOptimizers(model);
      const real = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 1) as tf.Tensor4D);
      const rng = new Rng(1);
      return {
        step: () => void dcganStep(model, optimizers, real, rng),
        dispose: () => {
          real.dispose();
          disposeDcganOptimizers(optimizers);
          model.dispose();
        },
      };
    },
  },
  {
    name: 'DCGAN (no batch norm, sigmoid output, 2 D steps, label smoothing)',
    make() {
      const model = new Dcgan({ generatorBatchNorm: false, outputActivation: 'sigmoid' }, 2);
      const optimizers = createDcganOptimizers(model);
      const real = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 2) as tf.Tensor4D);
      const rng = new Rng(2);
      return {
        step: () => void dcganStep(model, optimizers, real, rng, { dStepsPerG: 2, labelSmoothing: true }),
        dispose: () => {
          real.dispose();
          disposeDcganOptimizers(optimizers);
          model.dispose();
        },
      };
    },
  },
];

beforeAll(async () => {
  await useBackend('wasm');
});

describe('every model trains one step on wasm without leaking tensors', () => {
  for (const entry of MODELS) {
    it(entry.name, () => {
      const start = tf.memory().numTensors;
      const m = entry.make();
      const ready = tf.memory().numTensors;
      m.step();
      expect(tf.memory().numTensors).toBe(ready);
      m.dispose();
      expect(tf.memory().numTensors).toBe(start);
    });
  }
});
