/**
 * Scores DCGAN weight folders (manifest.json + weights.bin, as
 * scripts/train-dcgan.ts writes them) with the course's digit classifier
 * over several noise seeds. One digit score on a few hundred samples swings
 * by ±0.3 with the noise drawn, so candidates are compared on the mean.
 * Any width loads (the trainer switches to the folder's widths, as the cell does).
 *
 *   npm run score:dcgan -- public/weights/dcgan /tmp/wide3
 *   npm run score:dcgan -- --samples 256 --seeds 101,102,103 public/weights/dcgan
 *
 * Defaults: 500 samples and seeds 7 (the unit test's), 2016 (train-dcgan's), 1, 2, 3.
 */
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { loadCheckpointAsset } = await import('../src/ml/checkpoint');
const { GeneratorScorer } = await import('../src/ml/metrics/generatorScore');
const { createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { nodeTrainerContext } = await import('./lib/nodeContext');

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const samples = Number(option('samples') ?? 500);
const seeds = (option('seeds') ?? '7,2016,1,2,3').split(',').map(Number);
const folders = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!folders.length || !Number.isInteger(samples) || samples < 10 || seeds.some((s) => !Number.isInteger(s))) {
  throw new Error('usage: npm run score:dcgan -- [--samples N] [--seeds a,b,c] <weights folder> ...');
}

registerWasmKernels();
if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
await tf.ready();
const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, 1);
const { dcganCell } = await import('../src/cells/dcgan');
const { defaultsFor } = await import('../src/cells/define');
const trainer = await createDcganTrainer(defaultsFor(dcganCell), 1, digits, classifier);
for (const folder of folders) {
  const dir = isAbsolute(folder) ? folder : resolve(process.cwd(), folder);
  const context = { loadAsset: async (path: string) => new Uint8Array(readFileSync(resolve(dir, basename(path)))).buffer };
  const { weights } = await loadCheckpointAsset(context, '.', trainer.getWeights(), (id) => trainer.layoutFor(id));
  trainer.setWeights(weights);
  const scores: number[] = [];
  const confidences: number[] = [];
  const shares = new Float64Array(10);
  for (const seed of seeds) {
    const report = await new GeneratorScorer(classifier, trainer.model.options.latentSize, samples, seed).score(trainer.model);
    scores.push(report.digitScore);
    confidences.push(report.confidence);
    report.histogram.forEach((share, digit) => (shares[digit] += share / seeds.length));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `${folder} (${weights.modelId}): digit score ${scores.map((s) => s.toFixed(2)).join(' ')}; mean ${mean(scores).toFixed(3)}, confidence ${mean(confidences).toFixed(3)} (${samples} samples per seed); class shares 0-9 ${Array.from(shares, (s) => `${(100 * s).toFixed(0)}%`).join(' ')}`,
  );
}
trainer.dispose();
