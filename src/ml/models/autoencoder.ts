/**
 * A convolutional autoencoder for 28x28 digits: an encoder f compresses an
 * image to a latent vector (the code) and a decoder g rebuilds the image
 * from it, trained to make g(f(x)) ≈ x. After Hinton & Salakhutdinov 2006,
 * "Reducing the Dimensionality of Data with Neural Networks", Science 313,
 * doi:10.1126/science.1127647; the denoising variant (corrupt the input,
 * rebuild the clean image) is Vincent, Larochelle, Bengio & Manzagol 2008,
 * "Extracting and Composing Robust Features with Denoising Autoencoders",
 * ICML. The decoder upsamples with transposed convolutions whose kernel (4)
 * is divisible by their stride (2), so they overlap evenly and leave no
 * checkerboard (Odena, Dumoulin & Olah 2016, doi:10.23915/distill.00003).
 *
 * Encoder: [n,28,28,1] -conv4 s2-> [n,14,14,8] -conv4 s2-> [n,7,7,16] -dense-> [n,L]
 * Decoder: [n,L] -dense-> [n,7,7,16] -convT4 s2-> [n,14,14,8] -convT4 s2-> [n,28,28,1]
 * Pixels are in [0, 1] (ink = 1); the decoder ends in a sigmoid.
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import * as tf from '@tensorflow/tfjs-core';
import { assignVariables, weightsOfVariables, type WeightLayout } from '../checkpoint';
import { LEAKY_RELU_ALPHA } from './mlp';
import type { Rng } from '../random';
import type { WeightSet } from '../trainer';

export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
/** Kernel 4 at stride 2 with 'same' padding halves (or, transposed, doubles) the size evenly. */
const KERNEL = 4;
const STRIDE = 2;
/** Few filters on purpose: 8 and 16 reach recognisable digits as soon as 16 and 32 do, at about twice the speed. */
const FILTERS = [8, 16] as const;
/** 28 -> 14 -> 7 after two stride-2 convolutions. */
const BOTTOM = 7;
const FLAT = BOTTOM * BOTTOM * FILTERS[1];

export interface AutoencoderConfig {
  /** Length of the code, the bottleneck every image must squeeze through. */
  latentSize: number;
}

interface LayerSpec {
  name: string;
  shape: number[];
  /** 0 for biases (start at zero). */
  fanIn: number;
}

function layerSpecs(latent: number): LayerSpec[] {
  const [f1, f2] = FILTERS;
  return [
    { name: 'encoder/conv1/kernel', shape: [KERNEL, KERNEL, 1, f1], fanIn: KERNEL * KERNEL },
    { name: 'encoder/conv1/bias', shape: [f1], fanIn: 0 },
    { name: 'encoder/conv2/kernel', shape: [KERNEL, KERNEL, f1, f2], fanIn: KERNEL * KERNEL * f1 },
    { name: 'encoder/conv2/bias', shape: [f2], fanIn: 0 },
    { name: 'encoder/dense/kernel', shape: [FLAT, latent], fanIn: FLAT },
    { name: 'encoder/dense/bias', shape: [latent], fanIn: 0 },
    { name: 'decoder/dense/kernel', shape: [latent, FLAT], fanIn: latent },
    { name: 'decoder/dense/bias', shape: [FLAT], fanIn: 0 },
    // conv2dTranspose filters are [k, k, outChannels, inChannels]; each output sums
    // about (k/s)² taps of inChannels inputs, the fan-in used for the init scale.
    { name: 'decoder/up1/kernel', shape: [KERNEL, KERNEL, f1, f2], fanIn: (KERNEL / STRIDE) ** 2 * f2 },
    { name: 'decoder/up1/bias', shape: [f1], fanIn: 0 },
    { name: 'decoder/up2/kernel', shape: [KERNEL, KERNEL, 1, f1], fanIn: (KERNEL / STRIDE) ** 2 * f1 },
    { name: 'decoder/up2/bias', shape: [1], fanIn: 0 },
  ];
}

