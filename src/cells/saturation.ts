/**
 * The saturation cell (data-cell "saturation"): the 1-D GAN with a strong
 * discriminator, where the minimax generator loss stalls and the
 * non-saturating one does not (Goodfellow et al. 2014, arXiv:1406.2661, sec. 3).
 * Same trainer module as gan1d, registered under its own kind 'saturation'
 * because views are looked up by kind and this cell draws another chart:
 * both losses against D(G(z)).
 */
import { defaultsOf, defineCell, withDefaults } from './define';
import { GAN1D_DEFAULTS, GAN1D_METRICS, GAN1D_PARAMS } from './gan1d';

/**
 * D trains twice per G step at a high rate and G is slow, so D confidently
 * rejects the fakes first: with seed 1 the minimax generator then sat at
 * D(G(z)) ≈ 0.2 for ~500 steps, while the non-saturating one matched the
 * data within ~200.
 */
const SATURATION_PARAMS = withDefaults(GAN1D_PARAMS, { generatorLoss: 'minimax', optimizer: 'sgd', lrD: 0.3, lrG: 0.005, dSteps: 2 });
export const SATURATION_DEFAULTS = defaultsOf(SATURATION_PARAMS);

export const saturationCell = defineCell({
  kind: 'saturation',
  // The 1-D GAN itself; its own kind only so that it gets its own view.
  trainer: 'gan1d',
  params: SATURATION_PARAMS,
  metrics: GAN1D_METRICS,
  presets: [
    { id: 'saturating-strong-d', label: 'Saturating loss, strong D', values: { ...SATURATION_DEFAULTS } },
    {
      id: 'non-saturating-strong-d',
      label: 'Non-saturating loss, strong D',
      values: { ...SATURATION_DEFAULTS, generatorLoss: 'non-saturating' },
    },
    {
      id: 'saturating-adam',
      label: 'Saturating loss, Adam',
      values: { ...SATURATION_DEFAULTS, optimizer: 'adam', lrD: 0.01, lrG: 0.001 },
    },
    { id: 'balanced', label: 'Balanced', values: { ...GAN1D_DEFAULTS } },
  ],
});
