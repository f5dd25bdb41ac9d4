/**
 * A StyleGAN-style generator for 28×28 digits: Karras, Laine & Aila 2019,
 * "A Style-Based Generator Architecture for Generative Adversarial
 * Networks", arXiv:1812.04948 (fig. 1b), with its AdaIN layer from Huang &
 * Belongie 2017, arXiv:1703.06868 (../layers/adain.ts), shrunk to two
 * resolutions and without the noise inputs. One more departure: StyleGAN
 * starts synthesis from a learned constant; here the 7×7 input is a learned
 * projection of w_coarse (as in a DCGAN), because with a constant input and
 * no noise this small net did not learn digits within a CPU budget
 * (digit score stayed near 1 for 450 steps). Coarse styles then decide the
 * input map too.
 *
 * Mapping f:   z [b, 32] → dense → LeakyReLU → dense → LeakyReLU → w [b, 32]
 * Synthesis g: w_coarse → dense → [7, 7, c0]
 *              → AdaIN(A0 w_coarse) → conv 3×3 → LeakyReLU → AdaIN(A1 w_coarse)   coarse, 7×7
 *              → conv2dTranspose 5×5/2 → [b, 14, 14, c1] → LeakyReLU
 *              → AdaIN(A2 w_fine) → conv 3×3 → LeakyReLU → AdaIN(A3 w_fine)         fine, 14×14
 *              → conv2dTranspose 5×5/2 → [b, 28, 28, 1] → tanh
 * Each A_i is a learned affine map w → (y_s, y_b), one scale and bias per
 * channel. Normally w_coarse = w_fine = w; style mixing feeds them from two
 * different latents (sec. 3.1).
 */
import * as tf from '@tensorflow/tfjs-core';
import { adain, channelMoments } from '../layers/adain';
import { LEAKY_SLOPE } from '../layers/convNets';
import type { ParamStore } from '../layers/params';

export interface StyleGeneratorOptions {
  latentSize: number;
  /** Channels at 7×7 (coarse) and 14×14 (fine). */
  filters: readonly [number, number];
}

export const STYLE_GENERATOR_DEFAULTS: StyleGeneratorOptions = { latentSize: 32, filters: [32, 16] };

/** Per-channel mean and deviation of the first sample's map before and after one AdaIN. */
export interface AdainStats {
  beforeMean: Float32Array;
  beforeStd: Float32Array;
  afterMean: Float32Array;
  afterStd: Float32Array;
}

/** Style layers, in order; the first two read w_coarse, the last two w_fine. */
const STYLES = ['style0', 'style1', 'style2', 'style3'] as const;

export class StyleGenerator {
  readonly options: StyleGeneratorOptions;

  /** Declares its variables in `store` under 'g/'. */
  constructor(private readonly store: ParamStore, options: Partial<StyleGeneratorOptions> = {}) {
    this.options = { ...STYLE_GENERATOR_DEFAULTS, ...options };
    const { latentSize: n, filters: [c0, c1] } = this.options;
    const he = (fanIn: number) => Math.sqrt(2 / fanIn);
    store.add('g/map1/kernel', [n, n], he(n));
    store.add('g/map1/bias', [n], 0);
    store.add('g/map2/kernel', [n, n], he(n));
    store.add('g/map2/bias', [n], 0);
    store.add('g/input/kernel', [n, 7 * 7 * c0], he(n));
    STYLES.forEach((s, i) => {
      const c = i < 2 ? c0 : c1;
      // std 1/√n: each style varies by about ±1 between latents from the start, so samples differ.
      store.add(`g/${s}/kernel`, [n, 2 * c], 1 / Math.sqrt(n)); // → [scale | bias]
      // Scale biases start at 1 so each AdaIN starts as plain instance norm (StyleGAN does the same).
      const bias = new Float32Array(2 * c);
      bias.fill(1, 0, c);
      store.addValues(`g/${s}/bias`, [2 * c], bias);
    });
    store.add('g/conv0/kernel', [3, 3, c0, c0]);
    store.add('g/conv0/bias', [c0], 0);
    store.add('g/up1/kernel', [5, 5, c1, c0]); // [kh, kw, out, in]
    store.add('g/up1/bias', [c1], 0);
    store.add('g/conv1/kernel', [3, 3, c1, c1]);
    store.add('g/conv1/bias', [c1], 0);
    store.add('g/up2/kernel', [5, 5, 1, c1]);
    store.add('g/up2/bias', [1], 0);
  }

