/**
 * The page's side of the draw signal: which pages share one, how a frame is
 * marked (once per frame, however many cells draw in it), and that the mark
 * clears in a later task and wakes a thread waiting on it.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrawSignal, wantsDrawSignal } from '../../components/cell/drawSignal';
import { DRAW_SIGNAL, frameAgeMs, sharedNowMs } from '../../src/runtime/drawingGate';

describe('wantsDrawSignal', () => {
  it('only on cross-origin-isolated pages with at most two cores', () => {
    expect(wantsDrawSignal({ crossOriginIsolated: true, cores: 2 })).toBe(true);
    expect(wantsDrawSignal({ crossOriginIsolated: true, cores: 1 })).toBe(true);
    expect(wantsDrawSignal({ crossOriginIsolated: true, cores: 4 })).toBe(false);
    expect(wantsDrawSignal({ crossOriginIsolated: false, cores: 2 })).toBe(false);
    // A browser that does not say how many cores: assume the fewest.
    expect(wantsDrawSignal({ crossOriginIsolated: true, cores: undefined })).toBe(true);
  });
});

describe('DrawSignal', () => {
  const made: DrawSignal[] = [];
  const signal = () => {
    const s = new DrawSignal();
    made.push(s);
    return s;
  };
  afterEach(() => made.splice(0).forEach((s) => s.close()));

  it('marks a frame once however many cells draw in it, and clears the mark in a later task', async () => {
    const s = signal();
    expect(s.drawing).toBe(false);
    s.markFrame();
    s.markFrame(); // a second cell drawing in the same frame
    expect(s.drawing).toBe(true);
    expect(s.ints[DRAW_SIGNAL.frame]).toBe(1);
    // Stamped with when it began, on the clock the workers read.
    expect(frameAgeMs(sharedNowMs(), s.ints[DRAW_SIGNAL.startedAt])).toBeLessThan(1_000);
    await vi.waitFor(() => expect(s.drawing).toBe(false));
    s.markFrame();
    expect(s.ints[DRAW_SIGNAL.frame]).toBe(2);
    await vi.waitFor(() => expect(s.drawing).toBe(false));
  });

  it('wakes a thread that waits on the mark when it clears', async () => {
    const s = signal();
    const ready = new Int32Array(new SharedArrayBuffer(4));
    // The worker says it is about to wait, then waits up to 10 s while the mark is set.
    const waiter = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       Atomics.store(workerData.ready, 0, 1);
       parentPort.postMessage(Atomics.wait(workerData.ints, ${DRAW_SIGNAL.drawing}, 1, 10000));`,
      { eval: true, workerData: { ints: s.ints, ready } },
    );
    const result = new Promise((resolve, reject) => {
      waiter.once('message', resolve);
      waiter.once('error', reject);
    });
    s.markFrame();
    // Hold this thread (and so the task that clears the mark) until the worker is waiting.
    const deadline = Date.now() + 5_000;
    while (Atomics.load(ready, 0) === 0 && Date.now() < deadline);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    expect(s.drawing).toBe(true);
    // 'ok' only if the clear woke it ('timed-out' after 10 s without a notify).
    expect(await result).toBe('ok');
    await waiter.terminate();
  });
});
