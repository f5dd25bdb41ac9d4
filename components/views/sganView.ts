/**
 * View of the semi-supervised GAN cell (payload of src/ml/trainers/sgan.ts):
 * the N labelled digits the classifiers get, the generator's samples, and
 * held-out accuracy over time of the GAN's discriminator and of the
 * labels-only baseline. No tfjs here.
 */
import type { SganPayload } from '../../src/cells/sgan';
import { changeGates } from './changeGate';
import { setText, swapIn } from './drawParts';
import { chartWidth, fmt, lines, seriesLegend, seriesPoints } from './charts';
import { drawGrid, figure, row } from './imageCanvas';
import type { CellView, PlotModule, ViewFactory } from './view';
import { viewText } from './viewText';

const COLORS = { 'semi-supervised GAN': '#2b8a3e', 'labels only': '#868e96' } as const;

const createSganView: ViewFactory<SganPayload> = (root: HTMLElement, Plot: PlotModule) => {
  const t = viewText();
  const seriesLabels = { 'semi-supervised GAN': t('semi-supervised GAN'), 'labels only': t('labels only') };
  const grids = row(root);
  const labelled = figure(grids, t('The labelled digits.'), t('The labelled training digits'));
  const samples = figure(grids, t('Generator samples.'), t('Digits drawn by the generator from fixed noise'));
  const chart = document.createElement('div');
  root.append(seriesLegend(Plot, COLORS, seriesLabels), chart);
  // The labelled digits never change during a run; samples and accuracies change every few steps.
  const [labelledGate, samplesGate, chartGate] = changeGates(3);
  let summary = t('The digits and accuracy curves appear when the cell starts.');

  const view: CellView<SganPayload> = {
    // A chart is built in one frame and inserted in the next (drawParts.ts).
    *update({ arrays: a, values: v }: SganPayload) {
      const width = chartWidth(root);
      if (labelledGate.changed(a.labelled)) drawGrid(labelled.canvas, a.labelled, { size: 28, cols: 10, scale: 1 });
      if (samplesGate.changed(a.samples)) drawGrid(samples.canvas, a.samples, { size: 28, cols: 8, scale: 1.25 });
      setText(
        labelled.caption,
        v.labels > 100
          ? t('The {labels} labelled digits (first 100 shown): all the labels either classifier ever sees.', { labels: v.labels })
          : t('The {labels} labelled digits: all the labels either classifier ever sees.', { labels: v.labels }),
      );
      setText(samples.caption, t("Generator samples at step {step}: feature matching aims for D's features, not for pretty digits.", { step: v.step }));
      if (chartGate.changed(width, a.accSteps, a.ganHistory, a.baselineHistory)) {
        const pts = seriesPoints(a.accSteps, { 'semi-supervised GAN': a.ganHistory, 'labels only': a.baselineHistory });
        yield* swapIn(chart, () => lines(Plot, pts, { width, x: t('step'), y: t('held-out accuracy %'), colors: COLORS, domain: [0, 100], rules: [90], aria: t('Held-out accuracy over training of the semi-supervised discriminator and of the labels-only baseline') }));
      }
      summary = t(
        'Step {step}, {labels} labelled digits. Held-out accuracy: semi-supervised GAN {ganAccuracy}%, the same network on the labels alone {baselineAccuracy}%.',
        { step: v.step, labels: v.labels, ganAccuracy: fmt(v.ganAccuracy, 1), baselineAccuracy: fmt(v.baselineAccuracy, 1) },
      );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createSganView;
