/**
 * `npm run trace:longtasks`: why a cell's main thread has long tasks. Each
 * cell trains in headless Chromium (cross-origin isolated, wasm) while a CDP
 * trace records the page's main thread; per cell it prints the main thread's
 * CPU per second, the longest task in wall time and in CPU time, and how
 * many tasks pass 50 ms of each. A task long in wall time but short in CPU
 * waited for a core (the worker holds one), which no view change can fix.
 *
 *   npm run trace:longtasks -- --dist /tmp/site --cells dcgan,autoencoder --seconds 12
 *   npm run trace:longtasks -- --dist /tmp/site --tasks   # also what the longest tasks spent their time on
 *   npm run trace:longtasks -- --dist /tmp/site --totals  # and what the main thread spent the whole trace on
 *   npm run trace:longtasks -- --dist /tmp/site --threads # and each Chromium thread's CPU and run-queue wait (Linux)
 *   npm run trace:longtasks -- --dist /tmp/site --v8      # and what V8's optimiser compiled and threw away meanwhile
 *   npm run trace:longtasks -- --dist /tmp/site --cells sgan --after 240 --seconds 60  # a run's fifth minute
 *
 * --v8 starts Chromium with --js-flags=--trace-opt --trace-deopt (which slow
 * it a little) and sums the lines printed during the trace: a function
 * compiled again and again is code the optimiser cannot keep.
 *
 * Not part of `npm test`: it measures, it does not check.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ISOLATION_HEADERS } from '../components/site/isolationHeaders';
import { serveStatic } from './staticServer.mjs';
import { summariseOptimiserLog } from './lib/v8OptimiserLog';
import { atFullSpeed } from './lib/fullSpeed';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number; type?: string } };
}

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const DIST = option('dist', 'dist');
const SECONDS = Number(option('seconds', '12'));
/** Seconds of training before the trace starts (at least 1: past the first step's one-off work). */
const AFTER = Math.max(1, Number(option('after', '1')));
const ONLY = option('cells', '').split(',').filter(Boolean);
const LONG_MS = 50;

/** Every page of the build with cells, and its cell ids. */
function cellPages(root: string): { path: string; ids: string[] }[] {
  const out: { path: string; ids: string[] }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'index.html') {
        const ids = [...readFileSync(join(dir, e.name), 'utf8').matchAll(/<gan-cell[^>]*data-cell="([a-z0-9-]+)"/g)].map((m) => m[1]);
        if (ids.length) out.push({ path: `${relative(root, dir)}/`, ids });
      }
    }
  };
  walk(root);
  return out;
}

/** The renderer main thread of the page: the thread that runs the page's script. */
function mainThreadTasks(events: TraceEvent[]): { tasks: TraceEvent[]; nested: TraceEvent[] } {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((t) => t.pid === e.pid && t.tid === e.tid && t.name === 'FunctionCall'));
  const own = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  return { tasks: own.filter((e) => e.name === 'RunTask'), nested: own.filter((e) => e.name !== 'RunTask') };
}

/** What a task spent its wall and CPU time on (nested trace events, largest first). */
function breakdown(task: TraceEvent, nested: TraceEvent[]): string {
  const by = new Map<string, [number, number]>();
  for (const e of nested) {
    if (e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + (task.dur ?? 0)) continue;
    const [wall, cpu] = by.get(e.name) ?? [0, 0];
    by.set(e.name, [wall + (e.dur ?? 0) / 1000, cpu + (e.tdur ?? 0) / 1000]);
  }
  return [...by].sort((a, b) => b[1][0] - a[1][0]).slice(0, 6).map(([n, [w, c]]) => `${n} ${w.toFixed(0)}/${c.toFixed(0)}`).join(', ');
}

/** The script a task ran: each FunctionCall's function and file:line, and the event that dispatched it. */
function scriptsOf(task: TraceEvent, nested: TraceEvent[]): string {
  const inside = nested.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0));
  const calls = inside
    .filter((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'FireAnimationFrame' || e.name === 'TimerFire')
    .map((e) => {
      const d = e.args?.data;
      const where = d?.url ? ` ${d.functionName || '(anonymous)'} ${d.url.split('/').pop()}:${d.lineNumber ?? '?'}` : d?.type ? ` ${d.type}` : '';
      return `${e.name}${where} ${((e.dur ?? 0) / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)}`;
    });
  return calls.join('; ');
}

/**
 * Per thread name (summed over Chromium's processes), nanoseconds on a CPU and
 * waiting in the run queue so far, from Linux's /proc/<pid>/task/<tid>/schedstat.
 * A thread that waits long while it is runnable is short of a core. The
 * renderer's main thread is listed by its process name, "renderer: chromium".
 */
function chromiumSchedstat(): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium')) continue;
      const kind = cmd.match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = `${kind}: ${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}`;
        const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        const [r, w] = out.get(name) ?? [0, 0];
        out.set(name, [r + run, w + wait]);
      }
    } catch {
      // A process or thread that ended while being read.
    }
  }
  return out;
}

const server = await serveStatic({ root: DIST, base: '/', headers: { ...ISOLATION_HEADERS } });
const V8 = argv.includes('--v8');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Chromium's stdout lines while a trace runs (only with --v8). */
let optimiserLines: string[] | null = null;
const browser = V8 ? await launchWithStdout((line) => optimiserLines?.push(line)) : await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/**
 * Chromium started by this script (not Playwright, which keeps the browser's
 * stdout to itself) with V8's optimiser tracing on, then driven over CDP.
 */
