/**
 * Every component a lesson uses is imported at its top. MDX leaves a missing
 * import to the build, which fails only when the page is rendered (a CI dry
 * run caught `DefaultValue` used in the autoencoders lesson without its
 * import); this finds it in a second, in every edition.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LESSONS = resolve(import.meta.dirname, '../../lessons');

/** Lesson files of every edition: lessons/*.mdx and lessons/<lang>/*.mdx. */
function lessonFiles(): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(LESSONS, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.mdx')) files.push(join(LESSONS, entry.name));
    if (entry.isDirectory() && existsSync(join(LESSONS, entry.name))) {
      for (const name of readdirSync(join(LESSONS, entry.name))) if (name.endsWith('.mdx')) files.push(join(LESSONS, entry.name, name));
    }
  }
  return files.sort();
}

/** Component names used as JSX tags, outside code blocks, inline code and math. */
function usedComponents(mdx: string): Set<string> {
  const prose = mdx
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/\$[^$\n]*\$/g, '');
  return new Set(Array.from(prose.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g), (m) => m[1]));
}

function importedNames(mdx: string): Set<string> {
  return new Set(Array.from(mdx.matchAll(/^import\s+(\w+)\s+from\s/gm), (m) => m[1]));
}

describe('lesson imports', () => {
  it('reads a used tag and an import, and skips code and math', () => {
    const mdx = "import Cell from '../components/Cell.astro';\n\n<Cell id=\"a\" />, `<Code />`, $a <B$ and <DefaultValue kind=\"x\" param=\"y\" />\n```\n<Fence />\n```\n";
    expect([...usedComponents(mdx)].sort()).toEqual(['Cell', 'DefaultValue']);
    expect([...importedNames(mdx)]).toEqual(['Cell']);
  });

  for (const file of lessonFiles()) {
    it(`${file.slice(LESSONS.length + 1)} imports every component it uses`, () => {
      const mdx = readFileSync(file, 'utf8');
      const imported = importedNames(mdx);
      expect([...usedComponents(mdx)].filter((name) => !imported.has(name))).toEqual([]);
    });
  }
});
