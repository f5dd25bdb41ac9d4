/**
 * Scores DCGAN weight folders (manifest.json + weights.bin, as
 * scripts/train-dcgan.ts writes them) with the course's digit classifier
 * over several noise seeds. One digit score on a few hundred samples swings
 * by ±0.3 with the noise drawn, so candidates are compared on the mean.
 * Any width loads (the trainer switches to the folder's widths, as the cell does).
 *
 *   npm run score:dcgan -- public/weights/dcgan /tmp/wide3
 *   npm run score:dcgan -- --samples 256 --seeds 101,102,103 public/weights/dcgan
 *   npm run score:dcgan -- --write public/weights/dcgan   # also store the score in its manifest.json
 *
 * Defaults: 512 samples and seeds 7, 2016, 1, 2, 3 (./lib/scoreOverSeeds.ts).
 */
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { MANIFEST_FILE, loadCheckpointAsset } = await import('../src/ml/checkpoint');
const { createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { nodeTrainerContext } = await import('./lib/nodeContext');
const { SCORE_SAMPLES, SCORE_SEEDS, UNSURE_BELOW, scoreOverSeeds, scoreMetadata } = await import('./lib/scoreOverSeeds');

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const samples = Number(option('samples') ?? SCORE_SAMPLES);
const seeds = option('seeds')?.split(',').map(Number) ?? SCORE_SEEDS;
const write = argv.includes('--write');
const folders = argv.filter((a, i) => !a.startsWith('--') && !(argv[i - 1]?.startsWith('--') && argv[i - 1] !== '--write'));
if (!folders.length || !Number.isInteger(samples) || samples < 10 || seeds.some((s) => !Number.isInteger(s))) {
  throw new Error('usage: npm run score:dcgan -- [--samples N] [--seeds a,b,c] [--write] <weights folder> ...');
}

registerWasmKernels();
if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
await tf.ready();
const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, 1);
const { dcganCell } = await import('../src/cells/dcgan');
const { digitImages } = await import('../src/ml/data/digits');
const { classifyDigitImages, unsureSamples } = await import('../src/ml/metrics/digitScore');
const { defaultsFor } = await import('../src/cells/define');
const trainer = await createDcganTrainer(defaultsFor(dcganCell), 1, digits, classifier);
// The yardstick for the unsure share below: the same count over real held-out digits.
const realProbs = await classifyDigitImages(classifier, digitImages(digits, digits.heldOut.subarray(0, samples), 'sigmoid'), 'sigmoid');
console.log(`real held-out digits (${samples}): unsure (top digit below ${UNSURE_BELOW}) ${(100 * unsureSamples(realProbs, UNSURE_BELOW).share).toFixed(1)}%`);
for (const folder of folders) {
  const dir = isAbsolute(folder) ? folder : resolve(process.cwd(), folder);
  const context = { loadAsset: async (path: string) => new Uint8Array(readFileSync(resolve(dir, basename(path)))).buffer };
  const { weights } = await loadCheckpointAsset(context, '.', trainer.getWeights(), (id) => trainer.layoutFor(id));
  trainer.setWeights(weights);
  const r = await scoreOverSeeds(classifier, trainer.model, samples, seeds);
  console.log(
    `${folder} (${weights.modelId}): digit score ${r.scores.map((s) => s.toFixed(2)).join(' ')}; mean ${r.meanScore.toFixed(3)}, confidence ${r.meanConfidence.toFixed(3)} (${samples} samples per seed); class shares 0-9 ${Array.from(r.classShares, (s) => `${(100 * s).toFixed(0)}%`).join(' ')}`,
  );
  const pairs = r.unsurePairs.slice(0, 8).map(([pair, count]) => `${pair} ${count}`);
  console.log(`  unsure (top digit below ${UNSURE_BELOW}): ${(100 * r.unsureShare).toFixed(1)}% of samples, ${(100 * r.unsureBetweenTwo).toFixed(0)}% of them between two digits (the top two hold ${UNSURE_BELOW} together); commonest pairs ${pairs.join(', ')}`);
  if (write) {
    // Only the manifest's metadata changes; the weights file is left as it is.
    const manifestPath = resolve(dir, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    // digitScore500/confidence500: the one-seed figures older runs of train-dcgan stored, replaced by these.
    const { digitScore500: _score, confidence500: _confidence, ...kept } = manifest.metadata ?? {};
    manifest.metadata = { ...kept, ...scoreMetadata(r, samples, seeds) };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
    console.log(`wrote the score into ${manifestPath}`);
  }
}
trainer.dispose();
