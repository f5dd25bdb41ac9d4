/**
 * The code view's first tab for a cell kind: each marked region of the
 * course's source (./sources.ts), highlighted, under its file's name. It is
 * the largest part of a lesson page that no learner reads until they open a
 * view, so it is built once per kind as its own file
 * (src/pages/code-source/[kind].html.ts) and fetched on opening
 * (components/cell/codeView.ts). Node only (build time).
 */
import { createHash } from 'node:crypto';
import { highlight } from './highlight';
import { readRegion } from './regions';
import { SOURCE_FILE_START } from './sourceFileStart';
import { SOURCE_REGIONS } from './sources';

/** Every page with a cell of a kind asks for the same HTML: highlight each kind once per build. */
const built = new Map<string, Promise<string>>();

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The cell kinds whose view has a source tab. */
export const SOURCE_KINDS: readonly string[] = Object.keys(SOURCE_REGIONS).filter((kind) => SOURCE_REGIONS[kind].length > 0);

/** The source tab's figures for `kind` (empty for a kind without regions). */
export function sourceFiguresHtml(kind: string): Promise<string> {
  // `astro dev` re-reads the regions on every request, so an edited file shows at the next load.
  let html = import.meta.env?.DEV ? undefined : built.get(kind);
  if (!html) {
    html = Promise.all(
      (SOURCE_REGIONS[kind] ?? []).map(
        async (r) => `${SOURCE_FILE_START}<figcaption><code>${escapeHtml(r.file)}</code></figcaption>${await highlight(readRegion(r.file, r.region), 'typescript')}</figure>`,
      ),
    ).then((figures) => figures.join('\n'));
    built.set(kind, html);
  }
  return html;
}

/**
 * The file's path under the site's base, with a digest of its content as a
 * query, so a browser that cached last build's file does not show it beside
 * this build's page.
 */
export function sourceFiguresPath(kind: string, html: string): string {
  return `code-source/${kind}.html?v=${createHash('sha256').update(html).digest('hex').slice(0, 12)}`;
}
