/**
 * `npx tsx scripts/cyclegan-claims.ts`: the CycleGAN lesson's run figures at
 * the cells' current defaults and presets, from seeded Node runs of the cells'
 * trainers, over longer runs than tests/unit/cycleganClaims.test.ts can afford
 * (it asserts the early part of each; lessons/cyclegan.mdx and
 * lessons/ko/cyclegan.mdx quote both). Measures: scripts/lib/cycleganMeasures.ts.
 * Rerun it after changing a cell's defaults, presets or trainer, then update
 * both editions, the test and docs/prose-checks.md.
 *
 *   npx tsx scripts/cyclegan-claims.ts [--seeds 1,2,3] [--only colours,scores,stripes,nocycle,identity] [--preset no-identity|paper-lr] [--steps 300]
 *
 * colours: cycle-2d, mixed-colour share every 250 steps to 3,000 (defaults, No cycle loss, Ring → square).
 * scores: the stripe detector on all held-out digits of each domain.
 * stripes: cycle-images from scratch (defaults, or --preset), readouts every 5 steps to --steps.
 * nocycle: from the pretrained networks, No cycle loss for 300 steps, then λ at its default for 400.
 * identity: from the pretrained networks, 300 steps with and without the identity term.
 */
import '../src/ml/gradients';
import { startWasmBackend } from './lib/wasmBackend';
import { nodeTrainerContext } from './lib/nodeContext';
import { distanceFromAnswers, mixedColourShare } from './lib/cycleganMeasures';
import { defaultsFor } from '../src/cells/define';
import { cycle2dCell } from '../src/cells/cycle2d';
import { CYCLE_IMAGES_PRETRAINED, cycleImagesCell } from '../src/cells/cycleImages';
import { loadCheckpointAsset } from '../src/ml/checkpoint';
import { loadDigits } from '../src/ml/data/digits';
import { domainImages, stripeDomains } from '../src/ml/data/stripes';
import { stripeScores, STRIPED_THRESHOLD } from '../src/ml/metrics/stripeScore';
import { Cycle2dTrainer } from '../src/ml/trainers/cycle2d';
import { CycleImagesTrainer } from '../src/ml/trainers/cycleImages';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const SEEDS = option('seeds', '1,2,3').split(',').map(Number);
const ONLY = new Set(option('only', 'colours,scores,stripes,nocycle,identity').split(','));
const STEPS = Number(option('steps', '300'));
const PRESET = option('preset', '');
const f = (x: number, d = 3) => x.toFixed(d);
const presetValues = (def: typeof cycleImagesCell | typeof cycle2dCell, id: string) => {
  const found = def.presets?.find((p) => p.id === id);
  if (!found) throw new Error(`${def.kind} has no preset ${id}`);
  return found.values;
};

await startWasmBackend();

if (ONLY.has('colours')) {
  const runs = [['defaults', {}], ['no-cycle', presetValues(cycle2dCell, 'no-cycle')], ['ring-square', { pair: 'ring-square' as const }]] as const;
  for (const [label, values] of runs) {
    for (const seed of SEEDS) {
      const trainer = new Cycle2dTrainer({ ...defaultsFor(cycle2dCell), ...values, seed }, seed);
      const row: string[] = [];
      for (let step = 250; step <= 3000; step += 250) {
        const m = trainer.train(250);
        const { gx, xT } = trainer.render().arrays;
        row.push(`${step}: ${f(100 * mixedColourShare(gx, xT), 0)}% (gap ${f(m.translationGap, 2)})`);
      }
      trainer.dispose();
      console.log(`cycle-2d ${label}, seed ${seed}, mixed colours: ${row.join(', ')}`);
    }
  }
}

const digits = await loadDigits(nodeTrainerContext);
const fromAnswers = distanceFromAnswers(digits);
const answers = (t: CycleImagesTrainer) => {
  const { g, f: fy } = fromAnswers(t);
  return `G ${f(g)} F ${f(fy)}`;
};

