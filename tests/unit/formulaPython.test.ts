/**
 * Loss formulas translated to TensorFlow (src/ml/losses/formula/python.ts),
 * run for real: /usr/bin/python3 has no TensorFlow, so the generated text is
 * evaluated against a small pure-Python stand-in for the tf functions it
 * may call (SHIM below: IEEE semantics as TensorFlow has them, inf and nan
 * instead of Python's exceptions and complex numbers, on a batch of floats).
 * The stand-in is what makes this a test of the translation, not of
 * TensorFlow: every name the translation emits must exist in it, and its
 * value must equal the course's evaluator and the compiled tfjs loss.
 */
import { execFileSync } from 'node:child_process';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { customLossCell, LOSS_FORMULAS } from '../../src/cells/customLoss';
import { checkLoss } from '../../src/ml/losses/formula/check';
import { compileLoss, type DiscriminatorOutput } from '../../src/ml/losses/formula/compile';
import { evaluateFormula } from '../../src/ml/losses/formula/evaluate';
import { parseFormula, type Node, type Player } from '../../src/ml/losses/formula/parse';
import { formulaToPython, lossToPython } from '../../src/ml/losses/formula/python';
import { Rng } from '../../src/ml/random';

const PYTHON = '/usr/bin/python3';

/** The tf functions the translation may emit, over lists of floats (a batch), with TensorFlow's float semantics. */
const SHIM = String.raw`
import json, math, sys

def _nan_or(f):
    def g(*xs):
        if any(math.isnan(x) for x in xs):
            return math.nan
        return f(*xs)
    return g

def _div(a, b):
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b

def _pow(a, b):
    try:
        r = a ** b
    except ZeroDivisionError:  # 0.0 ** -1
        return math.inf
    except OverflowError:
        odd = float(b).is_integer() and int(b) % 2 == 1
        return -math.inf if a < 0 and odd else math.inf
    return math.nan if isinstance(r, complex) else float(r)

def _exp(a):
    try:
        return math.exp(a)
    except OverflowError:
        return math.inf

def _mul(a, b):
    return a * b

def _log(a):
    if math.isnan(a) or a < 0:
        return math.nan
    return -math.inf if a == 0 else math.log(a)

def _softplus(v):
    if math.isnan(v):
        return v
    if math.isinf(v):
        return v if v > 0 else 0.0
    return max(v, 0.0) + math.log1p(math.exp(-abs(v)))

def _sigmoid(v):
    return _div(1.0, 1.0 + _exp(-v))

class T:
    """A float32-free stand-in for a 1-D tensor."""
    def __init__(self, xs):
        self.xs = [float(x) for x in xs]
    def _zip(self, other, f, swap=False):
        return _map2(lambda a, b: f(b, a) if swap else f(a, b))(self, other)
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: a + b, True)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: a - b, True)
    def __mul__(self, o): return self._zip(o, _mul)
    def __rmul__(self, o): return self._zip(o, _mul, True)
    def __truediv__(self, o): return self._zip(o, _div)
    def __rtruediv__(self, o): return self._zip(o, _div, True)
    def __pow__(self, o): return self._zip(o, _pow)
    def __rpow__(self, o): return self._zip(o, _pow, True)
    def __neg__(self): return T([-a for a in self.xs])

def _t(x):
    return x if isinstance(x, T) else T([float(x)])

def _map(f):
    return lambda x: T([f(a) for a in _t(x).xs])

def _map2(f):
    # Elementwise with broadcasting: a scalar (one element) meets every element of a batch.
    def g(a, b):
        a, b = _t(a), _t(b)
        n = max(len(a.xs), len(b.xs))
        ax = a.xs * n if len(a.xs) == 1 else a.xs
        bx = b.xs * n if len(b.xs) == 1 else b.xs
        return T([f(x, y) for x, y in zip(ax, bx)])
    return g

class _Namespace:
    pass

tf = _Namespace()
tf.math = _Namespace()
tf.nn = _Namespace()
tf.math.log = _map(_log)
tf.math.log_sigmoid = _map(lambda v: -_softplus(-v))
tf.math.divide = _map2(_div)
tf.maximum = _map2(_nan_or(max))
tf.minimum = _map2(_nan_or(min))
tf.pow = _map2(_pow)
tf.exp = _map(_exp)
tf.sqrt = _map(lambda v: math.nan if math.isnan(v) or v < 0 else math.sqrt(v))
tf.abs = _map(abs)
tf.sigmoid = _map(_sigmoid)
tf.nn.softplus = _map(_softplus)
tf.nn.relu = _map(_nan_or(lambda v: max(v, 0.0)))
tf.reduce_mean = lambda x: math.fsum(_t(x).xs) / len(_t(x).xs)

def run(case):
    real_logits, fake_logits = T(case['real']), T(case['fake'])
    prob = case['output'] == 'probability'
    names = {
        'tf': tf,
        'real_logits': real_logits,
        'fake_logits': fake_logits,
        'd_real': tf.sigmoid(real_logits) if prob else real_logits,
        'd_fake': tf.sigmoid(fake_logits) if prob else fake_logits,
        '__builtins__': {},
    }
    # Only names the shim defines exist: a translation that emits anything else fails here.
    return eval(compile('tf.reduce_mean(' + case['expr'] + ')', '<loss>', 'eval'), names)

out = []
for case in json.load(sys.stdin):
    v = run(case)
    # As JavaScript's Number() reads them: Infinity, -Infinity, NaN.
    out.append(repr(v) if math.isfinite(v) else 'NaN' if math.isnan(v) else ('Infinity' if v > 0 else '-Infinity'))
print(json.dumps(out))
`;

