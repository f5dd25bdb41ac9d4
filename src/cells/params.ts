/**
 * Validation, defaults and URL encoding for cell hyperparameters, all driven
 * by the cell's schema. Pure functions: used by Cell.astro at build time, by
 * the page when a learner edits a control or opens a shared link, and by tests.
 */
import { sentence, type Sentence } from '../i18n/sentence';
import { checkLoss } from '../ml/losses/formula/check';
import type { CellDefinition, ParamSpec, TextSpec } from './schema';

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/** Every cell has a seed: the same seed and settings reproduce a run. */
export const SEED_SPEC: ParamSpec = {
  key: 'seed',
  label: 'Seed',
  help: 'Random seed for data, initial weights and noise; the same seed and settings reproduce a run.',
  type: 'int',
  min: 0,
  max: 999_999,
  default: 1,
  apply: 'reset',
};

/** The cell's params plus the shared seed. */
export function allParams(def: CellDefinition): readonly ParamSpec[] {
  return def.params.some((p) => p.key === 'seed') ? def.params : [...def.params, SEED_SPEC];
}

export function defaultValues(def: CellDefinition): ParamValues {
  const out: ParamValues = {};
  for (const spec of allParams(def)) out[spec.key] = spec.default;
  return out;
}

/**
 * A refusal is a sentence (src/i18n/sentence.ts): the page shows it in its
 * language, a build error in English. A text's refusal may point at the
 * characters it is about (`at`, `length`), for a caret under them.
 */
export type Checked = { ok: true; value: ParamValue } | { ok: false; message: Sentence; span?: { at: number; length: number } };

/** Longest raw text we look at for numbers, options and switches; anything longer is not a value of ours. */
const MAX_RAW_LENGTH = 32;

/** A text control's value: within its length, and passing its syntax's checker when it names one. */
function checkText(spec: TextSpec, raw: unknown): Checked {
  if (typeof raw !== 'string') return { ok: false, message: sentence('{label}: enter text.', { label: spec.label }) };
  if (raw.length > spec.maxLength) {
    return { ok: false, message: sentence('{label}: at most {max} characters.', { label: spec.label, max: spec.maxLength }), span: { at: spec.maxLength, length: raw.length - spec.maxLength } };
  }
  if (!spec.syntax) return { ok: true, value: raw };
  const checked = checkLoss(raw, spec.syntax === 'generator-loss' ? 'generator' : 'discriminator');
  if (checked.ok) return { ok: true, value: raw };
  const { sentence: said, at, length } = checked.error;
  return { ok: false, message: sentence('{label}: {error}', { label: spec.label, error: said }), span: { at, length } };
}

/**
 * Checks one raw value (from a form control, a URL or MDX props) against its
 * spec. Strings are parsed; the message says what a valid value looks like.
 */
export function checkValue(spec: ParamSpec, raw: unknown): Checked {
  if (spec.type === 'text') return checkText(spec, raw);
  if (typeof raw === 'string' && raw.length > MAX_RAW_LENGTH) {
    return { ok: false, message: sentence('{label}: value is too long.', { label: spec.label }) };
  }
  switch (spec.type) {
    case 'number':
    case 'int': {
      const range = { label: spec.label, min: spec.min, max: spec.max };
      const text = typeof raw === 'string' ? raw.trim() : raw;
      if (text === '' || text === null || text === undefined) {
        return { ok: false, message: sentence('{label}: enter a number between {min} and {max}.', range) };
      }
      const value = typeof text === 'number' ? text : typeof text === 'string' ? Number(text) : NaN;
      if (!Number.isFinite(value)) {
        return { ok: false, message: sentence('{label}: "{raw}" is not a number; enter one between {min} and {max}.', { ...range, raw: String(raw) }) };
      }
      if (spec.type === 'int' && !Number.isInteger(value)) {
        return { ok: false, message: sentence('{label}: enter a whole number between {min} and {max}.', range) };
      }
      if (value < spec.min || value > spec.max) {
        return { ok: false, message: sentence('{label}: {value} is out of range; enter a number between {min} and {max}.', { ...range, value }) };
      }
      return { ok: true, value };
    }
    case 'select': {
      const match = spec.options.find((o) => o.value === raw);
      if (!match) {
        const names = spec.options.map((o) => o.value).join(', ');
        return { ok: false, message: sentence('{label}: choose one of {names}.', { label: spec.label, names }) };
      }
      return { ok: true, value: match.value };
    }
    case 'boolean': {
      if (raw === true || raw === 'true' || raw === '1') return { ok: true, value: true };
      if (raw === false || raw === 'false' || raw === '0') return { ok: true, value: false };
      return { ok: false, message: sentence('{label}: use true or false.', { label: spec.label }) };
    }
  }
}

