/** The interface tables of the editions that are not English, as one cacheable script (src/i18n/interfaceScript.ts). */
import type { APIRoute } from 'astro';
import { interfaceScriptBody } from '../i18n/interfaceScript';

export const GET: APIRoute = async () => new Response(await interfaceScriptBody(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
