import { describe, expect, it } from 'vitest';
import { SLOW_FOR_MS, STALL_STEPS, StallWatch } from '../../src/runtime/stallWatch';

/** Feeds chunks of 10 steps, 100 ms apart; returns the first stall reported. */
function feed(watch: StallWatch, chunks: { metrics: Record<string, number>; speed: number }[], start = { step: 0, ms: 0 }) {
  let { step, ms } = start;
  for (const c of chunks) {
    step += 10;
    ms += 100;
    const stall = watch.observe(step, c.metrics, c.speed, ms);
    if (stall) return { stall, step, ms };
  }
  return null;
}

const moving = (i: number) => ({ dLoss: 0.6 + 0.01 * Math.sin(i), gLoss: 0.7 + 0.01 * Math.cos(i), js: 0.1 / (1 + i) });
const saturated = (i: number) => ({ dLoss: i % 7 === 0 ? 17290 : 0, gLoss: 0, js: 0.6931 });

describe('StallWatch (a run that no longer learns and crawls is named)', () => {
  it('reports frozen metrics with a fivefold slowdown, once both have lasted', () => {
    const w = new StallWatch();
    const healthy = Array.from({ length: 50 }, (_, i) => ({ metrics: moving(i), speed: 138 }));
    expect(feed(w, healthy)).toBeNull();
    const stuck = Array.from({ length: 100 }, (_, i) => ({ metrics: saturated(i), speed: 4 }));
    const found = feed(w, stuck, { step: 500, ms: 5_000 });
    expect(found?.stall).toEqual({ bestStepsPerSec: 138, stepsPerSec: 4 });
    expect(found!.ms - 5_000).toBeGreaterThanOrEqual(SLOW_FOR_MS);
    expect(found!.step - 500).toBeGreaterThanOrEqual(STALL_STEPS);
  });

  it('frozen metrics at full speed are a choice (a frozen generator), not a stall', () => {
    const w = new StallWatch();
    expect(feed(w, Array.from({ length: 300 }, (_, i) => ({ metrics: { ...saturated(1), dLoss: 0.5 + i }, speed: 100 })))).toBeNull();
  });

  it('a slowdown with moving metrics (a busy machine) is not a stall', () => {
    const w = new StallWatch();
    feed(w, Array.from({ length: 20 }, (_, i) => ({ metrics: moving(i), speed: 138 })));
    expect(feed(w, Array.from({ length: 300 }, (_, i) => ({ metrics: moving(i), speed: 3 })))).toBeNull();
  });

  it('forgets the best speed on reset (new settings may be slower)', () => {
    const w = new StallWatch();
    feed(w, Array.from({ length: 20 }, (_, i) => ({ metrics: moving(i), speed: 138 })));
    w.reset();
    expect(feed(w, Array.from({ length: 300 }, () => ({ metrics: saturated(1), speed: 20 })))).toBeNull();
  });
});
