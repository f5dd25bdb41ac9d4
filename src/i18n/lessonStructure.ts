/**
 * What two editions of a lesson must share, read from the MDX source: the
 * cells (id, definition, values) in order, the study-note questions beside
 * them, the headings' levels, the references (arXiv ids), the numbered
 * exercise steps, and the order and time in the frontmatter. The drift test
 * (tests/unit/editions.test.ts) compares an English lesson's structure with
 * each translation's. Node only.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root, List } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { withoutFrontmatter } from './lessonHeadings';

export interface CellEmbed {
  id: string;
  definition: string;
  /** The `values` preset, evaluated (a literal object), or null without one. */
  values: unknown;
}

export interface LessonStructure {
  order: number | null;
  minutes: number | null;
  arxiv: string[];
  cells: CellEmbed[];
  /** SeedQuestion blocks: the cell each answers and the note's own words (the same in every edition). */
  seedQuestions: { cell: string | null; original: string | null }[];
  /** Heading levels in document order ('h2', 'h3', ...). */
  headings: string[];
  /** Items per numbered list, in document order: the exercises' steps. */
  exerciseSteps: number[];
  /** Worked exercises (<Exercise id>), in order: their ids are the progress record's keys in every edition. */
  exercises: string[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: Jsx, name: string): { literal: string | null; expression: string | null } {
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (typeof attr.value === 'string') return { literal: attr.value, expression: null };
    if (attr.value && typeof attr.value === 'object') return { literal: null, expression: attr.value.value };
  }
  return { literal: null, expression: null };
}

/** A `values={{ ... }}` preset is a literal; evaluate it so formatting differences do not count. */
function evaluateLiteral(source: string, where: string): unknown {
  try {
    return new Function(`return (${source});`)();
  } catch (error) {
    throw new Error(`${where}: values={${source}} is not a literal (${(error as Error).message})`);
  }
}

function frontmatterNumber(frontmatter: string, key: string): number | null {
  const match = new RegExp(`^${key}:\\s*(\\d+(?:\\.\\d+)?)\\s*$`, 'm').exec(frontmatter);
  return match ? Number(match[1]) : null;
}

function parse(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).parse(withoutFrontmatter(source)) as Root;
}

/** The value of `attributeName` (null when absent or an expression) on every <componentName> of a lesson, in order. */
export function componentAttribute(source: string, componentName: string, attributeName: string): (string | null)[] {
  const values: (string | null)[] = [];
  visit(parse(source), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as Jsx).name === componentName) {
      values.push(attribute(node as Jsx, attributeName).literal);
    }
  });
  return values;
}

export function lessonStructure(source: string, path = 'lesson'): LessonStructure {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const tree = parse(source);
  const structure: LessonStructure = {
    order: frontmatterNumber(frontmatter, 'order'),
    minutes: frontmatterNumber(frontmatter, 'minutes'),
    arxiv: [...frontmatter.matchAll(/^\s*arxiv:\s*["']?([\d.]+)["']?\s*$/gm)].map((m) => m[1]!),
    cells: [],
    seedQuestions: [],
    headings: [],
    exerciseSteps: [],
    exercises: [],
  };
  visit(tree, (node) => {
    if (node.type === 'heading') structure.headings.push(`h${node.depth}`);
    if (node.type === 'list' && (node as List).ordered) structure.exerciseSteps.push((node as List).children.length);
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const jsx = node as Jsx;
    if (jsx.name === 'Cell') {
      const values = attribute(jsx, 'values').expression;
      structure.cells.push({
        id: attribute(jsx, 'id').literal ?? '(no id)',
        definition: attribute(jsx, 'definition').literal ?? '(no definition)',
        values: values === null ? null : evaluateLiteral(values, `${path}: <Cell id="${attribute(jsx, 'id').literal}">`),
      });
    } else if (jsx.name === 'SeedQuestion') {
      structure.seedQuestions.push({ cell: attribute(jsx, 'cell').literal, original: attribute(jsx, 'original').literal });
    } else if (jsx.name === 'Exercise') {
      structure.exercises.push(attribute(jsx, 'id').literal ?? '(no id)');
    }
  });
  return structure;
}

const LABELS: Record<keyof LessonStructure, string> = {
  order: 'frontmatter order',
  minutes: 'frontmatter minutes',
  arxiv: 'references (arXiv ids of frontmatter papers)',
  cells: 'cells (id, definition, values), in order',
  seedQuestions: 'study-note questions (SeedQuestion cell and original), in order',
  headings: 'heading levels, in order',
  exerciseSteps: 'numbered exercise steps (items per numbered list), in order',
  exercises: 'worked exercises (Exercise ids), in order',
};

/** JSON with object keys sorted: `{ a: 1, b: 2 }` and `{ b: 2, a: 1 }` are the same preset. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** One line per way `translated` differs from `english`; empty when the editions agree. */
export function structureDrift(english: LessonStructure, translated: LessonStructure): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(LABELS) as (keyof LessonStructure)[]) {
    const a = canonical(english[key]);
    const b = canonical(translated[key]);
    if (a !== b) problems.push(`${LABELS[key]} differ:\n      English:     ${a}\n      translation: ${b}`);
  }
  return problems;
}