if (ONLY.has('scores')) {
  const d = stripeDomains(digits);
  for (const domain of ['x', 'y'] as const) {
    const s = Array.from(stripeScores(domainImages(digits, domain, d[domain].heldOut))).sort((a, b) => a - b);
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    console.log(`stripe scores, held-out ${domain === 'x' ? 'plain' : 'striped'} (${s.length}): mean ${f(mean)}, min ${f(s[0])}, max ${f(s[s.length - 1])} (threshold ${f(STRIPED_THRESHOLD)})`);
  }
}

if (ONLY.has('stripes')) {
  const values = PRESET ? presetValues(cycleImagesCell, PRESET) : {};
  for (const seed of SEEDS) {
    const trainer = new CycleImagesTrainer({ ...defaultsFor(cycleImagesCell), ...values, seed }, seed, digits);
    const started = performance.now();
    let half: number | null = null;
    let most: number | null = null;
    const row: string[] = [];
    for (let step = 5; step <= STEPS; step += 5) {
      const m = trainer.train(5);
      if (half === null && m.gStriped >= 50) half = step;
      if (most === null && m.gStriped >= 90) most = step;
      if (step % 50 === 0) row.push(`${step}: cycle ${f(m.cycleError)}, ${f(m.gStriped, 0)}/${f(m.fPlain, 0)}%, ${answers(trainer)}`);
    }
    const rate = STEPS / ((performance.now() - started) / 1000);
    trainer.dispose();
    console.log(`stripes from scratch${PRESET ? ` (${PRESET})` : ''}, seed ${seed}: G(x) striped >= 50% at step ${half ?? 'never'}, >= 90% at ${most ?? 'never'} (${f(rate, 1)} steps/s)`);
    console.log(`  ${row.join('; ')}`);
  }
}

async function pretrained(values: object, seed: number) {
  const trainer = new CycleImagesTrainer({ ...defaultsFor(cycleImagesCell), ...values, seed }, seed, digits);
  trainer.setWeights((await loadCheckpointAsset(nodeTrainerContext, CYCLE_IMAGES_PRETRAINED, trainer.getWeights())).weights);
  return trainer;
}

if (ONLY.has('nocycle')) {
  for (const seed of SEEDS) {
    const trainer = await pretrained({}, seed);
    const start = trainer.evaluate().cycleError;
    trainer.setHyperparameters(presetValues(cycleImagesCell, 'no-cycle'));
    const off: string[] = [];
    for (let step = 25; step <= 300; step += 25) {
      const m = trainer.train(25);
      off.push(`${step}: ${f(m.cycleError)} (${f(m.cycleError / start, 2)}×)${step <= 50 ? ` ${answers(trainer)}` : ''}`);
    }
    trainer.setHyperparameters({ lambda: defaultsFor(cycleImagesCell).lambda });
    const on: string[] = [];
    for (let step = 25; step <= 400; step += 25) on.push(`${step}: ${f(trainer.train(25).cycleError)}`);
    trainer.dispose();
    console.log(`no cycle loss from pretrained, seed ${seed}: cycle error ${f(start)} at the start`);
    console.log(`  λ = 0: ${off.join(', ')}`);
    console.log(`  λ back: ${on.join(', ')}`);
  }
}

if (ONLY.has('identity')) {
  for (const seed of SEEDS) {
    for (const [label, values] of [['with identity', {}], ['no identity', presetValues(cycleImagesCell, 'no-identity')]] as const) {
      const trainer = await pretrained(values, seed);
      const row: string[] = [];
      for (let step = 50; step <= 300; step += 50) {
        const m = trainer.train(50);
        row.push(`${step}: cycle ${f(m.cycleError)}, ${f(m.gStriped, 0)}/${f(m.fPlain, 0)}%, ${answers(trainer)}`);
      }
      trainer.dispose();
      console.log(`pretrained ${label}, seed ${seed}: ${row.join('; ')}`);
    }
  }
}
