/**
 * Training must not make V8 throw away and rebuild the course's own code on
 * every step. A hot loop inside a kernel function is entered by on-stack
 * replacement on each call and, where the code after it had no type feedback
 * yet, left by deoptimisation: each call then paid a deopt, and in Chromium a
 * recompile of the kernel (the channel-sum kernel cost a quarter of a core;
 * docs/performance.md, "Code the optimiser keeps"). Hot loops now live in
 * small functions of typed arrays and numbers.
 *
 * A child Node traces deoptimisations while a cell trains on wasm through the
 * browser's path; after warm-up, no deoptimisation may happen in src/ (the
 * fused Adam kernel alone did 580 in 20 steps of this cell before the fix).
 * Node's V8 has no Maglev tier, so Chromium-only cases are not all visible
 * here; `npm run trace:longtasks -- --threads` shows the compile threads there.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deoptSitesBetweenMarkers } from './helpers/deoptTrace';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./helpers/trainUnderDeoptTrace.ts', import.meta.url));
const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('V8 keeps the optimised course code while a cell trains', () => {
  it('no deoptimisation in src/ after warm-up (semi-supervised GAN, 20 steps)', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--trace-deopt-verbose', script, 'sgan', '10', '20'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(stdout).toContain('tensors left: 0');
    const sites = deoptSitesBetweenMarkers(stdout);
    const ours = [...sites].filter(([site]) => site.includes(src));
    expect(ours).toEqual([]);
  });
});
