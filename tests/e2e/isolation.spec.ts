import { expect, test } from './fixtures';

// On a host that sends no COOP/COEP headers (like the test server), the
// course's service worker makes lesson pages cross-origin isolated, so the
// wasm backend may use several threads.
test.use({ serviceWorkers: 'allow' });

test('the service worker makes lessons cross-origin isolated without losing a run @base', async ({ guarded: page }) => {
  await page.goto('./');
  // The first visit registers the worker and reloads once while no cell has started.
  const isolated = () => page.evaluate(() => crossOriginIsolated).catch(() => false); // false mid-reload
  await expect.poll(isolated, { timeout: 30_000 }).toBe(true);
  await page.goto('lessons/minimax-game/');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Step' }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await expect(cell).toHaveAttribute('data-backend', /^(wasm|webgl|cpu)$/);
});
