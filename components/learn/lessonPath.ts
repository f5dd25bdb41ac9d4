/** A lesson page's slug and source file from its URL path (lesson pages are <base>[<lang>/]lessons/<slug>/). */

/** The MDX file a lesson page was built from, for error messages: lessons/<slug>.mdx or lessons/<lang>/<slug>.mdx. */
export function lessonFileOf(pathname: string, lang: string, defaultLang: string): string {
  const slug = pathname.replace(/\/+$/, '').split('/').pop() ?? '?';
  return lang === defaultLang ? `lessons/${slug}.mdx` : `lessons/${lang}/${slug}.mdx`;
}

/** The lesson slug of a lesson page's path (the last segment). */
export function lessonSlugOf(pathname: string): string {
  return pathname.replace(/\/+$/, '').split('/').pop() ?? '';
}
