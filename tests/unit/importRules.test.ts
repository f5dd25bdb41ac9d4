/**
 * The layers of docs/architecture.md, checked on the source: lessons →
 * components → runtime (the worker) → ML library, arrows only downward, and
 * tfjs reachable only from the worker's side.
 */
import { describe, expect, it } from 'vitest';
import { codeTokens, importsOf, readSource, resolveImport, sourceFiles } from './helpers/sourceFiles';

const PAGE_SIDE = ['components', 'src/cells', 'src/pages', 'src/layouts', 'lessons'];

const isTfjs = (specifier: string) => specifier.startsWith('@tensorflow/');

/** Files and packages a file loads with it: static value imports, resolved (type-only and dynamic imports are not followed). */
function staticDeps(file: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const edge of importsOf(readSource(file))) {
    if (edge.kind !== 'static') continue;
    const resolved = resolveImport(file, edge.specifier);
    if (resolved) files.push(resolved);
    else if (!edge.specifier.startsWith('.')) packages.push(edge.specifier);
  }
  return { files, packages };
}

/** A chain of static imports from `start` to a tfjs package, or null. */
function chainToTfjs(start: string): string[] | null {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const { files, packages } = staticDeps(chain.at(-1)!);
    const tfjs = packages.find(isTfjs);
    if (tfjs) return [...chain, tfjs];
    for (const next of files) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return null;
}

/** Repository-relative targets of a file's relative imports (any kind). */
function localImports(file: string): string[] {
  return importsOf(readSource(file))
    .map((edge) => resolveImport(file, edge.specifier))
    .filter((path): path is string => path !== null);
}

describe('import rules (docs/architecture.md, "Layers")', () => {
  it('reads the imports it checks (the scanner sees static, type-only and dynamic imports)', () => {
    const edges = importsOf(
      "import * as tf from '@tensorflow/tfjs-core';\nimport type { A } from './a';\nexport { b } from './b';\n// import 'nope';\nconst m = () => import('./c');",
    );
    expect(edges).toEqual([
      { specifier: '@tensorflow/tfjs-core', kind: 'static' },
      { specifier: './a', kind: 'type' },
      { specifier: './b', kind: 'static' },
      { specifier: './c', kind: 'dynamic' },
    ]);
    expect(chainToTfjs('src/runtime/worker.ts')).not.toBeNull();
  });

  it('nothing on the page side imports tfjs, directly or through the modules it loads', () => {
    const files = sourceFiles(...PAGE_SIDE);
    expect(files.length).toBeGreaterThan(50);
    const direct = files.filter((file) => importsOf(readSource(file)).some((edge) => edge.kind !== 'type' && isTfjs(edge.specifier)));
    expect(direct).toEqual([]);
    const chains = files.map(chainToTfjs).filter((chain) => chain !== null).map((chain) => chain.join(' → '));
    expect(chains).toEqual([]);
  });

  it('the ML library imports nothing from the layers above it and uses no DOM', () => {
    const files = sourceFiles('src/ml');
    const upward = files.flatMap((file) =>
      localImports(file)
        .filter((target) => /^(components|lessons|src\/runtime|src\/pages|src\/layouts)\//.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
    const dom = /\b(document|window|navigator|localStorage|indexedDB|customElements|requestAnimationFrame|HTML\w*Element|OffscreenCanvas|ImageData)\b/;
    expect(files.filter((file) => dom.test(codeTokens(readSource(file))))).toEqual([]);
  });

  it('the worker side (src/runtime) imports nothing from components, pages or lessons', () => {
    const upward = sourceFiles('src/runtime').flatMap((file) =>
      localImports(file)
        .filter((target) => /^(components|lessons|src\/pages|src\/layouts)\//.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('lessons import only components', () => {
    const lessons = sourceFiles('lessons');
    expect(lessons.length).toBeGreaterThan(0);
    const other = lessons.flatMap((file) =>
      importsOf(readSource(file))
        .filter((edge) => !resolveImport(file, edge.specifier)?.startsWith('components/'))
        .map((edge) => `${file} → ${edge.specifier}`),
    );
    expect(other).toEqual([]);
  });

  it('fault injection is imported by the worker alone, which uses it only in test builds', () => {
    const importers = sourceFiles('src', 'components').filter((file) => localImports(file).includes('src/runtime/faults.ts'));
    expect(importers).toEqual(['src/runtime/worker.ts']);
    const worker = codeTokens(readSource('src/runtime/worker.ts'));
    const uses = [...worker.matchAll(/\b(injectFault|instrumentTrainer)\(/g)].map((m) => worker.slice(Math.max(0, m.index - 60), m.index));
    expect(uses.length).toBeGreaterThan(0);
    for (const before of uses) expect(before).toMatch(/TEST_HOOKS/);
  });
});
