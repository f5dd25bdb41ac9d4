/**
 * Validation, defaults and URL encoding for cell hyperparameters, all driven
 * by the cell's schema. Pure functions: used by Cell.astro at build time, by
 * the page when a learner edits a control or opens a shared link, and by tests.
 */
import type { CellDefinition, ParamSpec } from './schema';

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

export type Checked = { ok: true; value: ParamValue } | { ok: false; message: string };

/** Longest raw text we look at; anything longer is not a value of ours. */
const MAX_RAW_LENGTH = 32;

function formatRange(spec: { min: number; max: number }): string {
  return `between ${spec.min} and ${spec.max}`;
}

/**
 * Checks one raw value (from a form control, a URL or MDX props) against its
 * spec. Strings are parsed; the message says what a valid value looks like.
 */
export function checkValue(spec: ParamSpec, raw: unknown): Checked {
  if (typeof raw === 'string' && raw.length > MAX_RAW_LENGTH) {
    return { ok: false, message: `${spec.label}: value is too long.` };
  }
  switch (spec.type) {
    case 'number':
    case 'int': {
      const text = typeof raw === 'string' ? raw.trim() : raw;
      if (text === '' || text === null || text === undefined) {
        return { ok: false, message: `${spec.label}: enter a number ${formatRange(spec)}.` };
      }
      const value = typeof text === 'number' ? text : typeof text === 'string' ? Number(text) : NaN;
      if (!Number.isFinite(value)) {
        return { ok: false, message: `${spec.label}: "${String(raw)}" is not a number; enter one ${formatRange(spec)}.` };
      }
      if (spec.type === 'int' && !Number.isInteger(value)) {
        return { ok: false, message: `${spec.label}: enter a whole number ${formatRange(spec)}.` };
      }
      if (value < spec.min || value > spec.max) {
        return { ok: false, message: `${spec.label}: ${value} is out of range; enter a number ${formatRange(spec)}.` };
      }
      return { ok: true, value };
    }
    case 'select': {
      const match = spec.options.find((o) => o.value === raw);
      if (!match) {
        const names = spec.options.map((o) => o.value).join(', ');
        return { ok: false, message: `${spec.label}: choose one of ${names}.` };
      }
      return { ok: true, value: match.value };
    }
    case 'boolean': {
      if (raw === true || raw === 'true' || raw === '1') return { ok: true, value: true };
      if (raw === false || raw === 'false' || raw === '0') return { ok: true, value: false };
      return { ok: false, message: `${spec.label}: use true or false.` };
    }
  }
}

export interface MergeResult {
  values: ParamValues;
  /** Plain-text notices for everything that was ignored. */
  rejected: string[];
}

/**
 * Applies `overrides` on top of `base`, keeping only keys the schema knows
 * and values it accepts. Unknown keys and bad values are reported, never used.
 */
export function mergeValues(def: CellDefinition, base: ParamValues, overrides: Record<string, unknown>): MergeResult {
  const specs = new Map(allParams(def).map((s) => [s.key, s]));
  const values = { ...base };
  const rejected: string[] = [];
  for (const [key, raw] of Object.entries(overrides)) {
    const spec = specs.get(key);
    if (!spec) {
      rejected.push(`Unknown setting "${key.slice(0, MAX_RAW_LENGTH)}" was ignored.`);
      continue;
    }
    const checked = checkValue(spec, raw);
    if (checked.ok) values[key] = checked.value;
    else rejected.push(`${checked.message} The default was kept.`);
  }
  return { values, rejected };
}

/** Query parameters are namespaced by cell id: `?gan-1d.lrD=0.01`. */
export function urlPrefix(cellId: string): string {
  return `${cellId}.`;
}

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
