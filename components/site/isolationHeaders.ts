/**
 * The two response headers that make a page cross-origin isolated, so the
 * training workers get SharedArrayBuffer and tfjs's threaded wasm build.
 * docs/hosting.md documents them for hosts (a unit test keeps the two equal);
 * the dev and preview servers and the benchmarks send them from here.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;
