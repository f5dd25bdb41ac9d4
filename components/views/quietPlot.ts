/**
 * Observable Plot with its per-chart <style> element removed.
 *
 * Plot puts a small <style> into every chart it makes. Inserting a style
 * sheet into the document makes the browser restyle, and repaint, the whole
 * page, which on a long lesson costs tens of milliseconds each time a chart
 * is redrawn during training. cell.css carries the same rules once for all
 * charts (display block, auto height, pre-formatted tick text). A chart with
 * a legend comes wrapped in a <figure> whose first <svg> is a legend swatch:
 * the chart's own <svg> is the figure's direct child. Views draw legends
 * once, outside the charts they remake (a swatch legend has a <style> too).
 *
 * Plot also names each mark's <g> with aria-label ("line", "rule"), a name
 * on an element with no role, which axe reports as a prohibited attribute.
 * A chart's text alternative is the view's description, so the mark groups
 * are hidden from assistive technology instead.
 */
import type { PlotModule } from './view';

export function quietPlot(Plot: PlotModule): PlotModule {
  const plot = ((options?: Parameters<PlotModule['plot']>[0]) => {
    const chart = Plot.plot(options);
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg:last-of-type');
    svg?.querySelector(':scope > style')?.remove();
    for (const mark of svg?.querySelectorAll(':scope > g[aria-label]') ?? []) mark.setAttribute('aria-hidden', 'true');
    return chart;
  }) as PlotModule['plot'];
  return { ...Plot, plot };
}
