/**
 * The "Autoencoder vs GAN" cell: an autoencoder and a DCGAN with the same
 * latent size train side by side; random latent vectors go through the
 * autoencoder's decoder and the GAN's generator, and the course's digit
 * classifier scores both grids. Trainer: src/ml/trainers/aeVsGan.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const AE_VS_GAN_PRETRAINED = 'weights/autoencoder/ae-vs-gan';

export const aeVsGanCell = defineCell({
  kind: 'aeVsGan',
  params: [
    { key: 'latentSize', label: 'Latent size', help: 'Length of the autoencoder code and of the GAN noise vector (the same for both). The pretrained pair uses 16.', type: 'int', min: 2, max: 32, default: 16, apply: 'reset' },
    // Same noise into both decoders first: the fair comparison; the fitted Gaussian is the learner's next try.
    { key: 'sampling', label: 'Autoencoder latent samples', help: 'Where the random vectors fed to the decoder come from. The GAN always gets N(0, 1) noise, as in training.', type: 'select', options: [{ value: 'standard', label: 'N(0, 1), like the GAN' }, { value: 'fitted', label: 'Gaussian fitted to the codes' }, { value: 'diagonal', label: 'Gaussian, per-number spread only' }], default: 'standard', apply: 'live' },
    { key: 'aeLearningRate', label: 'Autoencoder learning rate', help: 'Adam step size of the autoencoder.', type: 'number', min: 0.0001, max: 0.02, step: 0.0001, default: 0.005, scale: 'log', apply: 'live' },
    { key: 'ganLearningRate', label: 'GAN learning rate', help: 'Adam step size of both GAN players.', type: 'number', min: 0.00005, max: 0.005, step: 0.00005, default: 0.0005, scale: 'log', apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Digits per step, for both models.', type: 'int', min: 8, max: 64, default: 32, apply: 'live' },
  ],
  metrics: [
    { key: 'aeDigitScore', label: 'AE digit score', digits: 2, help: 'Digit score (1 to 10) of 100 decoded random latent vectors.' },
    { key: 'aeConfidence', label: 'AE confidence', digits: 2, help: "Mean of the classifier's top probability on those images." },
    { key: 'ganDigitScore', label: 'GAN digit score', digits: 2, help: 'Digit score (1 to 10) of 100 generator samples.' },
    { key: 'ganConfidence', label: 'GAN confidence', digits: 2, help: "Mean of the classifier's top probability on those images." },
    { key: 'realDigitScore', label: 'Real digits score', digits: 2, help: 'The same score on 100 real held-out digits: the ceiling to compare with.' },
    { key: 'aeLoss', label: 'AE loss', digits: 4, help: 'Reconstruction loss (pixel cross-entropy) on the last batch.' },
    { key: 'dLoss', label: 'D loss', digits: 3 },
    { key: 'gLoss', label: 'G loss', digits: 3 },
  ],
  checkpoints: { every: 500 },
  pretrained: AE_VS_GAN_PRETRAINED,
});

export type AeVsGanValues = CellValues<typeof aeVsGanCell>;

/** What the aeVsGan trainer sends its view: Both grids of samples and the classifier's class histograms. */
export type AeVsGanPayload = ViewPayload<{ aeSamples: Float32Array; ganSamples: Float32Array; aeHistogram: Float32Array; ganHistogram: Float32Array; realHistogram: Float32Array }, { latentSize: number; sampling: number; aeDigitScore: number; aeConfidence: number; ganDigitScore: number; ganConfidence: number; realDigitScore: number; realConfidence: number }>;
