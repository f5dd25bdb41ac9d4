import { describe, expect, it } from 'vitest';
import { STALL_STEPS, StallWatch } from '../../src/runtime/stallWatch';

/** Feeds chunks of `per` steps; returns the step at which a stall was reported, or null. */
function feed(watch: StallWatch, metrics: (i: number) => Record<string, number>, chunks: number, per = 10, from = 0): number | null {
  for (let i = 0; i < chunks; i++) {
    const step = from + (i + 1) * per;
    if (watch.observe(step, metrics(i))) return step;
  }
  return null;
}

const moving = (i: number) => ({ dLoss: 0.6 + 0.01 * Math.sin(i), gLoss: 0.7 + 0.01 * Math.cos(i), js: 0.1 / (1 + i) });
// gan-1d after Adam at rate 0.5 (seen in the browser): losses 0, D(G(z)) 0, JS and the generator's spread frozen.
const saturated = (i: number) => ({ dLoss: i % 7 === 0 ? 42.35 : 0, gLoss: 0, js: 0.692, genStd: 460901.27, dOfG: 0 });

describe('StallWatch (a run that no longer learns is named)', () => {
  it('reports most metrics frozen for STALL_STEPS steps after they had moved', () => {
    const w = new StallWatch();
    expect(feed(w, moving, 50)).toBeNull();
    const at = feed(w, saturated, 100, 10, 500);
    expect(at).not.toBeNull();
    expect(at! - 500).toBeGreaterThanOrEqual(STALL_STEPS);
    expect(at! - 500).toBeLessThanOrEqual(STALL_STEPS + 20);
  });

  it('half the metrics frozen on purpose (a frozen generator keeps its scores) is not a stall', () => {
    const w = new StallWatch();
    expect(feed(w, (i) => ({ dLoss: 0.5 + 0.001 * i, gLoss: 0.9 - 0.001 * i, digitScore: 3.2, confidence: 0.41 }), 300)).toBeNull();
  });

  it('metrics that never moved (fixed shape arithmetic) are not a stall', () => {
    const w = new StallWatch();
    expect(feed(w, () => ({ outH: 14, outW: 14, poolH: 7 }), 300)).toBeNull();
  });

  it('scores that change only every few dozen steps are not a stall', () => {
    const w = new StallWatch();
    const scoredEvery50 = (i: number) => ({ loss: 0.3 + 0.001 * Math.sin(i), heldOut: Math.floor(i / 5), detection: Math.floor(i / 5) / 10, falseAlarms: Math.floor(i / 5) / 20 });
    expect(feed(w, scoredEvery50, 300)).toBeNull();
  });

  it('starts afresh on reset', () => {
    const w = new StallWatch();
    feed(w, moving, 20);
    feed(w, saturated, 30, 10, 200);
    w.reset();
    expect(feed(w, saturated, 60, 10, 500)).toBeNull(); // frozen from the start after a reset: never seen moving
  });
});
