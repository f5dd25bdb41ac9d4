import { describe, expect, it } from 'vitest';
import { binOnGrid, gaussianSmooth, histogram2d, jsDivergence, kdeBandwidth, meanStd } from '../../src/ml/metrics/divergence';

describe('Jensen-Shannon divergence (nats)', () => {
  it('is 0 for equal distributions, whatever their scale', () => {
    expect(jsDivergence([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 12);
  });

  it('is ln 2 for disjoint distributions', () => {
    expect(jsDivergence([1, 0], [0, 1])).toBeCloseTo(Math.LN2, 12);
  });

  it('matches a hand computation: P = (1, 0), Q = (½, ½)', () => {
    // M = (¾, ¼); KL(P‖M) = ln(4/3) = 0.287682; KL(Q‖M) = ½ ln(2/3) + ½ ln 2 = 0.143841
    expect(jsDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(0.5 * (0.287682 + 0.143841), 5);
  });

  it('is symmetric', () => {
    const p = [0.1, 0.4, 0.5];
    const q = [0.3, 0.3, 0.4];
    expect(jsDivergence(p, q)).toBeCloseTo(jsDivergence(q, p), 12);
  });

  it('refuses distributions without mass or of different lengths', () => {
    expect(() => jsDivergence([0, 0], [1, 0])).toThrow(/no mass/);
    expect(() => jsDivergence([1], [1, 0])).toThrow(/lengths/);
  });
});

describe('grid estimates', () => {
  it('linear binning splits a sample between its two grid neighbours and counts the outside', () => {
    // grid 0, 1, 2, 3 (lo 0, hi 3, 4 points): 1.25 -> 0.75 at 1, 0.25 at 2; 5 is outside
    const w = binOnGrid([1.25, 5, 0], 0, 3, 4);
    expect(Array.from(w)).toEqual([1, 0.75, 0.25, 0, 1]);
  });

  it('Gaussian smoothing keeps the mass away from the edges and the outside slot', () => {
    const w = new Float64Array(101);
    w[50] = 3;
    w[100] = 2;
    const s = gaussianSmooth(w, 0.1, 0.5);
    const inside = s.slice(0, 100).reduce((a, b) => a + b, 0);
    expect(inside).toBeCloseTo(3, 10);
    expect(s[100]).toBe(2);
    expect(s[50]).toBeGreaterThan(s[45]);
    expect(s[45]).toBeCloseTo(s[55], 12);
  });

  it('bandwidth follows Silverman with a floor of two grid steps, and is NaN for NaN samples', () => {
    const samples = [-1, 1, -1, 1];
    const { std } = meanStd(samples); // sqrt(4/3)
    expect(kdeBandwidth(samples, 0.01)).toBeCloseTo(0.9 * std * Math.pow(4, -0.2), 10);
    expect(kdeBandwidth([2, 2, 2], 0.1)).toBeCloseTo(0.2, 12);
    expect(kdeBandwidth([NaN, 1], 0.1)).toBeNaN();
  });

  it('2-D histogram is row-major with y as the row, outside points in the last slot', () => {
    // [0, 2)² in 2 bins per axis: (0.5, 1.5) -> ix 0, iy 1 -> index 2; (3, 0) outside
    const h = histogram2d([0.5, 1.5, 1.5, 0.5, 3, 0], 0, 2, 2);
    expect(Array.from(h)).toEqual([0, 1, 1, 0, 1]);
  });
});
