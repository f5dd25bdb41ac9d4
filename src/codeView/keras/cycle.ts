/**
 * Keras text of the CycleGAN cells (cycle2d, cycleImages): G: X → Y and
 * F: Y → X take one joint Adam step on the full objective (least-squares
 * adversarial terms, λ·cycle L1, λ·fraction·identity L1), then D_X and D_Y one
 * step on their least-squares losses, as src/ml/steps/cycleGame.ts does.
 */
import { py, type KerasTemplate } from '../python';
import { joinSnippets } from './toyGan';

const HEADER = 'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\n\n';

const STEP = `
g_opt = keras.optimizers.Adam(LR_G, beta_1=0.5)  # one Adam over G and F together
d_opt = keras.optimizers.Adam(LR_D, beta_1=0.5)  # and one over D_X and D_Y
l1 = lambda a, b: tf.reduce_mean(tf.abs(a - b))
mse = lambda a, b: tf.reduce_mean(tf.square(a - b))

def adversarial_loss(fake_scores):
    # Least squares, G wants D to say 1 (the paper's L_GAN, twice the LSGAN form).
    return mse(fake_scores, tf.ones_like(fake_scores))

def discriminator_loss(real_scores, fake_scores):
    return 0.5 * (mse(real_scores, tf.ones_like(real_scores)) + mse(fake_scores, tf.zeros_like(fake_scores)))

@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        fake_y, fake_x = G(x), F(y)
        cycle = l1(F(fake_y), x) + l1(G(fake_x), y)      # x -> G -> F comes back to x
        adv = adversarial_loss(D_Y(fake_y)) + adversarial_loss(D_X(fake_x))
        identity = l1(G(y), y) + l1(F(x), x)             # G fed a y should leave it alone
        loss = adv + LAMBDA * cycle + LAMBDA * IDENTITY_FRACTION * identity
    variables = G.trainable_variables + F.trainable_variables
    g_opt.apply_gradients(zip(tape.gradient(loss, variables), variables))
    # The discriminators then score real samples against the fakes just made.
    with tf.GradientTape() as tape:
        d_loss = (discriminator_loss(D_Y(y), D_Y(fake_y)) + discriminator_loss(D_X(x), D_X(fake_x)))
    variables = D_X.trainable_variables + D_Y.trainable_variables
    d_opt.apply_gradients(zip(tape.gradient(d_loss, variables), variables))
    return cycle, d_loss
`;

const SETTINGS_NOTE = "# The cell's settings";

const points = `
X_CENTRE, Y_CENTRE = np.array([-2.2, 0.0]), np.array([2.2, 0.0])

def sample(shape, centre, n):
    t = np.random.uniform(size=n)
    if shape == 'ring':
        r = 1.2 + 0.05 * np.random.normal(size=n)
        p = np.stack([r * np.cos(2 * np.pi * t), r * np.sin(2 * np.pi * t)], axis=1)
    elif shape == 'blobs':  # two blobs stacked vertically
        p = np.stack([np.zeros(n), np.where(t < 0.5, 0.8, -0.8)], axis=1) + 0.25 * np.random.normal(size=(n, 2))
    elif shape == 'square':  # uniform along the perimeter of a square of side 2
        s = (t * 8 + 1) % 8
        side, u = np.floor(s / 2), (s % 2) - 1
        p = np.select([side[:, None] == k for k in range(4)],
                      [np.stack(v, axis=1) for v in ([np.ones(n), u], [-u, np.ones(n)], [-np.ones(n), -u], [u, -np.ones(n)])])
        p = p + 0.03 * np.random.normal(size=(n, 2))
    else:  # a vertical line
        p = np.stack([0.05 * np.random.normal(size=n), (2 * t - 1) * 1.3], axis=1)
    return (p + centre).astype('float32')

X_SHAPE, Y_SHAPE = {'ring-blobs': ('ring', 'blobs'), 'ring-square': ('ring', 'square'), 'line-ring': ('line', 'ring')}[PAIR]

def mlp(outputs):
    return keras.Sequential([
        keras.Input(shape=(2,)),
        layers.Dense(HIDDEN, kernel_initializer='he_uniform'), layers.LeakyReLU(0.2),
        layers.Dense(HIDDEN, kernel_initializer='he_uniform'), layers.LeakyReLU(0.2),
        layers.Dense(outputs),  # linear: any point of the plane is reachable; D gives a raw score
    ])

G, F = mlp(2), mlp(2)      # G: X -> Y, F: Y -> X
D_X, D_Y = mlp(1), mlp(1)
${STEP}
for step in range(1, 3001):
    # Unpaired: nothing ties the i-th x to the i-th y.
    cycle, d_loss = train_step(sample(X_SHAPE, X_CENTRE, BATCH_SIZE), sample(Y_SHAPE, Y_CENTRE, BATCH_SIZE))
    if step % 500 == 0:
        print(f'step {step}: cycle loss {float(cycle):.3f}, D losses {float(d_loss):.3f}')
`;

