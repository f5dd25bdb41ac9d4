// Builds the site twice (at / and under /course/) and runs the Playwright
// browser tests against both. E2E_SKIP_BUILD=1 reuses existing builds.
// E2E_DIST=dir builds into dir and dir-course instead of dist-test and
// dist-test-course (so parallel work in one tree does not rebuild under a run).
// Both are test builds (PUBLIC_TEST_HOOKS=1: src/runtime/testBuild.ts), kept
// out of dist/ so a test build is never the one copied to a host.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const site = process.env.E2E_DIST ?? 'dist-test';
const course = `${site}-course`;
const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(site) && existsSync(course);
if (!reuse) {
  run('npx', ['astro', 'build', '--outDir', site], { BASE_PATH: '/', PUBLIC_TEST_HOOKS: '1' });
  run('npx', ['astro', 'build', '--outDir', course], { BASE_PATH: '/course/', PUBLIC_TEST_HOOKS: '1' });
}
run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)]);
