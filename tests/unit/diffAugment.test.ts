/**
 * src/ml/steps/diffAugment.ts: each image is shifted by its own whole number
 * of pixels with background filling in, loses one 14×14 square to
 * background, passes gradients back to the generator's pixels, and leaks
 * nothing; a trainer configured with it (the pretraining script's) trains
 * differently from one without, and leaks nothing either.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../../src/ml/gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffAugment } from '../../src/ml/steps/diffAugment';
import { Rng } from '../../src/ml/random';
import { useBackend } from './helpers/backend';
import { dcganCell } from '../../src/cells/dcgan';
import { defaultsFor } from '../../src/cells/define';
import { loadDigits } from '../../src/ml/data/digits';
import { DigitClassifier } from '../../src/ml/models/digitClassifier';
import { DCGAN_CONFIG, createDcganTrainer } from '../../src/ml/trainers/dcgan';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';

beforeAll(() => useBackend('wasm'));

describe('diffAugment', () => {
  it('moves a single ink pixel by at most 3 pixels each way, or cuts it out; everything else stays background', () => {
    const b = 40;
    const x = new Float32Array(b * 28 * 28).fill(-1);
    for (let n = 0; n < b; n++) x[n * 784 + 14 * 28 + 14] = 1; // one ink pixel in the middle of each image
    const out = tf.tidy(() => diffAugment(tf.tensor4d(x, [b, 28, 28, 1]), new Rng(5), -1).dataSync());
    let moved = 0;
    let cut = 0;
    for (let n = 0; n < b; n++) {
      const ink = [];
      for (let i = 0; i < 784; i++) {
        const v = out[n * 784 + i];
        expect(Math.abs(v - -1) < 1e-6 || Math.abs(v - 1) < 1e-6).toBe(true);
        if (v > 0) ink.push(i);
      }
      expect(ink.length).toBeLessThanOrEqual(1);
      if (ink.length === 0) {
        cut++;
        continue;
      }
      const [y, xPos] = [Math.floor(ink[0] / 28), ink[0] % 28];
      expect(Math.abs(y - 14)).toBeLessThanOrEqual(3);
      expect(Math.abs(xPos - 14)).toBeLessThanOrEqual(3);
      if (y !== 14 || xPos !== 14) moved++;
    }
    expect(moved).toBeGreaterThan(0); // 48 of 49 shifts move it, when it is not cut out
    expect(cut).toBeGreaterThan(0); // a 14×14 square covers the middle for most placements
  });

  it('passes gradients through: d(sum of the output)/d(input) is 1 where a pixel lands and is kept, 0 elsewhere', () => {
    const input = tf.randomUniform([4, 28, 28, 1], -1, 1, 'float32', 3) as tf.Tensor4D;
    const grad = tf.grad((x: tf.Tensor) => tf.sum(diffAugment(x as tf.Tensor4D, new Rng(9), -1)))(input);
    const g = grad.dataSync();
    const kept = g.filter((v) => Math.abs(v - 1) < 1e-6).length;
    expect(g.every((v) => Math.abs(v) < 1e-6 || Math.abs(v - 1) < 1e-6)).toBe(true);
    // Per image: 784 pixels minus the cut-out square (196) minus at most the rows and columns shifted out.
    expect(kept).toBeGreaterThan(4 * (784 - 196 - 2 * 3 * 28));
    expect(kept).toBeLessThanOrEqual(4 * (784 - 196 + 196)); // a square partly shifted out keeps some pixels
    tf.dispose([input, grad]);
  });

  it('leaks no tensors', () => {
    const x = tf.zeros([8, 28, 28, 1]) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    diffAugment(x, new Rng(1), -1).dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });
});

describe('an image GAN trainer with augment (scripts/train-dcgan.ts --augment)', () => {
  it('trains other weights than without it, and a step leaves tf.memory().numTensors unchanged', async () => {
    const digits = await loadDigits(nodeTrainerContext);
    const tiny = { ...DCGAN_CONFIG, generatorFilters: [8, 4] as const, discriminatorFilters: [4, 8] as const, evalEvery: 2, evalSamples: 16 };
    const hp = { ...defaultsFor(dcganCell), batchSize: 8, latentSize: 8 };
    const plain = await createDcganTrainer(hp, 4, digits, new DigitClassifier(new Rng(4)), tiny);
    const augmented = await createDcganTrainer(hp, 4, digits, new DigitClassifier(new Rng(4)), { ...tiny, augment: true });
    await plain.train(2);
    await augmented.train(2);
    const before = tf.memory().numTensors;
    await augmented.train(2);
    expect(tf.memory().numTensors).toBe(before);
    await plain.train(2); // both four steps from one seed: only the augmentation differs
    const a = plain.getWeights().tensors.find((t) => t.name === 'd/conv1/kernel')!.data;
    const b = augmented.getWeights().tensors.find((t) => t.name === 'd/conv1/kernel')!.data;
    expect(a.some((v, i) => v !== b[i])).toBe(true);
    plain.dispose();
    augmented.dispose();
  });
});
