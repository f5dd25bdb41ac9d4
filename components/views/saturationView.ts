/**
 * View of the saturation cell (Goodfellow et al. 2014, arXiv:1406.2661,
 * sec. 3): the two generator losses and the size of their slopes as
 * functions of d = D(G(z)), computed here from their formulas, with the
 * running model's mean D(G(z)) marked on every curve; below, the densities
 * of the 1-D GAN it trains (payload of src/ml/trainers/gan1d.ts).
 * No tfjs here.
 */
import type { GeneratorLossId } from '../../src/ml/losses/gan';
import type { Gan1dPayload } from '../../src/cells/gan1d';
import { generatorLossAt, generatorLossLogitSlopeAt, generatorLossSlopeAt } from '../../src/ml/losses/ganMath';
import type { Metrics } from '../../src/ml/trainer';
import { densityChart, densityLegend } from './gan1dView';
import { ChangeGate } from './changeGate';
import type { CellView, PlotModule, ViewFactory } from './view';
import { chartWidth, fmt } from './charts';
import { labelOf, viewText } from './viewText';

const SVG_NS = 'http://www.w3.org/2000/svg';
type Chart = ReturnType<PlotModule['plot']>;

/** The two losses; the curves are keyed by id, the legend names them (lossLabels). */
const LOSSES: readonly { id: GeneratorLossId; color: string }[] = [
  { id: 'minimax', color: '#e8590c' },
  { id: 'non-saturating', color: '#1971c2' },
];

/** d runs over (D_MIN, 1 − D_MIN): both losses are infinite at one end. */
const D_MIN = 0.005;
const CURVE_POINTS = 120;
/** The slope panel's log axis ends here: 1/d reaches 200 at D_MIN. */
const SLOPE_MAX = 200;

interface CurvePoint {
  d: number;
  value: number;
  loss: GeneratorLossId;
}

/** Loss and |slope| curves, made once: they do not depend on training. */
function curves(): { loss: CurvePoint[]; slope: CurvePoint[] } {
  const loss: CurvePoint[] = [];
  const slope: CurvePoint[] = [];
  for (const { id } of LOSSES) {
    for (let i = 0; i < CURVE_POINTS; i++) {
      const d = D_MIN + ((1 - 2 * D_MIN) * i) / (CURVE_POINTS - 1);
      loss.push({ d, value: generatorLossAt(id, d), loss: id });
      slope.push({ d, value: Math.abs(generatorLossSlopeAt(id, d)), loss: id });
    }
  }
  return { loss, slope };
}


