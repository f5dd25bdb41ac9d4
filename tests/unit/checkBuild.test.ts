/**
 * scripts/check-build.ts (run by `npm run build`) refuses a site that ships
 * the worker's fault injection. Checked here on small folders shaped like a
 * build, and against the source its markers come from, so renaming a fault
 * cannot leave the check looking for text that no longer exists.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTestOnlyCode, TEST_ONLY_MARKERS } from '../../scripts/check-build';
import { readSource, ROOT } from './helpers/sourceFiles';

const made: string[] = [];
function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-build-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-build: no test-only code in a learner build', () => {
  it('passes a build whose worker answers only memory', () => {
    const dir = fakeBuild({
      'index.html': '<script type="module" src="/_astro/page.js"></script>',
      '_astro/worker-abc.js': 'function d(e){e==="memory"&&p({type:"memory"})}',
      '_astro/wasm.wasm': '"hang"', // not code the check reads
    });
    expect(findTestOnlyCode(dir)).toEqual([]);
  });

  it('names each file that still carries a fault action, however it is quoted', () => {
    const dir = fakeBuild({
      '_astro/worker-abc.js': 'switch(a){case"hang":setTimeout(h);return;case"lose-context":l()}',
      'lessons/x/index.html': "<script>throw new Error('Simulated worker crash.')</script>",
      '_astro/page.js': "const f=import.meta.env.PUBLIC_TEST_HOOKS==='1'",
    });
    expect(findTestOnlyCode(dir)).toEqual([
      { file: '_astro/page.js', markers: ['PUBLIC_TEST_HOOKS'] },
      { file: '_astro/worker-abc.js', markers: ['"lose-context"', '"hang"'] },
      { file: 'lessons/x/index.html', markers: ['Simulated worker crash'] },
    ]);
  });

  it('no string table that ships carries a test-only marker (a translated fault message would fail every production build)', () => {
    const tables = readdirSync(join(ROOT, 'src/i18n'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(tables.length).toBeGreaterThan(3);
    for (const file of tables) {
      const text = readSource(`src/i18n/${file}`);
      expect(TEST_ONLY_MARKERS.filter((m) => text.includes(m)), file).toEqual([]);
    }
  });

  it('looks for text the fault-injection module really contains', () => {
    const faults = readSource('src/runtime/faults.ts');
    const flag = readSource('src/runtime/testBuild.ts');
    // Each fault is found under one quoting or the other; the minifier picks the quotes.
    for (const action of ['hang', 'lose-context']) expect(faults).toContain(`'${action}'`);
    expect(TEST_ONLY_MARKERS).toEqual(expect.arrayContaining(['"hang"', "'hang'", '"lose-context"', "'lose-context'"]));
    expect(faults).toContain('Simulated worker crash');
    expect(flag).toContain('import.meta.env.PUBLIC_TEST_HOOKS');
  });
});
