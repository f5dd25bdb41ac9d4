/**
 * Training code that cannot be loaded is reported as such, with what is
 * known, and distinct from a worker that crashed while training. The page's
 * requests for the worker's files are answered badly on purpose (these pages
 * log the failed loads, so they do not use the console guard).
 */
import { expect, test } from './fixtures';

const MINIMAX = 'lessons/minimax-game/';

test('a training module that fails to load names the failure and says to reload', async ({ page }) => {
  // The worker's code (not its entry): a module whose import throws a SyntaxError.
  await page.route(/\/_astro\/worker-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export default ;' }),
  );
  await page.goto(MINIMAX);
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell).toHaveAttribute('data-state', 'error');
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('The training code could not be loaded (SyntaxError');
  await expect(notice).toContainText('Reload the page');
  await expect(notice).not.toContainText('stopped unexpectedly');
});

test('a worker entry file the site does not serve is reported with its HTTP status', async ({ page }) => {
  await page.route(/\/_astro\/workerEntry-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(MINIMAX);
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell).toHaveAttribute('data-state', 'error');
  await expect(cell.locator('[data-notice]')).toContainText(/The training code could not be loaded \(\S*workerEntry-\S*\.js answered HTTP 404\)/);
});