const createSaturationView: ViewFactory<Gan1dPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const lossHolder = document.createElement('div');
  const slopeHolder = document.createElement('div');
  const densityHolder = document.createElement('div');
  const { loss, slope } = curves();
  const t = viewText();
  const lossLabels: Record<GeneratorLossId, string> = { minimax: t('minimax: log(1 − d)'), 'non-saturating': t('non-saturating: −log d') };
  const color = { domain: LOSSES.map((l) => l.id), range: LOSSES.map((l) => l.color) };
  // Legends are drawn once: remaking them on every update costs as much as a chart.
  root.append(Plot.legend({ color: { ...color, tickFormat: labelOf(lossLabels) } }), lossHolder, slopeHolder, densityLegend(Plot, t), densityHolder);
  let chosen: GeneratorLossId = 'minimax';
  let summary = t('The charts appear when the cell runs.');

  /**
   * A loss or slope chart whose curves are drawn once (per width and chosen
   * loss) and whose marker at D(G(z)) moves: the curves never change while
   * training, and rebuilding the chart four times a second cost the page
   * ~20 ms of script, layout and paint each time.
   */
  function panel(data: CurvePoint[], at: (id: GeneratorLossId, d: number) => number, y: object, label: string, width: number): { chart: Chart; move: (dOfG: number) => void } {
    const chart = Plot.plot({
      width,
      height: 160,
      marginLeft: 44,
      x: { label: 'd = D(G(z))', domain: [0, 1] },
      y,
      color,
      ariaLabel: label,
      marks: [Plot.line(data, { x: 'd', y: 'value', stroke: 'loss', strokeWidth: (p: CurvePoint) => (p.loss === chosen ? 2.5 : 1.2), clip: true })],
    });
    const xs = chart.scale('x');
    const ys = chart.scale('y');
    const marker = document.createElementNS(SVG_NS, 'g');
    const rule = document.createElementNS(SVG_NS, 'line');
    rule.setAttribute('stroke', '#495057');
    rule.setAttribute('stroke-dasharray', '3 3');
    const dots = LOSSES.map((l) => {
      const dot = document.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('r', '5');
      dot.setAttribute('fill', l.color);
      dot.setAttribute('stroke', 'white');
      return dot;
    });
    marker.append(rule, ...dots);
    chart.append(marker);
    const [yBottom, yTop] = (ys?.range ?? [0, 0]) as [number, number];
    const move = (dOfG: number) => {
      if (!xs?.apply || !ys?.apply) return;
      const d = Math.min(1 - D_MIN, Math.max(D_MIN, dOfG));
      const px = String(xs.apply(d));
      rule.setAttribute('x1', px);
      rule.setAttribute('x2', px);
      rule.setAttribute('y1', String(yTop));
      rule.setAttribute('y2', String(yBottom));
      LOSSES.forEach((l, i) => {
        // A value off the chart sits on its edge.
        const py = Math.min(yBottom, Math.max(yTop, ys.apply(at(l.id, d)) as number));
        dots[i].setAttribute('cx', px);
        dots[i].setAttribute('cy', String(py));
      });
    };
    return { chart, move };
  }

  const curvesGate = new ChangeGate();
  let lossPanel: ReturnType<typeof panel> | null = null;
  let slopePanel: ReturnType<typeof panel> | null = null;

  const view: CellView<Gan1dPayload> = {
    *update(payload: Gan1dPayload, metrics: Metrics) {
      const width = chartWidth(root);
      const dOfG = metrics.dOfG ?? payload.values.dOfG ?? 0.5;
      // One chart built or painted per frame; the curves only when the width or the chosen loss changes.
      if (curvesGate.changed(width, chosen) || !lossPanel || !slopePanel) {
        const nextLoss = panel(loss, (id, d) => generatorLossAt(id, d), { label: t('generator loss'), domain: [-5, 5], ticks: 5, grid: true }, t('Both generator losses against D(G(z))'), width);
        nextLoss.move(dOfG);
        yield;
        lossHolder.replaceChildren(nextLoss.chart);
        lossPanel = nextLoss;
        const nextSlope = panel(
          slope,
          (id, d) => Math.abs(generatorLossSlopeAt(id, d)),
          { label: t('|slope| w.r.t. d'), type: 'log', domain: [1, SLOPE_MAX], grid: true },
          t('Size of each loss’s slope against D(G(z))'),
          width,
        );
        nextSlope.move(dOfG);
        yield;
        slopeHolder.replaceChildren(nextSlope.chart);
        slopePanel = nextSlope;
      } else {
        lossPanel.move(dOfG);
        slopePanel.move(dOfG);
      }
      if (payload.arrays.pG) {
        const densities = densityChart(Plot, t, payload, width, 130);
        yield;
        densityHolder.replaceChildren(densities);
      }
      const mm = generatorLossSlopeAt('minimax', dOfG);
      const ns = generatorLossSlopeAt('non-saturating', dOfG);
      const params = {
        dOfG: fmt(dOfG),
        mm: fmt(mm),
        ns: fmt(ns),
        mmLogit: fmt(generatorLossLogitSlopeAt('minimax', dOfG), 3),
        nsLogit: fmt(generatorLossLogitSlopeAt('non-saturating', dOfG), 3),
      };
      summary =
        chosen === 'minimax'
          ? t("D gives the fakes {dOfG} on average. There the minimax loss has slope {mm} and the non-saturating loss {ns}; through D's sigmoid the generator receives {mmLogit} and {nsLogit}. Training uses the minimax loss.", params)
          : t("D gives the fakes {dOfG} on average. There the minimax loss has slope {mm} and the non-saturating loss {ns}; through D's sigmoid the generator receives {mmLogit} and {nsLogit}. Training uses the non-saturating loss.", params);
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
