/**
 * View of the 2-D GAN cell, as in GAN Lab (Kahng et al. 2018,
 * arXiv:1809.01587): a heatmap of D(x) over the plane behind the real and
 * the generated points. Draws what src/ml/trainers/gan2d.ts renders:
 * arrays real, fake (interleaved x, y), d (gridSize² values, row-major, first
 * row at y = lo); values gridSize, lo, hi, dOfG, js. No tfjs here.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { Gan2dPayload, Gan2dScenePayload } from '../../src/cells/gan2d';
import type { CellView, PlotModule, ViewFactory } from './view';
import { chartWidth, fmt } from './charts';
import { viewText } from './viewText';
import { arrows2d, meshLines } from './pushArrows';
import { PointEditor } from './pointEditor';
import { TARGET_2D_DOMAIN } from '../../src/ml/data/targets2d';

/** The square chart never grows past this, so it fits beside the text on wide screens. */
const MAX_SIDE = 480;


const SVG_NS = 'http://www.w3.org/2000/svg';
/** Heatmap opacity: the points on top stay readable. */
const HEATMAP_ALPHA = 0.75;
const LUT_SIZE = 256;
/** Arrow length per unit of the generator's gradient, in data units (the plane spans 6): fixed, so a fading push shows. */
const ARROW_GAIN = 0.3;
/** Longer pushes are drawn this long, in their direction. */
const MAX_ARROW = 0.6;
/** Arrows on this many of the drawn fakes: all 300 would hide the points. */
const ARROWS_DRAWN = 150;
const EMPTY = new Float32Array(0);

/**
 * The colour scale sampled once into RGBA bytes. Plot.raster parses a CSS
 * colour per cell on every draw (~2/3 of this chart's time); a table does not.
 */
function colorTable(Plot: PlotModule, color: object): Uint8ClampedArray {
  const scale = Plot.scale({ color });
  const canvas = document.createElement('canvas');
  canvas.width = LUT_SIZE;
  canvas.height = 1;
  const ctx = canvas.getContext('2d');
  if (!ctx) return new Uint8ClampedArray(LUT_SIZE * 4);
  for (let i = 0; i < LUT_SIZE; i++) {
    ctx.fillStyle = String(scale.apply(i / (LUT_SIZE - 1)));
    ctx.fillRect(i, 0, 1, 1);
  }
  return ctx.getImageData(0, 0, LUT_SIZE, 1).data;
}

/** D(x) as a PNG data URL: payload row 0 is the bottom (y = lo), canvas row 0 the top. */
function heatmapUrl(d: ArrayLike<number>, size: number, lut: Uint8ClampedArray): string {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  const image = ctx.createImageData(size, size);
  for (let iy = 0; iy < size; iy++) {
    for (let ix = 0; ix < size; ix++) {
      const v = d[iy * size + ix];
      const k = 4 * Math.round(Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0.5)) * (LUT_SIZE - 1));
      const j = 4 * ((size - 1 - iy) * size + ix);
      image.data[j] = lut[k];
      image.data[j + 1] = lut[k + 1];
      image.data[j + 2] = lut[k + 2];
      image.data[j + 3] = 255 * HEATMAP_ALPHA;
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas.toDataURL();
}

/** Puts the heatmap behind the marks of a Plot chart, spanning [lo, hi]² in its scales. */
function insertHeatmap(chart: ReturnType<PlotModule['plot']>, url: string, lo: number, hi: number): void {
  const x = chart.scale('x');
  const y = chart.scale('y');
  if (!x?.apply || !y?.apply || !url) return;
  const left = x.apply(lo) as number;
  const right = x.apply(hi) as number;
  const top = y.apply(hi) as number;
  const bottom = y.apply(lo) as number;
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('x', String(left));
  image.setAttribute('y', String(top));
  image.setAttribute('width', String(right - left));
  image.setAttribute('height', String(bottom - top));
  image.setAttribute('preserveAspectRatio', 'none');
  image.setAttribute('href', url);
  const firstMark = chart.querySelector('style')?.nextSibling ?? chart.firstChild;
  chart.insertBefore(image, firstMark);
}

/** Columns of (x, y) pairs, without making an object per point. */
function columns(xy: ArrayLike<number>): { x: Float32Array; y: Float32Array } {
  const n = xy.length / 2;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = xy[2 * i];
    y[i] = xy[2 * i + 1];
  }
  return { x, y };
}

/**
 * The picture of a 2-D GAN. The gan-2d cell's payload adds the generator's
 * push and warp, and its learner may draw the real data (`drawing`); the
 * custom-loss cell draws the same picture without them.
 */
