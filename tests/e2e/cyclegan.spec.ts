import { canvasPixels, expect, pauseAndHold, stepOnce, test, waitForSteps } from './fixtures';

const LESSON = 'lessons/cyclegan/';

test('cell cycle-2d trains, draws, shows its cycle error, and pauses', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="cycle-2d"]');
  await expect(cell).toHaveAttribute('data-state', 'idle');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell).toHaveAttribute('data-state', 'running');
  await expect(cell).toHaveAttribute('data-backend', /^(wasm|webgl|cpu)$/);
  await waitForSteps(page, 'cycle-2d', 20);
  const chart = cell.locator('[data-view] svg').first();
  await expect(chart).toBeVisible();
  const before = await cell.locator('[data-view]').innerHTML();
  const stepAtFirstChart = Number(await cell.getAttribute('data-step'));
  await waitForSteps(page, 'cycle-2d', stepAtFirstChart + 100);
  await expect.poll(() => cell.locator('[data-view]').innerHTML()).not.toBe(before);
  await expect(cell.locator('output[data-metric="cycleError"]')).toHaveText(/^\d+\.\d{3}$/);

  await pauseAndHold(page, cell);
});


test('cell cycle-images trains, draws its grids, shows its cycle error, and pauses', async ({ guarded: page }) => {
  test.setTimeout(240_000);
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="cycle-images"]');
  await expect(cell).toHaveAttribute('data-state', 'idle');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
  await waitForSteps(page, 'cycle-images', 1, 120_000);
  const canvases = cell.locator('canvas[data-samples]');
  await expect(canvases).toHaveCount(2);
  await expect(canvases.first()).toBeVisible();
  const before = await canvasPixels(cell);
  const step = Number(await cell.getAttribute('data-step'));
  await waitForSteps(page, 'cycle-images', step + 3, 120_000);
  await expect.poll(() => canvasPixels(cell), { timeout: 30_000 }).not.toBe(before);
  await expect(cell.locator('output[data-metric="cycleError"]')).toHaveText(/^\d+\.\d{3}$/);

  await pauseAndHold(page, cell);
});

test('cycle-images starts from the pretrained weights and translates at once', async ({ guarded: page }) => {
  test.setTimeout(240_000);
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="cycle-images"]');
  await cell.getByRole('button', { name: 'Start from pretrained' }).click();
  await expect(cell.locator('[data-status]')).toContainText('loaded', { timeout: 120_000 });
  await stepOnce(cell);
  await expect.poll(async () => Number(await cell.locator('output[data-metric="gStriped"]').textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(90);
  const cycle = Number(await cell.locator('output[data-metric="cycleError"]').textContent());
  expect(cycle).toBeLessThan(0.2);
});
