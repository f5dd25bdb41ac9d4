/**
 * View of the autoencoder cell: digits beside their reconstructions (and the
 * clean targets when denoising), non-digits beside theirs, the map of
 * held-out codes coloured by class, and the two histograms of
 * reconstruction error with the learner's threshold.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { AutoencoderPayload } from '../../src/cells/autoencoder';
import type { CellView, PlotModule, ViewFactory } from './view';
import { labelOf, viewText } from './viewText';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { drawGrid, figure, row } from './imageCanvas';
import { finiteRange } from './pixels';

const SIZE = 28;
const SCALE = 2;
/** Histogram bins are even in log(error) between these bounds; values outside land in the end bins. */
const ERROR_MIN = 1e-3;
const ERROR_MAX = 1;
const BINS = 36;
/** The two histograms' colours by group key (legend drawn once, outside the chart that is remade). */
const GROUP_COLOR = { domain: ['held-out digits', 'non-digits'], range: ['#0a58a8', '#c2410c'] };

interface Bin {
  x1: number;
  x2: number;
  share: number;
  group: string;
}

/** Log-spaced histogram as shares of the group (so two groups of different sizes compare). */
export function logHistogram(values: Float32Array, group: string): Bin[] {
  const lo = Math.log10(ERROR_MIN);
  const width = (Math.log10(ERROR_MAX) - lo) / BINS;
  const counts = new Array<number>(BINS).fill(0);
  for (const v of values) {
    const b = Math.floor((Math.log10(Math.max(v, 1e-12)) - lo) / width);
    counts[Math.min(BINS - 1, Math.max(0, b))] += 1;
  }
  return counts.map((c, b) => ({
    x1: 10 ** (lo + b * width),
    x2: 10 ** (lo + (b + 1) * width),
    share: values.length ? c / values.length : 0,
    group,
  }));
}

const MAP_WIDTH = 300;
const MAP_HEIGHT = 280;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Tableau 10, the categorical scheme the course's other digit charts use, one colour per digit. */
const DIGIT_COLORS = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];

/** Draws each code as its digit, in its class colour, where the chart's scales put it. */
function drawCodes(canvas: HTMLCanvasElement, chart: ReturnType<PlotModule['plot']>, xs: ArrayLike<number>, ys: ArrayLike<number>, labels: ArrayLike<number>): void {
  const x = chart.scale('x');
  const y = chart.scale('y');
  const ctx = canvas.getContext('2d');
  if (!x?.apply || !y?.apply || !ctx) return;
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  canvas.width = MAP_WIDTH * dpr;
  canvas.height = MAP_HEIGHT * dpr;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = 'bold 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let i = 0; i < xs.length; i++) {
    const digit = labels[i];
    ctx.fillStyle = DIGIT_COLORS[digit] ?? '#555';
    ctx.fillText(DIGITS[digit] ?? '?', x.apply(xs[i]) as number, y.apply(ys[i]) as number);
  }
}

function holder(parent: HTMLElement, title: string): { box: HTMLElement; chart: HTMLElement } {
  const box = document.createElement('figure');
  box.style.margin = '0';
  const cap = document.createElement('figcaption');
  cap.style.fontSize = '0.82rem';
  // Wraps at the chart's width instead of widening the figure.
  cap.style.width = '0';
  cap.style.minWidth = '100%';
  cap.textContent = title;
  const chart = document.createElement('div');
  box.append(chart, cap);
  parent.append(box);
  return { box, chart };
}

