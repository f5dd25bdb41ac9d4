/**
 * `npx tsx scripts/ema-first-minute.ts`: does an exponential moving average
 * of the generator's weights (Yazıcı et al., arXiv 1806.04498) draw better
 * digits early in a run of the DCGAN cell at its defaults? Trains the cell's
 * trainer in Node, and at a few step counts scores the current generator and
 * its average on the cell's 512 samples and on the 64 fixed-noise samples it
 * shows. Counts steps, not seconds: the average costs a pass over G's weights
 * per step, which the browser bench measures.
 *
 *   npx tsx scripts/ema-first-minute.ts --steps 900 --seeds 1,2,3 --decay 0.99
 */
import '../src/ml/gradients';
import { startWasmBackend } from './lib/wasmBackend';
import { scoreShown } from './lib/shownDigits';
import { WeightAverage } from './lib/weightAverage';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const STEPS = Number(option('steps', '900'));
const SEEDS = option('seeds', '1,2,3').split(',').map(Number);
const DECAY = Number(option('decay', '0.99'));
const AT = new Set(option('at', '300,600,900').split(',').map(Number));

await startWasmBackend();
const { createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { dcganCell } = await import('../src/cells/dcgan');
const { defaultsFor } = await import('../src/cells/define');
const { nodeTrainerContext } = await import('./lib/nodeContext');

const fmt = (r: { digitScore: number; confidence: number }) => `${r.digitScore.toFixed(2)}/${r.confidence.toFixed(2)}`;
for (const seed of SEEDS) {
  const hp = { ...defaultsFor(dcganCell), seed };
  // Each trainer owns (and disposes) its classifier.
  const forTraining = await loadDigitsAndClassifier(nodeTrainerContext, 1);
  const forJudging = await loadDigitsAndClassifier(nodeTrainerContext, 1);
  const trainer = await createDcganTrainer(hp, seed, forTraining.digits, forTraining.classifier);
  const judge = await createDcganTrainer(hp, seed, forJudging.digits, forJudging.classifier);
  // Generator weights only: D's average is never used.
  const average = new WeightAverage(trainer.getWeights(), (name) => name.startsWith('g/'));
  for (let step = 1; step <= STEPS; step++) {
    await trainer.train(1);
    // TensorFlow's ExponentialMovingAverage warm-up: a short memory at first, so the start does not linger.
    average.update(trainer.getWeights(), Math.min(DECAY, (1 + step) / (10 + step)));
    if (!AT.has(step)) continue;
    const raw = await trainer.evaluate();
    const rawShown = await scoreShown((await trainer.render()).arrays.samples);
    judge.setWeights(average.applyTo(trainer.getWeights()));
    const ema = await judge.evaluate();
    const emaShown = await scoreShown((await judge.render()).arrays.samples);
    console.log(
      `seed ${seed} step ${step}: raw 512 ${fmt(raw)}, shown ${fmt(rawShown)} [${rawShown.shares.map((s) => Math.round(64 * s)).join('/')}] | ` +
        `EMA ${DECAY} 512 ${fmt(ema)}, shown ${fmt(emaShown)} [${emaShown.shares.map((s) => Math.round(64 * s)).join('/')}]`,
    );
  }
  trainer.dispose();
  judge.dispose();
}
