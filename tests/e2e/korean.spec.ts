/**
 * The Korean edition: every English page has a twin under ko/ and the
 * reverse; Korean pages say lang="ko", link their twins with hreflang both
 * ways, and read as Korean (at least 60% of the visible letters of <main>
 * are Hangul); the language switch keeps the section and the cell settings;
 * the first-visit hint appears only for browsers that prefer Korean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_DIR, SITE_DIR, builtPages, expect, test } from './fixtures';
import { countLetters, hangulShare, visibleMainText } from './hangul';

const MIN_HANGUL_SHARE = 0.6;

for (const [root, base] of [
  [SITE_DIR, '/'],
  [COURSE_DIR, '/course/'],
] as const) {
  test(`every page of the ${base} build has its twin in the other edition`, () => {
    const pages = builtPages(root);
    const korean = pages.filter((p) => p.startsWith('ko/'));
    const english = pages.filter((p) => !p.startsWith('ko/'));
    expect(korean.length).toBeGreaterThan(0);
    expect(english.filter((p) => !korean.includes(`ko/${p}`)), 'English pages without a Korean twin').toEqual([]);
    expect(korean.filter((p) => !english.includes(p.slice(3))), 'Korean pages without an English twin').toEqual([]);
    for (const page of pages) {
      const html = readFileSync(join(root, page, 'index.html'), 'utf8');
      const twin = page.startsWith('ko/') ? page.slice(3) : `ko/${page}`;
      const [en, ko] = page.startsWith('ko/') ? [twin, page] : [page, twin];
      expect(html, page).toContain(`<html lang="${page.startsWith('ko/') ? 'ko' : 'en'}"`);
      expect(html, page).toContain(`<link rel="alternate" hreflang="en" href="${base}${en}">`);
      expect(html, page).toContain(`<link rel="alternate" hreflang="ko" href="${base}${ko}">`);
      expect(html, page).toContain(`<link rel="alternate" hreflang="x-default" href="${base}${en}">`);
    }
  });
}

for (const path of builtPages().filter((p) => p.startsWith('ko/'))) {
  test(`/${path} reads as Korean: at least ${MIN_HANGUL_SHARE * 100}% of the visible letters of main are Hangul`, async ({ guarded: page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const count = countLetters(await visibleMainText(page));
    const share = hangulShare(count);
    test.info().annotations.push({ type: 'hangul', description: `${(share * 100).toFixed(1)}% of ${count.letters} letters` });
    console.log(`hangul /${path}: ${(share * 100).toFixed(1)}% of ${count.letters} letters`);
    expect(share, `${count.hangul} Hangul of ${count.letters} letters`).toBeGreaterThanOrEqual(MIN_HANGUL_SHARE);
  });
}

test('the language switch keeps the section and the cell settings, both ways @base', async ({ guarded: page }) => {
  await page.goto('lessons/minimax-game/?gan-1d.lrD=0.01&gan-1d.seed=7#the-value-function');
  const base = new URL(page.url()).pathname.replace(/lessons\/minimax-game\/$/, '');
  await page.locator('a[data-lang-switch][hreflang="ko"]').click();
  await expect(page).toHaveURL(`${base}ko/lessons/minimax-game/?gan-1d.lrD=0.01&gan-1d.seed=7#the-value-function`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // The same section exists under the same id, and the cell took the settings from the address.
  await expect(page.locator('#the-value-function')).toBeInViewport();
  await expect(page.locator('[data-cell="gan-1d"] [name="lrD"]').first()).toHaveValue('0.01');
  // Moving to another section (a table-of-contents link) moves the switch with it.
  await page.locator('.sidebar a[href="#two-dimensions"]').click();
  await expect(page).toHaveURL(/#two-dimensions$/);
  await page.locator('a[data-lang-switch][hreflang="en"]').click();
  await expect(page).toHaveURL(`${base}lessons/minimax-game/?gan-1d.lrD=0.01&gan-1d.seed=7#two-dimensions`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('without JavaScript the switch is a plain link to the twin page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('speed/?backend=cpu#x');
  await expect(page.locator('a[data-lang-switch]')).toHaveAttribute('href', /\/ko\/speed\/$/);
  await context.close();
});

test.describe('the first-visit hint on the English home page', () => {
  test.use({ locale: 'ko-KR' });

  test('appears for a browser that prefers Korean, and stays closed once closed', async ({ guarded: page }) => {
    await page.goto('./');
    const hint = page.locator('[data-lang-hint="ko"]');
    await expect(hint).toBeVisible();
    await expect(hint.locator('a')).toHaveAttribute('href', /\/ko\/$/);
    // No automatic redirect.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await hint.getByRole('button', { name: '닫기' }).click();
    await expect(hint).toBeHidden();
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(hint).toBeHidden();
  });
});

test('no hint for a browser that prefers English', async ({ guarded: page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('load');
  await expect(page.locator('[data-lang-hint]')).toBeHidden();
});

test('the glossary pages show both languages, rendered symbols, and links into the lessons @base', async ({ guarded: page }) => {
  for (const [path, lang] of [
    ['ko/glossary/', 'ko'],
    ['glossary/', 'en'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const terms = page.locator('.term');
    expect(await terms.count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.term .katex').first()).toBeVisible();
    expect(await page.locator('.katex-error').count()).toBe(0);
    const href = await terms.first().locator('.where a').getAttribute('href');
    expect(href).toMatch(lang === 'ko' ? /\/ko\/lessons\/[\w-]+\/#[\w-]+$/ : /^\/(course\/)?lessons\/[\w-]+\/#[\w-]+$/);
    await terms.first().locator('.where a').click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  }
});

test('every lesson links to the glossary of its edition', async ({ guarded: page }) => {
  for (const path of builtPages().filter((p) => /^(ko\/)?lessons\//.test(p))) {
    await page.goto(path);
    const expected = path.startsWith('ko/') ? /\/ko\/glossary\/$/ : /^\/glossary\/$/;
    await expect(page.locator('.lesson-header a[href*="glossary/"]'), path).toHaveAttribute('href', expected);
  }
});
