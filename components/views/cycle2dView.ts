/**
 * View of the 2-D CycleGAN cell: two Observable Plot charts. Left, domain X
 * translated by G and brought back by F; right, domain Y translated by F and
 * brought back by G. Points are coloured by where their source sits on its
 * shape (the angle on a ring), so kept correspondence reads as colours in the
 * same order on both sides. No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { Cycle2dPayload } from '../../src/cells/cycle2d';
import { swapIn } from './drawParts';
import { row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';

/** Plot bounds: the trainer's data stay inside (src/ml/data/cycleDomains2d.ts). */
const BOUNDS = { xLo: -4, xHi: 4, yLo: -2.2, yHi: 2.2 } as const;
const WIDTH = 420;
const HEIGHT = Math.round((WIDTH * (BOUNDS.yHi - BOUNDS.yLo)) / (BOUNDS.xHi - BOUNDS.xLo)) + 40;
/** Colour steps of a point cloud drawn as paths (the ring's colours, quantised). */
const CLOUD_COLOURS = 24;
const SVG_NS = 'http://www.w3.org/2000/svg';

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

type Chart = ReturnType<PlotModule['plot']>;

/** A circle of radius r at (x, y) as a path segment. */
const circle = (x: number, y: number, r: number) => `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;

/**
 * A point cloud as one <path> per colour step instead of one <circle> per
 * point: the three clouds are 900 points a chart, and as circles they cost
 * far more to build and paint than the rest of the chart (hundreds of
 * milliseconds a redraw on a small CPU). Colours come from the chart's own
 * scale, so the clouds match the arrows. `fill` null: by place t.
 */
function cloud(chart: Chart, pts: Pt[], r: number, opacity: number, fill: string | null): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('fill-opacity', String(opacity));
  const x = chart.scale('x');
  const y = chart.scale('y');
  const color = chart.scale('color');
  if (!x?.apply || !y?.apply) return g;
  const steps = fill === null && color?.apply ? CLOUD_COLOURS : 1;
  const segments: string[][] = Array.from({ length: steps }, () => []);
  for (const p of pts) {
    const k = steps === 1 ? 0 : Math.min(steps - 1, Math.max(0, Math.floor(p.t * steps)));
    segments[k].push(circle(x.apply(p.x) as number, y.apply(p.y) as number, r));
  }
  segments.forEach((d, k) => {
    if (d.length === 0) return;
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d.join(''));
    path.setAttribute('fill', fill ?? String(color!.apply((k + 0.5) / steps)));
    g.append(path);
  });
  return g;
}

function chart(Plot: PlotModule, d: Direction, label: string): Chart {
  const backPts = d.home.map((l) => ({ x: l.x2, y: l.y2, t: l.t }));
  const svg = Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 36,
    x: { domain: [BOUNDS.xLo, BOUNDS.xHi], label: null, ticks: 5 },
    y: { domain: [BOUNDS.yLo, BOUNDS.yHi], label: null, ticks: 3 },
    // Cyclic colours: the ends of the scale meet, as the ends of a ring do.
    color: { type: 'linear', scheme: 'sinebow', domain: [0, 1] },
    ariaLabel: label,
    marks: [
      Plot.arrow(d.there, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 't', strokeWidth: 1.3, headLength: 6, bend: 12 }),
      Plot.arrow(d.home, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: 't', strokeWidth: 1.3, headLength: 6, bend: 12, strokeDasharray: '4 3' }),
      Plot.dot(backPts, { x: 'x', y: 'y', r: 4, stroke: 't', strokeWidth: 1.6, fill: 'none' }),
    ],
  });
  // The clouds go under the arrows: the other domain in grey, the sources faint, their translations solid.
  const clouds = [cloud(svg, d.target, 1.6, 0.5, '#9aa1ad'), cloud(svg, d.source, 1.6, 0.35, null), cloud(svg, d.translated, 2.2, 1, null)];
  const firstMark = svg.querySelector(':scope > g[aria-label="arrow"]');
  for (const c of clouds) svg.insertBefore(c, firstMark);
  return svg;
}

const createCycle2dView: ViewFactory<Cycle2dPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const wrap = row(root, '0.6rem 1.2rem');
  const t = viewText();
  const left = holder(wrap);
  const right = holder(wrap);
  left.caption.textContent = t(
    'X (left, coloured by place on its shape) → G(x) (solid arrows, over Y in grey) → F(G(x)) (dashed arrows, hollow circles). A kept correspondence brings each circle back to its start.',
  );
  right.caption.textContent = t('The other way: Y (right) → F(y) over X → G(F(y)).');
  let summary = t('The charts appear when the cell runs.');

  const view: CellView<Cycle2dPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update(payload: Cycle2dPayload, metrics: Metrics) {
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
      yield* swapIn(left.chart, () => chart(Plot, forward, t('Domain X translated by G into Y and back by F')));
      yield* swapIn(right.chart, () => chart(Plot, backward, t('Domain Y translated by F into X and back by G')));
      const v = payload.values;
      const cyc = metrics.cycleError ?? v.cycleError;
      const gap = metrics.translationGap ?? v.translationGap;
      summary = t(
        'λ = {lambda}. Cycle error {cycleError}: a round trip lands that far from its start on average. Translation gap {translationGap}: how far the translated clouds are from the other domain.',
        { lambda: v.lambda, cycleError: cyc.toFixed(3), translationGap: gap.toFixed(3) },
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createCycle2dView;
