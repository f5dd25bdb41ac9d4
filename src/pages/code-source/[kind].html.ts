/** Each cell kind's source tab as one file, fetched when a learner opens a code view (src/codeView/sourceFigures.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SOURCE_KINDS, sourceFiguresHtml } from '../../codeView/sourceFigures';

export const getStaticPaths: GetStaticPaths = () => SOURCE_KINDS.map((kind) => ({ params: { kind } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await sourceFiguresHtml(String(params.kind)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
