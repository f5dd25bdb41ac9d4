import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../components/cell/coalescer';

describe('Coalescer (readouts written a few times a second)', () => {
  let now = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
  });
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const applied: number[] = [];
    const c = new Coalescer<number>((v) => applied.push(v), 200, { now: () => now });
    const advance = (ms: number) => {
      now += ms;
      vi.advanceTimersByTime(ms);
    };
    return { c, applied, advance };
  };

  it('applies the first value at once and only the newest of a burst after the interval', () => {
    const { c, applied, advance } = make();
    c.push(1);
    advance(0);
    expect(applied).toEqual([1]);
    for (let v = 2; v <= 9; v++) {
      c.push(v);
      advance(20);
    }
    // 160 ms after the first write: nothing new yet.
    expect(applied).toEqual([1]);
    advance(40);
    expect(applied).toEqual([1, 9]);
  });

  it('flush applies the pending value now; cancel drops it', () => {
    const { c, applied, advance } = make();
    c.push(1);
    advance(0);
    c.push(2);
    c.flush();
    expect(applied).toEqual([1, 2]);
    c.push(3);
    c.cancel();
    advance(1000);
    expect(applied).toEqual([1, 2]);
    c.flush();
    expect(applied).toEqual([1, 2]);
  });
});
