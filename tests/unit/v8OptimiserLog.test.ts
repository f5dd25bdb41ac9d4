import { describe, expect, it } from 'vitest';
import { summariseOptimiserLog } from '../../scripts/lib/v8OptimiserLog';

// Lines as Chromium 13x prints them (captured from a traced run; addresses shortened).
const LOG = [
  '[pid=1][out] [completed compiling 0x2a01cd15c9 <JSFunction (sfi = 0x2a014a4f9d)> (target TURBOFAN_JS) - took 0.008, 45.803, 0.385 ms]',
  '[pid=1][out] [completed compiling 0x2a01cd15c9 <JSFunction (sfi = 0x2a014a4f9d)> (target TURBOFAN_JS) - took 0.008, 40.197, 0.300 ms]',
  '[pid=1][out] [completed compiling 0x2a0152c5d9 <JSFunction T (sfi = 0x2a015253f1)> (target MAGLEV) OSR - took 0.010, 3.500, 0.061 ms]',
  '[pid=1][out] [completed optimizing 0x2a0152c5d9 <JSFunction T (sfi = 0x2a015253f1)> (target MAGLEV)]',
  '[pid=1][out] [bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x2a01cd15c9 <JSFunction (sfi = 0x2a014a4f9d)>, 0x0b06 <Code TURBOFAN_JS>, opt id 123',
  '[pid=1][out] [bailout (kind: deopt-eager, reason: prepare for on stack replacement (OSR)): begin. deoptimizing 0x2a01cd15c9 <JSFunction (sfi = 0x2a014a4f9d)>, 0x0b07 <Code MAGLEV>',
  '[pid=1][out] [bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x2a01cd15c9 <JSFunction (sfi = 0x2a014a4f9d)>, 0x0b06 <Code TURBOFAN_JS>, opt id 124',
  '[pid=1][out] [bailout (kind: deopt-soft, reason: Insufficient type feedback for generic named access): begin. deoptimizing 0x2a0301 <JSFunction move (sfi = 0x2a03014827c5)>, 0x0b08 <Code MAGLEV>',
  'unrelated output',
];

describe('summariseOptimiserLog', () => {
  it('sums compile time per function and tier, and counts deoptimisations per function and reason', () => {
    const s = summariseOptimiserLog(LOG);
    expect(s.compileMs).toBeCloseTo(45.803 + 40.197 + 3.5, 6);
    expect(s.compiles).toEqual([
      { fn: 'anonymous (0x2a014a4f9d)', tier: 'TURBOFAN_JS', count: 2, ms: 86 },
      { fn: 'T (0x2a015253f1)', tier: 'MAGLEV OSR', count: 1, ms: 3.5 },
    ]);
    expect(s.deopts).toEqual([
      { fn: 'anonymous (0x2a014a4f9d)', reason: 'wrong map', count: 2 },
      { fn: 'anonymous (0x2a014a4f9d)', reason: 'prepare for on stack replacement (OSR)', count: 1 },
      { fn: 'move (0x2a03014827c5)', reason: 'Insufficient type feedback for generic named access', count: 1 },
    ]);
  });
});
