/**
 * The code view beside a cell and the lesson's notebook (issue #23): the
 * view is collapsed, its tabs work with the mouse and the keyboard, the
 * Keras text follows the cell's controls, and the notebook link downloads
 * an nbformat 4 file with the lesson's Keras cells.
 */
import { createRequire } from 'node:module';
import { expect, test } from './fixtures';
import { DCGAN_DEFAULTS } from '../../src/cells/dcgan';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.0/2.1 A and AA violations inside `selector` (as tests/e2e/a11y.spec.ts runs it on whole pages). */
async function axeViolations(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: Element, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document.querySelector(sel)!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} at ${n.target.join(' ')}`));
  }, selector);
}

test('the DCGAN cell shows its source and the Keras version, whose numbers follow the controls', async ({ guarded: page }) => {
  await page.goto('lessons/dcgan/');
  const cell = page.locator('[data-cell="dcgan"]');
  const view = cell.locator('[data-code]');
  const ts = view.locator('[data-code-lang="ts"]');
  const keras = view.locator('[data-code-lang="keras"]');
  await expect(ts).toBeHidden(); // collapsed by default
  await view.locator('summary').click();
  await expect(ts).toBeVisible();
  // The course's own source, highlighted at build time: the step and the losses the worker runs.
  await expect(ts).toContainText('export function dcganStep(');
  await expect(ts).toContainText('softplus');
  // The generator's moving average that draws the grid (averageG), and the blend it is made of.
  await expect(ts).toContainText('private updateAverage(): void');
  await expect(ts).toContainText('blendGeneratorFrom(source: Dcgan, decay: number)');
  await expect(ts.locator('pre.shiki span[class^="hl-"]').first()).toBeVisible();

  await view.getByRole('tab', { name: 'Keras (TensorFlow 2)' }).click();
  await expect(keras).toBeVisible();
  await expect(ts).toBeHidden();
  await expect(keras).toContainText('tf.GradientTape()');
  await expect(keras).toContainText('from_logits=True');
  const lrD = keras.locator('[data-code-param="lrD"]');
  await expect(lrD).toHaveText(String(DCGAN_DEFAULTS.lrD));
  await expect(keras.locator('[data-code-param="averageG"]')).toHaveText('True');

  // A changed control shows in the Keras text at once.
  await cell.locator('input[name="lrD"]').fill('0.0005');
  await cell.locator('input[name="lrD"]').press('Enter');
  await expect(lrD).toHaveText('0.0005');
  await cell.locator('input[name="freezeD"]').check();
  await expect(keras.locator('[data-code-param="freezeD"]')).toHaveText('True');
  await cell.locator('input[name="averageG"]').uncheck();
  await expect(keras.locator('[data-code-param="averageG"]')).toHaveText('False');

  // Keyboard: arrows move between the tabs (and select them).
  const kerasTab = view.getByRole('tab', { name: 'Keras (TensorFlow 2)' });
  await kerasTab.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(view.getByRole('tab', { name: 'This course (TensorFlow.js)' })).toBeFocused();
  await expect(ts).toBeVisible();
  await expect(keras).toBeHidden();

  // The cell's own notebook carries the settings it has now.
  await page.keyboard.press('ArrowRight');
  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Download as notebook' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('dcgan.ipynb');
  const notebook = JSON.parse(await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8'));
  expect(notebook.nbformat).toBe(4);
  const code = notebook.cells.find((c: { cell_type: string }) => c.cell_type === 'code').source.join('');
  expect(code).toContain('LR_D = 0.0005');
  expect(code).toContain('FREEZE_D = True');
  expect(code).toContain('AVERAGE_G = False');
});

test('the source tab is its own file, fetched once when a view first opens; the page does not carry it', async ({ guarded: page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/code-source/')) fetched.push(new URL(request.url()).pathname);
  });
  const response = await page.goto('lessons/gan-gallery/');
  const html = await response!.text();
  expect(html).not.toContain('<figcaption><code>src/ml/');
  expect(html).toContain('data-code-lang="keras"'); // the Keras text stays in the page
  const views = page.locator('[data-code]');
  expect(await views.count()).toBeGreaterThan(1);
  expect(fetched).toEqual([]);

  const first = views.first();
  await first.locator('summary').click();
  const ts = first.locator('[data-code-lang="ts"]');
  await expect(ts.locator('figure.code-file').first()).toBeVisible();
  await expect(ts).toContainText('export function leastSquaresDiscriminatorLoss(');
  await expect(ts.locator('[data-code-source]')).not.toHaveAttribute('aria-busy', /.*/);
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/\/code-source\/[A-Za-z0-9-]+\.html$/);
  // Closing and opening again fetches nothing more.
  await first.locator('summary').click();
  await first.locator('summary').click();
  await expect(ts).toContainText('export function leastSquaresDiscriminatorLoss(');
  expect(fetched).toHaveLength(1);

  // Copy pressed in a view whose source has not arrived yet copies the source, not the loading note:
  // the file is held back until Copy has been pressed.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  let release = () => {};
  const copyPressed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/code-source/**', async (route) => {
    await copyPressed;
    await route.continue();
  });
  const second = views.nth(1);
  await second.locator('summary').click();
  await expect(second.locator('[data-code-source-status]')).toHaveText('Loading the source…');
  await second.getByRole('button', { name: 'Copy code' }).click();
  release();
  await expect(second.locator('[data-code-status]')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('export function');
  expect(copied).not.toContain('Loading the source');
});

test('a source tab that cannot be fetched says so, in the page’s language, and the next opening tries again', async ({ page }) => {
  // Not the guarded page: the refused request is meant to fail, and Chromium logs that as an error.
  let refuse = true;
  await page.route('**/code-source/**', (route) => (refuse ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto('ko/lessons/dcgan/');
  const view = page.locator('[data-cell="dcgan"] [data-code]');
  await view.locator('summary').click();
  const ts = view.locator('[data-code-lang="ts"]');
  const failed = '소스를 불러오지 못했습니다(HTTP 503). 코드를 접었다가 다시 펼치면 다시 불러옵니다.';
  await expect(ts.locator('[data-code-source-status]')).toHaveText(failed);
  // Copy on the source tab says why there is nothing to copy; the Keras tab still copies.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await view.getByRole('button', { name: '코드 복사' }).click();
  await expect(view.locator('[data-code-status]')).toHaveText(failed);
  await view.locator('[data-code-tab="keras"]').click();
  await view.getByRole('button', { name: '코드 복사' }).click();
  await expect(view.locator('[data-code-status]')).toHaveText('복사했습니다.');
  await view.locator('[data-code-tab="ts"]').click();
  // A host that answers with a page of its own (status 200) is refused too, not shown as code.
  await page.unroute('**/code-source/**');
  await page.route('**/code-source/**', (route) => (refuse ? route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Not found</h1>' }) : route.continue()));
  await view.locator('summary').click();
  await view.locator('summary').click();
  await expect(ts.locator('[data-code-source-status]')).toHaveText('소스를 불러오지 못했습니다(사이트가 소스 대신 다른 페이지를 보냈습니다). 코드를 접었다가 다시 펼치면 다시 불러옵니다.');
  await expect(ts.locator('h1')).toHaveCount(0);
  refuse = false;
  await view.locator('summary').click();
  await view.locator('summary').click();
  await expect(ts).toContainText('export function dcganStep(');
  await expect(ts.locator('[data-code-source-status]')).toHaveCount(0);
});

test('the custom-loss cell’s Keras tab shows the typed formulas as TensorFlow, and keeps the last good one', async ({ guarded: page }) => {
  await page.goto('lessons/gan-gallery/');
  const cell = page.locator('[data-cell="custom-loss"]');
  const view = cell.locator('[data-code]');
  await view.locator('summary').click();
  // The source tab: the compiler of the formulas and the step the worker runs.
  await expect(view.locator('[data-code-lang="ts"]')).toContainText('export function compileLoss(');
  await expect(view.locator('[data-code-lang="ts"]')).toContainText('this.formulas.discriminator.loss(');
  await view.getByRole('tab', { name: 'Keras (TensorFlow 2)' }).click();
  const keras = view.locator('[data-code-lang="keras"]');
  const dLoss = keras.locator('[data-code-param="discriminatorLoss"][data-code-loss="discriminator"]');
  await expect(dLoss).toHaveText('-tf.math.log_sigmoid(real_logits) - tf.math.log_sigmoid(-fake_logits)');

  // A least-squares D loss on the raw score, typed by hand.
  await cell.locator('select[name="dOutput"]').selectOption('logit');
  await expect(dLoss).toHaveText('-tf.math.log(tf.maximum(d_real, 1e-12)) - tf.math.log(tf.maximum(1.0 - d_fake, 1e-12))');
  const dBox = cell.locator('input[name="discriminatorLoss"]');
  await dBox.fill('0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2');
  await dBox.press('Enter');
  await expect(dLoss).toHaveText('0.5 * (d_real - 1)**2 + 0.5 * d_fake**2');
  await expect(keras.locator('[data-code-param="discriminatorLoss"]:not([data-code-loss])')).toHaveText("'0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2'");
  await expect(keras.locator('[data-code-param="dOutput"]')).toHaveText("'logit'");

  // A formula that does not parse trains nothing, and the Keras text keeps the last one that does.
  await dBox.fill('0.5*(D(x) - 1');
  await dBox.press('Enter');
  await expect(cell.locator('#custom-loss-discriminatorLoss-error')).not.toBeEmpty();
  await expect(dLoss).toHaveText('0.5 * (d_real - 1)**2 + 0.5 * d_fake**2');

  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Download as notebook' }).click();
  const notebook = JSON.parse(await (await import('node:fs/promises')).readFile((await (await download).path())!, 'utf8'));
  const code = notebook.cells.find((c: { cell_type: string }) => c.cell_type === 'code').source.join('');
  expect(code).toContain('return tf.reduce_mean(0.5 * (d_real - 1)**2 + 0.5 * d_fake**2)');
});

test('a setting from the URL is in the Keras text when the page opens, and the lesson notebook downloads', async ({ guarded: page }) => {
  await page.goto('ko/lessons/minimax-game/?gan-1d.lrD=0.03');
  const view = page.locator('[data-cell="gan-1d"] [data-code]');
  await view.locator('summary').click();
  await view.locator('[role="tab"][data-code-tab="keras"]').click();
  await expect(view.locator('[data-code-param="lrD"]')).toHaveText('0.03');

  const link = page.locator('a[download][href$=".ipynb"]');
  await expect(link).toHaveCount(1);
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(response.ok()).toBe(true);
  const notebook = await response.json();
  expect(notebook.nbformat).toBe(4);
  const code = notebook.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
  expect(code.map((c: { id: string }) => c.id)).toEqual(['gan-1d', 'saturation', 'gan-2d']);
  expect(notebook.cells[0].source.join('')).toMatch(/[가-힣]/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open code view has no WCAG A/AA violations in ${colorScheme}, on either tab`, async ({ guarded: page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('lessons/dcgan/');
    const view = page.locator('[data-cell="dcgan"] [data-code]');
    await view.locator('summary').click();
    // The fetched source, with its token colours (contrast is what this checks).
    await expect(view.locator('[data-code-lang="ts"] pre.shiki span[class^="hl-"]').first()).toBeVisible();
    expect(await axeViolations(page, '[data-cell="dcgan"] [data-code]')).toEqual([]);
    await view.locator('[data-code-tab="keras"]').click();
    expect(await axeViolations(page, '[data-cell="dcgan"] [data-code]')).toEqual([]);
  });
}

test('on a phone the code scrolls inside itself, not the page', async ({ guarded: page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('lessons/dcgan/');
  const view = page.locator('[data-cell="dcgan"] [data-code]');
  await view.locator('summary').click();
  await view.locator('[data-code-tab="keras"]').click();
  const pre = view.locator('[data-code-lang="keras"] pre');
  const sizes = await pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client); // long lines scroll inside the block
  expect(sizes.page).toBeLessThanOrEqual(sizes.viewport); // and never widen the page
});
