import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// Browser tests run against the test builds (dist-test/ at /, dist-test-course/ at /course/)
// in Debian's Chromium: test tools cannot download browsers on these machines.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets two runs share a machine (the course build uses the next port).
const SITE_PORT = Number(process.env.E2E_PORT ?? 4400);
const COURSE_PORT = SITE_PORT + 1;
/** Build folders (see run.mjs: E2E_DIST), relative to the repository or absolute. */
export const SITE_DIR = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist-test');
export const COURSE_DIR = `${SITE_DIR}-course`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Two cores and CPU-bound training cells: one test at a time is fastest overall.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    // The isolation service worker reloads a fresh page once; tests that are
    // not about it must not race that reload (isolation.spec.ts allows it).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'site', use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` } },
    // The /course/ build proves the site works under a sub-path; it runs the tests tagged @base.
    { name: 'course', use: { baseURL: `http://127.0.0.1:${COURSE_PORT}/course/` }, grep: /@base/ },
  ],
  webServer: [
    { command: `node ../../scripts/staticServer.mjs ${SITE_DIR} / ${SITE_PORT}`, cwd: import.meta.dirname, url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: false },
    {
      command: `node ../../scripts/staticServer.mjs ${COURSE_DIR} /course/ ${COURSE_PORT}`,
      cwd: import.meta.dirname,
      url: `http://127.0.0.1:${COURSE_PORT}/course/`,
      reuseExistingServer: false,
    },
  ],
});
