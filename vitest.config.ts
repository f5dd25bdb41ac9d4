import { defineConfig } from 'vitest/config';

// Unit tests run in Node against src/ml and src/runtime (no DOM, no browser).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Training tests on the wasm backend are CPU-bound; give them room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: running test files in parallel only makes each slower.
    fileParallelism: false,
  },
});
