/**
 * The 2-D GAN cell (data-cell "gan-2d"), in the manner of GAN Lab: real and
 * generated points over a heatmap of D(x). Trainer: src/ml/trainers/gan2d.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';
import { SHOW_GRADIENTS_PARAM, SHOW_WARP_PARAM, SLOW_MOTION_METRICS, speedParam } from './watchParams';

const DEFAULTS = {
  lrG: 0.005,
  lrD: 0.01,
  dSteps: 1,
  optimizer: 'adam',
  generatorLoss: 'non-saturating',
  target: 'ring',
  batchSize: 64,
  hidden: 32,
  // 100 steps/s: the fakes visibly drift toward the data within seconds, and the ring forms in under a minute.
  speed: '100',
  showGradients: false,
  showWarp: false,
} as const;

export const gan2dCell = defineCell({
  kind: 'gan2d',
  params: [
    { key: 'target', label: 'Real data', help: 'The shape the generator must learn to draw; change it while training and the real points simply move.', type: 'select', options: [{ value: 'ring', label: 'Ring' }, { value: 'mixture', label: '8 Gaussians' }, { value: 'line', label: 'Line' }, { value: 'moons', label: 'Two moons' }], default: DEFAULTS.target, apply: 'live' },
    { key: 'generatorLoss', label: 'Generator loss', help: 'Minimax minimises log(1 − D(G(z))); non-saturating maximises log D(G(z)), which pushes hard even when D easily spots the fakes.', type: 'select', options: [{ value: 'minimax', label: 'Minimax: log(1 − D(G(z)))' }, { value: 'non-saturating', label: 'Non-saturating: −log D(G(z))' }], default: DEFAULTS.generatorLoss, apply: 'live' },
    { key: 'lrG', label: 'Generator learning rate', help: 'How big a step the generator takes each update; too big and it overshoots, too small and it crawls.', type: 'number', min: 0.0001, max: 0.5, step: 0.0001, scale: 'log', default: DEFAULTS.lrG, apply: 'live' },
    { key: 'lrD', label: 'Discriminator learning rate', help: 'How big a step the discriminator takes each update; a fast discriminator becomes confident quickly.', type: 'number', min: 0.0001, max: 0.5, step: 0.0001, scale: 'log', default: DEFAULTS.lrD, apply: 'live' },
    { key: 'dSteps', label: 'D steps per G step', help: 'How many times the discriminator trains before each generator update; more makes D stronger.', type: 'int', min: 1, max: 10, default: DEFAULTS.dSteps, apply: 'live' },
    { key: 'optimizer', label: 'Optimizer', help: 'Plain gradient descent follows the gradient as it is; Adam rescales each weight’s step and switching starts it afresh.', type: 'select', options: [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam (β1 = 0.5)' }], default: DEFAULTS.optimizer, apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Real and generated points per update; bigger batches give steadier but slower steps.', type: 'int', min: 8, max: 256, default: DEFAULTS.batchSize, apply: 'live' },
    speedParam(DEFAULTS.speed),
    SHOW_GRADIENTS_PARAM,
    SHOW_WARP_PARAM,
    { key: 'hidden', label: 'Hidden units', help: 'Width of the two hidden layers of both networks; changing it builds new networks, so it needs a reset.', type: 'int', min: 4, max: 64, default: DEFAULTS.hidden, apply: 'reset' },
  ],
  metrics: [
    { key: 'dLoss', label: 'D loss', digits: 3, help: 'The discriminator’s cross-entropy, which equals −V(D, G).' },
    { key: 'gLoss', label: 'G loss', digits: 3, help: 'The generator’s loss under the chosen objective.' },
    { key: 'eLogD', label: 'E[log D(x)]', digits: 3 },
    { key: 'eLog1mDG', label: 'E[log(1 − D(G(z)))]', digits: 3 },
    { key: 'V', label: 'V(D, G)', digits: 3, help: '−log 4 ≈ −1.386 at the equilibrium.' },
    { key: 'js', label: 'JS divergence (nats)', digits: 3, help: 'Jensen-Shannon divergence between 20×20 histograms of real and generated points, in nats (at most ln 2 ≈ 0.693).' },
    { key: 'dOfG', label: 'Mean D(G(z))', digits: 3, help: '0.5 at the equilibrium.' },
    ...SLOW_MOTION_METRICS,
  ],
  slowMotion: true,
  drawnData: true,
  presets: [
    { id: 'balanced', label: 'Balanced', values: { ...DEFAULTS } },
    { id: 'eight-gaussians', label: '8 Gaussians: watch for mode collapse', values: { ...DEFAULTS, target: 'mixture' } },
    {
      id: 'saturating-strong-d',
      label: 'Saturating loss, strong D',
      // The arrows show the minimax push vanishing on the fakes D is sure of, slowly enough to watch.
      values: { ...DEFAULTS, generatorLoss: 'minimax', optimizer: 'sgd', lrD: 0.3, lrG: 0.01, dSteps: 2, showGradients: true, speed: '30' },
    },
    { id: 'moons', label: 'Two moons', values: { ...DEFAULTS, target: 'moons' } },
  ],
});

export type Gan2dValues = CellValues<typeof gan2dCell>;

/**
 * What the gan2d trainer sends its view: real and generated points, the D(x)
 * heatmap, `push` (−∂ℓ_G/∂x per fake point, interleaved; empty unless
 * showGradients) and `warp` (G of a warpSize² grid of noise, interleaved,
 * row-major; empty unless showWarp). While the learner's own points are the
 * real data, `real` is exactly those points and `drawnPoints` their count (else 0).
 */
export type Gan2dPayload = ViewPayload<
  Gan2dScenePayload['arrays'] & { push: Float32Array; warp: Float32Array },
  Gan2dScenePayload['values'] & { warpSize: number; drawnPoints: number }
>;

/** The picture itself, which the custom-loss cell draws too: real and generated points over D's heatmap. */
export type Gan2dScenePayload = ViewPayload<
  { real: Float32Array; fake: Float32Array; d: Float32Array },
  { gridSize: number; lo: number; hi: number; dOfG: number; js: number }
>;
