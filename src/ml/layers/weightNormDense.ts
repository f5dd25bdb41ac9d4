/**
 * A weight-normalised dense layer (Salimans & Kingma 2016, "Weight
 * Normalization: A Simple Reparameterization to Accelerate Training of Deep
 * Neural Networks", arXiv:1602.07868):
 *
 *   y = x · (g ⊙ v / ‖v‖) + b,   ‖v‖ per output unit (column of v),
 *
 * so each unit's scale g is learned apart from its direction v. Salimans et
 * al. 2016 (arXiv:1606.03498) train their semi-supervised MNIST
 * discriminator this way, with the paper's data-dependent initialisation:
 * g and b are set from one batch so every unit starts with mean 0 and
 * standard deviation 1 on real data ({@link initDenseFromData}).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ParamStore } from './params';

/** Initial spread of the directions v (their length is divided out; only their angle matters). */
const DIRECTION_INIT_STD = 0.05;
/** Keeps 1/σ finite for a unit that is constant on the init batch. */
const INIT_EPSILON = 1e-6;

/** Declares `${name}/v` [inputs, units], `${name}/g` [units] and `${name}/b` [units]. */
export function addWeightNormDense(store: ParamStore, name: string, inputs: number, units: number): void {
  store.add(`${name}/v`, [inputs, units], DIRECTION_INIT_STD);
  store.add(`${name}/g`, [units], 0, 1);
  store.add(`${name}/b`, [units], 0, 0);
}

// #region code-view: weight-norm-dense
/** x [b, inputs] → x · (g ⊙ v/‖v‖) + b, [b, units]. */
export function weightNormDense(store: ParamStore, name: string, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const v = store.get(`${name}/v`); // [inputs, units]
    const w = tf.mul(tf.div(v, tf.norm(v, 'euclidean', 0, true)), store.get(`${name}/g`)); // [inputs, units]
    return tf.add(tf.matMul(x, w as tf.Tensor2D), store.get(`${name}/b`)) as tf.Tensor2D;
  });
}
// #endregion

/**
 * Data-dependent initialisation (Salimans & Kingma 2016, sec. 3): with the
 * layer's pre-activations y on a batch x having per-unit mean μ and
 * deviation σ, sets g ← g/σ and b ← (b − μ)/σ, so y starts as N(0, 1) per unit.
 * Returns the new pre-activations [b, units] (caller disposes).
 */
export function initDenseFromData(store: ParamStore, name: string, x: tf.Tensor2D): tf.Tensor2D {
  tf.tidy(() => {
    const { mean, variance } = tf.moments(weightNormDense(store, name, x), 0); // [units], [units]
    const inv = tf.rsqrt(tf.add(variance, INIT_EPSILON));
    const g = store.get(`${name}/g`);
    const b = store.get(`${name}/b`);
    g.assign(tf.mul(g, inv));
    b.assign(tf.mul(tf.sub(b, mean), inv));
  });
  return weightNormDense(store, name, x);
}
