import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page test runs with two guards: no console errors, and no request
 * leaving localhost (such requests are blocked and reported).
 */
export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ page }, use) => {
    const consoleErrors: string[] = [];
    const outside: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
        return route.continue();
      }
      outside.push(url.href);
      return route.abort();
    });
    await use(page);
    expect(outside, 'requests that left localhost').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Waits until a cell's data-step is at least `steps`. */
export async function waitForSteps(page: Page, cellId: string, steps: number, timeout = 60_000): Promise<number> {
  const cell = page.locator(`[data-cell="${cellId}"]`);
  await expect
    .poll(async () => Number(await cell.getAttribute('data-step')), { timeout, message: `${cellId} reaches ${steps} steps` })
    .toBeGreaterThanOrEqual(steps);
  return Number(await cell.getAttribute('data-step'));
}
