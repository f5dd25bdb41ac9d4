/**
 * The editions cannot drift: every English lesson has a translation in each
 * other language (lessons/<lang>/<slug>.mdx) and the reverse, and each pair
 * has the same cells (id, definition, values) in the same order, the same
 * study-note questions, heading levels, references, numbered exercise steps,
 * worked exercises (their ids), order and time. The glossary names only
 * sections that exist. The fixture
 * pairs under tests/fixtures/i18n show that the comparison catches drift.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/langs';
import { componentAttribute, lessonStructure, structureDrift } from '../../src/i18n/lessonStructure';
import { headingsOfFile } from '../../src/i18n/lessonHeadings';
import { glossary } from '../../src/i18n/glossary';

const LESSONS = resolve(import.meta.dirname, '../../lessons');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/i18n/lessons');

const mdxIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort() : []);
const structureOf = (path: string) => lessonStructure(readFileSync(path, 'utf8'), path);

describe('the drift check itself', () => {
  it('finds nothing between a faithful translation and its English lesson', () => {
    expect(structureDrift(structureOf(join(FIXTURES, 'players.mdx')), structureOf(join(FIXTURES, 'ko/players.mdx')))).toEqual([]);
  });

  it('names every kind of drift: headings, cell presets, references, exercise steps, worked exercises', () => {
    const drift = structureDrift(structureOf(join(FIXTURES, 'drifted.mdx')), structureOf(join(FIXTURES, 'ko/drifted.mdx'))).join('\n');
    expect(drift).toMatch(/heading levels, in order differ/);
    expect(drift).toMatch(/cells \(id, definition, values\), in order differ[\s\S]*"lrD":0.01[\s\S]*"lrD":0.02/);
    expect(drift).toMatch(/references \(arXiv ids of frontmatter papers\) differ[\s\S]*1511.06434/);
    expect(drift).toMatch(/numbered exercise steps .* differ[\s\S]*\[3\][\s\S]*\[2\]/);
    expect(drift).toMatch(/worked exercises \(Exercise ids\), in order differ[\s\S]*"d-star","v-at-equilibrium"[\s\S]*\["d-star"\]/);
  });

  it('reads a component attribute, e.g. the language of each study-note question', () => {
    expect(componentAttribute(readFileSync(join(FIXTURES, 'ko/players.mdx'), 'utf8'), 'SeedQuestion', 'lang')).toEqual(['ko']);
    expect(componentAttribute(readFileSync(join(FIXTURES, 'players.mdx'), 'utf8'), 'SeedQuestion', 'lang')).toEqual([null]);
  });

  it('reads cells, questions, headings, references and exercises from a lesson', () => {
    const s = structureOf(join(FIXTURES, 'players.mdx'));
    expect(s.cells).toEqual([{ id: 'gan-1d', definition: 'gan1d', values: { lrD: 0.01, generatorLoss: 'minimax' } }]);
    expect(s.seedQuestions).toEqual([{ cell: 'gan-1d', original: 'freeze : 생성자를 먼저 학습' }]);
    expect(s.headings).toEqual(['h2', 'h3', 'h2', 'h2', 'h3']);
    expect(s.arxiv).toEqual(['1406.2661']);
    expect(s.exerciseSteps).toEqual([2]);
    expect(s.exercises).toEqual(['v-at-equilibrium']);
    expect([s.order, s.minutes]).toEqual([2, 5]);
  });
});

const english = mdxIn(LESSONS);

for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
  describe(`the ${lang} edition`, () => {
    const dir = join(LESSONS, lang);
    const translated = mdxIn(dir);

    it(`has a lesson for every English lesson, and no lesson English lacks (lessons/${lang}/)`, () => {
      expect(english.length).toBeGreaterThan(0);
      expect(translated.filter((name) => !english.includes(name)), `lessons/${lang}/ files with no English lesson`).toEqual([]);
      expect(english.filter((name) => !translated.includes(name)), `English lessons with no lessons/${lang}/ twin`).toEqual([]);
    });

    for (const name of english.filter((n) => translated.includes(n))) {
      it(`lessons/${lang}/${name} keeps the structure of lessons/${name}`, () => {
        expect(structureDrift(structureOf(join(LESSONS, name)), structureOf(join(dir, name)))).toEqual([]);
      });

      it(`lessons/${lang}/${name} has the same predictions and live tasks (ids, in order) as lessons/${name}`, () => {
        // Progress is kept per lesson slug and id, shared by the editions, so the ids must match.
        const en = readFileSync(join(LESSONS, name), 'utf8');
        const other = readFileSync(join(dir, name), 'utf8');
        for (const component of ['Predict', 'Task']) {
          expect(componentAttribute(other, component, 'id'), `${component} ids`).toEqual(componentAttribute(en, component, 'id'));
        }
        expect(componentAttribute(other, 'Task', 'cell'), 'Task cells').toEqual(componentAttribute(en, 'Task', 'cell'));
      });

      it(`lessons/${lang}/${name} shows its study-note questions in its own language`, () => {
        // Without lang, SeedQuestion frames the question in English.
        const langs = componentAttribute(readFileSync(join(dir, name), 'utf8'), 'SeedQuestion', 'lang');
        expect(langs.filter((l) => l !== lang)).toEqual([]);
      });
    }
  });
}

describe('the glossary', () => {
  it('links every term to an English lesson section that exists (the other editions share its ids)', async () => {
    const missing: string[] = [];
    for (const term of glossary) {
      const file = join(LESSONS, `${term.lesson}.mdx`);
      if (!existsSync(file)) {
        missing.push(`${term.id}: no lesson ${term.lesson}`);
        continue;
      }
      const slugs = (await headingsOfFile(file)).map((h) => h.slug);
      if (!slugs.includes(term.section)) missing.push(`${term.id}: lessons/${term.lesson}.mdx has no #${term.section}`);
    }
    expect(missing).toEqual([]);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });
});
