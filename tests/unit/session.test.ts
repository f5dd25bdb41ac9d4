import { describe, expect, it } from 'vitest';
import type { Metrics, Trainer } from '../../src/ml/trainer';
import { english, sentence, SentenceError } from '../../src/i18n/sentence';
import type { WorkerEvent } from '../../src/runtime/protocol';
import { nextChunkSize, TrainingSession } from '../../src/runtime/session';

/** A trainer whose loss follows a script, to drive the session deterministically. */
function scriptedTrainer(losses: number[]): Trainer & { calls: number[]; disposed: boolean; hp: Record<string, unknown> } {
  let i = 0;
  const t = {
    calls: [] as number[],
    disposed: false,
    hp: {} as Record<string, unknown>,
    train(steps: number): Metrics {
      t.calls.push(steps);
      const loss = losses[Math.min(i++, losses.length - 1)];
      return { loss };
    },
    setHyperparameters(v: Record<string, unknown>) {
      Object.assign(t.hp, v);
    },
    render: () => ({ arrays: { x: new Float32Array([1, 2]) }, values: {} }),
    dispose() {
      t.disposed = true;
    },
  };
  return t;
}

function fakeClock(msPerCall: number): () => number {
  let now = 0;
  return () => (now += msPerCall);
}

describe('TrainingSession', () => {
  it('counts steps, emits metrics and samples, and stops on pause', async () => {
    const events: WorkerEvent[] = [];
    const trainer = scriptedTrainer([1, 0.9, 0.8, 0.7, 0.6]);
    let ticks = 0;
    const session = new TrainingSession(trainer, (e) => events.push(e), fakeClock(5), async () => {
      if (++ticks === 4) void session.pause();
    });
    await session.run();
    const steps = trainer.calls.reduce((a, b) => a + b, 0);
    expect(session.stepsDone).toBe(steps);
    const metrics = events.filter((e) => e.type === 'metrics');
    expect(metrics.length).toBe(trainer.calls.length);
    expect(metrics.at(-1)).toMatchObject({ step: steps });
    expect(events.some((e) => e.type === 'samples')).toBe(true);
    expect(events[0]).toEqual({ type: 'state', state: 'running' });
  });

  it('pauses with a message when a loss becomes NaN', async () => {
    const events: WorkerEvent[] = [];
    const session = new TrainingSession(scriptedTrainer([1, NaN]), (e) => events.push(e), fakeClock(5), async () => {});
    await session.run();
    expect(session.isRunning).toBe(false);
    const error = events.find((e) => e.type === 'error');
    expect(error).toMatchObject({ type: 'error', fatal: false });
    expect(error && error.type === 'error' && english(error.message)).toMatch(/loss became NaN/);
  });

  it('reports a trainer exception as an error instead of throwing', async () => {
    const events: WorkerEvent[] = [];
    const trainer = scriptedTrainer([1]);
    trainer.train = () => {
      throw new Error('boom');
    };
    const session = new TrainingSession(trainer, (e) => events.push(e), fakeClock(5), async () => {});
    await session.stepOnce(1);
    const error = events.find((e) => e.type === 'error');
    // The page renders the sentence in its language; its English is the one the test reads.
    expect(error && error.type === 'error' && english(error.message)).toBe('Training failed: boom');
    expect(session.stepsDone).toBe(0);
  });

  it("passes on a trainer's own hint with its error (a typed loss that diverged says what to do about the formula)", async () => {
    const events: WorkerEvent[] = [];
    const trainer = scriptedTrainer([1]);
    trainer.train = () => {
      throw new SentenceError(sentence('The formula diverged.'), sentence('Edit the formula.'));
    };
    const session = new TrainingSession(trainer, (e) => events.push(e), fakeClock(5), async () => {});
    await session.stepOnce(1);
    const error = events.find((e) => e.type === 'error');
    expect(error && error.type === 'error' && english(error.hint!)).toBe('Edit the formula.');
    expect(error && error.type === 'error' && english(error.message)).toBe('Training failed: The formula diverged.');
  });

  it('steps exactly the requested count and forwards live settings', async () => {
    const trainer = scriptedTrainer([1]);
    const session = new TrainingSession(trainer, () => {}, fakeClock(5), async () => {});
    await session.stepOnce(1);
    await session.setHyperparameters({ lr: 0.5 });
    expect(session.stepsDone).toBe(1);
    expect(trainer.hp).toEqual({ lr: 0.5 });
    await session.dispose();
    expect(trainer.disposed).toBe(true);
  });
});

