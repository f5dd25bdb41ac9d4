/**
 * Draws small images (digits, feature maps) into a <canvas data-samples> at
 * one canvas pixel per image pixel; CSS scales it up with crisp pixels.
 * Shared by the CNN-blocks, autoencoder and autoencoder-vs-GAN views. No tfjs.
 */

export type Palette = 'ink' | 'signed' | 'heat';

export interface GridOptions {
  /** Square side of each image. */
  size: number;
  cols: number;
  /** On-screen pixels per image pixel. */
  scale: number;
  /**
   * 'ink': 0..1 as paper (white) to ink (near black); 'signed': negative blue,
   * 0 white, positive orange, scaled by the largest |value|; 'heat': min..max
   * from pale to dark.
   */
  palette?: Palette;
  /** Image pixels between images. */
  gap?: number;
}

/** A canvas marked as a sample grid (test contract), with a text alternative. */
export function sampleCanvas(label: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.dataset.samples = '';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  canvas.style.imageRendering = 'pixelated';
  canvas.style.display = 'block';
  return canvas;
}

function range(data: Float32Array): { lo: number; hi: number; absMax: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of data) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return { lo: 0, hi: 1, absMax: 1 };
  return { lo, hi, absMax: Math.max(Math.abs(lo), Math.abs(hi), 1e-6) };
}

/** RGB for one value under a palette and the data's range. */
function colour(v: number, palette: Palette, r: { lo: number; hi: number; absMax: number }): [number, number, number] {
  if (palette === 'ink') {
    const g = Math.round(255 * (1 - Math.min(1, Math.max(0, v))));
    return [g, g, g];
  }
  if (palette === 'signed') {
    const t = Math.min(1, Math.abs(v) / r.absMax);
    // White to orange (positive) or to blue (negative).
    return v >= 0 ? [255 - 25 * t, 255 - 140 * t, 255 - 230 * t] : [255 - 225 * t, 255 - 155 * t, 255 - 60 * t];
  }
  const t = r.hi > r.lo ? (v - r.lo) / (r.hi - r.lo) : 0;
  return [255 - 200 * t, 250 - 190 * t, 240 - 120 * t];
}

/**
 * Draws `images` (count·size² floats, row-major) as a grid. Returns the
 * number drawn; an empty array clears the canvas.
 */
export function drawGrid(canvas: HTMLCanvasElement, images: Float32Array, opts: GridOptions): number {
  const { size, cols, scale } = opts;
  const palette = opts.palette ?? 'ink';
  const gap = opts.gap ?? 1;
  const per = size * size;
  const count = per > 0 ? Math.floor(images.length / per) : 0;
  const rows = Math.max(1, Math.ceil(count / cols));
  const width = Math.max(1, cols * (size + gap) - gap);
  const height = Math.max(1, rows * (size + gap) - gap);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  canvas.style.width = `${width * scale}px`;
  canvas.style.height = `${height * scale}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const image = ctx.createImageData(width, height);
  const px = image.data;
  // Gaps in a neutral grey so white paper reads as separate tiles.
  for (let i = 0; i < px.length; i += 4) {
    px[i] = 200;
    px[i + 1] = 204;
    px[i + 2] = 212;
    px[i + 3] = 255;
  }
  const r = range(images);
  for (let n = 0; n < count; n++) {
    const ox = (n % cols) * (size + gap);
    const oy = Math.floor(n / cols) * (size + gap);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [cr, cg, cb] = colour(images[n * per + y * size + x], palette, r);
        const o = ((oy + y) * width + ox + x) * 4;
        px[o] = cr;
        px[o + 1] = cg;
        px[o + 2] = cb;
      }
    }
  }
  ctx.putImageData(image, 0, 0);
  return count;
}

/** A captioned figure holding one canvas; returns both. */
export function figure(parent: HTMLElement, caption: string, label: string): { fig: HTMLElement; canvas: HTMLCanvasElement; caption: HTMLElement } {
  const fig = document.createElement('figure');
  fig.style.margin = '0';
  const canvas = sampleCanvas(label);
  const cap = document.createElement('figcaption');
  cap.textContent = caption;
  cap.style.fontSize = '0.82rem';
  // The caption wraps at the picture's width (but at least 11rem) instead of widening the figure.
  cap.style.width = '0';
  cap.style.minWidth = 'max(100%, 11rem)';
  fig.append(canvas, cap);
  parent.append(fig);
  return { fig, canvas, caption: cap };
}

/** A wrapping row of figures. */
export function row(parent: HTMLElement): HTMLElement {
  const el = document.createElement('div');
  el.style.display = 'flex';
  el.style.flexWrap = 'wrap';
  el.style.gap = '0.8rem 1.2rem';
  el.style.alignItems = 'flex-start';
  el.style.margin = '0.4rem 0';
  parent.append(el);
  return el;
}