  // #region code-view: style-generator
  /** Mapping network: z [b, latent] → w [b, latent]. */
  mapping(z: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      const layer = (x: tf.Tensor2D, name: string) => tf.leakyRelu(tf.add(tf.matMul(x, this.store.get(`g/${name}/kernel`)), this.store.get(`g/${name}/bias`)), LEAKY_SLOPE) as tf.Tensor2D;
      return layer(layer(z, 'map1'), 'map2');
    });
  }

  /** One style's AdaIN: A_i(w) → (y_s, y_b), then AdaIN(x, y). */
  private styled(x: tf.Tensor4D, w: tf.Tensor2D, style: (typeof STYLES)[number]): tf.Tensor4D {
    const c = x.shape[3];
    const y = tf.add(tf.matMul(w, this.store.get(`g/${style}/kernel`)), this.store.get(`g/${style}/bias`)) as tf.Tensor2D; // [b, 2c]
    const [scale, bias] = tf.split(y, [c, c], 1) as [tf.Tensor2D, tf.Tensor2D];
    return adain(x, scale, bias);
  }

  /**
   * Synthesis from two w's: wCoarse [b, latent] styles the 7×7 layers, wFine
   * the 14×14 ones. Returns images [b, 28, 28, 1] in (−1, 1); with `record`,
   * also fills it with the first sample's channel statistics around AdaIN 1.
   */
  synthesis(wCoarse: tf.Tensor2D, wFine: tf.Tensor2D, record?: { stats?: AdainStats }): tf.Tensor4D {
    return tf.tidy(() => {
      const { filters: [c0, c1] } = this.options;
      const b = wCoarse.shape[0];
      const lrelu = (x: tf.Tensor) => tf.leakyRelu(x, LEAKY_SLOPE) as tf.Tensor4D;
      let x = tf.reshape(tf.matMul(wCoarse, this.store.get('g/input/kernel')), [b, 7, 7, c0]) as tf.Tensor4D; // [b, 7, 7, c0]
      x = this.styled(x, wCoarse, 'style0');
      x = lrelu(tf.add(tf.conv2d(x, this.store.get('g/conv0/kernel') as tf.Tensor4D, 1, 'same'), this.store.get('g/conv0/bias'))); // [b, 7, 7, c0]
      const before = x;
      x = this.styled(x, wCoarse, 'style1');
      if (record) record.stats = firstSampleStats(before, x);
      x = lrelu(tf.add(tf.conv2dTranspose(x, this.store.get('g/up1/kernel') as tf.Tensor4D, [b, 14, 14, c1], 2, 'same'), this.store.get('g/up1/bias'))); // [b, 14, 14, c1]
      x = this.styled(x, wFine, 'style2');
      x = lrelu(tf.add(tf.conv2d(x, this.store.get('g/conv1/kernel') as tf.Tensor4D, 1, 'same'), this.store.get('g/conv1/bias'))); // [b, 14, 14, c1]
      x = this.styled(x, wFine, 'style3');
      x = tf.add(tf.conv2dTranspose(x, this.store.get('g/up2/kernel') as tf.Tensor4D, [b, 28, 28, 1], 2, 'same'), this.store.get('g/up2/bias')) as tf.Tensor4D; // [b, 28, 28, 1]
      return tf.tanh(x) as tf.Tensor4D;
    });
  }

  /** z [b, latent] → images [b, 28, 28, 1]: both resolutions styled by the same w. */
  generate(z: tf.Tensor2D): tf.Tensor4D {
    return tf.tidy(() => {
      const w = this.mapping(z);
      return this.synthesis(w, w);
    });
  }
  // #endregion
}

function firstSampleStats(before: tf.Tensor4D, after: tf.Tensor4D): AdainStats {
  const read = (x: tf.Tensor4D) =>
    tf.tidy(() => {
      const { mean, std } = channelMoments(tf.slice(x, [0, 0, 0, 0], [1, -1, -1, -1]) as tf.Tensor4D); // [1, c] each
      return [Float32Array.from(mean.dataSync() as Float32Array), Float32Array.from(std.dataSync() as Float32Array)];
    });
  const [beforeMean, beforeStd] = read(before);
  const [afterMean, afterStd] = read(after);
  return { beforeMean, beforeStd, afterMean, afterStd };
}
