/**
 * Latent vector arithmetic in the spirit of Radford et al. 2015 (arXiv
 * 1511.06434, sec. 6.3: "smiling woman − neutral woman + neutral man"), on
 * a measurable attribute instead of labels: average the latent codes of the
 * samples that have the most of it and of those that have the least, and
 * take the difference. Adding that vector to any code should move its image
 * towards more of the attribute. Plain arrays, no tfjs.
 */

/**
 * `codes`: n latent codes of length `dim`, flat (code i at i·dim). `values`:
 * the attribute of each code's image. The direction is mean(top) − mean(bottom)
 * over the `fraction` of codes at each end (at least one each).
 */
export function attributeDirection(codes: Float32Array, dim: number, values: readonly number[], fraction = 0.2): Float32Array {
  const n = values.length;
  if (codes.length !== n * dim) throw new Error(`Expected ${n} codes of length ${dim}, got ${codes.length} numbers.`);
  if (n < 2) throw new Error('At least two samples are needed to compare more with less.');
  const k = Math.max(1, Math.min(Math.floor(n / 2), Math.round(n * fraction)));
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const direction = new Float32Array(dim);
  for (let j = 0; j < k; j++) {
    const low = order[j][1];
    const high = order[n - 1 - j][1];
    for (let d = 0; d < dim; d++) direction[d] += (codes[high * dim + d] - codes[low * dim + d]) / k;
  }
  return direction;
}

/**
 * The same, within groups (e.g. the digit each sample shows), averaged over
 * the groups: "a thick 3 minus a thin 3", as the paper's glasses compared
 * men with men. Across all samples the direction also turns thin digits (1)
 * into thick ones (0); within groups it changes the stroke more than the
 * digit. Groups with fewer than two samples are skipped.
 */
export function attributeDirectionWithinGroups(codes: Float32Array, dim: number, values: readonly number[], groups: ArrayLike<number>, fraction = 0.2): Float32Array {
  const members = new Map<number, number[]>();
  for (let i = 0; i < values.length; i++) members.set(groups[i], [...(members.get(groups[i]) ?? []), i]);
  const direction = new Float32Array(dim);
  let used = 0;
  for (const indices of members.values()) {
    if (indices.length < 2) continue;
    const groupCodes = new Float32Array(indices.length * dim);
    indices.forEach((i, j) => groupCodes.set(codes.subarray(i * dim, (i + 1) * dim), j * dim));
    const part = attributeDirection(groupCodes, dim, indices.map((i) => values[i]), fraction);
    for (let d = 0; d < dim; d++) direction[d] += part[d];
    used += 1;
  }
  if (used === 0) throw new Error('No group has two samples to compare.');
  for (let d = 0; d < dim; d++) direction[d] /= used;
  return direction;
}

/** code + scale · direction, for every code in `codes` (flat, length a multiple of dim). */
export function addDirection(codes: Float32Array, direction: Float32Array, scale: number): Float32Array {
  const out = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] + scale * direction[i % direction.length];
  return out;
}
