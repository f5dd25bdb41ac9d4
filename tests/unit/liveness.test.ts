import { describe, expect, it } from 'vitest';
import { Liveness } from '../../components/cell/liveness';

const options = { firstLimitMs: 300_000, minLimitMs: 60_000, slowFactor: 10, pingIntervalMs: 5_000 };

/** Checks every ping interval from `from` to `to` (as the client's timer does); returns the verdicts. */
function checkEvery(l: Liveness, from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = from + options.pingIntervalMs; t <= to; t += options.pingIntervalMs) out.push(l.check(t));
  return out;
}

describe('Liveness (a silent worker is noticed, a slow one is not)', () => {
  it('pings when quiet and declares a hang only after the first-step limit before any step is timed', () => {
    const l = new Liveness(options);
    l.arm(0);
    expect(l.check(4_000)).toBe('ok');
    const verdicts = checkEvery(l, 0, 305_000);
    expect(verdicts.slice(0, 59).every((v) => v === 'ping')).toBe(true); // up to 295 s
    expect(verdicts.at(-1)).toBe('hung'); // 305 s > 300 s
  });

  it('on the cpu backend a first step may take four times as long', () => {
    const l = new Liveness(options);
    l.backend('cpu');
    expect(l.limitMs).toBe(1_200_000);
    l.arm(0);
    l.heard(150_000, true); // a 2.5 min first step, as a DCGAN on stock cpu kernels
    expect(l.limitMs).toBe(1_500_000);
    l.backend('wasm');
    l.restart();
    l.heard(151_000, false); // the worker answers: the new model's times are unknown
    expect(l.limitMs).toBe(300_000);
  });

  it('after timed steps the limit is the larger of the minimum and 10x the longest silence', () => {
    const l = new Liveness(options);
    l.arm(0);
    l.heard(2_000, true); // a 2 s step
    expect(l.limitMs).toBe(60_000);
    l.heard(10_000, true); // an 8 s step
    expect(l.limitMs).toBe(80_000);
    expect(checkEvery(l, 10_000, 90_000).at(-1)).toBe('ping'); // 80 s of silence: not yet
    expect(l.check(95_000)).toBe('hung');
  });

  it('a worker answering pings is never hung, however long its work takes', () => {
    const l = new Liveness(options);
    l.arm(0);
    for (let t = 5_000; t <= 1_000_000; t += 5_000) {
      expect(l.check(t)).not.toBe('hung');
      l.heard(t + 10, false); // the pong
    }
  });

  it('silence while disarmed (paused) does not count, and a new model forgets its step times', () => {
    const l = new Liveness(options);
    l.arm(0);
    l.heard(1_000, true);
    l.disarm();
    expect(l.check(500_000)).toBe('ok');
    l.arm(500_000);
    expect(l.check(505_000)).toBe('ping');
    l.heard(506_000, true); // the gap counted from arm, not from the pause: 6 s
    expect(l.limitMs).toBe(60_000);
    l.restart();
    l.heard(507_000, false);
    expect(l.limitMs).toBe(300_000);
  });

  it('a Reset or change sent to a worker that has gone silent keeps the limit it had (issue 19)', () => {
    const l = new Liveness(options);
    l.arm(0);
    l.heard(1_000, true); // timed: 60 s limit
    l.restart(); // Reset sent at 10 s to a worker stuck since 1 s
    expect(l.limitMs).toBe(60_000);
    expect(checkEvery(l, 0, 60_000).includes('hung')).toBe(false);
    expect(l.check(65_000)).toBe('hung');
  });

  it('a check that runs late (frozen page) waits one more interval before judging', () => {
    const l = new Liveness(options);
    l.arm(0);
    l.heard(1_000, true);
    expect(l.check(200_000)).toBe('ok'); // timer ran 200 s late: queued messages may follow
    expect(l.check(205_000)).toBe('hung');
  });
});
