/**
 * Lessons name presets, controls and defaults through components that read the
 * cell module (components/prose/), and a name the cell does not have stops the
 * build. The check is the remark plugin Astro runs on every MDX file
 * (astro.config.mjs); here it runs on a fixture lesson through the same
 * parser, and on every real lesson (a whole-course build takes minutes).
 * proseNamesBuild.test.ts runs it in a real Astro build of a one-page site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { formatSetting, proseText } from '../../components/prose/cellNames';
import remarkCheckProseNames, { proseNameProblems } from '../../components/prose/checkProseNames';
import { gan1dCell } from '../../src/cells/gan1d';

const ROOT = resolve(import.meta.dirname, '../..');
const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkMath).parse(text);

/** Runs the plugin as the build does: parse, then the plugin's transform on the tree with the file. */
function check(path: string): void {
  const file = new VFile({ path: join(ROOT, path), cwd: ROOT, value: readFileSync(join(ROOT, path), 'utf8') });
  const tree = parse(String(file.value));
  (remarkCheckProseNames() as (t: unknown, f: VFile) => void)(tree, file);
}

describe('prose names read from the cell module', () => {
  it('renders a preset, a control and a default in each language', () => {
    expect(proseText('PresetName', { kind: 'gan1d', id: 'two-bumps-collapse' }, 'en')).toBe('Two bumps: mode collapse');
    expect(proseText('PresetName', { kind: 'gan1d', id: 'balanced' }, 'ko')).not.toBe('Balanced');
    expect(proseText('ParamName', { kind: 'gan1d', param: 'lrD' }, 'en')).toBe('Discriminator learning rate');
    expect(proseText('ParamName', { kind: 'gan1d', param: 'lrD' }, 'ko')).toBe('판별자 학습률');
    expect(proseText('DefaultValue', { kind: 'gan1d', param: 'lrD' }, 'en')).toBe(String(gan1dCell.params.find((p) => p.key === 'lrD')!.default));
    expect(proseText('PresetValue', { kind: 'gan1d', id: 'two-bumps-collapse', param: 'dSteps' }, 'en')).toBe('2');
    expect(proseText('MetricName', { kind: 'gan1d', metric: 'genMean' }, 'en')).toBe('Generated mean');
    expect(proseText('MetricName', { kind: 'gan1d', metric: 'dOfG' }, 'ko')).toBe('평균 D(G(z))');
  });

  it('formats numbers with a true minus sign and thousands, booleans as on/off in the page language', () => {
    const num = { key: 'x', label: 'x', help: '', apply: 'live', type: 'number', min: -5000, max: 5000, step: 1, default: 0 } as const;
    expect(formatSetting(num, -0.5, 'en')).toBe('−0.5');
    expect(formatSetting(num, 1000, 'en')).toBe('1,000');
    expect(formatSetting(num, 0.0002, 'en')).toBe('0.0002');
    const bool = { key: 'b', label: 'b', help: '', apply: 'live', type: 'boolean', default: false } as const;
    expect([formatSetting(bool, true, 'en'), formatSetting(bool, false, 'ko')]).toEqual(['on', '꺼짐']);
  });

  it('names the unknown kind, preset or param and what exists instead', () => {
    expect(() => proseText('PresetName', { kind: 'gan1d', id: 'weak-discriminator' }, 'en')).toThrow(/no preset "weak-discriminator" \(known: balanced, /);
    expect(() => proseText('ParamName', { kind: 'gan1d', param: 'lr' }, 'en')).toThrow(/no param "lr"/);
    expect(() => proseText('MetricName', { kind: 'gan1d', metric: 'steps' }, 'en')).toThrow(/no metric "steps"/);
    expect(() => proseText('DefaultValue', { kind: 'gan-1d', param: 'lrD' }, 'en')).toThrow(/unknown cell kind "gan-1d"/);
  });
});

describe('the build check', () => {
  it('is one of the remark plugins Astro runs on lessons', () => {
    expect(config.markdown?.remarkPlugins).toContain(remarkCheckProseNames);
  });

  it('fails a lesson with a misspelt preset id, naming the file, the line and the id', () => {
    expect(() => check('tests/fixtures/prose/misspelt.mdx')).toThrow(
      /tests\/fixtures\/prose\/misspelt\.mdx:9: <PresetName>: cell kind "gan1d" has no preset "weak-discriminator"/,
    );
  });

  it('reports a missing prop and a prop that is an expression (which it could not check)', () => {
    const problems = proseNameProblems(parse('<ParamName kind="gan1d" />\n\n<PresetName kind="gan1d" id={x} />') as never, 'x.mdx');
    expect(problems).toEqual([expect.stringMatching(/x\.mdx:1: <ParamName> needs param/), expect.stringMatching(/x\.mdx:3: .*plain string props/)]);
  });

  it('passes every lesson of the course, in every edition', () => {
    const lessons = [...readdirSync(join(ROOT, 'lessons')).filter((n) => n.endsWith('.mdx')).map((n) => `lessons/${n}`), ...readdirSync(join(ROOT, 'lessons/ko')).map((n) => `lessons/ko/${n}`)];
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    for (const path of lessons) expect(() => check(path), path).not.toThrow();
  });
});
