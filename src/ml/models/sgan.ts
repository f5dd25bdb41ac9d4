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
 * Networks: ../layers/convNets.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { addConvDiscriminator, addConvGenerator, convFeatures, convGenerator, convHead } from '../layers/convNets';
import { ParamStore } from '../layers/params';
import { Rng } from '../random';
import type { WeightSet } from '../trainer';

export const SGAN_CLASSES = 10;

/**
 * Dropout on D's features and Gaussian noise on its input: Salimans et al.
 * 2016 regularise the classifier this way (their MNIST model adds noise to
 * every layer); with 100 labels it would otherwise memorise them.
 */
export const SGAN_DROPOUT = 0.5;
export const SGAN_INPUT_NOISE_STD = 0.3;

export interface SganOptions {
  latentSize: number;
  generatorFilters: readonly [number, number];
  discriminatorFilters: readonly [number, number];
}

export const SGAN_DEFAULTS: SganOptions = { latentSize: 64, generatorFilters: [32, 16], discriminatorFilters: [16, 32] };

/** Which of the two classifiers: the GAN's discriminator or the labels-only baseline. */
export type SganClassifier = 'd' | 'baseline';

export class Sgan {
  readonly options: SganOptions;
  private readonly store: ParamStore;

  constructor(options: Partial<SganOptions> = {}, seed = 0) {
    this.options = { ...SGAN_DEFAULTS, ...options };
    this.store = new ParamStore(new Rng(seed));
    const o = this.options;
    addConvGenerator(this.store, 'g/', { latentSize: o.latentSize, classes: 0, filters: o.generatorFilters });
    addConvDiscriminator(this.store, 'd/', { filters: o.discriminatorFilters, outputs: SGAN_CLASSES });
    addConvDiscriminator(this.store, 'baseline/', { filters: o.discriminatorFilters, outputs: SGAN_CLASSES });
  }

  get modelId(): string {
    const o = this.options;
    return `sgan28-z${o.latentSize}-g${o.generatorFilters.join('.')}-d${o.discriminatorFilters.join('.')}`;
  }

  variables(part: 'g' | SganClassifier): tf.Variable[] {
    return this.store.variables(`${part}/`);
  }

  /** z [b, latent] → images [b, 28, 28, 1] in (−1, 1). */
  generator(z: tf.Tensor2D): tf.Tensor4D {
    const o = this.options;
    return convGenerator(this.store, 'g/', { latentSize: o.latentSize, classes: 0, filters: o.generatorFilters }, z);
  }

  /**
   * images → features [b, 49·d1] and class logits [b, 10]. With `rng`
   * (training) the input gets Gaussian noise and the features dropout, both
   * drawn from the course's Rng (tfjs's seeded random ops cost more here
   * than the convolutions).
   */
  classify(which: SganClassifier, images: tf.Tensor4D, rng?: Rng): { features: tf.Tensor2D; logits: tf.Tensor2D } {
    const features = tf.tidy(() => {
      const size = images.size;
      const x = rng ? tf.add(images, tf.tensor(rng.normalArray(size, 0, SGAN_INPUT_NOISE_STD), images.shape)) : images;
      return convFeatures(this.store, `${which}/`, x as tf.Tensor4D);
    });
    const logits = tf.tidy(() => {
      if (!rng) return convHead(this.store, `${which}/`, features);
      const keep = 1 - SGAN_DROPOUT;
      // Inverted dropout: kept features are scaled by 1/keep so their expected sum is unchanged.
      const mask = Float32Array.from({ length: features.size }, () => (rng.next() < keep ? 1 / keep : 0));
      return convHead(this.store, `${which}/`, tf.mul(features, tf.tensor(mask, features.shape)) as tf.Tensor2D);
    });
    return { features, logits };
  }

  /** Display images: flat z [n·latent] → n·784 pixels in [0, 1]. */
  generate(z: Float32Array): Float32Array {
    const pixels = tf.tidy(() => tf.mul(tf.add(this.generator(tf.tensor2d(z, [z.length / this.options.latentSize, this.options.latentSize])), 1), 0.5));
    const out = Float32Array.from(pixels.dataSync() as Float32Array);
    pixels.dispose();
    return out;
  }

  getWeights(): WeightSet {
    return this.store.getWeights(this.modelId);
  }

  setWeights(weights: WeightSet): void {
    this.store.setWeights(weights, this.modelId);
  }

  dispose(): void {
    this.store.dispose();
  }
}
