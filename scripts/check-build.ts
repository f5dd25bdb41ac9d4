/**
 * Refuses a built site that carries test-only code: the worker's fault
 * injection (src/runtime/faults.ts) must be absent unless the site was built
 * with PUBLIC_TEST_HOOKS=1, as the browser tests' builds are
 * (tests/e2e/run.mjs). `npm run build` runs it on dist/.
 *
 *   npx tsx scripts/check-build.ts dist
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Text that only the fault-injection code puts in a bundle (its action names
 * and its crash message), or the flag's name left unreplaced by Vite, which
 * would mean its branches were not folded away.
 */
export const TEST_ONLY_MARKERS = ['"lose-context"', "'lose-context'", '"hang"', "'hang'", 'Simulated worker crash', 'PUBLIC_TEST_HOOKS'];

const SCANNED = new Set(['.js', '.mjs', '.html']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return SCANNED.has(extname(entry.name)) ? [path] : [];
  });
}

/** Each scanned file of the build that contains a marker, with the markers found. */
export function findTestOnlyCode(dir: string): { file: string; markers: string[] }[] {
  const root = resolve(dir);
  return filesUnder(root)
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      return { file: relative(root, path), markers: TEST_ONLY_MARKERS.filter((m) => text.includes(m)) };
    })
    .filter((hit) => hit.markers.length > 0)
    .sort((a, b) => a.file.localeCompare(b.file));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? 'dist';
  const hits = findTestOnlyCode(dir);
  if (hits.length > 0) {
    console.error(`${dir} contains test-only code (fault injection); was it built with PUBLIC_TEST_HOOKS=1?`);
    for (const hit of hits) console.error(`  ${hit.file}: ${hit.markers.join(', ')}`);
    process.exit(1);
  }
  console.log(`${dir}: no test-only code.`);
}
