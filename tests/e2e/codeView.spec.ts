/**
 * The code view beside a cell and the lesson's notebook (issue #23): the
 * view is collapsed, its tabs work with the mouse and the keyboard, the
 * Keras text follows the cell's controls, and the notebook link downloads
 * an nbformat 4 file with the lesson's Keras cells.
 */
import { expect, test } from './fixtures';

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
  await expect(ts.locator('pre.shiki span[style]').first()).toBeVisible();

  await view.getByRole('tab', { name: 'Keras (TensorFlow 2)' }).click();
  await expect(keras).toBeVisible();
  await expect(ts).toBeHidden();
  await expect(keras).toContainText('tf.GradientTape()');
  await expect(keras).toContainText('from_logits=True');
  const lrD = keras.locator('[data-code-param="lrD"]');
  await expect(lrD).toHaveText('0.001');

  // A changed control shows in the Keras text at once.
  await cell.locator('input[name="lrD"]').fill('0.0005');
  await cell.locator('input[name="lrD"]').press('Enter');
  await expect(lrD).toHaveText('0.0005');
  await cell.locator('input[name="freezeD"]').check();
  await expect(keras.locator('[data-code-param="freezeD"]')).toHaveText('True');

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
