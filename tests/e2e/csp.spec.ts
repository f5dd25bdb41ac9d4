/**
 * The course works under the Content-Security-Policy documented in
 * docs/hosting.md (read from there, so the document and the test cannot
 * drift): each build is served with that header by staticServer.mjs, and on
 * every page a cell trains with no CSP violation and no console error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../../scripts/staticServer.mjs';
import { COURSE_DIR, SITE_DIR, builtPages, cellIds, expect, test, waitForSteps } from './fixtures';
import { CSP, recordViolations, violations } from './hostingPolicy';

test('the documented policy is strict: no unsafe-eval, no inline scripts', () => {
  expect(CSP).toContain("default-src 'self'");
  expect(CSP).not.toContain("'unsafe-eval'");
  const scriptSrc = /script-src ([^;]+)/.exec(CSP)?.[1] ?? '';
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  // Built pages carry no inline script a policy would need a hash for (JSON data blocks are not run).
  for (const root of [SITE_DIR, COURSE_DIR]) {
    for (const page of builtPages(root)) {
      const html = readFileSync(resolve(root, page, 'index.html'), 'utf8');
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g)].map((m) => m[0]);
      expect(inline, `${root}/${page}`).toEqual([]);
    }
  }
});

for (const [root, base] of [
  [SITE_DIR, '/'],
  [COURSE_DIR, '/course/'],
] as const) {
  test.describe(`under the CSP header, ${base} build`, () => {
    let server: { url: string; close: () => Promise<void> };
    test.beforeAll(async () => {
      server = await serveStatic({ root, base, headers: { 'Content-Security-Policy': CSP } });
    });
    test.afterAll(async () => server.close());

    // Training under the policy is checked on the / build; the /course/ build loads every page (time budget).
    const train = base === '/';
    for (const path of builtPages(root)) {
      test(`/${path} loads${train ? ' and trains a cell' : ''} with no violations`, async ({ guarded: page }) => {
        test.setTimeout(240_000);
        await recordViolations(page);
        const response = await page.goto(server.url + path);
        expect(response?.headers()['content-security-policy']).toBe(CSP);
        await page.evaluate(() => document.fonts.ready);
        const ids = await cellIds(page);
        if (train && ids.length) {
          const cell = page.locator(`[data-cell="${ids[0]}"]`);
          // By data-action, not by name: the Korean pages name the buttons in Korean.
          await cell.locator('[data-action="run"]').click();
          await waitForSteps(page, ids[0], 2, 180_000);
          await expect(cell.locator('[data-view] svg, [data-view] canvas').first()).toBeVisible({ timeout: 60_000 });
          await cell.locator('[data-action="pause"]').click();
          await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });
        }
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
