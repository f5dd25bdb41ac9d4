import { describe, expect, it } from 'vitest';
import { cellDefinitions } from '../../src/cells';
import { allParams } from '../../src/cells/params';
import { LANGS } from '../../src/i18n/langs';
import { localizeDefinition, missingCellStrings } from '../../src/i18n/cellStrings';

describe('cell strings in every language', () => {
  it('every kind, control, option, readout and preset has its words in every language (a new string without them fails)', () => {
    const missing = LANGS.flatMap((lang) => Object.values(cellDefinitions).flatMap((def) => missingCellStrings(def, lang).map((m) => `${lang} ${m}`)));
    expect(missing).toEqual([]);
  });

  it('a Korean definition keeps every key, value, range and default, and changes only words', () => {
    for (const def of Object.values(cellDefinitions)) {
      const ko = localizeDefinition(def, 'ko');
      const shape = (d: typeof def) => JSON.stringify({
        kind: d.kind,
        params: d.params.map(({ label: _l, help: _h, ...rest }) => ('options' in rest ? { ...rest, options: rest.options.map((o) => o.value) } : rest)),
        metrics: d.metrics.map((m) => [m.key, m.digits]),
        presets: d.presets?.map((p) => [p.id, p.values]),
      });
      expect(shape(ko)).toBe(shape({ ...def, params: allParams(def) } as typeof def));
      for (const p of ko.params) expect(p.label, `${def.kind}.${p.key}`).toMatch(/[\uAC00-\uD7A3]|^[A-Za-zβλ0-9 ()=.,:/·×−-]+$/u);
      // The labels a learner reads are Korean where the English has words.
      const hangul = ko.params.filter((p) => /[\uAC00-\uD7A3]/.test(p.label)).length;
      expect(hangul, `${def.kind}: Korean labels`).toBeGreaterThan(ko.params.length / 2);
    }
  });

  it('English is the definitions as written', () => {
    for (const def of Object.values(cellDefinitions)) expect(localizeDefinition(def, 'en')).toBe(def);
  });
});
