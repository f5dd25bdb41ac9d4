/**
 * `npx tsx scripts/first-minute.ts`: how legible are the DCGAN cell's digits
 * early in a run, with its defaults or with `--set key=value` changes? Trains
 * the cell's trainer in Node and at a few step counts scores what the cell
 * shows (with averageG on, its average of the generator's weights): on the
 * cell's 512 samples and on the 64 fixed-noise samples of its grid, with
 * their class counts. Counts steps, not seconds, so a loaded machine does not
 * change the scores; the Node step rate it prints compares settings, and the
 * browser bench measures the real one.
 *
 *   npx tsx scripts/first-minute.ts --steps 1300 --seeds 1,2,3 --at 900,1300
 *   npx tsx scripts/first-minute.ts --set averageG=false   # the generator as it is after each step
 */
import '../src/ml/gradients';
import { startWasmBackend } from './lib/wasmBackend';
import { scoreShown } from './lib/shownDigits';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const STEPS = Number(option('steps', '1300'));
const SEEDS = option('seeds', '1,2,3').split(',').map(Number);
const AT = new Set(option('at', '650,1300').split(',').map(Number));
const overrides: Record<string, number | boolean | string> = {};
argv.forEach((a, i) => {
  if (a !== '--set') return;
  const [key, raw] = argv[i + 1].split('=');
  overrides[key] = raw === 'true' ? true : raw === 'false' ? false : Number.isFinite(Number(raw)) ? Number(raw) : raw;
});

await startWasmBackend();
const { createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { dcganCell } = await import('../src/cells/dcgan');
const { defaultsFor } = await import('../src/cells/define');
const { nodeTrainerContext } = await import('./lib/nodeContext');

const fmt = (r: { digitScore: number; confidence: number }) => `${r.digitScore.toFixed(2)}/${r.confidence.toFixed(2)}`;
for (const seed of SEEDS) {
  const hp = { ...defaultsFor(dcganCell), ...overrides, seed };
  const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, 1);
  const trainer = await createDcganTrainer(hp, seed, digits, classifier);
  let trainingMs = 0;
  for (let step = 1; step <= STEPS; step++) {
    const t0 = performance.now();
    await trainer.train(1);
    trainingMs += performance.now() - t0;
    if (!AT.has(step)) continue;
    const scored = await trainer.evaluate();
    const shown = await scoreShown((await trainer.render()).arrays.samples);
    console.log(
      `seed ${seed} step ${step} (${((1000 * step) / trainingMs).toFixed(1)} steps/s in Node): 512 ${fmt(scored)}, shown 64 ${fmt(shown)} ` +
        `[${shown.shares.map((s) => Math.round(64 * s)).join('/')}]`,
    );
  }
  trainer.dispose();
}
