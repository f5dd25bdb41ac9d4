import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

/** The built site the 'site' project serves (run.mjs: E2E_DIST). */
export const SITE_DIR = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist-test');
export const COURSE_DIR = `${SITE_DIR}-course`;

/**
 * Every page of a build as a path relative to its base ('' is the home page,
 * 'lessons/x/' a lesson): specs that loop over it cover lessons added later.
 */
export function builtPages(root = SITE_DIR): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') out.push(relative(root, dir).split(sep).filter(Boolean).map((p) => `${p}/`).join(''));
    }
  };
  walk(root);
  return out.sort();
}

/** Pages of the build with at least one training cell. */
export function cellPages(root = SITE_DIR): string[] {
  return builtPages(root).filter((p) => readFileSync(join(root, p, 'index.html'), 'utf8').includes('data-cell='));
}

/** The data-cell ids on the current page, in page order. */
export function cellIds(page: Page): Promise<string[]> {
  return page.locator('gan-cell[data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));
}

/** Sends a debug action (see src/runtime/protocol.ts DebugAction) to a cell's worker; faults need a test build (run.mjs). */
export function debugCell(page: Page, cellId: string, action: 'memory' | 'crash' | 'hang' | 'lose-context' | 'diverge') {
  return page.locator(`[data-cell="${cellId}"]`).evaluate(
    (el, a) => (el as unknown as { debug(a: string): Promise<unknown> }).debug(a),
    action,
  ) as Promise<{ step: number; backend: string; numTensors: number; numBytes: number; wasmHeapBytes: number | null; jsHeapBytes: number | null; pageWaitMs: number | null } | null>;
}

type CellLocator = ReturnType<Page['locator']>;

/** Presses Step on a fresh cell and waits for its first step (the worker and the model load first). */
export async function stepOnce(cell: CellLocator, timeout = 120_000): Promise<void> {
  await cell.getByRole('button', { name: 'Step' }).click();
  await expect(cell).toHaveAttribute('data-step', '1', { timeout });
}

/** Presses Pause and checks that training has really stopped: the step count holds for 0.8 s. */
export async function pauseAndHold(page: Page, cell: CellLocator): Promise<void> {
  await cell.getByRole('button', { name: 'Pause' }).click();
  await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });
  const paused = Number(await cell.getAttribute('data-step'));
  await page.waitForTimeout(800);
  expect(Number(await cell.getAttribute('data-step'))).toBe(paused);
}

/** A cheap fingerprint of a cell's sample canvases (all of them, or those `selector` picks). */
export function canvasPixels(cell: CellLocator, selector = 'canvas[data-samples]'): Promise<string> {
  return cell.locator(selector).evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).toDataURL()).join('|'));
}

/** Sets a form control by name and fires the change event the cell listens for. */
export async function setControl(cell: CellLocator, name: string, value: string): Promise<void> {
  const control = cell.locator(`[name="${name}"]`);
  if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
  else {
    await control.fill(value);
    await control.dispatchEvent('change');
  }
}
