/**
 * View of the LSGAN cell (Mao et al. 2017, arXiv:1611.04076): first, from
 * the formulas alone, the generator's loss and the size of its gradient
 * against the discriminator's raw output on a fake, for the non-saturating
 * cross-entropy loss softplus(−v) and the least-squares loss ½(v − 1)²; then
 * the two DCGANs trained in lockstep from one seed (payload of
 * src/ml/trainers/lsgan.ts): their samples side by side and their digit
 * scores over time. No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { LsganPayload } from '../../src/cells/lsgan';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { chartWidth, fmt, lines, seriesLegend, seriesPoints } from './charts';
import { drawGrid, figure, row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';

const COLORS = { 'cross-entropy': '#1971c2', 'least squares': '#e8590c' } as const;
/** The chart's range of the discriminator's raw output v (logit, or least-squares score). */
export const V_RANGE: readonly [number, number] = [-4, 6];

/** Non-saturating generator loss on the logit v: −log σ(v) = softplus(−v). */
export function crossEntropyLossAt(v: number): number {
  return Math.max(-v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
}
/** Its slope d/dv: −σ(−v) = −1/(1 + e^v), which vanishes as v grows. */
export function crossEntropySlopeAt(v: number): number {
  return -1 / (1 + Math.exp(v));
}
/** Least-squares generator loss with c = 1: ½(v − 1)². */
export function leastSquaresLossAt(v: number, c = 1): number {
  return 0.5 * (v - c) ** 2;
}
/** Its slope v − c: proportional to the distance from the target, on either side. */
export function leastSquaresSlopeAt(v: number, c = 1): number {
  return v - c;
}

function analyticCurves(): { loss: { x: number; y: number; series: string }[]; slope: { x: number; y: number; series: string }[] } {
  const loss = [];
  const slope = [];
  for (let i = 0; i <= 100; i++) {
    const v = V_RANGE[0] + ((V_RANGE[1] - V_RANGE[0]) * i) / 100;
    loss.push({ x: v, y: crossEntropyLossAt(v), series: 'cross-entropy' }, { x: v, y: leastSquaresLossAt(v), series: 'least squares' });
    slope.push({ x: v, y: Math.abs(crossEntropySlopeAt(v)), series: 'cross-entropy' }, { x: v, y: Math.abs(leastSquaresSlopeAt(v)), series: 'least squares' });
  }
  return { loss, slope };
}

const createLsganView: ViewFactory<LsganPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const seriesLabels = { 'cross-entropy': t('cross-entropy'), 'least squares': t('least squares') };
  const analytic = document.createElement('div');
  const analyticCharts = document.createElement('div');
  // Legends drawn once: the curves charts and the scores chart share these colours.
  analytic.append(seriesLegend(Plot, COLORS, seriesLabels), analyticCharts);
  const grids = row(root);
  const bce = figure(grids, t('Cross-entropy DCGAN.'), t('Digits from the DCGAN trained with cross-entropy'));
  const ls = figure(grids, t('Least-squares DCGAN.'), t('Digits from the same DCGAN trained with least squares'));
  const scores = document.createElement('div');
  root.prepend(analytic);
  root.append(seriesLegend(Plot, COLORS, seriesLabels), scores);
  const curves = analyticCurves();
  let drawnWidth = 0;
  const [bceGate, lsGate, scoresGate] = changeGates(3);
  let summary = t('The loss and gradient curves and both models’ samples appear when the cell starts.');

  /** The formula curves, redrawn only when the width changes: one chart per frame. */
  function* drawAnalytic(width: number): Generator<void, void, undefined> {
    if (width === drawnWidth) return;
    drawnWidth = width;
    const half = Math.max(220, Math.floor(width / 2) - 8);
    const wrap = row(document.createElement('div'));
    wrap.append(lines(Plot, curves.loss, { width: half, x: t('D’s raw output v on a fake (logit / score)'), y: t('generator loss'), colors: COLORS, domain: [0, 6], aria: t('Generator loss against the discriminator output: softplus(−v) and ½(v − 1)²') }));
    yield;
    wrap.append(lines(Plot, curves.slope, { width: half, x: t('D’s raw output v on a fake'), y: t('|d loss / dv|'), colors: COLORS, domain: [0, 3], aria: t('Size of the generator gradient against the discriminator output: σ(−v) vanishes for large v, |v − 1| does not') }));
    yield;
    analyticCharts.replaceChildren(wrap);
  }

  const view: CellView<LsganPayload> = {
    // Before any training (registry: previewKinds): the formula curves, which need no model.
    setHyperparameters() {
      if (drawnWidth !== 0) return;
      const parts = drawAnalytic(chartWidth(root));
      while (!parts.next().done);
    },
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update(payload: LsganPayload, _metrics: Metrics) {
      const width = chartWidth(root);
      yield* drawAnalytic(width);
      const a = payload.arrays;
      const v = payload.values;
      if (bceGate.changed(a['bce.samples'])) drawGrid(bce.canvas, a['bce.samples'], { size: 28, cols: 8, scale: 1.25 });
      if (lsGate.changed(a['ls.samples'])) drawGrid(ls.canvas, a['ls.samples'], { size: 28, cols: 8, scale: 1.25 });
      setText(bce.caption, t('Cross-entropy, step {step}: digit score {score}.', { step: v.step, score: fmt(v['bce.digitScore']) }));
      setText(ls.caption, t('Least squares, same seed, step {step}: digit score {score}.', { step: v.step, score: fmt(v['ls.digitScore']) }));
      if (scoresGate.changed(width, a['bce.scoreSteps'], a['bce.digitScore'], a['ls.scoreSteps'], a['ls.digitScore'], v.realDigitScore)) {
        const pts = [...seriesPoints(a['bce.scoreSteps'], { 'cross-entropy': a['bce.digitScore'] }), ...seriesPoints(a['ls.scoreSteps'], { 'least squares': a['ls.digitScore'] })];
        yield* swapIn(scores, () => lines(Plot, pts, { width, x: t('step'), y: t('digit score'), colors: COLORS, domain: [1, 10], rules: [v.realDigitScore], aria: t('Digit scores of both models over training; dashed: real digits, {realDigitScore}', { realDigitScore: fmt(v.realDigitScore) }) }));
      }
      summary = t(
        "Step {step}. Same seed, same batches: the cross-entropy DCGAN scores {bceScore}, the least-squares one {lsScore} (real digits {realDigitScore}). The left charts show why least squares keeps pushing: its gradient |v − 1| grows with distance from the target, while cross-entropy's σ(−v) fades once D's logit is large.",
        { step: v.step, bceScore: fmt(v['bce.digitScore']), lsScore: fmt(v['ls.digitScore']), realDigitScore: fmt(v.realDigitScore) },
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createLsganView;
