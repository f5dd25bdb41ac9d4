import { describe, expect, it } from 'vitest';
import {
  allParams,
  changedResetKeys,
  checkValue,
  defaultValues,
  liveValues,
  mergeValues,
  readUrlOverrides,
  shareUrl,
} from '../../src/cells/params';
import type { CellDefinition } from '../../src/cells/schema';
import { english } from '../../src/i18n/sentence';

const def: CellDefinition = {
  kind: 'test',
  params: [
    { key: 'lr', label: 'Learning rate', help: 'h', type: 'number', min: 1e-5, max: 1, step: 1e-4, default: 0.01, apply: 'live' },
    { key: 'width', label: 'Width', help: 'h', type: 'int', min: 2, max: 64, default: 16, apply: 'reset' },
    { key: 'loss', label: 'Loss', help: 'h', type: 'select', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a', apply: 'live' },
    { key: 'bn', label: 'Batch norm', help: 'h', type: 'boolean', default: true, apply: 'reset' },
  ],
  metrics: [],
};

describe('checkValue', () => {
  const lr = def.params[0];
  const width = def.params[1];
  it('parses numbers from strings and keeps them in range', () => {
    expect(checkValue(lr, '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(checkValue(lr, 1)).toEqual({ ok: true, value: 1 });
  });
  it('refuses empty, NaN, infinite and out-of-range values with a message naming the range', () => {
    for (const bad of ['', '   ', 'NaN', 'abc', 'Infinity', '2', '-1', null, undefined, '1e400']) {
      const r = checkValue(lr, bad);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(english(r.message)).toMatch(/Learning rate/);
    }
    const out = checkValue(lr, '2');
    expect(out.ok === false && english(out.message)).toMatch(/between 0.00001 and 1|between 1e-5 and 1/);
  });
  it('refuses fractions for integer settings', () => {
    expect(checkValue(width, '3.5').ok).toBe(false);
    expect(checkValue(width, '8')).toEqual({ ok: true, value: 8 });
  });
  it('accepts only listed options and boolean spellings', () => {
    expect(checkValue(def.params[2], 'b')).toEqual({ ok: true, value: 'b' });
    expect(checkValue(def.params[2], '<img src=x>').ok).toBe(false);
    expect(checkValue(def.params[3], 'false')).toEqual({ ok: true, value: false });
    expect(checkValue(def.params[3], 'yes').ok).toBe(false);
  });
  it('refuses very long strings before parsing them', () => {
    expect(checkValue(lr, '0.' + '1'.repeat(100)).ok).toBe(false);
  });
});

describe('mergeValues', () => {
  it('adds the shared seed and keeps defaults for rejected values', () => {
    const base = defaultValues(def);
    expect(base).toEqual({ lr: 0.01, width: 16, loss: 'a', bn: true, seed: 1 });
    const { values, rejected } = mergeValues(def, base, { lr: '0.1', width: '999', evil: '<script>', seed: '7' });
    expect(values).toEqual({ lr: 0.1, width: 16, loss: 'a', bn: true, seed: 7 });
    expect(rejected).toHaveLength(2);
    expect(rejected.map(english).join(' ')).toMatch(/Unknown setting "evil"/);
    expect(rejected.map(english).join(' ')).toMatch(/Width/);
  });
  it('truncates long unknown keys in its notices', () => {
    const { rejected } = mergeValues(def, defaultValues(def), { ['k'.repeat(500)]: '1' });
    expect(english(rejected[0]).length).toBeLessThan(100);
  });
});

describe('URL state', () => {
  it('round-trips non-default values and the seed through a share link', () => {
    const base = defaultValues(def);
    const values = { ...base, lr: 0.2, bn: false, seed: 42 };
    const url = shareUrl(def, 'gan-1d', values, base, new URL('http://localhost/course/lessons/x/?other=1&gan-1d.lr=0.3'));
    expect(url.hash).toBe('#gan-1d');
    expect(url.searchParams.get('other')).toBe('1');
    expect(url.searchParams.get('gan-1d.width')).toBeNull();
    const overrides = readUrlOverrides('gan-1d', url.searchParams);
    expect(overrides).toEqual({ lr: '0.2', bn: 'false', seed: '42' });
    expect(mergeValues(def, base, overrides).values).toEqual(values);
  });
  it('ignores other cells\' parameters', () => {
    const search = new URLSearchParams('gan-2d.lr=0.5&gan-1d.lr=0.25');
    expect(readUrlOverrides('gan-1d', search)).toEqual({ lr: '0.25' });
  });
});

describe('live and reset keys', () => {
  it('lists reset keys that changed and the live subset', () => {
    const a = defaultValues(def);
    const b = { ...a, width: 32, lr: 0.5, seed: 3 };
    expect(changedResetKeys(def, a, b).sort()).toEqual(['seed', 'width']);
    expect(liveValues(def, b)).toEqual({ lr: 0.5, loss: 'a' });
    expect(allParams(def).map((p) => p.key)).toContain('seed');
  });
});
