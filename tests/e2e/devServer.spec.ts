/**
 * The README's first command, `npm run dev`, as an author or instructor
 * starts it: `astro dev` from an empty dependency cache, cross-origin
 * isolated, and cells train on wasm as on the build (issue: every worker
 * failed to load on the dev server while every build test passed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 90_000;

let server: ChildProcess | null = null;
let origin = '';
let cacheDir = '';

/** Starts `astro dev` on a free port with an empty Vite cache of its own; resolves with its origin. */
function startDevServer(): Promise<string> {
  cacheDir = mkdtempSync(join(tmpdir(), 'course-vite-cache-'));
  const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, COURSE_VITE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

test.describe('npm run dev', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(START_TIMEOUT_MS + 10_000);
    origin = await startDevServer();
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  for (const { page: path, cell } of [
    { page: '/lessons/minimax-game/', cell: 'gan-1d' },
    { page: '/lessons/dcgan/', cell: 'dcgan' },
  ]) {
    test(`${cell} trains one Step on the dev server, isolated, on wasm, without a reload`, async ({ guarded: page }) => {
      test.setTimeout(150_000);
      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations += 1;
      });
      const response = await page.goto(origin + path);
      expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
      expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

      const root = page.locator(`[data-cell="${cell}"]`);
      await root.locator('button[data-action="step"]').click();
      // Settles at the first step or at once on an error (a worker that could not load).
      await page.waitForFunction(
        (id) => {
          const el = document.querySelector(`[data-cell="${id}"]`);
          return el?.getAttribute('data-state') === 'error' || Number(el?.getAttribute('data-step')) >= 1;
        },
        cell,
        { timeout: 120_000 },
      );
      const notice = await root.locator('[data-notice]').innerText();
      expect(await root.getAttribute('data-state'), notice).not.toBe('error');
      await expect(root).toHaveAttribute('data-backend', 'wasm');
      // A dependency found late makes Vite reload the page, which drops a learner's first Run.
      expect(navigations, 'page loads').toBe(1);
    });
  }

  test('a lesson’s notebook link, a code view’s source tab and a Korean page’s interface script are served', async ({ guarded: page }) => {
    await page.goto(origin + '/ko/lessons/minimax-game/');
    // Text the page's script writes from the table the dev server served.
    const cell = page.locator('[data-cell="gan-1d"]');
    await cell.locator('[data-action="step"]').click();
    await expect(cell.locator('[data-status]')).toHaveText('1스텝에서 일시정지했습니다.', { timeout: 60_000 });
    const href = await page.locator('a[href$=".ipynb"]').first().getAttribute('href');
    const notebook = await page.request.get(origin + href!);
    expect(notebook.status(), href!).toBe(200);
    expect((await notebook.json()).nbformat).toBe(4);
    // The source tab is a file of its own, fetched when the view opens.
    const view = cell.locator('[data-code]');
    await view.locator('summary').click();
    await expect(view.locator('[data-code-lang="ts"] figure.code-file').first()).toBeVisible();
  });
});
