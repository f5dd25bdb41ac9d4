/**
 * View of the ACGAN cell (payload of src/ml/trainers/acgan.ts): a 10×10 grid
 * whose row r is the digit r asked of the generator and whose column is one
 * fixed noise vector, sixteen samples of the picked digit, and classMatch per
 * digit and over time. No tfjs here.
 */
import type { AcganPayload } from '../../src/cells/acgan';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { chartWidth, fmt, lines, seriesLegend, seriesPoints } from './charts';
import { drawGrid, figure, row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';

const MATCH_COLORS = { 'class match': '#6741d9' };

const createAcganView: ViewFactory<AcganPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const seriesLabels = { 'class match': t('class match') };
  const grids = row(root);
  const grid = figure(grids, t('Row r: the digit r. Column: one noise vector z.'), t('Ten rows of generated digits, zero to nine; each column shares one noise vector'));
  const picked = figure(grids, t('The picked digit.'), t('Sixteen generated samples of the picked digit'));
  const perClass = document.createElement('div');
  const history = document.createElement('div');
  root.append(perClass, seriesLegend(Plot, MATCH_COLORS, seriesLabels), history);
  // Class match is measured every few steps, not with every payload.
  const [gridGate, pickedGate, perClassGate, historyGate] = changeGates(4);
  let summary = t('The class grid appears when the cell starts.');

  const view: CellView<AcganPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update({ arrays: a, values: v }: AcganPayload) {
      const width = chartWidth(root);
      if (gridGate.changed(a.grid)) drawGrid(grid.canvas, a.grid, { size: 28, cols: 10, scale: 1.25 });
      if (pickedGate.changed(a.picked)) drawGrid(picked.canvas, a.picked, { size: 28, cols: 4, scale: 1.25 });
      setText(picked.caption, t('Sixteen {digit}s: the class is fixed, only z changes.', { digit: v.digit }));
      if (perClassGate.changed(width, a.perClass)) {
        const bars = Array.from({ length: 10 }, (_, d) => ({ digit: String(d), match: 100 * (a.perClass[d] ?? 0) }));
        yield* swapIn(perClass, () =>
          Plot.plot({
            width: Math.min(width, 360),
            height: 140,
            marginLeft: 40,
            x: { label: t('requested digit'), domain: bars.map((b) => b.digit) },
            y: { label: t('class match %'), domain: [0, 100], grid: true, ticks: 5 },
            ariaLabel: t('Share of generated digits of each requested class that the classifier files under that class'),
            marks: [Plot.barY(bars, { x: 'digit', y: 'match', fill: '#6741d9' }), Plot.ruleY([0])],
          }),
        );
      }
      if (historyGate.changed(width, a.matchSteps, a.matchHistory)) {
        const pts = seriesPoints(a.matchSteps, { 'class match': Float32Array.from(a.matchHistory, (m) => 100 * m) });
        yield* swapIn(history, () => lines(Plot, pts, { width, x: t('step'), y: t('class match %'), colors: MATCH_COLORS, domain: [0, 100], rules: [10], aria: t('Class match over training; dashed: chance, 10%') }));
      }
      let worst = 0;
      for (let d = 1; d < 10; d++) if (a.perClass[d] < a.perClass[worst]) worst = d;
      summary = t(
        'Step {step}. {classMatch}% of generated digits are classified as the digit that was asked for (chance: 10%); the hardest is {worst} at {worstShare}%.',
        { step: v.step, classMatch: fmt(v.classMatch, 1), worst, worstShare: fmt(100 * a.perClass[worst], 0) },
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createAcganView;
