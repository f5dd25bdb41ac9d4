/**
 * The 1-D GAN cell (data-cell "gan-1d"): a generator learns to imitate a
 * Gaussian or two bumps while the learner watches p_g, D(x) and D*(x).
 * Trainer: src/ml/trainers/gan1d.ts, which the saturation cell shares.
 */
import { defaultsOf, defineCell, type ValuesOf } from './define';
import type { MetricSpec } from './schema';
import type { ViewPayload } from '../ml/trainer';
import { SHOW_GRADIENTS_PARAM, SLOW_MOTION_METRICS, speedParam } from './watchParams';

/**
 * The settings of every gan1d-kind cell, with the gan1d cell's defaults.
 * Plain SGD, one D step per G step: in seeded runs (seeds 1-5) it matched
 * N(3, 0.5) to JS ≈ 0.02-0.09 nats within ~600 steps, where Adam kept
 * oscillating in width.
 */
export const GAN1D_PARAMS = [
  { key: 'generatorLoss', label: 'Generator loss', help: 'Minimax minimises log(1 − D(G(z))) as in the game itself; non-saturating maximises log D(G(z)), which pushes hard even when D easily spots the fakes.', type: 'select', options: [{ value: 'minimax', label: 'Minimax: log(1 − D(G(z)))' }, { value: 'non-saturating', label: 'Non-saturating: −log D(G(z))' }], default: 'non-saturating', apply: 'live' },
  { key: 'lrG', label: 'Generator learning rate', help: 'How big a step the generator takes each update; too big and it overshoots, too small and it crawls.', type: 'number', min: 0.0001, max: 0.5, step: 0.0001, scale: 'log', default: 0.05, apply: 'live' },
  { key: 'lrD', label: 'Discriminator learning rate', help: 'How big a step the discriminator takes each update; a fast discriminator becomes confident quickly.', type: 'number', min: 0.0001, max: 0.5, step: 0.0001, scale: 'log', default: 0.2, apply: 'live' },
  { key: 'dSteps', label: 'D steps per G step', help: 'How many times the discriminator trains before each generator update (k in the paper’s algorithm); more makes D stronger.', type: 'int', min: 1, max: 10, default: 1, apply: 'live' },
  { key: 'optimizer', label: 'Optimizer', help: 'Plain gradient descent follows the gradient as it is; Adam rescales each weight’s step and switching starts it afresh.', type: 'select', options: [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam (β1 = 0.5)' }], default: 'sgd', apply: 'live' },
  { key: 'targetShape', label: 'Real data', help: 'The distribution the generator must imitate: one Gaussian, or two separate bumps with the same mean.', type: 'select', options: [{ value: 'gaussian', label: 'Gaussian' }, { value: 'two-bumps', label: 'Two bumps' }], default: 'gaussian', apply: 'live' },
  { key: 'targetMean', label: 'Real mean μ', help: 'Where the real data sits on the line; move it while training and watch the generator follow.', type: 'number', min: -4, max: 4, step: 0.1, default: 3, apply: 'live' },
  { key: 'targetStd', label: 'Real spread σ', help: 'How wide the real data is; for two bumps it also sets how far apart they are.', type: 'number', min: 0.2, max: 2, step: 0.05, default: 0.5, apply: 'live' },
  { key: 'batchSize', label: 'Batch size', help: 'Real and generated samples per update; bigger batches give steadier but slower steps.', type: 'int', min: 8, max: 256, default: 64, apply: 'live' },
  { key: 'hidden', label: 'Hidden units', help: 'Width of the two hidden layers of both networks; changing it builds new networks, so it needs a reset.', type: 'int', min: 4, max: 64, default: 32, apply: 'reset' },
] as const;

/**
 * The gan1d cell's own settings on top of the shared ones: its pace (30
 * steps/s: the seeded run matches the data in ~600 steps, about 20 s to
 * watch) and the generator's gradient, drawn along the axis.
 */
const GAN1D_CELL_PARAMS = [...GAN1D_PARAMS, speedParam('30'), SHOW_GRADIENTS_PARAM] as const;

/** What a gan1d-kind trainer receives (the saturation cell has no gradient arrows to draw). */
export type Gan1dValues = ValuesOf<typeof GAN1D_PARAMS> & { showGradients?: boolean };
/** Defaults of the shared settings (the saturation cell's "Balanced"). */
export const GAN1D_SHARED_DEFAULTS = defaultsOf(GAN1D_PARAMS);
export const GAN1D_DEFAULTS = defaultsOf(GAN1D_CELL_PARAMS);

export const GAN1D_METRICS: readonly MetricSpec[] = [
  { key: 'dLoss', label: 'D loss', digits: 3, help: 'The discriminator’s cross-entropy, which equals −V(D, G).' },
  { key: 'gLoss', label: 'G loss', digits: 3, help: 'The generator’s loss under the chosen objective.' },
  { key: 'eLogD', label: 'E[log D(x)]', digits: 3, help: 'How surely D calls real data real; 0 is certain.' },
  { key: 'eLog1mDG', label: 'E[log(1 − D(G(z)))]', digits: 3, help: 'How surely D calls fakes fake; 0 is certain.' },
  { key: 'V', label: 'V(D, G)', digits: 3, help: 'The value of the game, the sum of the two terms; −log 4 ≈ −1.386 at the equilibrium.' },
  { key: 'js', label: 'JS divergence (nats)', digits: 3, help: 'Jensen-Shannon divergence between real and generated densities, in nats: 0 when equal, at most ln 2 ≈ 0.693.' },
  { key: 'dOfG', label: 'Mean D(G(z))', digits: 3, help: 'What D thinks of the fakes on average; 0.5 at the equilibrium.' },
  { key: 'genMean', label: 'Generated mean', digits: 2 },
  { key: 'genStd', label: 'Generated std', digits: 2 },
  ...SLOW_MOTION_METRICS,
];

export const gan1dCell = defineCell({
  kind: 'gan1d',
  params: GAN1D_CELL_PARAMS,
  metrics: GAN1D_METRICS,
  slowMotion: true,
  presets: [
    { id: 'balanced', label: 'Balanced', values: { ...GAN1D_DEFAULTS } },
    {
      id: 'adam',
      label: 'Adam: fast but wobbly',
      values: { ...GAN1D_DEFAULTS, optimizer: 'adam', lrG: 0.005, lrD: 0.01, dSteps: 1 },
    },
    {
      id: 'two-bumps-covered',
      label: 'Two bumps, centred',
      values: { ...GAN1D_DEFAULTS, targetShape: 'two-bumps', targetMean: 0, targetStd: 1 },
    },
    {
      id: 'two-bumps-collapse',
      label: 'Two bumps: mode collapse',
      // Seed 1: G settles on the left bump by ~400 steps (JS ≈ 0.23 nats).
      values: { ...GAN1D_DEFAULTS, targetShape: 'two-bumps', targetMean: 2, targetStd: 1, dSteps: 2 },
    },
  ],
});

/**
 * What the gan1d trainer sends its view: the densities p_data and p_g, D(x)
 * and D*(x) on one grid (the saturation kind draws the same), and `push`,
 * −∂ℓ_G/∂x at each grid point (empty unless showGradients is on).
 */
export type Gan1dPayload = ViewPayload<{ x: Float32Array; pData: Float32Array; pG: Float32Array; d: Float32Array; dStar: Float32Array; push: Float32Array }, { genMean: number; genStd: number; targetMean: number; targetStd: number; dOfG: number; js: number }>;