interface Case {
  expr: string;
  real: number[];
  fake: number[];
  output: DiscriminatorOutput;
}

/** Runs each case's expression in python3 with the shim; the mean over the batch, as a number. */
function runPython(cases: readonly Case[]): number[] {
  const out = execFileSync(PYTHON, ['-c', SHIM], { input: JSON.stringify(cases), encoding: 'utf8' });
  return (JSON.parse(out) as string[]).map(Number);
}

function tree(text: string): Node {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.tree;
}

const REAL_LOGITS = [2.1, -0.7, 0.3, 1.45, -2.6];
const FAKE_LOGITS = [-1.2, 0.4, -0.1, 1.7, 0.05];
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** The evaluator's per-sample value averaged over the batch, D(·) read as `output` says. */
function evaluatorMean(text: string, output: DiscriminatorOutput, real = REAL_LOGITS, fake = FAKE_LOGITS): number {
  const d = output === 'probability' ? sigmoid : (v: number) => v;
  const values = real.map((r, i) => evaluateFormula(tree(text), { real: d(r), fake: d(fake[i]!) }));
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** What the cell trains on: the compiled tfjs loss on the same logits. */
function tfjsValue(text: string, output: DiscriminatorOutput, real = REAL_LOGITS, fake = FAKE_LOGITS): number {
  return tf.tidy(() => compileLoss(tree(text), output)(tf.tensor1d(real), tf.tensor1d(fake)).dataSync()[0]!);
}

function expectClose(got: number, want: number, relative: number, what: string): void {
  if (!Number.isFinite(want)) {
    expect(got, what).toBe(want);
    return;
  }
  expect(Math.abs(got - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(want)));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Every (formula, player, mode) a preset of the cell trains with, and the default. */
function presetLosses(): { text: string; player: Player; output: DiscriminatorOutput; label: string }[] {
  const defaults = Object.fromEntries(customLossCell.params.map((p) => [p.key, p.default])) as Record<string, unknown>;
  const out: { text: string; player: Player; output: DiscriminatorOutput; label: string }[] = [];
  for (const preset of customLossCell.presets ?? []) {
    const values = { ...defaults, ...preset.values };
    const output = values.dOutput as DiscriminatorOutput;
    out.push({ text: values.discriminatorLoss as string, player: 'discriminator', output, label: `${preset.id} D` });
    out.push({ text: values.generatorLoss as string, player: 'generator', output, label: `${preset.id} G` });
  }
  return out;
}

describe('loss formulas translated to TensorFlow', () => {
  it('reads as a learner would write it in Keras', () => {
    expect(formulaToPython(tree(LOSS_FORMULAS.crossEntropyD), 'probability')).toBe('-tf.math.log_sigmoid(real_logits) - tf.math.log_sigmoid(-fake_logits)');
    expect(formulaToPython(tree(LOSS_FORMULAS.nonSaturatingG), 'probability')).toBe('-tf.math.log_sigmoid(fake_logits)');
    expect(formulaToPython(tree(LOSS_FORMULAS.leastSquaresD), 'logit')).toBe('0.5 * (d_real - 1)**2 + 0.5 * d_fake**2');
    expect(formulaToPython(tree(LOSS_FORMULAS.hingeD), 'logit')).toBe('tf.maximum(0.0, 1.0 - d_real) + tf.maximum(0.0, 1.0 + d_fake)');
    expect(formulaToPython(tree(LOSS_FORMULAS.hingeG), 'logit')).toBe('-d_fake');
    // A raw score has no stable log of a sigmoid: the log is floored as in the cell.
    expect(formulaToPython(tree('-log(D(x))'), 'logit')).toBe('-tf.math.log(tf.maximum(d_real, 1e-12))');
  });

  it('keeps the formula’s grouping where Python’s differs or could be misread', () => {
    const cases: [string, string][] = [
      ['-D(x)^2', '-d_real**2'],
      ['(-D(x))^2', '(-d_real)**2'],
      ['D(x)^D(G(z))^2', 'd_real**d_fake**2'],
      ['(D(x)^2)^3', '(d_real**2)**3'],
      ['D(x)^-1', 'd_real**-1'],
      ['D(x) - (D(G(z)) - 1)', 'd_real - (d_fake - 1)'],
      ['D(x) / (2 * D(G(z)))', 'd_real / (2 * d_fake)'],
      ['D(x) - -D(G(z))', 'd_real - -d_fake'],
      // Constants alone go through tf, whose 1/0 is inf and (-8)^(1/3) nan, not a Python exception.
      ['min(0, 1/0) + D(x)', 'tf.minimum(0.0, tf.math.divide(1.0, 0.0)) + d_real'],
      ['2^-1 * D(x)', 'tf.pow(2.0, -1.0) * d_real'],
    ];
    for (const [text, python] of cases) expect(formulaToPython(tree(text), 'logit'), text).toBe(python);
  });

  it('gives no Python for a formula that would not train, so the page keeps the last one that did', () => {
    expect(lossToPython('log(D(x)', 'discriminator', 'probability')).toBeNull();
    expect(lossToPython('-log(D(x))', 'generator', 'probability')).toBeNull(); // no D(G(z)): no gradient for G
    expect(lossToPython('0 * D(G(z))', 'generator', 'logit')).toBeNull();
    expect(lossToPython('__import__("os")', 'discriminator', 'logit')).toBeNull();
    expect(lossToPython(LOSS_FORMULAS.hingeG, 'generator', 'logit')).toBe('-d_fake');
  });

  it('every preset’s losses, run in Python, equal the evaluator and the tfjs loss the cell trains on', () => {
    const losses = presetLosses();
    expect(losses.length).toBe(8);
    const cases = losses.map((l) => ({ expr: lossToPython(l.text, l.player, l.output)!, real: REAL_LOGITS, fake: FAKE_LOGITS, output: l.output }));
    const got = runPython(cases);
    losses.forEach((l, i) => {
      expectClose(got[i]!, evaluatorMean(l.text, l.output), 1e-12, l.label);
      expectClose(got[i]!, tfjsValue(l.text, l.output), 1e-5, l.label);
    });
  });

  it('stays finite where the tfjs loss does: log D of a sure discriminator', () => {
    const real = [40, -40];
    const fake = [-40, 40];
    const expr = lossToPython(LOSS_FORMULAS.crossEntropyD, 'discriminator', 'probability')!;
    const [got] = runPython([{ expr, real, fake, output: 'probability' }]);
    expect(Number.isFinite(got)).toBe(true);
    expectClose(got!, tfjsValue(LOSS_FORMULAS.crossEntropyD, 'probability', real, fake), 1e-5, 'extreme logits');
  });

  it('hand-picked edge formulas: the Python gives the tfjs loss’s value, inf and nan included', () => {
    const formulas: [string, DiscriminatorOutput][] = [
      ['min(0, 1/0) + D(x)', 'logit'],
      ['2^-1 * D(x) + exp(2) * D(G(z))', 'logit'],
      ['-D(x)^2 + (-D(G(z)))^2', 'logit'],
      ['2^3^0.5 * D(x)', 'logit'],
      ['sqrt(abs(D(x))) / 3 - exp(-D(G(z))^2)', 'logit'],
      ['log(1 - D(x)) + ln(D(G(z)))', 'logit'],
      ['log(1 - D(x)) + ln(D(G(z)))', 'probability'],
      ['log(2 * D(x)) - log(1 - D(G(z)))', 'probability'],
      ['softplus(-D(x)) + softplus(D(G(z)))', 'logit'],
      ['relu(1 - D(x)) + sigmoid(D(G(z)))^2', 'logit'],
      ['D(x)^0.5 + D(G(z))', 'logit'],
      ['1 / D(x) + D(G(z))', 'logit'],
      ['D(x) - -D(G(z)) / (1 + D(x)^2)', 'probability'],
    ];
    const real = [2.1, -0.7, 0.0, 1.45];
    const fake = [-1.2, 0.4, -0.1, 0.0];
    const got = runPython(formulas.map(([text, output]) => ({ expr: formulaToPython(tree(text), output), real, fake, output })));
    formulas.forEach(([text, output], i) => {
      const want = tfjsValue(text, output, real, fake);
      // NaN is not equal to itself; the others to float32's precision.
      if (Number.isNaN(want)) expect(got[i], text).toBeNaN();
      else expectClose(got[i]!, want, 1e-5, `${text} (${output})`);
    });
  });

  it('random formulas of the grammar, run in Python, equal the evaluator wherever it is finite', () => {
    const rng = new Rng(23);
    const leaf = () => {
      const k = rng.int(4);
      return k === 0 ? String(Math.round(rng.next() * 300) / 100) : k === 1 ? String(1 + rng.int(3)) : k === 2 ? 'D(x)' : 'D(G(z))';
    };
    const fns = ['log', 'ln', 'exp', 'sqrt', 'abs', 'softplus', 'sigmoid', 'relu'];
    const build = (depth: number): string => {
      const r = rng.next();
      if (depth === 0 || r < 0.2) return leaf();
      if (r < 0.3) return `-${build(depth - 1)}`;
      if (r < 0.45) return `${fns[rng.int(fns.length)]}(${build(depth - 1)})`;
      if (r < 0.55) return `${rng.next() < 0.5 ? 'max' : 'min'}(${build(depth - 1)}, ${build(depth - 1)})`;
      const op = ['+', '-', '*', '/', '^'][rng.int(5)]!;
      // Parentheses only sometimes, so the parser's precedence decides the rest.
      const wrap = (s: string) => (rng.next() < 0.5 ? `(${s})` : s);
      return `${wrap(build(depth - 1))} ${op} ${wrap(build(depth - 1))}`;
    };
    const cases: (Case & { text: string })[] = [];
    for (let i = 0; i < 400 && cases.length < 120; i++) {
      const text = build(4);
      const output: DiscriminatorOutput = rng.next() < 0.5 ? 'probability' : 'logit';
      const player: Player = rng.next() < 0.5 ? 'discriminator' : 'generator';
      const expr = lossToPython(text, player, output);
      if (expr === null) continue; // does not train: the checks refuse it, so there is nothing to translate
      if (!checkLoss(text, player).ok) throw new Error('translated a formula the checks refuse');
      cases.push({ text, expr, real: REAL_LOGITS, fake: FAKE_LOGITS, output });
    }
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const got = runPython(cases);
    let compared = 0;
    cases.forEach((c, i) => {
      const want = evaluatorMean(c.text, c.output);
      // The evaluator is plain mathematics; the cell floors logs and roots at 1e-12, as the Python does: compare where they agree to mean the same.
      if (!Number.isFinite(want) || Math.abs(want) > 1e12) return;
      expectClose(got[i]!, want, 1e-9, `${c.text} (${c.output}) → ${c.expr}`);
      compared += 1;
    });
    expect(compared).toBeGreaterThanOrEqual(50);
  });
});
