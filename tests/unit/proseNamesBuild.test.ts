/**
 * The prose-name check in a real Astro build: a one-page site
 * (tests/fixtures/prose/site) with the course's MDX integration and remark
 * plugin builds a page that names a preset, and refuses one that misspells
 * it, naming the file and the id. A few seconds; the plugin's own cases are in
 * proseNames.test.ts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';

const SITE = resolve(import.meta.dirname, '../fixtures/prose/site');
const PAGE = join(SITE, 'src/pages/index.mdx');
// Inside the working directory: Astro puts a build's server files beside an outDir outside it in <cwd>/.astro/,
// and removes that folder when it is left empty.
const OUT = join(SITE, 'dist');
const IMPORT = "import PresetName from '../../../../../../components/prose/PresetName.astro';";

async function buildPage(mdx: string): Promise<void> {
  mkdirSync(join(SITE, 'src/pages'), { recursive: true });
  writeFileSync(PAGE, `${IMPORT}\n\n${mdx}\n`);
  await build({ root: SITE, outDir: OUT, logLevel: 'silent' });
}

afterAll(() => {
  rmSync(join(SITE, 'src/pages'), { recursive: true, force: true });
  rmSync(join(SITE, '.astro'), { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

describe('a build with prose names', () => {
  it('renders a preset named from the cell module', async () => {
    await buildPage('Press <PresetName kind="gan1d" id="two-bumps-collapse" />.');
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toMatch(/data-preset-name="two-bumps-collapse"[^>]*>Two bumps: mode collapse</);
  });

  it('fails on a misspelt preset id, naming the file and the id', async () => {
    await expect(buildPage('Press <PresetName kind="gan1d" id="weak-discriminator" />.')).rejects.toThrow(
      /tests\/fixtures\/prose\/site\/src\/pages\/index\.mdx:3: <PresetName>: cell kind "gan1d" has no preset "weak-discriminator"/,
    );
  });
});
