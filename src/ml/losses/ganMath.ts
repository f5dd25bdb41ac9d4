/**
 * Plain-number facts about the original GAN game (Goodfellow et al. 2014,
 * "Generative Adversarial Nets", arXiv:1406.2661). No tfjs here: views and
 * lessons import this file to draw curves analytically.
 */
import type { GeneratorLossId } from './gan';

/**
 * The best discriminator for a fixed generator (Goodfellow et al. 2014, prop. 1):
 *
 * $$D^*_G(x) = \frac{p_{\text{data}}(x)}{p_{\text{data}}(x) + p_g(x)}$$
 *
 * Returns NaN where both densities are zero: D* is undefined there.
 */
export function optimalDiscriminator(pData: number, pG: number): number {
  const total = pData + pG;
  return total > 0 ? pData / total : NaN;
}

/**
 * The value of the game at its equilibrium p_g = p_data, where D* = 1/2
 * everywhere (Goodfellow et al. 2014, thm. 1):
 *
 * $$V(D^*, G^*) = \log\tfrac12 + \log\tfrac12 = -\log 4$$
 */
export const EQUILIBRIUM_VALUE = -Math.log(4);

/** D(G(z)) at the equilibrium: the discriminator can only guess. */
export const EQUILIBRIUM_D = 0.5;

/**
 * The generator loss as a function of d = D(G(z)) for one sample:
 *
 * $$\ell_{\text{minimax}}(d) = \log(1-d), \qquad \ell_{\text{NS}}(d) = -\log d$$
 */
export function generatorLossAt(id: GeneratorLossId, d: number): number {
  return id === 'minimax' ? Math.log(1 - d) : -Math.log(d);
}

/**
 * Its derivative with respect to d = D(G(z)):
 *
 * $$\frac{\partial \ell_{\text{minimax}}}{\partial d} = -\frac{1}{1-d}, \qquad
 *   \frac{\partial \ell_{\text{NS}}}{\partial d} = -\frac{1}{d}$$
 *
 * Near d = 0 (D rejects the fakes) the minimax slope is about −1 while the
 * non-saturating one grows without bound.
 */
export function generatorLossSlopeAt(id: GeneratorLossId, d: number): number {
  return id === 'minimax' ? -1 / (1 - d) : -1 / d;
}

/**
 * Its derivative with respect to D's logit l (d = σ(l)), the signal that
 * actually reaches the generator through the sigmoid:
 *
 * $$\frac{\partial \ell_{\text{minimax}}}{\partial l} = -d, \qquad
 *   \frac{\partial \ell_{\text{NS}}}{\partial l} = -(1-d)$$
 */
export function generatorLossLogitSlopeAt(id: GeneratorLossId, d: number): number {
  return id === 'minimax' ? -d : -(1 - d);
}

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
