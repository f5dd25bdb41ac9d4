/**
 * The code view's source files (src/codeView/sourceFigures.ts): one per
 * kind with marked regions, each beginning as the page's script checks, the
 * file names escaped, and a path whose query changes with the content.
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, sourceFiguresHtml, sourceFiguresPath } from '../../src/codeView/sourceFigures';
import { SOURCE_FILE_START } from '../../src/codeView/sourceFileStart';
import { SOURCE_REGIONS } from '../../src/codeView/sources';

describe('code view source files', () => {
  it('exist for every kind with regions, one figure per region, beginning as the page expects', async () => {
    expect(SOURCE_KINDS.length).toBeGreaterThan(10);
    for (const kind of SOURCE_KINDS) {
      const html = await sourceFiguresHtml(kind);
      expect(html.startsWith(SOURCE_FILE_START), kind).toBe(true);
      expect(html.split(SOURCE_FILE_START).length - 1, kind).toBe(SOURCE_REGIONS[kind].length);
      for (const { file } of SOURCE_REGIONS[kind]) expect(html, kind).toContain(`<figcaption><code>${file}</code></figcaption>`);
    }
  }, 120_000);

  it('are empty for a kind without regions', async () => {
    expect(await sourceFiguresHtml('no-such-kind')).toBe('');
  });

  it('are addressed by kind with a digest of their content', () => {
    const a = sourceFiguresPath('dcgan', '<figure class="code-file">a</figure>');
    expect(a).toMatch(/^code-source\/dcgan\.html\?v=[0-9a-f]{12}$/);
    expect(sourceFiguresPath('dcgan', '<figure class="code-file">b</figure>')).not.toBe(a);
    expect(sourceFiguresPath('dcgan', '<figure class="code-file">a</figure>')).toBe(a);
  });
});
