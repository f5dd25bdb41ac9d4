import { describe, expect, it } from 'vitest';
import type { Metrics, NetworkPart, Trainer } from '../../src/ml/trainer';
import type { WorkerEvent } from '../../src/runtime/protocol';
import { TrainingSession } from '../../src/runtime/session';
import { speedOf, StepThrottle } from '../../src/runtime/throttle';

describe('speedOf', () => {
  it('reads steps per second from a cell’s values; no speed or "max" is unlimited', () => {
    expect(speedOf({ speed: '30' })).toBe(30);
    expect(speedOf({ speed: 'max' })).toBe(Infinity);
    expect(speedOf({ lr: 0.1 })).toBe(Infinity);
    expect(speedOf({ speed: 'fast' })).toBe(Infinity);
  });
});

describe('StepThrottle', () => {
  it('allows one step per 1/rate seconds, and says how long to wait', () => {
    const t = new StepThrottle();
    t.setRate(10, 0);
    expect(t.allowance(0, 64)).toBe(1);
    t.took(1);
    expect(t.allowance(50, 64)).toBe(0);
    expect(t.waitMs(50)).toBe(50);
    expect(t.allowance(100, 64)).toBe(1);
    t.took(1);
    expect(t.allowance(199, 64)).toBe(0);
  });

  it('gives fast rates several steps per chunk, up to the cap', () => {
    const t = new StepThrottle();
    t.setRate(300, 0);
    t.took(t.allowance(0, 64));
    expect(t.allowance(20, 64)).toBe(6); // 300/s for 20 ms
    expect(t.allowance(20, 4)).toBe(4);
  });

  it('does not catch up in a burst after falling behind', () => {
    const t = new StepThrottle();
    t.setRate(10, 0);
    t.took(t.allowance(0, 64));
    expect(t.allowance(5000, 64)).toBe(1); // 50 steps late: still one at a time
    t.took(1);
    expect(t.allowance(5050, 64)).toBe(0);
    expect(t.allowance(5100, 64)).toBe(1);
  });

  it('is unlimited without a rate', () => {
    const t = new StepThrottle();
    t.setRate(Infinity, 0);
    expect(t.limited).toBe(false);
    expect(t.allowance(0, 64)).toBe(64);
    expect(t.waitMs(0)).toBe(0);
  });
});

/** A trainer counting its steps; its partial steps count each network. */
function countingTrainer(): Trainer & { steps: number; parts: NetworkPart[] } {
  const t = {
    steps: 0,
    parts: [] as NetworkPart[],
    train(n: number): Metrics {
      t.steps += n;
      return { loss: 1 / (1 + t.steps) };
    },
    trainPart(part: NetworkPart): Metrics {
      t.parts.push(part);
      return { loss: 1 / (1 + t.parts.length), dSteps: t.parts.filter((p) => p === 'd').length };
    },
    setHyperparameters: () => false,
    render: () => ({ arrays: {}, values: {} }),
    dispose() {},
  };
  return t;
}

/** A clock that only moves when the session sleeps (or a step costs `stepMs`). */
function manualTime(stepMs = 0) {
  let now = 0;
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    spend: (ms: number) => {
      now += ms;
    },
    get now() {
      return now;
    },
    stepMs,
  };
}

describe('TrainingSession speed', () => {
  it('trains at the `speed` it was built with: 5 steps/s takes 5 steps in the first second', async () => {
    const time = manualTime();
    const trainer = countingTrainer();
    let session: TrainingSession;
    session = new TrainingSession(trainer, () => {}, time.clock, async () => {
      if (time.now >= 1000) void session.pause();
    }, { values: { speed: '5' }, sleep: time.sleep });
    await session.run();
    // Steps at 0, 200, 400, 600, 800 ms; the one due at 1000 ms ran as the loop stopped.
    expect(trainer.steps).toBeGreaterThanOrEqual(5);
    expect(trainer.steps).toBeLessThanOrEqual(6);
  });

  it('applies a new speed live, and "max" stops waiting', async () => {
    const time = manualTime();
    const trainer = countingTrainer();
    let session: TrainingSession;
    let sped = false;
    let chunks = 0;
    session = new TrainingSession(trainer, () => {}, time.clock, async () => {
      chunks++;
      if (!sped && time.now >= 1000) {
        sped = true;
        await session.setHyperparameters({ speed: 'max' });
        chunks = 0;
      } else if (sped && chunks >= 10) void session.pause();
    }, { values: { speed: '2' }, sleep: time.sleep });
    await session.run();
    const atMax = trainer.steps;
    expect(time.now).toBeLessThan(1100); // no sleeping once at max
    expect(atMax).toBeGreaterThan(10); // chunks grow past one step when nothing waits
  });

  it('a cell without `speed` never sleeps', async () => {
    const time = manualTime();
    let slept = 0;
    const trainer = countingTrainer();
    let n = 0;
    let session: TrainingSession;
    session = new TrainingSession(trainer, () => {}, time.clock, async () => {
      if (++n === 5) void session.pause();
    }, { values: { lr: 0.1 }, sleep: async () => void slept++ });
    await session.run();
    expect(slept).toBe(0);
    expect(trainer.steps).toBeGreaterThan(5);
  });
});

describe('TrainingSession slow motion', () => {
  it('Step D and Step G run the trainer’s part, report its metrics and render, without counting a step', async () => {
    const events: WorkerEvent[] = [];
    const trainer = countingTrainer();
    const time = manualTime();
    const session = new TrainingSession(trainer, (e) => events.push(e), time.clock, async () => {});
    await session.stepPart('d');
    await session.stepPart('d');
    await session.stepPart('g');
    expect(trainer.parts).toEqual(['d', 'd', 'g']);
    expect(trainer.steps).toBe(0);
    expect(session.stepsDone).toBe(0);
    const metrics = events.filter((e) => e.type === 'metrics');
    expect(metrics.at(-1)).toMatchObject({ step: 0, metrics: { dSteps: 2 } });
    expect(events.filter((e) => e.type === 'samples').length).toBe(3);
  });

  it('drawn data go to the trainer and show at once while paused', async () => {
    const events: WorkerEvent[] = [];
    let given: Float32Array | null | undefined;
    const trainer: Trainer = { ...countingTrainer(), setDrawnData: (p) => void (given = p) };
    const session = new TrainingSession(trainer, (e) => events.push(e), () => 0, async () => {});
    await session.setDrawnData(new Float32Array([1, 2]));
    expect(Array.from(given ?? [])).toEqual([1, 2]);
    expect(events.filter((e) => e.type === 'samples').length).toBe(1);
    await session.setDrawnData(null);
    expect(given).toBeNull();
  });

  it('a trainer without partial steps refuses them', async () => {
    const trainer: Trainer = { ...countingTrainer(), trainPart: undefined };
    const session = new TrainingSession(trainer, () => {}, () => 0, async () => {});
    await expect(session.stepPart('d')).rejects.toThrow(/no Step D/);
  });
});
