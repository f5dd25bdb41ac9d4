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

  it('a bandwidth far wider than the grid is quick and spreads the mass as the full kernel would (issue 19)', () => {
    const w = new Float64Array(201);
    w[100] = 1;
    const started = performance.now();
    const wide = gaussianSmooth(w, 0.08, 100_000); // sigma of 1.25 million grid steps: samples far off the axis
    expect(performance.now() - started).toBeLessThan(50);
    // Nearly flat over the grid, each slot holding 1/(sigma·sqrt(2π)) of the mass.
    const perSlot = 1 / ((100_000 / 0.08) * Math.sqrt(2 * Math.PI));
    expect(wide[0] / perSlot).toBeCloseTo(1, 6);
    expect(wide[100] / perSlot).toBeCloseTo(1, 6);
    // Just past the cut (sigma of 60 grid steps on 200), the two ways of totalling agree to 1e-4.
    const cut = gaussianSmooth(w, 0.08, 60 * 0.08);
    const sum = cut.slice(0, 200).reduce((a, b) => a + b, 0);
    let inGrid = 0;
    for (let k = -100; k < 100; k++) inGrid += Math.exp(-0.5 * (k / 60) ** 2);
    expect(sum / (inGrid / (60 * Math.sqrt(2 * Math.PI)))).toBeCloseTo(1, 4);
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