export function createGan2dPicture(root: HTMLElement, Plot: PlotModule, options: { drawing: boolean }): CellView<Gan2dScenePayload> {
  const t = viewText();
  const holder = document.createElement('div');
  // Diverging around ½: blue where D says real, red where it says fake.
  const color = { type: 'linear', scheme: 'RdBu', domain: [0, 1], pivot: 0.5, label: t('D(x): how real D thinks a point is') } as const;
  const key = document.createElement('p');
  key.style.margin = '0.2rem 0 0';
  key.style.fontSize = '0.82rem';
  key.textContent = t('Black dots: real data. Orange dots: generated. Background: D(x), blue = "real", red = "fake", white = unsure.');
  const extras = document.createElement('p');
  extras.style.margin = '0.2rem 0 0';
  extras.style.fontSize = '0.82rem';
  // The legend and key are drawn once; only the chart is remade.
  root.append(Plot.legend({ color }), holder, key, extras);
  const editor = options.drawing ? new PointEditor(holder, TARGET_2D_DOMAIN, t) : null;
  const lut = colorTable(Plot, color);
  let summary = t('The chart appears when the cell runs.');

  const view: CellView<Gan2dScenePayload> = {
    *update(payload: Gan2dScenePayload, metrics: Metrics) {
      const { real, fake, d } = payload.arrays;
      const { gridSize, lo, hi } = payload.values;
      // gan-2d's extras; a payload without them (custom-loss) draws none.
      const { push = EMPTY, warp = EMPTY } = payload.arrays as Partial<Gan2dPayload['arrays']>;
      const { warpSize = 0, drawnPoints = 0 } = payload.values as Partial<Gan2dPayload['values']>;
      const side = Math.min(chartWidth(root), MAX_SIDE);
      const r = columns(real);
      const f = columns(fake);
      // Empty arrays when the learner has not switched them on: no marks then.
      const mesh = warp.length ? meshLines(warp, warpSize) : null;
      const arrows = push.length ? arrows2d(fake, push, ARROW_GAIN, MAX_ARROW, ARROWS_DRAWN) : null;
      const chart = Plot.plot({
        width: side,
        height: side,
        marginLeft: 32,
        marginBottom: 28,
        x: { domain: [lo, hi], label: null, ticks: 5 },
        y: { domain: [lo, hi], label: null, ticks: 5 },
        ariaLabel: t('Discriminator output over the plane (background), real points (black) and generated points (orange)'),
        marks: [
          Plot.frame({ stroke: '#adb5bd' }),
          mesh && Plot.line(mesh.x, { x: mesh.x, y: mesh.y, z: mesh.line, stroke: '#5f3dc4', strokeOpacity: 0.55, strokeWidth: 0.8, clip: true, className: 'gan2d-warp' }),
          Plot.dot(r.x, { x: r.x, y: r.y, r: 2, fill: '#1b1f24', className: 'gan2d-real' }),
          // Class names let the browser tests find the fakes (Step D must not move them), the arrows and the mesh.
          Plot.dot(f.x, { x: f.x, y: f.y, r: 2.2, fill: '#f08c00', stroke: '#5c3d00', strokeWidth: 0.5, className: 'gan2d-fakes' }),
          arrows &&
            Plot.arrow(arrows.x1, { x1: arrows.x1, y1: arrows.y1, x2: arrows.x2, y2: arrows.y2, stroke: '#2b2b2b', strokeWidth: 1, headLength: 5, clip: true, className: 'gan2d-arrows' }),
        ],
      });
      insertHeatmap(chart, heatmapUrl(d, gridSize, lut), lo, hi);
      // Building the chart and painting it are each about a frame's budget: do them in separate frames.
      yield;
      holder.replaceChildren(chart);
      const x = chart.scale('x');
      const y = chart.scale('y');
      if (x?.invert && y?.invert && x.apply && y.apply) {
        const [ix, iy, ax, ay] = [x.invert, y.invert, x.apply, y.apply];
        editor?.attach(chart as unknown as SVGSVGElement, { invertX: (p) => Number(ix(p)), invertY: (p) => Number(iy(p)), applyX: (v) => Number(ax(v)), applyY: (v) => Number(ay(v)) }, real);
      }
      extras.textContent = [
        arrows ? t('Arrows: where the generator’s loss pushes each fake point through D, and how hard.') : '',
        mesh ? t('Purple mesh: where the generator sends a regular grid of noise values.') : '',
        drawnPoints > 0
          ? editor?.showsLinkPoints
            ? t('The real data are the points from the link ({count}); Clear my points returns to the shape.', { count: drawnPoints })
            : t('The real data are the points you placed ({count}); Clear my points returns to the shape.', { count: drawnPoints })
          : '',
      ].filter(Boolean).join(' ');
      const js = metrics.js ?? payload.values.js;
      const dOfG = metrics.dOfG ?? payload.values.dOfG;
      summary = t(
        'The Jensen-Shannon divergence between real and generated points is {js} nats (0 when they match, at most 0.693). On average D gives the generated points {dOfG} (0.5 at the equilibrium).',
        { js: fmt(js, 3), dOfG: fmt(dOfG, 2) },
      );
    },
    describe() {
      return summary;
    },
    setDrawnData(points: Float32Array) {
      // More clicks add to a shared link's points rather than start a new set.
      editor?.load(points);
    },
  };
  return view;
}

const createGan2dView: ViewFactory<Gan2dPayload> = (root, Plot) => createGan2dPicture(root, Plot, { drawing: true });

export default createGan2dView;
