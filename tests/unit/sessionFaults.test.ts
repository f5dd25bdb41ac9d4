import { describe, expect, it } from 'vitest';
import type { Metrics, Trainer } from '../../src/ml/trainer';
import { injectFault, instrumentTrainer } from '../../src/runtime/faults';
import { english } from '../../src/i18n/sentence';
import type { WorkerEvent } from '../../src/runtime/protocol';
import { TrainingSession } from '../../src/runtime/session';

/** A trainer whose loss is always finite, so any NaN comes from the injected fault. */
function steadyTrainer(): Trainer {
  return {
    train: (): Metrics => ({ dLoss: 0.5, gLoss: 0.7 }),
    setHyperparameters() {},
    render: () => ({ arrays: {}, values: {} }),
    dispose() {},
  };
}

const noYield = async () => {};
/** The test builds' 'diverge' fault (faults.ts): the next chunk's first metric becomes NaN. */
const diverge = () => injectFault('diverge', { guard: null, emit: () => {} });
const clock = () => {
  let now = 0;
  return () => (now += 5);
};

describe('TrainingSession faults', () => {
  it('marks a non-finite metric as a divergence, so the page can offer a checkpoint', async () => {
    const events: WorkerEvent[] = [];
    const session = new TrainingSession(instrumentTrainer(steadyTrainer()), (e) => events.push(e), clock(), noYield);
    await session.stepOnce(1);
    diverge();
    await session.stepOnce(1);
    const metrics = events.filter((e) => e.type === 'metrics');
    expect(metrics.map((m) => m.type === 'metrics' && m.metrics.dLoss)).toEqual([0.5, NaN]);
    const error = events.find((e) => e.type === 'error');
    expect(error).toMatchObject({ type: 'error', fatal: false, diverged: true });
    expect(error?.type === 'error' && english(error.message)).toBe('The dLoss became NaN at step 2: training diverged.');
    expect(events.at(-1)).toEqual({ type: 'state', state: 'paused' });
  });

  it('diverges only once per request, then trains on normally', async () => {
    const events: WorkerEvent[] = [];
    const session = new TrainingSession(instrumentTrainer(steadyTrainer()), (e) => events.push(e), clock(), noYield);
    diverge();
    await session.stepOnce(1);
    await session.stepOnce(1);
    expect(events.filter((e) => e.type === 'error')).toHaveLength(1);
    expect(session.stepsDone).toBe(2);
  });

  it('a trainer exception is an error, not a divergence', async () => {
    const events: WorkerEvent[] = [];
    const failing: Trainer = { ...steadyTrainer(), train: () => { throw new Error('boom'); } };
    const session = new TrainingSession(failing, (e) => events.push(e), clock(), noYield);
    await session.stepOnce(1);
    expect(events.find((e) => e.type === 'error')).toMatchObject({ diverged: false });
  });

  it('abandon stops a running loop without waiting for it', async () => {
    const events: WorkerEvent[] = [];
    let chunks = 0;
    const session = new TrainingSession(steadyTrainer(), (e) => events.push(e), clock(), async () => {
      if (++chunks === 3) session.abandon();
    });
    await session.run();
    expect(session.isRunning).toBe(false);
    expect(chunks).toBe(3);
  });
});
