/**
 * View of the saturation cell (Goodfellow et al. 2014, arXiv:1406.2661,
 * sec. 3): the two generator losses and the size of their slopes as
 * functions of d = D(G(z)), computed here from their formulas, with the
 * running model's mean D(G(z)) marked on every curve; below, the densities
 * of the 1-D GAN it trains (payload of src/ml/trainers/gan1d.ts).
 * No tfjs here.
 */
import type { GeneratorLossId } from '../../src/ml/losses/gan';
import { generatorLossAt, generatorLossLogitSlopeAt, generatorLossSlopeAt } from '../../src/ml/losses/ganMath';
import type { Metrics, ViewPayload } from '../../src/ml/trainer';
import { chartWidth, densityChart, densityLegend } from './gan1dView';
import type { CellView, PlotModule, ViewFactory } from './view';

const LOSSES: readonly { id: GeneratorLossId; label: string; color: string }[] = [
  { id: 'minimax', label: 'minimax: log(1 − d)', color: '#e8590c' },
  { id: 'non-saturating', label: 'non-saturating: −log d', color: '#1971c2' },
];

/** d runs over (D_MIN, 1 − D_MIN): both losses are infinite at one end. */
const D_MIN = 0.005;
const CURVE_POINTS = 120;
/** The slope panel's log axis ends here: 1/d reaches 200 at D_MIN. */
const SLOPE_MAX = 200;

interface CurvePoint {
  d: number;
  value: number;
  loss: string;
}

/** Loss and |slope| curves, made once: they do not depend on training. */
function curves(): { loss: CurvePoint[]; slope: CurvePoint[] } {
  const loss: CurvePoint[] = [];
  const slope: CurvePoint[] = [];
  for (const { id, label } of LOSSES) {
    for (let i = 0; i < CURVE_POINTS; i++) {
      const d = D_MIN + ((1 - 2 * D_MIN) * i) / (CURVE_POINTS - 1);
      loss.push({ d, value: generatorLossAt(id, d), loss: label });
      slope.push({ d, value: Math.abs(generatorLossSlopeAt(id, d)), loss: label });
    }
  }
  return { loss, slope };
}

const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : 'unknown');

const createSaturationView: ViewFactory = (root: HTMLElement, Plot: PlotModule) => {
  const lossHolder = document.createElement('div');
  const slopeHolder = document.createElement('div');
  const densityHolder = document.createElement('div');
  const { loss, slope } = curves();
  const color = { domain: LOSSES.map((l) => l.label), range: LOSSES.map((l) => l.color) };
  // Legends are drawn once: remaking them on every update costs as much as a chart.
  root.append(Plot.legend({ color }), lossHolder, slopeHolder, densityLegend(Plot), densityHolder);
  let chosen: GeneratorLossId = 'minimax';
  let summary = 'The charts appear when the cell runs.';

  function marker(dOfG: number, at: (id: GeneratorLossId, d: number) => number) {
    const d = Math.min(1 - D_MIN, Math.max(D_MIN, dOfG));
    return LOSSES.map((l) => ({ d, value: at(l.id, d), loss: l.label, chosen: l.id === chosen }));
  }

  function panel(data: CurvePoint[], dOfG: number, at: (id: GeneratorLossId, d: number) => number, y: object, label: string, width: number) {
    const marks = marker(dOfG, at);
    return Plot.plot({
      width,
      height: 160,
      marginLeft: 44,
      x: { label: 'd = D(G(z))', domain: [0, 1] },
      y,
      color,
      ariaLabel: label,
      marks: [
        Plot.line(data, { x: 'd', y: 'value', stroke: 'loss', strokeWidth: (p: CurvePoint) => (p.loss === LOSSES.find((l) => l.id === chosen)?.label ? 2.5 : 1.2), clip: true }),
        Plot.ruleX([marks[0].d], { stroke: '#495057', strokeDasharray: '3 3' }),
        Plot.dot(marks, { x: 'd', y: 'value', fill: 'loss', r: 5, stroke: 'white' }),
      ],
    });
  }

  const view: CellView = {
    *update(payload: ViewPayload, metrics: Metrics) {
      const width = chartWidth(root);
      const dOfG = metrics.dOfG ?? payload.values.dOfG ?? 0.5;
      // One chart built or painted per frame keeps every frame well under 50 ms.
      const lossChart = panel(loss, dOfG, (id, d) => generatorLossAt(id, d), { label: 'generator loss', domain: [-5, 5], ticks: 5, grid: true }, 'Both generator losses against D(G(z))', width);
      yield;
      lossHolder.replaceChildren(lossChart);
      const slopeChart = panel(
        slope,
        dOfG,
        (id, d) => Math.abs(generatorLossSlopeAt(id, d)),
        { label: '|slope| w.r.t. d', type: 'log', domain: [1, SLOPE_MAX], grid: true },
        'Size of each loss’s slope against D(G(z))',
        width,
      );
      yield;
      slopeHolder.replaceChildren(slopeChart);
      if (payload.arrays.pG) {
        const densities = densityChart(Plot, payload, width, 130);
        yield;
        densityHolder.replaceChildren(densities);
      }
      const mm = generatorLossSlopeAt('minimax', dOfG);
      const ns = generatorLossSlopeAt('non-saturating', dOfG);
      summary =
        `D gives the fakes ${fmt(dOfG)} on average. There the minimax loss has slope ${fmt(mm)} and the non-saturating loss ${fmt(ns)}; ` +
        `through D's sigmoid the generator receives ${fmt(generatorLossLogitSlopeAt('minimax', dOfG), 3)} and ${fmt(generatorLossLogitSlopeAt('non-saturating', dOfG), 3)}. ` +
        `Training uses the ${chosen} loss.`;
    },
    describe() {
      return summary;
    },
    setHyperparameters(values) {
      if (values.generatorLoss === 'minimax' || values.generatorLoss === 'non-saturating') chosen = values.generatorLoss;
    },
  };
  return view;
};

export default createSaturationView;
