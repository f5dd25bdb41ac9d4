/**
 * The few layers the CycleGAN image networks are built from (Zhu, Park,
 * Isola, Efros 2017, arXiv:1703.10593, sec. 4 and appendix 7.2): convolution,
 * transposed convolution and instance normalisation (Ulyanov, Vedaldi,
 * Lempitsky 2016, arXiv:1607.08022), over explicit tf.Variables whose initial
 * values come from the course's seeded Rng.
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import type { NamedWeights } from './mlp';
import type { Rng } from '../random';

/** Keeps instance norm finite on a flat (constant) feature map. */
export const INSTANCE_NORM_EPSILON = 1e-5;
/**
 * Initial weights ~ N(0, 0.02²), as the paper's code (and DCGAN) initialise:
 * small enough that the first fakes are grey rather than saturated.
 */
export const INIT_STD = 0.02;

/** A set of named variables with checkpoint helpers; the networks extend it. */
export class VariableStore {
  readonly variables: tf.Variable[] = [];
  private readonly names: string[] = [];

  constructor(private readonly prefix: string) {}

  /** A new variable of N(0, std²) values (std 0 gives zeros). */
  protected add(name: string, shape: number[], rng: Rng, std = INIT_STD): tf.Variable {
    const size = shape.reduce((a, b) => a * b, 1);
    const data = std > 0 ? rng.normalArray(size, 0, std) : new Float32Array(size);
    // Unnamed: tfjs variable names are global, and a page or a test may hold several networks.
    // tidy frees the initial tensor; the variable keeps its own reference to the data.
    const v = tf.tidy(() => tf.variable(tf.tensor(data, shape), true));
    this.variables.push(v);
    this.names.push(`${this.prefix}/${name}`);
    return v;
  }

  getWeights(): NamedWeights[] {
    return this.variables.map((v, i) => ({ name: this.names[i], shape: v.shape.slice(), data: Float32Array.from(v.dataSync() as Float32Array) }));
  }

  /** Names and shapes in order, for checkpoint validation. */
  layout(): { name: string; shape: number[] }[] {
    return this.variables.map((v, i) => ({ name: this.names[i], shape: v.shape.slice() }));
  }

  /** Replaces every weight from `weights` (found by name); throws a readable message on a mismatch. */
  setWeights(weights: readonly NamedWeights[]): void {
    const byName = new Map(weights.map((w) => [w.name, w]));
    const checked = this.variables.map((v, i) => {
      const w = byName.get(this.names[i]);
      if (!w) throw new SentenceError(sentence('The checkpoint has no weights for {name}.', { name: this.names[i] }));
      if (w.shape.join(',') !== v.shape.join(',')) {
        throw new SentenceError(
          sentence("The checkpoint's {name} has shape [{got}] but this network needs [{want}].", { name: this.names[i], got: w.shape.join(', '), want: v.shape.join(', ') }),
        );
      }
      return w;
    });
    checked.forEach((w, i) => tf.tidy(() => this.variables[i].assign(tf.tensor(w.data, w.shape))));
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
    this.variables.length = 0;
  }
}

// #region code-view: instance-norm
/**
 * Instance normalisation: each image's each channel to mean 0, variance 1,
 * then a learned scale and shift. x: [n, h, w, c]; gamma, beta: [c].
 * Style lives largely in these per-image statistics, which is why style
 * translation networks normalise per instance rather than per batch.
 */
export function instanceNorm(x: tf.Tensor4D, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor4D {
  const { mean, variance } = tf.moments(x, [1, 2], true); // [n, 1, 1, c] each
  const normed = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, INSTANCE_NORM_EPSILON)));
  return tf.add(tf.mul(normed, gamma), beta) as tf.Tensor4D;
}
// #endregion
