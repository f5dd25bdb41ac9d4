/**
 * A small fully connected network with explicit tf.Variables, the generator
 * and discriminator of the toy GANs (after Goodfellow et al. 2014,
 * "Generative Adversarial Nets", arXiv:1406.2661, whose fig. 1 uses MLPs on
 * 1-D data). Weights are drawn from the course's seeded Rng, so a seed
 * reproduces the initial network on every backend.
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../random';

export type Activation = 'relu' | 'leakyRelu' | 'tanh';

/**
 * Slope of leaky ReLU for negative inputs. 0.2 as in DCGAN (Radford et al.
 * 2015, arXiv:1511.06434): keeps gradients flowing through units a
 * confident discriminator has switched off.
 */
export const LEAKY_RELU_ALPHA = 0.2;

export interface MlpConfig {
  /** Layer widths from input to output, e.g. [1, 16, 16, 1]. */
  sizes: readonly number[];
  /** Nonlinearity after every hidden layer; the output layer is linear. */
  activation: Activation;
  /** Prefix of the weight names in checkpoints, e.g. 'generator'. */
  name: string;
  /**
   * Inputs are multiplied by this before the first layer (default 1), so data
   * spanning ±8 reaches the weights as ±2: the loss curvature in the first
   * layer, and with it the largest stable SGD rate, stays like unit data's.
   */
  inputScale?: number;
}

export interface NamedWeights {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** Uniform init scaled to the layer's fan-in and fan-out (Glorot & Bengio 2010; He et al. 2015 for ReLU). */
function initLimit(fanIn: number, fanOut: number, activation: Activation): number {
  return activation === 'tanh' ? Math.sqrt(6 / (fanIn + fanOut)) : Math.sqrt(6 / fanIn);
}

export class Mlp {
  /** kernel0, bias0, kernel1, bias1, ... in layer order. */
  readonly variables: tf.Variable[] = [];
  private readonly names: string[] = [];

  constructor(
    readonly config: MlpConfig,
    rng: Rng,
  ) {
    const { sizes, activation, name } = config;
    for (let layer = 0; layer + 1 < sizes.length; layer++) {
      const fanIn = sizes[layer];
      const fanOut = sizes[layer + 1];
      // The last layer is linear: a gentler init keeps initial outputs near 0.
      const limit = layer + 2 === sizes.length ? Math.sqrt(6 / (fanIn + fanOut)) : initLimit(fanIn, fanOut, activation);
      const kernel = new Float32Array(fanIn * fanOut);
      for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rng.next() - 1) * limit;
      // Unnamed variables: tfjs names must be unique per engine, and two
      // trainers (tests, two cells) may hold networks of the same shape.
      // tidy frees the initial tensors; variables outlive it.
      this.variables.push(tf.tidy(() => tf.variable(tf.tensor2d(kernel, [fanIn, fanOut]), true))); // [fanIn, fanOut]
      this.variables.push(tf.tidy(() => tf.variable(tf.zeros([fanOut]), true))); // [fanOut]
      this.names.push(`${name}/dense${layer}/kernel`, `${name}/dense${layer}/bias`);
    }
  }

  get inputSize(): number {
    return this.config.sizes[0];
  }

  get outputSize(): number {
    return this.config.sizes[this.config.sizes.length - 1];
  }

  // #region code-view: mlp-forward
  /** x: [batch, sizes[0]] -> [batch, sizes[last]]. Caller disposes (or tidies). */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    const scale = this.config.inputScale ?? 1;
    let h: tf.Tensor2D = scale === 1 ? x : tf.mul(x, scale);
    const layers = this.variables.length / 2;
    for (let layer = 0; layer < layers; layer++) {
      const kernel = this.variables[2 * layer] as tf.Variable<tf.Rank.R2>;
      const bias = this.variables[2 * layer + 1];
      // Plain matMul + add, not tf.fused.matMul: under gradients tfjs cannot
      // fuse anyway, and the fused op's reshapes cost ~30% more kernels per
      // step (measured with tf.profile); kernel count is what sets our speed.
      const z = tf.add(tf.matMul(h, kernel), bias) as tf.Tensor2D; // [batch, fanOut]
      h = layer + 1 < layers ? this.activate(z) : z;
    }
    return h;
  }
  // #endregion

  private activate(z: tf.Tensor2D): tf.Tensor2D {
    switch (this.config.activation) {
      case 'relu':
        return tf.relu(z);
      case 'leakyRelu':
        return tf.leakyRelu(z, LEAKY_RELU_ALPHA) as tf.Tensor2D;
      case 'tanh':
        return tf.tanh(z);
    }
  }

  getWeights(): NamedWeights[] {
    return this.variables.map((v, i) => ({
      name: this.names[i],
      shape: v.shape.slice(),
      data: Float32Array.from(v.dataSync() as Float32Array),
    }));
  }

  /** Replaces every weight; throws a readable message when names or shapes differ. */
  setWeights(weights: readonly NamedWeights[]): void {
    const byName = new Map(weights.map((w) => [w.name, w]));
    const checked = this.variables.map((v, i) => {
      const w = byName.get(this.names[i]);
      if (!w) throw new SentenceError(sentence('The checkpoint has no weights for {name}.', { name: this.names[i] }));
      if (w.shape.length !== v.shape.length || w.shape.some((d, k) => d !== v.shape[k])) {
        throw new SentenceError(
          sentence("The checkpoint's {name} has shape [{got}] but this network needs [{want}].", { name: this.names[i], got: w.shape.join(', '), want: v.shape.join(', ') }),
        );
      }
      return w;
    });
    checked.forEach((w, i) => {
      tf.tidy(() => this.variables[i].assign(tf.tensor(w.data, w.shape)));
    });
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
    this.variables.length = 0;
  }
}
