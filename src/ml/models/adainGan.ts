/**
 * The AdaIN cell's GAN: the StyleGAN-style generator of ./styleGenerator.ts
 * (Karras, Laine & Aila 2019, arXiv:1812.04948; AdaIN from Huang & Belongie
 * 2017, arXiv:1703.06868) against the DCGAN discriminator of the previous
 * lesson (../layers/convNets.ts, one real/fake logit). Only the generator
 * changes: that is the point of the comparison.
 */
import * as tf from '@tensorflow/tfjs-core';
import { addConvDiscriminator, convFeatures, convHead } from '../layers/convNets';
import { ParamStoreModel } from '../layers/paramStoreModel';
import { StyleGenerator, type StyleGeneratorOptions } from './styleGenerator';

export const ADAIN_DISCRIMINATOR_FILTERS = [16, 32] as const;

export class AdainGan extends ParamStoreModel {
  readonly generator: StyleGenerator;

  constructor(options: Partial<StyleGeneratorOptions> = {}, seed = 0) {
    super(seed);
    this.generator = new StyleGenerator(this.store, options);
    addConvDiscriminator(this.store, 'd/', { filters: ADAIN_DISCRIMINATOR_FILTERS, outputs: 1 });
  }

  get latentSize(): number {
    return this.generator.options.latentSize;
  }

  get modelId(): string {
    const o = this.generator.options;
    return `adain-style28-z${o.latentSize}-c${o.filters.join('.')}-d${ADAIN_DISCRIMINATOR_FILTERS.join('.')}`;
  }

  get generatorVariables(): tf.Variable[] {
    return this.store.variables('g/');
  }

  get discriminatorVariables(): tf.Variable[] {
    return this.store.variables('d/');
  }

  /** images [b, 28, 28, 1] → real/fake logits [b, 1]. */
  discriminator(images: tf.Tensor4D): tf.Tensor2D {
    return tf.tidy(() => convHead(this.store, 'd/', convFeatures(this.store, 'd/', images)));
  }
}
