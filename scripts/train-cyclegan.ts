/**
 * Trains the "Stripes ↔ plain" CycleGAN (src/ml/trainers/cycleImages.ts) in
 * Node on the wasm backend and writes the four networks' weights to
 * public/weights/cyclegan/ (manifest.json + weights.bin, float16), the
 * "Start from pretrained" of the cell. Reports, on all held-out digits (never
 * trained on), the share of G(x) the stripe detector calls striped, the share
 * of F(y) it calls plain, and the mean cycle L1 error, after quantisation.
 *
 *   npm run train:cyclegan                     # 1,200 steps, ~10-20 minutes on 2 cores
 *   npm run train:cyclegan -- --steps 100 --out /tmp/cyc   # a quick try
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { DEFAULT_WEIGHTS_PATH, MANIFEST_FILE, decodeCheckpoint, encodeCheckpoint } from '../src/ml/checkpoint';
import { DIGITS_ASSET_PATH, parseDigits } from '../src/ml/data/digits';
import { domainImages, stripeDomains } from '../src/ml/data/stripes';
import { registerWasmKernels } from '../src/ml/kernels';
import { meanAbsDifference } from '../src/ml/metrics/pointCloud';
import { stripedShare } from '../src/ml/metrics/stripeScore';

// tfjs-core's ESM files cannot be imported by Node directly (extensionless
// imports); through require, tsx compiles them. The trainer pulls in tfjs's
// gradients that way, so it is loaded through require too.
const require = createRequire(import.meta.url);
const { CycleImagesTrainer } = require('../src/ml/trainers/cycleImages.ts') as typeof import('../src/ml/trainers/cycleImages');
const { CYCLE_IMAGES_PRETRAINED: CYCLE_IMAGES_WEIGHTS_FOLDER, cycleImagesCell } = require('../src/cells/cycleImages.ts') as typeof import('../src/cells/cycleImages');
const { defaultsFor } = require('../src/cells/define.ts') as typeof import('../src/cells/define');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SEED = 1703;
/**
 * The paper's schedule shape (sec. 7.1): constant learning rate, then a
 * linear decay to zero over the last part, which settles the game.
 */
const DECAY_FROM = 0.6;
/** Held-out images translated per forward pass in the final report. */
const REPORT_CHUNK = 100;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const steps = Number(argValue('steps') ?? 1200);
  const outDir = resolve(root, argValue('out') ?? `public/${CYCLE_IMAGES_WEIGHTS_FOLDER}`);
  await import('@tensorflow/tfjs-backend-wasm');
  registerWasmKernels();
  await tf.setBackend('wasm');
  await tf.ready();

  const bytes = readFileSync(resolve(root, 'public', DIGITS_ASSET_PATH));
  const digits = await parseDigits(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const trainer = new CycleImagesTrainer(defaultsFor(cycleImagesCell, SEED), SEED, digits);
  const baseLr = 0.001;
  const start = performance.now();
  for (let step = 1; step <= steps; step++) {
    const progress = step / steps;
    const lr = progress < DECAY_FROM ? baseLr : (baseLr * (1 - progress)) / (1 - DECAY_FROM);
    trainer.setHyperparameters({ lrG: lr, lrD: lr });
    const m = trainer.train(1);
    if (step % 50 === 0 || step === steps) {
      const secs = (performance.now() - start) / 1000;
      console.log(
        `step ${step}: cycle ${m.cycleError.toFixed(3)}, G(x) striped ${m.gStriped.toFixed(0)}%, F(y) plain ${m.fPlain.toFixed(0)}%, ` +
          `advG ${m.advG.toFixed(3)}, dLoss ${m.dLoss.toFixed(3)}, ${(step / secs).toFixed(2)} steps/s`,
      );
    }
  }

  const { manifest, data } = encodeCheckpoint(trainer.getWeights(), { quantization: 'float16', metadata: { steps, seed: SEED } });
  // Report on the weights as shipped: decoded from float16, loaded into the trainer.
  trainer.setWeights(decodeCheckpoint(manifest, data, trainer.getWeights()));
  const domains = stripeDomains(digits);
  const n = Math.min(domains.x.heldOut.length, domains.y.heldOut.length);
  let striped = 0;
  let plain = 0;
  let cycle = 0;
  for (let i = 0; i < n; i += REPORT_CHUNK) {
    const k = Math.min(REPORT_CHUNK, n - i);
    const x = domainImages(digits, 'x', domains.x.heldOut.subarray(i, i + k));
    const y = domainImages(digits, 'y', domains.y.heldOut.subarray(i, i + k));
    const tr = trainer.translate(x, y);
    striped += stripedShare(tr.gx) * k;
    plain += (1 - stripedShare(tr.fy)) * k;
    cycle += (meanAbsDifference(tr.fgx, x) + meanAbsDifference(tr.gfy, y)) * k;
  }
  const report = {
    heldOutPerDomain: n,
    gStripedPercent: +((100 * striped) / n).toFixed(1),
    fPlainPercent: +((100 * plain) / n).toFixed(1),
    cycleL1: +(cycle / n).toFixed(4),
  };
  console.log('held-out report (float16 weights):', JSON.stringify(report));
  manifest.metadata = { ...manifest.metadata, ...report };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');
  writeFileSync(resolve(outDir, DEFAULT_WEIGHTS_PATH), new Uint8Array(data));
  console.log(`wrote ${outDir} (${data.byteLength} bytes of weights)`);
  trainer.dispose();
}

void main();
