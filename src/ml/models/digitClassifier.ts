/**
 * The course's MNIST digit classifier: the judge behind the digit score
 * (Inception Score with this net instead of Inception; Salimans et al. 2016,
 * "Improved Techniques for Training GANs", arXiv:1606.03498). The shape is
 * the classic small convnet of LeCun, Bottou, Bengio & Haffner 1998
 * ("Gradient-based learning applied to document recognition": stacked
 * conv + subsampling layers, then a linear classifier), with ReLU and the
 * subsampling done by stride-2 convolutions, which on the wasm backend
 * trains about twice as fast as conv + max pooling. Trained once by
 * scripts/train-classifier.ts; the browser loads the committed weights from
 * public/weights/classifier/.
 *
 * Input: [n, 28, 28, 1] images, ink = 1 ('sigmoid' range) unless told otherwise.
 */
import * as tf from '@tensorflow/tfjs-core';
import { assignVariables, weightsOfVariables, loadCheckpointAsset } from '../checkpoint';
import type { PixelRange } from '../data/digits';
import type { Rng } from '../random';
import type { TrainerContext, WeightSet } from '../trainer';

/** Bump when the architecture changes, so old weight files are refused. */
export const DIGIT_CLASSIFIER_ID = 'digit-classifier-v1';
/** Folder of the committed weights, relative to the site root. */
export const CLASSIFIER_WEIGHTS_FOLDER = 'weights/classifier';

const IMAGE_SIZE = 28;
const CLASSES = 10;
/** Three stride-2 'same' conv layers: 28 -> 14 -> 7 -> 4 pixels a side. */
const CONV_LAYERS = [
  { filters: 32, kernel: 5 },
  { filters: 64, kernel: 5 },
  { filters: 64, kernel: 3 },
] as const;
const CONV_STRIDE = 2;
const FEATURES = 4 * 4 * CONV_LAYERS[2].filters; // 1024

interface LayerSpec {
  name: string;
  shape: number[];
  fanIn: number;
}

function layerSpecs(): LayerSpec[] {
  const specs: LayerSpec[] = [];
  let channels = 1;
  CONV_LAYERS.forEach(({ filters, kernel }, i) => {
    specs.push({ name: `conv${i + 1}/kernel`, shape: [kernel, kernel, channels, filters], fanIn: kernel * kernel * channels });
    specs.push({ name: `conv${i + 1}/bias`, shape: [filters], fanIn: 0 });
    channels = filters;
  });
  specs.push({ name: 'dense/kernel', shape: [FEATURES, CLASSES], fanIn: FEATURES });
  specs.push({ name: 'dense/bias', shape: [CLASSES], fanIn: 0 });
  return specs;
}

/** Converts images from `range` to the classifier's [0, 1] input range. */
export function toClassifierRange(images: tf.Tensor, range: PixelRange): tf.Tensor {
  return range === 'tanh' ? tf.mul(tf.add(images, 1), 0.5) : images;
}

export class DigitClassifier {
  readonly variables: tf.Variable[];
  private readonly specs = layerSpecs();

  /** He-normal init from the seeded Rng (He et al. 2015, arXiv:1502.01852): keeps ReLU activations' scale. */
  constructor(rng: Rng) {
    this.variables = this.specs.map((s) => {
      const size = s.shape.reduce((a, b) => a * b, 1);
      const data = s.fanIn > 0 ? rng.normalArray(size, 0, Math.sqrt(2 / s.fanIn)) : new Float32Array(size);
      // Unnamed: tfjs variable names are global, and tests hold several classifiers.
      // The tidy frees the initial tensor; the variable keeps its own reference to the data.
      return tf.tidy(() => tf.variable(tf.tensor(data, s.shape), true));
    });
  }

