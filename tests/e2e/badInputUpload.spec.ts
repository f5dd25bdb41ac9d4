/**
 * Uploaded checkpoints that are not course weights, are truncated, or belong
 * to another model are refused with a clear message, and the model that was
 * loaded keeps working (checked by the pretrained CycleGAN still translating).
 */
import { readFile } from 'node:fs/promises';
import { expect, stepOnce, test } from './fixtures';

const LESSON = 'lessons/cyclegan/';

test('bad checkpoint files are refused and the current model is kept @base', async ({ guarded: page }, testInfo) => {
  test.setTimeout(300_000);
  await page.goto(LESSON);
  // A real checkpoint of another model: the 2-D CycleGAN on the same page.
  const other = page.locator('[data-cell="cycle-2d"]');
  await other.getByRole('button', { name: 'Step' }).click();
  await expect(other).toHaveAttribute('data-step', '1');
  const downloading = page.waitForEvent('download');
  await other.getByRole('button', { name: 'Download weights' }).click();
  const otherPath = testInfo.outputPath('other.ganweights');
  await (await downloading).saveAs(otherPath);
  const otherBytes = await readFile(otherPath);

  const cell = page.locator('[data-cell="cycle-images"]');
  await cell.getByRole('button', { name: 'Start from pretrained' }).click();
  await expect(cell.locator('[data-status]')).toContainText('loaded', { timeout: 180_000 });
  const ownDownload = page.waitForEvent('download');
  await cell.getByRole('button', { name: 'Download weights' }).click();
  const ownPath = testInfo.outputPath('own.ganweights');
  await (await ownDownload).saveAs(ownPath);
  const own = await readFile(ownPath);

  const files = [
    { name: 'notes.ganweights', mimeType: 'application/octet-stream', buffer: Buffer.from('these are not weights\n'.repeat(20)) },
    { name: 'empty.ganweights', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) },
    { name: 'truncated.ganweights', mimeType: 'application/octet-stream', buffer: own.subarray(0, Math.floor(own.length / 2)) },
    { name: '<img src=x onerror=alert(1)>.ganweights', mimeType: 'application/octet-stream', buffer: otherBytes },
  ];
  const notice = cell.locator('[data-notice]');
  for (const file of files) {
    await cell.locator('[data-upload]').setInputFiles(file);
    await expect(notice, file.name).toContainText('was refused');
    await expect(notice).toContainText(file.name.slice(0, 20));
    expect(await notice.locator('img').count()).toBe(0);
    await page.evaluate(() => {
      const n = document.querySelector<HTMLElement>('[data-cell="cycle-images"] [data-notice]')!;
      n.hidden = true;
      n.textContent = '';
    });
  }
  await expect(cell).not.toHaveAttribute('data-state', 'error');
  // The pretrained model is still the one in the cell: it translates at once.
  await stepOnce(cell);
  await expect.poll(async () => Number(await cell.locator('output[data-metric="gStriped"]').textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(90);
  // And a good file still loads.
  await cell.locator('[data-upload]').setInputFiles({ name: 'own.ganweights', mimeType: 'application/octet-stream', buffer: own });
  await expect(cell.locator('[data-status]')).toContainText('"own.ganweights" loaded');
});
