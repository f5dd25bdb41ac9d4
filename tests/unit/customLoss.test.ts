/**
 * The "type your own loss" cell: each preset's formulas are the course's own
 * losses (values and gradients on random logits), the text control refuses
 * what cannot train and points at the place, formulas travel through links
 * intact, and the trainer trains, keeps the last good formula when a typed one
 * diverges, and leaves no tensors behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { customLossCell, LOSS_FORMULAS, type CustomLossValues } from '../../src/cells/customLoss';
import { defaultsFor } from '../../src/cells/define';
import { checkValue, defaultValues, mergeValues, readUrlOverrides, shareUrl } from '../../src/cells/params';
import type { TextSpec } from '../../src/cells/schema';
import { english, SentenceError } from '../../src/i18n/sentence';
import {
  discriminatorLoss,
  generatorLossMinimax,
  generatorLossNonSaturating,
  hingeDiscriminatorLoss,
  hingeGeneratorLoss,
  leastSquaresDiscriminatorLoss,
  leastSquaresGeneratorLoss,
} from '../../src/ml/losses/gan';
import { checkLoss } from '../../src/ml/losses/formula/check';
import { compileLoss, type DiscriminatorOutput } from '../../src/ml/losses/formula/compile';
import type { Player } from '../../src/ml/losses/formula/parse';
import { Rng } from '../../src/ml/random';
import { CustomLossTrainer } from '../../src/ml/trainers/customLoss';
import { useBackend } from './helpers/backend';

beforeAll(async () => {
  await useBackend('wasm');
});

type CourseLoss = (real: tf.Tensor, fake: tf.Tensor) => tf.Scalar;

/** The value and the gradient (for both logit batches) of a loss, read back as numbers. */
function valueAndGrads(loss: CourseLoss, real: number[], fake: number[]): { value: number; grads: number[][] } {
  return tf.tidy(() => {
    // 0·Σ of each input keeps both on the tape when a loss uses only one (its gradient for the other is then 0).
    const tied = (r: tf.Tensor, f: tf.Tensor) => tf.add(loss(r, f), tf.mul(0, tf.add(tf.sum(r), tf.sum(f)))) as tf.Scalar;
    const { value, grads } = tf.valueAndGrads(tied)([tf.tensor1d(real), tf.tensor1d(fake)]);
    return { value: value.dataSync()[0], grads: grads.map((g) => Array.from(g.dataSync())) };
  });
}

function compiled(text: string, player: Player, output: DiscriminatorOutput): CourseLoss {
  const checked = checkLoss(text, player);
  if (!checked.ok) throw new Error(`${text}: ${checked.error.message}`);
  return compileLoss(checked.tree, output);
}

const presetValues = (id: string) => ({ ...defaultsFor(customLossCell), ...customLossCell.presets!.find((p) => p.id === id)!.values }) as CustomLossValues;

