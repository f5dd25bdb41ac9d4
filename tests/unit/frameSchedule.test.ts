/**
 * Readouts are written in a marked animation frame after the Coalescer's
 * interval: not before the interval, not outside a frame, and the frame is
 * marked before anything is written (so workers step aside for its paint).
 */
import { describe, expect, it } from 'vitest';
import { Coalescer } from '../../components/cell/coalescer';
import { inMarkedFrame, type FrameClock } from '../../components/cell/frameSchedule';

/** A hand-driven clock: timers and frames run only when the test says so. */
function fakeClock() {
  const log: string[] = [];
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const frames = new Map<number, () => void>();
  const clock: FrameClock = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    requestAnimationFrame: (run) => {
      const id = nextId++;
      frames.set(id, run);
      return id;
    },
    cancelAnimationFrame: (id) => void frames.delete(id),
    markFrame: () => log.push('mark'),
  };
  return {
    clock,
    log,
    now: () => now,
    /** Moves time on and runs the timers that came due. */
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
      }
    },
    /** Runs one animation frame (every callback requested before it). */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((run) => run());
    },
    pending: () => ({ timers: timers.size, frames: frames.size }),
  };
}

describe('inMarkedFrame', () => {
  const setup = () => {
    const f = fakeClock();
    const readouts = new Coalescer<number>((v) => f.log.push(`write ${v}`), 200, { now: f.now, schedule: inMarkedFrame(f.clock) });
    return { f, readouts };
  };

  it('writes in the first frame after the interval, marking the frame before writing', () => {
    const { f, readouts } = setup();
    readouts.push(1);
    f.advance(0);
    expect(f.log).toEqual([]); // due, but not outside a frame
    f.frame();
    expect(f.log).toEqual(['mark', 'write 1']);
    readouts.push(2);
    readouts.push(3);
    f.frame();
    f.advance(100);
    f.frame();
    expect(f.log).toEqual(['mark', 'write 1']); // frames inside the interval write nothing
    f.advance(100);
    f.frame();
    expect(f.log).toEqual(['mark', 'write 1', 'mark', 'write 3']);
  });

  it('cancel drops a write whose frame was already requested; flush writes at once, unmarked', () => {
    const { f, readouts } = setup();
    readouts.push(1);
    f.advance(0);
    expect(f.pending()).toEqual({ timers: 0, frames: 1 });
    readouts.cancel();
    expect(f.pending()).toEqual({ timers: 0, frames: 0 });
    f.frame();
    expect(f.log).toEqual([]);
    readouts.push(2);
    readouts.flush(); // a state change reads the step now
    expect(f.log).toEqual(['write 2']);
    expect(f.pending()).toEqual({ timers: 0, frames: 0 });
  });
});
