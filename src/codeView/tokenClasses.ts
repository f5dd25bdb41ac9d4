/**
 * Shiki colours every token with an inline style (`color:…;--shiki-dark:…`),
 * about forty bytes per token and most of a lesson page's size. This
 * transformer names each light/dark colour pair once as a class
 * (`hl-<light>-<dark>`) and leaves tokens in the block's own colour as plain
 * text; tokenClassCss writes the rules for the classes an HTML string uses.
 * Other declarations of a token (bold, italic) stay in its style.
 * Node only (build time).
 */
import type { ShikiTransformer, ShikiTransformerContext } from 'shiki';

/** A HAST element, as Shiki's hooks receive it. */
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type AddClass = ShikiTransformerContext['addClassToHast'];

const HEX = /^#[0-9a-fA-F]{6}$/;
const CLASS_NAME = /\bhl-([0-9a-f]{6})-([0-9a-f]{6})\b/g;

/** A style's declarations by property, in order. */
function declarations(style: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of String(style ?? '').split(';')) {
    const at = part.indexOf(':');
    if (at > 0) out.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return out;
}

/** 'a0111f-ff7b72' for a style with a light colour and a dark one, else null. */
function colourPair(style: Map<string, string>): string | null {
  const light = style.get('color');
  const dark = style.get('--shiki-dark');
  return light && dark && HEX.test(light) && HEX.test(dark) ? `${light.slice(1)}-${dark.slice(1)}`.toLowerCase() : null;
}

/**
 * Moves the colours of the tokens below `node` into classes; a span left
 * without any property gives way to its text. `blockPair` is the <pre>'s own
 * colours, which its tokens inherit without a class.
 */
function classifyTokens(node: Element, blockPair: string | null, addClass: AddClass): void {
  const children: Element['children'] = [];
  for (const child of node.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    const style = declarations(child.properties.style);
    const pair = colourPair(style);
    if (pair) {
      style.delete('color');
      style.delete('--shiki-dark');
      const rest = [...style].map(([k, v]) => `${k}:${v}`).join(';');
      if (rest) child.properties.style = rest;
      else delete child.properties.style;
      if (pair !== blockPair) addClass(child, `hl-${pair}`);
    }
    classifyTokens(child, blockPair, addClass);
    if (child.tagName === 'span' && Object.keys(child.properties).length === 0) children.push(...child.children);
    else children.push(child);
  }
  node.children = children;
}

export const tokenClasses: ShikiTransformer = {
  name: 'course:token-classes',
  pre(node) {
    classifyTokens(node, colourPair(declarations(node.properties.style)), this.addClassToHast.bind(this));
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