describe('the presets are the losses the course teaches', () => {
  const course: Record<string, { d: CourseLoss; g: CourseLoss }> = {
    minimax: { d: (r, f) => discriminatorLoss(r, f), g: (_, f) => generatorLossMinimax(f) },
    'non-saturating': { d: (r, f) => discriminatorLoss(r, f), g: (_, f) => generatorLossNonSaturating(f) },
    'least-squares': { d: (r, f) => leastSquaresDiscriminatorLoss(r, f), g: (_, f) => leastSquaresGeneratorLoss(f) },
    hinge: { d: (r, f) => hingeDiscriminatorLoss(r, f), g: (_, f) => hingeGeneratorLoss(f) },
  };

  it('has exactly these four presets', () => {
    expect(customLossCell.presets!.map((p) => p.id).sort()).toEqual(Object.keys(course).sort());
  });

  for (const [id, losses] of Object.entries(course)) {
    it(`${id}: equal values and gradients to src/ml/losses on random logits`, () => {
      const hp = presetValues(id);
      const rng = new Rng(id.length * 101);
      for (let trial = 0; trial < 20; trial++) {
        const real = Array.from({ length: 16 }, () => 4 * rng.normal());
        const fake = Array.from({ length: 16 }, () => 4 * rng.normal());
        for (const [player, text, want] of [
          ['discriminator', hp.discriminatorLoss, losses.d],
          ['generator', hp.generatorLoss, losses.g],
        ] as const) {
          const got = valueAndGrads(compiled(text, player, hp.dOutput), real, fake);
          const expected = valueAndGrads(want, real, fake);
          expect(got.value, `${id} ${player}`).toBeCloseTo(expected.value, 4);
          got.grads.flat().forEach((g, i) => expect(g, `${id} ${player} gradient ${i}`).toBeCloseTo(expected.grads.flat()[i], 5));
        }
      }
    });
  }

  it('compiles to hand-computed gradients', () => {
    // −log σ(l) has derivative σ(l) − 1; at l = 0 over a batch of 2 the mean gives (0.5 − 1)/2 = −0.25 each.
    const ns = valueAndGrads(compiled('-log(D(G(z)))', 'generator', 'probability'), [0, 0], [0, 0]);
    expect(ns.value).toBeCloseTo(Math.log(2), 6);
    expect(ns.grads[1]).toEqual([-0.25, -0.25]);
    // ½(l − 1)² at l = 3 and −1, batch mean: values 2 and 2; derivatives (l − 1)/2 = 1 and −1.
    const ls = valueAndGrads(compiled('0.5*(D(G(z)) - 1)^2', 'generator', 'logit'), [0, 0], [3, -1]);
    expect(ls.value).toBeCloseTo(2, 6);
    expect(ls.grads[1][0]).toBeCloseTo(1, 6);
    expect(ls.grads[1][1]).toBeCloseTo(-1, 6);
    // max(0, 1 − l) at l = 0.5 (inside the margin) and 2 (outside): derivative −1/2 and 0.
    const hinge = valueAndGrads(compiled('max(0, 1 - D(x))', 'discriminator', 'logit'), [0.5, 2], [0, 0]);
    expect(hinge.grads[0]).toEqual([-0.5, 0]);
  });
});

describe('the formula controls', () => {
  const dSpec = customLossCell.params.find((p) => p.key === 'discriminatorLoss') as TextSpec;
  const gSpec = customLossCell.params.find((p) => p.key === 'generatorLoss') as TextSpec;

  it('accept every preset formula', () => {
    for (const text of Object.values(LOSS_FORMULAS)) {
      const spec = text.includes('D(x)') ? dSpec : gSpec;
      expect(checkValue(spec, text), text).toEqual({ ok: true, value: text });
    }
  });

  it('refuse what cannot train, with a message and the place it is about', () => {
    const refusal = (spec: TextSpec, raw: unknown) => {
      const checked = checkValue(spec, raw);
      if (checked.ok) throw new Error(`${String(raw)} was accepted`);
      return { text: english(checked.message), span: checked.span };
    };
    expect(refusal(dSpec, 'D(x')).toMatchObject({ text: expect.stringContaining('closing parenthesis'), span: { at: 3 } });
    expect(refusal(gSpec, "constructor.constructor('alert(1)')()")).toMatchObject({ text: expect.stringContaining('is not part of a loss formula'), span: { at: 11, length: 1 } });
    expect(refusal(gSpec, '0 * D(G(z))').text).toContain('derivative is zero everywhere');
    expect(refusal(gSpec, 'D(G(z)) - D(G(z))').text).toContain('derivative is zero everywhere');
    expect(refusal(dSpec, 'x'.repeat(dSpec.maxLength + 1))).toMatchObject({ span: { at: dSpec.maxLength } });
    expect(refusal(dSpec, 42).text).toContain('enter text');
    expect(refusal(gSpec, '-log(D(x))').text).toContain('must contain D(G(z))');
  });

  it('never throw, whatever arrives from a control or a link: thousands of random and hostile texts get an answer', () => {
    const rng = new Rng(2112);
    const pieces = ['D(x)', 'D(G(z))', 'constructor', '.', "'", '(', ')', '__proto__', 'alert(1)', '${', '}', '`', '<script>', '0', '*', '-', '^', 'exp(', 'log(', 'max(', ',', '1e308', '1e-400', '９', '가', '\u0000', '\uD800', ' '];
    const texts: unknown[] = [null, undefined, 7, {}, [], '(('.repeat(150), '-'.repeat(200), '1'.repeat(200)];
    for (let i = 0; i < 3000; i++) {
      const n = rng.int(16);
      let text = '';
      for (let j = 0; j < n; j++) text += pieces[rng.int(pieces.length)];
      texts.push(text);
    }
    let accepted = 0;
    for (const raw of texts) {
      for (const spec of [dSpec, gSpec]) {
        let checked: ReturnType<typeof checkValue> | undefined;
        expect(() => (checked = checkValue(spec, raw)), JSON.stringify(raw)).not.toThrow();
        if (checked!.ok) accepted += 1;
        else if (typeof raw === 'string') expect(checked!.span!.at).toBeLessThanOrEqual(raw.length);
      }
    }
    // Some random texts are formulas (e.g. "D(x)*D(G(z))"): the check is not a blanket refusal.
    expect(accepted).toBeGreaterThan(0);
  });

  it('travel through a shared link intact, and a bad one in a link is ignored with a notice', () => {
    const def = customLossCell;
    const base = defaultValues(def);
    const values = { ...base, discriminatorLoss: LOSS_FORMULAS.hingeD, generatorLoss: '(D(G(z)) − 1)² / 2 + 0*D(x)', dOutput: 'logit' };
    const url = shareUrl(def, 'custom-loss', values, base, new URL('https://example.org/lessons/gan-gallery/'));
    const merged = mergeValues(def, base, readUrlOverrides('custom-loss', url.searchParams));
    expect(merged.rejected).toEqual([]);
    expect(merged.values).toEqual(values);
    const hostile = mergeValues(def, base, { generatorLoss: "constructor.constructor('alert(1)')()", discriminatorLoss: 'D(x' });
    expect(hostile.values).toEqual(base);
    expect(hostile.rejected).toHaveLength(2);
  });
});

