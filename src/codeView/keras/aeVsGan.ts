/**
 * Keras text of the aeVsGan cell: the autoencoder of the autoencoder cell
 * (pixel cross-entropy, Adam β1 = 0.9) and the lesson's DCGAN (one learning
 * rate for both players, β1 = 0.5) with the same latent size, trained side
 * by side; then both decoders are sampled with random latent vectors, as
 * src/ml/trainers/aeVsGan.ts does.
 */
import { py, type KerasTemplate } from '../python';
import { joinSnippets } from './toyGan';

const BODY = `
(x_train, _), _ = keras.datasets.mnist.load_data()
x01 = x_train.reshape(-1, 28, 28, 1).astype('float32') / 255.0   # the autoencoder's pixels: [0, 1]
x11 = x01 * 2.0 - 1.0                                           # the GAN's pixels: (-1, 1), tanh output
init = keras.initializers.RandomNormal(stddev=0.02)

encoder = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, 4, strides=2, padding='same', kernel_initializer='he_normal'), layers.LeakyReLU(0.2),
    layers.Conv2D(16, 4, strides=2, padding='same', kernel_initializer='he_normal'), layers.LeakyReLU(0.2),
    layers.Flatten(), layers.Dense(LATENT_SIZE, kernel_initializer='he_normal'),
])
decoder = keras.Sequential([
    keras.Input(shape=(LATENT_SIZE,)),
    layers.Dense(7 * 7 * 16, activation='relu', kernel_initializer='he_normal'), layers.Reshape((7, 7, 16)),
    layers.Conv2DTranspose(8, 4, strides=2, padding='same', activation='relu', kernel_initializer='he_normal'),
    layers.Conv2DTranspose(1, 4, strides=2, padding='same', kernel_initializer='he_normal'),  # pixel logits
])
generator = keras.Sequential([
    keras.Input(shape=(LATENT_SIZE,)),
    layers.Dense(7 * 7 * 32, use_bias=False, kernel_initializer=init), layers.Reshape((7, 7, 32)),
    layers.BatchNormalization(epsilon=1e-5), layers.ReLU(),
    layers.Conv2DTranspose(16, 5, strides=2, padding='same', use_bias=False, kernel_initializer=init),
    layers.BatchNormalization(epsilon=1e-5), layers.ReLU(),
    layers.Conv2DTranspose(1, 5, strides=2, padding='same', activation='tanh', kernel_initializer=init),
])
discriminator = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 5, strides=2, padding='same', kernel_initializer=init), layers.LeakyReLU(0.2),
    layers.Conv2D(32, 5, strides=2, padding='same', kernel_initializer=init), layers.LeakyReLU(0.2),
    layers.Flatten(), layers.Dense(1, kernel_initializer=init),  # a logit
])

ae_opt = keras.optimizers.Adam(AE_LEARNING_RATE)
g_opt = keras.optimizers.Adam(GAN_LEARNING_RATE, beta_1=0.5, epsilon=1e-8)
d_opt = keras.optimizers.Adam(GAN_LEARNING_RATE, beta_1=0.5, epsilon=1e-8)
bce = keras.losses.BinaryCrossentropy(from_logits=True)

@tf.function
def train_step(ae_batch, gan_batch):
    # The autoencoder learns to copy: input and target are the same digits.
    with tf.GradientTape() as tape:
        ae_loss = bce(ae_batch, decoder(encoder(ae_batch)))
    variables = encoder.trainable_variables + decoder.trainable_variables
    ae_opt.apply_gradients(zip(tape.gradient(ae_loss, variables), variables))
    # The GAN never copies: D compares real digits with G's drawings, G learns from D.
    fake = generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]), training=True)
    with tf.GradientTape() as tape:
        real_logits, fake_logits = tf.split(discriminator(tf.concat([gan_batch, fake], axis=0)), 2)
        d_loss = bce(tf.ones_like(real_logits), real_logits) + bce(tf.zeros_like(fake_logits), fake_logits)
    d_opt.apply_gradients(zip(tape.gradient(d_loss, discriminator.trainable_variables), discriminator.trainable_variables))
    with tf.GradientTape() as tape:
        fake_logits = discriminator(generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]), training=True))
        g_loss = bce(tf.ones_like(fake_logits), fake_logits)
    g_opt.apply_gradients(zip(tape.gradient(g_loss, generator.trainable_variables), generator.trainable_variables))
    return ae_loss, d_loss, g_loss

for step in range(1, 2001):
    i, j = np.random.randint(len(x01), size=BATCH_SIZE), np.random.randint(len(x11), size=BATCH_SIZE)
    ae_loss, d_loss, g_loss = train_step(x01[i], x11[j])
    if step % 200 == 0:
        print(f'step {step}: AE loss {float(ae_loss):.4f}, D loss {float(d_loss):.3f}, G loss {float(g_loss):.3f}')

# Sampling: the generator was trained on N(0, I) noise; the decoder never was, so draw its codes
# from N(0, I) ('standard') or from a Gaussian fitted to the codes of 500 real digits.
eps = np.random.normal(size=(64, LATENT_SIZE)).astype('float32')
codes = encoder(x01[:500]).numpy()
if SAMPLING == 'fitted':
    z_ae = codes.mean(0) + eps @ np.linalg.cholesky(np.cov(codes, rowvar=False) + 1e-6 * np.eye(LATENT_SIZE)).T
elif SAMPLING == 'diagonal':
    z_ae = codes.mean(0) + eps * codes.std(0)
else:
    z_ae = eps
ae_samples = tf.sigmoid(decoder(z_ae.astype('float32'))).numpy()
gan_samples = (generator(tf.random.normal([64, LATENT_SIZE]), training=True).numpy() + 1) / 2
for title, samples in (('autoencoder decoder', ae_samples), ('GAN generator', gan_samples)):
    plt.figure(figsize=(4, 4))
    plt.suptitle(title)
    for k in range(64):
        plt.subplot(8, 8, k + 1)
        plt.imshow(samples[k, :, :, 0], cmap='gray')
        plt.axis('off')
    plt.show()
`;

export const aeVsGanKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\nimport matplotlib.pyplot as plt\n\n', params: [] },
    py`
      # The cell's settings
      LATENT_SIZE = ${v('latentSize')}
      SAMPLING = ${v('sampling')}  # how the decoder's random codes are drawn
      AE_LEARNING_RATE = ${v('aeLearningRate')}
      GAN_LEARNING_RATE = ${v('ganLearningRate')}
      BATCH_SIZE = ${v('batchSize')}
    `,
    { code: BODY, params: [] },
  );
