/**
 * The site's language mechanism: which editions a build renders, their URLs,
 * the string catalogue, the language switch and first-visit hint helpers,
 * and the plugin that gives a translated lesson the English heading ids.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { builtLangs, LANGS } from '../../src/i18n/langs';
import { lessonHref, pageHref } from '../../components/site/paths';
import { pageLang } from '../../src/i18n/pageLang';
import { STRINGS, type SiteStrings } from '../../src/i18n/strings';
import { carryLocation, preferredOther } from '../../components/site/languageChoice';
import rehypeSharedHeadingIds, { englishTwinOf, headingMismatch } from '../../src/i18n/rehypeSharedHeadingIds';
import { headingsOfFile, withoutFrontmatter, type LessonHeading } from '../../src/i18n/lessonHeadings';
import { glossaryEntries } from '../../src/i18n/glossaryEntries';
import type { GlossaryTerm } from '../../src/i18n/glossaryTypes';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/i18n/lessons');
const HANGUL = /\p{Script=Hangul}/u;

describe('COURSE_LANGS chooses the editions a build renders', () => {
  it('builds every language by default', () => {
    expect(builtLangs(undefined)).toEqual([...LANGS]);
    expect(builtLangs('')).toEqual([...LANGS]);
  });

  it('builds one or several, in course order, from commas or spaces', () => {
    expect(builtLangs('ko')).toEqual(['ko']);
    expect(builtLangs('en')).toEqual(['en']);
    expect(builtLangs('ko, en')).toEqual(['en', 'ko']);
  });

  it('refuses a language the course does not have, naming it', () => {
    expect(() => builtLangs('ko,jp')).toThrow(/unknown language jp; the course has en, ko/);
  });
});

describe('URLs of each edition', () => {
  it('puts English at the base and Korean under ko/, with or without a base path', () => {
    expect(pageHref('', '/', 'ko')).toBe('/ko/');
    expect(pageHref('speed', '/course/', 'ko')).toBe('/course/ko/speed/');
    expect(pageHref('glossary', '/course/', 'en')).toBe('/course/glossary/');
    expect(lessonHref('dcgan', '/course/', 'ko')).toBe('/course/ko/lessons/dcgan/');
    expect(lessonHref('dcgan', '/')).toBe('/lessons/dcgan/');
  });

  it('reads a page language back from its path', () => {
    expect(pageLang('/course/ko/lessons/dcgan/', '/course/')).toBe('ko');
    expect(pageLang('/course/lessons/dcgan/', '/course/')).toBe('en');
    expect(pageLang('/ko/', '/')).toBe('ko');
    expect(pageLang('/korea/', '/')).toBe('en');
  });
});

describe('the string catalogue', () => {
  const sample = (value: SiteStrings[keyof SiteStrings]): string =>
    typeof value === 'function' ? (value as (...a: unknown[]) => string)(3) : typeof value === 'string' ? value : Object.values(value).join(' ');

  it('has a Korean string for every English one, written in Hangul and not left in English', () => {
    const keys = Object.keys(STRINGS.en) as (keyof SiteStrings)[];
    expect(Object.keys(STRINGS.ko).sort()).toEqual([...keys].sort());
    const notKorean = keys.filter((key) => !HANGUL.test(sample(STRINGS.ko[key])) || sample(STRINGS.ko[key]) === sample(STRINGS.en[key]));
    expect(notKorean).toEqual([]);
  });
});

describe('the language switch and the first-visit hint', () => {
  it('carries the cell settings in the query and the section in the hash to the twin page', () => {
    expect(carryLocation('/ko/lessons/minimax-game/', '?gan-1d.lrD=0.01&gan-1d.seed=7', '#gan-1d')).toBe('/ko/lessons/minimax-game/?gan-1d.lrD=0.01&gan-1d.seed=7#gan-1d');
    expect(carryLocation('/course/lessons/dcgan/', '', '#two-players')).toBe('/course/lessons/dcgan/#two-players');
    expect(carryLocation('/ko/', '?', '#')).toBe('/ko/');
    // The rendered link may already carry an old query or hash: the current ones replace them.
    expect(carryLocation('/ko/speed/?old=1#x', '?backend=wasm', '')).toBe('/ko/speed/?backend=wasm');
  });

  it('offers Korean only when the browser ranks it above English', () => {
    expect(preferredOther(['ko-KR', 'ko', 'en-US', 'en'], 'en', ['ko'])).toBe('ko');
    expect(preferredOther(['ja', 'ko', 'en'], 'en', ['ko'])).toBe('ko');
    expect(preferredOther(['en-US', 'ko-KR'], 'en', ['ko'])).toBeNull();
    expect(preferredOther(['de-DE'], 'en', ['ko'])).toBeNull();
    expect(preferredOther([], 'en', ['ko'])).toBeNull();
  });
});

describe('translated lessons take the English heading ids by position', () => {
  it('knows which file is whose translation', () => {
    expect(englishTwinOf('/x/lessons/ko/dcgan.mdx')).toBe('/x/lessons/dcgan.mdx');
    expect(englishTwinOf('/x/lessons/dcgan.mdx')).toBeNull();
    expect(englishTwinOf('/x/lessons/en/dcgan.mdx')).toBeNull();
    expect(englishTwinOf('/x/notes/ko/dcgan.mdx')).toBeNull();
  });

  it('slugs English headings exactly as the built site does (github-slugger, Astro rehypeHeadingIds)', async () => {
    const ids = (await headingsOfFile(resolve(import.meta.dirname, '../../lessons/minimax-game.mdx'))).map((h) => h.slug);
    // The ids of lessons/minimax-game/index.html in a build.
    expect(ids).toEqual([
      'two-players',
      'the-value-function',
      'training-in-turns',
      'watch-it-in-one-dimension',
      'the-best-discriminator',
      'what-the-generator-is-minimising',
      'when-the-generator-stops-learning',
      'two-dimensions',
      'when-is-training-finished',
      'summary',
      'exercises',
    ]);
    const dcgan = (await headingsOfFile(resolve(import.meta.dirname, '../../lessons/dcgan.mdx'))).map((h) => h.slug);
    expect(dcgan).toContain('5-pixels-in-0-1-or-in-1-1');
    expect(dcgan).toContain('how-good-are-the-digits-the-digit-score');
  });

  it('keeps line numbers when it blanks the frontmatter out', () => {
    expect(withoutFrontmatter('---\ntitle: x\n---\n## A\n')).toBe('\n\n\n## A\n');
  });

  async function compileTranslation(path: string): Promise<LessonHeading[]> {
    const file = new VFile({ value: withoutFrontmatter(readFileSync(path, 'utf8')), path });
    await compile(file, { remarkPlugins: [remarkMath], rehypePlugins: [rehypeSharedHeadingIds, rehypeHeadingIds] });
    return (file.data.astro as { headings: LessonHeading[] }).headings;
  }

  it('gives a Korean lesson the ids of its English twin, inline code, math, punctuation and duplicates included', async () => {
    const english = await headingsOfFile(resolve(FIXTURES, 'players.mdx'));
    // Math in a heading is slugged from KaTeX's output text, as Astro does (KaTeX runs before its heading ids).
    expect(english.map((h) => h.slug)).toEqual(['two-players', 'dont-stop-the-value-function-vdgvd-gvdg', 'the-lrd-knob--and-0-1-vs-1-1', 'summary', 'summary-1']);
    const korean = await compileTranslation(resolve(FIXTURES, 'ko/players.mdx'));
    expect(korean.map((h) => h.slug)).toEqual(english.map((h) => h.slug));
    expect(korean[0]!.text).toBe('두 선수');
  });

  it('fails, naming both files, when the headings differ in number or level', async () => {
    await expect(compileTranslation(resolve(FIXTURES, 'ko/drifted.mdx'))).rejects.toThrow(
      /tests\/fixtures\/i18n\/lessons\/ko\/drifted\.mdx must have the same headings.*tests\/fixtures\/i18n\/lessons\/drifted\.mdx.*first differ at heading 2/s,
    );
  });

  it('describes a level mismatch even when the counts agree', () => {
    const en = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
    ];
    expect(headingMismatch([{ depth: 2, text: '가' }, { depth: 2, text: '나' }], en, 'ko.mdx', 'en.mdx')).toMatch(/first differ at heading 2[\s\S]*h2 나[\s\S]*h3 B/);
    expect(headingMismatch([{ depth: 2, text: '가' }, { depth: 3, text: '나' }], en, 'ko.mdx', 'en.mdx')).toBeNull();
  });
});

describe('glossary entries', () => {
  const term: GlossaryTerm = {
    id: 'discriminator',
    ko: '판별자',
    en: 'discriminator',
    symbol: 'D(x)',
    lesson: 'minimax-game',
    section: 'two-players',
    koDefinition: '분류기입니다.',
    enDefinition: 'A classifier.',
  };
  const lessons = [{ id: 'minimax-game', title: '미니맥스 게임', sections: new Map([['two-players', '두 선수']]) }];

  it('shows the term in the page language first, its symbol as KaTeX, and its section', () => {
    const [entry] = glossaryEntries([term], 'ko', lessons);
    expect(entry).toMatchObject({ term: '판별자', other: 'discriminator', definition: '분류기입니다.', section: { id: 'two-players', text: '두 선수' } });
    expect(entry!.symbolHtml).toContain('class="katex"');
    expect(entry!.symbolHtml).toContain('<math');
  });

  it('fails the build for a section, lesson or symbol that does not exist', () => {
    expect(() => glossaryEntries([{ ...term, section: 'nowhere' }], 'ko', lessons)).toThrow(/'discriminator': lesson 'minimax-game' \(ko\) has no section #nowhere/);
    expect(() => glossaryEntries([{ ...term, lesson: 'gone' }], 'en', lessons)).toThrow(/no lesson 'gone' in the en edition/);
    expect(() => glossaryEntries([{ ...term, symbol: '\\frac{' }], 'en', lessons)).toThrow(/is not valid TeX/);
    expect(() => glossaryEntries([term, term], 'en', lessons)).toThrow(/used twice/);
  });
});
