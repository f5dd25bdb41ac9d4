/**
 * Reads V8's --trace-opt / --trace-deopt lines (Chromium prints them on its
 * stdout) and sums what the optimiser spent: compile time per function and
 * tier, and deoptimisations per function and reason. Used by
 * `npm run trace:longtasks -- --v8`: a function compiled over and over while
 * a cell trains is code the optimiser cannot keep (docs/performance.md,
 * "Code the optimiser keeps").
 */
export interface OptimiserSummary {
  /** Milliseconds of compiling (V8's "optimize" phase, done on background threads), all functions. */
  compileMs: number;
  compiles: { fn: string; tier: string; count: number; ms: number }[];
  deopts: { fn: string; reason: string; count: number }[];
}

// [completed compiling 0x… <JSFunction name (sfi = 0x…)> (target TURBOFAN_JS) OSR - took 0.010, 3.746, 0.061 ms]
const COMPILED = /completed compiling 0x[0-9a-f]+ <JSFunction ([^ ]*) ?\(sfi = (0x[0-9a-f]+)\)> \(target ([A-Z_]+)\)( OSR)? - took [0-9.]+, ([0-9.]+), [0-9.]+ ms/;
// [bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction name (sfi = 0x…)>, …
const BAILOUT = /\[bailout \(kind: [^,]+, reason: (.*?)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction ([^ ]*) ?\(sfi = (0x[0-9a-f]+)\)>/;

/** Minified and anonymous functions are told apart by their SharedFunctionInfo address. */
const label = (name: string, sfi: string) => (name ? `${name} (${sfi})` : `anonymous (${sfi})`);

export function summariseOptimiserLog(lines: Iterable<string>): OptimiserSummary {
  const compiles = new Map<string, { fn: string; tier: string; count: number; ms: number }>();
  const deopts = new Map<string, { fn: string; reason: string; count: number }>();
  let compileMs = 0;
  for (const line of lines) {
    const c = COMPILED.exec(line);
    if (c) {
      const fn = label(c[1], c[2]);
      const tier = c[3] + (c[4] ? ' OSR' : '');
      const ms = Number(c[5]);
      const entry = compiles.get(fn + tier) ?? { fn, tier, count: 0, ms: 0 };
      entry.count++;
      entry.ms += ms;
      compiles.set(fn + tier, entry);
      compileMs += ms;
      continue;
    }
    const d = BAILOUT.exec(line);
    if (d) {
      const fn = label(d[2], d[3]);
      const entry = deopts.get(fn + d[1]) ?? { fn, reason: d[1], count: 0 };
      entry.count++;
      deopts.set(fn + d[1], entry);
    }
  }
  return {
    compileMs,
    compiles: [...compiles.values()].sort((a, b) => b.ms - a.ms),
    deopts: [...deopts.values()].sort((a, b) => b.count - a.count),
  };
}
