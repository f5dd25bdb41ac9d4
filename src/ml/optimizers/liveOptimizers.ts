/**
 * SGD and Adam (Kingma & Ba 2014, arXiv:1412.6980) for networks so small that
 * tfjs's per-kernel overhead, not arithmetic, sets the speed. Adam here
 * updates all of a network's weights as one flat vector: ~30 kernels per
 * step instead of ~15 per weight tensor with tf.train.adam. Both keep their
 * state in tensors made up front (so tf.memory().numTensors is the same
 * after every step, the first included) and take a new learning rate live.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core registers no gradients on its own; training needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export type OptimizerId = 'sgd' | 'adam';
export const OPTIMIZER_IDS: readonly OptimizerId[] = ['sgd', 'adam'];

/**
 * Adam's β1 = 0.5 instead of 0.9: a shorter momentum memory keeps the two
 * players of a GAN from overshooting each other (Radford et al. 2015,
 * arXiv:1511.06434).
 */
export const ADAM_BETA1 = 0.5;
export const ADAM_BETA2 = 0.999;
/** Keeps Adam's step finite where a weight's gradient has always been 0. */
export const ADAM_EPSILON = 1e-7;

export interface LiveOptimizer {
  /** Minimises `loss` over the optimizer's variables, one step. */
  minimize(loss: () => tf.Scalar): void;
  setLearningRate(learningRate: number): void;
  dispose(): void;
}

/** Gradients of `loss` for `variables`, in their order; the caller disposes. */
function gradientsOf(loss: () => tf.Scalar, variables: readonly tf.Variable[]): tf.Tensor[] {
  const { value, grads } = tf.variableGrads(loss, variables as tf.Variable[]);
  value.dispose();
  return variables.map((v) => grads[v.name]);
}

/** Plain gradient descent: w ← w − η ∇w. */
class Sgd implements LiveOptimizer {
  private negRate: tf.Scalar;

  constructor(
    private readonly variables: readonly tf.Variable[],
    learningRate: number,
  ) {
    this.negRate = tf.scalar(-learningRate);
  }

  minimize(loss: () => tf.Scalar): void {
    tf.tidy(() => {
      const grads = gradientsOf(loss, this.variables);
      this.variables.forEach((v, i) => v.assign(tf.add(v, tf.mul(grads[i], this.negRate))));
    });
  }

  setLearningRate(learningRate: number): void {
    this.negRate.dispose();
    this.negRate = tf.scalar(-learningRate);
  }

  dispose(): void {
    this.negRate.dispose();
  }
}

/**
 * Adam on the concatenation of all the network's weights:
 * m ← β1 m + (1−β1) g,  v ← β2 v + (1−β2) g²,  w ← w − η_t m / (√v + ε),
 * with the bias corrections folded into η_t = η √(1−β2^t) / (1−β1^t).
 */
class FlatAdam implements LiveOptimizer {
  private readonly m: tf.Variable; // [P]
  private readonly v: tf.Variable; // [P]
  private readonly sizes: number[];
  private readonly constants: { beta1: tf.Scalar; oneMinusBeta1: tf.Scalar; beta2: tf.Scalar; oneMinusBeta2: tf.Scalar; eps: tf.Scalar };
  private t = 0;

  constructor(
    private readonly variables: readonly tf.Variable[],
    private learningRate: number,
  ) {
    this.sizes = variables.map((v) => v.size);
    const total = this.sizes.reduce((a, b) => a + b, 0);
    this.m = tf.tidy(() => tf.variable(tf.zeros([total]), false));
    this.v = tf.tidy(() => tf.variable(tf.zeros([total]), false));
    this.constants = {
      beta1: tf.scalar(ADAM_BETA1),
      oneMinusBeta1: tf.scalar(1 - ADAM_BETA1),
      beta2: tf.scalar(ADAM_BETA2),
      oneMinusBeta2: tf.scalar(1 - ADAM_BETA2),
      eps: tf.scalar(ADAM_EPSILON),
    };
  }

  minimize(loss: () => tf.Scalar): void {
    this.t += 1;
    const rate = (this.learningRate * Math.sqrt(1 - ADAM_BETA2 ** this.t)) / (1 - ADAM_BETA1 ** this.t);
    const c = this.constants;
    tf.tidy(() => {
      const grads = gradientsOf(loss, this.variables);
      const g = tf.concat(grads.map((x) => tf.reshape(x, [-1]))); // [P]
      const m = tf.add(tf.mul(this.m, c.beta1), tf.mul(g, c.oneMinusBeta1)); // [P]
      const v = tf.add(tf.mul(this.v, c.beta2), tf.mul(tf.square(g), c.oneMinusBeta2)); // [P]
      this.m.assign(m);
      this.v.assign(v);
      const step = tf.mul(tf.div(m, tf.add(tf.sqrt(v), c.eps)), tf.scalar(-rate)); // [P]
      const parts = tf.split(step, this.sizes);
      this.variables.forEach((w, i) => w.assign(tf.add(w, tf.reshape(parts[i], w.shape))));
    });
  }

  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
  }

  dispose(): void {
    this.m.dispose();
    this.v.dispose();
    tf.dispose(Object.values(this.constants));
  }
}

export function makeOptimizer(id: OptimizerId, variables: readonly tf.Variable[], learningRate: number): LiveOptimizer {
  return id === 'adam' ? new FlatAdam(variables, learningRate) : new Sgd(variables, learningRate);
}
