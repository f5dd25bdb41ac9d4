/**
 * The course's languages. English is served at the base path, every other
 * language under `<base><lang>/` with the same slugs. Adding a language
 * starts here: the string catalogue, the lesson collections and the page
 * routes all take their list from LANGS, so a missing piece is a type error.
 */

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Served at the base path, and the hreflang x-default. */
export const DEFAULT_LANG: Lang = 'en';

/** The language's name in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The languages this build renders: COURSE_LANGS="ko", "en" or "en,ko"
 * (commas or spaces); unset or empty means all of them. An unknown code
 * fails the build rather than silently building less.
 */
export function builtLangs(setting: string | undefined = process.env.COURSE_LANGS): Lang[] {
  const asked = (setting ?? '').split(/[\s,]+/).filter(Boolean);
  if (asked.length === 0) return [...LANGS];
  const unknown = asked.filter((code) => !isLang(code));
  if (unknown.length > 0) {
    throw new Error(`COURSE_LANGS=${setting}: unknown language ${unknown.join(', ')}; the course has ${LANGS.join(', ')}`);
  }
  return LANGS.filter((lang) => asked.includes(lang));
}

/** The URL segment before a page's path: '' for English, 'ko/' for Korean. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** The `[...lang]` route parameter: undefined (no segment) for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** The language of a `[...lang]` route parameter. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if (!isLang(param)) throw new Error(`no language '${param}'`);
  return param;
}

/** Each language's lesson collection (src/content.config.ts). */
export const LESSON_COLLECTIONS = { en: 'lessons', ko: 'lessonsKo' } as const satisfies Record<Lang, string>;
