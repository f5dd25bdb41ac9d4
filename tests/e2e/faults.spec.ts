/**
 * Faults a room of laptops meets in an hour: a diverging run, a lost WebGL
 * context, a crashed or silently stuck worker, a learner leaving mid-training, and a browser
 * without IndexedDB. Faults are injected through GanCellElement.debug(),
 * which only page code can call (nothing in a URL reaches it).
 */
import type { Page } from '@playwright/test';
import { debugCell, expect, test, waitForSteps } from './fixtures';

const MINIMAX = 'lessons/minimax-game/';
const CYCLEGAN = 'lessons/cyclegan/';

/** After a worker fault: Reset brings the gan-1d cell back to step 0, and Run trains again. */
async function expectResetThenRunRecovers(page: Page): Promise<void> {
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Reset' }).click();
  await expect(cell).toHaveAttribute('data-state', 'idle');
  await expect(cell).toHaveAttribute('data-step', '0');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell).toHaveAttribute('data-state', 'running');
  await waitForSteps(page, 'gan-1d', 10);
}

/** Opens the CycleGAN lesson, takes one step of cycle-2d and saves a checkpoint there by hand. */
async function cycle2dSavedAtStepOne(page: Page) {
  await page.goto(CYCLEGAN);
  const cell = page.locator('[data-cell="cycle-2d"]');
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await cell.getByRole('button', { name: 'Save checkpoint' }).click();
  await expect(cell.locator('[data-status]')).toContainText('Checkpoint saved at step 1');
  return cell;
}

test('a NaN loss pauses with a message and offers the last good checkpoint @base', async ({ guarded: page }) => {
  const cell = await cycle2dSavedAtStepOne(page);
  await cell.getByRole('button', { name: 'Resume' }).click();
  await waitForSteps(page, 'cycle-2d', 30);
  await debugCell(page, 'cycle-2d', 'diverge');
  await expect(cell).toHaveAttribute('data-state', 'paused');
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('training diverged');
  const restore = notice.getByRole('button', { name: 'Restore the checkpoint from step 1' });
  await expect(restore).toBeVisible();
  await restore.click();
  await expect(cell.locator('[data-status]')).toContainText('loaded');
  await expect(cell).toHaveAttribute('data-step', '1');
  // Training goes on from the restored weights.
  await cell.getByRole('button', { name: 'Resume' }).click();
  await waitForSteps(page, 'cycle-2d', 10);
  await expect(cell.locator('output[data-metric="cycleError"]')).toHaveText(/^\d+\.\d{3}$/);
});

test('a lost WebGL context continues on wasm from the latest weights', async ({ guarded: page }) => {
  await page.goto(`${MINIMAX}?backend=webgl`);
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(cell).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
  test.skip((await cell.getAttribute('data-backend')) !== 'webgl', 'this browser has no WebGL in workers');
  await waitForSteps(page, 'gan-1d', 5, 60_000);
  // Weights are copied every few seconds on webgl; wait for one copy past step 5.
  await page.waitForTimeout(6_000);
  const before = Number(await cell.getAttribute('data-step'));
  await debugCell(page, 'gan-1d', 'lose-context');
  await expect(cell).toHaveAttribute('data-backend', 'wasm', { timeout: 60_000 });
  await expect(cell.locator('[data-notice]')).toContainText('WebGL context was lost');
  const from = Number(/from step (\d+)/.exec((await cell.locator('[data-notice]').textContent()) ?? '')?.[1]);
  expect(from).toBeGreaterThanOrEqual(5);
  expect(from).toBeLessThanOrEqual(before);
  await expect(cell).toHaveAttribute('data-state', 'running');
  await waitForSteps(page, 'gan-1d', from + 50);
  await expect(cell.locator('output[data-metric="dLoss"]')).toHaveText(/^-?\d/);
});

test('a crashed worker shows an error and Reset then Run recovers @base', async ({ guarded: page }) => {
  await page.goto(MINIMAX);
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'gan-1d', 10);
  await debugCell(page, 'gan-1d', 'crash');
  await expect(cell).toHaveAttribute('data-state', 'error');
  await expect(cell.locator('[data-notice]')).toContainText('The training worker stopped');
  await expect(cell.locator('[data-status]')).toContainText('Press Reset');
  await expectResetThenRunRecovers(page);
});

test('a worker that stops answering (no error event) is reported, ended, and Reset then Run recovers @base', async ({ guarded: page }) => {
  await page.goto(MINIMAX);
  const cell = page.locator('[data-cell="gan-1d"]');
  // Shortened from minutes (slow first steps on cpu) so the test is quick; a healthy run must still pass under them.
  await cell.evaluate((el) =>
    (el as unknown as { configureLiveness(o: object): void }).configureLiveness({ firstLimitMs: 60_000, minLimitMs: 3_000, slowFactor: 2, pingIntervalMs: 500 }),
  );
  await cell.getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'gan-1d', 300);
  await expect(cell).toHaveAttribute('data-state', 'running');
  expect(page.workers().length).toBe(1);
  await debugCell(page, 'gan-1d', 'hang');
  await expect(cell).toHaveAttribute('data-state', 'error');
  await expect(cell.locator('[data-notice]')).toContainText('The training worker stopped: it sent nothing for');
  await expect(cell.locator('[data-notice]')).toContainText('free memory');
  await expect(cell.locator('[data-status]')).toContainText('Press Reset, then Run');
  // The spinning worker was terminated, not left burning a core.
  await expect.poll(() => page.workers().length).toBe(0);
  await expectResetThenRunRecovers(page);
});

