/** The course's name and pitch, used by the header, titles and home page (every language: src/i18n/strings.ts). */
import { DEFAULT_LANG, type Lang } from '../../src/i18n/langs';
import { strings } from '../../src/i18n/strings';

export const COURSE_NAME = strings(DEFAULT_LANG).courseName;
export const COURSE_TAGLINE = strings(DEFAULT_LANG).tagline;

/** "<page> · <course>", or just the course name for the home page. */
export function pageTitle(page?: string, lang: Lang = DEFAULT_LANG): string {
  const course = strings(lang).courseName;
  return page ? `${page} · ${course}` : course;
}
