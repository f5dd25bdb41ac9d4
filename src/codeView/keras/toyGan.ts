/**
 * Keras text of the toy GANs (cells gan1d and gan2d): two small MLPs with
 * leaky ReLU, binary cross-entropy on logits, k discriminator steps per
 * generator step (Goodfellow et al. 2014, algorithm 1), SGD or Adam with
 * β1 = 0.5. The same layers and step as src/ml/steps/ganGame.ts.
 */
import { py, type KerasTemplate, type PythonSnippet, type ValueOf } from '../python';

/** The two MLPs and their optimisers; the text before it sets NOISE_DIM, DATA_DIM, D_INPUT_SCALE and the settings. */
export const TOY_NETWORKS = `
# Two small MLPs, as in the cell: hidden layers with leaky ReLU (slope 0.2),
# He-uniform weights, zero biases, a linear last layer.
def mlp(inputs, outputs, input_scale=1.0):
    return keras.Sequential([
        keras.Input(shape=(inputs,)),
        layers.Rescaling(input_scale),
        layers.Dense(HIDDEN, kernel_initializer='he_uniform'),
        layers.LeakyReLU(0.2),
        layers.Dense(HIDDEN, kernel_initializer='he_uniform'),
        layers.LeakyReLU(0.2),
        layers.Dense(outputs),  # no activation: D returns a logit, D(x) = sigmoid(logit)
    ])

generator = mlp(NOISE_DIM, DATA_DIM)
discriminator = mlp(DATA_DIM, 1, input_scale=D_INPUT_SCALE)

def make_optimizer(learning_rate):
    if OPTIMIZER == 'adam':
        return keras.optimizers.Adam(learning_rate, beta_1=0.5)
    return keras.optimizers.SGD(learning_rate)

g_opt = make_optimizer(LR_G)
d_opt = make_optimizer(LR_D)
`;

const LOSSES_AND_STEPS = `cross_entropy = keras.losses.BinaryCrossentropy(from_logits=True)

def discriminator_loss(real_logits, fake_logits):
    # Real samples labelled 1, generated ones 0: this is -V(D, G).
    return (cross_entropy(tf.ones_like(real_logits), real_logits)
            + cross_entropy(tf.zeros_like(fake_logits), fake_logits))

def generator_loss(fake_logits):
    if GENERATOR_LOSS == 'minimax':
        # Minimise log(1 - D(G(z))): the game itself; it saturates when D wins.
        return -cross_entropy(tf.zeros_like(fake_logits), fake_logits)
    # Non-saturating: maximise log D(G(z)), i.e. call the fakes real (target ones).
    return cross_entropy(tf.ones_like(fake_logits), fake_logits)

@tf.function
def discriminator_step(real):
    z = tf.random.normal([BATCH_SIZE, NOISE_DIM])
    fake = generator(z)  # data for this step: outside the tape, G is not updated
    with tf.GradientTape() as tape:
        logits = discriminator(tf.concat([real, fake], axis=0))
        real_logits, fake_logits = tf.split(logits, 2)
        loss = discriminator_loss(real_logits, fake_logits)
    grads = tape.gradient(loss, discriminator.trainable_variables)
    d_opt.apply_gradients(zip(grads, discriminator.trainable_variables))
    return loss

@tf.function
def generator_step():
    z = tf.random.normal([BATCH_SIZE, NOISE_DIM])
    with tf.GradientTape() as tape:
        loss = generator_loss(discriminator(generator(z)))
    # Only G's variables move; the gradient flows back through D.
    grads = tape.gradient(loss, generator.trainable_variables)
    g_opt.apply_gradients(zip(grads, generator.trainable_variables))
    return loss

for step in range(1, 3001):
    for _ in range(D_STEPS):
        d_loss = discriminator_step(tf.constant(sample_real(BATCH_SIZE)))
    g_loss = generator_step()
    if step % 500 == 0:
        print(f'step {step}: D loss {float(d_loss):.3f}, G loss {float(g_loss):.3f}')
`;

/**
 * A toy GAN's Python text: the imports, the cell's settings, its data, the
 * networks, then `rest` (losses and steps). The customLoss template shares it.
 */
