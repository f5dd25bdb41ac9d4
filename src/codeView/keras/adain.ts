/**
 * Keras text of the adain cell: a style-based generator (Karras, Laine &
 * Aila 2019) at MNIST size: a mapping network z → w, a 7×7 start, and four
 * AdaIN layers whose scale and bias come from w (the first two from w_coarse,
 * the last two from w_fine, which style mixing sets apart), against the
 * lesson's DCGAN discriminator, as src/ml/models/styleGenerator.ts and
 * src/ml/trainers/adain.ts.
 */
import { py, type KerasTemplate } from '../python';
import { joinSnippets } from './toyGan';

const BODY = `
LATENT_SIZE, C0, C1 = 32, 32, 16
(x_train, _), _ = keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 28, 28, 1).astype('float32') / 127.5 - 1.0  # pixels in (-1, 1)
dataset = tf.data.Dataset.from_tensor_slices(x_train).shuffle(60000).repeat().batch(BATCH_SIZE, drop_remainder=True)
init = keras.initializers.RandomNormal(stddev=0.02)

class AdaIN(layers.Layer):
    """Instance-normalise each channel, then scale and shift it by a style computed from w."""
    def __init__(self, channels):
        super().__init__()
        # Scale biases start at 1, so each AdaIN starts as plain instance normalisation.
        start = lambda shape, dtype=None: tf.concat([tf.ones([channels]), tf.zeros([channels])], 0)
        self.style = layers.Dense(2 * channels, kernel_initializer=keras.initializers.RandomNormal(stddev=LATENT_SIZE ** -0.5), bias_initializer=start)

    def call(self, x, w):
        scale, bias = tf.split(self.style(w), 2, axis=-1)
        mean, variance = tf.nn.moments(x, axes=[1, 2], keepdims=True)
        return (x - mean) * tf.math.rsqrt(variance + 1e-5) * scale[:, None, None, :] + bias[:, None, None, :]

class StyleGenerator(keras.Model):
    def __init__(self):
        super().__init__()
        self.mapping = keras.Sequential([layers.Dense(LATENT_SIZE, kernel_initializer='he_normal'), layers.LeakyReLU(0.2),
                                         layers.Dense(LATENT_SIZE, kernel_initializer='he_normal'), layers.LeakyReLU(0.2)])
        self.start = layers.Dense(7 * 7 * C0, use_bias=False, kernel_initializer='he_normal')
        self.adain = [AdaIN(C0), AdaIN(C0), AdaIN(C1), AdaIN(C1)]
        self.conv0 = layers.Conv2D(C0, 3, padding='same', kernel_initializer=init)
        self.up1 = layers.Conv2DTranspose(C1, 5, strides=2, padding='same', kernel_initializer=init)
        self.conv1 = layers.Conv2D(C1, 3, padding='same', kernel_initializer=init)
        self.up2 = layers.Conv2DTranspose(1, 5, strides=2, padding='same', kernel_initializer=init)

    def synthesis(self, w_coarse, w_fine):
        lrelu = lambda x: tf.nn.leaky_relu(x, 0.2)
        x = tf.reshape(self.start(w_coarse), [-1, 7, 7, C0])
        x = self.adain[1](lrelu(self.conv0(self.adain[0](x, w_coarse))), w_coarse)   # 7x7: coarse styles
        x = self.adain[3](lrelu(self.conv1(self.adain[2](lrelu(self.up1(x)), w_fine))), w_fine)  # 14x14: fine styles
        return tf.tanh(self.up2(x))

    def call(self, z):
        w = self.mapping(z)
        return self.synthesis(w, w)

generator = StyleGenerator()
discriminator = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 5, strides=2, padding='same', kernel_initializer=init), layers.LeakyReLU(0.2),
    layers.Conv2D(32, 5, strides=2, padding='same', kernel_initializer=init), layers.LeakyReLU(0.2),
    layers.Flatten(), layers.Dense(1, kernel_initializer=init),  # a logit
])
g_opt = keras.optimizers.Adam(LR_G, beta_1=BETA_1, epsilon=1e-8)
d_opt = keras.optimizers.Adam(LR_D, beta_1=BETA_1, epsilon=1e-8)
bce = keras.losses.BinaryCrossentropy(from_logits=True)

@tf.function
def train_step(real):
    fake = generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]))
    with tf.GradientTape() as tape:
        real_logits, fake_logits = tf.split(discriminator(tf.concat([real, fake], axis=0)), 2)
        d_loss = bce(tf.ones_like(real_logits), real_logits) + bce(tf.zeros_like(fake_logits), fake_logits)
    d_opt.apply_gradients(zip(tape.gradient(d_loss, discriminator.trainable_variables), discriminator.trainable_variables))
    with tf.GradientTape() as tape:
        fake_logits = discriminator(generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE])))
        g_loss = bce(tf.ones_like(fake_logits), fake_logits)
    g_opt.apply_gradients(zip(tape.gradient(g_loss, generator.trainable_variables), generator.trainable_variables))
    return d_loss, g_loss

batches = iter(dataset)
for step in range(1, 3001):
    d_loss, g_loss = train_step(next(batches))
    if step % 300 == 0:
        print(f'step {step}: D loss {float(d_loss):.3f}, G loss {float(g_loss):.3f}')

# Style mixing: rows take the coarse styles (shape) of one w, columns the fine styles (stroke) of another.
w = generator.mapping(tf.random.normal([6, LATENT_SIZE]))
plt.figure(figsize=(6, 6))
for r in range(6):
    for c in range(6):
        image = generator.synthesis(w[r:r + 1], w[c:c + 1])[0, :, :, 0]
        plt.subplot(6, 6, 6 * r + c + 1)
        plt.imshow((image + 1) / 2, cmap='gray')
        plt.axis('off')
plt.show()
`;

export const adainKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\nimport matplotlib.pyplot as plt\n\n', params: [] },
    py`
      # The cell's settings (it can start from the course's pretrained weights; this trains from scratch)
      LR_G = ${v('lrG')}
      LR_D = ${v('lrD')}
      BETA_1 = ${v('beta1')}
      BATCH_SIZE = ${v('batchSize')}
    `,
    { code: BODY, params: [] },
  );