export interface MergeResult {
  values: ParamValues;
  /** A notice for everything that was ignored. */
  rejected: Sentence[];
}

/**
 * Applies `overrides` on top of `base`, keeping only keys the schema knows
 * and values it accepts. Unknown keys and bad values are reported, never used.
 */
export function mergeValues(def: CellDefinition, base: ParamValues, overrides: Record<string, unknown>): MergeResult {
  const specs = new Map(allParams(def).map((s) => [s.key, s]));
  const values = { ...base };
  const rejected: Sentence[] = [];
  for (const [key, raw] of Object.entries(overrides)) {
    const spec = specs.get(key);
    if (!spec) {
      rejected.push(sentence('Unknown setting "{key}" was ignored.', { key: key.slice(0, MAX_RAW_LENGTH) }));
      continue;
    }
    const checked = checkValue(spec, raw);
    if (checked.ok) values[key] = checked.value;
    else rejected.push(sentence('{message} The default was kept.', { message: checked.message }));
  }
  return { values, rejected };
}

/** Query parameters are namespaced by cell id: `?gan-1d.lrD=0.01`. */
export function urlPrefix(cellId: string): string {
  return `${cellId}.`;
}

/** A drawing cell's points in a shared link (`<id>.points`, src/ml/data/drawnPoints.ts): not a parameter. */
export const DRAWN_POINTS_URL_KEY = 'points';

/** Reads this cell's raw overrides out of a query string. */
export function readUrlOverrides(cellId: string, search: URLSearchParams): Record<string, string> {
  const prefix = urlPrefix(cellId);
  const out: Record<string, string> = {};
  for (const [name, value] of search) {
    if (name.startsWith(prefix)) out[name.slice(prefix.length)] = value;
  }
  return out;
}

/**
 * Writes the values that differ from `base` (plus the seed, always) into a
 * copy of `url`, replacing this cell's earlier parameters and pointing the
 * hash at the cell.
 */
export function shareUrl(def: CellDefinition, cellId: string, values: ParamValues, base: ParamValues, url: URL): URL {
  const out = new URL(url.href);
  const prefix = urlPrefix(cellId);
  for (const name of [...out.searchParams.keys()]) {
    if (name.startsWith(prefix)) out.searchParams.delete(name);
  }
  for (const spec of allParams(def)) {
    const value = values[spec.key];
    if (spec.key === 'seed' || value !== base[spec.key]) out.searchParams.set(prefix + spec.key, String(value));
  }
  out.hash = cellId;
  return out;
}

/** Keys whose change needs a Reset, among those that differ between a and b. */
export function changedResetKeys(def: CellDefinition, a: ParamValues, b: ParamValues): string[] {
  return allParams(def)
    .filter((s) => s.apply === 'reset' && a[s.key] !== b[s.key])
    .map((s) => s.key);
}

/** The subset of `values` that applies live. */
export function liveValues(def: CellDefinition, values: ParamValues): ParamValues {
  const out: ParamValues = {};
  for (const spec of allParams(def)) if (spec.apply === 'live') out[spec.key] = values[spec.key];
  return out;
}
