/**
 * What every gallery model built on a ParamStore (ACGAN, semi-supervised
 * GAN, AdaIN GAN) does the same way: own one store seeded from the model's
 * seed, save and load it under the model's id, free it, and turn generated
 * images into the views' pixels.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../random';
import type { WeightSet } from '../trainer';
import { ParamStore } from './params';

export abstract class ParamStoreModel {
  protected readonly store: ParamStore;

  constructor(seed: number) {
    this.store = new ParamStore(new Rng(seed));
  }

  /** Names the architecture in checkpoints, so weights of another shape are refused. */
  abstract get modelId(): string;

  getWeights(): WeightSet {
    return this.store.getWeights(this.modelId);
  }

  setWeights(weights: WeightSet): void {
    this.store.setWeights(weights, this.modelId);
  }

  dispose(): void {
    this.store.dispose();
  }

  /** Images in (−1, 1) made by `generate` (inside a tidy) → a copy of their pixels in [0, 1], as views draw them. */
  protected displayPixels(generate: () => tf.Tensor): Float32Array {
    const pixels = tf.tidy(() => tf.mul(tf.add(generate(), 1), 0.5));
    const out = Float32Array.from(pixels.dataSync() as Float32Array);
    pixels.dispose();
    return out;
  }
}
