/**
 * The AdaIN cell (data-cell "adain"): a StyleGAN-style generator (Karras et
 * al. 2019, arXiv:1812.04948) with AdaIN (Huang & Belongie 2017,
 * arXiv:1703.06868) at 7×7 and 14×14; a style-mixing grid. Starts from the
 * committed weights (start: 'pretrained') so the grid shows at once.
 * Trainer: src/ml/trainers/adain.ts.
 */
import { ganOptimizerParams } from './galleryParams';
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const ADAIN_PRETRAINED = 'weights/adain';

export const adainCell = defineCell({
  kind: 'adain',
  params: [
    { key: 'start', label: 'Start from', help: 'Pretrained: the course’s trained weights, so the style-mixing grid shows at once. From scratch: new weights from the seed. Needs a reset.', type: 'select', options: [{ value: 'pretrained', label: 'pretrained weights' }, { value: 'scratch', label: 'scratch (the seed)' }], default: 'pretrained', apply: 'reset' },
    ...ganOptimizerParams({ lrG: 0.002, lrD: 0.001, beta1: 0.5, batchSize: 32 }),
  ],
  metrics: [
    { key: 'digitScore', label: 'Digit score', digits: 2, help: 'From 1 (no recognisable digits, or all the same) to 10 (sharp digits, all ten equally often), on 256 samples.' },
    { key: 'dLoss', label: 'D loss', digits: 3 },
    { key: 'gLoss', label: 'G loss', digits: 3 },
  ],
  checkpoints: { every: 200 },
  pretrained: ADAIN_PRETRAINED,
});

export type AdainValues = CellValues<typeof adainCell>;

/** What the adain trainer sends its view: The style-mixing grid, samples, feature statistics around AdaIN and the digit score over time. */
export type AdainPayload = ViewPayload<{ mixing: Float32Array; samples: Float32Array; statsBeforeMean: Float32Array; statsBeforeStd: Float32Array; statsAfterMean: Float32Array; statsAfterStd: Float32Array; scoreSteps: Int32Array; digitScore: Float32Array }, { step: number; rows: number; cols: number; digitScore: number }>;
