/** ChangeGate lets a view part redraw only when the numbers it draws changed. */
import { describe, expect, it } from 'vitest';
import { ChangeGate } from '../../components/views/changeGate';

describe('ChangeGate', () => {
  it('passes the first call and then only calls whose inputs differ by value', () => {
    const gate = new ChangeGate();
    const results = [
      gate.changed(300, Float32Array.of(1, 2, 3), 'a'),
      gate.changed(300, Float32Array.of(1, 2, 3), 'a'), // same numbers in a new array
      gate.changed(300, Float32Array.of(1, 2, 4), 'a'), // one element differs
      gate.changed(300, Float32Array.of(1, 2, 4, 5), 'a'), // longer
      gate.changed(320, Float32Array.of(1, 2, 4, 5), 'a'), // width changed
      gate.changed(320, Float32Array.of(1, 2, 4, 5), 'b'),
      gate.changed(320, Float32Array.of(1, 2, 4, 5)), // fewer inputs
    ];
    expect(results).toEqual([true, false, true, true, true, true, true]);
  });

  it('treats NaN as equal to NaN, so a diverged value does not redraw forever', () => {
    const gate = new ChangeGate();
    expect([gate.changed(NaN, Float32Array.of(NaN)), gate.changed(NaN, Float32Array.of(NaN))]).toEqual([true, false]);
  });
});
