/**
 * The "Stripes ↔ plain" CycleGAN cell: plain digits (X) and striped digits
 * (Y) from disjoint halves of the training digits, small conv generators and
 * PatchGAN discriminators, a stripe detector as the live success measure.
 * Trainer: src/ml/trainers/cycleImages.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

/** Site-relative folder of the pretrained weights (the trainer loads them from here too). */
export const CYCLE_IMAGES_PRETRAINED = 'weights/cyclegan';

export const cycleImagesCell = defineCell({
  kind: 'cycleImages',
  params: [
    { key: 'lambda', label: 'Cycle weight λ', help: 'Weight of the cycle-consistency loss; the paper uses 10. The identity weight is a fraction of λ, so at 0 the identity term goes too and nothing ties G(x) to x.', type: 'number', min: 0, max: 30, step: 0.5, default: 10, apply: 'live' },
    { key: 'identityFraction', label: 'Identity weight (× λ)', help: 'Identity loss weight as a fraction of λ: G fed a striped digit, or F a plain one, should change nothing. The paper uses 0.5.', type: 'number', min: 0, max: 1, step: 0.05, default: 0.5, apply: 'live' },
    // Five times the paper's 2e-4: a few hundred steps must show stripes in a browser.
    { key: 'lrG', label: 'Generators’ learning rate', help: 'Adam step size for G and F (the paper: 0.0002; higher here so stripes show within seconds).', type: 'number', min: 0.00005, max: 0.005, step: 0.00005, default: 0.001, scale: 'log', apply: 'live' },
    { key: 'lrD', label: 'Discriminators’ learning rate', help: 'Adam step size for the two PatchGAN discriminators D_X and D_Y.', type: 'number', min: 0.00005, max: 0.005, step: 0.00005, default: 0.001, scale: 'log', apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Digits from each domain per step, drawn independently (the paper uses 1).', type: 'int', min: 1, max: 32, default: 8, apply: 'live' },
  ],
  metrics: [
    { key: 'cycleError', label: 'Cycle error', digits: 3, help: 'Mean |F(G(x)) − x| + mean |G(F(y)) − y| on 32 held-out digits of each domain, pixels in [−1, 1]; 0 is a perfect round trip.' },
    { key: 'gStriped', label: 'G(x) striped %', digits: 0, help: 'Share of G(x) on held-out plain digits that a fixed stripe detector (one Fourier coefficient, no training) calls striped.' },
    { key: 'fPlain', label: 'F(y) plain %', digits: 0, help: 'Share of F(y) on held-out striped digits that the stripe detector calls plain.' },
    { key: 'advG', label: 'L_GAN(G, D_Y)', digits: 3, help: 'G’s least-squares adversarial loss on the last batch.' },
    { key: 'dLoss', label: 'D losses', digits: 3, help: 'D_X’s plus D_Y’s least-squares loss on the last batch.' },
  ],
  presets: [
    { id: 'no-cycle', label: 'No cycle loss (λ = 0)', values: { lambda: 0 } },
    { id: 'no-identity', label: 'No identity loss', values: { identityFraction: 0 } },
    { id: 'paper-lr', label: 'Paper’s learning rate', values: { lrG: 0.0002, lrD: 0.0002 } },
  ],
  checkpoints: { every: 200 },
  pretrained: CYCLE_IMAGES_PRETRAINED,
});

export type CycleImagesValues = CellValues<typeof cycleImagesCell>;

/** What the cycleImages trainer sends its view: held-out images of both domains, their translations, round trips and round-trip errors. */
export type CycleImagesPayload = ViewPayload<{ x: Float32Array; gx: Float32Array; fgx: Float32Array; errX: Float32Array; y: Float32Array; fy: Float32Array; gfy: Float32Array; errY: Float32Array }, { shown: number; side: number; lambda: number }>;
