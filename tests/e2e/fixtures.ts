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
