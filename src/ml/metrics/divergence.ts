/**
 * Estimates of how far the generated distribution is from the real one,
 * computed on grids in plain numbers (no tfjs): histograms, a binned kernel
 * density estimate, and the Jensen-Shannon divergence that the original GAN
 * game minimises at the optimal discriminator (Goodfellow et al. 2014,
 * arXiv:1406.2661, thm. 1: C(G) = −log 4 + 2·JSD(p_data ‖ p_g)).
 */

/**
 * Jensen-Shannon divergence between two discrete distributions, in nats
 * (0 when equal, at most ln 2 ≈ 0.693 when disjoint). Inputs are
 * non-negative masses, normalised here; they need not sum to 1.
 *
 * $$\mathrm{JSD}(P\|Q) = \tfrac12 \mathrm{KL}(P\|M) + \tfrac12 \mathrm{KL}(Q\|M),\quad M = \tfrac12(P+Q)$$
 */
export function jsDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) throw new Error(`jsDivergence: lengths differ (${p.length} vs ${q.length}).`);
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  if (!(sp > 0) || !(sq > 0)) throw new Error('jsDivergence: a distribution has no mass.');
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = 0.5 * (a + b);
    if (a > 0) js += 0.5 * a * Math.log(a / m);
    if (b > 0) js += 0.5 * b * Math.log(b / m);
  }
  // Rounding can leave a tiny negative; JSD is non-negative by definition.
  return Math.max(0, js);
}

/**
 * Linear binning of samples onto an evenly spaced grid: each sample splits
 * its unit mass between its two neighbouring grid points. Returns one weight
 * per grid point plus, in the last slot, the mass that fell outside.
 */
export function binOnGrid(samples: ArrayLike<number>, lo: number, hi: number, points: number): Float64Array {
  const out = new Float64Array(points + 1);
  const spacing = (hi - lo) / (points - 1);
  for (let k = 0; k < samples.length; k++) {
    const s = samples[k];
    const u = (s - lo) / spacing;
    if (!(u >= 0 && u <= points - 1)) {
      out[points] += 1;
      continue;
    }
    const i = Math.min(Math.floor(u), points - 2);
    const frac = u - i;
    out[i] += 1 - frac;
    out[i + 1] += frac;
  }
  return out;
}

/**
 * Convolves grid weights with a Gaussian of standard deviation `bandwidth`
 * (in x units), truncated at 4 bandwidths. The last slot (outside mass) is
 * copied through. Mass is preserved except what the kernel pushes past the ends.
 */
export function gaussianSmooth(weights: Float64Array, spacing: number, bandwidth: number): Float64Array {
  const points = weights.length - 1;
  const out = new Float64Array(weights.length);
  out[points] = weights[points];
  const sigma = bandwidth / spacing; // in grid steps
  const fullReach = Math.max(1, Math.ceil(4 * sigma));
  // No tap further than the grid is long can land on it. Samples that fled far off the axis (a
  // generator blown up by huge learning rates) gave kernels of millions of taps, 50x slower training.
  const reach = Math.min(fullReach, points);
  const kernel = new Float64Array(2 * reach + 1);
  let total = 0;
  for (let k = -reach; k <= reach; k++) {
    const v = Math.exp((-0.5 * k * k) / (sigma * sigma));
    kernel[k + reach] = v;
    total += v;
  }
  // Cut short, the kernel's total is that of the whole Gaussian (sigma > points / 4 here: exact to 1e-4).
  if (reach < fullReach) total = sigma * Math.sqrt(2 * Math.PI);
  for (let k = 0; k < kernel.length; k++) kernel[k] /= total;
  for (let i = 0; i < points; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const from = Math.max(0, i - reach);
    const to = Math.min(points - 1, i + reach);
    for (let j = from; j <= to; j++) out[j] += w * kernel[j - i + reach];
  }
  return out;
}

/**
 * Kernel bandwidth: Silverman's rule 0.9·s·n^(−1/5), never narrower than two
 * grid steps (a collapsed generator would otherwise draw a one-pixel spike).
 */
export function kdeBandwidth(samples: ArrayLike<number>, spacing: number): number {
  const { std } = meanStd(samples);
  // NaN samples (a diverged generator) give NaN, never a made-up width.
  return Number.isFinite(std) ? Math.max(2 * spacing, 0.9 * std * Math.pow(samples.length, -0.2)) : NaN;
}

/** Mean and (sample) standard deviation. */
export function meanStd(samples: ArrayLike<number>): { mean: number; std: number } {
  const n = samples.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += samples[i];
  mean /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (samples[i] - mean) ** 2;
  return { mean, std: Math.sqrt(v / Math.max(1, n - 1)) };
}

/**
 * 2-D histogram of interleaved (x, y) points over [lo, hi]², `bins` per axis,
 * row-major with y as the row: index = iy·bins + ix. The last slot counts
 * points outside the square.
 */
export function histogram2d(points: ArrayLike<number>, lo: number, hi: number, bins: number): Float64Array {
  const out = new Float64Array(bins * bins + 1);
  const scale = bins / (hi - lo);
  const n = points.length / 2;
  for (let k = 0; k < n; k++) {
    const ix = Math.floor((points[2 * k] - lo) * scale);
    const iy = Math.floor((points[2 * k + 1] - lo) * scale);
    if (ix >= 0 && ix < bins && iy >= 0 && iy < bins) out[iy * bins + ix] += 1;
    else out[bins * bins] += 1;
  }
  return out;
}
