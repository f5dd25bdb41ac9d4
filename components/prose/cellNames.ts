/**
 * What the prose components (PresetName, ParamName, DefaultValue,
 * PresetValue) print, read from the cell module itself so lesson text cannot
 * name a preset, control or default that the cell does not have. Pure: the
 * components call it at build time and the remark check (checkProseNames.ts)
 * calls it on every MDX file before it renders, so a misspelt kind, preset or
 * param fails the build with the file's name.
 */
import { findCellDefinition, cellDefinitions } from '../../src/cells/index';
import { allParams } from '../../src/cells/params';
import type { CellDefinition, ParamSpec } from '../../src/cells/schema';
import { localizeDefinition } from '../../src/i18n/cellStrings';
import type { Lang } from '../../src/i18n/langs';

/** The components lessons use to name cell things, and the props each one must have. */
export const PROSE_COMPONENTS = {
  PresetName: ['kind', 'id'],
  ParamName: ['kind', 'param'],
  MetricName: ['kind', 'metric'],
  DefaultValue: ['kind', 'param'],
  PresetValue: ['kind', 'id', 'param'],
} as const;

export type ProseComponent = keyof typeof PROSE_COMPONENTS;
export type ProseProps = Partial<Record<'kind' | 'id' | 'param' | 'metric', string>>;

export class ProseNameError extends Error {}

function known(list: readonly string[]): string {
  return list.length ? list.join(', ') : '(none)';
}

function definitionOf(kind: string | undefined): CellDefinition {
  const def = kind === undefined ? undefined : findCellDefinition(kind);
  if (!def) throw new ProseNameError(`unknown cell kind "${kind}" (known: ${known(Object.keys(cellDefinitions))})`);
  return def;
}

function paramOf(def: CellDefinition, key: string | undefined): ParamSpec {
  const spec = allParams(def).find((p) => p.key === key);
  if (!spec) throw new ProseNameError(`cell kind "${def.kind}" has no param "${key}" (known: ${known(allParams(def).map((p) => p.key))})`);
  return spec;
}

function presetOf(def: CellDefinition, id: string | undefined) {
  const preset = def.presets?.find((p) => p.id === id);
  if (!preset) throw new ProseNameError(`cell kind "${def.kind}" has no preset "${id}" (known: ${known((def.presets ?? []).map((p) => p.id))})`);
  return preset;
}

const ON_OFF: Record<Lang, [string, string]> = { en: ['on', 'off'], ko: ['켜짐', '꺼짐'] };

/** A setting's value as prose shows it: an option's label, on/off, or a number with a true minus sign. */
export function formatSetting(spec: ParamSpec, value: unknown, lang: Lang): string {
  if (spec.type === 'select') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  if (spec.type === 'boolean') return ON_OFF[lang][value ? 0 : 1];
  const n = Number(value);
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 }).replace(/^-/, '−');
}

/** The text a prose component renders in `lang`; throws ProseNameError (naming the id) when a name does not exist. */
export function proseText(component: ProseComponent, props: ProseProps, lang: Lang): string {
  const def = localizeDefinition(definitionOf(props.kind), lang);
  switch (component) {
    case 'PresetName':
      return presetOf(def, props.id).label;
    case 'ParamName':
      return paramOf(def, props.param).label;
    case 'MetricName': {
      const metric = def.metrics.find((m) => m.key === props.metric);
      if (!metric) throw new ProseNameError(`cell kind "${def.kind}" has no metric "${props.metric}" (known: ${known(def.metrics.map((m) => m.key))})`);
      return metric.label;
    }
    case 'DefaultValue': {
      const spec = paramOf(def, props.param);
      return formatSetting(spec, spec.default, lang);
    }
    case 'PresetValue': {
      const preset = presetOf(def, props.id);
      const spec = paramOf(def, props.param);
      if (!(spec.key in preset.values)) throw new ProseNameError(`preset "${preset.id}" of "${def.kind}" does not set "${spec.key}"`);
      return formatSetting(spec, preset.values[spec.key], lang);
    }
  }
}
