/**
 * Every optimiser the course trains with (Kingma & Ba 2014, arXiv:1412.6980
 * for Adam). All keep their state in tensors made up front, so
 * tf.memory().numTensors is the same after every step, the first included,
 * and all take a new learning rate live:
 * - Sgd and FlatAdam for the toy MLPs, where tfjs's per-kernel overhead, not
 *   arithmetic, sets the speed: FlatAdam updates all of a network's weights as
 *   one flat vector (~30 kernels per step instead of ~15 per weight tensor);
 * - LiveAdam for the image models, one fused update per weight tensor;
 * - LiveRateAdam, tfjs's own Adam with a settable rate, for the autoencoder.
 * The toys' ε (1e-7, tf.train.adam's) and the image models' (1e-8, Kingma &
 * Ba's) differ; each stays as it was so seeded runs reproduce.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import { ADAM_UPDATE_KERNEL, type AdamUpdateAttrs } from '../kernels/adamUpdate';

export type OptimizerId = 'sgd' | 'adam';
export const OPTIMIZER_IDS: readonly OptimizerId[] = ['sgd', 'adam'];

/**
 * The toys' Adam β1 = 0.5 instead of 0.9: a shorter momentum memory keeps
 * the two players of a GAN from overshooting each other (Radford et al.
 * 2015, arXiv:1511.06434).
 */
const FLAT_ADAM_BETA1 = 0.5;
export const ADAM_BETA2 = 0.999;
/** ε keeps Adam's step finite where a weight's gradient has always been 0. */
export const FLAT_ADAM_EPSILON = 1e-7;
export const ADAM_EPSILON = 1e-8;

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
    private readonly epsilon: number,
  ) {
    this.sizes = variables.map((v) => v.size);
    const total = this.sizes.reduce((a, b) => a + b, 0);
    this.m = tf.tidy(() => tf.variable(tf.zeros([total]), false));
    this.v = tf.tidy(() => tf.variable(tf.zeros([total]), false));
    this.constants = {
      beta1: tf.scalar(FLAT_ADAM_BETA1),
      oneMinusBeta1: tf.scalar(1 - FLAT_ADAM_BETA1),
      beta2: tf.scalar(ADAM_BETA2),
      oneMinusBeta2: tf.scalar(1 - ADAM_BETA2),
      eps: tf.scalar(this.epsilon),
    };
  }

  minimize(loss: () => tf.Scalar): void {
    this.t += 1;
    const rate = (this.learningRate * Math.sqrt(1 - ADAM_BETA2 ** this.t)) / (1 - FLAT_ADAM_BETA1 ** this.t);
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
  return id === 'adam' ? new FlatAdam(variables, learningRate, FLAT_ADAM_EPSILON) : new Sgd(variables, learningRate);
}

/**
 * Adam (Kingma & Ba 2014, arXiv:1412.6980) over a fixed list of variables,
 * with learning rate and β1 settable live. Unlike tf.train.adam it makes its
 * moment tensors up front, so tf.memory().numTensors is the same after every
 * step, the first included.
 *
 *   m ← β1 m + (1−β1) g,  v ← β2 v + (1−β2) g²,  w ← w − η m̂ / (√v̂ + ε)
 *   m̂ = m / (1 − Π β1),  v̂ = v / (1 − Π β2)
 *
 * The products Π β run over the β used at each step, so changing β1 live
 * keeps the bias correction consistent with the moments' actual history.
 */
export class LiveAdam {
  private readonly m: tf.Variable[];
  private readonly v: tf.Variable[];
  private accBeta1 = 1;
  private accBeta2 = 1;

  constructor(
    private readonly variables: readonly tf.Variable[],
    public learningRate: number,
    public beta1: number,
    public readonly beta2 = ADAM_BETA2,
    private readonly epsilon = ADAM_EPSILON,
  ) {
    // tidy frees the zeros tensors; the variables keep their data.
    this.m = variables.map((w) => tf.tidy(() => tf.variable(tf.zerosLike(w), false))); // like w
    this.v = variables.map((w) => tf.tidy(() => tf.variable(tf.zerosLike(w), false))); // like w
  }

  /** One step down the gradient of `loss`; returns the loss (caller disposes). */
  minimize(loss: () => tf.Scalar): tf.Scalar {
    const { value, grads } = tf.variableGrads(loss, this.variables as tf.Variable[]);
    this.accBeta1 *= this.beta1;
    this.accBeta2 *= this.beta2;
    const stepSize = this.learningRate / (1 - this.accBeta1);
    const vScale = 1 / (1 - this.accBeta2);
    // The course's fused kernel where the backend has it (wasm), else ops.
    const fused = tf.getKernel(ADAM_UPDATE_KERNEL, tf.getBackend()) !== undefined;
    const attrs: AdamUpdateAttrs = { beta1: this.beta1, beta2: this.beta2, stepSize, vScale, epsilon: this.epsilon };
    tf.tidy(() => {
      this.variables.forEach((w, i) => {
        const g = grads[w.name];
        if (fused) {
          const inputs = { w, g, m: this.m[i], v: this.v[i] };
          const [w2, m2, v2] = tf.engine().runKernel(ADAM_UPDATE_KERNEL, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
          this.m[i].assign(m2);
          this.v[i].assign(v2);
          w.assign(w2);
          return;
        }
        const m = tf.add(tf.mul(this.m[i], this.beta1), tf.mul(g, 1 - this.beta1));
        const v = tf.add(tf.mul(this.v[i], this.beta2), tf.mul(tf.square(g), 1 - this.beta2));
        this.m[i].assign(m);
        this.v[i].assign(v);
        const denom = tf.add(tf.sqrt(tf.mul(v, vScale)), this.epsilon);
        w.assign(tf.sub(w, tf.mul(tf.div(m, denom), stepSize)));
      });
    });
    tf.dispose(grads);
    return value;
  }

  dispose(): void {
    tf.dispose([...this.m, ...this.v]);
  }
}

/** tfjs's Adam with a learning rate the learner can change while it keeps its moments. */
export class LiveRateAdam extends tf.AdamOptimizer {
  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
  }
}
