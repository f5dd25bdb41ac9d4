/**
 * Internal URLs that honour the site's base path (BASE_PATH at build time,
 * exposed as import.meta.env.BASE_URL) and the page's language (English at
 * the base, others under '<base><lang>/'). The site uses trailingSlash
 * 'always', so page links end in '/' and asset links do not.
 */
import { DEFAULT_LANG, langPrefix, type Lang } from '../../src/i18n/langs';

/** Base path with exactly one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function join(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/**
 * A page's URL: `pageHref('lessons/minimax-game', '/course')` -> '/course/lessons/minimax-game/';
 * `pageHref('speed', '/', 'ko')` -> '/ko/speed/'.
 */
export function pageHref(path: string, base: string = import.meta.env.BASE_URL, lang: Lang = DEFAULT_LANG): string {
  const url = join(base, langPrefix(lang) + path.replace(/^\/+/, ''));
  return url.endsWith('/') ? url : `${url}/`;
}

/** A file in public/: `assetHref('favicon.svg', '/course/')` -> '/course/favicon.svg'. */
export function assetHref(file: string, base: string = import.meta.env.BASE_URL): string {
  return join(base, file);
}

/** The URL of a lesson from its collection id (its file name without .mdx). */
export function lessonHref(id: string, base: string = import.meta.env.BASE_URL, lang: Lang = DEFAULT_LANG): string {
  return pageHref(`lessons/${id}`, base, lang);
}
