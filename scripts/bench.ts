/**
 * `npm run bench`: speed of every training cell, measured, never asserted.
 *
 *   Node:    each cell kind's Trainer on tfjs wasm (first-step latency, steps/s)
 *   Browser: the built site in headless Chromium, every cell on every backend
 *            (first-step latency, steps/s, longest main-thread task), the
 *            lesson pages' initial JavaScript (gzip), and for the DCGAN cell
 *            the seconds from Run until its digit score reaches 4, and at 30 s and 60 s
 *            its score of 512 samples and the score and class shares of the 64 it
 *            shows (scripts/lib/shownDigits.ts), also for the pretrained start; the speed page's
 *            reference DCGAN (batch 64) is the figure docs/toolchain.md compares with PyTorch;
 *            and the seconds from Step until the AdaIN cell's style-mixing grid is drawn.
 *
 * Options: --json FILE  --seconds N (measuring window, default 10)
 *          --backends wasm,webgl,cpu  --cells id,id  --no-node  --no-browser
 *          --peer (time the reference DCGAN in native PyTorch after the browser, and print the ratio)
 *          --first-minute-seeds 1,2,3 (the DCGAN cell's first minute once per seed, and the median of the 60 s figures)
 *          --dist DIR (built site to serve, default dist/)  --rebuild (build even if it exists)  --no-isolate (no COOP/COEP headers:
 *          single-threaded wasm, as on a host without them and without the service worker)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { ISOLATION_HEADERS } from '../components/site/isolationHeaders';
import { runPytorchPeer } from './lib/pytorchPeer';
import { describeShown, readShownGrid, scoreShown } from './lib/shownDigits';
import { startWasmBackend } from './lib/wasmBackend';
import { serveStatic } from './staticServer.mjs';
import { atFullSpeed } from './lib/fullSpeed';

interface Row {
  where: string;
  cell: string;
  backend: string;
  firstStepMs: number | null;
  stepsPerSec: number | null;
  longestTaskMs?: number | null;
  note?: string;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const SECONDS = Number(option('seconds', '10'));
const BACKENDS = option('backends', 'wasm,webgl,cpu').split(',');
const ONLY_CELLS = option('cells', '').split(',').filter(Boolean);
const FIRST_STEP_TIMEOUT_MS = 90_000;
const DIGIT_SCORE_TARGET = 4;
/** Issue #4's bar: digit score ≥ 4 AND mean confidence ≥ 0.75 within 60 s of Run. */
const CONFIDENCE_TARGET = 0.75;
const DIGIT_SCORE_TIMEOUT_S = 240;
/** Seeds of the DCGAN cell's first-minute runs (issue #24 asks for the median of three). */
const FIRST_MINUTE_SEEDS = option('first-minute-seeds', '1').split(',').map(Number);
const ROOT = resolve(import.meta.dirname, '..');
/** The built site to serve (--dist DIR, default dist/). */
const DIST = resolve(ROOT, option('dist', 'dist'));

const rows: Row[] = [];
const extra: Record<string, unknown> = {};

async function benchNode(): Promise<void> {
  await startWasmBackend();
  const { cellDefinitions } = await import('../src/cells/index');
  const { trainerLoaderOf } = await import('../src/runtime/trainers');
  const { defaultValues } = await import('../src/cells/params');
  const { nodeTrainerContext } = await import('./lib/nodeContext');
  const seen = new Set<string>();
  for (const [name, def] of Object.entries(cellDefinitions)) {
    if (seen.has(def.kind)) continue;
    seen.add(def.kind);
    const hp = defaultValues(def);
    const factory = (await trainerLoaderOf(def)()).default;
    const trainer = await factory(hp, Number(hp.seed), nodeTrainerContext);
    const t0 = performance.now();
    await trainer.train(1);
    const firstStepMs = performance.now() - t0;
    let steps = 0;
    const start = performance.now();
    while (performance.now() - start < SECONDS * 1000) {
      await trainer.train(1);
      steps++;
    }
    const stepsPerSec = (steps * 1000) / (performance.now() - start);
    trainer.dispose();
    rows.push({ where: 'node', cell: `${name} (${def.kind})`, backend: 'wasm', firstStepMs, stepsPerSec });
    console.log(`node wasm ${def.kind}: first step ${firstStepMs.toFixed(0)} ms, ${stepsPerSec.toFixed(2)} steps/s`);
  }
}

/** Gzip size of the JavaScript a page loads before any Run. */
async function initialScriptBytes(page: Page, url: string): Promise<number> {
  const scripts = new Set<string>();
  const listener = (r: { url(): string; resourceType(): string }) => {
    if (r.resourceType() === 'script') scripts.add(r.url());
  };
  page.on('request', listener);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('request', listener);
  let total = 0;
  for (const s of scripts) {
    const path = join(DIST, new URL(s).pathname);
    if (existsSync(path)) total += gzipSync(readFileSync(path)).byteLength;
  }
  return total;
}

