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
import { createDcganOptimizers, disposeDcganOptimizers } from '../../src/ml/optimizers/ganOptimizers';
import { dcganStep } from '../../src/ml/steps/dcganStep';
import { Acgan } from '../../src/ml/models/acgan';
import { AdainGan } from '../../src/ml/models/adainGan';
import { Sgan } from '../../src/ml/models/sgan';
import { acganStep } from '../../src/ml/steps/acganStep';
import { adainStep } from '../../src/ml/trainers/adain';
import { sganStep } from '../../src/ml/steps/sganStep';
import { LiveAdam } from '../../src/ml/optimizers/liveOptimizers';
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
  {
    name: 'ACGAN (gallery lesson): class-conditional G, D with auxiliary classifier',
    make() {
      const model = new Acgan({}, 3);
      const opt = { generator: new LiveAdam(model.generatorVariables, 0.002, 0.5), discriminator: new LiveAdam(model.discriminatorVariables, 0.001, 0.5) };
      const real = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 3) as tf.Tensor4D);
      const labels = tf.tensor1d([0, 1, 2, 3], 'int32');
      const rng = new Rng(3);
      return {
        step: () => void acganStep(model, opt, real, labels, rng),
        dispose: () => {
          tf.dispose([real, labels]);
          opt.generator.dispose();
          opt.discriminator.dispose();
          model.dispose();
        },
      };
    },
  },
  {
    name: 'Semi-supervised GAN (gallery lesson): K-logit D, feature matching, labels-only baseline',
    make() {
      const model = new Sgan({}, 4);
      const opt = {
        generator: new LiveAdam(model.variables('g'), 0.001, 0.5),
        discriminator: new LiveAdam(model.variables('d'), 0.001, 0.5),
        baseline: new LiveAdam(model.variables('baseline'), 0.001, 0.5),
      };
      const batch = {
        labelled: tf.tidy(() => tf.randomUniform([2, 28, 28, 1], -1, 1, 'float32', 4) as tf.Tensor4D),
        labels: tf.tensor1d([1, 2], 'int32'),
        unlabelled: tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 5) as tf.Tensor4D),
      };
      const rng = new Rng(4);
      return {
        step: () => void sganStep(model, opt, batch, rng),
        dispose: () => {
          tf.dispose([batch.labelled, batch.labels, batch.unlabelled]);
          for (const o of Object.values(opt)) o.dispose();
          model.dispose();
        },
      };
    },
  },
  {
    name: 'AdaIN style generator (gallery lesson): mapping net, AdaIN at 7x7 and 14x14',
    make() {
      const model = new AdainGan({}, 5);
      const opt = { generator: new LiveAdam(model.generatorVariables, 0.002, 0.5), discriminator: new LiveAdam(model.discriminatorVariables, 0.001, 0.5) };
      const real = tf.tidy(() => tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 5) as tf.Tensor4D);
      const rng = new Rng(5);
      return {
        step: () => void adainStep(model, opt, real, rng),
        dispose: () => {
          real.dispose();
          opt.generator.dispose();
          opt.discriminator.dispose();
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
