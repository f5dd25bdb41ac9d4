/**
 * Marked regions of the course's own source, read at build time so the code
 * view shows exactly the lines that train (no copy that could drift). A
 * region is the lines between `// #region code-view: <name>` and the next
 * `// #endregion`. Node only (fs); no DOM, no tfjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const START = /^\s*\/\/ #region code-view: ([\w-]+)\s*$/;
const END = /^\s*\/\/ #endregion\b/;

/** Every code-view region of one file's text, by name, with the common indentation removed. */
export function extractRegions(source: string): Map<string, string> {
  const regions = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const start = START.exec(line);
    if (start) {
      if (name) throw new Error(`code-view region "${name}" is not closed before "${start[1]}" starts`);
      name = start[1]!;
      lines = [];
    } else if (name && END.test(line)) {
      if (regions.has(name)) throw new Error(`code-view region "${name}" is marked twice`);
      regions.set(name, dedent(lines));
      name = null;
    } else if (name) {
      lines.push(line);
    }
  }
  if (name) throw new Error(`code-view region "${name}" has no // #endregion`);
  return regions;
}

function dedent(lines: string[]): string {
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** The repository root: the build and the tests both run from it. */
const ROOT = process.cwd();

/** One region's text; throws (failing the build) when the file or the marked region is missing. */
export function readRegion(file: string, name: string, root = ROOT): string {
  const region = extractRegions(readFileSync(join(root, file), 'utf8')).get(name);
  if (region === undefined) throw new Error(`${file} has no "// #region code-view: ${name}" (the code view of a cell shows it)`);
  return region;
}
