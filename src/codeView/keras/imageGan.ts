/**
 * Keras text of the DCGAN cells (dcgan, referenceDcgan): the generator and
 * discriminator of src/ml/models/dcgan.ts, binary cross-entropy on logits,
 * k discriminator steps per generator step, one-sided label smoothing and
 * freezing as src/ml/steps/dcganStep.ts does them, Adam with the cell's β1,
 * and the generator's weight average of src/ml/trainers/imageGan.ts.
 */
import { DCGAN_DEFAULTS } from '../../cells/dcgan';
import { py, type KerasTemplate, type ValueOf, type ValueRef } from '../python';
import { pythonLiteral } from '../pythonLiteral';
import { joinSnippets } from './toyGan';

const CROSS_ENTROPY_LOSSES = `def discriminator_loss(real_logits, fake_logits):
    real_target = 0.9 if LABEL_SMOOTHING else 1.0  # one-sided label smoothing: real = 0.9, fakes stay 0
    return (cross_entropy(tf.ones_like(real_logits) * real_target, real_logits)
            + cross_entropy(tf.zeros_like(fake_logits), fake_logits))

def generator_loss(fake_logits):
    # D's decisions on fakes compared with a matrix of ones: the non-saturating loss.
    return cross_entropy(tf.ones_like(fake_logits), fake_logits)
`;

/** The lsgan cell trains this DCGAN twice from one seed: once with cross-entropy, once with least squares. */
const LEAST_SQUARES_LOSSES = `def discriminator_loss(real_logits, fake_logits):
    if LOSS == 'least-squares':
        # Mao et al. 2017, 0-1-1 coding: D's raw score regressed onto 1 for real, 0 for fake.
        return 0.5 * (tf.reduce_mean(tf.square(real_logits - 1.0)) + tf.reduce_mean(tf.square(fake_logits)))
    return (cross_entropy(tf.ones_like(real_logits), real_logits)
            + cross_entropy(tf.zeros_like(fake_logits), fake_logits))

def generator_loss(fake_logits):
    if LOSS == 'least-squares':
        return 0.5 * tf.reduce_mean(tf.square(fake_logits - 1.0))  # G wants the score 1
    return cross_entropy(tf.ones_like(fake_logits), fake_logits)
`;

const HEADER = `import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
import matplotlib.pyplot as plt
`;

const body = (leastSquares: boolean) => `
# MNIST digits, scaled to the generator's output range
(x_train, _), _ = keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 28, 28, 1).astype('float32') / 255.0
if PIXEL_RANGE == 'tanh':
    x_train = x_train * 2.0 - 1.0  # tanh output: pixels in (-1, 1)
dataset = tf.data.Dataset.from_tensor_slices(x_train).shuffle(60000).repeat().batch(BATCH_SIZE, drop_remainder=True)

init = keras.initializers.RandomNormal(stddev=0.02)  # the DCGAN paper's N(0, 0.02)

def make_generator():
    g0, g1 = G_FILTERS
    model = keras.Sequential([
        keras.Input(shape=(LATENT_SIZE,)),
        layers.Dense(7 * 7 * g0, use_bias=not BATCH_NORM, kernel_initializer=init),
        layers.Reshape((7, 7, g0)),
    ])
    if BATCH_NORM:
        model.add(layers.BatchNormalization(epsilon=1e-5))
    model.add(layers.ReLU())
    model.add(layers.Conv2DTranspose(g1, 5, strides=2, padding='same', use_bias=not BATCH_NORM, kernel_initializer=init))  # 14x14
    if BATCH_NORM:
        model.add(layers.BatchNormalization(epsilon=1e-5))
    model.add(layers.ReLU())
    model.add(layers.Conv2DTranspose(1, 5, strides=2, padding='same', activation=PIXEL_RANGE, kernel_initializer=init))  # 28x28
    return model

def make_discriminator():
    d0, d1 = D_FILTERS
    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(d0, 5, strides=2, padding='same', kernel_initializer=init),  # 14x14
        layers.LeakyReLU(0.2),
        layers.Conv2D(d1, 5, strides=2, padding='same', kernel_initializer=init),  # 7x7
        layers.LeakyReLU(0.2),
        layers.Flatten(),
        layers.Dense(1, kernel_initializer=init),  # a logit: no sigmoid, the loss applies it
    ])

generator = make_generator()
discriminator = make_discriminator()
# Freezing: a network with trainable = False has no trainable variables, so it is measured but never updated.
generator.trainable = not FREEZE_G
discriminator.trainable = not FREEZE_D

# The samples are drawn by a moving average of G's weights (Yazıcı et al. 2018): a copy of G
# that follows it slowly, smoothing the back-and-forth of the game. Training never reads it.
average_generator = make_generator()

def update_average(step):
    if step == 1:  # the average starts as G after the first step
        average_generator.set_weights(generator.get_weights())
    decay = min(0.99, (1 + step) / (10 + step))  # short memory at first, then about 100 steps
    for avg, w in zip(average_generator.weights, generator.weights):
        avg.assign(decay * avg + (1 - decay) * w)

cross_entropy = keras.losses.BinaryCrossentropy(from_logits=True)
g_opt = keras.optimizers.Adam(LR_G, beta_1=BETA_1, epsilon=1e-8)
d_opt = keras.optimizers.Adam(LR_D, beta_1=BETA_1, epsilon=1e-8)

${leastSquares ? LEAST_SQUARES_LOSSES : CROSS_ENTROPY_LOSSES}
def apply(tape, loss, model, optimizer):
    if model.trainable_variables:  # empty when frozen
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))

@tf.function
def train_step(real_batches, update_d):
    for real in real_batches:  # D_STEPS discriminator updates, each on its own real batch
        fake = generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]), training=True)
        with tf.GradientTape() as tape:
            # Real and fake through D as one batch, then split.
            logits = discriminator(tf.concat([real, fake], axis=0), training=True)
            real_logits, fake_logits = tf.split(logits, 2)
            d_loss = discriminator_loss(real_logits, fake_logits)
        if update_d:  # False while D is frozen for the first FREEZE_D_UNTIL steps: measured, not trained
            apply(tape, d_loss, discriminator, d_opt)
    for _ in range(G_STEPS):  # G_STEPS generator updates, each on fresh noise
        with tf.GradientTape() as tape:
            fake_logits = discriminator(generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]), training=True), training=True)
            g_loss = generator_loss(fake_logits)
        apply(tape, g_loss, generator, g_opt)
    return d_loss, g_loss

batches = iter(dataset)
for step in range(1, 2001):
    d_loss, g_loss = train_step([next(batches) for _ in range(D_STEPS)], update_d=step > FREEZE_D_UNTIL)
    if AVERAGE_G:
        update_average(step)
    if step % 200 == 0:
        print(f'step {step}: D loss {float(d_loss):.3f}, G loss {float(g_loss):.3f}')

shown = average_generator if AVERAGE_G else generator
samples = shown(tf.random.normal([64, LATENT_SIZE]), training=True).numpy()
if PIXEL_RANGE == 'tanh':
    samples = (samples + 1) / 2
plt.figure(figsize=(4, 4))
for i in range(64):
    plt.subplot(8, 8, i + 1)
    plt.imshow(samples[i, :, :, 0], cmap='gray')
    plt.axis('off')
plt.show()
`;

