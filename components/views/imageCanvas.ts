/**
 * Draws small images (digits, feature maps) into a <canvas data-samples> at
 * one canvas pixel per image pixel; CSS scales it up with crisp pixels.
 * Shared by the CNN-blocks, autoencoder and autoencoder-vs-GAN views. No tfjs.
 */
import { fillRgba, finiteRange, GAP_RGB, HEAT_TABLE, INK_TABLE, SIGNED_TABLE, type Tone, writeTile } from './pixels';

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

/** The tone a palette gives `images`: ink is fixed to 0..1, the others follow the data. */
function toneFor(palette: Palette, images: Float32Array): Tone {
  if (palette === 'ink') return { table: INK_TABLE, lo: 0, hi: 1 };
  const { lo, hi } = finiteRange(images);
  if (palette === 'signed') {
    const absMax = Math.max(Math.abs(lo), Math.abs(hi), 1e-6);
    return { table: SIGNED_TABLE, lo: -absMax, hi: absMax };
  }
  return { table: HEAT_TABLE, lo, hi };
}

/**
 * Each canvas keeps its ImageData between draws: a fresh one per draw is
 * garbage a few times a second, and the gaps only need painting once.
 */
const buffers = new WeakMap<HTMLCanvasElement, ImageData>();

/** The canvas's pixel buffer at this size (gaps already grey). */
export function pixelBuffer(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, width: number, height: number): ImageData {
  let image = buffers.get(canvas);
  if (!image || image.width !== width || image.height !== height) {
    image = ctx.createImageData(width, height);
    fillRgba(image.data, GAP_RGB);
    buffers.set(canvas, image);
  }
  return image;
}

/**
 * Draws `images` (count·size² floats, row-major) as a grid. Returns the
 * number drawn; an empty array clears the canvas.
 */
export function drawGrid(canvas: HTMLCanvasElement, images: Float32Array, opts: GridOptions): number {
  const { size, cols, scale } = opts;
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
  const image = pixelBuffer(canvas, ctx, width, height);
  const tone = toneFor(opts.palette ?? 'ink', images);
  // A grid that shrank (fewer images, same size) would keep old tiles: repaint the gaps.
  if (count < cols * rows) fillRgba(image.data, GAP_RGB);
  for (let n = 0; n < count; n++) {
    writeTile(image.data, width, (n % cols) * (size + gap), Math.floor(n / cols) * (size + gap), images, n * per, size, tone);
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
export function row(parent: HTMLElement, gap = '0.8rem 1.2rem'): HTMLElement {
  const el = document.createElement('div');
  el.style.display = 'flex';
  el.style.flexWrap = 'wrap';
  el.style.gap = gap;
  el.style.alignItems = 'flex-start';
  el.style.margin = '0.4rem 0';
  parent.append(el);
  return el;
}
