/**
 * View of the 2-D CycleGAN cell: two Observable Plot charts. Left, domain X
 * translated by G and brought back by F; right, domain Y translated by F and
 * brought back by G. Points are coloured by where their source sits on its
 * shape (the angle on a ring), so kept correspondence reads as colours in the
 * same order on both sides. No tfjs here.
 */
import type { Metrics, ViewPayload } from '../../src/ml/trainer';
import type { CellView, PlotModule, ViewFactory } from './view';

/** Plot bounds: the trainer's data stay inside (src/ml/data/cycleDomains2d.ts). */
const BOUNDS = { xLo: -4, xHi: 4, yLo: -2.2, yHi: 2.2 } as const;
const WIDTH = 420;
const HEIGHT = Math.round((WIDTH * (BOUNDS.yHi - BOUNDS.yLo)) / (BOUNDS.xHi - BOUNDS.xLo)) + 40;

interface Pt {
  x: number;
  y: number;
  t: number;
}

function points(xy: ArrayLike<number>, t: ArrayLike<number>): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < t.length; i++) out.push({ x: xy[2 * i], y: xy[2 * i + 1], t: t[i] });
  return out;
}

interface Leg {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  t: number;
}

/** Arrows a → b for the chosen indices. */
function legs(a: ArrayLike<number>, b: ArrayLike<number>, t: ArrayLike<number>, idx: ArrayLike<number>): Leg[] {
  return Array.from(idx, (i) => ({ x1: a[2 * i], y1: a[2 * i + 1], x2: b[2 * i], y2: b[2 * i + 1], t: t[i] }));
}

function holder(parent: HTMLElement): { chart: HTMLElement; caption: HTMLElement } {
  const fig = document.createElement('figure');
  fig.style.margin = '0';
  const chart = document.createElement('div');
  const caption = document.createElement('figcaption');
  caption.style.fontSize = '0.82rem';
  caption.style.maxWidth = `${WIDTH}px`;
  fig.append(chart, caption);
  parent.append(fig);
  return { chart, caption };
}

interface Direction {
  source: Pt[];
  translated: Pt[];
  target: Pt[];
  there: Leg[];
  home: Leg[];
}

function chart(Plot: PlotModule, d: Direction, label: string): SVGSVGElement | HTMLElement {
  const backPts = d.home.map((l) => ({ x: l.x2, y: l.y2, t: l.t }));
  return Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 36,
    x: { domain: [BOUNDS.xLo, BOUNDS.xHi], label: null, ticks: 5 },
    y: { domain: [BOUNDS.yLo, BOUNDS.yHi], label: null, ticks: 3 },
    // Cyclic colours: the ends of the scale meet, as the ends of a ring do.
    color: { type: 'linear', scheme: 'sinebow', domain: [0, 1] },
    ariaLabel: label,
    marks: [
      Plot.dot(d.target, { x: 'x', y: 'y', r: 1.6, fill: '#9aa1ad', fillOpacity: 0.5 }),
      Plot.dot(d.source, { x: 'x', y: 'y', r: 1.6, fill: 't', fillOpacity: 0.35 }),
      Plot.dot(d.translated, { x: 'x', y: 'y', r: 2.2, fill: 't' }),
      Plot.arrow(d.there, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 't', strokeWidth: 1.3, headLength: 6, bend: 12 }),
      Plot.arrow(d.home, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 't', strokeWidth: 1.3, headLength: 6, bend: 12, strokeDasharray: '4 3' }),
      Plot.dot(backPts, { x: 'x', y: 'y', r: 4, stroke: 't', strokeWidth: 1.6, fill: 'none' }),
    ],
  });
}

const createCycle2dView: ViewFactory = (root: HTMLElement, Plot: PlotModule) => {
  const wrap = document.createElement('div');
  wrap.style.display = 'flex';
  wrap.style.flexWrap = 'wrap';
  wrap.style.gap = '0.6rem 1.2rem';
  root.append(wrap);
  const left = holder(wrap);
  const right = holder(wrap);
  left.caption.textContent =
    'X (left, coloured by place on its shape) → G(x) (solid arrows, over Y in grey) → F(G(x)) (dashed arrows, hollow circles). A kept correspondence brings each circle back to its start.';
  right.caption.textContent = 'The other way: Y (right) → F(y) over X → G(F(y)).';
  let summary = 'The charts appear when the cell runs.';

  const view: CellView = {
    update(payload: ViewPayload, metrics: Metrics) {
      const a = payload.arrays;
      const forward: Direction = {
        source: points(a.x, a.xT),
        translated: points(a.gx, a.xT),
        target: points(a.y, a.yT),
        there: legs(a.x, a.gx, a.xT, a.arrowsX),
        home: legs(a.gx, a.fgx, a.xT, a.arrowsX),
      };
      const backward: Direction = {
        source: points(a.y, a.yT),
        translated: points(a.fy, a.yT),
        target: points(a.x, a.xT),
        there: legs(a.y, a.fy, a.yT, a.arrowsY),
        home: legs(a.fy, a.gfy, a.yT, a.arrowsY),
      };
      left.chart.replaceChildren(chart(Plot, forward, 'Domain X translated by G into Y and back by F'));
      right.chart.replaceChildren(chart(Plot, backward, 'Domain Y translated by F into X and back by G'));
      const v = payload.values;
      const cyc = metrics.cycleError ?? v.cycleError;
      const gap = metrics.translationGap ?? v.translationGap;
      summary = `λ = ${v.lambda}. Cycle error ${cyc.toFixed(3)}: a round trip lands that far from its start on average. Translation gap ${gap.toFixed(3)}: how far the translated clouds are from the other domain.`;
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createCycle2dView;
