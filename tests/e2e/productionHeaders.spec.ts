/**
 * The production combination docs/hosting.md recommends: the documented
 * Content-Security-Policy AND the COOP/COEP headers together. Isolation
 * switches tfjs to its threaded wasm build, whose thread pool starts from
 * blob: URLs: the policy must admit exactly that, and the DCGAN cell (the
 * one threads speed up) must train on several threads with no violation.
 * csp.spec.ts and isolation.spec.ts each check one half.
 */
import { serveStatic } from '../../scripts/staticServer.mjs';
import { SITE_DIR, expect, test, waitForSteps } from './fixtures';
import { CSP, ISOLATION_HEADERS, recordViolations, violations } from './hostingPolicy';

test.describe('served with the documented CSP and COOP/COEP', () => {
  let server: { url: string; close: () => Promise<void> };
  test.beforeAll(async () => {
    server = await serveStatic({ root: SITE_DIR, base: '/', headers: { 'Content-Security-Policy': CSP, ...ISOLATION_HEADERS } });
  });
  test.afterAll(async () => server.close());

  test('the DCGAN cell trains on threaded wasm, cross-origin isolated, with no violation', async ({ guarded: page }) => {
    test.setTimeout(240_000);
    expect(ISOLATION_HEADERS).toEqual({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    await recordViolations(page);
    const wasmLoaded: string[] = [];
    page.context().on('requestfinished', (request) => {
      const name = /tfjs-backend-wasm[\w-]*?(?=-[\w-]{8}\.wasm$)/.exec(new URL(request.url()).pathname.split('/').pop() ?? '')?.[0];
      if (name) wasmLoaded.push(name);
    });
    const poolWorkers: string[] = [];
    page.on('worker', (w) => w.url().startsWith('blob:') && poolWorkers.push(w.url()));
    const response = await page.goto(`${server.url}lessons/dcgan/?backend=wasm`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(CSP);
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
    // The headers alone isolate the page: no service worker is involved (the config blocks them).
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const cell = page.locator('[data-cell="dcgan"]');
    await cell.getByRole('button', { name: 'Run' }).click();
    await waitForSteps(page, 'dcgan', 3, 180_000);
    await expect(cell).toHaveAttribute('data-backend', 'wasm');
    // The threaded build was loaded and its thread pool started from blob: URLs (what script-src/worker-src blob: admit).
    expect(wasmLoaded).toEqual(['tfjs-backend-wasm-threaded-simd']);
    expect(poolWorkers.length).toBeGreaterThanOrEqual(1);
    // tfjs 4.22 gives XNNPACK half the logical cores (at least 1, at most 8): a 2-core machine computes on 1 thread.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const expected = Math.min(Math.max(Math.floor(cores / 2), 1), 8);
    const badge = (await cell.locator('[data-backend-badge]').textContent()) ?? '';
    expect(badge).toBe(expected > 1 ? `wasm ×${expected} threads` : 'wasm');
    await expect(cell.locator('output[data-metric="dLoss"]')).toHaveText(/^-?\d/);
    await cell.getByRole('button', { name: 'Pause' }).click();
    await expect(cell).toHaveAttribute('data-state', 'paused', { timeout: 60_000 });
    expect(await violations(page)).toEqual([]);
  });
});
