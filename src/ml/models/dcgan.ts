/**
 * DCGAN for 28×28×1 digits: Radford, Metz & Chintala 2015, "Unsupervised
 * Representation Learning with Deep Convolutional Generative Adversarial
 * Networks", arXiv:1511.06434, scaled down to MNIST's size.
 *
 * Generator:      z [b, latent] → dense → [b, 7, 7, g0] → (BN) → ReLU
 *                 [→ conv2dTranspose 5×5/1 → [b, 7, 7, r] → (BN) → ReLU, with a refining layer]
 *                 → conv2dTranspose 5×5/2 → [b, 14, 14, g1] → (BN) → ReLU
 *                 → conv2dTranspose 5×5/2 → [b, 28, 28, 1] → tanh | sigmoid
 * Discriminator:  x [b, 28, 28, 1] → conv 5×5/2 → [b, 14, 14, d0] → LeakyReLU
 *                 → conv 5×5/2 → [b, 7, 7, d1] → LeakyReLU → dense → [b, 1] logit
 *
 * Following the paper's guidelines (sec. 3): strided convolutions instead of
 * pooling, no hidden fully connected layers beyond the projection of z, batch
 * norm in the generator except its output layer, ReLU in G with tanh output,
 * LeakyReLU in D, weights drawn from N(0, 0.02). Variables are explicit
 * tf.Variables drawn from the course's seeded Rng (tfjs-core only).
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import { LEAKY_RELU_GRAD_KERNEL } from '../kernels/leakyReluGrad';
import { Rng } from '../random';
import type { WeightSet } from '../trainer';
import { BASE_SIZE, dcganModelId, dcganVariables, type DcganOptions, type DcganOutputActivation } from './dcganLayout';

// The options, ids and weight layout need no tfjs (the page and e2e specs use them too).
export { dcganModelId, dcganOptionsFromModelId, dcganWeightLayout, type DcganOptions, type DcganOutputActivation } from './dcganLayout';

/** The reference architecture the benchmarks time (docs/toolchain.md). */
export const DCGAN_DEFAULTS: DcganOptions = {
  latentSize: 100,
  generatorBatchNorm: true,
  outputActivation: 'tanh',
  generatorFilters: [64, 32],
  discriminatorFilters: [32, 64],
};

export const IMAGE_SIZE = 28;
const STRIDE = 2;
/** "the slope of the leak was set to 0.2 in all models" (sec. 4). */
export const DCGAN_LEAKY_SLOPE = 0.2;
/** Keeps 1/sqrt(var + ε) finite when a channel is constant over the batch. */
const BATCH_NORM_EPSILON = 1e-5;
/** D's layers whose kernels spectral normalisation divides (DcganOptions.discriminatorSpectralNorm). */
const SPECTRAL_LAYERS = ['d/conv1', 'd/conv2', 'd/logit'] as const;
/** Power iterations after weights are built or loaded, so the first step's σ is already close. */
const SPECTRAL_WARMUP_ITERATIONS = 30;
/** Seeds the power iteration's start vectors apart from the weights, so seeded weights stay as they were. */
const SPECTRAL_SEED = 1802;

/** Per-channel mean and variance of one batch-norm layer's input. */
export interface ChannelMoments {
  mean: Float32Array;
  variance: Float32Array;
}

/**
 * Fixed statistics for the generator's batch-norm layers (one entry per
 * layer, in order). Generating with them makes each image depend on its own
 * z only, not on the rest of the batch, as running averages do in a
 * framework's inference mode; see Dcgan.normStatistics.
 */
export type GeneratorNormStats = readonly ChannelMoments[];

interface NamedVariable {
  name: string;
  variable: tf.Variable;
}

/** One network's variables, addressed by name. */
class VariableSet {
  readonly entries: NamedVariable[] = [];

  /** A trainable variable from N(mean, std²) values, or a constant when std is 0. */
  add(name: string, shape: number[], rng: Rng, mean: number, std: number): tf.Variable {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = std > 0 ? rng.normalArray(size, mean, std) : new Float32Array(size).fill(mean);
    // Unnamed: tfjs variable names are global, and tests or two cells may hold two DCGANs.
    const variable = tf.tidy(() => tf.variable(tf.tensor(values, shape), true)); // the tidy frees the initial tensor
    this.entries.push({ name, variable });
    return variable;
  }

