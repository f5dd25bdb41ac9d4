/**
 * View of the DCGAN cell (and image-GAN variants that render the same
 * payload, src/ml/trainers/imageGan.ts): the live 8×8 grid from fixed noise,
 * a scrubbable strip of earlier grids, D and G losses, mean D(x) and
 * D(G(z)) against the ½ line, the digit score and confidence over time, and
 * which digits the classifier sees (now and over time). No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { ImageGanPayload } from '../../src/cells/dcgan';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { chartWidth, fmt, lines, seriesLegend, seriesPoints } from './charts';
import { drawGrid, figure, row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';
import type { Translate } from '../../src/i18n/translate';

const SIZE = 28;
const PIXELS = SIZE * SIZE;
const GRID = 64;
const COLS = 8;
const SCALE = 1.5;
const COLORS = { d: '#1c7ed6', g: '#d9480f', real: '#2b8a3e', score: '#6741d9', confidence: '#0b7285' } as const;
/** Series colours of the three line charts, by series key; their legends are drawn once, not with every chart. */
const LOSS_COLORS = { 'D loss': COLORS.d, 'G loss': COLORS.g };
const OUTPUT_COLORS = { 'D(x), real': COLORS.real, 'D(G(z)), fake': COLORS.g };
const SCORE_COLORS = { 'digit score': COLORS.score, 'confidence × 10': COLORS.confidence };
/** The class-share colour scale (its legend is drawn once too; the view adds the label in the page's language). */
const SHARE_COLOR = { scheme: 'blues', domain: [0, 0.5] } as const;
/**
 * Columns at most in the class-share-over-time chart. The score log keeps up
 * to 200 evaluations; ten bars each made 2,000 rectangles to build and paint
 * four times a second. Neighbouring evaluations are averaged instead.
 */
const MAX_SHARE_COLUMNS = 50;