  /**
   * Unnormalised class scores. x: [n, 28, 28, 1] in [0, 1].
   * `dropoutRate` > 0 (training only) drops pooled features before the dense layer.
   */
  logits(x: tf.Tensor4D, dropoutRate = 0, dropoutSeed?: number): tf.Tensor2D {
    return tf.tidy(() => {
      let h: tf.Tensor4D = x;
      for (let i = 0; i < CONV_LAYERS.length; i++) {
        const kernel = this.variables[2 * i] as tf.Tensor4D;
        const bias = this.variables[2 * i + 1] as tf.Tensor1D;
        h = tf.relu(tf.add(tf.conv2d(h, kernel, CONV_STRIDE, 'same'), bias)) as tf.Tensor4D; // [n, 14|7|4, 14|7|4, 32|64|64]
      }
      let features = tf.reshape(h, [h.shape[0], FEATURES]) as tf.Tensor2D; // [n, 1024]
      if (dropoutRate > 0) features = tf.dropout(features, dropoutRate, undefined, dropoutSeed) as tf.Tensor2D;
      const dense = this.variables[2 * CONV_LAYERS.length] as tf.Tensor2D;
      const denseBias = this.variables[2 * CONV_LAYERS.length + 1];
      return tf.add(tf.matMul(features, dense), denseBias) as tf.Tensor2D; // [n, 10]
    });
  }

  /** Class probabilities [n, 10] for images [n, 28, 28, 1] in `range`. Caller disposes. */
  predict(images: tf.Tensor, range: PixelRange = 'sigmoid'): tf.Tensor2D {
    return tf.tidy(() => {
      const x = tf.reshape(toClassifierRange(images, range), [-1, IMAGE_SIZE, IMAGE_SIZE, 1]) as tf.Tensor4D;
      return tf.softmax(this.logits(x));
    });
  }

  /** The names and shapes a checkpoint of this model must have. */
  layout(): { modelId: string; tensors: { name: string; shape: number[] }[] } {
    return { modelId: DIGIT_CLASSIFIER_ID, tensors: this.specs.map((s) => ({ name: s.name, shape: s.shape })) };
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

  /** A classifier with the committed pretrained weights (public/weights/classifier/). */
  static async loadPretrained(context: TrainerContext, rng: Rng): Promise<DigitClassifier> {
    const classifier = new DigitClassifier(rng);
    try {
      const { weights } = await loadCheckpointAsset(context, CLASSIFIER_WEIGHTS_FOLDER, classifier.layout());
      classifier.setWeights(weights);
    } catch (err) {
      classifier.dispose();
      throw err;
    }
    return classifier;
  }
}

/**
 * Softmax cross-entropy averaged over the batch, the classifier's training loss:
 *
 * $$\mathcal{L} = -\frac{1}{n}\sum_{i=1}^{n} \log \frac{e^{z_{i,y_i}}}{\sum_k e^{z_{i,k}}}$$
 *
 * logits: [n, 10]; labels: [n] int32 classes. Returns a scalar; caller disposes.
 */
export function softmaxCrossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const oneHot = tf.cast(tf.oneHot(labels, CLASSES), 'float32'); // [n, 10]
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1))) as tf.Scalar;
  });
}

/** Tricks for training from only 8,000 digits, each with its reason. */
export const CLASSIFIER_TRAINING = {
  /** Dropout on the pooled features (Srivastava et al. 2014): less overfitting of the small training set. */
  dropoutRate: 0.25,
} as const;

/**
 * One optimizer step on a batch: images [n, 28, 28, 1] in [0, 1], labels [n].
 * Needs tfjs's gradients registered (import src/ml/gradients); the browser
 * only predicts with this model, so it does not pay for them here.
 * Returns the loss as a plain number; leaves no tensors behind.
 */
export function classifierTrainStep(
  classifier: DigitClassifier,
  optimizer: tf.Optimizer,
  images: tf.Tensor4D,
  labels: tf.Tensor1D,
  dropoutSeed: number,
): number {
  const loss = optimizer.minimize(
    () => softmaxCrossEntropy(classifier.logits(images, CLASSIFIER_TRAINING.dropoutRate, dropoutSeed), labels),
    true,
    classifier.variables,
  );
  const value = loss ? loss.dataSync()[0] : NaN;
  loss?.dispose();
  return value;
}
