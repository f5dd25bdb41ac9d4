/**
 * The ACGAN cell (data-cell "acgan"): a class-conditional generator and a
 * discriminator with an auxiliary classifier (Odena, Olah & Shlens 2017,
 * arXiv:1610.09585); classMatch is the course classifier's agreement with
 * the requested digit. Trainer: src/ml/trainers/acgan.ts.
 */
import { ganOptimizerParams } from './galleryParams';
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const ACGAN_PRETRAINED = 'weights/acgan';

export const acganCell = defineCell({
  kind: 'acgan',
  params: [
    { key: 'digit', label: 'Draw the digit', help: 'The class fed to the generator for the row of sixteen samples; changes live.', type: 'select', options: Array.from({ length: 10 }, (_, d) => ({ value: String(d), label: String(d) })), default: '3', apply: 'live' },
    ...ganOptimizerParams({ lrG: 0.002, lrD: 0.001, beta1: 0.5, batchSize: 32 }),
  ],
  metrics: [
    { key: 'classMatch', label: 'Class match %', digits: 1, help: 'Share of 200 generated digits (20 per class) that the course’s classifier assigns to the class that was asked for.' },
    { key: 'auxAccuracy', label: 'D’s class head on real %', digits: 1, help: 'How often the discriminator’s auxiliary classifier names the right digit on the last real batch.' },
    { key: 'dLoss', label: 'D loss', digits: 3, help: 'Real/fake cross-entropy plus class cross-entropy on real and fake digits.' },
    { key: 'gLoss', label: 'G loss', digits: 3, help: '−log D(G(z, c)) plus class cross-entropy on the fakes.' },
  ],
  checkpoints: { every: 200 },
  pretrained: ACGAN_PRETRAINED,
});

export type AcganValues = CellValues<typeof acganCell>;

/** What the acgan trainer sends its view: The class grid, the picked digit and class match over time. */
export type AcganPayload = ViewPayload<{ grid: Float32Array; picked: Float32Array; perClass: Float32Array; matchSteps: Int32Array; matchHistory: Float32Array }, { step: number; digit: number; classMatch: number }>;
