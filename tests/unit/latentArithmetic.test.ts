import { describe, expect, it } from 'vitest';
import { addDirection, attributeDirection, attributeDirectionWithinGroups } from '../../src/ml/latent/attributeDirection';
import { digitAttributes } from '../../src/ml/metrics/digitAttributes';

/** A 28×28 image with ink on the given (x, y) pixels. */
function image(points: [number, number][], value = 1): Float32Array {
  const pixels = new Float32Array(28 * 28);
  for (const [x, y] of points) pixels[y * 28 + x] = value;
  return pixels;
}

describe('digit attributes from image moments', () => {
  it('measure ink, slant and width by hand-computed moments', () => {
    // A vertical bar: x = 10 for y = 5..14. No lean, no width.
    const bar = digitAttributes(image(Array.from({ length: 10 }, (_, i) => [10, 5 + i] as [number, number])), 28);
    expect(bar.ink).toBeCloseTo(10 / 784, 12);
    expect(bar.slant).toBeCloseTo(0, 12);
    expect(bar.width).toBe(0);
    // A stroke leaning right: x = 10 + (14 − y) / 2 for y = 5..14, i.e. half a pixel right per row up.
    const lean = digitAttributes(image(Array.from({ length: 10 }, (_, i) => [Math.round(10 + (9 - i) / 2), 5 + i] as [number, number])), 28);
    expect(lean.slant).toBeGreaterThan(0.4);
    expect(lean.slant).toBeLessThan(0.6);
    // Two dots at x = 4 and x = 14 on one row: the x standard deviation is 5.
    expect(digitAttributes(image([[4, 9], [14, 9]]), 28).width).toBeCloseTo(5, 12);
  });

  it('read the generator\'s (−1, 1) pixels as ink (−1 is background) and an empty image as zeros', () => {
    const tanh = image([[3, 3], [5, 3]], 1).map((v) => v * 2 - 1);
    expect(digitAttributes(tanh, 28, 'tanh').ink).toBeCloseTo(2 / 784, 12);
    expect(digitAttributes(new Float32Array(784), 28)).toEqual({ ink: 0, slant: 0, width: 0 });
  });
});

describe('attribute directions in latent space', () => {
  it('is the mean code of the most minus the mean code of the least', () => {
    // Four 2-D codes whose attribute is their first coordinate.
    const codes = new Float32Array([0, 1, 3, 1, 1, 5, 4, -1]);
    const values = [0, 3, 1, 4];
    // Top half {4: (4,-1), 3: (3,1)}, bottom half {0: (0,1), 1: (1,5)}: mean (3.5, 0) − (0.5, 3) = (3, −3).
    expect(Array.from(attributeDirection(codes, 2, values, 0.5))).toEqual([3, -3]);
    expect(Array.from(addDirection(new Float32Array([1, 1, 0, 0]), new Float32Array([3, -3]), 0.5))).toEqual([2.5, -0.5, 1.5, -1.5]);
  });

  it('refuses codes that do not match the values', () => {
    expect(() => attributeDirection(new Float32Array(5), 2, [1, 2])).toThrow('Expected 2 codes of length 2');
  });
});

describe('attribute directions within groups', () => {
  it('averages the per-group differences, so a difference between groups does not leak in', () => {
    // Group 0 codes sit near 0, group 1 near 10 in the first coordinate; the attribute is the second coordinate,
    // but group 1 also has higher attribute values. Across all codes the direction picks up the group offset.
    const codes = new Float32Array([0, 0, 0, 2, 10, 5, 10, 7]);
    const values = [0, 2, 5, 7];
    const groups = [0, 0, 1, 1];
    expect(Array.from(attributeDirection(codes, 2, values, 0.5))).toEqual([10, 5]);
    expect(Array.from(attributeDirectionWithinGroups(codes, 2, values, groups, 0.5))).toEqual([0, 2]);
  });
});
