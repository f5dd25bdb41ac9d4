/**
 * The DCGAN cell (data-cell "dcgan"): a deep convolutional GAN learns to
 * draw MNIST digits in the browser; the course's classifier scores what it
 * draws. Trainer: src/ml/trainers/dcgan.ts. The speed page's reference
 * DCGAN reuses the parameters with other defaults.
 */
import { defaultsOf, defineCell, type CellValues } from './define';
import { learningRateParam } from './galleryParams';
import type { MetricSpec } from './schema';
import type { ViewPayload } from '../ml/trainer';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const DCGAN_PRETRAINED = 'weights/dcgan';

/**
 * The settings of an image GAN cell, with the DCGAN lesson's defaults:
 * chosen by seeded Node runs (scripts/first-minute.ts, docs/performance.md
 * "The first minute") for the most legible digits a CPU draws in a minute:
 * both learning rates ten times the paper's 2e-4, β1 = 0.5 as in the paper
 * (sec. 4). `pretrainedLatent`:
 * the latent size of the cell's pretrained weights, if it has any (the help
 * text names it).
 */
export function imageGanParams(pretrainedLatent?: number) {
  return [
    learningRateParam('lrG', 'Generator learning rate', 'Adam step size of the generator; too small and it cannot keep up with the discriminator.', 0.002),
    learningRateParam('lrD', 'Discriminator learning rate', 'Adam step size of the discriminator; much larger than the generator’s and D wins too early.', 0.002),
    { key: 'dSteps', label: 'D steps per G step', help: 'How many discriminator updates (each on a fresh batch) before every generator update; more makes D stronger.', type: 'int', min: 1, max: 10, default: 1, apply: 'live' },
    { key: 'beta1', label: 'Adam β1', help: 'How much of the past gradient Adam keeps as momentum; the DCGAN paper lowered it from 0.9 to 0.5 to stop oscillation.', type: 'number', min: 0, max: 0.99, step: 0.01, default: 0.5, apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Real and generated images per update; bigger batches give steadier but slower steps.', type: 'int', min: 8, max: 128, default: 32, apply: 'live' },
    { key: 'labelSmoothing', label: 'Label smoothing (real = 0.9)', help: 'Ask D for 0.9 instead of 1 on real digits, so it cannot become overconfident; fakes stay 0.', type: 'boolean', default: false, apply: 'live' },
    { key: 'freezeG', label: 'Freeze G', help: 'Stop updating the generator: its weights stay as they are while D keeps learning.', type: 'boolean', default: false, apply: 'live' },
    { key: 'freezeD', label: 'Freeze D', help: 'Stop updating the discriminator: G keeps learning against a critic that no longer changes.', type: 'boolean', default: false, apply: 'live' },
    // The study notes' remedies for a discriminator that is too strong: train G more, or train G first (issue #22).
    { key: 'gStepsPerD', label: 'G steps per D step', help: 'How many generator updates (each on fresh noise) follow every round of discriminator updates; more lets G catch up with a strong D.', type: 'int', min: 1, max: 5, default: 1, apply: 'live' },
    // Issue #24: the average steadies the grid between steps (docs/performance.md, "The first minute").
    { key: 'averageG', label: 'Draw with averaged G', help: 'The grid, the digit score, the confidence and the histogram come from a moving average of the generator’s weights (decay 0.99: about the last 100 steps, fewer early in a run), which smooths the back-and-forth of the game; training is the same either way. Off: they show the generator as the latest step left it; back on, a new average starts from it.', type: 'boolean', default: true, apply: 'live' },
    { key: 'freezeDUntil', label: 'Freeze D until step', help: 'D is not updated before this step of the run (0: off). Set before Reset, G trains alone for the first steps; set above the current step while training, D pauses until then and resumes by itself.', type: 'int', min: 0, max: 5000, default: 0, apply: 'live' },
    { key: 'latentSize', label: 'Latent size', help: `Length of the noise vector z the generator starts from; it shapes the network, so it needs a reset.${pretrainedLatent ? ` The pretrained weights use ${pretrainedLatent}.` : ''}`, type: 'int', min: 2, max: 128, default: 64, apply: 'reset' },
    { key: 'outputRange', label: 'Pixel range', help: 'tanh output with data scaled to (−1, 1), or sigmoid output with data in (0, 1); needs a reset.', type: 'select', options: [{ value: 'tanh', label: 'tanh, pixels in (−1, 1)' }, { value: 'sigmoid', label: 'sigmoid, pixels in (0, 1)' }], default: 'tanh', apply: 'reset' },
    { key: 'batchNorm', label: 'Batch norm in G', help: 'Normalise each hidden layer of the generator over the batch, as the DCGAN paper does; needs a reset.', type: 'boolean', default: true, apply: 'reset' },
  ] as const;
}

/** What an image GAN trainer (dcgan, referenceDcgan) receives. */
export type ImageGanValues = CellValues<{ params: ReturnType<typeof imageGanParams> }>;

const DCGAN_PARAMS = imageGanParams(64);
export const DCGAN_DEFAULTS = defaultsOf(DCGAN_PARAMS);

export const IMAGE_GAN_METRICS: readonly MetricSpec[] = [
  { key: 'dLoss', label: 'D loss', digits: 3, help: 'The discriminator’s binary cross-entropy on a real and a fake batch; 2 ln 2 ≈ 1.386 when it cannot tell them apart.' },
  { key: 'gLoss', label: 'G loss', digits: 3, help: 'The generator’s loss −log D(G(z)), compared with a target of ones; ln 2 ≈ 0.693 when D answers ½.' },
  { key: 'dReal', label: 'Mean D(x)', digits: 3, help: 'What D says about real digits on average (1 = sure they are real).' },
  { key: 'dFake', label: 'Mean D(G(z))', digits: 3, help: 'What D says about generated digits on average; ½ means it cannot tell.' },
  { key: 'digitScore', label: 'Digit score', digits: 2, help: 'From 1 (no recognisable digits, or all the same digit) to 10 (sharp digits, all ten equally often).' },
  { key: 'confidence', label: 'Confidence', digits: 3, help: 'The classifier’s mean top probability on generated digits: how much they look like some digit.' },
];

export const dcganCell = defineCell({
  kind: 'dcgan',
  params: DCGAN_PARAMS,
  metrics: IMAGE_GAN_METRICS,
  presets: [
    { id: 'defaults', label: 'Defaults', values: { ...DCGAN_DEFAULTS } },
    { id: 'd-too-strong', label: 'D too strong', values: { ...DCGAN_DEFAULTS, lrD: 0.005, lrG: 0.0001, dSteps: 5 } },
    { id: 'g-frozen', label: 'G frozen', values: { ...DCGAN_DEFAULTS, freezeG: true } },
    { id: 'sigmoid-range', label: '(0, 1) vs (−1, 1)', values: { ...DCGAN_DEFAULTS, outputRange: 'sigmoid' } },
    { id: 'label-smoothing', label: 'Label smoothing', values: { ...DCGAN_DEFAULTS, labelSmoothing: true } },
  ],
  checkpoints: { every: 200 },
  pretrained: DCGAN_PRETRAINED,
});

/** What the image GAN trainer sends its view: An image GAN's samples, snapshots over time, loss and score curves and class histograms (dcgan, referenceDcgan and each half of lsgan). */
export type ImageGanPayload = ViewPayload<{ samples: Float32Array; snapshots: Uint8Array; snapshotSteps: Int32Array; curveSteps: Int32Array; dLoss: Float32Array; gLoss: Float32Array; dReal: Float32Array; dFake: Float32Array; scoreSteps: Int32Array; digitScore: Float32Array; confidence: Float32Array; histograms: Float32Array; histogram: Float32Array; realHistogram: Float32Array }, { step: number; digitScore: number; confidence: number; realDigitScore: number; evalSamples: number; leastSquares: number; generatorFilters0: number; generatorFilters1: number; generatorRefineFilters: number; discriminatorFilters0: number; discriminatorFilters1: number; discriminatorSpectralNorm: number }>;
