/**
 * View of the 1-D GAN cell (after fig. 1 of Goodfellow et al. 2014): on one
 * x axis, the real density p_data and the generated p_g (top), and the
 * discriminator D(x) with the optimal D*(x) = p_data / (p_data + p_g)
 * (bottom). Draws what src/ml/trainers/gan1d.ts renders:
 * arrays x, pData, pG, d, dStar; values genMean, genStd, targetMean, targetStd.
 * No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { Gan1dPayload } from '../../src/cells/gan1d';
import type { CellView, PlotModule, ViewFactory } from './view';
import { chartWidth, fmt } from './charts';
import { labelOf, viewText } from './viewText';
import type { Translate } from '../../src/i18n/translate';
import { arrowsAlongAxis } from './pushArrows';

/** Series keys; the legend names them in the page's language (seriesLabels). */
const REAL = 'real p_data';
const GENERATED = 'generated p_g';
const D_NOW = 'D(x)';
const D_STAR = 'D*(x), optimal';

function seriesLabels(t: Translate): Record<string, string> {
  return { [REAL]: t('real p_data'), [GENERATED]: t('generated p_g'), [D_NOW]: 'D(x)', [D_STAR]: t('D*(x), optimal') };
}

const COLORS = { real: '#7b8494', generated: '#d9480f', d: '#1c7ed6', dStar: '#2b8a3e' } as const;
/** One colour scale for both panels, so one legend (drawn once) serves both. */
const SERIES_COLORS = {
  domain: [REAL, GENERATED, D_NOW, D_STAR],
  range: [COLORS.real, COLORS.generated, COLORS.d, COLORS.dStar],
};

/** The legend of the density panel's two series, for views that show only that panel. */
export function densityLegend(Plot: PlotModule, t: Translate): Element {
  return Plot.legend({ color: { domain: [REAL, GENERATED], range: [COLORS.real, COLORS.generated], tickFormat: labelOf(seriesLabels(t)) } });
}

/**
 * A spike of a collapsed generator may not squash p_data to a flat line: the
 * y axis stops at this multiple of p_data's peak (the spike is clipped).
 */
const MAX_SPIKE_OVER_DATA = 2.5;

function max(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > m) m = values[i];
  return m;
}

/** The density panel, also used by the saturation view. */
export function densityChart(Plot: PlotModule, t: Translate, payload: Gan1dPayload, width: number, height = 170): Element {
  const { x, pData, pG } = payload.arrays;
  const dataPeak = max(pData);
  const top = 1.1 * Math.max(dataPeak, Math.min(max(pG), MAX_SPIKE_OVER_DATA * dataPeak), 1e-3);
  return Plot.plot({
    width,
    height,
    marginLeft: 40,
    x: { label: 'x', domain: [x[0], x[x.length - 1]] },
    y: { label: t('density'), domain: [0, top], ticks: 3, grid: true },
    color: SERIES_COLORS,
    ariaLabel: t('Real and generated densities'),
    marks: [
      Plot.areaY(x, { x, y: pData, fill: COLORS.real, fillOpacity: 0.25 }),
      Plot.lineY(x, { x, y: pData, stroke: () => REAL, strokeWidth: 1.5 }),
      Plot.lineY(x, { x, y: pG, stroke: () => GENERATED, strokeWidth: 2, clip: true }),
      Plot.ruleY([0]),
    ],
  });
}

/** Arrow length per unit of the generator's gradient, in units of x (the axis spans 16): fixed, so a fading push shows. */
const ARROW_GAIN = 4;
/** Longer pushes are drawn this long, in their direction. */
const MAX_ARROW = 1.5;
/** An arrow on every ARROW_EVERY-th grid point (the grid has 200), so they do not overlap. */
const ARROW_EVERY = 8;
/** Arrows only where p_g is at least this share of its peak: where there are fakes to push. */
const ARROW_MIN_SHARE = 0.02;

/** The generator's push on the fakes, drawn on the D(x) curve where they are (empty unless showGradients). */
function pushArrows(payload: Gan1dPayload) {
  const { x, d, pG, push } = payload.arrays;
  if (!push.length) return null;
  const floor = ARROW_MIN_SHARE * max(pG);
  return arrowsAlongAxis(x, d, push, ARROW_GAIN, MAX_ARROW, ARROW_EVERY, (i) => pG[i] > floor);
}

function discriminatorChart(Plot: PlotModule, t: Translate, payload: Gan1dPayload, width: number): Element {
  const { x, d, dStar } = payload.arrays;
  const arrows = pushArrows(payload);
  return Plot.plot({
    width,
    height: 150,
    marginLeft: 40,
    x: { label: 'x', domain: [x[0], x[x.length - 1]] },
    y: { label: 'D', domain: [0, 1], ticks: [0, 0.5, 1], grid: true },
    color: SERIES_COLORS,
    ariaLabel: t('Discriminator output and the optimal discriminator'),
    marks: [
      // D* is left blank where both densities vanish and the ratio means nothing.
      Plot.lineY(x, { x, y: dStar, stroke: () => D_STAR, strokeWidth: 1.5, strokeDasharray: '5 3' }),
      Plot.lineY(x, { x, y: d, stroke: () => D_NOW, strokeWidth: 2 }),
      Plot.ruleY([0.5], { stroke: '#868e96', strokeDasharray: '2 3' }),
      arrows && Plot.arrow(arrows.x1, { x1: arrows.x1, y1: arrows.y1, x2: arrows.x2, y2: arrows.y2, stroke: COLORS.generated, strokeWidth: 1.5, headLength: 6, clip: true }),
    ],
  });
}


const createGan1dView: ViewFactory<Gan1dPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const densities = document.createElement('div');
  const discriminator = document.createElement('div');
  // Legends are drawn once: remaking them on every update costs as much as a chart.
  const t = viewText();
  const note = document.createElement('p');
  note.style.margin = '0.2rem 0 0';
  note.style.fontSize = '0.82rem';
  root.append(Plot.legend({ color: { ...SERIES_COLORS, tickFormat: labelOf(seriesLabels(t)) } }), densities, discriminator, note);
  let summary = t('The charts appear when the cell runs.');

  const view: CellView<Gan1dPayload> = {
    *update(payload: Gan1dPayload, metrics: Metrics) {
      const width = chartWidth(root);
      // One chart built or painted per frame keeps every frame well under 50 ms.
      const top = densityChart(Plot, t, payload, width);
      yield;
      densities.replaceChildren(top);
      const bottom = discriminatorChart(Plot, t, payload, width);
      yield;
      discriminator.replaceChildren(bottom);
      note.textContent = payload.arrays.push.length ? t('Orange arrows on D(x): where the generator’s loss pushes the fakes at that x through D, and how hard.') : '';
      const v = payload.values;
      const js = metrics.js ?? v.js;
      const dOfG = metrics.dOfG ?? v.dOfG;
      summary = t(
        'Generated samples have mean {genMean} and spread {genStd}; the real data has mean {targetMean} and spread {targetStd}. On average D gives the fakes {dOfG} (0.5 at the equilibrium), and the Jensen-Shannon divergence is {js} nats (0 when the densities match).',
        { genMean: fmt(v.genMean), genStd: fmt(v.genStd), targetMean: fmt(v.targetMean), targetStd: fmt(v.targetStd), dOfG: fmt(dOfG), js: fmt(js, 3) },
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createGan1dView;
