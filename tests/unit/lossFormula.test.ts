import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import {
  discriminatorLoss,
  generatorLossMinimax,
  generatorLossNonSaturating,
  leastSquaresDiscriminatorLoss,
  leastSquaresGeneratorLoss,
} from '../../src/ml/losses/gan';
import { compileLoss, type DiscriminatorOutput } from '../../src/ml/losses/formula/compile';
import { evaluateFormula } from '../../src/ml/losses/formula/evaluate';
import { MAX_FORMULA_LENGTH, parseFormula, parseLoss, type Node } from '../../src/ml/losses/formula/parse';
import { formulaToTex } from '../../src/ml/losses/formula/tex';
import { Rng } from '../../src/ml/random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function tree(text: string): Node {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.tree;
}

function errorOf(text: unknown) {
  const parsed = parseFormula(text);
  if (parsed.ok) throw new Error(`${String(text)} parsed`);
  return parsed.error;
}

/** A compiled loss on given logits, read back as a number (tensors freed). */
function compiledValue(text: string, output: DiscriminatorOutput, real: number[], fake: number[]): number {
  return tf.tidy(() => compileLoss(tree(text), output)(tf.tensor1d(real), tf.tensor1d(fake)).dataSync()[0]);
}

describe('parsing loss formulas', () => {
  it('reads the losses the course teaches and evaluates them to hand-computed values', () => {
    // D(G(z)) = 0.25: −log 0.25 = 1.386294; log(1 − 0.25) = −0.287682.
    expect(evaluateFormula(tree('-log(D(G(z)))'), { real: 0.9, fake: 0.25 })).toBeCloseTo(1.386294, 6);
    expect(evaluateFormula(tree('log(1 - D(G(z)))'), { real: 0.9, fake: 0.25 })).toBeCloseTo(-0.287682, 6);
    // (0.25 − 1)² = 0.5625
    expect(evaluateFormula(tree('(D(G(z)) - 1)^2'), { real: 0.9, fake: 0.25 })).toBeCloseTo(0.5625, 12);
    // hinge on logits 0.5 and −2: max(0, 0.5) + max(0, −1) = 0.5
    expect(evaluateFormula(tree('max(0, 1 - D(x)) + max(0, 1 + D(G(z)))'), { real: 0.5, fake: -2 })).toBeCloseTo(0.5, 12);
  });

  it('follows the usual precedence: -x^2 is -(x^2), powers group to the right, products before sums', () => {
    const at = { real: 3, fake: 2 };
    expect(evaluateFormula(tree('-D(x)^2'), at)).toBe(-9);
    expect(evaluateFormula(tree('2^3^2'), at)).toBe(512);
    expect(evaluateFormula(tree('1 + 2 * D(x) - 4 / D(G(z))'), at)).toBe(5);
    expect(evaluateFormula(tree('1 - D(x) - D(G(z))'), at)).toBe(-4);
  });

  it('accepts the typographic minus, times and the squared sign the lesson prints', () => {
    expect(evaluateFormula(tree('(D(G(z)) − 1)²'), { real: 0, fake: 0.5 })).toBeCloseTo(0.25, 12);
    expect(evaluateFormula(tree('2 × D(x) · 3'), { real: 1, fake: 0 })).toBe(6);
  });

  it('points at the place of each error', () => {
    expect(errorOf('D(x')).toMatchObject({ at: 3, message: expect.stringContaining('closing parenthesis') });
    expect(errorOf('-log(D(G(z))')).toMatchObject({ at: 12 });
    expect(errorOf('D(y)')).toMatchObject({ at: 2, message: expect.stringContaining('x (a real sample) or G(z)') });
    expect(errorOf('log(D(x)) +')).toMatchObject({ at: 11, message: expect.stringContaining('ends too soon') });
    expect(errorOf('max(D(x))')).toMatchObject({ at: 0, message: expect.stringContaining('2 values') });
    expect(errorOf('2 D(x)')).toMatchObject({ at: 2, message: expect.stringContaining('Expected an operator') });
    expect(errorOf('G(z)')).toMatchObject({ at: 0, message: expect.stringContaining('Write it inside D') });
    expect(errorOf('')).toMatchObject({ message: expect.stringContaining('Type a formula') });
    expect(errorOf('1e999')).toMatchObject({ message: expect.stringContaining('too large') });
  });

  it('refuses code: names it does not know, quotes, dots and brackets are errors, and nothing runs', () => {
    let alerted = false;
    const saved = (globalThis as { alert?: unknown }).alert;
    (globalThis as { alert?: unknown }).alert = () => (alerted = true);
    try {
      for (const hostile of [
        "constructor.constructor('alert(1)')()",
        'constructor(1)',
        '__proto__(D(x))',
        'toString(D(x))',
        'hasOwnProperty(1)',
        'D(x)["constructor"]',
        'log`D(x)`',
        '${alert(1)}',
        'eval(1)',
        'Function(1)',
        'import("x")',
        '<script>alert(1)</script>',
      ]) {
        const parsed = parseFormula(hostile);
        expect(parsed.ok, hostile).toBe(false);
      }
    } finally {
      (globalThis as { alert?: unknown }).alert = saved;
    }
    expect(alerted).toBe(false);
    expect(errorOf("constructor.constructor('alert(1)')()")).toMatchObject({ at: 11 });
  });

  it('checks what each player needs: the generator must see D(G(z)), the discriminator something', () => {
    expect(parseLoss('-log(D(x))', 'generator')).toMatchObject({ ok: false, error: { message: expect.stringContaining('must contain D(G(z))') } });
    expect(parseLoss('3', 'discriminator')).toMatchObject({ ok: false });
    expect(parseLoss('-log(D(x)) - log(1 - D(G(z)))', 'discriminator').ok).toBe(true);
    expect(parseLoss('-log(D(G(z)))', 'generator').ok).toBe(true);
  });

  it('never throws and always points inside the text, for thousands of random and hostile strings', () => {
    const rng = new Rng(20261204);
    const pieces = ['D(x)', 'D(G(z))', 'D(', 'G(', 'z', 'x', '(', ')', ',', '+', '-', '*', '/', '^', '−', '²', 'log', 'max', 'exp', 'sqrt', '1', '0.5', '.', 'e', 'e9', '1e-3', ' ', '"', "'", '`', '$', '{', '}', '[', ']', ';', '\\', 'constructor', '__proto__', 'prototype', '\u0000', '\u{1F600}', '\uD800', 'ë', '가', '\n'];
    const texts: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const n = Math.floor(rng.next() * 14);
      let text = '';
      for (let j = 0; j < n; j++) text += pieces[Math.floor(rng.next() * pieces.length)];
      texts.push(text);
    }
    for (let i = 0; i < 1000; i++) {
      // Raw random code units, surrogates included.
      const n = Math.floor(rng.next() * 30);
      texts.push(String.fromCharCode(...Array.from({ length: n }, () => Math.floor(rng.next() * 0x10000))));
    }
    texts.push('('.repeat(5000) + 'D(x)' + ')'.repeat(5000), '-'.repeat(3000) + '1', 'x'.repeat(MAX_FORMULA_LENGTH + 1), '1+'.repeat(99) + '1');
    let parsedCount = 0;
    for (const text of texts) {
      let result: ReturnType<typeof parseFormula> | undefined;
      expect(() => (result = parseFormula(text)), JSON.stringify(text)).not.toThrow();
      const parsed = result!;
      if (parsed.ok) {
        parsedCount += 1;
        // A formula that parses has a finite-or-NaN value and TeX of its own; neither throws.
        expect(() => evaluateFormula(parsed.tree, { real: 0.3, fake: 0.6 })).not.toThrow();
        expect(() => formulaToTex(parsed.tree)).not.toThrow();
      } else {
        expect(parsed.error.at).toBeGreaterThanOrEqual(0);
        expect(parsed.error.at).toBeLessThanOrEqual(text.length);
        expect(parsed.error.message.length).toBeGreaterThan(0);
      }
    }
    expect(parsedCount).toBeGreaterThan(0);
    for (const bad of [null, undefined, 42, {}, ['D(x)']]) expect(parseFormula(bad).ok).toBe(false);
  });
});

