/**
 * Trains one of the "gallery of GANs" models in Node on the wasm backend and
 * writes its pretrained weights (float16) to public/weights/<model>/, the
 * cells' "Start from pretrained". Prints the cell's metrics as it goes and,
 * at the end, on the weights as shipped (decoded from float16).
 *
 *   npm run train:gallery -- acgan            # defaults below, a few minutes on 2 cores
 *   npm run train:gallery -- sgan --steps 50 --out /tmp/sgan   # a quick try
 *   npm run train:gallery -- acgan --from weights/acgan --steps 400 --decay 0.001
 *       # continue from committed weights, learning rates decaying linearly from 0.001 to 0
 *   npm run train:gallery -- sgan --save-every 200   # also write the weights every 200 steps
 *
 * Models: acgan, sgan, adain, lsgan.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { DEFAULT_WEIGHTS_PATH, MANIFEST_FILE, decodeCheckpoint, encodeCheckpoint, loadCheckpointAsset } from '../src/ml/checkpoint';
import { registerWasmKernels } from '../src/ml/kernels';
import type { HyperValues, Metrics, Trainer, TrainerFactory } from '../src/ml/trainer';
import { nodeTrainerContext } from './lib/nodeContext';


const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Recipe {
  module: string;
  steps: number;
  seed: number;
  /** Settings for the run (the cell's defaults otherwise). */
  hp: HyperValues;
  /** Steps per train() call: metrics are computed once per call. */
  chunk: number;
}

/** Each recipe's steps are those of the committed weights, so that the lesson's `npm run train:gallery -- <model>` makes them. */
const RECIPES: Record<string, Recipe> = {
  // The committed acgan weights: this recipe, then
  //   npm run train:gallery -- acgan --from weights/acgan --steps 400 --decay 0.001
  acgan: { module: '../src/ml/trainers/acgan.ts', steps: 800, seed: 1610, hp: {}, chunk: 50 },
  // The committed sgan weights (N = 100, the cell's defaults): this recipe, then
  //   npm run train:gallery -- sgan --from weights/sgan --steps 400 --decay 0.003
  sgan: { module: '../src/ml/trainers/sgan.ts', steps: 3000, seed: 1606, hp: { labels: '100' }, chunk: 50 },
  adain: { module: '../src/ml/trainers/adain.ts', steps: 800, seed: 1812, hp: { start: 'scratch' }, chunk: 50 },
  lsgan: { module: '../src/ml/trainers/lsgan.ts', steps: 300, seed: 1611, hp: {}, chunk: 50 },
};

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmt = (m: Metrics) => Object.entries(m).map(([k, v]) => `${k} ${Number(v).toFixed(3)}`).join(', ');

async function main(): Promise<void> {
  const name = process.argv[2];
  const recipe = RECIPES[name];
  if (!recipe) throw new Error(`Usage: train-gallery <${Object.keys(RECIPES).join('|')}> [--steps n] [--out dir]`);
  const steps = Number(argValue('steps') ?? recipe.steps);
  const outDir = resolve(root, argValue('out') ?? `public/weights/${name}`);
  await import('@tensorflow/tfjs-backend-wasm');
  registerWasmKernels();
  await tf.setBackend('wasm');
  await tf.ready();

  const factory = ((await import(recipe.module)) as { default: TrainerFactory }).default;
  // Trainers take every setting of their kind: the cell's defaults, then the recipe's.
  const { findCellDefinition } = await import('../src/cells/index');
  const { defaultValues } = await import('../src/cells/params');
  const hp = { ...defaultValues(findCellDefinition(name)!), ...recipe.hp, seed: recipe.seed };
  const trainer: Trainer = await factory(hp, recipe.seed, nodeTrainerContext);
  const from = argValue('from');
  if (from) trainer.setWeights!((await loadCheckpointAsset(nodeTrainerContext, from, trainer.getWeights!())).weights);
  // Optional linear decay of both learning rates to 0 (as the CycleGAN paper's schedule): settles the game.
  const decay = argValue('decay') === undefined ? null : Number(argValue('decay'));
  const saveEvery = Number(argValue('save-every') ?? 0);
  const start = performance.now();
  for (let done = 0; done < steps; ) {
    const k = Math.min(recipe.chunk, steps - done);
    if (decay !== null) {
      const lr = decay * (1 - done / steps);
      trainer.setHyperparameters({ lrG: lr, lrD: lr });
    }
    const m = await trainer.train(k);
    done += k;
    console.log(`step ${done}: ${fmt(m)}, ${(done / ((performance.now() - start) / 1000)).toFixed(2)} steps/s`);
    // Snapshots keep training undisturbed (no reload: that would reset the optimizers); metrics are float32 ones.
    if (saveEvery > 0 && done % saveEvery === 0 && done < steps) write(trainer, resolve(outDir, `step-${done}`), { steps: done, seed: recipe.seed }, m);
  }
  const { manifest, data } = encodeCheckpoint(trainer.getWeights!(), { quantization: 'float16', metadata: { steps, seed: recipe.seed } });
  trainer.setWeights!(decodeCheckpoint(manifest, data, trainer.getWeights!()));
  const final = await trainer.train(0);
  console.log('on the float16 weights:', fmt(final));
  write(trainer, outDir, { steps, seed: recipe.seed }, final);
  console.log(`${((performance.now() - start) / 1000).toFixed(0)} s`);
  trainer.dispose();
}

/** Writes the trainer's weights (float16) with `metrics` in the manifest's metadata. */
function write(trainer: Trainer, dir: string, meta: { steps: number; seed: number }, metrics: Metrics): void {
  const { manifest, data } = encodeCheckpoint(trainer.getWeights!(), { quantization: 'float16', metadata: meta });
  manifest.metadata = { ...manifest.metadata, ...Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, +Number(v).toFixed(4)])) };
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');
  writeFileSync(resolve(dir, DEFAULT_WEIGHTS_PATH), new Uint8Array(data));
  console.log(`wrote ${dir} (${data.byteLength} bytes of weights)`);
}

void main();
