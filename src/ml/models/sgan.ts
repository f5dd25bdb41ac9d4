/**
 * Semi-supervised GAN: the discriminator is a K-class classifier whose
 * "real" answers are the ten digits, trained on a few labelled digits, many
 * unlabelled ones and the generator's fakes. Odena 2016, "Semi-Supervised
 * Learning with Generative Adversarial Networks", arXiv:1606.01583 (K + 1
 * outputs, the extra one "fake"); here in the equivalent form of Salimans,
 * Goodfellow, Zaremba, Cheung, Radford & Chen 2016, "Improved Techniques for
 * Training GANs", arXiv:1606.03498, sec. 5: K logits l_1…l_K with the fake
 * class's logit fixed at 0, so that
 *
 *   D(x) = P(real | x) = Z(x) / (Z(x) + 1),  Z(x) = Σ_k exp l_k(x).
 *
 * Also holds the baseline: the same classifier network, separately
 * initialised, that only ever sees the labelled digits.
 *
 * The classifier is the paper's MNIST discriminator, narrowed to fit the
 * course's weight budget: a weight-normalised MLP (../layers/weightNormDense.ts)
 * 784 → 200 → 100 → 100 → 10 with ReLU and Gaussian noise on its input and
 * on every hidden layer. The generator is an MLP too, as the paper's
 * (z → dense → batch norm → ReLU → dense → tanh): a convolutional one made
 * each step three times slower in wasm for no gain in accuracy, and
 * feature matching does not aim at pretty digits anyway.
 */
import * as tf from '@tensorflow/tfjs-core';
import { ParamStoreModel } from '../layers/paramStoreModel';
import { addWeightNormDense, initDenseFromData, weightNormDense } from '../layers/weightNormDense';
import type { Rng } from '../random';

export const SGAN_CLASSES = 10;
const PIXELS = 28 * 28;
/** Keeps 1/√(var + ε) finite when a unit is constant over the batch. */
const BN_EPSILON = 1e-5;

/**
 * Gaussian noise on D's input and on each hidden layer while training, as in
 * Salimans et al. 2016's MNIST model (std 0.3 on pixels in [0, 1], 0.5 on
 * hidden units): with 100 labels the classifier would otherwise memorise
 * them. Our pixels span (−1, 1), twice the paper's range, hence 0.6.
 */
export const SGAN_INPUT_NOISE_STD = 0.6;
export const SGAN_HIDDEN_NOISE_STD = 0.5;

export interface SganOptions {
  latentSize: number;
  generatorUnits: number;
  /** Widths of the classifier's hidden layers; the last one is what feature matching compares. */
  classifierUnits: readonly number[];
}

export const SGAN_DEFAULTS: SganOptions = { latentSize: 64, generatorUnits: 128, classifierUnits: [200, 100, 100] };

/** Which of the two classifiers: the GAN's discriminator or the labels-only baseline. */
export type SganClassifier = 'd' | 'baseline';

export class Sgan extends ParamStoreModel {
  readonly options: SganOptions;

  constructor(options: Partial<SganOptions> = {}, seed = 0) {
    super(seed);
    this.options = { ...SGAN_DEFAULTS, ...options };
    const o = this.options;
    // No bias before batch norm: BN's β replaces it.
    this.store.add('g/hidden/kernel', [o.latentSize, o.generatorUnits]);
    this.store.add('g/bn/gamma', [o.generatorUnits], 0, 1);
    this.store.add('g/bn/beta', [o.generatorUnits], 0, 0);
    this.store.add('g/out/kernel', [o.generatorUnits, PIXELS]);
    this.store.add('g/out/bias', [PIXELS], 0, 0);
    for (const which of ['d', 'baseline'] as const) {
      this.layerNames(which).forEach((name, i) => addWeightNormDense(this.store, name, i === 0 ? PIXELS : o.classifierUnits[i - 1], o.classifierUnits[i] ?? SGAN_CLASSES));
    }
  }

  /** The classifier's dense layers in order: hidden layers, then the class logits. */
  private layerNames(which: SganClassifier): string[] {
    return [...this.options.classifierUnits.map((_, i) => `${which}/dense${i + 1}`), `${which}/logits`];
  }

  /**
   * Data-dependent initialisation of both classifiers on a batch of real
   * digits [b, 28, 28, 1] (Salimans & Kingma 2016): every unit starts with
   * mean 0 and deviation 1. Called once on a fresh model, before training.
   */
  initFromData(images: tf.Tensor4D): void {
    for (const which of ['d', 'baseline'] as const) {
      tf.tidy(() => {
        let h = tf.reshape(images, [images.shape[0], PIXELS]) as tf.Tensor2D; // [b, 784]
        for (const name of this.layerNames(which)) h = tf.relu(initDenseFromData(this.store, name, h));
      });
    }
  }

  get modelId(): string {
    const o = this.options;
    return `sgan28-z${o.latentSize}-g${o.generatorUnits}-wn${o.classifierUnits.join('.')}`;
  }

  variables(part: 'g' | SganClassifier): tf.Variable[] {
    return this.store.variables(`${part}/`);
  }

  // #region code-view: sgan-networks
  /** z [b, latent] → images [b, 28, 28, 1] in (−1, 1). */
  generator(z: tf.Tensor2D): tf.Tensor4D {
    return tf.tidy(() => {
      const h = tf.matMul(z, this.store.get('g/hidden/kernel')); // [b, units]
      const { mean, variance } = tf.moments(h, 0); // [units], [units]
      const normed = tf.mul(tf.sub(h, mean), tf.mul(this.store.get('g/bn/gamma'), tf.rsqrt(tf.add(variance, BN_EPSILON))));
      const x = tf.add(tf.matMul(tf.relu(tf.add(normed, this.store.get('g/bn/beta'))) as tf.Tensor2D, this.store.get('g/out/kernel')), this.store.get('g/out/bias')); // [b, 784]
      return tf.reshape(tf.tanh(x), [z.shape[0], 28, 28, 1]) as tf.Tensor4D;
    });
  }

  /**
   * images [b, 28, 28, 1] → features [b, last hidden width] and class
   * logits [b, 10]. With `rng` (training) Gaussian noise is added to the
   * input and to every hidden layer, drawn from the course's Rng (tfjs's
   * seeded random ops cost more here than the layers).
   */
  classify(which: SganClassifier, images: tf.Tensor4D, rng?: Rng): { features: tf.Tensor2D; logits: tf.Tensor2D } {
    const noisy = (x: tf.Tensor2D, std: number) => (rng ? (tf.add(x, tf.tensor(rng.normalArray(x.size, 0, std), x.shape)) as tf.Tensor2D) : x);
    const names = this.layerNames(which);
    const features = tf.tidy(() => {
      let h = noisy(tf.reshape(images, [images.shape[0], PIXELS]) as tf.Tensor2D, SGAN_INPUT_NOISE_STD); // [b, 784]
      names.slice(0, -1).forEach((name, i) => {
        h = tf.relu(weightNormDense(this.store, name, h)); // [b, units_i]
        if (i < names.length - 2) h = noisy(h, SGAN_HIDDEN_NOISE_STD);
      });
      return h;
    });
    const logits = tf.tidy(() => weightNormDense(this.store, names[names.length - 1], noisy(features, SGAN_HIDDEN_NOISE_STD))); // [b, 10]
    return { features, logits };
  }
  // #endregion

  /** Display images: flat z [n·latent] → n·784 pixels in [0, 1]. */
  generate(z: Float32Array): Float32Array {
    return this.displayPixels(() => this.generator(tf.tensor2d(z, [z.length / this.options.latentSize, this.options.latentSize])));
  }
}