/** A random formula tree of the grammar, and a text for it with random spacing and redundant parentheses. */
function randomFormula(rng: Rng, depth: number): { text: string; value: (at: { real: number; fake: number }) => number } {
  const space = () => (rng.next() < 0.3 ? ' ' : '');
  const r = rng.next();
  if (depth <= 0 || r < 0.25) {
    const leaf = rng.int(3);
    if (leaf === 0) {
      const v = Math.round(rng.next() * 1000) / 100;
      return { text: String(v), value: () => v };
    }
    return leaf === 1 ? { text: 'D(x)', value: (at) => at.real } : { text: `D( G( z ) )`, value: (at) => at.fake };
  }
  if (r < 0.4) {
    const inner = randomFormula(rng, depth - 1);
    return { text: `-(${inner.text})`, value: (at) => -inner.value(at) };
  }
  if (r < 0.55) {
    const inner = randomFormula(rng, depth - 1);
    const fn = (['log', 'exp', 'sqrt', 'abs', 'softplus', 'sigmoid', 'relu'] as const)[rng.int(7)];
    const f = { log: Math.log, exp: Math.exp, sqrt: Math.sqrt, abs: Math.abs, softplus: (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v))), sigmoid: (v: number) => 1 / (1 + Math.exp(-v)), relu: (v: number) => Math.max(0, v) }[fn];
    return { text: `${fn}(${space()}${inner.text}${space()})`, value: (at) => f(inner.value(at)) };
  }
  const a = randomFormula(rng, depth - 1);
  const b = randomFormula(rng, depth - 1);
  const op = (['+', '-', '*', '/', '^', 'max', 'min'] as const)[rng.int(7)];
  if (op === 'max' || op === 'min') return { text: `${op}(${a.text},${space()}${b.text})`, value: (at) => Math[op](a.value(at), b.value(at)) };
  const apply = { '+': (x: number, y: number) => x + y, '-': (x: number, y: number) => x - y, '*': (x: number, y: number) => x * y, '/': (x: number, y: number) => x / y, '^': (x: number, y: number) => x ** y }[op];
  return { text: `(${a.text})${space()}${op}${space()}(${b.text})`, value: (at) => apply(a.value(at), b.value(at)) };
}

