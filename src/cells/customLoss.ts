/**
 * The "type your own loss" cell (data-cell "custom-loss"): the 2-D GAN of
 * the gan-2d cell (same networks, data and optimisers) trained on losses the
 * learner writes as formulas in D(x) and D(G(z)). The formulas are checked
 * as typed (src/ml/losses/formula) and compiled to tfjs operations in the
 * worker, never evaluated as code. Trainer: src/ml/trainers/customLoss.ts.
 */
import { MAX_FORMULA_LENGTH } from '../ml/losses/formula/parse';
import type { ViewPayload } from '../ml/trainer';
import { defineCell, type CellValues } from './define';
import type { Gan2dScenePayload } from './gan2d';

/** The losses the course teaches, as formulas (each is unit-tested against src/ml/losses). */
export const LOSS_FORMULAS = {
  crossEntropyD: '-log(D(x)) - log(1 - D(G(z)))',
  minimaxG: 'log(1 - D(G(z)))',
  nonSaturatingG: '-log(D(G(z)))',
  leastSquaresD: '0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2',
  leastSquaresG: '0.5*(D(G(z)) - 1)^2',
  hingeD: 'max(0, 1 - D(x)) + max(0, 1 + D(G(z)))',
  hingeG: '-D(G(z))',
} as const;

const DEFAULTS = {
  discriminatorLoss: LOSS_FORMULAS.crossEntropyD,
  generatorLoss: LOSS_FORMULAS.nonSaturatingG,
  dOutput: 'probability',
  target: 'ring',
  lrG: 0.005,
  lrD: 0.01,
  dSteps: 1,
  optimizer: 'adam',
  batchSize: 64,
  hidden: 32,
} as const;

export const customLossCell = defineCell({
  kind: 'customLoss',
  params: [
    { key: 'discriminatorLoss', label: 'Discriminator loss', help: 'What D minimises, per sample, in D(x) and D(G(z)); averaged over the batch. Press Enter to train on it.', type: 'text', maxLength: MAX_FORMULA_LENGTH, syntax: 'discriminator-loss', default: DEFAULTS.discriminatorLoss, apply: 'live' },
    { key: 'generatorLoss', label: 'Generator loss', help: 'What G minimises; it must contain D(G(z)), the only way G’s weights reach it.', type: 'text', maxLength: MAX_FORMULA_LENGTH, syntax: 'generator-loss', default: DEFAULTS.generatorLoss, apply: 'live' },
    { key: 'dOutput', label: 'D(·) in the formulas is', help: 'A probability: D ends in a sigmoid, as for cross-entropy. A raw score: the network’s output as it is (the logit), as least squares and hinge use it.', type: 'select', options: [{ value: 'probability', label: 'Probability σ(score), in (0, 1)' }, { value: 'logit', label: 'Raw score (logit)' }], default: DEFAULTS.dOutput, apply: 'live' },
    { key: 'target', label: 'Real data', help: 'The shape the generator must learn to draw.', type: 'select', options: [{ value: 'ring', label: 'Ring' }, { value: 'mixture', label: '8 Gaussians' }, { value: 'line', label: 'Line' }, { value: 'moons', label: 'Two moons' }], default: DEFAULTS.target, apply: 'live' },
    { key: 'lrG', label: 'Generator learning rate', help: 'How big a step the generator takes each update.', type: 'number', min: 0.0001, max: 0.5, step: 0.0001, scale: 'log', default: DEFAULTS.lrG, apply: 'live' },
    { key: 'lrD', label: 'Discriminator learning rate', help: 'How big a step the discriminator takes each update.', type: 'number', min: 0.0001, max: 0.5, step: 0.0001, scale: 'log', default: DEFAULTS.lrD, apply: 'live' },
    { key: 'dSteps', label: 'D steps per G step', help: 'How many times the discriminator trains before each generator update.', type: 'int', min: 1, max: 10, default: DEFAULTS.dSteps, apply: 'live' },
    { key: 'optimizer', label: 'Optimizer', help: 'Plain gradient descent, or Adam (switching starts it afresh).', type: 'select', options: [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam (β1 = 0.5)' }], default: DEFAULTS.optimizer, apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Real and generated points per update.', type: 'int', min: 8, max: 256, default: DEFAULTS.batchSize, apply: 'live' },
    { key: 'hidden', label: 'Hidden units', help: 'Width of the two hidden layers of both networks; needs a reset.', type: 'int', min: 4, max: 64, default: DEFAULTS.hidden, apply: 'reset' },
  ],
  metrics: [
    { key: 'dLoss', label: 'D loss', digits: 3, help: 'Your discriminator loss on an evaluation batch.' },
    { key: 'gLoss', label: 'G loss', digits: 3, help: 'Your generator loss on an evaluation batch.' },
    { key: 'js', label: 'JS divergence (nats)', digits: 3, help: 'Jensen-Shannon divergence between 20×20 histograms of real and generated points (0 when they match, at most ln 2 ≈ 0.693).' },
    { key: 'dOfG', label: 'Mean σ(D score) on fakes', digits: 3, help: 'Mean of σ(D’s score) on the generated points. When D(·) is a probability this is how real D finds them (near 0 when D wins). With raw scores it is only σ of the score: a winning least-squares D scores fakes near 0, which reads 0.5 here; a hinge D scores them −1 or less (0.27 or less).' },
  ],
  presets: [
    { id: 'minimax', label: 'Minimax', values: { generatorLoss: LOSS_FORMULAS.minimaxG } },
    { id: 'non-saturating', label: 'Non-saturating', values: {} },
    { id: 'least-squares', label: 'Least squares (LSGAN)', values: { discriminatorLoss: LOSS_FORMULAS.leastSquaresD, generatorLoss: LOSS_FORMULAS.leastSquaresG, dOutput: 'logit' } },
    { id: 'hinge', label: 'Hinge', values: { discriminatorLoss: LOSS_FORMULAS.hingeD, generatorLoss: LOSS_FORMULAS.hingeG, dOutput: 'logit' } },
  ],
});

export type CustomLossValues = CellValues<typeof customLossCell>;

/**
 * What the customLoss trainer sends its view: the gan2d picture (real and
 * generated points over σ of D's score) plus both losses per evaluation.
 */
export type CustomLossPayload = ViewPayload<
  Gan2dScenePayload['arrays'] & { curveSteps: Float32Array; dLoss: Float32Array; gLoss: Float32Array },
  Gan2dScenePayload['values']
>;
