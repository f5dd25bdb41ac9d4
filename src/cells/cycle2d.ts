/**
 * The "CycleGAN on points" cell: two unpaired 2-D point clouds, four small
 * MLPs, and arrows x → G(x) → F(G(x)) coloured by where x sits on its shape.
 * Trainer: src/ml/trainers/cycle2d.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';
import { speedParam } from './watchParams';

export const cycle2dCell = defineCell({
  kind: 'cycle2d',
  params: [
    {
      key: 'lambda',
      label: 'Cycle weight λ',
      help: 'Weight of the cycle-consistency loss against the two adversarial losses. 0 turns it off: two independent GANs.',
      type: 'number',
      min: 0,
      max: 20,
      step: 0.5,
      // Half the paper's λ = 10: its balance was set for pixels in [-1, 1]; on these
      // point clouds 10 lets the round trip win and G(X) reaches Y slowly (try it).
      default: 5,
      apply: 'live',
    },
    // Off by default: on point clouds "leave a point of Y alone" is not a style cue, just extra pull.
    { key: 'identityFraction', label: 'Identity weight (× λ)', help: 'Weight of the identity loss, as a fraction of λ: G fed a point of Y should leave it where it is (the paper uses 0.5 for paintings).', type: 'number', min: 0, max: 1, step: 0.05, default: 0, apply: 'live' },
    { key: 'lrG', label: 'Generators’ learning rate', help: 'Adam step size for G and F, which are trained together.', type: 'number', min: 0.0001, max: 0.02, step: 0.0001, default: 0.004, scale: 'log', apply: 'live' },
    { key: 'lrD', label: 'Discriminators’ learning rate', help: 'Adam step size for D_X and D_Y.', type: 'number', min: 0.0001, max: 0.02, step: 0.0001, default: 0.004, scale: 'log', apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Points drawn from each domain per step, independently: nothing pairs the i-th x with the i-th y.', type: 'int', min: 8, max: 512, default: 128, apply: 'live' },
    // Unpaced by default (as before): slow it down to watch the arrows bend round.
    speedParam('max'),
    { key: 'pair', label: 'Domains X → Y', help: 'Which point clouds play X (left) and Y (right).', type: 'select', options: [{ value: 'ring-blobs', label: 'Ring → two blobs' }, { value: 'ring-square', label: 'Ring → square' }, { value: 'line-ring', label: 'Line → ring' }], default: 'ring-blobs', apply: 'reset' },
    { key: 'hidden', label: 'Hidden width', help: 'Units in each of the two hidden layers of all four networks.', type: 'int', min: 4, max: 64, default: 32, apply: 'reset' },
  ],
  metrics: [
    { key: 'cycleError', label: 'Cycle error', digits: 3, help: 'Mean |F(G(x)) − x| + mean |G(F(y)) − y| on fixed points: how far a round trip lands from where it started.' },
    { key: 'translationGap', label: 'Translation gap', digits: 3, help: 'Chamfer distance between G(X) and Y, averaged with F(Y) against X: small when the translations lie on the other domain and cover it.' },
    { key: 'advG', label: 'L_GAN(G, D_Y)', digits: 3, help: 'G’s least-squares adversarial loss: 1 when D_Y calls every G(x) fake, 0 when it calls them real.' },
    { key: 'advF', label: 'L_GAN(F, D_X)', digits: 3, help: 'F’s least-squares adversarial loss.' },
    { key: 'dLoss', label: 'D losses', digits: 3, help: 'D_X’s plus D_Y’s least-squares loss; a discriminator that answers ½ for everything scores 0.25, so 0.5 for the pair.' },
  ],
  presets: [
    { id: 'paper', label: 'Paper’s λ = 10', values: { lambda: 10 } },
    { id: 'no-cycle', label: 'No cycle loss (λ = 0)', values: { lambda: 0 } },
    { id: 'identity', label: 'Add identity loss', values: { identityFraction: 0.5 } },
  ],
  checkpoints: { every: 2000 },
});

export type Cycle2dValues = CellValues<typeof cycle2dCell>;

/** What the cycle2d trainer sends its view: both clouds, their translations and round trips, and the points that get arrows. */
export type Cycle2dPayload = ViewPayload<{ x: Float32Array; y: Float32Array; xT: Float32Array; yT: Float32Array; gx: Float32Array; fgx: Float32Array; fy: Float32Array; gfy: Float32Array; arrowsX: Int32Array; arrowsY: Int32Array }, { cycleError: number; translationGap: number; lambda: number }>;
