import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { koInterface } from '../../src/i18n/ko/interface';
import { fill, translator } from '../../src/i18n/translate';
import { render, sentence, sentenceOf } from '../../src/i18n/sentence';
import { CheckpointError } from '../../src/ml/checkpoint/checkpoint';
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

/**
 * English templates of sentences said without a page (src/i18n/sentence.ts): the
 * worker's messages, checkpoint refusals, the parameter checks. The page
 * renders them with its table, so each needs Korean like a t('…') sentence.
 */
function sentenceTemplates(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles('src', 'components').filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\b(?:sentence|new CheckpointError)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      const template = m[2].replace(/\\(['"`\\])/g, '$1');
      if (!template.includes('${')) found.set(template, file);
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

  it('every sentence the worker, the checkpoint checks and the parameter checks send has Korean', () => {
    const templates = sentenceTemplates();
    // The scan finds them (a change of how they are written must not make this test vacuous).
    expect(templates.size).toBeGreaterThan(40);
    expect(templates.has('The {metric} became {value} at step {step}: training diverged.')).toBe(true);
    const missing = [...templates].filter(([template]) => !Object.hasOwn(koInterface, template)).map(([s, file]) => `${file}: ${s}`);
    expect(missing).toEqual([]);
  });

  it('renders a sentence from the worker, with the sentences inside it, in Korean', () => {
    const refused = new CheckpointError("The checkpoint is missing the weight '{name}'.", { name: 'dense/kernel' });
    const ko = render(sentence('Training failed: {error}', { error: sentenceOf(refused) }), translator(koInterface));
    expect(ko).toBe("학습에 실패했습니다: 체크포인트에 가중치 'dense/kernel'이(가) 없습니다. 지금 모델은 그대로 두었습니다.");
    // English pages and logs read the English, whole.
    expect(refused.message).toBe("The checkpoint is missing the weight 'dense/kernel'. Your current model was kept.");
    // An error from elsewhere keeps its words; one the table knows word for word is translated.
    expect(render(sentenceOf(new Error('WebGL is not supported')), translator(koInterface))).toBe('WebGL is not supported');
    expect(render(sentenceOf(new Error('This cell cannot load checkpoints.')), translator(koInterface))).toBe('이 셀은 체크포인트를 불러올 수 없습니다.');
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
