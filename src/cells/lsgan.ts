/**
 * The LSGAN cell (data-cell "lsgan"): the DCGAN twice from one seed, one
 * with cross-entropy and one with least-squares losses (Mao et al. 2017,
 * arXiv:1611.04076), trained in lockstep. Trainer: src/ml/trainers/lsgan.ts.
 */
import { ganOptimizerParams } from './galleryParams';
import type { ViewPayload } from '../ml/trainer';
import type { ImageGanPayload } from './dcgan';
import { defineCell, type CellValues } from './define';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const LSGAN_PRETRAINED = 'weights/lsgan';

export const lsganCell = defineCell({
  kind: 'lsgan',
  params: ganOptimizerParams({ lrG: 0.002, lrD: 0.001, beta1: 0.5, batchSize: 32 }),
  metrics: [
    { key: 'bceDigitScore', label: 'Digit score, cross-entropy', digits: 2, help: 'Digit score (1-10) of the DCGAN trained with the sigmoid cross-entropy losses.' },
    { key: 'lsDigitScore', label: 'Digit score, least squares', digits: 2, help: 'Digit score (1-10) of the same DCGAN trained with the least-squares losses.' },
    { key: 'bceDFake', label: 'Mean D(G(z)), cross-entropy', digits: 3, help: 'σ of the discriminator’s logit on fakes, cross-entropy half.' },
    { key: 'lsDFake', label: 'Mean D(G(z)), least squares', digits: 3, help: 'The discriminator’s raw score on fakes, least-squares half (0 = fake, 1 = real).' },
  ],
  presets: [
    { id: 'defaults', label: 'Defaults', values: { lrG: 0.002, lrD: 0.001, beta1: 0.5, batchSize: 32 } },
    { id: 'strong-d', label: 'Strong D', values: { lrG: 0.0005, lrD: 0.005, beta1: 0.5, batchSize: 32 } },
  ],
  checkpoints: { every: 200 },
  pretrained: LSGAN_PRETRAINED,
});

export type LsganValues = CellValues<typeof lsganCell>;

type LsganHalfArrays = Pick<ImageGanPayload['arrays'], 'samples' | 'scoreSteps' | 'digitScore' | 'curveSteps' | 'dFake' | 'gLoss'>;

/** What the lsgan trainer sends its view: the arrays of both image GANs, prefixed 'bce.' and 'ls.'. */
export type LsganPayload = ViewPayload<
  { [K in keyof LsganHalfArrays as `${'bce' | 'ls'}.${K}`]: LsganHalfArrays[K] },
  { step: number; realDigitScore: number; 'bce.digitScore': number; 'ls.digitScore': number }
>;
