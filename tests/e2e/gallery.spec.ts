import { canvasPixels, expect, pauseAndHold, stepOnce, test, waitForSteps } from './fixtures';

const LESSON = 'lessons/gan-gallery/';


/** Loads the committed weights and waits for the cell to say so. */
async function startPretrained(cell: import('@playwright/test').Locator) {
  await cell.getByRole('button', { name: 'Start from pretrained' }).click();
  await expect(cell.locator('[data-status]')).toContainText('loaded', { timeout: 120_000 });
}

for (const [cellId, metric] of [
  ['lsgan', 'lsDigitScore'],
  ['sgan', 'ganAccuracy'],
  ['acgan', 'classMatch'],
  ['adain', 'digitScore'],
] as const) {
  test(`cell ${cellId} trains from scratch, draws, and pauses`, async ({ guarded: page }) => {
    test.setTimeout(240_000);
    await page.goto(LESSON);
    const cell = page.locator(`[data-cell="${cellId}"]`);
    await expect(cell).toHaveAttribute('data-state', 'idle');
    if (cellId === 'adain') {
      await cell.locator('[name="start"]').selectOption('scratch');
      await cell.locator('[name="start"]').dispatchEvent('change');
    }
    await cell.getByRole('button', { name: 'Run' }).click();
    await expect(cell).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
    await expect(cell).toHaveAttribute('data-backend', /^(wasm|webgl|cpu)$/);
    await waitForSteps(page, cellId, 1, 120_000);
    await expect(cell.locator('canvas[data-samples]').first()).toBeVisible();
    const before = await canvasPixels(cell);
    const step = Number(await cell.getAttribute('data-step'));
    await waitForSteps(page, cellId, step + 3, 120_000);
    await expect.poll(() => canvasPixels(cell), { timeout: 60_000 }).not.toBe(before);
    await expect(cell.locator(`output[data-metric="${metric}"]`)).toHaveText(/^\d+\.\d+$/, { timeout: 60_000 });
    await pauseAndHold(page, cell);
  });
}

// The bar: ≥ 90% and ≥ 10 points above the labels-only baseline. The
// committed weights score 90.0% vs 77.1% on the cell's 1,000 held-out digits
// after the one Step (91.0% vs 78.0% on all 2,000; see the lesson).
test('semi-supervised GAN from pretrained: with 100 labels the GAN discriminator reaches about 90% (≥ 89 after one Step) and ≥ 10 points above the labels-only baseline', async ({ guarded: page }) => {
  test.setTimeout(240_000);
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="sgan"]');
  await expect(cell.locator('[name="labels"]')).toHaveValue('100');
  await startPretrained(cell);
  await stepOnce(cell);
  const gan = cell.locator('output[data-metric="ganAccuracy"]');
  await expect(gan).toHaveText(/^\d+\.\d$/, { timeout: 60_000 });
  const ganAcc = Number(await gan.textContent());
  const baseAcc = Number(await cell.locator('output[data-metric="baselineAccuracy"]').textContent());
  console.log(`sgan from pretrained: GAN ${ganAcc}%, baseline ${baseAcc}%`);
  // The bar itself (≥ 90% on all 2,000 held-out digits) is asserted on the committed weights in
  // tests/unit/sgan.test.ts. Here one browser Step on 1,000 digits lands at 90.0 with no headroom
  // (one digit is 0.1 point; Node and Chromium differ by that much), so CI checks it one point lower.
  expect(ganAcc).toBeGreaterThanOrEqual(89);
  expect(ganAcc - baseAcc).toBeGreaterThanOrEqual(10);
});

test('ACGAN from pretrained: ≥ 80% of generated digits are the requested class; the digit picker redraws live', async ({ guarded: page }) => {
  test.setTimeout(240_000);
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="acgan"]');
  await startPretrained(cell);
  await stepOnce(cell);
  const match = cell.locator('output[data-metric="classMatch"]');
  await expect(match).toHaveText(/^\d+\.\d$/, { timeout: 60_000 });
  expect(Number(await match.textContent())).toBeGreaterThanOrEqual(80);
  const before = await canvasPixels(cell);
  await cell.locator('[name="digit"]').selectOption('7');
  await cell.locator('[name="digit"]').dispatchEvent('change');
  await cell.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => canvasPixels(cell), { timeout: 60_000 }).not.toBe(before);
});

// How fast it appears (the 5 s bar) is measured by `npm run bench`, not asserted here.
test('AdaIN: one Step from pretrained weights draws the style-mixing grid', async ({ guarded: page }) => {
  test.setTimeout(120_000);
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="adain"]');
  await expect(cell.locator('[name="start"]')).toHaveValue('pretrained');
  await cell.getByRole('button', { name: 'Step' }).click();
  const grid = cell.locator('canvas[data-samples]').first();
  await expect(grid).toBeVisible({ timeout: 60_000 });
  // 5 × 5 tiles of 28 px with 1 px gaps.
  await expect.poll(() => grid.evaluate((c) => (c as HTMLCanvasElement).width), { timeout: 60_000 }).toBe(5 * 29 - 1);
  // Drawn digits, not a blank canvas: many distinct grey levels.
  const levels = await grid.evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add(data[i]);
    return seen.size;
  });
  expect(levels).toBeGreaterThan(20);
});

test('the cards describe the untrained variants and link to the CycleGAN lesson', async ({ guarded: page }) => {
  await page.goto(LESSON);
  for (const id of ['stackgan', 'discogan', 'designgan', 'stylegan', 'cyclegan']) await expect(page.locator(`[data-card="${id}"]`)).toBeVisible();
  await expect(page.locator('[data-card="stackgan"]')).toContainText('1612.03242');
  await expect(page.locator('[data-card="cyclegan"] a[href="../cyclegan/"]')).toBeVisible();
});
