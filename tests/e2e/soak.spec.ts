/**
 * A short soak (the long one is `npm run soak`): every training cell of every
 * page trains for a few seconds after warming up, and the worker holds the
 * same number of tensors afterwards (measured while paused, through the
 * debug 'memory' report). Speeds are not asserted; they vary by machine.
 */
import { cellIds, cellPages, debugCell, expect, test, waitForSteps } from './fixtures';

/** Seconds each cell trains between the two measurements. */
const SOAK_SECONDS = 4;

// The Korean pages train the same cells (koreanViews.spec steps each of them there); once is enough here.
for (const lesson of cellPages().filter((p) => !p.startsWith('ko/'))) {
  test(`cells on ${lesson} keep a flat tensor count while training`, async ({ guarded: page }) => {
    test.setTimeout(600_000);
    await page.goto(lesson);
    const rows: string[] = [];
    for (const id of await cellIds(page)) {
      const cell = page.locator(`[data-cell="${id}"]`);
      await cell.getByRole('button', { name: 'Run' }).click();
      // Warm-up: optimizers create their slots and caches fill in the first steps.
      await waitForSteps(page, id, 3, 240_000);
      await cell.getByRole('button', { name: 'Pause' }).click();
      await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 120_000 });
      const start = await debugCell(page, id, 'memory');
      await cell.getByRole('button', { name: /Run|Resume/ }).click();
      await page.waitForTimeout(SOAK_SECONDS * 1000);
      await waitForSteps(page, id, (start?.step ?? 0) + 2, 240_000);
      await cell.getByRole('button', { name: 'Pause' }).click();
      await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 120_000 });
      const end = await debugCell(page, id, 'memory');
      expect(start && end, `${id} reports memory`).toBeTruthy();
      rows.push(`${id}: steps ${start!.step}->${end!.step}, tensors ${start!.numTensors}->${end!.numTensors}, bytes ${start!.numBytes}->${end!.numBytes}`);
      expect(end!.numTensors, `${id} tensors after ${end!.step - start!.step} more steps`).toBe(start!.numTensors);
      await cell.getByRole('button', { name: 'Reset' }).click();
      // One worker at a time: 2 cores.
      await page.evaluate((cid) => (document.querySelector(`[data-cell="${cid}"]`) as unknown as { stopWorker(): void }).stopWorker(), id);
    }
    test.info().annotations.push({ type: 'soak', description: rows.join('\n') });
    console.log(rows.join('\n'));
  });
}