export const cycle2dKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: HEADER, params: [] },
    py`
      ${SETTINGS_NOTE}
      LAMBDA = ${v('lambda')}
      IDENTITY_FRACTION = ${v('identityFraction')}
      LR_G = ${v('lrG')}
      LR_D = ${v('lrD')}
      BATCH_SIZE = ${v('batchSize')}
      PAIR = ${v('pair')}
      HIDDEN = ${v('hidden')}
    `,
    { code: points, params: [] },
  );

const images = `
# Domain X: plain digits; domain Y: other digits with diagonal stripes (ink dimmed to 0.2 in the dark stripes).
(digits, _), _ = keras.datasets.mnist.load_data()
digits = digits[:20000].reshape(-1, 28, 28, 1).astype('float32') / 255.0
rows, cols = np.indices((28, 28))
bright = ((rows + cols) % 4 < 2)[None, :, :, None]
plain = digits[0::2] * 2 - 1                                   # pixels in [-1, 1]
striped = np.where(bright, digits[1::2], 0.2 * digits[1::2]) * 2 - 1
init = keras.initializers.RandomNormal(stddev=0.02)

def norm():
    return layers.GroupNormalization(groups=-1, epsilon=1e-5)  # groups=-1: instance normalisation

def conv(h, filters, kernel, stride):
    return layers.ReLU()(norm()(layers.Conv2D(filters, kernel, strides=stride, padding='same', use_bias=False, kernel_initializer=init)(h)))

def make_generator():
    x = keras.Input(shape=(28, 28, 1))
    h1 = conv(x, 8, 3, 1)                                                     # 28x28x8
    h3 = conv(conv(h1, 16, 4, 2), 32, 4, 2)                                   # 14x14x16, 7x7x32
    r = norm()(layers.Conv2D(32, 3, padding='same', use_bias=False, kernel_initializer=init)(conv(h3, 32, 3, 1)))
    h = layers.Add()([h3, r])                                                 # a residual block
    for filters in (16, 8):                                                   # 14x14x16, 28x28x8
        h = layers.ReLU()(norm()(layers.Conv2DTranspose(filters, 4, strides=2, padding='same', use_bias=False, kernel_initializer=init)(h)))
    h = layers.Concatenate()([h, h1])                                         # skip connection
    return keras.Model(x, layers.Conv2D(1, 3, padding='same', activation='tanh', kernel_initializer=init)(h))

def make_patch_discriminator():
    # One raw score per 7x7 patch, not one per image (PatchGAN).
    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(16, 4, strides=2, padding='same', kernel_initializer=init), layers.LeakyReLU(0.2),
        layers.Conv2D(32, 4, strides=2, padding='same', use_bias=False, kernel_initializer=init), norm(), layers.LeakyReLU(0.2),
        layers.Conv2D(1, 3, padding='same', kernel_initializer=init),
    ])

G, F = make_generator(), make_generator()   # G adds stripes, F removes them
D_X, D_Y = make_patch_discriminator(), make_patch_discriminator()
${STEP}
for step in range(1, 2001):
    x = plain[np.random.randint(len(plain), size=BATCH_SIZE)]
    y = striped[np.random.randint(len(striped), size=BATCH_SIZE)]
    cycle, d_loss = train_step(x, y)
    if step % 200 == 0:
        print(f'step {step}: cycle loss {float(cycle):.3f}, D losses {float(d_loss):.3f}')
`;

export const cycleImagesKeras: KerasTemplate = (v) =>
  joinSnippets(
    { code: HEADER, params: [] },
    py`
      ${SETTINGS_NOTE}
      LAMBDA = ${v('lambda')}
      IDENTITY_FRACTION = ${v('identityFraction')}
      LR_G = ${v('lrG')}
      LR_D = ${v('lrD')}
      BATCH_SIZE = ${v('batchSize')}
    `,
    { code: images, params: [] },
  );
