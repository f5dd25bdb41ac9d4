import { expect, test, waitForSteps } from './fixtures';

test('the speed page trains the reference DCGAN and reports its rate', async ({ guarded: page }) => {
  test.setTimeout(180_000);
  await page.goto('');
  await page.getByRole('link', { name: 'How fast is this computer?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How fast is this computer?');
  const cell = page.locator('[data-cell="reference-dcgan"]');
  // The batch and latent size of the benchmarks, not the DCGAN lesson's.
  await expect(cell.getByLabel('Batch size')).toHaveValue('64');
  await expect(cell.getByLabel('Latent size')).toHaveValue('100');
  await cell.getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'reference-dcgan', 3, 150_000);
  await expect(cell.locator('output[data-metric="stepsPerSec"]')).toHaveText(/^\d+(\.\d+)?$/);
  expect(Number(await cell.locator('output[data-metric="stepsPerSec"]').textContent())).toBeGreaterThan(0);
  for (const key of ['dLoss', 'gLoss']) await expect(cell.locator(`output[data-metric="${key}"]`)).toHaveText(/^-?\d+\.\d+$/);
  await cell.getByRole('button', { name: 'Pause' }).click();
  await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });
});
