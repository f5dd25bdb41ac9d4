/**
 * Shiki colours every token with an inline style (`color:…;--shiki-dark:…`),
 * about forty bytes per token and most of a lesson page's size. This
 * transformer names each light/dark colour pair once as a class
 * (`hl-<light>-<dark>`) and leaves tokens in the block's own colour as plain
 * text; tokenClassCss writes the rules for the classes an HTML string uses.
 * Node only (build time).
 */
import type { ShikiTransformer } from 'shiki';

/** A HAST element, as Shiki's hooks receive it. */
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type ElementContent = Element['children'][number];

const HEX = '#([0-9a-fA-F]{6})';
/** A token's style as Shiki writes it with a light and a dark theme. */
const TOKEN_STYLE = new RegExp(`^color:${HEX};--shiki-dark:${HEX}$`);
/** The block's own colours, from the <pre>'s style. */
const PRE_COLOURS = new RegExp(`(?:^|;)color:${HEX};--shiki-dark:${HEX}(?:;|$)`);
const CLASS_NAME = /\bhl-([0-9a-f]{6})-([0-9a-f]{6})\b/g;

function hasProperties(node: Element): boolean {
  return Object.keys(node.properties).length > 0;
}

/** Rewrites token spans below `node`; spans left without any property give way to their text. */
function rewrite(node: Element, fallback: string): void {
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    const match = TOKEN_STYLE.exec(String(child.properties.style ?? ''));
    if (match) {
      delete child.properties.style;
      const pair = `${match[1]}-${match[2]}`.toLowerCase();
      if (pair !== fallback) child.properties.className = [...((child.properties.className as string[] | undefined) ?? []), `hl-${pair}`];
    }
    rewrite(child, fallback);
    if (child.tagName === 'span' && !hasProperties(child)) children.push(...child.children);
    else children.push(child);
  }
  node.children = children;
}

export const tokenClasses: ShikiTransformer = {
  name: 'course:token-classes',
  pre(node) {
    const own = PRE_COLOURS.exec(String(node.properties.style ?? ''));
    rewrite(node, own ? `${own[1]}-${own[2]}`.toLowerCase() : '');
  },
};

/** CSS for the token classes `html` uses: the light colour, and the dark one when the reader prefers dark. */
export function tokenClassCss(html: string): string {
  const pairs = [...new Set([...html.matchAll(CLASS_NAME)].map((m) => `${m[1]}-${m[2]}`))].sort();
  if (!pairs.length) return '';
  const light = pairs.map((p) => `.hl-${p}{color:#${p.slice(0, 6)}}`).join('');
  const dark = pairs.map((p) => `.hl-${p}{color:#${p.slice(7)}}`).join('');
  return `${light}@media (prefers-color-scheme: dark){${dark}}`;
}
