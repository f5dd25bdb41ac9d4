/**
 * `npm run soak`: every training cell of every lesson trains for a long run
 * (default 5 minutes or 3,000 steps, whichever comes first) in headless
 * Chromium, one cell at a time. Prints a table: the worker's tensors, tensor
 * bytes, wasm heap and JS heap after warm-up, half-way and at the end
 * (flat from half-way to the end: bounded buffers fill in the first half),
 * the main thread's long tasks while training (none should pass 50 ms), and
 * how long the worker stepped aside for the page's frames. Not part of `npm test`; tests/e2e/soak.spec.ts is the short form.
 *
 *   npm run soak                       # builds nothing: serves ./dist
 *   npm run soak -- --seconds 60 --steps 500 --dist dist --only gan-1d
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isLang } from '../src/i18n/langs';
import { join, relative } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { MemoryReport } from '../src/runtime/protocol';
import { serveStatic } from './staticServer.mjs';
import { atFullSpeed } from './lib/fullSpeed';

type Memory = MemoryReport;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const SECONDS = Number(arg('seconds', '300'));
const MAX_STEPS = Number(arg('steps', '3000'));
const DIST = arg('dist', 'dist');
const ONLY = arg('only', '');
/** Steps before the first measurement: optimizer slots and caches are made in the first steps. */
const WARMUP_STEPS = 5;
const LONG_TASK_MS = 50;

function lessonPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      // Other editions (ko/) run the same cells; once is enough for a soak.
      if (e.isDirectory() && !(dir === root && isLang(e.name))) walk(join(dir, e.name));
      else if (e.name === 'index.html' && readFileSync(join(dir, e.name), 'utf8').includes('data-cell=')) out.push(`${relative(root, dir)}/`);
    }
  };
  walk(root);
  return out.sort();
}

const step = (page: Page, id: string) => page.locator(`[data-cell="${id}"]`).getAttribute('data-step').then(Number);
const memory = (page: Page, id: string) =>
  page.locator(`[data-cell="${id}"]`).evaluate((el) => (el as unknown as { debug(a: string): Promise<Memory | null> }).debug('memory'));

/**
 * The training worker's JS heap as the page measures it: a worker cannot read
 * its own (performance.memory is window-only). Needs a cross-origin-isolated
 * page; the ForceEagerMeasureMemory flag below makes it answer at once (after
 * a garbage collection) instead of within 20 s. Null where unavailable.
 */
const workerJsHeap = (page: Page) =>
  page.evaluate(async () => {
    type Breakdown = { bytes: number; attribution: { url: string }[] };
    const perf = performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ breakdown: Breakdown[] }> };
    if (!crossOriginIsolated || !perf.measureUserAgentSpecificMemory) return null;
    const { breakdown } = await perf.measureUserAgentSpecificMemory();
    // The cell's module worker (started from src/runtime/workerEntry.ts), not tfjs's wasm thread pool (blob: workers).
    const own = breakdown.filter((b) => b.attribution.some((a) => /\/_astro\/worker(Entry)?-/.test(a.url)));
    return own.length ? own.reduce((sum, b) => sum + b.bytes, 0) : null;
  });

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function pauseCell(page: Page, id: string): Promise<void> {
  const cell = page.locator(`[data-cell="${id}"]`);
  await cell.getByRole('button', { name: 'Pause' }).click();
  await waitFor(async () => (await cell.getAttribute('data-state')) === 'paused', 120_000);
}

const mb = (b: number | null) => (b === null ? 'n/a' : (b / 2 ** 20).toFixed(1));

/** How long the worker stepped aside for the page's frames (drawingGate.ts) while training, and its share of the time. */
function waitedForFrames(start: Memory, end: Memory, seconds: number): string {
  if (start.pageWaitMs == null || end.pageWaitMs == null) return 'off'; // null: not waiting; undefined: a build from before the gate
  const waited = (end.pageWaitMs - start.pageWaitMs) / 1000;
  return `${waited.toFixed(1)} s (${((100 * waited) / seconds).toFixed(1)}%)`;
}

