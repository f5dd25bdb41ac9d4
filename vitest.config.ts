import { defineConfig } from 'vitest/config';

// Unit tests run in Node against src/ml and src/runtime (no DOM, no browser).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Training tests on the wasm backend are CPU-bound; give them room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time, one per core: each is slower beside another, but the whole suite took 280 s
    // against 394 s one file at a time (session 13, idle machine; docs/performance.md, "The test suite's time").
    fileParallelism: true,
    maxWorkers: 2,
  },
});