export function autoencoderModelId(latentSize: number): string {
  return `conv-autoencoder-v1-latent${latentSize}`;
}

export class ConvAutoencoder {
  readonly variables: tf.Variable[];
  private readonly specs: LayerSpec[];

  /** He-normal init from the seeded Rng (He et al. 2015, arXiv:1502.01852), zero biases. */
  constructor(
    readonly config: AutoencoderConfig,
    rng: Rng,
  ) {
    if (!(Number.isInteger(config.latentSize) && config.latentSize >= 1)) {
      throw new SentenceError(sentence('The latent size must be a whole number ≥ 1, got {latentSize}.', { latentSize: config.latentSize }));
    }
    this.specs = layerSpecs(config.latentSize);
    this.variables = this.specs.map((s) => {
      const size = s.shape.reduce((a, b) => a * b, 1);
      const data = s.fanIn > 0 ? rng.normalArray(size, 0, Math.sqrt(2 / s.fanIn)) : new Float32Array(size);
      // Unnamed: tfjs variable names are global and two cells may hold autoencoders.
      // tidy frees the initial tensor; the variable keeps its own reference to the data.
      return tf.tidy(() => tf.variable(tf.tensor(data, s.shape), true));
    });
  }

  get latentSize(): number {
    return this.config.latentSize;
  }

  get modelId(): string {
    return autoencoderModelId(this.config.latentSize);
  }

  private v<T extends tf.Tensor>(i: number): T {
    return this.variables[i] as unknown as T;
  }

  // #region code-view: autoencoder-model
  /** Codes [n, L] for images [n, 784] or [n, 28, 28, 1] in [0, 1]. Caller disposes. */
  encode(images: tf.Tensor): tf.Tensor2D {
    return tf.tidy(() => {
      const x = tf.reshape(images, [-1, IMAGE_SIZE, IMAGE_SIZE, 1]) as tf.Tensor4D;
      let h = tf.conv2d(x, this.v<tf.Tensor4D>(0), STRIDE, 'same'); // [n, 14, 14, 8]
      h = tf.leakyRelu(tf.add(h, this.v(1)), LEAKY_RELU_ALPHA) as tf.Tensor4D;
      h = tf.conv2d(h, this.v<tf.Tensor4D>(2), STRIDE, 'same'); // [n, 7, 7, 16]
      h = tf.leakyRelu(tf.add(h, this.v(3)), LEAKY_RELU_ALPHA) as tf.Tensor4D;
      const flat = tf.reshape(h, [-1, FLAT]) as tf.Tensor2D; // [n, 784]
      // Linear code: no squashing, so the codes spread out freely (and unevenly).
      return tf.add(tf.matMul(flat, this.v<tf.Tensor2D>(4)), this.v(5)) as tf.Tensor2D; // [n, L]
    });
  }

  /** Pre-sigmoid pixel logits [n, 28, 28, 1] for codes [n, L]. Caller disposes. */
  decodeLogits(codes: tf.Tensor2D): tf.Tensor4D {
    return tf.tidy(() => {
      const n = codes.shape[0];
      const [f1, f2] = FILTERS;
      let h: tf.Tensor = tf.relu(tf.add(tf.matMul(codes, this.v<tf.Tensor2D>(6)), this.v(7))); // [n, 784]
      h = tf.reshape(h, [n, BOTTOM, BOTTOM, f2]); // [n, 7, 7, 16]
      h = tf.conv2dTranspose(h as tf.Tensor4D, this.v<tf.Tensor4D>(8), [n, 2 * BOTTOM, 2 * BOTTOM, f1], STRIDE, 'same'); // [n, 14, 14, 8]
      h = tf.relu(tf.add(h, this.v(9)));
      h = tf.conv2dTranspose(h as tf.Tensor4D, this.v<tf.Tensor4D>(10), [n, IMAGE_SIZE, IMAGE_SIZE, 1], STRIDE, 'same'); // [n, 28, 28, 1]
      return tf.add(h, this.v(11)) as tf.Tensor4D;
    });
  }
  // #endregion

