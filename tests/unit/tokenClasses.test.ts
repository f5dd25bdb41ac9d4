/**
 * Highlighted code carries token colours as classes, not inline styles
 * (src/codeView/tokenClasses.ts): the text is unchanged, a setting's span
 * keeps its data attribute, and every class used gets a light and a dark rule.
 */
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/codeView/highlight';
import { hasKeras, kerasSnippet } from '../../src/codeView/keras';
import { readRegion } from '../../src/codeView/regions';
import { SOURCE_REGIONS } from '../../src/codeView/sources';
import { tokenClassCss, tokenClasses } from '../../src/codeView/tokenClasses';
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

  it('leaves no colour in any style of any cell’s source tab or Keras tab', async () => {
    for (const [kind, regions] of Object.entries(SOURCE_REGIONS)) {
      for (const r of regions) expect(await highlight(readRegion(r.file, r.region), 'typescript'), `${kind}: ${r.region}`).not.toMatch(/<span[^>]*style="[^"]*color/);
    }
    for (const kind of Object.keys(cellDefinitions).filter(hasKeras)) {
      const keras = kerasSnippet(kind, defaultValues(cellDefinitions[kind as keyof typeof cellDefinitions]));
      const html = await highlight(keras.code, 'python', keras.params);
      expect(html, kind).not.toMatch(/<span[^>]*style="[^"]*color/);
    }
  });

  it('keeps a token’s other declarations (bold, italic) and its own classes', () => {
    const token = { type: 'element', tagName: 'span', properties: { class: 'mine', style: 'color:#111111;font-weight:bold;--shiki-dark:#222222;--shiki-dark-font-weight:bold' }, children: [{ type: 'text', value: '\\d' }] };
    const pre = { type: 'element', tagName: 'pre', properties: { style: 'color:#0e1116;--shiki-dark:#e6edf3' }, children: [token] };
    const addClassToHast = (node: { properties: { class?: unknown } }, name: string) => {
      node.properties.class = [...String(node.properties.class ?? '').split(' ').filter(Boolean), name].join(' ');
    };
    tokenClasses.pre!.call({ addClassToHast } as never, pre as never);
    expect(token.properties).toEqual({ class: 'mine hl-111111-222222', style: 'font-weight:bold;--shiki-dark-font-weight:bold' });
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
