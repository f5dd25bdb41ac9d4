/**
 * View of the autoencoder-vs-GAN cell: two 8x8 grids side by side (decoded
 * random latent vectors, generator samples), each with its digit score and
 * confidence underneath and a bar chart of which digits the classifier sees.
 */
import type { AeVsGanPayload } from '../../src/cells/aeVsGan';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';
import type { Translate } from '../../src/i18n/translate';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { drawGrid, figure, row } from './imageCanvas';

const SIZE = 28;
const COLS = 8;
/** 8 columns of 28 pixels at 1.5x: two grids fit side by side in the lesson column. */
const SCALE = 1.5;
/**
 * The autoencoder grid's caption, one whole sentence per way of drawing z
 * (payload value `sampling`: 0 a Gaussian fitted to the codes, 1 one spread
 * per code number, 2 N(0, 1)).
 */
function aeCaption(t: Translate, sampling: number, params: { latentSize: number; aeDigitScore: string; aeConfidence: string }): string {
  if (sampling === 0) return t('Autoencoder: decoder(z), z drawn from a Gaussian fitted to its codes (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.', params);
  if (sampling === 1) {
    return t('Autoencoder: decoder(z), z drawn from a Gaussian with each code number’s own spread (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.', params);
  }
  if (sampling === 2) return t('Autoencoder: decoder(z), z drawn from N(0, 1) (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.', params);
  return t('Autoencoder: decoder(z), z drawn from a Gaussian (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.', params);
}

function classBars(Plot: PlotModule, t: Translate, histogram: ArrayLike<number>, real: ArrayLike<number>, colour: string): SVGSVGElement | HTMLElement {
  const data = Array.from({ length: 10 }, (_, d) => ({ digit: String(d), share: histogram[d], real: real[d] }));
  return Plot.plot({
    width: 250,
    height: 120,
    marginLeft: 36,
    x: { label: t('classified as'), domain: data.map((d) => d.digit) },
    y: { label: t('share'), domain: [0, 1], grid: true },
    marks: [
      Plot.barY(data, { x: 'digit', y: 'share', fill: colour }),
      // Real digits' shares as ticks: where an even spread of digits would put each bar.
      Plot.tickY(data, { x: 'digit', y: 'real', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.ruleY([0]),
    ],
  });
}

const createAeVsGanView: ViewFactory<AeVsGanPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const grids = row(root);
  const ae = figure(grids, '', t('Autoencoder decoder applied to random latent vectors'));
  const aeBars = document.createElement('div');
  ae.fig.append(aeBars);
  const gan = figure(grids, '', t('GAN generator samples from random noise'));
  const ganBars = document.createElement('div');
  gan.fig.append(ganBars);
  // Samples and scores change at each evaluation (every few steps), not with every payload.
  const [aeGate, ganGate, aeBarsGate, ganBarsGate] = changeGates(4);
  let summary = t('The samples appear when the cell runs.');

  const view: CellView<AeVsGanPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update({ arrays: a, values: v }: AeVsGanPayload) {
      if (aeGate.changed(a.aeSamples)) drawGrid(ae.canvas, a.aeSamples, { size: SIZE, cols: COLS, scale: SCALE });
      if (ganGate.changed(a.ganSamples)) drawGrid(gan.canvas, a.ganSamples, { size: SIZE, cols: COLS, scale: SCALE });
      const scores = {
        latentSize: v.latentSize,
        aeDigitScore: v.aeDigitScore.toFixed(2),
        aeConfidence: v.aeConfidence.toFixed(2),
        ganDigitScore: v.ganDigitScore.toFixed(2),
        ganConfidence: v.ganConfidence.toFixed(2),
        realDigitScore: v.realDigitScore.toFixed(2),
      };
      setText(ae.caption, aeCaption(t, v.sampling, scores));
      setText(gan.caption, t('GAN: generator(z), z drawn from N(0, 1) (latent size {latentSize}). Digit score {ganDigitScore}, confidence {ganConfidence}.', scores));
      if (aeBarsGate.changed(a.aeHistogram, a.realHistogram)) yield* swapIn(aeBars, () => classBars(Plot, t, a.aeHistogram, a.realHistogram, '#0a58a8'));
      if (ganBarsGate.changed(a.ganHistogram, a.realHistogram)) yield* swapIn(ganBars, () => classBars(Plot, t, a.ganHistogram, a.realHistogram, '#c2410c'));
      summary = t(
        'Autoencoder samples: digit score {aeDigitScore}, confidence {aeConfidence}. GAN samples: digit score {ganDigitScore}, confidence {ganConfidence}. Real digits score {realDigitScore}.',
        scores,
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createAeVsGanView;
