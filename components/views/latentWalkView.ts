/**
 * View of the latent-walk cell: the interpolation strip between two latent
 * vectors (each image labelled with the digit the classifier sees), the
 * walker's current image, the nudge row for one latent coordinate, and the
 * length ‖z‖ along the straight and the spherical path; then the latent
 * lab (components/views/latentLabPanel.ts). Draws what
 * src/ml/trainers/latentWalk.ts renders. No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { LatentWalkPayload } from '../../src/cells/latentWalk';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { chartWidth, seriesLegend } from './charts';
import { drawGrid, figure, row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';
import { latentLabPanel } from './latentLabPanel';
import type { Translate } from '../../src/i18n/translate';

const SIZE = 28;
const PATH_COLORS = { slerp: '#6741d9', lerp: '#d9480f' };

const classList = (classes: ArrayLike<number>) => Array.from(classes).join(' ');

/** The strip's caption, one whole sentence per path (0 spherical, 1 straight). */
function stripCaption(t: Translate, path: number, params: { leg: number; frames: number; classes: string }): string {
  if (path === 0) return t('Leg {leg}: {frames} points on the spherical (slerp) path from one endpoint to the next. The classifier reads: {classes}.', params);
  if (path === 1) return t('Leg {leg}: {frames} points on the straight (lerp) path from one endpoint to the next. The classifier reads: {classes}.', params);
  return t('Leg {leg}: {frames} points on the chosen path from one endpoint to the next. The classifier reads: {classes}.', params);
}

function normChart(Plot: PlotModule, t: Translate, payload: LatentWalkPayload, width: number): Element {
  const a = payload.arrays;
  const data: { t: number; norm: number; path: string }[] = [];
  for (let i = 0; i < a.pathT.length; i++) {
    data.push({ t: a.pathT[i], norm: a.slerpNorms[i], path: 'slerp' });
    data.push({ t: a.pathT[i], norm: a.lerpNorms[i], path: 'lerp' });
  }
  const shell = Math.sqrt(payload.values.latentSize);
  return Plot.plot({
    width: Math.min(width, 420),
    height: 140,
    marginLeft: 40,
    x: { label: t('t along the leg'), domain: [0, 1] },
    y: { label: '‖z‖', domain: [0, 1.3 * shell], grid: true, ticks: 4 },
    color: { domain: Object.keys(PATH_COLORS), range: Object.values(PATH_COLORS) },
    ariaLabel: t('Length of z along the spherical and the straight path; random vectors have length near {shell}', { shell: shell.toFixed(1) }),
    marks: [
      Plot.ruleY([shell], { stroke: '#868e96', strokeDasharray: '3 3' }),
      Plot.lineY(data, { x: 't', y: 'norm', z: 'path', stroke: 'path', strokeWidth: 2 }),
      Plot.ruleX([payload.values.t], { stroke: 'currentColor', strokeOpacity: 0.5 }),
    ],
  });
}

const createLatentWalkView: ViewFactory<LatentWalkPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const pathLabels = { slerp: t('slerp'), lerp: t('lerp') };
  const strip = figure(root, '', t('Images along the path between two latent vectors'));
  const lower = row(root);
  const walker = figure(lower, '', t('The walker: the image at the current point of the walk'));
  const nudge = figure(lower, '', t('The walker with one latent coordinate nudged from minus to plus the amount'));
  const chart = document.createElement('div');
  root.append(seriesLegend(Plot, PATH_COLORS, pathLabels, 40), chart);
  const lab = latentLabPanel(root, t);
  const [stripGate, walkerGate, nudgeGate, chartGate] = changeGates(4);
  let summary = t('The walk appears when the cell runs.');

  const view: CellView<LatentWalkPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update(payload: LatentWalkPayload, _metrics: Metrics) {
      const a = payload.arrays;
      const v = payload.values;
      const frames = a.stripClasses.length;
      if (stripGate.changed(frames, a.strip)) drawGrid(strip.canvas, a.strip, { size: SIZE, cols: frames, scale: 2 });
      setText(strip.caption, stripCaption(t, v.path, { leg: v.leg, frames, classes: classList(a.stripClasses) }));
      if (walkerGate.changed(a.walker)) drawGrid(walker.canvas, a.walker, { size: SIZE, cols: 1, scale: 4 });
      setText(walker.caption, t('Walker at t = {t}, ‖z‖ = {norm}: a {digit}.', { t: v.t.toFixed(2), norm: v.walkerNorm.toFixed(2), digit: v.walkerClass }));
      if (nudgeGate.changed(a.nudgeClasses.length, a.nudge)) drawGrid(nudge.canvas, a.nudge, { size: SIZE, cols: a.nudgeClasses.length, scale: 2 });
      setText(nudge.caption, t('The walker with z[{dimension}] changed by −{amount} … +{amount}. The classifier reads: {classes}.', { dimension: v.dimension, amount: v.amount, classes: classList(a.nudgeClasses) }));
      const width = chartWidth(root);
      if (chartGate.changed(width, a.pathT, a.slerpNorms, a.lerpNorms, v.t, v.latentSize)) yield* swapIn(chart, () => normChart(Plot, t, payload, width));
      lab.update(payload);
      summary = `${strip.caption.textContent} ${walker.caption.textContent} ${nudge.caption.textContent} ${lab.describe()}`;
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createLatentWalkView;
