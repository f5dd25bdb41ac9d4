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

/**
 * "Train it": steps until score ≥ 4 with confidence ≥ 0.75, until score ≥ 5, and D's mean outputs at step 440 (if
 * reached first). With `thenFreezeD` the run goes on as the checkpoints' "Try it" says: *Freeze D* ticked once the
 * score passes 5, and the lowest score of the next 300 steps (sharing the run keeps the test's time down).
 */
export function firstMinute(
  seed: number,
  thenFreezeD = false,
): Promise<{ four: number | null; five: number | null; at440: { dReal: number; dFake: number } | null; lowestFrozen: number | null }> {
  return withTrainer(seed, {}, async (t) => {
    let four: number | null = null;
    let at440: { dReal: number; dFake: number } | null = null;
    while (t.stepsDone < 2000) {
      const m = await t.train(10);
      if (four === null && m.digitScore >= 4 && m.confidence >= 0.75) four = t.stepsDone;
      if (t.stepsDone === 440) at440 = { dReal: m.dReal, dFake: m.dFake };
      if (m.digitScore < 5) continue;
      const five = t.stepsDone;
      if (!thenFreezeD) return { four, five, at440, lowestFrozen: null };
      t.setHyperparameters({ freezeD: true });
      let lowestFrozen = m.digitScore;
      for (let i = 0; i < 30; i++) lowestFrozen = Math.min(lowestFrozen, (await t.train(10)).digitScore);
      return { four, five, at440, lowestFrozen };
    }
    return { four, five: null, at440, lowestFrozen: null };
  });
}

/** Task score-with-smoothing: the step at which the score passes 4 with label smoothing on. */
export function smoothingPassesFour(seed: number): Promise<number | null> {
  return withTrainer(seed, dcganPreset('label-smoothing'), (t) => stepWhen(t, (m) => m.digitScore > 4, 800));
}

/**
 * Experiment 1, *D too strong*, step by step for 100 steps: D's outputs at step 10, the G loss at step 30, the score
 * and confidence at 100, every step's mean D(G(z)) and D loss (index = step − 1) for the task's hint, and the first
 * step after 40 at which the generator escapes (D(G(z)) > ½; 0: none).
 */
export function dTooStrong(seed: number): Promise<{ m10: Metrics; m30: Metrics; m100: Metrics; dFake: number[]; dLoss: number[]; escapeAfter40: number }> {
  return withTrainer(seed, dcganPreset('d-too-strong'), async (t) => {
    const byStep: Metrics[] = [];
    while (t.stepsDone < 100) byStep.push(await t.train(1));
    const dFake = byStep.map((m) => m.dFake);
    const escapeAfter40 = dFake.findIndex((x, i) => i >= 40 && x > 0.5) + 1;
    return { m10: byStep[9], m30: byStep[29], m100: byStep[99], dFake, dLoss: byStep.map((m) => m.dLoss), escapeAfter40 };
  });
}

/** Experiment 3, *G frozen*: the step at which D(G(z)) < 0.01 and D(x) > 0.99 (every 5 steps), and the losses at 40 and 200. */
export function gFrozenSeparates(seed: number): Promise<{ separatedAt: number | null; at40: Metrics; at200: Metrics }> {
  return withTrainer(seed, dcganPreset('g-frozen'), async (t) => {
    let separatedAt: number | null = null;
    let at40: Metrics = {};
    let m: Metrics = {};
    while (t.stepsDone < 200) {
      m = await t.train(5);
      if (separatedAt === null && m.dFake < 0.01 && m.dReal > 0.99) separatedAt = t.stepsDone;
      if (t.stepsDone === 40) at40 = m;
    }
    return { separatedAt, at40, at200: m };
  });
}

/** Experiment 2, *Label smoothing* from a fresh start: mean D(x) every 10 steps to 300 (index = step / 10 − 1), and the lowest D loss. */
export function smoothingFromStart(seed: number): Promise<{ dReal: number[]; lowestDLoss: number }> {
  return withTrainer(seed, dcganPreset('label-smoothing'), async (t) => {
    const dReal: number[] = [];
    let lowestDLoss = Infinity;
    while (t.stepsDone < 300) {
      const m = await t.train(10);
      dReal.push(m.dReal);
      lowestDLoss = Math.min(lowestDLoss, m.dLoss);
    }
    return { dReal, lowestDLoss };
  });
}

/** Experiment 2 with *D too strong*: 30 steps, then label smoothing ticked; mean D(x) at 30 and every 10 steps from 40 to 130. */
export function smoothingAfterStrong(seed: number): Promise<{ before: number; after: number[] }> {
  return withTrainer(seed, dcganPreset('d-too-strong'), async (t) => {
    const before = (await t.train(30)).dReal;
    t.setHyperparameters({ labelSmoothing: true });
    const after: number[] = [];
    while (t.stepsDone < 130) after.push((await t.train(10)).dReal);
    return { before, after };
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
