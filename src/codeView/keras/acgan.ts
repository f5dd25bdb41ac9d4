/**
 * Keras text of the acgan cell (Odena, Olah & Shlens 2017): the DCGAN-shaped
 * generator fed z beside a one-hot class, a discriminator with one real/fake
 * logit and ten class logits, and both players' losses with the class
 * cross-entropy added, as src/ml/steps/acganStep.ts and src/ml/losses/acgan.ts.
 */
import { py, type KerasTemplate } from '../python';
import { joinSnippets } from './toyGan';

const BODY = `
LATENT_SIZE, CLASSES = 64, 10
(x_train, y_train), _ = keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 28, 28, 1).astype('float32') / 127.5 - 1.0  # pixels in (-1, 1)
dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train.astype('int32'))).shuffle(60000).repeat().batch(BATCH_SIZE, drop_remainder=True)
init = keras.initializers.RandomNormal(stddev=0.02)

def make_generator():
    z, label = keras.Input(shape=(LATENT_SIZE,)), keras.Input(shape=(), dtype='int32')
    h = layers.Concatenate()([z, tf.one_hot(label, CLASSES)])      # the class travels beside z
    h = layers.Dense(7 * 7 * 32, use_bias=False, kernel_initializer=init)(h)
    h = layers.ReLU()(layers.BatchNormalization(epsilon=1e-5)(layers.Reshape((7, 7, 32))(h)))
    h = layers.Conv2DTranspose(16, 5, strides=2, padding='same', use_bias=False, kernel_initializer=init)(h)
    h = layers.ReLU()(layers.BatchNormalization(epsilon=1e-5)(h))
    image = layers.Conv2DTranspose(1, 5, strides=2, padding='same', activation='tanh', kernel_initializer=init)(h)
    return keras.Model([z, label], image)

def make_discriminator():
    x = keras.Input(shape=(28, 28, 1))
    h = layers.LeakyReLU(0.2)(layers.Conv2D(16, 5, strides=2, padding='same', kernel_initializer=init)(x))
    h = layers.LeakyReLU(0.2)(layers.Conv2D(32, 5, strides=2, padding='same', kernel_initializer=init)(h))
    out = layers.Dense(1 + CLASSES, kernel_initializer=init)(layers.Flatten()(h))
    return keras.Model(x, [out[:, :1], out[:, 1:]])                   # real/fake logit, class logits

generator, discriminator = make_generator(), make_discriminator()
g_opt = keras.optimizers.Adam(LR_G, beta_1=BETA_1, epsilon=1e-8)
d_opt = keras.optimizers.Adam(LR_D, beta_1=BETA_1, epsilon=1e-8)
bce = keras.losses.BinaryCrossentropy(from_logits=True)
class_ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

@tf.function
def train_step(real, labels):
    fake_labels = tf.random.uniform([BATCH_SIZE], 0, CLASSES, dtype=tf.int32)
    fake = generator([tf.random.normal([BATCH_SIZE, LATENT_SIZE]), fake_labels], training=True)
    with tf.GradientTape() as tape:
        source, classes = discriminator(tf.concat([real, fake], axis=0))
        real_source, fake_source = tf.split(source, 2)
        real_classes, fake_classes = tf.split(classes, 2)
        # Real or fake, plus: which digit is it? (on real digits and on the fakes' requested classes)
        d_loss = (bce(tf.ones_like(real_source), real_source) + bce(tf.zeros_like(fake_source), fake_source)
                  + class_ce(labels, real_classes) + class_ce(fake_labels, fake_classes))
    grads = tape.gradient(d_loss, discriminator.trainable_variables)
    d_opt.apply_gradients(zip(grads, discriminator.trainable_variables))

    g_labels = tf.random.uniform([BATCH_SIZE], 0, CLASSES, dtype=tf.int32)
    with tf.GradientTape() as tape:
        source, classes = discriminator(generator([tf.random.normal([BATCH_SIZE, LATENT_SIZE]), g_labels], training=True))
        # G wants its fakes called real (ones) and filed under the class it was asked for.
        g_loss = bce(tf.ones_like(source), source) + class_ce(g_labels, classes)
    grads = tape.gradient(g_loss, generator.trainable_variables)
    g_opt.apply_gradients(zip(grads, generator.trainable_variables))
    return d_loss, g_loss

batches = iter(dataset)
for step in range(1, 2001):
    d_loss, g_loss = train_step(*next(batches))
    if step % 200 == 0:
        print(f'step {step}: D loss {float(d_loss):.3f}, G loss {float(g_loss):.3f}')

digits = generator([tf.random.normal([16, LATENT_SIZE]), tf.fill([16], int(DIGIT))], training=True).numpy()
plt.figure(figsize=(8, 1))
for i in range(16):
    plt.subplot(1, 16, i + 1)
    plt.imshow((digits[i, :, :, 0] + 1) / 2, cmap='gray')
    plt.axis('off')
plt.show()
`;

export const acganKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\nimport matplotlib.pyplot as plt\n\n', params: [] },
    py`
      # The cell's settings
      DIGIT = ${v('digit')}  # the class asked for in the row of samples at the end
      LR_G = ${v('lrG')}
      LR_D = ${v('lrD')}
      BETA_1 = ${v('beta1')}
      BATCH_SIZE = ${v('batchSize')}
    `,
    { code: BODY, params: [] },
  );