  get(name: string): tf.Variable {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) throw new Error(`DCGAN has no variable ${name}`);
    return entry.variable;
  }


  get variables(): tf.Variable[] {
    return this.entries.map((e) => e.variable);
  }
}

/**
 * Batch norm with the batch's own statistics, per channel of an NHWC map:
 * y = (x − μ) · γ / √(σ² + ε) + β. Written out rather than tf.batchNorm,
 * whose gradient tiles per-channel factors to the map's full size (a slow
 * kernel on wasm); broadcasting ops reduce instead.
 */
function batchNorm(x: tf.Tensor4D, gamma: tf.Variable, beta: tf.Variable, fixed?: ChannelMoments, record?: ChannelMoments[]): tf.Tensor4D {
  const { mean, variance } = fixed
    ? { mean: tf.tensor1d(fixed.mean), variance: tf.tensor1d(fixed.variance) } // [c], [c]
    : tf.moments(x, [0, 1, 2]); // [c], [c]
  if (record) record.push({ mean: Float32Array.from(mean.dataSync()), variance: Float32Array.from(variance.dataSync()) });
  const scale = tf.mul(gamma, tf.rsqrt(tf.add(variance, BATCH_NORM_EPSILON))); // [c]
  return tf.add(tf.mul(tf.sub(x, mean), scale), beta) as tf.Tensor4D;
}

/** Leaky ReLU whose gradient is the course's one-pass kernel (same values as tfjs's three-kernel form). */
const leakyReluOnePassGrad = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, save] = args as [tf.Tensor, tf.GradSaveFunc];
  save([x]);
  return {
    value: tf.leakyRelu(x, DCGAN_LEAKY_SLOPE),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) =>
      tf.engine().runKernel(LEAKY_RELU_GRAD_KERNEL, { dy, x: saved[0] }, { alpha: DCGAN_LEAKY_SLOPE }) as tf.Tensor,
  };
});

/** Leaky ReLU with slope DCGAN_LEAKY_SLOPE; uses the one-pass gradient where the backend has it (wasm). */
function leakyRelu(x: tf.Tensor4D): tf.Tensor4D {
  if (tf.getKernel(LEAKY_RELU_GRAD_KERNEL, tf.getBackend()) === undefined) return tf.leakyRelu(x, DCGAN_LEAKY_SLOPE);
  return leakyReluOnePassGrad(x) as tf.Tensor4D;
}

/** The identity with a zero gradient: power iteration's vectors are constants to backprop (Miyato et al. 2018, algorithm 1). */
const stopGradient = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const x = args[0] as tf.Tensor;
  return { value: tf.clone(x), gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy) };
});

/** x / ‖x‖ for a column vector. */
function unitVector(x: tf.Tensor2D): tf.Tensor2D {
  return tf.div(x, tf.sqrt(tf.add(tf.sum(tf.square(x)), 1e-12)));
}

export class Dcgan {
  readonly options: DcganOptions;
  private readonly g = new VariableSet();
  private readonly d = new VariableSet();
  /**
   * With spectral normalisation: per D layer, the power iteration's estimate
   * u [out, 1] of the kernel's top left-singular vector. Not trained and not
   * in checkpoints: it is re-estimated from the weights (setWeights).
   */
  private readonly spectralVectors = new Map<string, tf.Variable>();
  /** The weights changed since u was last warmed up (built or loaded); warmed at D's next use, so generator-only copies never pay. */
  private spectralStale = true;

  constructor(options: Partial<DcganOptions> = {}, seed = 0) {
    this.options = { ...DCGAN_DEFAULTS, ...options };
    const rng = new Rng(seed);
    // Drawn in the layout's order, so a seed gives the same weights as before the layout was a table.
    for (const spec of dcganVariables(this.options)) {
      (spec.name.startsWith('g/') ? this.g : this.d).add(spec.name, spec.shape, rng, spec.mean, spec.std);
    }
    if (this.options.discriminatorSpectralNorm) {
      const start = new Rng(SPECTRAL_SEED);
      for (const layer of SPECTRAL_LAYERS) {
        const kernel = this.d.get(`${layer}/kernel`);
        const out = kernel.shape[kernel.shape.length - 1];
        this.spectralVectors.set(layer, tf.tidy(() => tf.variable(unitVector(tf.tensor2d(start.normalArray(out), [out, 1])), false)));
      }
    }
  }

