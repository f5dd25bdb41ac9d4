/**
 * `npx tsx scripts/dcgan-claims.ts`: the DCGAN lesson's run figures at the
 * cell's current defaults, from seeded Node runs of the cell's trainer
 * (./lib/dcganRuns.ts; the figures lessons/dcgan.mdx and lessons/ko/dcgan.mdx
 * quote, asserted by tests/unit/dcganLessonClaims.test.ts and
 * dcganLessonClaims.experiments.test.ts). Rerun it after
 * changing the cell's defaults and update both editions and the test.
 *
 *   npx tsx scripts/dcgan-claims.ts [--seeds 1,2,3] [--only first,smoothing,freeze,range,strong,gfrozen,smoothdx,freeze5]
 */
import '../src/ml/gradients';
import { startWasmBackend } from './lib/wasmBackend';
import { dTooStrong, firstMinute, freezeDAfter150, gFrozenSeparates, pixelRangeAt120, smoothingAfterStrong, smoothingFromStart, smoothingPassesFour } from './lib/dcganRuns';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const SEEDS = option('seeds', '1,2,3').split(',').map(Number);
const ONLY = new Set(option('only', 'first,smoothing,freeze,range,strong,gfrozen,smoothdx,freeze5').split(','));
const f = (x: number, d = 2) => x.toFixed(d);

await startWasmBackend();
if (ONLY.has('first')) {
  for (const seed of SEEDS) {
    const { four, five, at440 } = await firstMinute(seed);
    console.log(
      `first minute, seed ${seed}: score >= 4 with confidence >= 0.75 at step ${four ?? 'never'}, >= 5 at step ${five ?? 'never (2000)'}` +
        (at440 ? `; step 440: mean D(x) ${f(at440.dReal)}, mean D(G(z)) ${f(at440.dFake)}` : ''),
    );
  }
}
if (ONLY.has('smoothing')) {
  for (const seed of SEEDS) console.log(`label smoothing, seed ${seed}: score > 4 at step ${(await smoothingPassesFour(seed)) ?? 'never (800)'}`);
}
if (ONLY.has('freeze')) {
  const r = await freezeDAfter150(1);
  console.log(
    `freeze D after 150 steps, seed 1: D(G(z)) ${f(r.before.dFake)} -> ${f(r.after20.dFake)} after 20 steps -> ${f(r.after100.dFake)} after 100; ` +
      `G loss ${f(r.after100.gLoss)}; score ${f(r.before.digitScore, 1)} -> lowest ${f(r.lowestScore, 1)} within 100; ` +
      `most common class ${Math.round(100 * r.topClassBefore)}% -> ${Math.round(100 * r.topClassAfter)}%`,
  );
}
if (ONLY.has('range')) {
  for (const seed of [2015, ...SEEDS]) {
    const r = await pixelRangeAt120(seed);
    console.log(`pixel range, seed ${seed}: score at step 120, tanh ${f(r.tanh, 1)}, sigmoid ${f(r.sigmoid, 1)}`);
  }
}
if (ONLY.has('gfrozen')) {
  for (const seed of SEEDS.slice(0, 2)) {
    const { separatedAt, at40, at200 } = await gFrozenSeparates(seed);
    console.log(
      `G frozen, seed ${seed}: D(G(z)) < 0.01 and D(x) > 0.99 at step ${separatedAt ?? 'never (200)'}; ` +
        `D loss ${f(at40.dLoss, 4)} -> ${f(at200.dLoss, 4)}, G loss ${f(at40.gLoss, 1)} -> ${f(at200.gLoss, 1)} (steps 40 -> 200)`,
    );
  }
}
if (ONLY.has('strong')) {
  for (const seed of SEEDS) {
    const { m10, m30, m100, dFake, dLoss, escapeAfter40 } = await dTooStrong(seed);
    const firstLeak = dFake.findIndex((x, i) => i >= 1 && x >= 0.01) + 1;
    console.log(
      `D too strong, seed ${seed}: step 10 D(x) ${f(m10.dReal, 4)} D(G(z)) ${f(m10.dFake, 4)}; step 30 G loss ${f(m30.gLoss, 1)}; ` +
        `step 100 score ${f(m100.digitScore)} confidence ${f(m100.confidence)}; D(G(z)) < 0.01 from step 2 until step ${firstLeak || 'never'}; ` +
        `highest D loss over steps 2-45 ${f(Math.max(...dLoss.slice(1, 45)), 4)}; first step after 40 with D(G(z)) > 0.5: ${escapeAfter40 || 'none'}`,
    );
  }
}
if (ONLY.has('smoothdx')) {
  for (const seed of SEEDS.slice(0, 2)) {
    const fresh = await smoothingFromStart(seed);
    const after = await smoothingAfterStrong(seed);
    console.log(
      `label smoothing, seed ${seed}: from the start, highest mean D(x) ${f(Math.max(...fresh.dReal), 3)}, after step 100 ${f(Math.max(...fresh.dReal.slice(9)), 3)}, lowest D loss ${f(fresh.lowestDLoss, 3)}; ` +
        `ticked after 30 steps of D too strong: D(x) ${f(after.before, 4)} -> ${after.after.map((x) => f(x, 2)).join(' ')} (steps 40-130)`,
    );
  }
}
if (ONLY.has('freeze5')) {
  for (const seed of SEEDS.slice(0, 2)) {
    const r = await firstMinute(seed, true);
    console.log(`Freeze D once the score passes 5, seed ${seed}: score 5 at step ${r.five ?? 'never'}, lowest in the next 300 steps ${r.lowestFrozen === null ? '-' : f(r.lowestFrozen)}`);
  }
}
