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

/** code + scale · direction, for every code in `codes` (flat, length a multiple of dim). */
export function addDirection(codes: Float32Array, direction: Float32Array, scale: number): Float32Array {
  const out = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] + scale * direction[i % direction.length];
  return out;
}
