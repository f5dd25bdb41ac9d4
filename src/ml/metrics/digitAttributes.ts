/**
 * Attributes of a drawn digit that can be measured without knowing which
 * digit it is, from the image's moments (as MNIST deskewing does): how much
 * ink it uses (thicker strokes use more), how far it leans (slant), and how
 * wide it is. The latent lab finds directions in the generator's latent
 * space that change them. Plain arrays, no tfjs.
 */

export interface DigitAttributes {
  /** Mean ink over the image, 0 (blank) to 1 (all ink): thicker strokes use more. */
  ink: number;
  /** Horizontal shift per row, positive when the top leans right (x moves right as y goes up). */
  slant: number;
  /** Standard deviation of the ink's x position, in pixels. */
  width: number;
}

export type AttributeName = keyof DigitAttributes;
export const ATTRIBUTE_NAMES: readonly AttributeName[] = ['ink', 'slant', 'width'];

/**
 * `pixels`: one square image, row-major, `ink` in [0, 1] (1 = stroke) or in
 * the generator's (−1, 1) range with `range: 'tanh'`. An image without ink
 * has ink 0, slant 0, width 0.
 */
export function digitAttributes(pixels: ArrayLike<number>, size: number, range: 'unit' | 'tanh' = 'unit'): DigitAttributes {
  const ink = new Float64Array(size * size);
  for (let p = 0; p < ink.length; p++) ink[p] = Math.min(1, Math.max(0, range === 'tanh' ? (pixels[p] + 1) / 2 : pixels[p]));
  const mass = sumOver(size, ink, () => 1);
  if (mass <= 0) return { ink: 0, slant: 0, width: 0 };
  const cx = sumOver(size, ink, (x) => x) / mass;
  const cy = sumOver(size, ink, (_, y) => y) / mass;
  const xx = sumOver(size, ink, (x) => (x - cx) ** 2);
  const xy = sumOver(size, ink, (x, y) => (x - cx) * (y - cy));
  const yy = sumOver(size, ink, (_, y) => (y - cy) ** 2);
  // Rows count downwards in an image: a top leaning right has x falling as y grows, so the sign flips.
  return { ink: mass / (size * size), slant: yy > 0 ? -xy / yy : 0, width: Math.sqrt(xx / mass) };
}

/** Σ ink(x, y) · f(x, y) over the image: the moments above. */
function sumOver(size: number, ink: Float64Array, f: (x: number, y: number) => number): number {
  let sum = 0;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) sum += ink[y * size + x] * f(x, y);
  return sum;
}