const createAutoencoderView: ViewFactory<AutoencoderPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const groupLabels = { 'held-out digits': t('held-out digits'), 'non-digits': t('non-digits') };
  const images = row(root);
  const digits = figure(images, '', t('Held-out digits and their reconstructions'));
  const nonDigits = figure(images, t('Non-digits (top) and what the autoencoder makes of them (bottom).'), t('Non-digit images and their reconstructions'));
  const charts = row(root);
  const map = holder(charts, '');
  // The code map's 160 digits are drawn on a canvas over the chart's axes: as SVG text they made
  // each redraw cost ~20 ms of layout and paint on the page's main thread.
  map.chart.style.position = 'relative';
  const mapAxes = document.createElement('div');
  const mapDigits = document.createElement('canvas');
  mapDigits.setAttribute('aria-hidden', 'true');
  Object.assign(mapDigits.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none' });
  map.chart.append(mapAxes, mapDigits);
  const hist = holder(charts, '');
  hist.box.prepend(Plot.legend({ color: { ...GROUP_COLOR, tickFormat: labelOf(groupLabels) }, marginLeft: 44 }) as Element);
  // The code map and histograms change at each evaluation (every few steps), not with every payload.
  const [digitsGate, nonDigitsGate, mapGate, histGate] = changeGates(4);
  let summary = t('The pictures appear when the cell runs.');

  const view: CellView<AutoencoderPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update({ arrays: a, values: v }: AutoencoderPayload, metrics: Metrics) {
      const denoising = v.noise > 0;
      const digitRows = denoising
        ? [a.digitInputs, a.digitOutputs, a.digitTargets]
        : [a.digitInputs, a.digitOutputs];
      if (digitsGate.changed(...digitRows)) {
        const stacked = new Float32Array(digitRows.reduce((n, r) => n + r.length, 0));
        let offset = 0;
        for (const r of digitRows) {
          stacked.set(r, offset);
          offset += r.length;
        }
        const shown = (a.digitInputs.length / (SIZE * SIZE)) | 0;
        drawGrid(digits.canvas, stacked, { size: SIZE, cols: shown, scale: SCALE });
      }
      setText(
        digits.caption,
        denoising
          ? t('Top: noisy inputs (noise {noise}). Middle: reconstructions. Bottom: the clean digits the decoder is asked for.', { noise: v.noise })
          : t('Top: held-out digits. Bottom: their reconstructions through a code of {latentSize} numbers.', { latentSize: v.latentSize }),
      );

      if (nonDigitsGate.changed(a.nonDigitInputs, a.nonDigitOutputs)) {
        const nd = new Float32Array(a.nonDigitInputs.length + a.nonDigitOutputs.length);
        nd.set(a.nonDigitInputs, 0);
        nd.set(a.nonDigitOutputs, a.nonDigitInputs.length);
        drawGrid(nonDigits.canvas, nd, { size: SIZE, cols: (a.nonDigitInputs.length / (SIZE * SIZE)) | 0, scale: SCALE });
      }

      const projected = v.projected === 1;
      if (mapGate.changed(a.codeX, a.codeY, a.codeLabels, projected)) {
        const xs = finiteRange(a.codeX);
        const ys = finiteRange(a.codeY);
        let chart: ReturnType<PlotModule['plot']> | null = null;
        yield* swapIn(mapAxes, () => {
          chart = Plot.plot({
            width: MAP_WIDTH,
            height: MAP_HEIGHT,
            marginLeft: 40,
            inset: 8,
            x: { label: projected ? t('principal component 1') : t('code 1'), ticks: 4 },
            y: { label: projected ? t('principal component 2') : t('code 2'), ticks: 4 },
            // Two invisible corner points set the scales; the digits go on the canvas above.
            marks: [Plot.dot([[xs.lo, ys.lo], [xs.hi, ys.hi]], { r: 0 })],
          });
          return chart;
        });
        if (chart) drawCodes(mapDigits, chart, a.codeX, a.codeY, a.codeLabels);
      }
      setText(
        map.box.querySelector('figcaption')!,
        projected
          ? t('Codes of 160 held-out digits, each drawn as its digit: {latentSize} numbers, seen along their two main directions (set the latent size to 2 to see them exactly).', { latentSize: v.latentSize })
          : t('Codes of 160 held-out digits, each drawn as its digit, at their exact 2-D code.'),
      );

      if (histGate.changed(a.digitErrors, a.nonDigitErrors, v.threshold)) {
        const bins = [...logHistogram(a.digitErrors, 'held-out digits'), ...logHistogram(a.nonDigitErrors, 'non-digits')];
        yield* swapIn(hist.chart, () =>
          Plot.plot({
            width: 360,
            height: 240,
            marginLeft: 44,
            x: { type: 'log', label: t('reconstruction error (per-pixel MSE)'), domain: [ERROR_MIN, ERROR_MAX], tickFormat: (d: number) => String(d) },
            y: { label: t('share of images'), grid: true },
            color: GROUP_COLOR,
            marks: [
              Plot.rectY(bins, { x1: 'x1', x2: 'x2', y: 'share', fill: 'group', fillOpacity: 0.55 }),
              Plot.ruleX([v.threshold], { stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '4 3' }),
              Plot.ruleY([0]),
            ],
          }),
        );
      }
      const detection = v.detectionRate;
      const falseAlarms = v.falseAlarms;
      const rates = { threshold: v.threshold, detection: (100 * detection).toFixed(0), falseAlarms: (100 * falseAlarms).toFixed(0), heldOutError: v.heldOutError.toFixed(4) };
      setText(
        hist.box.querySelector('figcaption')!,
        t('Dashed line: threshold {threshold}. Right of it counts as "not a digit": {detection}% of non-digits caught, {falseAlarms}% of real digits wrongly flagged.', rates),
      );

      summary =
        metrics.reconLoss !== undefined
          ? t(
              'Held-out reconstruction error {heldOutError}, training loss {reconLoss}. At threshold {threshold}, {detection}% of non-digits are detected and {falseAlarms}% of digits are false alarms.',
              { ...rates, reconLoss: metrics.reconLoss.toFixed(4) },
            )
          : t('Held-out reconstruction error {heldOutError}. At threshold {threshold}, {detection}% of non-digits are detected and {falseAlarms}% of digits are false alarms.', rates);
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createAutoencoderView;
