/**
 * View of the AdaIN cell (payload of src/ml/trainers/adain.ts): the
 * style-mixing grid (coarse 7×7 styles from the row's latent, fine 14×14
 * styles from the column's), more samples, the per-channel mean and
 * deviation of one feature map before and after AdaIN, and the digit score
 * over time. No tfjs here.
 */
import type { AdainPayload } from '../../src/cells/adain';
import { changeGates } from './changeGate';
import { swapIn } from './drawParts';
import { chartWidth, fmt, lines, seriesLegend, seriesPoints } from './charts';
import { drawGrid, figure, row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';

/** Channels shown in the statistics chart (all 32 crowd it). */
const SHOWN_CHANNELS = 16;
const STAT_COLORS = { 'μ(x) before': '#adb5bd', 'μ after = y_b': '#1971c2', 'σ(x) before': '#495057', '|σ| after = |y_s|': '#e8590c' };
const SCORE_COLORS = { 'digit score': '#6741d9' };

const createAdainView: ViewFactory<AdainPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const seriesLabels = {
    'μ(x) before': t('μ(x) before'),
    'μ after = y_b': t('μ after = y_b'),
    'σ(x) before': t('σ(x) before'),
    '|σ| after = |y_s|': t('|σ| after = |y_s|'),
    'digit score': t('digit score'),
  };
  const grids = row(root);
  const mixing = figure(
    grids,
    t('Style mixing. Top row: the column latents’ own digits; left column: the row latents’ own. Inside: coarse (7×7) styles from the row, fine (14×14) styles from the column.'),
    t('Style-mixing grid: each inner digit takes its coarse styles from its row and its fine styles from its column'),
  );
  const samples = figure(grids, t('Samples from fixed noise.'), t('Digits from the style-based generator'));
  const stats = document.createElement('div');
  const score = document.createElement('div');
  // Legends drawn once, outside the charts that are remade.
  root.append(seriesLegend(Plot, STAT_COLORS, seriesLabels), stats, seriesLegend(Plot, SCORE_COLORS, seriesLabels), score);
  const [mixingGate, samplesGate, statsGate, scoreGate] = changeGates(4);
  let summary = t('The style-mixing grid appears when the cell starts.');

  const view: CellView<AdainPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update({ arrays: a, values: v }: AdainPayload) {
      const width = chartWidth(root);
      if (mixingGate.changed(v.cols, a.mixing)) drawGrid(mixing.canvas, a.mixing, { size: 28, cols: v.cols + 1, scale: 2 });
      if (samplesGate.changed(a.samples)) drawGrid(samples.canvas, a.samples, { size: 28, cols: 8, scale: 1.25 });
      if (statsGate.changed(width, a.statsBeforeMean, a.statsAfterMean, a.statsBeforeStd, a.statsAfterStd)) {
        const data: { channel: number; value: number; stat: string }[] = [];
        for (let c = 0; c < Math.min(SHOWN_CHANNELS, a.statsBeforeMean.length); c++) {
          data.push({ channel: c, value: a.statsBeforeMean[c], stat: 'μ(x) before' }, { channel: c, value: a.statsAfterMean[c], stat: 'μ after = y_b' });
          data.push({ channel: c, value: a.statsBeforeStd[c], stat: 'σ(x) before' }, { channel: c, value: a.statsAfterStd[c], stat: '|σ| after = |y_s|' });
        }
        yield* swapIn(stats, () =>
          Plot.plot({
            width,
            height: 170,
            marginLeft: 44,
            x: { label: t('channel of the coarse 7×7 map (top-left digit’s row latent)') },
            y: { label: t('value'), grid: true, ticks: 5 },
            color: { domain: Object.keys(STAT_COLORS), range: Object.values(STAT_COLORS) },
            ariaLabel: t('Per-channel mean and deviation of one coarse feature map before AdaIN and after: after AdaIN they equal the style y computed from w'),
            marks: [Plot.dot(data, { x: 'channel', y: 'value', fill: 'stat', r: 3.5 }), Plot.ruleY([0])],
          }),
        );
      }
      if (scoreGate.changed(width, a.scoreSteps, a.digitScore)) {
        yield* swapIn(score, () => lines(Plot, seriesPoints(a.scoreSteps, { 'digit score': a.digitScore }), { width, x: t('step'), y: t('digit score'), colors: SCORE_COLORS, domain: [1, 10], height: 130, aria: t('Digit score over training') }));
      }
      summary = t(
        "Step {step}, digit score {digitScore}. The {rows}×{cols} mixing grid takes coarse styles from each row's latent and fine styles from each column's; after AdaIN each channel's mean and deviation are exactly the style's y_b and |y_s|, whatever they were before.",
        { step: v.step, digitScore: fmt(v.digitScore), rows: v.rows, cols: v.cols },
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createAdainView;
