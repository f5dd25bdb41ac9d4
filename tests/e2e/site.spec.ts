import { expect, test } from './fixtures';

test('the home page lists the lessons in course order @base', async ({ guarded: page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  const links = page.locator('main a[href*="lessons/"]');
  await expect(links.first()).toBeVisible();
  const texts = await links.allTextContents();
  expect(texts.join(' ')).toMatch(/minimax/i);
  // Links honour the base path the site was built with.
  const base = new URL(page.url()).pathname;
  for (const href of await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href.startsWith(base)).toBe(true);
  }
});

test('lesson math renders with KaTeX and no KaTeX errors @base', async ({ guarded: page }) => {
  await page.goto('./');
  await page.locator('main a[href*="lessons/"]', { hasText: /minimax/i }).first().click();
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await page.locator('.katex-error').count()).toBe(0);
  // KaTeX fonts are the site's own: the request guard fails the test otherwise.
  await page.evaluate(() => document.fonts.ready);
});

test('the lesson page loads no TensorFlow.js before Run', async ({ guarded: page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.wasm')) scripts.push(r.url());
  });
  await page.goto('lessons/minimax-game/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => /tfjs|\.wasm|worker/i.test(u))).toEqual([]);
});
