/**
 * True only in builds made for the browser tests: tests/e2e/run.mjs builds
 * with PUBLIC_TEST_HOOKS=1. Vite replaces the expression with a constant at
 * build time, so in a learner's build every `if (TEST_HOOKS)` branch, and the
 * fault-injection module it imports, is dropped from the bundle
 * (scripts/checkBuild.mjs checks that).
 */
export const TEST_HOOKS: boolean = import.meta.env.PUBLIC_TEST_HOOKS === '1';
