/**
 * `npx tsx scripts/dcgan-claims.ts`: the DCGAN lesson's run figures at the
 * cell's current defaults, from seeded Node runs of the cell's trainer (the
 * figures lessons/dcgan.mdx and lessons/ko/dcgan.mdx quote; the ones a test
 * can afford are asserted by tests/unit/dcganLessonClaims.test.ts). Rerun it
 * after changing the cell's defaults and update both editions.
 *
 *   npx tsx scripts/dcgan-claims.ts [--seeds 1,2,3] [--only first,smoothing,freeze,range,strong,moment,gfrozen]
 */
import '../src/ml/gradients';
import { startWasmBackend } from './lib/wasmBackend';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const SEEDS = option('seeds', '1,2,3').split(',').map(Number);
const ONLY = new Set(option('only', 'first,smoothing,freeze,range,strong,moment,gfrozen').split(','));

await startWasmBackend();
const { createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { dcganCell } = await import('../src/cells/dcgan');
const { defaultsFor } = await import('../src/cells/define');
const { nodeTrainerContext } = await import('./lib/nodeContext');
type ImageGanValues = import('../src/cells/dcgan').ImageGanValues;

/** Trains in chunks until `done` holds for the latest metrics; the step it held at, or null. */
async function runUntil(t: Awaited<ReturnType<typeof trainerFor>>, done: (m: Record<string, number>) => boolean, maxSteps: number, chunk: number) {
  while (t.stepsDone < maxSteps) if (done(await t.train(chunk))) return t.stepsDone;
  return null;
}

type Hp = ImageGanValues;
const trainerFor = async (seed: number, values: Partial<Hp> = {}) => {
  const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, seed);
  return createDcganTrainer({ ...defaultsFor(dcganCell), ...values, seed }, seed, digits, classifier);
};
const preset = (id: string) => dcganCell.presets!.find((p) => p.id === id)!.values as Partial<Hp>;
const f = (x: number, d = 2) => x.toFixed(d);

if (ONLY.has('first')) {
  for (const seed of SEEDS) {
    const t = await trainerFor(seed);
    const hit = await runUntil(t, (m) => m.digitScore >= 4 && m.confidence >= 0.75, 800, 10);
    const five = await runUntil(t, (m) => m.digitScore >= 5, 2000, 10);
    console.log(`first minute, seed ${seed}: digit score >= 4 with confidence >= 0.75 at step ${hit ?? 'never (800)'}, >= 5 at step ${five ?? 'never (2000)'}`);
    t.dispose();
  }
}
if (ONLY.has('smoothing')) {
  for (const seed of SEEDS) {
    const t = await trainerFor(seed, { labelSmoothing: true });
    const hit = await runUntil(t, (m) => m.digitScore > 4, 800, 10);
    console.log(`label smoothing, seed ${seed}: digit score > 4 at step ${hit ?? 'never (800)'}`);
    t.dispose();
  }
}
if (ONLY.has('moment')) {
  const t = await trainerFor(1);
  const m = await t.train(440);
  console.log(`a moment, seed 1 step 440: mean D(x) ${f(m.dReal)}, mean D(G(z)) ${f(m.dFake)}`);
  t.dispose();
}
if (ONLY.has('freeze')) {
  const t = await trainerFor(1);
  const before = await t.train(150);
  const classesBefore = Math.max(...(await t.render()).arrays.histogram);
  t.setHyperparameters({ freezeD: true });
  const after20 = await t.train(20);
  let lowest = after20.digitScore;
  let last = after20;
  for (let i = 0; i < 8; i++) {
    last = await t.train(10);
    lowest = Math.min(lowest, last.digitScore);
  }
  const classesAfter = Math.max(...(await t.render()).arrays.histogram);
  console.log(
    `freeze D after 150 steps, seed 1: D(G(z)) ${f(before.dFake)} -> ${f(after20.dFake)} after 20 steps -> ${f(last.dFake)} after 100; ` +
      `G loss ${f(last.gLoss)}; digit score ${f(before.digitScore, 1)} -> lowest ${f(lowest, 1)} within 100 (${f(after20.digitScore, 1)} after 20); ` +
      `most common class ${Math.round(100 * classesBefore)}% -> ${Math.round(100 * classesAfter)}%`,
  );
  t.dispose();
}
if (ONLY.has('range')) {
  for (const seed of [2015, ...SEEDS]) {
    const scores: string[] = [];
    for (const outputRange of ['tanh', 'sigmoid'] as const) {
      const t = await trainerFor(seed, { outputRange });
      const m60 = await t.train(60);
      const m120 = await t.train(60);
      const m150 = await t.train(30);
      scores.push(`${outputRange} ${f(m60.digitScore, 1)}/${f(m120.digitScore, 1)}/${f(m150.digitScore, 1)}`);
      t.dispose();
    }
    console.log(`pixel range, seed ${seed}: digit score at steps 60/120/150: ${scores.join(', ')}`);
  }
}
if (ONLY.has('gfrozen')) {
  for (const seed of SEEDS.slice(0, 2)) {
    const t = await trainerFor(seed, preset('g-frozen'));
    const hit = await runUntil(t, (m) => m.dFake < 0.01 && m.dReal > 0.99, 500, 5);
    console.log(`G frozen, seed ${seed}: D(G(z)) < 0.01 and D(x) > 0.99 at step ${hit ?? 'never (500)'}`);
    t.dispose();
  }
}
if (ONLY.has('strong')) {
  for (const seed of SEEDS.slice(0, 2)) {
    const t = await trainerFor(seed, preset('d-too-strong'));
    const m10 = await t.train(10);
    const m30 = await t.train(20);
    const m100 = await t.train(70);
    console.log(
      `D too strong, seed ${seed}: step 10 D(x) ${f(m10.dReal)} D(G(z)) ${f(m10.dFake)}; step 30 G loss ${f(m30.gLoss, 1)}; ` +
        `step 100 digit score ${f(m100.digitScore)} confidence ${f(m100.confidence)}`,
    );
    t.dispose();
  }
}
