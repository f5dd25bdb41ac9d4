/**
 * Issue #21: slow motion (Step D, Step G), the speed control, and the
 * generator's gradient arrows and warp mesh on the minimax lesson's cells.
 * The fakes' positions are read from the chart itself (the circles of the
 * generated points), so "they did not move" is what the learner sees.
 */
import type { Locator } from '@playwright/test';
import { expect, test, waitForSteps } from './fixtures';

const LESSON = 'lessons/minimax-game/';

/** The generated points as drawn: each circle's centre. */
function fakePositions(cell: Locator): Promise<string> {
  return cell.locator('[data-view] svg .gan2d-fakes circle').evaluateAll((circles) => circles.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`).join(' '));
}

/** The D(x) heatmap as drawn (a PNG data URL behind the points; the legend above has an image too). */
function heatmap(cell: Locator): Promise<string | null> {
  return cell.locator('[data-view] svg:has(.gan2d-fakes) image').getAttribute('href');
}

/** The heatmap once the view has caught up: the same image twice, 400 ms apart (a payload drawn late would otherwise be read as the next one's). */
async function settledHeatmap(cell: Locator): Promise<string | null> {
  let settled: string | null = null;
  await expect
    .poll(async () => {
      const first = await heatmap(cell);
      await new Promise((r) => setTimeout(r, 400));
      settled = first !== null && first === (await heatmap(cell)) ? first : null;
      return settled;
    })
    .not.toBeNull();
  return settled;
}

test('gan-2d: two Step D change D, not the fakes, and count 2; one Step G moves the fakes and counts 1', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="gan-2d"]');
  const dSteps = cell.locator('output[data-metric="dSteps"]');
  const gSteps = cell.locator('output[data-metric="gSteps"]');
  // The "D steps per G step" setting keeps its own control: the readout of the same key is another element.
  await expect(cell.locator('[name="dSteps"]')).toHaveValue('1');

  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await expect(dSteps).toHaveText('1');
  await expect(gSteps).toHaveText('1');
  await expect(cell.locator('[data-view] svg .gan2d-fakes circle').first()).toBeAttached();
  const fakesBefore = await fakePositions(cell);
  const surfaceBefore = await heatmap(cell);

  const stepD = cell.getByRole('button', { name: 'Step D' });
  await expect(stepD).toHaveAttribute('data-action', 'step-d');
  await stepD.click();
  await expect(dSteps).toHaveText('2');
  await stepD.click();
  await expect(dSteps).toHaveText('3');
  // The decision surface is redrawn (so the chart is of the new D) ...
  await expect.poll(() => heatmap(cell)).not.toBe(surfaceBefore);
  const surfaceAfterD = await settledHeatmap(cell);
  // ... and the fakes, drawn in the same chart, have not moved; nor has the generator's counter.
  expect(await fakePositions(cell)).toBe(fakesBefore);
  await expect(gSteps).toHaveText('1');
  await expect(cell).toHaveAttribute('data-step', '1');

  const stepG = cell.getByRole('button', { name: 'Step G' });
  await expect(stepG).toHaveAttribute('data-action', 'step-g');
  await stepG.click();
  await expect(gSteps).toHaveText('2');
  await expect.poll(() => fakePositions(cell)).not.toBe(fakesBefore);
  expect(await settledHeatmap(cell)).toBe(surfaceAfterD);
  await expect(dSteps).toHaveText('3');
  await expect(cell).toHaveAttribute('data-step', '1');
});

test('gan-1d has Step D and Step G; the saturation cell does not', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.getByRole('button', { name: 'Step D' }).click();
  await expect(cell.locator('output[data-metric="dSteps"]')).toHaveText('1');
  await expect(cell.locator('output[data-metric="gSteps"]')).toHaveText('0');
  await expect(cell).toHaveAttribute('data-step', '0');
  await expect(page.locator('[data-cell="saturation"] [data-action="step-d"]')).toHaveCount(0);
});

test('the speed control holds training to its rate, live, and "max" lifts it', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="gan-2d"]');
  const speed = cell.locator('select[name="speed"]');
  await speed.selectOption('3');
  await cell.getByRole('button', { name: 'Run' }).click();
  await waitForSteps(page, 'gan-2d', 1);
  const from = Number(await cell.getAttribute('data-step'));
  const started = Date.now();
  await page.waitForTimeout(3_000);
  const steps = Number(await cell.getAttribute('data-step')) - from;
  const seconds = (Date.now() - started) / 1000;
  // Never faster than asked (one step of slack for the readout's timing); a loaded machine may be slower.
  expect(steps).toBeLessThanOrEqual(Math.ceil(3 * seconds) + 2);
  await speed.selectOption('max');
  const fast = await waitForSteps(page, 'gan-2d', from + steps + 60, 30_000);
  expect(fast).toBeGreaterThan(from + steps + 3 * 10);
  await cell.getByRole('button', { name: 'Pause' }).click();
  await expect(cell).toHaveAttribute('data-state', 'paused');
});

test('gradient arrows and the warp mesh appear when switched on, while paused', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="gan-2d"]');
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  const arrows = cell.locator('[data-view] svg .gan2d-arrows path');
  const mesh = cell.locator('[data-view] svg .gan2d-warp path');
  await expect(cell.locator('[data-view] svg .gan2d-fakes')).toBeAttached();
  await expect(arrows).toHaveCount(0);
  await cell.locator('input[name="showGradients"]').check();
  await expect.poll(() => arrows.count()).toBeGreaterThan(50);
  await cell.locator('input[name="showWarp"]').check();
  await expect.poll(() => mesh.count()).toBeGreaterThan(10);
  await expect(cell).toHaveAttribute('data-step', '1');
});

test('your own data: a click places a real point the GAN trains on; Clear returns; arrow keys move the shape', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="gan-2d"]');
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  const chart = cell.locator('[data-view] svg:has(.gan2d-fakes)');
  const realDots = cell.locator('[data-view] svg .gan2d-real circle');
  await expect(realDots).toHaveCount(300);
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  // Two clicks right of centre (the locator scrolls the chart into view): the real data become those two points.
  await chart.click({ position: { x: box.width * 0.75, y: box.height * 0.3 } });
  await chart.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
  await expect(realDots).toHaveCount(2);
  await expect(cell.locator('[data-view]')).toContainText('The real data are the points you placed (2)');
  // The model trains on them: a step still works and the counters move.
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '2');

  await cell.getByRole('button', { name: 'Clear my points' }).click();
  await expect(realDots).toHaveCount(300);
  const firstX = Number(await realDots.first().getAttribute('cx'));
  // Keyboard: focus the chart and move the shape right; the real points follow.
  await cell.locator('[data-view] [tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await realDots.first().getAttribute('cx'))).toBeGreaterThan(firstX + 1);
  await expect(cell.locator('[data-view]')).toContainText('The real data are the points you placed (300)');
});

test('a shared link carries the drawn points: the cell opened from it trains on them from its first step, and more clicks add to them', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const cell = page.locator('[data-cell="gan-2d"]');
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  const chart = cell.locator('[data-view] svg:has(.gan2d-fakes)');
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  await chart.click({ position: { x: box.width * 0.75, y: box.height * 0.3 } });
  await chart.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
  await expect(cell.locator('[data-view]')).toContainText('The real data are the points you placed (2)');
  await cell.locator('[data-action="copy-link"]').click();
  await expect(cell.locator('[data-status]')).toContainText('your drawn points');
  const shared = new URL((await cell.locator('[data-share-link]').getAttribute('href'))!);
  // The count (2, in two base-36 digits), then four characters a point.
  expect(shared.searchParams.get('gan-2d.points')).toMatch(/^02[0-9a-z]{8}$/);

  // A new visit from the link, recording what the page tells the worker: the points go before the first step.
  await page.addInitScript(() => {
    const sent: string[] = ((window as unknown as { sentToWorker: string[] }).sentToWorker = []);
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      sent.push(String((message as { type?: string })?.type));
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
  });
  await page.goto(shared.href);
  const opened = page.locator('[data-cell="gan-2d"]');
  await expect(opened.locator('[data-notice]')).toBeHidden();
  await opened.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(opened).toHaveAttribute('data-step', '1');
  const sent = await page.evaluate(() => (window as unknown as { sentToWorker: string[] }).sentToWorker);
  expect(sent.indexOf('set-drawn-data')).toBeGreaterThanOrEqual(0);
  expect(sent.indexOf('set-drawn-data')).toBeLessThan(sent.indexOf('step'));
  await expect(opened.locator('[data-view]')).toContainText('The real data are the points from the link (2)');
  await expect(opened.locator('[data-view] svg .gan2d-real circle')).toHaveCount(2);
  // A click adds a third point to the link's two rather than starting over; they are the learner's now.
  const again = await opened.locator('[data-view] svg:has(.gan2d-fakes)').boundingBox();
  await opened.locator('[data-view] svg:has(.gan2d-fakes)').click({ position: { x: again!.width * 0.3, y: again!.height * 0.7 } });
  await expect(opened.locator('[data-view]')).toContainText('The real data are the points you placed (3)');

  // Clear my points: the address forgets the link's points (a reload keeps the shape), and a new link carries none.
  await opened.getByRole('button', { name: 'Clear my points' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has('gan-2d.points')).toBe(false);
  await opened.locator('[data-action="copy-link"]').click();
  expect(new URL((await opened.locator('[data-share-link]').getAttribute('href'))!).searchParams.has('gan-2d.points')).toBe(false);
});

test('a damaged points text in a link is ignored with a message, and the cell trains on its shape', async ({ guarded: page }) => {
  await page.goto(`${LESSON}?gan-2d.points=zz%21%21`);
  const cell = page.locator('[data-cell="gan-2d"]');
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('Some settings in the link were ignored');
  await expect(notice).toContainText('The drawn points in the link are damaged');
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await expect(cell.locator('[data-view] svg .gan2d-real circle')).toHaveCount(300);
  await expect(cell.locator('[data-view]')).not.toContainText('points you placed');
});
