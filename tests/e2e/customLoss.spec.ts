/**
 * The "type your own loss" cell (issue 21, item 6), on the built site served
 * with the Content-Security-Policy of docs/hosting.md: a least-squares loss
 * typed into the two boxes trains and its losses move; hostile and broken
 * formulas each get a message with a caret at their place, no dialog opens,
 * nothing is logged as an error and the policy is never violated.
 */
import { serveStatic } from '../../scripts/staticServer.mjs';
import { SITE_DIR, expect, test, waitForSteps } from './fixtures';
import { CSP, recordViolations, violations } from './hostingPolicy';

const LESSON = 'lessons/gan-gallery/';

let server: { url: string; close: () => Promise<void> };
test.beforeAll(async () => {
  server = await serveStatic({ root: SITE_DIR, base: '/', headers: { 'Content-Security-Policy': CSP } });
});
test.afterAll(async () => server.close());

test('a typed least-squares loss trains; hostile and broken formulas get a message at their place, under the CSP', async ({ guarded: page }) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await recordViolations(page);
  const response = await page.goto(server.url + LESSON);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  const cell = page.locator('[data-cell="custom-loss"]');
  await cell.scrollIntoViewIfNeeded();
  const dBox = cell.locator('input[name="discriminatorLoss"]');
  const gBox = cell.locator('input[name="generatorLoss"]');

  // Type the least-squares game by hand (the preset would do the same).
  await cell.locator('select[name="dOutput"]').selectOption('logit');
  await dBox.fill('0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2');
  await dBox.press('Enter');
  await gBox.fill('0.5*(D(G(z)) - 1)^2');
  await gBox.press('Enter');
  await expect(dBox).not.toHaveAttribute('aria-invalid', 'true');
  await expect(gBox).not.toHaveAttribute('aria-invalid', 'true');
  // The formula as mathematics, drawn by KaTeX from the parsed tree.
  await expect(cell.locator('[data-formula="generator"] .katex')).toBeVisible({ timeout: 60_000 });
  await expect(cell.locator('[data-formula="generator"] annotation')).toContainText('D(G(z)) - 1');

  await cell.locator('[data-action="run"]').click();
  await waitForSteps(page, 'custom-loss', 20, 120_000);
  const dLoss = cell.locator('output[data-metric="dLoss"]');
  const gLoss = cell.locator('output[data-metric="gLoss"]');
  await expect(dLoss).toHaveText(/^-?\d+\.\d+$/, { timeout: 60_000 });
  const first = { d: await dLoss.textContent(), g: await gLoss.textContent() };
  const step = Number(await cell.getAttribute('data-step'));
  await waitForSteps(page, 'custom-loss', step + 200, 120_000);
  await expect.poll(async () => (await dLoss.textContent()) !== first.d && (await gLoss.textContent()) !== first.g, { timeout: 60_000 }).toBe(true);
  await expect(cell.locator('[data-view] svg').first()).toBeVisible();

  // Code is refused as text, at the first character that is not part of a formula, while training goes on.
  await gBox.fill("constructor.constructor('alert(1)')()");
  await gBox.press('Enter');
  const gError = cell.locator('#custom-loss-generatorLoss-error');
  await expect(gError).toContainText('is not part of a loss formula');
  await expect(gError).toContainText('Training keeps using 0.5*(D(G(z)) - 1)^2');
  await expect(gError.locator('[data-caret]')).toHaveAttribute('data-caret', '11');
  await expect(gBox).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAttribute('data-state', 'running');

  await dBox.fill('D(x');
  await dBox.press('Enter');
  const dError = cell.locator('#custom-loss-discriminatorLoss-error');
  await expect(dError).toContainText('closing parenthesis');
  await expect(dError.locator('[data-caret]')).toHaveAttribute('data-caret', '3');
  await expect(dError.locator('[data-caret]')).toHaveText('D(x\n   ^');

  // Still training on the last good formulas: the steps go on and the losses stay numbers.
  const later = Number(await cell.getAttribute('data-step'));
  await waitForSteps(page, 'custom-loss', later + 50, 120_000);
  await expect(dLoss).toHaveText(/^-?\d+\.\d+$/);

  // A formula that parses but gives NaN (a fake's negative raw score to the power 1.5) pauses the cell
  // with a message; Run goes on with the last formula that worked.
  await dBox.fill('0.5*(D(x) - 1)^2 + D(G(z))^1.5');
  await dBox.press('Enter');
  await expect(dBox).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('it diverges');
  await expect(notice).toContainText('the last formula that worked, 0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2');
  const pausedAt = Number(await cell.getAttribute('data-step'));
  await cell.locator('[data-action="run"]').click();
  await waitForSteps(page, 'custom-loss', pausedAt + 50, 120_000);
  await expect(dLoss).toHaveText(/^-?\d+\.\d+$/);
  await cell.locator('[data-action="pause"]').click();
  await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });

  expect(dialogs).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('on the Korean page a refused formula is explained in Korean, with the caret at its place', async ({ guarded: page }) => {
  await page.goto(server.url + 'ko/' + LESSON);
  const cell = page.locator('[data-cell="custom-loss"]');
  const dBox = cell.locator('input[name="discriminatorLoss"]');
  await dBox.fill('D(x');
  await dBox.press('Enter');
  const error = cell.locator('#custom-loss-discriminatorLoss-error');
  await expect(error).toContainText('판별자 손실: 여기에 필요한 것: D(x)를 닫는 괄호(지금은 식의 끝).');
  await expect(error.locator('[data-caret]')).toHaveAttribute('data-caret', '3');
});
