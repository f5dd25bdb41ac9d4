import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { useBackend } from './helpers/backend';
import { checkDrawnPoints, decodeDrawnPoints, DRAWN_JITTER, encodeDrawnPoints, MAX_DRAWN_POINTS, quantizeDrawnPoints, sampleDrawn } from '../../src/ml/data/drawnPoints';
import { english } from '../../src/i18n/sentence';
import { Rng } from '../../src/ml/random';
import { Gan2dTrainer } from '../../src/ml/trainers/gan2d';
import { gan2dCell } from '../../src/cells/gan2d';
import { defaultsFor } from '../../src/cells/define';

const refusal = (raw: unknown) => {
  const c = checkDrawnPoints(raw);
  return c.ok ? null : english(c.message);
};

describe('drawn points in a link', () => {
  const decodedRefusal = (text: string) => {
    const c = decodeDrawnPoints(text);
    return c.ok ? null : english(c.message);
  };
  it('round-trips points to within half a hundredth, exactly once rounded, the chart’s corners exactly: the count, then four characters a point', () => {
    const rng = new Rng(3);
    const points = Float32Array.from({ length: 2 * MAX_DRAWN_POINTS }, () => rng.next() * 6 - 3);
    points.set([-3, 3, 3, -3], 0);
    const text = encodeDrawnPoints(points);
    expect(text).toMatch(/^[0-9a-z]+$/);
    expect(text.length).toBe(2 + 4 * MAX_DRAWN_POINTS);
    expect(text.slice(0, 2)).toBe((500).toString(36));
    const back = decodeDrawnPoints(text);
    if (!back.ok) throw new Error(english(back.message));
    expect(Array.from(back.points.slice(0, 4))).toEqual([-3, 3, 3, -3]);
    back.points.forEach((v, i) => expect(Math.abs(v - points[i])).toBeLessThanOrEqual(0.005 + 1e-6));
    // What the learner trains on (rounded on the page) is what the link's reader trains on.
    expect(Array.from(back.points)).toEqual(Array.from(quantizeDrawnPoints(points)));
    expect(encodeDrawnPoints(back.points)).toBe(text);
    // Base 36 ignores case.
    expect(decodeDrawnPoints(text.toUpperCase()).ok).toBe(true);
  });
  it('refuses damaged, cut-off, oversized and off-chart text with a message that says the shape is used', () => {
    expect(decodedRefusal('')).toMatch(/damaged/);
    expect(decodedRefusal('01')).toMatch(/damaged/);
    expect(decodedRefusal('010a1')).toMatch(/damaged/);
    expect(decodedRefusal('010a%2')).toMatch(/damaged/);
    expect(decodedRefusal('01 0a2')).toMatch(/damaged/);
    // Cut short at a whole point: the count says two, the text holds one.
    expect(decodedRefusal('02' + 'go00')).toMatch(/damaged \(cut short/);
    expect(decodedRefusal('01' + '0'.repeat(4 * MAX_DRAWN_POINTS + 4))).toMatch(/more than 500 drawn points/);
    // 'zz' is 1,295 hundredths above −3: off the chart.
    expect(decodedRefusal('01zz00')).toMatch(/must lie on the chart, between -3 and 3 on both axes\. The shape chosen under Real data is used instead\./);
    expect(decodedRefusal('01gp00')).toMatch(/must lie on the chart/); // 601 hundredths: 3.01
    expect(decodeDrawnPoints('01go00').ok).toBe(true); // 600: exactly 3
  });
});

describe('checkDrawnPoints', () => {
  it('accepts pairs on the chart and copies them', () => {
    const input = new Float32Array([0, 0, 1.5, -2]);
    const c = checkDrawnPoints(input);
    expect(c.ok && Array.from(c.points)).toEqual([0, 0, 1.5, -2]);
    expect(c.ok && c.points).not.toBe(input);
  });
  it('refuses non-numbers, odd lengths, empty sets, NaN, points off the chart and too many, each with a message', () => {
    expect(refusal('1,2')).toMatch(/not a list of numbers/);
    expect(refusal([1, 2, 3])).toMatch(/pairs/);
    expect(refusal([])).toMatch(/at least one/);
    expect(refusal([0, Number.NaN])).toMatch(/between -3 and 3/);
    expect(refusal([0, 4])).toMatch(/between -3 and 3/);
    expect(refusal([0, '1'])).toMatch(/between -3 and 3/);
    expect(refusal(new Float32Array(2 * (MAX_DRAWN_POINTS + 1)))).toMatch(/At most 500 points/);
  });
  it('samples around the drawn points', () => {
    const s = sampleDrawn(new Float32Array([1, 1, -1, -1]), new Rng(3), 2000);
    let near = 0;
    for (let i = 0; i < s.length; i += 2) if (Math.min(Math.hypot(s[i] - 1, s[i + 1] - 1), Math.hypot(s[i] + 1, s[i + 1] + 1)) < 5 * DRAWN_JITTER) near++;
    expect(near).toBe(2000);
  });
});

describe('gan2d trainer on drawn data (cpu)', () => {
  let trainer: Gan2dTrainer | null = null;
  afterEach(() => {
    trainer?.dispose();
    trainer = null;
  });

  it('shows exactly the drawn points, trains on them, refuses bad ones keeping its data, and returns to the shape', async () => {
    await useBackend('cpu');
    const t = (trainer = new Gan2dTrainer(defaultsFor(gan2dCell), 1));
    const shapeReal = Array.from(t.render().arrays.real);
    const fakesBefore = Array.from(t.render().arrays.fake);
    const owned = tf.memory().numTensors;
    t.setDrawnData(new Float32Array([2, 2, 2.2, 2.1]));
    const drawn = t.render();
    expect(Array.from(drawn.arrays.real)).toEqual([2, 2, expect.closeTo(2.2, 6), expect.closeTo(2.1, 6)]);
    expect(drawn.values.drawnPoints).toBe(2);
    expect(Array.from(drawn.arrays.fake)).toEqual(fakesBefore); // the fakes do not jump when data are drawn
    // Real samples of training and evaluation come from around the drawn points: D learns to call that corner real.
    for (let i = 0; i < 30; i++) t.train(10);
    const d = t.render();
    const n = d.values.gridSize;
    const cellOf = (v: number) => Math.floor(((v - d.values.lo) / (d.values.hi - d.values.lo)) * n);
    expect(d.arrays.d[cellOf(2.1) * n + cellOf(2.1)]).toBeGreaterThan(d.arrays.d[cellOf(-2.5) * n + cellOf(-2.5)]);
    expect(() => t.setDrawnData(new Float32Array([0, 9]))).toThrow(/between -3 and 3/);
    expect(t.render().values.drawnPoints).toBe(2);
    t.setDrawnData(null);
    expect(Array.from(t.render().arrays.real)).toEqual(shapeReal);
    expect(tf.memory().numTensors).toBe(owned);
  });
});
