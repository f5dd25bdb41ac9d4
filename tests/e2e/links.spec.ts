/**
 * Static hosting: no page links to a missing page or asset. Crawls the built
 * HTML of both builds (at / and under /course/) without a browser: every
 * href, src and srcset that stays on the site must name a file in the build,
 * and every asset path the bundles mention (workers, wasm, chunks) exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_DIR, SITE_DIR, builtPages, expect, test } from './fixtures';

/** The file a site path names, or null if the build has none. */
function resolveInBuild(root: string, base: string, path: string): string | null {
  if (!path.startsWith(base)) return null;
  const rel = decodeURIComponent(path.slice(base.length));
  const file = join(root, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

function attributeUrls(html: string): string[] {
  const urls: string[] = [];
  // data-code-source: the code view's source file, fetched by the page's script when the view opens.
  for (const m of html.matchAll(/\s(?:href|src|poster|action|data-code-source)\s*=\s*"([^"]*)"/g)) urls.push(m[1]);
  for (const m of html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/g)) urls.push(...m[1].split(',').map((part) => part.trim().split(/\s+/)[0]));
  return urls.map((u) => u.replace(/&amp;/g, '&'));
}

/** Ids on a page, for fragment links. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
}

for (const [root, base] of [
  [SITE_DIR, '/'],
  [COURSE_DIR, '/course/'],
] as const) {
  test(`every link and asset of the ${base} build resolves`, () => {
    const pages = builtPages(root);
    expect(pages.length).toBeGreaterThan(1);
    const missing: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(root, page, 'index.html'), 'utf8');
      const here = new URL(`http://site${base}${page}`);
      for (const raw of attributeUrls(html)) {
        if (!raw || /^(mailto:|data:|blob:|javascript:)/i.test(raw)) continue;
        const url = new URL(raw, here);
        if (url.host !== 'site') continue; // outside links are the prose's business, not the build's
        const file = resolveInBuild(root, base, url.pathname);
        if (!file) {
          missing.push(`${base}${page}: ${raw}`);
          continue;
        }
        // A fragment must name an element of the page it points to.
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && file.endsWith('.html') && !idsOf(readFileSync(file, 'utf8')).has(hash)) missing.push(`${base}${page}: ${raw} (no such id)`);
      }
    }
    expect(missing).toEqual([]);
  });

  test(`no id appears twice on a page of the ${base} build (a cell's id is its anchor: shared links and study-note questions point at it)`, () => {
    const twice: string[] = [];
    for (const page of builtPages(root)) {
      const html = readFileSync(join(root, page, 'index.html'), 'utf8');
      const seen = new Set<string>();
      for (const m of html.matchAll(/\sid\s*=\s*"([^"]*)"/g)) {
        if (seen.has(m[1])) twice.push(`${base}${page}#${m[1]}`);
        seen.add(m[1]);
      }
    }
    expect(twice).toEqual([]);
  });

  test(`asset paths inside the ${base} bundles exist`, () => {
    const astro = join(root, '_astro');
    const missing: string[] = [];
    for (const name of readdirSync(astro).filter((n) => n.endsWith('.js') || n.endsWith('.css'))) {
      const text = readFileSync(join(astro, name), 'utf8');
      // Absolute asset paths ("/_astro/worker-x.js") and relative chunk imports ("./gan1d-x.js").
      const refs = [...text.matchAll(/_astro\/([\w.@-]+\.(?:js|wasm|css|woff2?|ttf|svg|png))/g), ...text.matchAll(/["'`]\.\/([\w.@-]+\.js)["'`]/g)];
      for (const m of refs) {
        if (!existsSync(join(astro, m[1]))) missing.push(`${name} -> ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
}
