/**
 * View of the CNN-blocks cell: the padded digit, the 3x3 filter, the feature
 * map, the pooled map, the transposed convolution's output and its overlap
 * (checkerboard) map, each captioned with its output-size formula filled in.
 */
import type { Metrics } from '../../src/ml/trainer';
import type { CnnBlocksPayload } from '../../src/cells/cnnBlocks';
import type { CellView, ViewFactory } from './view';
import { viewText } from './viewText';
import type { Translate } from '../../src/i18n/translate';
import { drawGrid, figure, row } from './imageCanvas';

/** On-screen width we aim each map at, whatever its size. */
const TARGET_PX = 168;

function scaleFor(size: number): number {
  return Math.min(12, Math.max(2, Math.round(TARGET_PX / Math.max(size, 1))));
}

/** A filter weight as short as it can be written (1, 0.5, −0.25). */
function weightText(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** The pooled map's caption, one whole sentence per pooling (payload value poolMode: 1 max, 2 average). */
function poolCaption(t: Translate, poolMode: number, params: { poolWindow: number; outSize: number; pooledSize: number }): string {
  if (poolMode === 1) return t('After max pooling (window {poolWindow}, no weights): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}; still one channel.', params);
  if (poolMode === 2) return t('After average pooling (window {poolWindow}, no weights): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}; still one channel.', params);
  return t('After pooling (window {poolWindow}, no weights): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}; still one channel.', params);
}

/** The input's caption: its size, and the zero padding when there is some (one ring, or several). */
function inputCaption(t: Translate, n: number, p: number): string {
  const padded = n + 2 * p;
  if (p === 0) return t('Input: {n}×{n}, no padding', { n });
  if (p === 1) return t('Input: {n}×{n}, padded to {padded}×{padded} with {p} ring of zeros (tinted)', { n, padded, p });
  return t('Input: {n}×{n}, padded to {padded}×{padded} with {p} rings of zeros (tinted)', { n, padded, p });
}

const createCnnBlocksView: ViewFactory<CnnBlocksPayload> = (root) => {
  const t = viewText();
  const top = row(root);
  const input = figure(top, '', t('The input digit with its zero padding'));
  const filterFig = document.createElement('figure');
  filterFig.style.margin = '0';
  const table = document.createElement('table');
  table.setAttribute('aria-label', t('The 3x3 filter weights'));
  table.style.borderCollapse = 'collapse';
  table.style.fontFamily = 'var(--font-mono, monospace)';
  table.style.fontSize = '0.85rem';
  const cells: HTMLTableCellElement[] = [];
  for (let r = 0; r < 3; r++) {
    const tr = table.insertRow();
    for (let c = 0; c < 3; c++) {
      const td = tr.insertCell();
      td.style.border = '1px solid var(--color-border, #c9d1da)';
      td.style.padding = '0.2rem 0.45rem';
      td.style.textAlign = 'right';
      cells.push(td);
    }
  }
  const filterCap = document.createElement('figcaption');
  filterCap.style.fontSize = '0.82rem';
  filterCap.textContent = t('Filter (3x3): the same 9 weights at every position');
  filterFig.append(table, filterCap);
  top.append(filterFig);
  const conv = figure(top, '', t('The feature map: the filter applied at every position'));
  const pooled = figure(top, '', t('The feature map after pooling'));
  const bottom = row(root);
  const up = figure(bottom, '', t('The pooled map enlarged by a transposed convolution'));
  const overlap = figure(bottom, '', t('How many kernel stamps land on each output pixel'));
  let summary = t('The pictures appear when the cell runs.');

  const view: CellView<CnnBlocksPayload> = {
    update(payload: CnnBlocksPayload, _metrics: Metrics) {
      const a = payload.arrays as Record<string, Float32Array>;
      const v = payload.values;
      const { n, k, stride: s, padding: p, outSize, pooledSize, poolWindow, upIn, upKernel, upStride, upPadding, upSize, checkerboard } = v;

      // The input, drawn with its zero ring; the ring is tinted so padding is visible.
      const padded = n + 2 * p;
      const withPad = new Float32Array(padded * padded);
      for (let r = 0; r < n; r++) withPad.set(a.input.subarray(r * n, (r + 1) * n), (r + p) * padded + p);
      drawGrid(input.canvas, withPad, { size: padded, cols: 1, scale: scaleFor(padded), palette: 'ink', gap: 0 });
      const ctx = input.canvas.getContext('2d');
      if (ctx && p > 0) {
        ctx.fillStyle = 'rgba(245, 164, 0, 0.45)';
        ctx.fillRect(0, 0, padded, p);
        ctx.fillRect(0, padded - p, padded, p);
        ctx.fillRect(0, p, p, n);
        ctx.fillRect(padded - p, p, p, n);
      }
      input.caption.textContent = inputCaption(t, n, p);

      a.kernel.forEach((w, i) => (cells[i].textContent = weightText(w)));

      drawGrid(conv.canvas, a.conv, { size: outSize, cols: 1, scale: scaleFor(outSize), palette: 'signed', gap: 0 });
      conv.caption.textContent = t('Feature map: ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {outSize}. Orange positive, blue negative.', { n, p, k, s, outSize });

      drawGrid(pooled.canvas, a.pooled, { size: pooledSize, cols: 1, scale: scaleFor(pooledSize), palette: 'signed', gap: 0 });
      pooled.caption.textContent =
        poolWindow > 0 && pooledSize !== outSize
          ? poolCaption(t, v.poolMode, { poolWindow, outSize, pooledSize })
          : t('No pooling: the map stays {pooledSize}×{pooledSize}.', { pooledSize });

      drawGrid(up.canvas, a.upsampled, { size: upSize, cols: 1, scale: scaleFor(upSize), palette: 'signed', gap: 0 });
      up.caption.textContent = t('Up-convolution: ({upIn} − 1)·{upStride} − 2·{upPadding} + {upKernel} = {upSize}.', { upIn, upStride, upPadding, upKernel, upSize });

      drawGrid(overlap.canvas, a.overlap, { size: upSize, cols: 1, scale: scaleFor(upSize), palette: 'heat', gap: 0 });
      overlap.caption.textContent =
        checkerboard > 0
          ? t('Stamps per pixel: uneven ({upKernel} is not divisible by {upStride}), a checkerboard.', { upKernel, upStride })
          : t('Stamps per pixel: even inside ({upKernel} is divisible by {upStride}): no checkerboard.', { upKernel, upStride });

      const sizes = { n, p, s, outSize, pooledSize, upKernel, upStride, upPadding, upSize };
      summary =
        checkerboard > 0
          ? t(
              'A {n} by {n} digit with padding {p}, filtered at stride {s}, gives a {outSize} by {outSize} feature map; after pooling {pooledSize} by {pooledSize}; the transposed convolution with kernel {upKernel}, stride {upStride}, padding {upPadding} makes it {upSize} by {upSize}, with a checkerboard.',
              sizes,
            )
          : t(
              'A {n} by {n} digit with padding {p}, filtered at stride {s}, gives a {outSize} by {outSize} feature map; after pooling {pooledSize} by {pooledSize}; the transposed convolution with kernel {upKernel}, stride {upStride}, padding {upPadding} makes it {upSize} by {upSize}, without a checkerboard.',
              sizes,
            );
    },
    describe() {
      return summary;
    },
  };
  return view;
};

export default createCnnBlocksView;
