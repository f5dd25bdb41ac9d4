/**
 * The "Autoencoder" cell: a conv autoencoder training live on the digits,
 * with a code map, a denoising mode and reconstruction-error anomaly
 * detection. Trainer: src/ml/trainers/autoencoder.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

export const autoencoderCell = defineCell({
  kind: 'autoencoder',
  params: [
    { key: 'latentSize', label: 'Latent size', help: 'Numbers in the code every image is squeezed into. 2 lets you see the codes directly on a plane.', type: 'int', min: 2, max: 32, default: 16, apply: 'reset' },
    // Ten times Adam's usual 1e-3, with small batches: the fastest route to readable
    // reconstructions (scripts/train-autoencoder.ts --measure).
    { key: 'learningRate', label: 'Learning rate', help: 'Adam step size for encoder and decoder.', type: 'number', min: 0.0001, max: 0.02, step: 0.0001, default: 0.01, scale: 'log', apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Training digits per step.', type: 'int', min: 4, max: 128, default: 16, apply: 'live' },
    { key: 'loss', label: 'Reconstruction loss', help: 'How the difference between the rebuilt and the clean image is measured.', type: 'select', options: [{ value: 'bce', label: 'Pixel cross-entropy' }, { value: 'mse', label: 'Mean squared error' }], default: 'bce', apply: 'live' },
    { key: 'noise', label: 'Input noise', help: 'Standard deviation of the noise added to each input digit (0 = plain autoencoder). The target stays the clean digit: a denoising autoencoder.', type: 'number', min: 0, max: 0.8, step: 0.05, default: 0, apply: 'live' },
    { key: 'anomalies', label: 'Non-digits', help: 'Which non-digit images the anomaly detector is tested on.', type: 'select', options: [{ value: 'mixed', label: 'All three kinds' }, { value: 'noise', label: 'Random noise' }, { value: 'shapes', label: 'Boxes, rings, bars' }, { value: 'inverted', label: 'Inverted digits' }], default: 'mixed', apply: 'live' },
    { key: 'threshold', label: 'Anomaly threshold', help: 'An image whose reconstruction error (per-pixel MSE) is above this is flagged as "not a digit".', type: 'number', min: 0.005, max: 0.5, step: 0.001, default: 0.05, scale: 'log', apply: 'live' },
  ],
  metrics: [
    { key: 'reconLoss', label: 'Recon loss (train)', digits: 4, help: 'The reconstruction loss on the last training batch.' },
    { key: 'heldOutError', label: 'Held-out error', digits: 4, help: 'Mean per-pixel squared error when rebuilding 160 digits the model never trained on.' },
    { key: 'detectionRate', label: 'Detection rate', digits: 2, help: 'Fraction of non-digit images whose error is above the threshold.' },
    { key: 'falseAlarms', label: 'False alarms', digits: 2, help: 'Fraction of held-out digits wrongly flagged as non-digits.' },
  ],
  presets: [
    { id: 'map2d', label: '2-D code map', values: { latentSize: 2 } },
    { id: 'denoise', label: 'Denoising', values: { noise: 0.5 } },
    { id: 'plain', label: 'Plain autoencoder', values: { noise: 0, latentSize: 16 } },
  ],
});

export type AutoencoderValues = CellValues<typeof autoencoderCell>;

/** What the autoencoder trainer sends its view: Reconstructions, codes in 2-D and reconstruction errors of digits and non-digits. */
export type AutoencoderPayload = ViewPayload<{ digitInputs: Float32Array; digitOutputs: Float32Array; digitTargets: Float32Array; nonDigitInputs: Float32Array; nonDigitOutputs: Float32Array; codeX: Float32Array; codeY: Float32Array; codeLabels: Int32Array; digitErrors: Float32Array; nonDigitErrors: Float32Array }, Record<string, number>>;