async function benchCell(page: Page, url: string, cellId: string, backend: string): Promise<Row> {
  await page.goto(`${url}?backend=${backend}`, { waitUntil: 'networkidle' });
  const cell = page.locator(`[data-cell="${cellId}"]`);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await atFullSpeed(cell); // before the clock starts: first-step latency is measured from Run
  const t0 = Date.now();
  await cell.getByRole('button', { name: 'Run' }).click();
  try {
    await page.waitForFunction((id) => Number(document.querySelector(`[data-cell="${id}"]`)?.getAttribute('data-step')) >= 1, cellId, {
      timeout: FIRST_STEP_TIMEOUT_MS,
    });
  } catch {
    return { where: 'chromium', cell: cellId, backend, firstStepMs: null, stepsPerSec: null, note: `no step within ${FIRST_STEP_TIMEOUT_MS / 1000} s` };
  }
  const firstStepMs = Date.now() - t0;
  const used = await cell.getAttribute('data-backend');
  // Warm up briefly, then measure over the window.
  await page.waitForTimeout(1000);
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const s0 = Number(await cell.getAttribute('data-step'));
  const w0 = Date.now();
  await page.waitForTimeout(SECONDS * 1000);
  const s1 = Number(await cell.getAttribute('data-step'));
  const stepsPerSec = ((s1 - s0) * 1000) / (Date.now() - w0);
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await cell.getByRole('button', { name: 'Pause' }).click().catch(() => {});
  return {
    where: 'chromium',
    cell: cellId,
    backend: used ?? backend,
    firstStepMs,
    stepsPerSec,
    longestTaskMs,
    note: used && used !== backend ? `asked for ${backend}, fell back` : undefined,
  };
}

/** The first minute's 60 s figures of one seed (shown 64), for the median over seeds. */
const firstMinutes: { seed: number; shown64: Awaited<ReturnType<typeof scoreShown>> }[] = [];

async function digitScoreRace(page: Page, url: string, seed: number): Promise<void> {
  await page.goto(`${url}?backend=wasm&dcgan.seed=${seed}`, { waitUntil: 'networkidle' });
  const cell = page.locator('[data-cell="dcgan"]');
  await atFullSpeed(cell); // before the clock starts: first-step latency is measured from Run
  const t0 = Date.now();
  await cell.getByRole('button', { name: 'Run' }).click();
  let seconds: number | null = null;
  let score = 0;
  let confidence = 0;
  const read = async (metric: string) => Number(await cell.locator(`output[data-metric="${metric}"]`).textContent());
  // What the learner sees at 30 s and 60 s: the cell's score of 512 samples and the 64 on screen, scored here.
  const snapshots: Record<string, unknown> = {};
  const pending = [30, 60];
  while ((Date.now() - t0) / 1000 < DIGIT_SCORE_TIMEOUT_S && (seconds === null || pending.length > 0)) {
    await page.waitForTimeout(250);
    const elapsed = (Date.now() - t0) / 1000;
    score = await read('digitScore');
    confidence = await read('confidence');
    if (seconds === null && score >= DIGIT_SCORE_TARGET && confidence >= CONFIDENCE_TARGET) seconds = elapsed;
    if (pending.length > 0 && elapsed >= pending[0]) {
      const at = pending.shift()!;
      const step = Number(await cell.getAttribute('data-step'));
      const shown = await scoreShown(await readShownGrid(page, 'dcgan'));
      snapshots[`${at}s`] = { step, cell512: { digitScore: score, confidence }, shown64: shown };
      if (at === 60) firstMinutes.push({ seed, shown64: shown });
      console.log(`dcgan seed ${seed} at ${at} s (step ${step}): cell's 512 samples score ${score} (confidence ${confidence}); ${describeShown(shown)}`);
    }
  }
  const race = { seed, target: DIGIT_SCORE_TARGET, confidenceTarget: CONFIDENCE_TARGET, seconds, score, confidence, step: Number(await cell.getAttribute('data-step')), ...snapshots };
  extra.dcganDigitScore = [...((extra.dcganDigitScore as unknown[] | undefined) ?? []), race];
  console.log(`dcgan seed ${seed}: digit score ${score} (confidence ${confidence}) ${seconds === null ? 'did not reach' : 'reached'} ${DIGIT_SCORE_TARGET} (with confidence ≥ ${CONFIDENCE_TARGET}) ${seconds === null ? `in ${DIGIT_SCORE_TIMEOUT_S} s` : `after ${seconds.toFixed(1)} s`}`);
}

