/**
 * Rehype plugin: the headings of a lesson in another language
 * (lessons/<lang>/<slug>.mdx) take the ids of the English lesson's headings
 * (lessons/<slug>.mdx) by position, so '#two-players' names the same section
 * in every edition and the language switch can keep the hash. The build
 * fails, naming both files, when the two lessons' headings differ in number
 * or level. Registered in astro.config.mjs; English lessons pass untouched.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { DEFAULT_LANG, isLang } from './langs';
import { headingsOfFile, type LessonHeading } from './lessonHeadings';

/** lessons/ko/dcgan.mdx -> lessons/dcgan.mdx; null for any file that is not another edition's lesson. */
export function englishTwinOf(path: string): string | null {
  const dir = dirname(path);
  const lang = basename(dir);
  if (!path.endsWith('.mdx') || !isLang(lang) || lang === DEFAULT_LANG || basename(dirname(dir)) !== 'lessons') return null;
  return join(dirname(dir), basename(path));
}

const HEADING = /^h([1-6])$/;

function describe(headings: readonly { depth: number; text: string }[]): string {
  return headings.map((h, i) => `    ${i + 1}. h${h.depth} ${h.text}`).join('\n') || '    (none)';
}

/** The error for two heading lists that do not match position by position, or null when they do. */
export function headingMismatch(
  translated: readonly { depth: number; text: string }[],
  english: readonly LessonHeading[],
  translatedFile: string,
  englishFile: string,
): string | null {
  const sameShape = translated.length === english.length && translated.every((h, i) => h.depth === english[i]!.depth);
  if (sameShape) return null;
  const first = translated.findIndex((h, i) => h.depth !== english[i]?.depth);
  const at = first === -1 ? english.length : first;
  return (
    `${translatedFile} must have the same headings, in number, order and level, as ${englishFile} ` +
    `(its headings take the English ids by position). ${translatedFile} has ${translated.length}, ${englishFile} has ${english.length}; ` +
    `they first differ at heading ${at + 1}.\n  ${translatedFile}:\n${describe(translated)}\n  ${englishFile}:\n${describe(english)}`
  );
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (t: { value: string }) => {
    text += t.value;
  });
  return text.trim();
}

export interface Options {
  /** The English lesson a file is a translation of; defaults to englishTwinOf. */
  twinOf?: (path: string) => string | null;
}

export default function rehypeSharedHeadingIds(options: Options = {}) {
  const twinOf = options.twinOf ?? englishTwinOf;
  return async (tree: Root, file: VFile): Promise<void> => {
    const path = file.history[0];
    const twin = path ? twinOf(path) : null;
    if (!path || !twin) return;
    const here = relative(process.cwd(), path);
    const there = relative(process.cwd(), twin);
    if (!existsSync(twin)) throw new Error(`${here} has no English twin: ${there} does not exist (the editions have the same lessons)`);
    const english = await headingsOfFile(twin);
    const headings: { node: Element; depth: number; text: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      const level = HEADING.exec(node.tagName);
      if (level) headings.push({ node, depth: Number(level[1]), text: textOf(node) });
    });
    const mismatch = headingMismatch(headings, english, here, there);
    if (mismatch) throw new Error(mismatch);
    headings.forEach((h, i) => {
      h.node.properties = { ...h.node.properties, id: english[i]!.slug };
    });
  };
}