describe('the trainer', () => {
  it('trains the least-squares preset, its losses move, and it frees its tensors', () => {
    const before = tf.memory().numTensors;
    const trainer = new CustomLossTrainer(presetValues('least-squares'), 3);
    const first = trainer.train(1);
    const inMemory = tf.memory().numTensors;
    const later = trainer.train(60);
    expect(tf.memory().numTensors).toBe(inMemory);
    for (const m of [first, later]) for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
    expect(later.dLoss).not.toBeCloseTo(first.dLoss, 3);
    expect(later.gLoss).not.toBeCloseTo(first.gLoss, 3);
    const payload = trainer.render();
    expect(Array.from(payload.arrays.curveSteps)).toEqual([1, 61]);
    expect(payload.arrays.dLoss[1]).toBeCloseTo(later.dLoss, 5);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains on a formula typed while it runs: the readout follows the new loss', () => {
    const trainer = new CustomLossTrainer(presetValues('non-saturating'), 4);
    trainer.train(5);
    const ns = trainer.train(0);
    trainer.setHyperparameters({ generatorLoss: LOSS_FORMULAS.minimaxG });
    const minimax = trainer.train(0);
    // Same weights, other formula: −E[log D] > 0 while E[log(1 − D)] < 0.
    expect(ns.gLoss).toBeGreaterThan(0);
    expect(minimax.gLoss).toBeLessThan(0);
    trainer.dispose();
  });

  it('keeps the last good formula, and the weights from before, when a typed one diverges', () => {
    const trainer = new CustomLossTrainer(presetValues('least-squares'), 5);
    trainer.train(10);
    const before = trainer.train(0);
    const inMemory = tf.memory().numTensors;
    // The lesson's example: it passes the checks, but raw scores of fakes are negative and (−s)^1.5 is NaN.
    const typed = '0.5*(D(x) - 1)^2 + D(G(z))^1.5';
    trainer.setHyperparameters({ discriminatorLoss: typed });
    let error: unknown;
    try {
      trainer.train(5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SentenceError);
    const said = english((error as SentenceError).sentence);
    expect(said).toContain(typed);
    expect(said).toContain(`the last formula that worked, ${LOSS_FORMULAS.leastSquaresD}`);
    expect((error as SentenceError).hint).toBeDefined();
    expect(tf.memory().numTensors).toBe(inMemory);
    // Weights back as they were; training goes on with the last good formula.
    const after = trainer.train(0);
    expect(after.dLoss).toBeCloseTo(before.dLoss, 5);
    expect(after.gLoss).toBeCloseTo(before.gLoss, 5);
    const next = trainer.train(5);
    expect(Number.isFinite(next.dLoss)).toBe(true);
    trainer.dispose();
  });
});