/**
 * The DCGAN cell from its pretrained weights (the issue's bar: digit score ≥ 7): Start from pretrained, then the
 * score and confidence the cell shows for the loaded weights (its 256 samples), the model line, and steps/s while
 * it trains on.
 */
async function dcganPretrained(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?backend=wasm`, { waitUntil: 'networkidle' });
  const cell = page.locator('[data-cell="dcgan"]');
  await cell.getByRole('button', { name: 'Start from pretrained' }).click();
  await page.waitForFunction((el) => el?.querySelector('[data-status]')?.textContent?.includes('loaded') ?? false, await cell.elementHandle(), { timeout: 120_000 });
  const read = async (metric: string) => Number(await cell.locator(`output[data-metric="${metric}"]`).textContent());
  // The loaded weights are scored at once (no step); the readouts show it.
  await page.waitForFunction((el) => Number(el?.querySelector('output[data-metric="digitScore"]')?.textContent) > 0, await cell.elementHandle(), { timeout: 60_000 });
  const model = (await cell.locator('[data-view]').textContent())?.match(/Model: [^.]*\./)?.[0] ?? 'model line not found';
  const score = await read('digitScore');
  const confidence = await read('confidence');
  const shown = await scoreShown(await readShownGrid(page, 'dcgan'));
  await cell.getByRole('button', { name: /Run|Resume/ }).click();
  await page.waitForTimeout(3000);
  const s0 = Number(await cell.getAttribute('data-step'));
  const t0 = Date.now();
  await page.waitForTimeout(SECONDS * 1000);
  const stepsPerSec = ((Number(await cell.getAttribute('data-step')) - s0) * 1000) / (Date.now() - t0);
  await cell.getByRole('button', { name: 'Pause' }).click().catch(() => {});
  extra.dcganPretrained = { model, score, confidence, shown64: shown, stepsPerSec };
  console.log(`dcgan pretrained (${model}): digit score ${score}, confidence ${confidence} as loaded (${describeShown(shown)}); then ${stepsPerSec.toFixed(2)} steps/s`);
}

/** Seconds from pressing Step on the AdaIN cell (pretrained start) until its style-mixing grid is drawn. */
async function adainGridRace(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?backend=wasm`, { waitUntil: 'networkidle' });
  const cell = page.locator('[data-cell="adain"]');
  const t0 = Date.now();
  await cell.getByRole('button', { name: 'Step', exact: true }).click();
  const grid = cell.locator('canvas[data-samples]').first();
  await page.waitForFunction(
    (el) => {
      const c = el as HTMLCanvasElement | null;
      if (!c || c.width < 100) return false;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      return !!data && data.some((v, i) => i % 4 === 0 && v > 0 && v < 255);
    },
    await grid.elementHandle({ timeout: 60_000 }),
    { timeout: 60_000, polling: 50 },
  );
  extra.adainGridSeconds = (Date.now() - t0) / 1000;
  console.log(`adain: style-mixing grid drawn ${extra.adainGridSeconds} s after Step (pretrained start)`);
}

