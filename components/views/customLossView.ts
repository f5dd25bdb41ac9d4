/**
 * View of the "type your own loss" cell: the two formulas as mathematics
 * (KaTeX, drawn from the parsed tree, never from the raw text), the gan-2d
 * picture of the run (its own view, so what differs from gan-2d is only the
 * loss) and both losses over the steps. KaTeX arrives with this module, which
 * the page loads only when the cell nears the screen. No tfjs here.
 */
import katex from 'katex';
import type { CustomLossPayload } from '../../src/cells/customLoss';
import { checkLoss } from '../../src/ml/losses/formula/check';
import type { Player } from '../../src/ml/losses/formula/parse';
import { formulaToTex } from '../../src/ml/losses/formula/tex';
import type { Metrics } from '../../src/ml/trainer';
import { chartWidth, fmt, lines, seriesLegend, seriesPoints } from './charts';
import createGan2dView from './gan2dView';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';

const COLORS = { 'D loss': '#1c7ed6', 'G loss': '#f08c00' };

/** The loss as display math: its symbol, the batch mean, the formula. */
function lossTex(player: Player, formulaTex: string): string {
  const symbol = player === 'discriminator' ? '\\mathcal{L}_D' : '\\mathcal{L}_G';
  return `${symbol} = \\mathbb{E}\\left[${formulaTex}\\right]`;
}

const createCustomLossView: ViewFactory<CustomLossPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const formulas = document.createElement('div');
  formulas.className = 'custom-loss-formulas';
  formulas.dataset.formulas = '';
  const math: Record<Player, HTMLElement> = { discriminator: document.createElement('div'), generator: document.createElement('div') };
  math.discriminator.dataset.formula = 'discriminator';
  math.generator.dataset.formula = 'generator';
  const reading = document.createElement('p');
  reading.style.margin = '0.2rem 0';
  reading.style.fontSize = '0.82rem';
  formulas.append(math.discriminator, math.generator, reading);
  const picture = document.createElement('div');
  const curves = document.createElement('div');
  root.append(formulas, picture, seriesLegend(Plot, COLORS, { 'D loss': t('D loss'), 'G loss': t('G loss') }), curves);
  const gan2d = createGan2dView(picture, Plot);
  let summary = t('The chart appears when the cell runs.');
  const shown: Record<Player, string> = { discriminator: '', generator: '' };

  function drawFormula(player: Player, text: string): void {
    if (text === shown[player]) return;
    const checked = checkLoss(text, player);
    // The page refuses a formula that fails before it gets here; the one drawn stays the last that passed.
    if (!checked.ok) return;
    shown[player] = text;
    katex.render(lossTex(player, formulaToTex(checked.tree)), math[player], { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
  }

  const view: CellView<CustomLossPayload> = {
    *update(payload: CustomLossPayload, metrics: Metrics) {
      // The picture's own frames first, then the curves in a frame of their own.
      const parts = gan2d.update(payload, metrics);
      if (parts) for (let part = parts.next(); !part.done; part = parts.next()) yield;
      yield;
      const { curveSteps, dLoss, gLoss } = payload.arrays;
      const data = seriesPoints(curveSteps, { 'D loss': dLoss, 'G loss': gLoss });
      curves.replaceChildren(
        data.length
          ? lines(Plot, data, { width: chartWidth(root), x: t('step'), y: t('loss'), colors: COLORS, aria: t('Discriminator and generator loss over training steps') })
          : document.createTextNode(''),
      );
      summary = `${gan2d.describe()} ${t('At the last evaluation your discriminator loss is {d} and your generator loss is {g}.', { d: fmt(metrics.dLoss ?? dLoss.at(-1), 3), g: fmt(metrics.gLoss ?? gLoss.at(-1), 3) })}`;
    },
    describe() {
      return summary;
    },
    setHyperparameters(values) {
      if (typeof values.discriminatorLoss === 'string') drawFormula('discriminator', values.discriminatorLoss);
      if (typeof values.generatorLoss === 'string') drawFormula('generator', values.generatorLoss);
      reading.textContent =
        values.dOutput === 'logit'
          ? t('Here D(x) and D(G(z)) are the raw scores (logits) of the discriminator, any real number; the background below shows σ of the score.')
          : t('Here D(x) and D(G(z)) are probabilities: σ of the discriminator’s score, between 0 and 1.');
    },
  };
  return view;
};

export default createCustomLossView;
