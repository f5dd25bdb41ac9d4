import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { koInterface } from '../../src/i18n/ko/interface';
import { fill, translator } from '../../src/i18n/translate';
import { GAN_CARDS } from '../../components/GanCards';
import { ROOT, sourceFiles } from './helpers/sourceFiles';
import { join } from 'node:path';

/** English sentences the interface passes to t('…') (string literals only: a sentence is never built from pieces). */
function sentencesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles('components', 'src/layouts', 'src/pages').filter((f) => /\.(ts|astro)$/.test(f))) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      const sentence = m[2].replace(/\\(['"`\\])/g, '$1');
      if (!sentence.includes('${')) found.set(sentence, file);
    }
  }
  return found;
}

describe('interface text', () => {
  it('fills {name} places and leaves unknown ones as written', () => {
    expect(fill('Step {step} of {total}', { step: 3, total: 10 })).toBe('Step 3 of 10');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(translator(null)('Reset: new weights with seed {seed}.', { seed: 7 })).toBe('Reset: new weights with seed 7.');
    expect(translator({ Run: '실행' })('Run')).toBe('실행');
    // A key such as "constructor" is not taken from the object's prototype.
    expect(translator({})('constructor')).toBe('constructor');
  });

  it('every sentence the interface shows has Korean (a new string without it fails)', () => {
    const missing = [...sentencesInCode()].filter(([sentence]) => !Object.hasOwn(koInterface, sentence)).map(([s, file]) => `${file}: ${s}`);
    expect(missing).toEqual([]);
  });

  it('every text of the gallery\'s cards has Korean', () => {
    const texts = GAN_CARDS.flatMap((c) => [c.name, c.does, c.whyNotHere, ...(c.link ? [c.link.text] : [])]);
    expect(texts.filter((text) => !Object.hasOwn(koInterface, text))).toEqual([]);
  });

  it('Korean keeps every {place} of its English sentence', () => {
    const broken = Object.entries(koInterface).filter(([en, ko]) => {
      const places = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
      return places(en) !== places(ko);
    });
    expect(broken).toEqual([]);
  });
});