async function soakCell(page: Page, id: string): Promise<string[]> {
  const cell = page.locator(`[data-cell="${id}"]`);
  await atFullSpeed(cell);
  await cell.getByRole('button', { name: 'Run' }).click();
  await waitFor(async () => (await step(page, id)) >= WARMUP_STEPS, 300_000);
  await pauseCell(page, id);
  const start = (await memory(page, id))!;
  start.jsHeapBytes ??= await workerJsHeap(page);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  let trainedMs = 0;
  /** Trains until `fraction` of the run's time or steps is done, then pauses and reads memory. */
  const trainUntil = async (fraction: number): Promise<Memory> => {
    await cell.getByRole('button', { name: /Run|Resume/ }).click();
    const resumed = Date.now();
    const done = async () => trainedMs + Date.now() - resumed > fraction * SECONDS * 1000 || (await step(page, id)) - start.step >= fraction * MAX_STEPS;
    await waitFor(done, SECONDS * 1000 + 60_000);
    await pauseCell(page, id);
    trainedMs += Date.now() - resumed;
    const m = (await memory(page, id))!;
    m.jsHeapBytes ??= await workerJsHeap(page);
    return m;
  };
  // A reading halfway as well: what grows to a bound (a thinned snapshot strip, caches) shows as start -> mid growth
  // with mid -> end flat; a leak grows in both halves.
  const mid = await trainUntil(0.5);
  const end = await trainUntil(1);
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const seconds = trainedMs / 1000;
  await cell.getByRole('button', { name: 'Reset' }).click();
  await cell.evaluate((el) => (el as unknown as { stopWorker(): void }).stopWorker());
  return [
    id,
    end.backend,
    String(end.step - start.step),
    seconds.toFixed(0),
    ((end.step - start.step) / seconds).toFixed(2),
    `${start.numTensors} / ${mid.numTensors} / ${end.numTensors}`,
    `${mb(start.numBytes)} / ${mb(mid.numBytes)} / ${mb(end.numBytes)}`,
    `${mb(start.wasmHeapBytes)} / ${mb(mid.wasmHeapBytes)} / ${mb(end.wasmHeapBytes)}`,
    `${mb(start.jsHeapBytes)} / ${mb(mid.jsHeapBytes)} / ${mb(end.jsHeapBytes)}`,
    `${long.filter((d) => d > LONG_TASK_MS).length} (max ${Math.round(Math.max(0, ...long))} ms)`,
    waitedForFrames(start, end, seconds),
  ];
}

async function main(): Promise<void> {
  const server = await serveStatic({ root: DIST, base: '/' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--enable-blink-features=ForceEagerMeasureMemory'],
  });
  const header = ['cell', 'backend', 'steps', 's', 'steps/s', 'tensors', 'tensor MB', 'wasm heap MB', 'worker JS heap MB', 'long tasks >50ms', 'waited for frames'];
  const rows: string[][] = [];
  const seen: string[] = [];
  try {
    for (const lesson of lessonPages(DIST)) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => console.error(`${lesson}: ${e}`));
      await page.goto(server.url + lesson);
      // The isolation service worker reloads a first visit once (docs/hosting.md): measure on the reloaded,
      // isolated page, as learners train. Mid-reload evaluate throws; without service workers, go on unisolated.
      await waitFor(() => page.evaluate(() => crossOriginIsolated).catch(() => false), 30_000).catch(() => console.error(`${lesson}: not cross-origin isolated`));
      // Listed once the page has its cells (not mid-reload, when the list would come back empty).
      await page.locator('gan-cell[data-cell]').first().waitFor({ timeout: 30_000 }).catch(() => console.error(`${lesson}: no cells found`));
      const ids = await page.locator('gan-cell[data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));
      seen.push(...ids);
      for (const id of ids.filter((i) => !ONLY || ONLY.split(',').includes(i))) {
        try {
          rows.push(await soakCell(page, id));
        } catch (err) {
          rows.push([id, `failed: ${err instanceof Error ? err.message : String(err)}`]);
        }
        // Each row as soon as it is known: a run stopped early still reports the cells it finished.
        console.error(`done ${lesson}${id}: ${rows.at(-1)!.join(' | ')}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // A cell asked for by --only that no page showed is a row too, not a silent gap.
  for (const id of ONLY ? ONLY.split(',').filter((i) => !seen.includes(i)) : []) rows.push([id, 'not found on any page']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  console.log(`Soak: ${SECONDS} s or ${MAX_STEPS} steps per cell after ${WARMUP_STEPS} warm-up steps; memory read while paused at start / half-way / end.`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}

await main();