  /** Runs the power iteration until each u is close to its kernel's top singular vector, once after building or loading. */
  private warmSpectralVectors(): void {
    if (!this.spectralStale) return;
    this.spectralStale = false;
    for (let i = 0; i < SPECTRAL_WARMUP_ITERATIONS; i++) {
      for (const layer of SPECTRAL_LAYERS) if (this.spectralVectors.has(layer)) tf.tidy(() => this.normalisedKernel(layer));
    }
  }

  /**
   * The power iteration's current σ of each D kernel (layer name → σ), without
   * updating it; empty without spectral normalisation. For tests and logs.
   */
  spectralNorms(): Map<string, number> {
    this.warmSpectralVectors();
    const out = new Map<string, number>();
    for (const [layer, u] of this.spectralVectors) {
      const sigma = tf.tidy(() => {
        const kernel = this.d.get(`${layer}/kernel`);
        const w = tf.reshape(kernel, [-1, kernel.shape[kernel.shape.length - 1]]) as tf.Tensor2D;
        return tf.norm(tf.matMul(w, u as tf.Tensor2D)); // ‖Wu‖ = σ when u is the top singular vector
      });
      out.set(layer, sigma.dataSync()[0]);
      sigma.dispose();
    }
    return out;
  }

  /**
   * D's kernel for `layer`, divided by its largest singular value σ when
   * spectral normalisation is on. One power-iteration step per call updates
   * u (Miyato et al. 2018, algorithm 1): v = Wu/‖Wu‖, u = Wᵀv/‖Wᵀv‖,
   * σ = uᵀWᵀv, with W the kernel as a [inputs, out] matrix and u, v held
   * constant for the gradient. Every pass through D (its own step, G's step)
   * advances u once: a slightly better estimate than one update per D step,
   * at the cost of a few matrix-vector products. Call inside a tidy.
   */
  private normalisedKernel(layer: string): tf.Tensor {
    const kernel = this.d.get(`${layer}/kernel`);
    const u = this.spectralVectors.get(layer);
    if (!u) return kernel;
    const out = kernel.shape[kernel.shape.length - 1];
    const w = tf.reshape(kernel, [-1, out]) as tf.Tensor2D; // [inputs, out]
    const v = stopGradient(unitVector(tf.matMul(w, u as tf.Tensor2D))) as tf.Tensor2D; // [inputs, 1]
    const wv = tf.matMul(w, v, true, false) as tf.Tensor2D; // [out, 1], Wᵀv: differentiable in W
    const uNext = stopGradient(unitVector(wv)) as tf.Tensor2D; // [out, 1]
    u.assign(uNext);
    const sigma = tf.sum(tf.mul(uNext, wv)); // uᵀWᵀv
    return tf.div(kernel, sigma);
  }

  /** Names the architecture and options, so checkpoints of another DCGAN are refused. */
  get modelId(): string {
    return dcganModelId(this.options);
  }

  get generatorVariables(): tf.Variable[] {
    return this.g.variables;
  }

  get discriminatorVariables(): tf.Variable[] {
    return this.d.variables;
  }

  /** Pixel range of the generator's output and of the real images D expects. */
  get pixelRange(): readonly [number, number] {
    return this.options.outputActivation === 'tanh' ? [-1, 1] : [0, 1];
  }

  /**
   * z [b, latent] → images [b, 28, 28, 1] in pixelRange. Caller disposes (or tidies).
   * Batch norm uses the batch's own statistics, or `stats` when given.
   */
  generator(z: tf.Tensor2D, stats?: GeneratorNormStats): tf.Tensor4D {
    return this.generatorWith(z, stats);
  }

