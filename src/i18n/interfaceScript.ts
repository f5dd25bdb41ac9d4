/**
 * A language's interface table as a small script file of its own
 * (<base><lang>/interface-strings.<hash>.js), which every page of that
 * edition loads: the browser caches it once instead of every page carrying
 * the whole table inline (about 25 KB gzip of Korean). The hash in the name
 * changes with the text, so a new build is never read from an old cache.
 * components/cell/uiText.ts reads the table the script sets. Node only.
 */
import { createHash } from 'node:crypto';
import { INTERFACE_STRINGS_GLOBAL } from './interfaceGlobal';
import type { Lang } from './langs';
import { interfaceTable } from './translate';

export interface InterfaceScript {
  /** File name under the edition's folder, e.g. 'interface-strings.3f2a91c0.js'. */
  file: string;
  body: string;
}

/** The script of `lang`'s table, or null for English, which needs none. */
export async function interfaceScript(lang: Lang): Promise<InterfaceScript | null> {
  const table = await interfaceTable(lang);
  if (!table) return null;
  // JSON is a JavaScript expression; escaping '<' keeps it inert if ever inlined.
  const body = `globalThis.${INTERFACE_STRINGS_GLOBAL} = ${JSON.stringify(table).replace(/</g, '\\u003c')};\n`;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { file: `interface-strings.${hash}.js`, body };
}
