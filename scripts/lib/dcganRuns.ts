/**
 * The seeded DCGAN-cell runs behind the DCGAN lesson's figures, each
 * returning the numbers the lesson quotes: scripts/dcgan-claims.ts prints
 * them and tests/unit/dcganLessonClaims.test.ts asserts them, so the test
 * measures exactly what the script reports. Needs a tfjs backend set up by
 * the caller (wasm, as the unit tests and scripts use).
 */
import { dcganCell, type ImageGanValues } from '../../src/cells/dcgan';
import { defaultsFor } from '../../src/cells/define';
import { createDcganTrainer, loadDigitsAndClassifier } from '../../src/ml/trainers/dcgan';
import type { ImageGanTrainer } from '../../src/ml/trainers/imageGan';
import { nodeTrainerContext } from './nodeContext';

type Metrics = Record<string, number>;

/** The cell's trainer at its defaults plus `values`; the caller disposes it. */
export async function dcganTrainer(seed: number, values: Partial<ImageGanValues> = {}): Promise<ImageGanTrainer> {
  const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, seed);
  return createDcganTrainer({ ...defaultsFor(dcganCell), ...values, seed }, seed, digits, classifier);
}

export function dcganPreset(id: string): Partial<ImageGanValues> {
  const found = dcganCell.presets?.find((p) => p.id === id);
  if (!found) throw new Error(`dcgan has no preset ${id}`);
  return found.values as Partial<ImageGanValues>;
}

/** Trains in chunks of 10 (the cell scores every 10 steps) until `done`; the step it first held at, or null. */
export async function stepWhen(t: ImageGanTrainer, done: (m: Metrics) => boolean, maxSteps: number): Promise<number | null> {
  while (t.stepsDone < maxSteps) if (done(await t.train(10))) return t.stepsDone;
  return null;
}

/** With `dispose`d trainers whatever happens. */
async function withTrainer<T>(seed: number, values: Partial<ImageGanValues>, run: (t: ImageGanTrainer) => Promise<T>): Promise<T> {
  const t = await dcganTrainer(seed, values);
  try {
    return await run(t);
  } finally {
    t.dispose();
  }
}

/** "Train it": steps until score ≥ 4 with confidence ≥ 0.75, until score ≥ 5, and D's mean outputs at step 440 (if reached first). */
export function firstMinute(seed: number): Promise<{ four: number | null; five: number | null; at440: { dReal: number; dFake: number } | null }> {
  return withTrainer(seed, {}, async (t) => {
    let four: number | null = null;
    let at440: { dReal: number; dFake: number } | null = null;
    while (t.stepsDone < 2000) {
      const m = await t.train(10);
      if (four === null && m.digitScore >= 4 && m.confidence >= 0.75) four = t.stepsDone;
      if (t.stepsDone === 440) at440 = { dReal: m.dReal, dFake: m.dFake };
      if (m.digitScore >= 5) return { four, five: t.stepsDone, at440 };
    }
    return { four, five: null, at440 };
  });
}

/** Task score-with-smoothing: the step at which the score passes 4 with label smoothing on. */
export function smoothingPassesFour(seed: number): Promise<number | null> {
  return withTrainer(seed, dcganPreset('label-smoothing'), (t) => stepWhen(t, (m) => m.digitScore > 4, 800));
}

/** Experiment 1, *D too strong*: D's outputs at step 10, the G loss at step 30, the score and confidence at 100. */
export function dTooStrong(seed: number): Promise<{ m10: Metrics; m30: Metrics; m100: Metrics }> {
  return withTrainer(seed, dcganPreset('d-too-strong'), async (t) => {
    const m10 = await t.train(10);
    const m30 = await t.train(20);
    const m100 = await t.train(70);
    return { m10, m30, m100 };
  });
}

/** Experiment 3, *G frozen*: the step at which D(G(z)) < 0.01 and D(x) > 0.99 (every 5 steps). */
export function gFrozenSeparates(seed: number): Promise<number | null> {
  return withTrainer(seed, dcganPreset('g-frozen'), async (t) => {
    while (t.stepsDone < 500) {
      const m = await t.train(5);
      if (m.dFake < 0.01 && m.dReal > 0.99) return t.stepsDone;
    }
    return null;
  });
}

/** Experiment 3, *Freeze D* after 150 normal steps: before, 20 steps after, and the worst of the next 100. */
export function freezeDAfter150(seed: number) {
  return withTrainer(seed, {}, async (t) => {
    const before = await t.train(150);
    const topClassBefore = Math.max(...(await t.render()).arrays.histogram);
    t.setHyperparameters({ freezeD: true });
    const after20 = await t.train(20);
    let lowestScore = after20.digitScore;
    let last = after20;
    for (let i = 0; i < 8; i++) {
      last = await t.train(10);
      lowestScore = Math.min(lowestScore, last.digitScore);
    }
    const topClassAfter = Math.max(...(await t.render()).arrays.histogram);
    return { before, after20, after100: last, lowestScore, topClassBefore, topClassAfter };
  });
}

/** Experiment 5: the digit score at step 120 with each pixel range. */
export async function pixelRangeAt120(seed: number): Promise<{ tanh: number; sigmoid: number }> {
  const at120 = (outputRange: 'tanh' | 'sigmoid') => withTrainer(seed, { outputRange }, async (t) => (await t.train(120)).digitScore);
  return { tanh: await at120('tanh'), sigmoid: await at120('sigmoid') };
}
