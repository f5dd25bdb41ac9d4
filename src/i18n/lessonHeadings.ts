/**
 * The headings of a lesson file with the ids Astro gives them: the file is
 * compiled the way @astrojs/mdx compiles it (GFM, smartypants, math, KaTeX)
 * and Astro's own rehypeHeadingIds names the headings (github-slugger over
 * the heading's text). Build-time and test code: Node only.
 */
import { readFileSync, statSync } from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { VFile } from 'vfile';

export interface LessonHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * YAML frontmatter blanked out line for line (MDX alone would read its
 * closing '---' as a setext heading), so positions stay those of the file.
 */
export function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

const processor = createProcessor({
  format: 'mdx',
  remarkPlugins: [remarkGfm, remarkSmartypants, remarkMath],
  rehypePlugins: [rehypeKatex, rehypeHeadingIds],
});

/** Every heading (h1-h6) of an MDX source, in document order, with Astro's ids. */
export async function headingsOfSource(source: string, path: string): Promise<LessonHeading[]> {
  const file = new VFile({ value: withoutFrontmatter(source), path });
  await processor.process(file);
  const astro = file.data.astro as { headings?: LessonHeading[] } | undefined;
  return (astro?.headings ?? []).map(({ depth, slug, text }) => ({ depth, slug, text }));
}

const cache = new Map<string, { mtimeMs: number; headings: Promise<LessonHeading[]> }>();

/** headingsOfSource for a file, recomputed only when the file changes. */
export function headingsOfFile(path: string): Promise<LessonHeading[]> {
  const { mtimeMs } = statSync(path);
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.headings;
  const headings = headingsOfSource(readFileSync(path, 'utf8'), path);
  cache.set(path, { mtimeMs, headings });
  return headings;
}
