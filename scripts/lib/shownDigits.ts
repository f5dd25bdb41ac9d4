/**
 * What a learner judges: the 64 digits the DCGAN cell shows, read back from
 * its sample canvas and scored by the course's classifier in Node, with the
 * share of each class among them. The cell's own readouts score 512 samples;
 * this is the grid on screen (issue #24's "on the 64 shown samples").
 */
import type { Page } from 'playwright-core';
import { startWasmBackend } from './wasmBackend';

const SIZE = 28;
const COLS = 8;
const SHOWN = 64;

export interface ShownDigitsReport {
  digitScore: number;
  confidence: number;
  /** Share of each class 0-9 among the shown digits. */
  shares: number[];
  /** Classes no shown digit was classified as. */
  absent: number[];
}

/**
 * The cell's live grid as images in [0, 1] (1 = ink): the canvas holds one
 * pixel per image pixel, drawn on the ink ramp (255·(1 − v) grey), tiles 1
 * pixel apart (components/views/imageCanvas.ts).
 */
export async function readShownGrid(page: Page, cellId: string): Promise<Float32Array> {
  const grey = await page.locator(`[data-cell="${cellId}"] canvas[data-samples]`).first().evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    return { width: canvas.width, red: Array.from({ length: data.length / 4 }, (_, i) => data[4 * i]) };
  });
  const images = new Float32Array(SHOWN * SIZE * SIZE);
  for (let n = 0; n < SHOWN; n++) {
    const left = (n % COLS) * (SIZE + 1);
    const top = Math.floor(n / COLS) * (SIZE + 1);
    for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) images[n * SIZE * SIZE + y * SIZE + x] = 1 - grey.red[(top + y) * grey.width + left + x] / 255;
  }
  return images;
}

let classifier: Promise<import('../../src/ml/models/digitClassifier').DigitClassifier> | null = null;

/** Scores images [n·784] in [0, 1] with the course's pretrained classifier on Node's wasm backend. */
export async function scoreShown(images: Float32Array): Promise<ShownDigitsReport> {
  await startWasmBackend();
  const { DigitClassifier } = await import('../../src/ml/models/digitClassifier');
  const { Rng } = await import('../../src/ml/random');
  const { nodeTrainerContext } = await import('./nodeContext');
  const { scoreDigitImages } = await import('../../src/ml/metrics/digitScore');
  classifier ??= DigitClassifier.loadPretrained(nodeTrainerContext, new Rng(1));
  const report = await scoreDigitImages(await classifier, images, 'sigmoid');
  const shares = Array.from(report.histogram, (s) => Math.round(s * 1000) / 1000);
  return { digitScore: report.digitScore, confidence: report.confidence, shares, absent: shares.flatMap((s, k) => (s === 0 ? [k] : [])) };
}

export function describeShown(r: ShownDigitsReport): string {
  return `shown 64: score ${r.digitScore.toFixed(2)}, confidence ${r.confidence.toFixed(2)}, classes ${r.shares.map((s) => Math.round(s * 64)).join('/')}${r.absent.length ? ` (absent: ${r.absent.join(', ')})` : ''}`;
}