describe('TrainingSession live changes', () => {
  /** A scripted trainer whose every live change alters the picture, and whose render shows the latest 'amount'. */
  function pictureTrainer() {
    const trainer = scriptedTrainer([1]);
    trainer.setHyperparameters = (v) => {
      Object.assign(trainer.hp, v);
      return true;
    };
    trainer.render = () => ({ arrays: {}, values: { amount: Number(trainer.hp.amount ?? 0) } });
    return trainer;
  }
  const shownAmounts = (events: WorkerEvent[]) => events.flatMap((e) => (e.type === 'samples' ? [e.payload.values.amount] : []));

  it('re-render at once while paused when the trainer says the picture changed', async () => {
    const events: WorkerEvent[] = [];
    const session = new TrainingSession(pictureTrainer(), (e) => events.push(e), fakeClock(5), async () => {});
    await session.stepOnce(1);
    expect(shownAmounts(events)).toEqual([0]);
    await session.setHyperparameters({ amount: 2 });
    await session.setHyperparameters({ amount: 5 });
    expect(shownAmounts(events)).toEqual([0, 2, 5]);
    expect(events.filter((e) => e.type === 'samples').map((e) => e.type === 'samples' && e.step)).toEqual([1, 1, 1]);
    expect(session.stepsDone).toBe(1); // rendering is not stepping
  });

  it('do not re-render when the trainer says the change alters nothing on screen', async () => {
    const events: WorkerEvent[] = [];
    const trainer = scriptedTrainer([1]);
    trainer.setHyperparameters = (v) => {
      Object.assign(trainer.hp, v);
      return false;
    };
    const session = new TrainingSession(trainer, (e) => events.push(e), fakeClock(5), async () => {});
    await session.stepOnce(1);
    await session.setHyperparameters({ lr: 0.1 });
    expect(events.filter((e) => e.type === 'samples').length).toBe(1);
  });

  it('re-measure and re-render while paused when the trainer says nothing (issue 19: stale scores and digits)', async () => {
    const events: WorkerEvent[] = [];
    const trainer = Object.assign(scriptedTrainer([1]), { measure: () => ({ score: Number(trainer.hp.amount ?? 0) }) });
    const session = new TrainingSession(trainer, (e) => events.push(e), fakeClock(5), async () => {});
    await session.stepOnce(1);
    await session.setHyperparameters({ amount: 7 });
    expect(events.filter((e) => e.type === 'samples').length).toBe(2);
    expect(events.filter((e) => e.type === 'metrics').at(-1)).toMatchObject({ step: 1, metrics: { score: 7 } });
  });

  it('leave rendering to the loop while running', async () => {
    const events: WorkerEvent[] = [];
    let rendersByChange = -1;
    let paused: Promise<void> | undefined;
    // A slow clock: the loop renders every chunk, so a render from the change itself would show as an extra one.
    const session: TrainingSession = new TrainingSession(pictureTrainer(), (e) => events.push(e), fakeClock(1000), async () => {
      if (rendersByChange >= 0) return;
      const before = events.filter((e) => e.type === 'samples').length;
      await session.setHyperparameters({ amount: 3 });
      rendersByChange = events.filter((e) => e.type === 'samples').length - before;
      paused = session.pause();
    });
    await session.run();
    await paused;
    expect(rendersByChange).toBe(0);
    expect(shownAmounts(events).at(-1)).toBe(3); // the pause's render shows the change
  });
});

describe('nextChunkSize', () => {
  it('grows fast chunks at most twofold and caps them', () => {
    expect(nextChunkSize(1, 1)).toBe(2);
    expect(nextChunkSize(32, 1)).toBe(64);
    expect(nextChunkSize(64, 1)).toBe(64);
  });
  it('shrinks slow chunks at most by half, never below one step', () => {
    expect(nextChunkSize(8, 800)).toBe(4);
    expect(nextChunkSize(1, 700)).toBe(1);
  });
});
