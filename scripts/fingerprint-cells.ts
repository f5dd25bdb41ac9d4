/**
 * A fingerprint of every cell kind's seeded run, to prove a refactor changed
 * no number: each cell is built from its defaults with seed 1 on Node's wasm
 * backend (the course's kernels registered, as the unit tests do), trained
 * in chunks, and its metrics after every chunk and its final render() are
 * hashed (SHA-256 over the exact bytes). Run it before and after a change
 * and diff the outputs; any difference is a changed result.
 *
 *   npx tsx scripts/fingerprint-cells.ts [--only gan1d,dcgan] [--scale 0.5]
 *
 * Image kinds train fewer steps than the toys so the whole run stays a few
 * minutes on one core; the step counts are part of the output.
 */
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does
import { createHash } from 'node:crypto';

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { cellDefinitions } = await import('../src/cells/index');
const { defaultValues } = await import('../src/cells/params');
const { trainerLoaderOf } = await import('../src/runtime/trainers');
const { nodeTrainerContext } = await import('./lib/nodeContext');

const CHUNK = 10;
/** Steps per kind: the toys a few hundred, the image models fewer (slow on one core). */
const STEPS: Record<string, number> = {
  gan1d: 400, saturation: 400, gan2d: 400, customLoss: 400, cycle2d: 400, lsgan: 200,
  cnnBlocks: 100, autoencoder: 100, aeVsGan: 100, latentWalk: 100, cycleImages: 100,
  dcgan: 100, referenceDcgan: 60, sgan: 100, acgan: 100, adain: 100,
};
const DEFAULT_STEPS = 100;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const only = argValue('--only')?.split(',');
const scale = Number(argValue('--scale') ?? 1);

function hashMetrics(hash: ReturnType<typeof createHash>, metrics: Record<string, number>): void {
  for (const key of Object.keys(metrics).sort()) {
    hash.update(key);
    hash.update(new Uint8Array(new Float64Array([metrics[key]]).buffer));
  }
}

function hashPayload(payload: { arrays: Record<string, ArrayBufferView>; values: Record<string, number> }): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(payload.arrays).sort()) {
    const a = payload.arrays[key];
    hash.update(key);
    hash.update(a.constructor.name);
    hash.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }
  hashMetrics(hash, payload.values);
  return hash.digest('hex');
}

await tf.setBackend('wasm');
registerWasmKernels();
await tf.ready();

for (const [name, def] of Object.entries(cellDefinitions as Record<string, { kind: string }>)) {
  if (only && !only.includes(name)) continue;
  const steps = Math.max(CHUNK, Math.round(((STEPS[name] ?? DEFAULT_STEPS) * scale) / CHUNK) * CHUNK);
  const hp = { ...defaultValues(def as never), seed: 1 };
  const started = performance.now();
  const factory = (await trainerLoaderOf(def)()).default;
  const trainer = await factory(hp, 1, nodeTrainerContext);
  const metricsHash = createHash('sha256');
  let last: Record<string, number> = {};
  for (let done = 0; done < steps; done += CHUNK) {
    last = await trainer.train(CHUNK);
    hashMetrics(metricsHash, last);
  }
  const renderHash = hashPayload(await trainer.render());
  trainer.dispose();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shown = Object.entries(last).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`${name} kind=${def.kind} steps=${steps} metrics=${metricsHash.digest('hex')} render=${renderHash}`);
  console.log(`  last: ${shown}`);
  console.error(`  (${name}: ${seconds} s)`);
}
