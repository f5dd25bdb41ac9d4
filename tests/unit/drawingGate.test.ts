/**
 * The worker's side of the draw signal: it waits only while the page marks a
 * frame past its first 12 ms, at most 20 ms per frame and 150 ms per second
 * whatever the page does (a fake clock and a fake wait stand in for time and
 * Atomics.wait), and the kernel hook really sits in front of tfjs's kernels.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GATE_LIMITS, DRAW_SIGNAL, DrawingGate, frameAgeMs, frameStamp, sharedNowMs } from '../../src/runtime/drawingGate';
import { pageWaitMs, yieldToPageWhileDrawing } from '../../src/runtime/yieldToPage';

/**
 * A signal, a clock and a wait that stand in for a page which clears its mark
 * `clearsAfterMs` after each wait starts (Infinity: never). `kernel(age)` runs
 * the gate as a kernel would, `age` ms into the current frame.
 */
function rig(clearsAfterMs = Infinity) {
  const signal = new Int32Array(new SharedArrayBuffer(DRAW_SIGNAL.length * 4));
  let now = 5_000_000;
  let frameStart = now;
  const waits: number[] = [];
  const gate = new DrawingGate(
    signal,
    () => now,
    (s, timeoutMs) => {
      waits.push(timeoutMs);
      if (clearsAfterMs < timeoutMs) {
        now += clearsAfterMs;
        s[DRAW_SIGNAL.drawing] = 0;
      } else {
        now += timeoutMs;
      }
    },
  );
  const markFrame = () => {
    frameStart = now;
    signal[DRAW_SIGNAL.frame] += 1;
    signal[DRAW_SIGNAL.startedAt] = frameStamp(now);
    signal[DRAW_SIGNAL.drawing] = 1;
  };
  /** A kernel `ageMs` into the frame (the clock moves forward to it if it is behind). */
  const kernel = (ageMs = GRACE) => {
    now = Math.max(now, frameStart + ageMs);
    gate.beforeKernel();
  };
  return { signal, gate, waits, markFrame, kernel, advance: (ms: number) => (now += ms) };
}

const GRACE = DEFAULT_GATE_LIMITS.graceMs;

describe('frameAgeMs', () => {
  it('measures across the stamp wrap-around and reads a stamp slightly ahead (clock skew) as age 0', () => {
    expect(frameAgeMs(1_000_030, frameStamp(1_000_000))).toBe(30);
    expect(frameAgeMs(2 ** 30 + 5, frameStamp(2 ** 30 - 10))).toBe(15);
    expect(frameAgeMs(1_000_000, frameStamp(1_000_003))).toBe(0);
  });
});

describe('DrawingGate', () => {
  it('never waits (nor reads the clock) while the page is not drawing', () => {
    const signal = new Int32Array(new SharedArrayBuffer(DRAW_SIGNAL.length * 4));
    let clockReads = 0;
    const gate = new DrawingGate(signal, () => ++clockReads, () => {
      throw new Error('waited');
    });
    for (let i = 0; i < 1000; i++) gate.beforeKernel();
    expect(clockReads).toBe(0);
    expect(gate.waitedMs).toBe(0);
  });

  it('lets a frame run alongside training for its first 12 ms: a short frame costs nothing', () => {
    const { gate, waits, markFrame, kernel } = rig();
    markFrame();
    for (const age of [0, 3, 7, 11.9]) kernel(age);
    expect(waits).toEqual([]);
    expect(gate.waitedMs).toBe(0);
    kernel(12);
    expect(waits).toEqual([20]);
  });

  it('past the grace, waits until the page clears its mark, then goes on without waiting', () => {
    const { gate, waits, markFrame, kernel } = rig(6);
    markFrame();
    kernel();
    kernel();
    expect(waits).toEqual([20]);
    expect(gate.waitedMs).toBe(6);
  });

  it('waits at most 20 ms for a frame whose mark never clears, once, and again for the next frame', () => {
    const { gate, waits, markFrame, kernel } = rig();
    markFrame();
    for (let i = 0; i < 500; i++) kernel();
    expect(waits).toEqual([DEFAULT_GATE_LIMITS.perFrameMs]);
    markFrame();
    for (let i = 0; i < 500; i++) kernel();
    expect(waits).toEqual([20, 20]);
    expect(gate.waitedMs).toBe(40);
  });

  it('a frame cleared early leaves the rest of its 20 ms to a later kernel if marked again', () => {
    const { signal, waits, markFrame, kernel } = rig(5);
    markFrame();
    kernel(); // waits 5, cleared
    signal[DRAW_SIGNAL.drawing] = 1; // the same frame number marked again
    kernel();
    expect(waits).toEqual([20, 15]);
  });

  it('waits at most 150 ms in any second, however many frames the page marks', () => {
    const { gate, waits, markFrame, kernel, advance } = rig();
    for (let frame = 0; frame < 12; frame++) {
      markFrame();
      kernel();
      advance(1); // a kernel's worth of training between frames
    }
    // 7 full frames (140 ms), then the 10 ms left, then nothing within the same second.
    expect(waits).toEqual([20, 20, 20, 20, 20, 20, 20, 10]);
    expect(gate.waitedMs).toBe(150);
    advance(1000);
    markFrame();
    kernel();
    expect(waits.at(-1)).toBe(20);
  });

  it('refuses a signal too short to hold the mark, the frame count and its start', () => {
    expect(() => new DrawingGate(new Int32Array(new SharedArrayBuffer(8)), () => 0)).toThrow(/3 slots/);
  });
});

describe('yieldToPageWhileDrawing', () => {
  const signal = new Int32Array(new SharedArrayBuffer(DRAW_SIGNAL.length * 4));
  beforeAll(async () => {
    await tf.setBackend('cpu');
    expect(pageWaitMs()).toBeNull();
    yieldToPageWhileDrawing(signal);
  });

  it('leaves kernels alone while the page does not draw, and their results unchanged', () => {
    const sum = tf.add(tf.tensor1d([1, 2]), tf.tensor1d([3, 4]));
    expect(Array.from(sum.dataSync())).toEqual([4, 6]);
    expect(pageWaitMs()).toBe(0);
    tf.dispose(sum);
  });

  it('waits (Atomics.wait, for real) before kernels while the page marks a frame, within its frame allowance', () => {
    signal[DRAW_SIGNAL.frame] += 1;
    signal[DRAW_SIGNAL.startedAt] = frameStamp(sharedNowMs() - 100); // a frame past its grace
    signal[DRAW_SIGNAL.drawing] = 1; // never cleared: a page frozen mid-frame
    const before = tf.memory().numTensors;
    const out = tf.tidy(() => {
      let x = tf.ones([4, 4]);
      for (let i = 0; i < 200; i++) x = tf.mul(x, 1.0001);
      return tf.sum(x);
    });
    expect(out.dataSync()[0]).toBeCloseTo(16 * 1.0001 ** 200, 3);
    // It waited, and stopped waiting on this frame once its 20 ms were spent (200 kernels ran).
    expect(pageWaitMs()!).toBeGreaterThan(0);
    tf.dispose(out);
    expect(tf.memory().numTensors).toBe(before);
    signal[DRAW_SIGNAL.drawing] = 0;
  });

  it('is installed once: a second call returns the first gate', () => {
    const first = yieldToPageWhileDrawing(signal);
    expect(yieldToPageWhileDrawing(new Int32Array(new SharedArrayBuffer(8)))).toBe(first);
  });
});
