/**
 * The interface tables of the languages other than English as one small
 * script file of their own (<base>interface-strings.js), which every page of
 * those editions loads: the browser caches it once instead of every page
 * carrying the whole table inline (about 25 KB gzip of Korean). Pages link it
 * with `?v=<hash of the text>`, so a new build is never read from an old
 * cache. The route's name is static because `astro dev` only serves a
 * dynamic route's file name with a trailing slash. components/cell/uiText.ts
 * picks the page's language from the tables the script sets. Node only.
 */
import { createHash } from 'node:crypto';
import { INTERFACE_STRINGS_GLOBAL } from './interfaceGlobal';
import { builtLangs } from './langs';
import { interfaceTable } from './translate';

/** The file under the site's base. */
export const INTERFACE_SCRIPT_FILE = 'interface-strings.js';

/** The script's text: `globalThis.courseInterfaceStrings = { ko: { english: korean, … } };`. */
export async function interfaceScriptBody(): Promise<string> {
  const tables: Record<string, Record<string, string>> = {};
  for (const lang of builtLangs()) {
    const table = await interfaceTable(lang);
    if (table) tables[lang] = table;
  }
  // JSON is a JavaScript expression; escaping '<' keeps it inert if ever inlined.
  return `globalThis.${INTERFACE_STRINGS_GLOBAL} = ${JSON.stringify(tables).replace(/</g, '\\u003c')};\n`;
}

/** The query that names this build's text, e.g. '?v=3f2a91c0d4'. */
export async function interfaceScriptVersion(): Promise<string> {
  return `?v=${createHash('sha256').update(await interfaceScriptBody()).digest('hex').slice(0, 10)}`;
}