async function launchWithStdout(onLine: (line: string) => void) {
  const proc = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', '--js-flags=--trace-opt --trace-deopt', 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: proc.stdout }).on('line', onLine);
  const endpoint = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stderr }).on('line', (line) => {
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]);
    });
    proc.once('exit', (code) => reject(new Error(`chromium exited (${code}) before it listened`)));
  });
  const connected = await chromium.connectOverCDP(endpoint);
  connected.once('disconnected', () => proc.kill());
  const close = connected.close.bind(connected);
  connected.close = async () => {
    await close();
    proc.kill();
  };
  return connected;
}
const context = await browser.newContext({ serviceWorkers: 'block' });
console.log(`${SECONDS} s of training per cell, traced from ${AFTER} s after its first step; wall / CPU in ms`);
try {
  for (const { path, ids } of cellPages(DIST)) {
    for (const id of ids.filter((i) => !ONLY.length || ONLY.includes(i))) {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}?backend=wasm`, { waitUntil: 'networkidle' });
      const cell = page.locator(`[data-cell="${id}"]`);
      await atFullSpeed(cell);
      await cell.getByRole('button', { name: 'Run' }).click();
      await page.waitForFunction((c) => Number(document.querySelector(`[data-cell="${c}"]`)?.getAttribute('data-step')) >= 1, id, { timeout: 300_000 });
      await page.waitForTimeout(AFTER * 1000);
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      // The protocol types trace events loosely; these fields are the trace format's.
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      const threadsBefore = argv.includes('--threads') ? chromiumSchedstat() : null;
      if (V8) optimiserLines = [];
      await page.waitForTimeout(SECONDS * 1000);
      const optimiser = optimiserLines ? summariseOptimiserLog(optimiserLines) : null;
      optimiserLines = null;
      const threadsAfter = threadsBefore ? chromiumSchedstat() : null;
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cell.getByRole('button', { name: 'Pause' }).click().catch(() => {});
      const { tasks, nested } = mainThreadTasks(events);
      const wall = (t: TraceEvent) => (t.dur ?? 0) / 1000;
      const cpu = (t: TraceEvent) => (t.tdur ?? 0) / 1000;
      const cpuPerSecond = tasks.reduce((n, t) => n + cpu(t), 0) / SECONDS;
      console.log(
        `${id}: main thread ${cpuPerSecond.toFixed(0)} ms CPU/s; longest task ${Math.max(0, ...tasks.map(wall)).toFixed(0)} wall, ${Math.max(0, ...tasks.map(cpu)).toFixed(0)} CPU; ` +
          `over ${LONG_MS} ms: ${tasks.filter((t) => wall(t) > LONG_MS).length} in wall time, ${tasks.filter((t) => cpu(t) > LONG_MS).length} in CPU`,
      );
      if (argv.includes('--tasks')) {
        // The longest in wall time (what a learner feels) and in CPU (what the page's code controls).
        const byWall = [...tasks].sort((a, b) => wall(b) - wall(a)).slice(0, 3);
        const byCpu = [...tasks].sort((a, b) => cpu(b) - cpu(a)).slice(0, 3);
        for (const t of new Set([...byWall, ...byCpu])) {
          console.log(`   task ${wall(t).toFixed(0)}/${cpu(t).toFixed(0)}: ${breakdown(t, nested)}`);
          console.log(`      ran: ${scriptsOf(t, nested) || 'no script'}`);
        }
      }
      if (threadsBefore && threadsAfter) {
        const rows = [...threadsAfter]
          .map(([name, [run, wait]]) => ({ name, run: (run - (threadsBefore.get(name)?.[0] ?? run)) / 1e6, wait: (wait - (threadsBefore.get(name)?.[1] ?? wait)) / 1e6 }))
          .filter((t) => t.run > 0.02 * SECONDS * 1000)
          .sort((a, b) => b.run - a.run);
        for (const t of rows) console.log(`   thread ${t.name}: ran ${t.run.toFixed(0)} ms, waited for a core ${t.wait.toFixed(0)} ms`);
      }
      if (optimiser) {
        console.log(`   V8 compiled for ${(optimiser.compileMs / SECONDS).toFixed(0)} ms per second (background threads); deoptimisations: ${optimiser.deopts.reduce((n, d) => n + d.count, 0)}`);
        for (const c of optimiser.compiles.slice(0, 5)) console.log(`   compiled ${c.fn} ${c.tier}: ${c.count}×, ${c.ms.toFixed(0)} ms`);
        for (const d of optimiser.deopts.slice(0, 5)) console.log(`   deoptimised ${d.fn}: ${d.count}× (${d.reason})`);
      }
      if (argv.includes('--totals')) {
        const whole = { name: 'trace', ph: 'X', pid: 0, tid: 0, ts: 0, dur: Number.MAX_SAFE_INTEGER } as TraceEvent;
        const count = (name: string) => nested.filter((e) => e.name === name).length;
        console.log(`   whole trace: ${breakdown(whole, nested)}; ${tasks.length} tasks, ${count('FireAnimationFrame')} animation frames, ${count('Paint')} paints`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
