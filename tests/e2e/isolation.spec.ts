import { debugCell, expect, test, waitForSteps } from './fixtures';

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
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await expect(cell).toHaveAttribute('data-backend', /^(wasm|webgl|cpu)$/);
});

// On two cores the worker shares a core with the page: it steps aside while
// the page draws a frame (drawingGate.ts). The page decides from
// navigator.hardwareConcurrency, set here so both branches run on any machine.
for (const cores of [2, 8]) {
  test(`with ${cores} cores the training worker ${cores <= 2 ? 'waits for' : 'ignores'} the page's frames @base`, async ({ guarded: page }) => {
    await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), cores);
    // At full speed: paced at its default 30 steps/s the worker mostly sleeps, and seldom overlaps a frame.
    await page.goto('lessons/minimax-game/?gan-1d.speed=max');
    await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 30_000 }).toBe(true);
    const cell = page.locator('[data-cell="gan-1d"]');
    await cell.getByRole('button', { name: 'Run' }).click();
    // Charts redraw four times a second while it trains: a few seconds is a dozen frames or more.
    const from = await waitForSteps(page, 'gan-1d', 50);
    await page.waitForTimeout(3_000);
    await waitForSteps(page, 'gan-1d', from + 50);
    const report = await debugCell(page, 'gan-1d', 'memory');
    if (cores <= 2) expect(report?.pageWaitMs).toBeGreaterThan(0);
    else expect(report?.pageWaitMs).toBeNull();
    await cell.getByRole('button', { name: 'Pause' }).click();
    await expect(cell).toHaveAttribute('data-state', 'paused');
  });
}