function histogramNow(Plot: PlotModule, t: Translate, histogram: ArrayLike<number>, real: ArrayLike<number>, width: number): Element {
  const data = Array.from({ length: 10 }, (_, d) => ({ digit: String(d), share: histogram[d] ?? 0, real: real[d] ?? 0 }));
  return Plot.plot({
    width: Math.min(width, 300),
    height: 130,
    marginLeft: 36,
    x: { label: t('classified as'), domain: data.map((d) => d.digit) },
    y: { label: t('share'), domain: [0, 1], grid: true, ticks: 4 },
    ariaLabel: t('Share of generated digits the classifier assigns to each class, with real digits as ticks'),
    marks: [
      Plot.barY(data, { x: 'digit', y: 'share', fill: COLORS.g }),
      Plot.tickY(data, { x: 'digit', y: 'real', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.ruleY([0]),
    ],
  });
}

export interface ShareColumn {
  x1: number;
  x2: number;
  digit: string;
  share: number;
}

/**
 * Class shares over training as at most `maxColumns` columns of ten cells:
 * runs of neighbouring evaluations are averaged into one column spanning
 * their steps. The last column ends one evaluation interval after its last step.
 */
export function shareColumns(steps: ArrayLike<number>, histograms: ArrayLike<number>, maxColumns: number): ShareColumn[] {
  const n = steps.length;
  const per = Math.max(1, Math.ceil(n / maxColumns));
  const out: ShareColumn[] = [];
  for (let i0 = 0; i0 < n; i0 += per) {
    const i1 = Math.min(n, i0 + per);
    const x1 = steps[i0];
    const x2 = i1 < n ? steps[i1] : steps[n - 1] + Math.max(1, n > 1 ? steps[n - 1] - steps[n - 2] : 1);
    for (let d = 0; d < 10; d++) {
      let sum = 0;
      for (let i = i0; i < i1; i++) sum += histograms[i * 10 + d];
      out.push({ x1, x2, digit: String(d), share: sum / (i1 - i0) });
    }
  }
  return out;
}

/**
 * "Model: G 64·32, D 32·64 channels." from the payload's current widths, or
 * '' when the trainer does not send them. Loading a checkpoint of another
 * width changes the model (and how fast it steps); this line says so.
 */
export function modelWidthsText(v: Record<string, number>, t: Translate = viewText()): string {
  const widths = [v.generatorFilters0, v.generatorFilters1, v.discriminatorFilters0, v.discriminatorFilters1];
  if (!widths.every((w) => Number.isFinite(w))) return '';
  const [g0, g1, d0, d1] = widths;
  // Pretrained weights may carry G's stride-1 layer at 7×7 (DcganOptions.generatorRefineFilters).
  const r = v.generatorRefineFilters;
  const channels =
    Number.isFinite(r) && r > 0
      ? t('Model: G {g0}·{r}·{g1} (a second 7×7 layer of {r}), D {d0}·{d1} channels.', { g0, r, g1, d0, d1 })
      : t('Model: G {g0}·{g1}, D {d0}·{d1} channels.', { g0, g1, d0, d1 });
  // Spectral normalisation (DcganOptions.discriminatorSpectralNorm) adds no channels, but changes how D learns.
  if (v.discriminatorSpectralNorm !== 1) return channels;
  return `${channels} ${t("D's weights are spectrally normalised: each layer is divided by its largest singular value.")}`;
}

function histogramOverTime(Plot: PlotModule, t: Translate, steps: ArrayLike<number>, histograms: ArrayLike<number>, width: number): Element {
  return Plot.plot({
    width,
    height: 170,
    marginLeft: 36,
    x: { label: t('step') },
    y: { label: t('digit'), domain: Array.from({ length: 10 }, (_, d) => String(d)) },
    color: { ...SHARE_COLOR, label: t('share') },
    ariaLabel: t('Class shares of generated digits over training'),
    marks: [Plot.barX(shareColumns(steps, histograms, MAX_SHARE_COLUMNS), { x1: 'x1', x2: 'x2', y: 'digit', fill: 'share', inset: 0 })],
  });
}

const createDcganView: ViewFactory<ImageGanPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  /** Three small curves side by side under the grids. */
  const SMALL_CHART = { height: 150, x: t('step') };
  const seriesLabels = {
    'D loss': t('D loss'),
    'G loss': t('G loss'),
    'D(x), real': t('D(x), real'),
    'D(G(z)), fake': t('D(G(z)), fake'),
    'digit score': t('digit score'),
    'confidence × 10': t('confidence × 10'),
  };
  const modelLine = document.createElement('p');
  modelLine.style.margin = '0 0 0.3rem';
  modelLine.style.fontSize = '0.82rem';
  root.append(modelLine);
  const grids = row(root);
  const live = figure(grids, t('Samples from fixed noise.'), t('Generated digits from fixed noise, now'));
  const past = figure(grids, t('Earlier samples.'), t('Generated digits from the same noise at an earlier step'));
  const scrub = document.createElement('label');
  scrub.style.display = 'block';
  scrub.style.fontSize = '0.82rem';
  const scrubText = document.createElement('span');
  scrubText.textContent = t('Earlier grid');
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = '0';
  slider.step = '1';
  slider.value = '0';
  slider.style.display = 'block';
  slider.style.width = '100%';
  scrub.append(scrubText, slider);
  past.fig.append(scrub);
  const charts = document.createElement('div');
  const losses = document.createElement('div');
  const outputs = document.createElement('div');
  const scoreChart = document.createElement('div');
  const histNow = document.createElement('div');
  const histTime = document.createElement('div');
  charts.append(
    seriesLegend(Plot, LOSS_COLORS, seriesLabels, 40),
    losses,
    seriesLegend(Plot, OUTPUT_COLORS, seriesLabels, 40),
    outputs,
    seriesLegend(Plot, SCORE_COLORS, seriesLabels, 40),
    scoreChart,
    histNow,
    Plot.legend({ color: { ...SHARE_COLOR, label: t('share') }, marginLeft: 36 }) as Element,
    histTime,
  );
  root.append(charts);
  // Each part is redrawn only when its numbers change: scores and snapshots change far less often than payloads come.
  const [liveGate, pastGate, lossGate, outputGate, scoreGate, histNowGate, histTimeGate] = changeGates(7);

  let payload: ImageGanPayload | null = null;
  /** Follow the newest snapshot until the learner moves the slider back. */
  let following = true;
  let summary = t('The samples and charts appear when the cell runs.');

  function drawSnapshot(): void {
    if (!payload) return;
    const steps = payload.arrays.snapshotSteps;
    const snaps = payload.arrays.snapshots;
    if (steps.length === 0) return;
    const i = Math.min(Number(slider.value), steps.length - 1);
    const bytes = snaps.subarray(i * GRID * PIXELS, (i + 1) * GRID * PIXELS);
    if (pastGate.changed(bytes)) drawGrid(past.canvas, Float32Array.from(bytes, (b) => b / 255), { size: SIZE, cols: COLS, scale: SCALE });
    setText(past.caption, t('The same noise at step {step} ({index} of {count} snapshots).', { step: steps[i], index: i + 1, count: steps.length }));
    slider.setAttribute('aria-valuetext', t('step {step}', { step: steps[i] }));
    setText(scrubText, t('Earlier grid: step {step}', { step: steps[i] }));
  }

  slider.addEventListener('input', () => {
    following = Number(slider.value) === Number(slider.max);
    drawSnapshot();
  });

  const view: CellView<ImageGanPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts); canvases and captions share a frame.
    *update(next: ImageGanPayload, _metrics: Metrics) {
      payload = next;
      const a = next.arrays;
      const v = next.values;
      const width = chartWidth(root);
      const widths = modelWidthsText(v, t);
      setText(modelLine, widths);
      modelLine.hidden = widths === '';
      if (liveGate.changed(a.samples)) drawGrid(live.canvas, a.samples, { size: SIZE, cols: COLS, scale: SCALE });
      setText(live.caption, t('Step {step}: 64 samples from fixed noise. Digit score {digitScore}, confidence {confidence}.', { step: v.step, digitScore: fmt(v.digitScore), confidence: fmt(v.confidence, 3) }));
      slider.max = String(Math.max(0, a.snapshotSteps.length - 1));
      if (following) slider.value = slider.max;
      drawSnapshot();
      // The grids land in this frame; the first chart is built in the next.
      yield;

      const steps = a.curveSteps;
      const dLabel = v.leastSquares ? t('mean D score') : t('mean D');
      if (lossGate.changed(width, steps, a.dLoss, a.gLoss)) {
        yield* swapIn(losses, () => lines(Plot, seriesPoints(steps, { 'D loss': a.dLoss, 'G loss': a.gLoss }), { ...SMALL_CHART, width, y: t('loss'), colors: LOSS_COLORS, aria: t('Discriminator and generator losses over training') }));
      }
      if (outputGate.changed(width, steps, a.dReal, a.dFake, dLabel)) {
        yield* swapIn(outputs, () =>
          lines(Plot, seriesPoints(steps, { 'D(x), real': a.dReal, 'D(G(z)), fake': a.dFake }), {
            ...SMALL_CHART,
            width,
            y: dLabel,
            domain: v.leastSquares ? undefined : [0, 1],
            colors: OUTPUT_COLORS,
            rules: [0.5],
            aria: t('Mean discriminator output on real and generated digits over training, with the one-half line'),
          }),
        );
      }
      if (scoreGate.changed(width, a.scoreSteps, a.digitScore, a.confidence, v.realDigitScore)) {
        yield* swapIn(scoreChart, () =>
          lines(Plot, seriesPoints(a.scoreSteps, { 'digit score': a.digitScore, 'confidence × 10': Float32Array.from(a.confidence, (c) => 10 * c) }), {
            ...SMALL_CHART,
            width,
            y: t('score'),
            domain: [1, 10],
            colors: SCORE_COLORS,
            rules: [v.realDigitScore],
            aria: t("Digit score and confidence over training; the dashed line is real digits' score, {realDigitScore}", { realDigitScore: fmt(v.realDigitScore) }),
          }),
        );
      }
      if (histNowGate.changed(width, a.histogram, a.realHistogram)) yield* swapIn(histNow, () => histogramNow(Plot, t, a.histogram, a.realHistogram, width));
      if (histTimeGate.changed(width, a.scoreSteps, a.histograms)) yield* swapIn(histTime, () => histogramOverTime(Plot, t, a.scoreSteps, a.histograms, width));

      const last = (x: ArrayLike<number>) => (x.length ? x[x.length - 1] : NaN);
      let top = 0;
      for (let d = 1; d < 10; d++) if (a.histogram[d] > a.histogram[top]) top = d;
      const state = t(
        'Step {step}. D loss {dLoss}, G loss {gLoss}; mean D(x) {dReal} and D(G(z)) {dFake} (½ when D cannot tell). Digit score {digitScore} of 10 (real digits score {realDigitScore}), confidence {confidence}; the most common class is {top} with {share}% of samples.',
        {
          step: v.step,
          dLoss: fmt(last(a.dLoss), 3),
          gLoss: fmt(last(a.gLoss), 3),
          dReal: fmt(last(a.dReal)),
          dFake: fmt(last(a.dFake)),
          digitScore: fmt(v.digitScore),
          realDigitScore: fmt(v.realDigitScore),
          confidence: fmt(v.confidence, 3),
          top,
          share: fmt(100 * a.histogram[top], 0),
        },
      );
      // The model line is a sentence of its own, so it can precede the state's sentences in any language.
      summary = widths ? `${widths} ${state}` : state;
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createDcganView;
