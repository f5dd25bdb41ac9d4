/**
 * The page's interface text for the cell's script and its views: the page
 * layout embeds the language's table as JSON data (no script runs from it)
 * on pages that are not English; English pages have none and show the
 * English the code writes.
 */
import { translator, type Translate } from '../../src/i18n/translate';

let cached: Translate | null = null;

export function uiText(): Translate {
  if (cached) return cached;
  const data = document.getElementById('interface-strings')?.textContent;
  let table: Record<string, string> | null = null;
  try {
    table = data ? (JSON.parse(data) as Record<string, string>) : null;
  } catch {
    table = null; // a damaged table shows English rather than nothing
  }
  cached = translator(table);
  return cached;
}
