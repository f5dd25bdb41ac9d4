/**
 * Plain-number measures of how well one 2-D point cloud matches another,
 * for the 2-D CycleGAN cell. No tfjs: a few hundred points are cheap in JS.
 */

/** Mean distance from each point of `from` to its nearest point of `to`. Both [n, 2] interleaved. */
export function meanNearestDistance(from: Float32Array, to: Float32Array): number {
  const n = from.length / 2;
  const m = to.length / 2;
  if (n === 0 || m === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const px = from[2 * i];
    const py = from[2 * i + 1];
    let best = Infinity;
    for (let j = 0; j < m; j++) {
      const dx = px - to[2 * j];
      const dy = py - to[2 * j + 1];
      const d = dx * dx + dy * dy;
      if (d < best) best = d;
    }
    sum += Math.sqrt(best);
  }
  return sum / n;
}

/**
 * Symmetric Chamfer distance: ½(mean nearest distance a → b + b → a). Small
 * only when a lies on b AND covers it: a generator that sends every point to
 * one blob pays for the blob it left empty.
 */
export function chamferDistance(a: Float32Array, b: Float32Array): number {
  return 0.5 * (meanNearestDistance(a, b) + meanNearestDistance(b, a));
}

/** Mean over elements of |a − b|, the cycle error's per-element L1 (same as losses/cycle.ts). */
export function meanAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}
