/**
 * Highlighted code carries token colours as classes, not inline styles
 * (src/codeView/tokenClasses.ts): the text is unchanged, a setting's span
 * keeps its data attribute, and every class used gets a light and a dark rule.
 */
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/codeView/highlight';
import { kerasSnippet } from '../../src/codeView/keras';
import { readRegion } from '../../src/codeView/regions';
import { SOURCE_REGIONS } from '../../src/codeView/sources';
import { tokenClassCss } from '../../src/codeView/tokenClasses';
import { defaultValues } from '../../src/cells/params';
import { cellDefinitions } from '../../src/cells/index';

/** The text a browser shows for highlighted HTML. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x26;|&amp;/g, '&');
}

describe('token colours as classes', () => {
  it('leaves no inline style on a token, and the same text', async () => {
    const region = SOURCE_REGIONS.dcgan[0];
    const code = readRegion(region.file, region.region);
    const html = await highlight(code, 'typescript');
    expect(html).not.toMatch(/<span[^>]*style=/);
    expect(html).toMatch(/<span class="hl-[0-9a-f]{6}-[0-9a-f]{6}">/);
    expect(textOf(html).replace(/\n/g, '')).toBe(code.replace(/\n/g, ''));
  });

  it('keeps the spans the page updates with the cell’s settings', async () => {
    const keras = kerasSnippet('dcgan', defaultValues(cellDefinitions.dcgan));
    const html = await highlight(keras.code, 'python', keras.params);
    for (const p of keras.params) expect(html).toContain(`data-code-param="${p.key}"`);
    expect(textOf(html).replace(/\n/g, '')).toBe(keras.code.replace(/\n/g, ''));
  });

  it('writes a light and a dark rule for every class used, and nothing when none is', async () => {
    const html = await highlight('const lr = 0.002; // Adam', 'typescript');
    const css = tokenClassCss(html);
    const used = new Set([...html.matchAll(/hl-[0-9a-f]{6}-[0-9a-f]{6}/g)].map((m) => m[0]));
    expect(used.size).toBeGreaterThan(1);
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    for (const name of used) {
      const [, l, d] = /hl-(\w{6})-(\w{6})/.exec(name)!;
      expect(light).toContain(`.${name}{color:#${l}}`);
      expect(dark).toContain(`.${name}{color:#${d}}`);
    }
    expect(tokenClassCss('<pre><code>x</code></pre>')).toBe('');
  });
});
