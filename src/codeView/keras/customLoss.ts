/**
 * Keras text of the customLoss cell: the gan2d networks, data and optimisers
 * (shared with ./toyGan.ts) trained on the learner's two loss formulas,
 * translated to TensorFlow expressions (src/ml/losses/formula/python.ts).
 * The same step as src/ml/trainers/customLoss.ts: D's logits on a real and
 * a generated batch, the formula per sample, averaged over the batch.
 */
import { lossRef, py, type KerasTemplate } from '../python';
import { GAN2D_DATA, joinSnippets, toyGanText } from './toyGan';

const STEPS = `
def d_logits(real, fake):
    # One pass of D over both batches, split back apart: real_logits, fake_logits.
    return tf.split(discriminator(tf.concat([real, fake], axis=0)), 2)

@tf.function
def discriminator_step(real):
    z = tf.random.normal([BATCH_SIZE, NOISE_DIM])
    fake = generator(z)  # data for this step: outside the tape, G is not updated
    with tf.GradientTape() as tape:
        loss = discriminator_loss(*d_logits(real, fake))
    grads = tape.gradient(loss, discriminator.trainable_variables)
    d_opt.apply_gradients(zip(grads, discriminator.trainable_variables))
    return loss

@tf.function
def generator_step(real):
    z = tf.random.normal([BATCH_SIZE, NOISE_DIM])
    with tf.GradientTape() as tape:
        # A generator loss may mention D(x) too: for G it is a constant.
        loss = generator_loss(*d_logits(real, generator(z)))
    # Only G's variables move; the gradient flows back through D.
    grads = tape.gradient(loss, generator.trainable_variables)
    g_opt.apply_gradients(zip(grads, generator.trainable_variables))
    return loss

for step in range(1, 3001):
    for _ in range(D_STEPS):
        d_loss = discriminator_step(tf.constant(sample_real(BATCH_SIZE)))
    g_loss = generator_step(tf.constant(sample_real(BATCH_SIZE)))
    if step % 500 == 0:
        print(f'step {step}: D loss {float(d_loss):.3f}, G loss {float(g_loss):.3f}')
`;

export const customLossKeras: KerasTemplate = (v) => {
  const settings = py`
    # The cell's settings; the two formulas are written in TensorFlow below
    D_LOSS_FORMULA = ${v('discriminatorLoss')}
    G_LOSS_FORMULA = ${v('generatorLoss')}
    D_OUTPUT = ${v('dOutput')}  # what D(.) is in the formulas: 'probability' or 'logit'
    TARGET = ${v('target')}
    LR_G = ${v('lrG')}
    LR_D = ${v('lrD')}
    D_STEPS = ${v('dSteps')}
    OPTIMIZER = ${v('optimizer')}
    BATCH_SIZE = ${v('batchSize')}
    HIDDEN = ${v('hidden')}
  `;
  const losses = py`

    def d_of(logits):
        # D(.) in the formulas: a probability sigmoid(logit), or the raw score (logit) itself.
        return tf.sigmoid(logits) if D_OUTPUT == 'probability' else logits

    # The formulas per sample, averaged over the batch. log D and log(1 - D) of a
    # probability are taken from the logit (log_sigmoid), finite however sure D is.
    def discriminator_loss(real_logits, fake_logits):
        d_real, d_fake = d_of(real_logits), d_of(fake_logits)
        return tf.reduce_mean(${lossRef(v, 'discriminatorLoss', 'discriminator', 'dOutput')})

    def generator_loss(real_logits, fake_logits):
        d_real, d_fake = d_of(real_logits), d_of(fake_logits)
        return tf.reduce_mean(${lossRef(v, 'generatorLoss', 'generator', 'dOutput')})
  `;
  const rest = joinSnippets({ code: '\n', params: [] }, losses, { code: STEPS, params: [] });
  return joinSnippets(toyGanText(settings, GAN2D_DATA, ''), rest);
};