test('leaving a lesson mid-training ends its workers', async ({ guarded: page }) => {
  await page.goto(MINIMAX);
  const closed: string[] = [];
  page.on('worker', (w) => w.on('close', () => closed.push(w.url())));
  for (const id of ['gan-1d', 'gan-2d']) await page.locator(`[data-cell="${id}"]`).getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'gan-1d', 5);
  await waitForSteps(page, 'gan-2d', 5);
  expect(page.workers().length).toBe(2);
  // pagehide also fires when the page goes into the back/forward cache, where the document stays alive.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect.poll(() => closed.length).toBe(2);
  for (const id of ['gan-1d', 'gan-2d']) await expect(page.locator(`[data-cell="${id}"]`)).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('[data-cell="gan-1d"] [data-status]')).toContainText('stopped when you left');
  // And a real navigation away leaves no worker behind.
  await page.locator('[data-cell="gan-1d"]').getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'gan-1d', 5);
  await page.goto('./');
  await expect.poll(() => closed.length).toBe(3);
});

test('without IndexedDB, checkpoints become download-only with a notice', async ({ guarded: page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await page.goto(CYCLEGAN);
  const cell = page.locator('[data-cell="cycle-2d"]');
  await expect(cell.locator('[data-notice]')).toContainText('Download weights');
  await expect(cell.locator('[data-checkpoint-list] option')).toHaveText(['Unavailable in this browser']);
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  // Saving to the browser does nothing harmful; downloading still works.
  await cell.getByRole('button', { name: 'Save checkpoint' }).click();
  const download = page.waitForEvent('download');
  await cell.getByRole('button', { name: 'Download weights' }).click();
  expect((await download).suggestedFilename()).toMatch(/^cycle-2d-step1\.ganweights$/);
  await expect(cell).toHaveAttribute('data-state', 'paused');
});

test('checkpoints saved by the first version of the store survive its upgrade and restore', async ({ guarded: page }) => {
  const cell = await cycle2dSavedAtStepOne(page);
  // Real weights, read back from the current store.
  const saved = await page.evaluate(
    () =>
      new Promise<{ record: Record<string, unknown>; bytes: number[] }>((resolve, reject) => {
        const open = indexedDB.open('gan-course');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['checkpoints', 'checkpointBytes']);
          const meta = tx.objectStore('checkpoints').getAll();
          const bytes = tx.objectStore('checkpointBytes').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ record: meta.result[0], bytes: Array.from(new Uint8Array(bytes.result[0] as ArrayBuffer)) });
          };
        };
      }),
  );
  // Leave the lesson (its connection closes), and rebuild the database as version 1 kept it: one record with its bytes.
  await page.goto('./');
  await page.evaluate(
    ({ record, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const gone = indexedDB.deleteDatabase('gan-course');
        gone.onerror = () => reject(gone.error);
        gone.onsuccess = () => {
          const open = indexedDB.open('gan-course', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('checkpoints', { keyPath: 'id', autoIncrement: true }).createIndex('cellKey', 'cellKey');
          open.onsuccess = () => {
            const tx = open.result.transaction('checkpoints', 'readwrite');
            tx.objectStore('checkpoints').add({ ...record, step: 7, bytes: new Uint8Array(bytes).buffer });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        };
      }),
    saved,
  );
  await page.goto(CYCLEGAN);
  await expect(cell.locator('[data-checkpoint-list] option')).toHaveText([/^Step 7 \(manual, /]);
  await cell.getByRole('button', { name: 'Restore' }).click();
  await expect(cell.locator('[data-status]')).toContainText('The checkpoint from step 7 loaded');
  await expect(cell).toHaveAttribute('data-step', '7');
});

test('a checkpoint the browser cannot store (storage full) is reported once, and training goes on', async ({ guarded: page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(CYCLEGAN);
  const cell = page.locator('[data-cell="cycle-2d"]');
  await cell.getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'cycle-2d', 20);
  await cell.getByRole('button', { name: 'Pause' }).click();
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('A checkpoint could not be kept in this browser: The quota has been exceeded. Use Download weights');
  await expect(cell.locator('[data-checkpoint-list] option')).toHaveText(['No checkpoints yet']);
  await cell.getByRole('button', { name: 'Resume' }).click();
  await waitForSteps(page, 'cycle-2d', 40);
  await expect(cell).toHaveAttribute('data-state', 'running');
});
