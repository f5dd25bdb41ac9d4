/**
 * A lesson's notebook (nbformat 4): a short introduction, then for each of
 * the lesson's cells, in order, a Markdown paragraph in the lesson's language
 * and the cell's Keras text with the lesson's settings for it. Built from the
 * lesson's MDX at build time (src/pages/[...lang]/lessons/[slug].ipynb.ts) and
 * by the unit tests, which validate and compile every notebook. Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCellDefinition } from '../cells/index';
import { defaultValues, mergeValues } from '../cells/params';
import { componentAttribute, lessonStructure } from '../i18n/lessonStructure';
import { langPrefix, type Lang } from '../i18n/langs';
import { strings } from '../i18n/strings';
import { hasKeras, kerasSnippet } from './keras';

export interface LessonCell {
  id: string;
  kind: string;
  title: string;
  /** The heading of the section the cell sits in, if any. */
  section: string | null;
  /** The cell's values as the lesson sets them (defaults merged with its `values` prop). */
  values: Record<string, unknown>;
}

/** The lesson file of `slug` in `lang`: lessons/<slug>.mdx, lessons/ko/<slug>.mdx. */
export function lessonFile(slug: string, lang: Lang, root = process.cwd()): string {
  return join(root, 'lessons', `${langPrefix(lang)}${slug}.mdx`);
}

/** The lesson's cells in order, read from its MDX source. */
export function lessonCells(source: string, path = 'lesson'): LessonCell[] {
  const structure = lessonStructure(source, path);
  const titles = componentAttribute(source, 'Cell', 'title');
  // The last ## or ### heading above each <Cell line (cells and headings start their lines in the lessons).
  const sections: (string | null)[] = [];
  let heading: string | null = null;
  let fenced = false;
  for (const line of source.split(/\r?\n/)) {
    if (/^```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const h = /^#{2,3}\s+(.+?)\s*$/.exec(line);
    if (h) heading = h[1]!;
    if (/^\s*<Cell\b/.test(line)) sections.push(heading);
  }
  return structure.cells.map((cell, i) => {
    const def = findCellDefinition(cell.definition);
    if (!def) throw new Error(`${path}: <Cell id="${cell.id}"> has unknown definition "${cell.definition}"`);
    const values = mergeValues(def, defaultValues(def), (cell.values ?? {}) as Record<string, unknown>).values;
    return { id: cell.id, kind: cell.definition, title: titles[i] ?? cell.id, section: sections[i] ?? null, values };
  });
}

type Source = string[];
const lines = (text: string): Source => text.split(/(?<=\n)/);

export interface NotebookCell {
  cell_type: 'markdown' | 'code';
  id: string;
  metadata: Record<string, never>;
  source: Source;
  execution_count?: null;
  outputs?: never[];
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: { kernelspec: { name: string; display_name: string; language: string }; language_info: { name: string } };
  cells: NotebookCell[];
}

export interface LessonInfo {
  slug: string;
  title: string;
  summary: string;
  /** The lesson page's absolute URL, linked from the notebook; null when the build does not know its host. */
  url: string | null;
}

/** The notebook of a lesson whose cells are `cells`, in the language `lang`. */
export function lessonNotebook(lesson: LessonInfo, cells: readonly LessonCell[], lang: Lang): Notebook {
  const t = strings(lang);
  const out: NotebookCell[] = [];
  const markdown = (id: string, text: string) => out.push({ cell_type: 'markdown', id, metadata: {}, source: lines(text) });
  markdown('intro', t.notebookIntro(lesson.title, lesson.summary, lesson.url));
  for (const cell of cells) {
    if (!hasKeras(cell.kind)) {
      markdown(`${cell.id}-about`, t.notebookCellWithoutKeras(cell.title));
      continue;
    }
    markdown(`${cell.id}-about`, t.notebookCell(cell.title, cell.section));
    out.push({ cell_type: 'code', id: cell.id, metadata: {}, execution_count: null, outputs: [], source: lines(kerasSnippet(cell.kind, cell.values).code) });
  }
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } },
    cells: out,
  };
}

/** Reads the lesson's MDX and builds its notebook. */
export function notebookForLesson(lesson: LessonInfo, lang: Lang, root = process.cwd()): Notebook {
  const file = lessonFile(lesson.slug, lang, root);
  return lessonNotebook(lesson, lessonCells(readFileSync(file, 'utf8'), file), lang);
}