describe('random formulas of the grammar', () => {
  it('all parse, and parse to what they mean', () => {
    const rng = new Rng(7);
    let checked = 0;
    for (let i = 0; i < 1500; i++) {
      const formula = randomFormula(rng, 4);
      if (formula.text.length > MAX_FORMULA_LENGTH) continue;
      const parsed = parseFormula(formula.text);
      expect(parsed.ok, formula.text).toBe(true);
      const at = { real: 0.2 + rng.next(), fake: 0.1 + rng.next() };
      const want = formula.value(at);
      const got = evaluateFormula((parsed as { tree: Node }).tree, at);
      if (Number.isFinite(want)) expect(got, formula.text).toBeCloseTo(want, 6);
      else expect(Number.isFinite(got), formula.text).toBe(false);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('compiled losses', () => {
  const real = [2.1, -0.7, 0.3, 4.5];
  const fake = [-3.2, 0.4, -0.1, 1.7];

  function course(make: () => tf.Scalar): number {
    return tf.tidy(() => make().dataSync()[0]);
  }

  it('equal the course\'s own losses: minimax, non-saturating, BCE for D, least squares', () => {
    const r = () => tf.tensor1d(real);
    const f = () => tf.tensor1d(fake);
    expect(compiledValue('-log(D(x)) - log(1 - D(G(z)))', 'probability', real, fake)).toBeCloseTo(course(() => discriminatorLoss(r(), f())), 5);
    expect(compiledValue('log(1 - D(G(z)))', 'probability', real, fake)).toBeCloseTo(course(() => generatorLossMinimax(f())), 5);
    expect(compiledValue('-log(D(G(z)))', 'probability', real, fake)).toBeCloseTo(course(() => generatorLossNonSaturating(f())), 5);
    expect(compiledValue('0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2', 'logit', real, fake)).toBeCloseTo(course(() => leastSquaresDiscriminatorLoss(r(), f())), 5);
    expect(compiledValue('0.5*(D(G(z)) - 1)^2', 'logit', real, fake)).toBeCloseTo(course(() => leastSquaresGeneratorLoss(f())), 5);
  });

  it('give the mean of the per-sample value the numeric evaluator computes', () => {
    const text = 'max(0, 1 - D(x)) + max(0, 1 + D(G(z))) + sqrt(abs(D(x))) / 3 - exp(-D(G(z))^2)';
    const expected = real.reduce((sum, _, i) => sum + evaluateFormula(tree(text), { real: real[i], fake: fake[i] }), 0) / real.length;
    expect(compiledValue(text, 'logit', real, fake)).toBeCloseTo(expected, 5);
  });

  it('stay finite where a naive log(sigmoid) is −∞, and their gradients too', () => {
    const extreme = [60, -60];
    expect(Number.isFinite(compiledValue('-log(D(x)) - log(1 - D(G(z)))', 'probability', extreme, [...extreme].reverse()))).toBe(true);
    const grad = tf.tidy(() => {
      const g = tf.grad((l: tf.Tensor) => compileLoss(tree('log(1 - D(G(z)))'), 'probability')(tf.zeros([2]), l));
      return Array.from(g(tf.tensor1d([-60, 60])).dataSync());
    });
    expect(grad.every(Number.isFinite)).toBe(true);
    // Minimax saturates: where D is sure the fake is fake (logit −60), the gradient has vanished.
    expect(Math.abs(grad[0])).toBeLessThan(1e-20);
  });

  it('leave no tensors behind', () => {
    const before = tf.memory().numTensors;
    compiledValue('-log(D(G(z))) + (D(x) - 1)^2', 'probability', real, fake);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('formulas as TeX', () => {
  it('draws fractions, powers and functions, with parentheses only where the reading needs them', () => {
    expect(formulaToTex(tree('-log(D(G(z)))'))).toBe('-\\log\\left(D(G(z))\\right)');
    expect(formulaToTex(tree('(D(G(z)) - 1)^2'))).toBe('{\\left(D(G(z)) - 1\\right)}^{2}');
    expect(formulaToTex(tree('max(0, 1 - D(x)) + max(0, 1 + D(G(z)))'))).toBe('\\max\\left(0, 1 - D(x)\\right) + \\max\\left(0, 1 + D(G(z))\\right)');
    expect(formulaToTex(tree('1 - (D(x) - D(G(z)))'))).toBe('1 - \\left(D(x) - D(G(z))\\right)');
    expect(formulaToTex(tree('(1 - D(x)) - D(G(z))'))).toBe('1 - D(x) - D(G(z))');
    expect(formulaToTex(tree('D(x) / (1 + D(G(z)))'))).toBe('\\frac{D(x)}{1 + D(G(z))}');
    expect(formulaToTex(tree('-(D(x) + 1)'))).toBe('-\\left(D(x) + 1\\right)');
    expect(formulaToTex(tree('2 * 1e-3'))).toBe('2 \\cdot 0.001');
  });
});
