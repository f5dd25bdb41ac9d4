/**
 * A cell definition in the page's language: labels, help texts, option
 * labels, metric names and preset names replaced by the language's own
 * (src/i18n/<lang>/cells.ts), keys and values untouched. Cell.astro renders
 * the controls from the result, and the page's script receives it, so every
 * control, readout and preset button speaks the page's language. English is
 * the definitions' own text.
 */
import { allParams } from '../cells/params';
import type { CellDefinition, ParamSpec } from '../cells/schema';
import type { Lang } from './langs';
import { koCells, koSeed, type KoCellStrings, type KoParamStrings } from './ko/cells';

/** Each language's strings per cell kind, and the seed control's (every cell has one). */
const CATALOGUES: Partial<Record<Lang, { cells: Record<string, KoCellStrings>; seed: { label: string; help: string } }>> = {
  ko: { cells: koCells, seed: koSeed },
};

/** What the language lacks for `def`, as "kind: what" lines (empty when complete). */
export function missingCellStrings(def: CellDefinition, lang: Lang): string[] {
  const catalogue = CATALOGUES[lang];
  if (!catalogue) return [];
  const strings = catalogue.cells[def.kind];
  if (!strings) return [`${def.kind}: the whole kind`];
  const missing: string[] = [];
  for (const p of def.params) {
    if (p.key === 'seed') continue;
    const s = strings.params?.[p.key];
    if (!s) missing.push(`${def.kind}: param ${p.key}`);
    else if (p.type === 'select') for (const o of p.options) if (!s.options?.[o.value]) missing.push(`${def.kind}: option ${p.key}=${o.value}`);
  }
  for (const m of def.metrics) if (!strings.metrics?.[m.key]) missing.push(`${def.kind}: metric ${m.key}`);
  for (const preset of def.presets ?? []) if (!strings.presets?.[preset.id]) missing.push(`${def.kind}: preset ${preset.id}`);
  return missing;
}

function localizeParam(p: ParamSpec, strings: KoCellStrings, seed: { label: string; help: string }): ParamSpec {
  const s: KoParamStrings | undefined = p.key === 'seed' && !strings.params?.seed ? seed : strings.params?.[p.key];
  if (!s) return p;
  if (p.type === 'select') {
    const options = s.options ?? {};
    return { ...p, label: s.label, help: s.help, options: p.options.map((o) => ({ ...o, label: options[o.value] ?? o.label })) };
  }
  return { ...p, label: s.label, help: s.help };
}

export function localizeDefinition<D extends CellDefinition>(def: D, lang: Lang): D {
  const catalogue = CATALOGUES[lang];
  const strings = catalogue?.cells[def.kind];
  if (!catalogue || !strings) return def;
  return {
    ...def,
    // With the seed control every cell gets (allParams), so it is localised too.
    params: allParams(def).map((p) => localizeParam(p, strings, catalogue.seed)),
    metrics: def.metrics.map((m) => ({ ...m, ...(strings.metrics?.[m.key] ?? {}) })),
    presets: def.presets?.map((preset) => ({ ...preset, label: strings.presets?.[preset.id] ?? preset.label })),
  };
}

/** The seed control in the language (it is added to every cell by src/cells/params.ts). */
export function localizedSeed(lang: Lang): { label: string; help: string } | null {
  return CATALOGUES[lang]?.seed ?? null;
}