  /**
   * The generator's batch-norm statistics over the batch z (e.g. a few
   * hundred N(0, I) draws): the population statistics to generate single
   * images or small batches with. Empty without batch norm.
   */
  normStatistics(z: tf.Tensor2D | Float32Array): GeneratorNormStats {
    const record: ChannelMoments[] = [];
    tf.tidy(() => {
      const zt = z instanceof Float32Array ? tf.tensor2d(z, [z.length / this.options.latentSize, this.options.latentSize]) : z;
      this.generatorWith(zt, undefined, record);
    });
    return record;
  }

  // #region code-view: dcgan-generator
  private generatorWith(z: tf.Tensor2D, stats?: GeneratorNormStats, record?: ChannelMoments[]): tf.Tensor4D {
    return tf.tidy(() => {
      const { generatorBatchNorm: bn, generatorFilters: [g0, g1] } = this.options;
      const refine = this.options.generatorRefineFilters ?? 0;
      // Statistics of another layout would be applied to the wrong layers without an error.
      const norms = bn ? (refine > 0 ? 3 : 2) : 0;
      if (stats && stats.length !== norms) throw new Error(`this generator has ${norms} batch-norm layers, but ${stats.length} sets of statistics were given`);
      const batch = z.shape[0];
      let h = tf.matMul(z, this.g.get('g/project/kernel') as tf.Tensor2D); // [b, 7·7·g0]
      if (!bn) h = tf.add(h, this.g.get('g/project/bias'));
      let x = tf.reshape(h, [batch, BASE_SIZE, BASE_SIZE, g0]) as tf.Tensor4D; // [b, 7, 7, g0]
      if (bn) x = batchNorm(x, this.g.get('g/bn0/gamma'), this.g.get('g/bn0/beta'), stats?.[0], record);
      x = tf.relu(x);

      let norm = 1; // batch-norm layers used so far: the index of the next one's fixed statistics
      if (refine > 0) {
        x = tf.conv2dTranspose(x, this.g.get('g/refine/kernel') as tf.Tensor4D, [batch, BASE_SIZE, BASE_SIZE, refine], 1, 'same'); // [b, 7, 7, r]
        x = bn ? batchNorm(x, this.g.get('g/bnr/gamma'), this.g.get('g/bnr/beta'), stats?.[norm++], record) : tf.add(x, this.g.get('g/refine/bias'));
        x = tf.relu(x);
      }

      const mid = BASE_SIZE * STRIDE;
      x = tf.conv2dTranspose(x, this.g.get('g/deconv1/kernel') as tf.Tensor4D, [batch, mid, mid, g1], STRIDE, 'same'); // [b, 14, 14, g1]
      x = bn ? batchNorm(x, this.g.get('g/bn1/gamma'), this.g.get('g/bn1/beta'), stats?.[norm], record) : tf.add(x, this.g.get('g/deconv1/bias'));
      x = tf.relu(x);

      x = tf.conv2dTranspose(x, this.g.get('g/deconv2/kernel') as tf.Tensor4D, [batch, IMAGE_SIZE, IMAGE_SIZE, 1], STRIDE, 'same'); // [b, 28, 28, 1]
      x = tf.add(x, this.g.get('g/deconv2/bias'));
      return this.options.outputActivation === 'tanh' ? tf.tanh(x) : tf.sigmoid(x);
    });
  }
  // #endregion

  // #region code-view: dcgan-discriminator
  /** images [b, 28, 28, 1] in pixelRange → logits [b, 1] (D(x) = σ(logit)). Caller disposes. */
  discriminator(images: tf.Tensor4D): tf.Tensor2D {
    this.warmSpectralVectors();
    return tf.tidy(() => {
      const batch = images.shape[0];
      // Plain conv2d + bias rather than tf.fused.conv2d: the fused op's gradient
      // computes the input and filter gradients even when only one is needed.
      // normalisedKernel(layer) is the layer's kernel, divided by its largest singular
      // value when D has spectral normalisation (off here and in the shipped weights;
      // a checkpoint whose model id has '-sn' turns it on).
      const conv = (x: tf.Tensor4D, layer: string) =>
        leakyRelu(tf.add(tf.conv2d(x, this.normalisedKernel(layer) as tf.Tensor4D, STRIDE, 'same'), this.d.get(`${layer}/bias`)));
      const h1 = conv(images, 'd/conv1'); // [b, 14, 14, d0]
      const h2 = conv(h1, 'd/conv2'); // [b, 7, 7, d1]
      const flat = tf.reshape(h2, [batch, -1]) as tf.Tensor2D; // [b, 7·7·d1]
      return tf.add(tf.matMul(flat, this.normalisedKernel('d/logit') as tf.Tensor2D), this.d.get('d/logit/bias')) as tf.Tensor2D; // [b, 1]
    });
  }
  // #endregion

