/**
 * Internal URLs that honour the site's base path (BASE_PATH at build time,
 * exposed as import.meta.env.BASE_URL). The site uses trailingSlash
 * 'always', so page links end in '/' and asset links do not.
 */

/** Base path with exactly one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function join(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** A page's URL: `pageHref('lessons/minimax-game', '/course')` -> '/course/lessons/minimax-game/'. */
export function pageHref(path: string, base: string = import.meta.env.BASE_URL): string {
  const url = join(base, path);
  return url.endsWith('/') ? url : `${url}/`;
}

/** A file in public/: `assetHref('favicon.svg', '/course/')` -> '/course/favicon.svg'. */
export function assetHref(file: string, base: string = import.meta.env.BASE_URL): string {
  return join(base, file);
}

/** The URL of a lesson from its collection id (its file name without .mdx). */
export function lessonHref(id: string, base: string = import.meta.env.BASE_URL): string {
  return pageHref(`lessons/${id}`, base);
}
