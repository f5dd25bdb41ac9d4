/**
 * Keras text of the autoencoder cell: the convolutional encoder and decoder
 * of src/ml/models/autoencoder.ts (kernel 4, stride 2, 8 and 16 filters, a
 * linear code), pixel cross-entropy on logits or MSE, Adam, optional input
 * noise for a denoising autoencoder, and the anomaly threshold on per-image
 * error.
 */
import { py, type KerasTemplate } from '../python';
import { joinSnippets } from './toyGan';

const BODY = `
(x_train, _), (x_test, _) = keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 28, 28, 1).astype('float32') / 255.0  # pixels in [0, 1]
x_test = x_test.reshape(-1, 28, 28, 1).astype('float32') / 255.0
dataset = tf.data.Dataset.from_tensor_slices(x_train).shuffle(60000).repeat().batch(BATCH_SIZE)

encoder = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, 4, strides=2, padding='same', kernel_initializer='he_normal'),   # 14x14x8
    layers.LeakyReLU(0.2),
    layers.Conv2D(16, 4, strides=2, padding='same', kernel_initializer='he_normal'),  # 7x7x16
    layers.LeakyReLU(0.2),
    layers.Flatten(),
    layers.Dense(LATENT_SIZE, kernel_initializer='he_normal'),  # a linear code: no squashing
])
decoder = keras.Sequential([
    keras.Input(shape=(LATENT_SIZE,)),
    layers.Dense(7 * 7 * 16, activation='relu', kernel_initializer='he_normal'),
    layers.Reshape((7, 7, 16)),
    layers.Conv2DTranspose(8, 4, strides=2, padding='same', activation='relu', kernel_initializer='he_normal'),  # 14x14x8
    layers.Conv2DTranspose(1, 4, strides=2, padding='same', kernel_initializer='he_normal'),  # 28x28x1 pixel logits
])

optimizer = keras.optimizers.Adam(LEARNING_RATE)  # β1 = 0.9: one network, no game to damp

def reconstruction_loss(clean, logits):
    if LOSS == 'bce':
        # Pixels read as probabilities: cross-entropy on the decoder's logits.
        return keras.losses.BinaryCrossentropy(from_logits=True)(clean, logits)
    return tf.reduce_mean(tf.square(clean - tf.sigmoid(logits)))

@tf.function
def train_step(clean):
    # Denoising: the input gets Gaussian noise (clipped to [0, 1]); the target stays the clean digit.
    noisy = tf.clip_by_value(clean + tf.random.normal(tf.shape(clean), stddev=NOISE), 0.0, 1.0) if NOISE > 0 else clean
    with tf.GradientTape() as tape:
        loss = reconstruction_loss(clean, decoder(encoder(noisy)))
    variables = encoder.trainable_variables + decoder.trainable_variables
    optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
    return loss

batches = iter(dataset)
for step in range(1, 3001):
    loss = train_step(next(batches))
    if step % 500 == 0:
        print(f'step {step}: reconstruction loss {float(loss):.4f}')

# Anomaly detection: an image whose per-pixel squared error is above the threshold is "not a digit".
reconstructed = tf.sigmoid(decoder(encoder(x_test[:1000]))).numpy()
errors = np.mean((x_test[:1000] - reconstructed) ** 2, axis=(1, 2, 3))
print(f'held-out error {errors.mean():.4f}; digits wrongly flagged: {np.mean(errors > THRESHOLD):.2%}')
`;

export const autoencoderKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\n\n', params: [] },
    py`
      # The cell's settings
      LATENT_SIZE = ${v('latentSize')}
      LEARNING_RATE = ${v('learningRate')}
      BATCH_SIZE = ${v('batchSize')}
      LOSS = ${v('loss')}  # 'bce' or 'mse'
      NOISE = ${v('noise')}  # standard deviation of the input noise (0: a plain autoencoder)
      THRESHOLD = ${v('threshold')}
    `,
    { code: BODY, params: [] },
  );