  /**
   * Images for display: z [b, latent] (a tensor or flat values) → Float32Array
   * of b·28·28 pixels in [0, 1], row-major per image. Uses the batch's own
   * norm statistics, so generate several samples at once (8 or more), or
   * pass fixed `stats` (normStatistics).
   */
  generate(z: tf.Tensor2D | Float32Array, stats?: GeneratorNormStats): Float32Array {
    const pixels = tf.tidy(() => {
      const zt = z instanceof Float32Array ? tf.tensor2d(z, [z.length / this.options.latentSize, this.options.latentSize]) : z;
      const images = this.generator(zt, stats);
      return this.options.outputActivation === 'tanh' ? tf.mul(tf.add(images, 1), 0.5) : images;
    });
    const out = Float32Array.from(pixels.dataSync() as Float32Array);
    pixels.dispose();
    return out;
  }

  /** N(0, 1) noise [count, latent] drawn from `rng`, for generate(). */
  sampleLatent(count: number, rng: Rng): Float32Array {
    return rng.normalArray(count * this.options.latentSize);
  }

  // #region code-view: generator-blend
  /**
   * Moves this generator's weights towards `source`'s (same options):
   * w ← decay · w + (1 − decay) · w_source, one step of an exponential moving
   * average; decay 0 copies them. The discriminator is left as it is.
   */
  blendGeneratorFrom(source: Dcgan, decay: number): void {
    tf.tidy(() => {
      for (const { name, variable } of this.g.entries) {
        const target = source.g.get(name);
        variable.assign(decay === 0 ? target : tf.add(tf.mul(variable, decay), tf.mul(target, 1 - decay)));
      }
    });
  }
  // #endregion

  getWeights(): WeightSet {
    return {
      modelId: this.modelId,
      tensors: [...this.g.entries, ...this.d.entries].map(({ name, variable }) => ({
        name,
        shape: variable.shape.slice(),
        data: Float32Array.from(variable.dataSync() as Float32Array),
      })),
    };
  }

  /** Replaces every weight; throws a learner-readable message if the checkpoint does not fit. */
  setWeights(weights: WeightSet): void {
    if (weights.modelId !== this.modelId) {
      throw new SentenceError(sentence('This checkpoint belongs to model {modelId}, not {expected}.', { modelId: weights.modelId, expected: this.modelId }));
    }
    const byName = new Map(weights.tensors.map((t) => [t.name, t]));
    const entries = [...this.g.entries, ...this.d.entries];
    for (const { name, variable } of entries) {
      const w = byName.get(name);
      if (!w) throw new SentenceError(sentence('The checkpoint has no weights for {name}.', { name }));
      if (w.shape.length !== variable.shape.length || w.shape.some((s, i) => s !== variable.shape[i])) {
        throw new SentenceError(
          sentence("The checkpoint's {name} has shape [{got}] but this model needs [{want}].", { name, got: w.shape.join(', '), want: variable.shape.join(', ') }),
        );
      }
    }
    for (const { name, variable } of entries) {
      const w = byName.get(name)!;
      tf.tidy(() => variable.assign(tf.tensor(w.data, w.shape)));
    }
    this.spectralStale = true;
  }

  dispose(): void {
    for (const v of [...this.g.variables, ...this.d.variables, ...this.spectralVectors.values()]) v.dispose();
    this.spectralVectors.clear();
    this.g.entries.length = 0;
    this.d.entries.length = 0;
  }
}

/** Maps display pixels in [0, 1] to the model's pixel range (what real images fed to train steps need). */
export function toModelPixels(images01: tf.Tensor4D, activation: DcganOutputActivation): tf.Tensor4D {
  return activation === 'tanh' ? tf.tidy(() => tf.sub(tf.mul(images01, 2), 1)) : tf.clone(images01);
}
