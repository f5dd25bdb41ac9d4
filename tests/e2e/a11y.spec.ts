/**
 * Accessibility on every built page: axe-core (WCAG 2.0/2.1 A and AA) finds
 * nothing in light and dark, before and after a cell has drawn; every
 * control is reachable by keyboard with a visible focus; charts and image
 * grids carry a text alternative with their latest values; status changes
 * are announced.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { builtPages, cellIds, expect, test, waitForSteps } from './fixtures';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, TAGS);
  return violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
}

for (const path of builtPages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG A/AA violations on /${path} in ${colorScheme}`, async ({ guarded: page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

/** Runs the page's first cell a little, so charts, captions and notices exist. */
async function runFirstCell(page: Page): Promise<string> {
  const [id] = await cellIds(page);
  const cell = page.locator(`[data-cell="${id}"]`);
  // By data-action, not by name: the Korean edition names the buttons in Korean.
  await cell.locator('[data-action="run"]').click();
  await waitForSteps(page, id, 1, 180_000);
  await expect(cell.locator('[data-view] svg, [data-view] canvas').first()).toBeVisible({ timeout: 60_000 });
  await cell.locator('[data-action="pause"]').click();
  await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });
  return id;
}

/** Lesson pages of every edition ('lessons/x/', 'ko/lessons/x/'). */
const lessonPages = builtPages().filter((p) => /^(ko\/)?lessons\//.test(p));

for (const path of lessonPages) {
  test(`after a cell has run on /${path}, axe still passes and its chart states its values`, async ({ guarded: page }) => {
    test.setTimeout(300_000);
    await page.goto(path);
    const ids = await cellIds(page);
    test.skip(ids.length === 0, 'no cells on this page');
    const id = await runFirstCell(page);
    const caption = page.locator(`[data-cell="${id}"] [data-view-description]`);
    await expect(caption).not.toHaveText(/appears when training starts/);
    // A text alternative names numbers (its latest values), not just what kind of chart it is.
    await expect(caption).toHaveText(/\d/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
}

test('the caption of a chart follows training', async ({ guarded: page }) => {
  await page.goto('lessons/minimax-game/');
  const cell = page.locator('[data-cell="gan-2d"]');
  const caption = cell.locator('[data-view-description]');
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(caption).toHaveText(/\d/);
  const first = await caption.textContent();
  await cell.getByRole('button', { name: 'Resume' }).click();
  await waitForSteps(page, 'gan-2d', 200);
  await cell.getByRole('button', { name: 'Pause' }).click();
  await expect(caption).not.toHaveText(first ?? '');
});

// The first lesson of each edition.
for (const path of [lessonPages.find((p) => p.startsWith('lessons/')), lessonPages.find((p) => p.startsWith('ko/'))].filter((p) => p !== undefined)) {
  test(`every control on /${path} is reachable by Tab with a visible focus`, async ({ guarded: page }) => {
    await page.goto(path);
    const focusables = await page.locator('gan-cell').first().locator('button, input, select, a[href]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    const seen = new Set<string>();
    const invisible: string[] = [];
    for (let i = 0; i < 400 && seen.size < focusables; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('gan-cell')) return null;
        const style = getComputedStyle(el);
        const key = `${el.closest('gan-cell')!.getAttribute('data-cell')}:${el.tagName}:${el.getAttribute('name') ?? el.getAttribute('data-action') ?? el.textContent}`;
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        return { key, visible, first: el.closest('gan-cell') === document.querySelector('gan-cell') };
      });
      if (!info || !info.first) continue;
      seen.add(info.key);
      if (!info.visible) invisible.push(info.key);
    }
    expect(seen.size).toBeGreaterThanOrEqual(focusables);
    expect(invisible).toEqual([]);
  });
}

test('status changes are announced and Run works from the keyboard @base', async ({ guarded: page }) => {
  await page.goto('lessons/minimax-game/');
  const cell = page.locator('[data-cell="gan-1d"]');
  await expect(cell.locator('[data-status]')).toHaveAttribute('role', 'status');
  await expect(cell.locator('[data-notice]')).toHaveAttribute('role', 'alert');
  await cell.getByRole('button', { name: 'Run' }).focus();
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('data-state', 'running');
  await expect(cell.locator('[data-status]')).toContainText('Training');
  await cell.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('Space');
  await expect(cell).toHaveAttribute('data-state', 'paused');
  await expect(cell.locator('[data-status]')).toContainText('Paused at step');
  // An invalid value's message is tied to its control and announced.
  const lrD = cell.locator('[name="lrD"]');
  await expect(lrD).toHaveAttribute('aria-describedby', /gan-1d-lrD-error/);
  await expect(cell.locator('#gan-1d-lrD-error')).toHaveAttribute('aria-live', 'polite');
});

test('an answered prediction and a live task with its hint open stay accessible, in light and dark', async ({ guarded: page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('lessons/minimax-game/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const predict = page.locator('[data-check="minimax-stuck"]');
    await predict.getByRole('radio').nth(1).check();
    await predict.getByRole('button', { name: 'Commit' }).click();
    await expect(predict).toHaveAttribute('data-done', 'true');
    // The hint shows only after a while; open it here to check its contrast and names.
    await page.locator('[data-task="escape-saturation"] details').evaluate((d: HTMLDetailsElement) => {
      d.hidden = false;
      d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  }
});