  /** Images [n, 28, 28, 1] in [0, 1] for codes [n, L]. Caller disposes. */
  decode(codes: tf.Tensor2D): tf.Tensor4D {
    return tf.tidy(() => tf.sigmoid(this.decodeLogits(codes)));
  }

  /** g(f(x)): images [n, 28, 28, 1] in [0, 1]. Caller disposes. */
  reconstruct(images: tf.Tensor): tf.Tensor4D {
    return tf.tidy(() => this.decode(this.encode(images)));
  }

  layout(): WeightLayout {
    return { modelId: this.modelId, tensors: this.specs.map((s) => ({ name: s.name, shape: s.shape })) };
  }

  getWeights(): WeightSet {
    return weightsOfVariables(this.layout(), this.variables);
  }

  /** Replaces every weight; throws a CheckpointError (model untouched) if they do not fit. */
  setWeights(weights: WeightSet): void {
    assignVariables(weights, this.layout(), this.variables);
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

// ---------------------------------------------------------------------------
// Reconstruction losses and the training step.

export type ReconstructionLossId = 'bce' | 'mse';
export const RECONSTRUCTION_LOSS_IDS: readonly ReconstructionLossId[] = ['bce', 'mse'];

/**
 * Mean squared error per pixel between targets x and reconstructions x̂:
 *
 * $$\mathcal{L}_{\text{MSE}} = \frac{1}{nD}\sum_{i=1}^{n}\lVert x_i - \hat x_i\rVert^2$$
 *
 * Also the anomaly score of one image (n = 1). Returns a scalar; caller disposes.
 */
export function meanSquaredError(targets: tf.Tensor, reconstructions: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.squaredDifference(tf.reshape(targets, [-1]), tf.reshape(reconstructions, [-1]))) as tf.Scalar);
}

// #region code-view: autoencoder-step
/**
 * Per-pixel binary cross-entropy, pixels read as Bernoulli probabilities,
 * from the decoder's logits l (stable form: softplus(l) − x·l):
 *
 * $$\mathcal{L}_{\text{BCE}} = -\frac{1}{nD}\sum_{i,j} \big[x_{ij}\log\hat x_{ij} + (1 - x_{ij})\log(1 - \hat x_{ij})\big],\quad \hat x = \sigma(l)$$
 *
 * Gradients stay large on confidently wrong pixels, so digits sharpen sooner
 * than under MSE. Returns a scalar; caller disposes.
 */
export function binaryCrossEntropyFromLogits(targets: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const x = tf.reshape(targets, [-1]);
    const l = tf.reshape(logits, [-1]);
    return tf.mean(tf.sub(tf.softplus(l), tf.mul(x, l))) as tf.Scalar;
  });
}

export function reconstructionLoss(id: ReconstructionLossId, targets: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return id === 'bce' ? binaryCrossEntropyFromLogits(targets, logits) : meanSquaredError(targets, tf.sigmoid(logits));
}

/** Per-image MSE [n] between images and their reconstructions (the anomaly score). Caller disposes. */
export function perImageError(targets: tf.Tensor, reconstructions: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const n = targets.shape[0];
    return tf.mean(tf.squaredDifference(tf.reshape(targets, [n, -1]), tf.reshape(reconstructions, [n, -1])), 1) as tf.Tensor1D;
  });
}

/**
 * One optimizer step: the autoencoder sees `inputs` (possibly corrupted) and
 * is scored against `targets` (the clean images). Both [n, 784] in [0, 1].
 * Returns the loss as a plain number; leaves no tensors behind.
 */
export function autoencoderTrainStep(
  model: ConvAutoencoder,
  optimizer: tf.Optimizer,
  inputs: tf.Tensor,
  targets: tf.Tensor,
  lossId: ReconstructionLossId,
): number {
  const loss = optimizer.minimize(() => reconstructionLoss(lossId, targets, model.decodeLogits(model.encode(inputs))), true, model.variables);
  const value = loss ? loss.dataSync()[0] : NaN;
  loss?.dispose();
  return value;
}
// #endregion