async function benchBrowser(): Promise<void> {
  if (flag('rebuild') || !existsSync(join(DIST, 'index.html'))) {
    const built = spawnSync('npx', ['astro', 'build', '--outDir', DIST], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } });
    if (built.status !== 0) throw new Error('astro build failed');
  }
  // Cross-origin isolation (as docs/hosting.md asks hosts to send, or the
  // course's service worker provides) lets wasm use every core; --no-isolate
  // measures a host without it.
  const headers: Record<string, string> = flag('no-isolate') ? {} : { ...ISOLATION_HEADERS };
  const server = await serveStatic({ root: DIST, base: '/', headers });
  extra.crossOriginIsolated = !flag('no-isolate');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
  });
  // Headers, not the service worker, decide isolation here: block it so no reload races a measurement.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    // Every lesson, then the speed page: its cell is the reference DCGAN of docs/toolchain.md (batch 64, full widths).
    const pages = [...readdirSync(join(DIST, 'lessons'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `lessons/${e.name}/`), 'speed/'];
    const scriptSizes: Record<string, number> = {};
    for (const path of pages) {
      const lesson = path.replace(/^lessons\//, '').replace(/\/$/, '');
      const url = `${server.url}${path}`;
      const page = await context.newPage();
      scriptSizes[lesson] = await initialScriptBytes(page, url);
      const cellIds = await page.locator('[data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));
      await page.close();
      console.log(`${lesson}: initial JS ${(scriptSizes[lesson] / 1024).toFixed(1)} KB gzip; cells ${cellIds.join(', ')}`);
      for (const cellId of cellIds) {
        if (ONLY_CELLS.length && !ONLY_CELLS.includes(cellId)) continue;
        for (const backend of BACKENDS) {
          const p = await context.newPage();
          const row = await benchCell(p, url, cellId, backend).catch((e: unknown) => ({
            where: 'chromium', cell: cellId, backend, firstStepMs: null, stepsPerSec: null, note: String(e).slice(0, 120),
          }) as Row);
          await p.close();
          rows.push(row);
          console.log(`chromium ${backend} ${cellId}: ${JSON.stringify(row)}`);
        }
        if (cellId === 'adain') {
          const p = await context.newPage();
          await adainGridRace(p, url).catch((e: unknown) => console.log(`adain grid: ${String(e).slice(0, 120)}`));
          await p.close();
        }
        if (cellId === 'dcgan' && (!ONLY_CELLS.length || ONLY_CELLS.includes('dcgan'))) {
          for (const seed of FIRST_MINUTE_SEEDS) {
            const p = await context.newPage();
            await digitScoreRace(p, url, seed);
            await p.close();
          }
          if (firstMinutes.length > 1) reportFirstMinuteMedian();
          const q = await context.newPage();
          await dcganPretrained(q, url).catch((e: unknown) => console.log(`dcgan pretrained: ${String(e).slice(0, 160)}`));
          await q.close();
        }
      }
    }
    extra.initialJsGzipBytes = scriptSizes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Issue #24's bar over the seeds: the median shown-64 score and confidence at 60 s, and any seed with a class absent. */
function reportFirstMinuteMedian(): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const score = median(firstMinutes.map((r) => r.shown64.digitScore));
  const confidence = median(firstMinutes.map((r) => r.shown64.confidence));
  const absent = firstMinutes.filter((r) => r.shown64.absent.length).map((r) => `seed ${r.seed}: ${r.shown64.absent.join(', ')}`);
  extra.dcganFirstMinuteMedian = { seeds: firstMinutes.map((r) => r.seed), shown64DigitScore: score, shown64Confidence: confidence, absent };
  console.log(
    `dcgan first minute, median over seeds ${firstMinutes.map((r) => r.seed).join(', ')} at 60 s: shown 64 score ${score.toFixed(2)}, confidence ${confidence.toFixed(2)}; ` +
      (absent.length ? `classes absent (${absent.join('; ')})` : 'no class absent in any run'),
  );
}

/** The PyTorch peer of the reference DCGAN, right after the browser's figure, and their ratio. */
function benchPeer(): void {
  const peer = runPytorchPeer(SECONDS);
  extra.pytorchPeer = peer;
  const browser = rows.find((r) => r.where === 'chromium' && r.cell === 'reference-dcgan' && r.backend === 'wasm');
  if ('skipped' in peer) {
    console.log(`PyTorch peer: ${peer.skipped}`);
    return;
  }
  const ratio = browser?.stepsPerSec ? browser.stepsPerSec / peer.steps_per_sec : null;
  extra.referenceVsPytorch = ratio;
  console.log(
    `PyTorch ${peer.torch} peer (${peer.threads} threads): ${peer.steps_per_sec.toFixed(2)} steps/s (CPU ${(peer.cpu_seconds / peer.seconds).toFixed(2)} cores)` +
      (ratio ? `; the browser's reference DCGAN on wasm runs at ${ratio.toFixed(2)}× PyTorch` : '; no browser reference-dcgan figure in this run to compare'),
  );
}

function printTable(): void {
  const fmt = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? '–' : v.toFixed(d));
  console.log('\n| where | cell | backend | first step (ms) | steps/s | longest main-thread task (ms) | note |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.where} | ${r.cell} | ${r.backend} | ${fmt(r.firstStepMs, 0)} | ${fmt(r.stepsPerSec, 2)} | ${fmt(r.longestTaskMs, 0)} | ${r.note ?? ''} |`);
  }
  if (extra.initialJsGzipBytes) console.log('\nInitial JS (gzip bytes):', extra.initialJsGzipBytes);
  if (extra.dcganDigitScore) console.log('DCGAN digit score race:', extra.dcganDigitScore);
  if (extra.dcganPretrained) console.log('DCGAN from pretrained:', extra.dcganPretrained);
}

if (!flag('no-node')) await benchNode();
if (!flag('no-browser')) await benchBrowser();
if (flag('peer')) benchPeer();
printTable();
const jsonPath = args.includes('--json') ? option('json', 'bench-results/bench.json') : null;
if (jsonPath) {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify({ date: new Date().toISOString(), seconds: SECONDS, rows, ...extra }, null, 2));
  console.log(`Wrote ${jsonPath}`);
}