type ImageGanKey = keyof typeof DCGAN_DEFAULTS;

/**
 * The image GAN with the widths of a given cell (the lesson's DCGAN is half
 * the reference's). `cellKeys`: the settings the cell has; the others are
 * written as the DCGAN cell's defaults (the lsgan cell fixes them).
 */
export function imageGanKeras(
  generatorFilters: readonly [number, number],
  discriminatorFilters: readonly [number, number],
  cellKeys: readonly ImageGanKey[] | 'all' = 'all',
  /** Settings a cell fixes to other values than the DCGAN cell's defaults. */
  fixed: Partial<Record<ImageGanKey, boolean>> = {},
): KerasTemplate {
  const leastSquares = cellKeys !== 'all';
  return (v: ValueOf) => {
    const value = (key: ImageGanKey): ValueRef | string => (cellKeys === 'all' || cellKeys.includes(key) ? v(key) : pythonLiteral(fixed[key] ?? DCGAN_DEFAULTS[key]));
    return joinSnippets(
      { code: HEADER + '\n', params: [] },
      py`
        # The cell's settings
        LR_G = ${value('lrG')}
        LR_D = ${value('lrD')}
        D_STEPS = ${value('dSteps')}
        G_STEPS = ${value('gStepsPerD')}
        FREEZE_D_UNTIL = ${value('freezeDUntil')}
        AVERAGE_G = ${value('averageG')}
        BETA_1 = ${value('beta1')}
        BATCH_SIZE = ${value('batchSize')}
        LABEL_SMOOTHING = ${value('labelSmoothing')}
        FREEZE_G = ${value('freezeG')}
        FREEZE_D = ${value('freezeD')}
        LATENT_SIZE = ${value('latentSize')}
        PIXEL_RANGE = ${value('outputRange')}  # 'tanh': pixels in (-1, 1); 'sigmoid': (0, 1)
        BATCH_NORM = ${value('batchNorm')}
        G_FILTERS = (${generatorFilters[0]}, ${generatorFilters[1]})
        D_FILTERS = (${discriminatorFilters[0]}, ${discriminatorFilters[1]})
      `,
      leastSquares
        ? { code: "LOSS = 'least-squares'  # the cell trains both from one seed: run again with LOSS = 'bce' (and tf.random.set_seed(1) before each)\n", params: [] }
        : { code: '', params: [] },
      { code: body(leastSquares), params: [] },
    );
  };
}
