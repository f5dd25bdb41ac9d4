/**
 * Reads the repository's own source files for tests that check rules about
 * the code itself (which layer imports what, which documents are cited).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

const SOURCE_EXTENSIONS = ['.ts', '.mts', '.mjs', '.js', '.astro', '.mdx'];

/** Source files under the given folders (relative to the repository), as repository-relative paths. */
export function sourceFiles(...folders: string[]): string[] {
  return filesUnder(SOURCE_EXTENSIONS, ...folders);
}

/** Files with one of `extensions` under the given folders, as repository-relative paths. */
export function filesUnder(extensions: readonly string[], ...folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(relative(ROOT, path));
    }
  };
  for (const folder of folders) if (existsSync(join(ROOT, folder))) walk(join(ROOT, folder));
  return out.sort();
}

export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

const STRING_OR_COMMENT = /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/** The code without its comments (strings are kept). */
export function withoutComments(code: string): string {
  return code.replace(STRING_OR_COMMENT, (match, literal: string | undefined) => literal ?? ' ');
}

/** The comments only (what a reader is told), one string per comment. */
export function commentsOf(code: string): string[] {
  return [...code.matchAll(STRING_OR_COMMENT)].filter((m) => m[1] === undefined).map((m) => m[0]);
}

/** The code without comments or the contents of string literals (for looking for identifiers). */
export function codeTokens(code: string): string {
  return code.replace(STRING_OR_COMMENT, (match, literal: string | undefined) => (literal ? `${literal[0]}${literal[0]}` : ' '));
}

export interface ImportEdge {
  specifier: string;
  /** 'type': erased at build time; 'static': loaded with the importing module; 'dynamic': import(), loaded later. */
  kind: 'type' | 'static' | 'dynamic';
}

/** Every import of a file: static (import/export ... from, side-effect imports), type-only, and dynamic import(). */
export function importsOf(code: string): ImportEdge[] {
  const clean = withoutComments(code);
  const edges: ImportEdge[] = [];
  for (const m of clean.matchAll(/(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?(['"])([^'"\n]+)\3/g)) {
    edges.push({ specifier: m[4], kind: m[2] ? 'type' : 'static' });
  }
  for (const m of clean.matchAll(/(?<![\w.])import\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g)) edges.push({ specifier: m[2], kind: 'dynamic' });
  return edges;
}

/** The repository file a relative specifier names, or null for a package (or a file that is not there). */
export function resolveImport(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(ROOT, dirname(fromFile), bare);
  const candidates = [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext), ...SOURCE_EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  if (bare.endsWith('.mjs')) candidates.push(base.replace(/\.mjs$/, '.mts'));
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return found ? relative(ROOT, found) : null;
}
