/**
 * Keras text of the sgan cell (Odena 2016; Salimans et al. 2016): a
 * 10-class classifier with weight-normalised dense layers and Gaussian noise
 * is also the discriminator (D(x) from the log-sum-exp of its logits), the
 * generator learns by feature matching, and a labels-only twin trains on the
 * same N labelled digits, as src/ml/models/sgan.ts and src/ml/steps/sganStep.ts.
 */
import { py, type KerasTemplate } from '../python';
import { joinSnippets } from './toyGan';

const BODY = `
LATENT_SIZE, GENERATOR_UNITS, CLASSIFIER_UNITS = 64, 128, (200, 100, 100)
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train = x_train.reshape(-1, 28, 28, 1).astype('float32') / 127.5 - 1.0  # pixels in (-1, 1)
x_test = x_test.reshape(-1, 28, 28, 1).astype('float32') / 127.5 - 1.0
# A balanced draw of N labelled digits (N/10 per class); every training digit is also used without its label.
labelled = np.concatenate([np.random.permutation(np.where(y_train == c)[0])[:int(LABELS) // 10] for c in range(10)])
x_lab, y_lab = x_train[labelled], y_train[labelled].astype('int32')

class WeightNormDense(layers.Layer):
    """Dense with weight normalisation (Salimans & Kingma 2016): w = g * v / ||v||."""
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.v = self.add_weight(shape=(input_shape[-1], self.units), initializer=keras.initializers.RandomNormal(stddev=0.05))
        self.g = self.add_weight(shape=(self.units,), initializer='ones')
        self.b = self.add_weight(shape=(self.units,), initializer='zeros')

    def call(self, x):
        return tf.matmul(x, self.g * self.v / tf.norm(self.v, axis=0, keepdims=True)) + self.b

class Classifier(keras.Model):
    """784 -> 200 -> 100 -> 100 -> 10 logits; in training, noise on the input (0.6) and on the hidden layers (0.5)."""
    def __init__(self):
        super().__init__()
        self.dense = [WeightNormDense(units) for units in CLASSIFIER_UNITS] + [WeightNormDense(10)]

    def call(self, images, training=False):
        noise = lambda x, std: x + tf.random.normal(tf.shape(x), stddev=std) if training else x
        h = noise(tf.reshape(images, [-1, 784]), 0.6)
        for i, layer in enumerate(self.dense[:-1]):
            h = tf.nn.relu(layer(h))
            if i < len(self.dense) - 2:
                h = noise(h, 0.5)
        return h, self.dense[-1](noise(h, 0.5))  # features (what feature matching compares), class logits

    def init_from_data(self, images):
        # Data-dependent init: every unit starts with mean 0 and deviation 1 on a batch of real digits.
        h = tf.reshape(images, [-1, 784])
        for layer in self.dense:
            mean, variance = tf.nn.moments(layer(h), axes=[0])
            inv = tf.math.rsqrt(variance + 1e-6)
            layer.g.assign(layer.g * inv)
            layer.b.assign((layer.b - mean) * inv)
            h = tf.nn.relu(layer(h))

generator = keras.Sequential([
    keras.Input(shape=(LATENT_SIZE,)),
    layers.Dense(GENERATOR_UNITS, use_bias=False), layers.BatchNormalization(epsilon=1e-5), layers.ReLU(),
    layers.Dense(784, activation='tanh'), layers.Reshape((28, 28, 1)),
])
discriminator, baseline = Classifier(), Classifier()   # the GAN's classifier and its labels-only twin
for model in (discriminator, baseline):
    model.init_from_data(x_train[np.random.randint(len(x_train), size=200)])
g_opt, d_opt, b_opt = (keras.optimizers.Adam(lr, beta_1=BETA_1, epsilon=1e-8) for lr in (LR_G, LR_D, LR_D))
class_ce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

def unsupervised_loss(real_logits, fake_logits):
    # D(x) = Z / (Z + 1) with Z the sum of exp(logits): "real" is "some class", fake is "none of them".
    lse_real = tf.reduce_logsumexp(real_logits, axis=1)
    lse_fake = tf.reduce_logsumexp(fake_logits, axis=1)
    return tf.reduce_mean(tf.nn.softplus(lse_real) - lse_real) + tf.reduce_mean(tf.nn.softplus(lse_fake))

@tf.function
def train_step(x_l, y_l, x_u):
    fake = generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]), training=True)
    with tf.GradientTape() as tape:
        _, logits = discriminator(tf.concat([x_l, x_u, fake], axis=0), training=True)
        lab, unl, fak = tf.split(logits, [tf.shape(x_l)[0], BATCH_SIZE, BATCH_SIZE])
        d_loss = class_ce(y_l, lab) + unsupervised_loss(unl, fak)
    d_opt.apply_gradients(zip(tape.gradient(d_loss, discriminator.trainable_variables), discriminator.trainable_variables))
    with tf.GradientTape() as tape:
        # Feature matching: G matches the mean of D's last hidden layer on real digits.
        features, _ = discriminator(tf.concat([x_u, generator(tf.random.normal([BATCH_SIZE, LATENT_SIZE]), training=True)], axis=0), training=True)
        real_f, fake_f = tf.split(features, 2)
        g_loss = tf.reduce_mean(tf.square(tf.reduce_mean(real_f, 0) - tf.reduce_mean(fake_f, 0)))
    g_opt.apply_gradients(zip(tape.gradient(g_loss, generator.trainable_variables), generator.trainable_variables))
    with tf.GradientTape() as tape:
        b_loss = class_ce(y_l, baseline(x_l, training=True)[1])  # the twin sees the labelled digits only
    b_opt.apply_gradients(zip(tape.gradient(b_loss, baseline.trainable_variables), baseline.trainable_variables))
    return d_loss, g_loss, b_loss

accuracy = lambda model: np.mean(np.argmax(model(x_test[:2000])[1], axis=1) == y_test[:2000])
for step in range(1, 3001):
    pick = np.random.randint(len(x_lab), size=min(BATCH_SIZE, len(x_lab)))
    train_step(x_lab[pick], y_lab[pick], x_train[np.random.randint(len(x_train), size=BATCH_SIZE)])
    if step % 500 == 0:
        print(f'step {step}: test accuracy, GAN classifier {accuracy(discriminator):.1%}, labels only {accuracy(baseline):.1%}')
`;

export const sganKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\n\n', params: [] },
    py`
      # The cell's settings
      LABELS = ${v('labels')}  # how many training digits keep their label
      LR_G = ${v('lrG')}
      LR_D = ${v('lrD')}  # the discriminator's and the labels-only classifier's
      BETA_1 = ${v('beta1')}
      BATCH_SIZE = ${v('batchSize')}
    `,
    { code: BODY, params: [] },
  );