export function toyGanText(settings: PythonSnippet, data: string, rest = LOSSES_AND_STEPS): PythonSnippet {
  return joinSnippets(
    { code: 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\n\n', params: [] },
    settings,
    { code: data + TOY_NETWORKS + rest, params: [] },
  );
}

/** Concatenates snippets, shifting each one's value spans. */
export function joinSnippets(...parts: PythonSnippet[]): PythonSnippet {
  let code = '';
  const params: PythonSnippet['params'] = [];
  for (const part of parts) {
    for (const p of part.params) params.push({ ...p, start: p.start + code.length, end: p.end + code.length });
    code += part.code.endsWith('\n') || !part.code ? part.code : `${part.code}\n`;
  }
  return { code, params };
}

const sharedSettings = (v: ValueOf) => py`
  # The cell's settings
  GENERATOR_LOSS = ${v('generatorLoss')}
  LR_G = ${v('lrG')}
  LR_D = ${v('lrD')}
  D_STEPS = ${v('dSteps')}
  OPTIMIZER = ${v('optimizer')}
  BATCH_SIZE = ${v('batchSize')}
  HIDDEN = ${v('hidden')}
`;

export const gan1dKeras: KerasTemplate = (v) =>
  toyGanText(
    joinSnippets(
      sharedSettings(v),
      py`
        TARGET_SHAPE = ${v('targetShape')}
        TARGET_MEAN = ${v('targetMean')}
        TARGET_STD = ${v('targetStd')}
      `,
    ),
    `
NOISE_DIM = 1        # one N(0, 1) number per sample
DATA_DIM = 1
D_INPUT_SCALE = 0.25 # D sees x / 4, so data spanning ±8 reaches it as ±2

def sample_real(n):
    if TARGET_SHAPE == 'gaussian':
        return np.random.normal(TARGET_MEAN, TARGET_STD, (n, 1)).astype('float32')
    # Two bumps with the same mean: centres at mean ± 2σ, each 0.5σ wide.
    side = np.random.choice([-1.0, 1.0], (n, 1))
    return np.random.normal(TARGET_MEAN + 2 * TARGET_STD * side, 0.5 * TARGET_STD).astype('float32')
`,
  );

export const gan2dKeras: KerasTemplate = (v) =>
  toyGanText(
    joinSnippets(sharedSettings(v), py`
      TARGET = ${v('target')}
    `),
    GAN2D_DATA,
  );

/** The gan2d cell's noise, sizes and targets (src/ml/data/targets2d.ts) in NumPy; the customLoss template shares them. */
export const GAN2D_DATA = `
NOISE_DIM = 2  # the generator bends a 2-D Gaussian into the target
DATA_DIM = 2
D_INPUT_SCALE = 1.0

def sample_real(n):
    if TARGET == 'ring':
        t = np.random.uniform(0, 2 * np.pi, n)
        r = 2 + 0.1 * np.random.normal(size=n)
        points = np.stack([r * np.cos(t), r * np.sin(t)], axis=1)
    elif TARGET == 'mixture':  # eight Gaussians on a circle of radius 2
        t = 2 * np.pi * np.random.randint(8, size=n) / 8
        points = np.stack([2 * np.cos(t), 2 * np.sin(t)], axis=1) + 0.1 * np.random.normal(size=(n, 2))
    elif TARGET == 'line':  # from (-2, -1.5) to (2, 1.5)
        u = np.random.uniform(size=(n, 1))
        points = np.array([-2, -1.5]) + u * np.array([4, 3]) + 0.05 * np.random.normal(size=(n, 2))
    else:  # two moons
        t = np.random.uniform(0, np.pi, n)
        upper = np.random.uniform(size=n) < 0.5
        mx = np.where(upper, np.cos(t), 1 - np.cos(t))
        my = np.where(upper, np.sin(t), 0.5 - np.sin(t))
        points = np.stack([1.6 * (mx - 0.5), 1.6 * (my - 0.25)], axis=1) + 0.08 * np.random.normal(size=(n, 2))
    return points.astype('float32')
`;
