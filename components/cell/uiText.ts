/**
 * The page's interface text for the cell's script and its views. Pages that
 * are not English load their language's table first, as a cached script that
 * sets one global (src/i18n/interfaceScript.ts); English pages have none and
 * show the English the code writes.
 */
import { INTERFACE_STRINGS_GLOBAL } from '../../src/i18n/interfaceGlobal';
import { translator, type Translate } from '../../src/i18n/translate';

let cached: Translate | null = null;

/** The table if the script set one: an object of strings, nothing else. */
function loadedTable(): Record<string, string> | null {
  const value: unknown = (globalThis as Record<string, unknown>)[INTERFACE_STRINGS_GLOBAL];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  // A damaged table shows English rather than nothing.
  return Object.values(value).every((v) => typeof v === 'string') ? (value as Record<string, string>) : null;
}

export function uiText(): Translate {
  cached ??= translator(loadedTable());
  return cached;
}
