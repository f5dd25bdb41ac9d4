/**
 * The language of a page from its URL, for components that lessons embed
 * without props about language (Cell.astro: `pageLang(Astro.url.pathname)`);
 * scripts in the browser read `document.documentElement.lang` instead.
 */
import { normaliseBase } from '../../components/site/paths';
import { DEFAULT_LANG, isLang, type Lang } from './langs';

export function pageLang(pathname: string, base: string = import.meta.env.BASE_URL): Lang {
  const root = normaliseBase(base);
  if (!pathname.startsWith(root)) return DEFAULT_LANG;
  const first = pathname.slice(root.length).split('/')[0] ?? '';
  return isLang(first) ? first : DEFAULT_LANG;
}
