/**
 * Each edition's interface table as a cacheable script
 * (<base>ko/interface-strings.<hash>.js; src/i18n/interfaceScript.ts).
 * English has none.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { interfaceScript } from '../../i18n/interfaceScript';
import { langPaths } from '../../i18n/routes';

export const getStaticPaths = (async () => {
  const pages = [];
  for (const { params, props } of langPaths()) {
    const script = await interfaceScript(props.lang);
    if (script) pages.push({ params: { ...params, interfaceStrings: script.file }, props: { body: script.body } });
  }
  return pages;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
