/**
 * The semi-supervised GAN cell (data-cell "sgan"): a discriminator that is
 * also a ten-digit classifier, trained on N labelled digits plus unlabelled
 * ones and fakes (Odena 2016, arXiv:1606.01583; Salimans et al. 2016,
 * arXiv:1606.03498), beside the same network trained on the N labels alone.
 * Trainer: src/ml/trainers/sgan.ts.
 */
import { ganOptimizerParams } from './galleryParams';
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const SGAN_PRETRAINED = 'weights/sgan';

export const sganCell = defineCell({
  kind: 'sgan',
  params: [
    { key: 'labels', label: 'Labelled digits N', help: 'How many training digits keep their label (the same number of each digit); all others are used without labels. Needs a reset.', type: 'select', options: [{ value: '10', label: '10 (one per digit)' }, { value: '100', label: '100' }, { value: '1000', label: '1,000' }], default: '100', apply: 'reset' },
    // Salimans et al. 2016's MNIST settings.
    ...ganOptimizerParams({ lrG: 0.003, lrD: 0.003, beta1: 0.5, batchSize: 100 }),
  ],
  metrics: [
    { key: 'ganAccuracy', label: 'GAN classifier, held-out %', digits: 1, help: 'Share of 1,000 held-out digits the semi-supervised discriminator classifies correctly.' },
    { key: 'baselineAccuracy', label: 'Labels-only baseline, held-out %', digits: 1, help: 'The same network trained only on the N labelled digits.' },
    { key: 'supervisedLoss', label: 'Supervised loss', digits: 3, help: 'Cross-entropy on a batch of labelled digits.' },
    { key: 'unsupervisedLoss', label: 'Unsupervised loss', digits: 3, help: '−log D(x) on unlabelled digits plus −log(1 − D(G(z))) on fakes.' },
    { key: 'gLoss', label: 'Feature matching', digits: 4, help: 'How far the mean discriminator features of fakes are from those of real digits.' },
  ],
  checkpoints: { every: 200 },
  pretrained: SGAN_PRETRAINED,
});

export type SganValues = CellValues<typeof sganCell>;

/** What the sgan trainer sends its view: Generated and labelled digits and both accuracies over time. */
export type SganPayload = ViewPayload<{ samples: Float32Array; labelled: Float32Array; accSteps: Int32Array; ganHistory: Float32Array; baselineHistory: Float32Array }, { step: number; labels: number; ganAccuracy: number; baselineAccuracy: number }>;
