/**
 * A lesson's notebook at <base>lessons/<slug>.ipynb (and <base>ko/lessons/…):
 * every cell of the lesson in Keras with the lesson's settings
 * (src/codeView/notebook.ts). Built once per lesson and language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { langPaths, lessonsIn } from '../../../i18n/routes';
import { notebookForLesson } from '../../../codeView/notebook';
import { lessonHref } from '../../../../components/site/paths';
import type { Lang } from '../../../i18n/langs';

export const getStaticPaths = (async () => {
  const pages = [];
  for (const { params, props } of langPaths()) {
    for (const lesson of await lessonsIn(props.lang)) {
      const { title, summary } = lesson.data as unknown as { title: string; summary: string };
      pages.push({ params: { ...params, slug: lesson.id }, props: { lang: props.lang, slug: lesson.id, title, summary } });
    }
  }
  return pages;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; slug: string; title: string; summary: string }> = ({ props, site }) => {
  const path = lessonHref(props.slug, import.meta.env.BASE_URL, props.lang);
  // A notebook opened elsewhere cannot follow a site-relative link: link only when the build knows its host.
  const url = site ? new URL(path, site).href : null;
  const notebook = notebookForLesson({ slug: props.slug, title: props.title, summary: props.summary, url }, props.lang);
  return new Response(JSON.stringify(notebook, null, 1) + '\n', { headers: { 'Content-Type': 'application/x-ipynb+json' } });
};
