/**
 * Pure helpers for the language switch and the first-visit hint (no DOM, so
 * they are unit-tested in Node). Both scripts import this module, which
 * also keeps each of them a file of its own: Astro inlines a small script
 * that imports nothing, and the site's CSP allows no inline script.
 */

/**
 * The other edition's URL with this page's query (the shareable
 * `cell.key=value` settings, `backend=`) and hash (the section): the twin
 * has the same cells and the same heading ids.
 */
export function carryLocation(twinPath: string, search: string, hash: string): string {
  const path = twinPath.replace(/[?#].*$/, '');
  const query = search === '?' ? '' : search;
  const fragment = hash === '#' ? '' : hash;
  return path + query + fragment;
}

/** The primary subtag of a BCP 47 tag: 'ko-KR' -> 'ko'. */
function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Which of `offered` the reader's browser ranks above `current` (the page's
 * language), if any: ['ko-KR', 'en-US'] on an English page offering 'ko'
 * gives 'ko'; ['en-US', 'ko'] gives null (English is preferred).
 */
export function preferredOther(languages: readonly string[], current: string, offered: readonly string[]): string | null {
  for (const tag of languages) {
    const lang = primary(tag);
    if (lang === current) return null;
    if (offered.includes(lang)) return lang;
  }
  return null;
}

/** localStorage key remembering that the reader closed (or followed) the hint. */
export const HINT_DISMISSED_KEY = 'gan-course.language-hint.dismissed';
