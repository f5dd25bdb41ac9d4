import { describe, expect, it } from 'vitest';
import { arrows2d, arrowsAlongAxis, meshLines } from '../../components/views/pushArrows';

describe('gradient arrows', () => {
  it('scale pushes by a fixed gain and cap long ones in their direction', () => {
    const a = arrows2d([0, 0, 1, 1], [1, 0, 0, -10], 0.3, 0.6);
    expect([a.x1[0], a.y1[0], a.x2[0], a.y2[0]]).toEqual([0, 0, expect.closeTo(0.3, 6), 0]);
    expect(a.x2[1]).toBeCloseTo(1, 6);
    expect(a.y2[1]).toBeCloseTo(1 - 0.6, 6); // 3 units long uncapped: cut to 0.6, same direction
  });

  it('a vanishing push draws a vanishing arrow (never normalised per frame)', () => {
    const a = arrows2d([2, 2], [1e-6, 0], 0.3, 0.6);
    expect(a.x2[0] - a.x1[0]).toBeLessThan(1e-6);
  });

  it('along the axis: every n-th grid point where there are fakes, at the given height', () => {
    const x = [0, 1, 2, 3, 4, 5];
    const a = arrowsAlongAxis(x, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [1, 1, -1, 1, 5, 1], 1, 2, 2, (i) => i !== 0);
    expect(Array.from(a.x1)).toEqual([2, 4]);
    expect(Array.from(a.x2)).toEqual([1, 6]);
    expect(Array.from(a.y1)).toEqual([expect.closeTo(0.3, 6), expect.closeTo(0.5, 6)]);
  });
});

describe('warp mesh', () => {
  it('runs each row then each column of the mapped grid as its own line', () => {
    // 2×2 grid mapped to (0,0) (1,0) / (0,1) (1,1)
    const m = meshLines([0, 0, 1, 0, 0, 1, 1, 1], 2);
    expect(Array.from(m.line)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(Array.from(m.x)).toEqual([0, 1, 0, 1, 0, 0, 1, 1]);
    expect(Array.from(m.y)).toEqual([0, 0, 1, 1, 0, 1, 0, 1]);
  });
  it('draws nothing for a mesh of the wrong size', () => {
    expect(meshLines([0, 0, 1], 2).x.length).toBe(0);
  });
});
