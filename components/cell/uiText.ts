/**
 * The page's interface text for the cell's script and its views. Pages that
 * are not English load the tables first, as one cached script that sets a
 * global of tables by language (src/i18n/interfaceScript.ts); this takes the
 * page's (<html lang>). English pages have none and show the English the
 * code writes.
 */
import { INTERFACE_STRINGS_GLOBAL } from '../../src/i18n/interfaceGlobal';
import { translator, type Translate } from '../../src/i18n/translate';

let cached: Translate | null = null;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page language's table if the script set one: an object of strings, nothing else. */
function loadedTable(): Record<string, string> | null {
  const tables: unknown = (globalThis as Record<string, unknown>)[INTERFACE_STRINGS_GLOBAL];
  const table = isRecord(tables) && Object.hasOwn(tables, document.documentElement.lang) ? tables[document.documentElement.lang] : null;
  // A damaged table shows English rather than nothing.
  return isRecord(table) && Object.values(table).every((v) => typeof v === 'string') ? (table as Record<string, string>) : null;
}

export function uiText(): Translate {
  cached ??= translator(loadedTable());
  return cached;
}
