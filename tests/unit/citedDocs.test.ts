/**
 * Every Markdown document the code, the README or the docs cite exists in
 * the repository, at the path the citation names, and so does every file
 * the README and the docs name: a citation of something that is not there
 * sends the reader nowhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT, readSource } from './helpers/sourceFiles';

/** Files whose text may cite a document (this test's own examples excepted). */
const CITING = [...filesUnder(['.ts', '.mts', '.mjs', '.js', '.astro', '.mdx', '.md'], 'src', 'components', 'scripts', 'tests', 'lessons', 'docs'), 'README.md', 'astro.config.mjs', 'package.json'].filter(
  (file) => file !== 'tests/unit/citedDocs.test.ts',
);

/** `docs/performance.md`, `../../docs/hosting.md`, `TOOLCHAIN.md`: a path ending in .md, not part of a URL. */
const CITATION = /(?<![\w./:-])((?:\.{1,2}\/|[\w-]+\/)*[\w-]+\.md)\b/g;

/**
 * Where a citation can point: from the repository root (how code comments
 * name docs), or from the citing file's folder (relative links between docs,
 * `../../docs/x.md` in code).
 */
function citedFileExists(citingFile: string, cited: string): boolean {
  return [join(ROOT, cited), join(ROOT, dirname(citingFile), cited)].some((path) => existsSync(normalize(path)));
}

function brokenCitations(): string[] {
  return CITING.flatMap((file) =>
    [...readSource(file).matchAll(CITATION)].filter((m) => !citedFileExists(file, m[1])).map((m) => `${file}: ${m[1]}`),
  );
}

/**
 * Citations in files that the cell-module branch of issue 18 rewrites; the
 * lead repoints them (ARCHITECTURE.md → docs/architecture.md, TOOLCHAIN.md →
 * docs/toolchain.md) when merging, and empties this list.
 */
const REPOINTED_AT_MERGE = [
  'src/cells/schema.ts: ARCHITECTURE.md',
  'src/ml/models/dcgan.ts: TOOLCHAIN.md',
  'src/ml/trainers/referenceDcgan.ts: TOOLCHAIN.md',
];

describe('cited documents', () => {
  it('finds citations in the forms the repository uses, and tells a missing document', () => {
    const text = 'see docs/performance.md, "Long runs"; (TOOLCHAIN.md); [hosting](hosting.md); https://host/x/README.md';
    expect([...text.matchAll(CITATION)].map((m) => m[1])).toEqual(['docs/performance.md', 'TOOLCHAIN.md', 'hosting.md']);
    expect(citedFileExists('src/runtime/backend.ts', 'docs/hosting.md')).toBe(true);
    expect(citedFileExists('docs/performance.md', 'toolchain.md')).toBe(true);
    expect(citedFileExists('tests/e2e/hostingPolicy.ts', '../../docs/hosting.md')).toBe(true);
    expect(citedFileExists('src/runtime/backend.ts', 'TOOLCHAIN.md')).toBe(false);
  });

  it('every cited .md file is in the repository', () => {
    expect(CITING.length).toBeGreaterThan(100);
    expect(brokenCitations()).toEqual(REPOINTED_AT_MERGE);
  });

  it('every repository path the README and docs name in code spans exists', () => {
    // Files the reader is told to create, not files of the repository.
    const toCreate = new Set(['public/_headers']);
    const prose = ['README.md', ...filesUnder(['.md'], 'docs')];
    const missing = prose.flatMap((file) =>
      [...readSource(file).matchAll(/`((?:src|components|scripts|tests|public|lessons|docs)\/[^`<>*\s]*)`/g)]
        .map((m) => m[1])
        .filter((path) => !toCreate.has(path) && !existsSync(join(ROOT, path)))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
