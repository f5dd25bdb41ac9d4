/**
 * Helpers every view shares: chart sizing, number formatting, a line chart
 * of named series over training steps, and its legend (drawn once by the
 * view: a legend inside the chart would be remade with it, <style> and all,
 * on every update). No tfjs here.
 */
import type { PlotModule } from './view';
import { labelOf, viewText } from './viewText';

export interface SeriesPoint {
  x: number;
  y: number;
  series: string;
}

/** Points of several series sharing one x array, skipping non-finite values. */
export function seriesPoints(xs: ArrayLike<number>, series: Record<string, ArrayLike<number>>): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const [name, ys] of Object.entries(series)) for (let i = 0; i < xs.length; i++) if (Number.isFinite(ys[i])) out.push({ x: xs[i], y: ys[i], series: name });
  return out;
}

export function lines(
  Plot: PlotModule,
  data: SeriesPoint[],
  o: { width: number; x: string; y: string; colors: Record<string, string>; aria: string; domain?: [number, number]; height?: number; rules?: number[] },
): Element {
  // One x value (one step so far) is a degenerate scale whose ticks read 0.000000: show it between its neighbours.
  const xs = new Set(data.map((p) => p.x));
  const only = xs.size === 1 ? data[0].x : null;
  return Plot.plot({
    width: o.width,
    height: o.height ?? 160,
    marginLeft: LINES_MARGIN_LEFT,
    x: only === null ? { label: o.x } : { label: o.x, domain: [only - 1, only + 1], ticks: [only - 1, only, only + 1] },
    y: { label: o.y, domain: o.domain, grid: true, ticks: 5 },
    color: { domain: Object.keys(o.colors), range: Object.values(o.colors) },
    ariaLabel: o.aria,
    marks: [
      ...(o.rules ?? []).map((r) => Plot.ruleY([r], { stroke: '#868e96', strokeDasharray: '3 3' })),
      // z named: with one point per series so far, Plot would take the colours for a quantitative channel and warn.
      Plot.line(data, { x: 'x', y: 'y', z: 'series', stroke: 'series', strokeWidth: 1.8 }),
    ],
  });
}

/** Left margin of `lines` charts; their legends are indented to match. */
export const LINES_MARGIN_LEFT = 44;

/**
 * The swatches naming the series of charts drawn with these colours, indented
 * like the chart's plot area. `labels` names each series key on the page (the
 * keys stay the English the data uses); a key without a label shows as written.
 */
export function seriesLegend(Plot: PlotModule, colors: Record<string, string>, labels: Readonly<Record<string, string>>, marginLeft = LINES_MARGIN_LEFT): Element {
  return Plot.legend({ color: { domain: Object.keys(colors), range: Object.values(colors), tickFormat: labelOf(labels) }, marginLeft }) as Element;
}

/** A readout for text alternatives: fixed digits, or 'unknown' (in the page's language) before the first value. */
export function fmt(v: number | undefined, digits = 2): string {
  const t = viewText();
  return v === undefined || !Number.isFinite(v) ? t('unknown') : v.toFixed(digits);
}

/** Chart width follows the container, within what stays legible. */
export function chartWidth(root: HTMLElement): number {
  const w = root.clientWidth || 360;
  return Math.max(260, Math.min(w, 760));
}
