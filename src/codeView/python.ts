/**
 * Python text with the cell's settings written in: a template calls
 * `py\`...\`` and puts `${v('lrD')}` wherever a setting's value goes. The
 * result keeps where each value sits, so the page can mark those spans and
 * update them live. No DOM, no tfjs.
 */
import { lossToPython } from '../ml/losses/formula/python';
import type { Player } from '../ml/losses/formula/parse';
import { pythonLiteral } from './pythonLiteral';

/**
 * A span that shows a loss formula translated to TensorFlow instead of the
 * setting's literal: which player's loss it is, and which setting says
 * whether D(·) is a probability or a raw score.
 */
export interface LossTranslation {
  player: Player;
  outputKey: string;
}

/** Where one setting's literal (or its translated loss) sits in the text. */
export interface ParamSpan {
  key: string;
  start: number;
  end: number;
  translate?: LossTranslation;
}

export interface PythonSnippet {
  code: string;
  params: ParamSpan[];
}

/** A marker a template interpolates; `py` writes the value and records its span. */
export interface ValueRef {
  readonly key: string;
  readonly literal: string;
  /** The setting's value itself, for a template that writes more than its literal. */
  readonly value: unknown;
  readonly translate?: LossTranslation;
}

export type ValueOf = (key: string) => ValueRef;

/** A Keras template: the cell's values in, Python text out. */
export type KerasTemplate = (v: ValueOf) => PythonSnippet;

/** `v` for a set of values; unknown keys fail loudly so a template cannot name a setting the cell lacks. */
export function valueRefs(values: Readonly<Record<string, unknown>>): ValueOf {
  return (key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`Keras template names "${key}", which this cell has no setting for`);
    return { key, literal: pythonLiteral(values[key]), value: values[key] };
  };
}

/**
 * The loss formula in setting `key`, as `player`'s loss translated to
 * TensorFlow (src/ml/losses/formula/python.ts), D(·) read as setting
 * `outputKey` says. A formula that would not train fails the build.
 */
export function lossRef(v: ValueOf, key: string, player: Player, outputKey: string): ValueRef {
  const formula = v(key);
  const literal = lossToPython(formula.value, player, v(outputKey).value);
  if (literal === null) throw new Error(`Keras template: the ${player} loss ${formula.literal} does not pass the formula checks`);
  return { key, literal, value: formula.value, translate: { player, outputKey } };
}

/** Tagged template: strips the first newline and common indentation, writes values and records their spans. */
export function py(strings: TemplateStringsArray, ...refs: (ValueRef | string | number)[]): PythonSnippet {
  const parts: (string | ValueRef)[] = [];
  strings.forEach((s, i) => {
    parts.push(s);
    if (i < refs.length) parts.push(typeof refs[i] === 'object' ? (refs[i] as ValueRef) : String(refs[i]));
  });
  // Indentation is measured on the literal text only, so values never shift it.
  const literal = strings.join('');
  const indents = literal
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  let code = '';
  const params: ParamSpan[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      code += part;
    } else {
      params.push({ key: part.key, start: code.length, end: code.length + part.literal.length, ...(part.translate && { translate: part.translate }) });
      code += part.literal;
    }
  }
  return trimIndent(code, params, cut);
}

function trimIndent(code: string, params: ParamSpan[], cut: number): PythonSnippet {
  let out = '';
  const map: number[] = []; // old offset → new offset
  const lines = code.split('\n');
  let offset = 0;
  lines.forEach((line, i) => {
    const removed = Math.min(cut, /^ */.exec(line)![0].length);
    for (let k = 0; k <= line.length; k++) map[offset + k] = out.length + Math.max(0, k - removed);
    out += line.slice(removed) + (i + 1 < lines.length ? '\n' : '');
    offset += line.length + 1;
  });
  let shifted = params.map((p) => ({ ...p, start: map[p.start]!, end: map[p.end]! }));
  // Drop the template's first (empty) line and trailing whitespace.
  const lead = /^\s*\n/.exec(out)?.[0].length ?? 0;
  out = out.slice(lead).replace(/\s+$/, '') + '\n';
  shifted = shifted.map((p) => ({ ...p, start: p.start - lead, end: p.end - lead }));
  return { code: out, params: shifted };
}
