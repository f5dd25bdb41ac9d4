/**
 * Auxiliary Classifier GAN: Odena, Olah & Shlens 2017, "Conditional Image
 * Synthesis with Auxiliary Classifier GANs", arXiv:1610.09585.
 *
 * The DCGAN of the previous lesson with two changes (sec. 3):
 *  - the generator gets the class c beside the noise, G(c, z), here as a
 *    one-hot vector concatenated to z;
 *  - the discriminator has two heads on one trunk: P(S | X), real or fake
 *    (one logit), and P(C | X), which digit (ten logits).
 * Networks: ../layers/convNets.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { addConvDiscriminator, addConvGenerator, convFeatures, convGenerator, convHead } from '../layers/convNets';
import { ParamStoreModel } from '../layers/paramStoreModel';

export const ACGAN_CLASSES = 10;

export interface AcganOptions {
  latentSize: number;
  generatorFilters: readonly [number, number];
  discriminatorFilters: readonly [number, number];
}

export const ACGAN_DEFAULTS: AcganOptions = { latentSize: 64, generatorFilters: [32, 16], discriminatorFilters: [16, 32] };

export class Acgan extends ParamStoreModel {
  readonly options: AcganOptions;

  constructor(options: Partial<AcganOptions> = {}, seed = 0) {
    super(seed);
    this.options = { ...ACGAN_DEFAULTS, ...options };
    const o = this.options;
    addConvGenerator(this.store, 'g/', { latentSize: o.latentSize, classes: ACGAN_CLASSES, filters: o.generatorFilters });
    // One output for real/fake, then ten class logits: [b, 1 + 10].
    addConvDiscriminator(this.store, 'd/', { filters: o.discriminatorFilters, outputs: 1 + ACGAN_CLASSES });
  }

  get modelId(): string {
    const o = this.options;
    return `acgan28-z${o.latentSize}-g${o.generatorFilters.join('.')}-d${o.discriminatorFilters.join('.')}`;
  }

  get generatorVariables(): tf.Variable[] {
    return this.store.variables('g/');
  }

  get discriminatorVariables(): tf.Variable[] {
    return this.store.variables('d/');
  }

  /** z [b, latent], classes [b] int32 → images [b, 28, 28, 1] in (−1, 1). */
  generator(z: tf.Tensor2D, classes: tf.Tensor1D): tf.Tensor4D {
    return tf.tidy(() => {
      const oneHot = tf.cast(tf.oneHot(classes, ACGAN_CLASSES), 'float32') as tf.Tensor2D; // [b, 10]
      return convGenerator(this.store, 'g/', { latentSize: this.options.latentSize, classes: ACGAN_CLASSES, filters: this.options.generatorFilters }, z, oneHot);
    });
  }

  /** images [b, 28, 28, 1] → source logit [b, 1] (real vs fake) and class logits [b, 10]. */
  discriminator(images: tf.Tensor4D): { source: tf.Tensor2D; classLogits: tf.Tensor2D } {
    const out = tf.tidy(() => convHead(this.store, 'd/', convFeatures(this.store, 'd/', images))); // [b, 11]
    const [source, classLogits] = tf.split(out, [1, ACGAN_CLASSES], 1) as [tf.Tensor2D, tf.Tensor2D];
    out.dispose();
    return { source, classLogits };
  }

  /** Display images: flat z [n·latent] and classes → n·784 pixels in [0, 1]. */
  generate(z: Float32Array, classes: Int32Array): Float32Array {
    return this.displayPixels(() => this.generator(tf.tensor2d(z, [classes.length, this.options.latentSize]), tf.tensor1d(classes, 'int32')));
  }
}
