/**
 * How Korean a page reads: the share of Hangul among the letters a reader
 * sees in <main>. Math, code, English terms in parentheses and reference
 * titles count as non-Hangul letters; digits and punctuation are not
 * letters; text that is not displayed (KaTeX's MathML copy for screen
 * readers, hidden elements) is not counted.
 */
import type { Page } from '@playwright/test';

export interface LetterCount {
  letters: number;
  hangul: number;
}

/** Letters (\p{L}) and Hangul letters in a string. */
export function countLetters(text: string): LetterCount {
  return {
    letters: text.match(/\p{L}/gu)?.length ?? 0,
    hangul: text.match(/\p{Script=Hangul}/gu)?.length ?? 0,
  };
}

export function hangulShare({ letters, hangul }: LetterCount): number {
  return letters === 0 ? 0 : hangul / letters;
}

/** The text of <main> a reader sees, as one string (browser side). */
export function visibleMainText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return '';
    const parts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.katex-mathml, script, style, template, [hidden]')) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}
