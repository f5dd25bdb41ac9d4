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
  let mass = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const raw = pixels[y * size + x];
      const w = Math.min(1, Math.max(0, range === 'tanh' ? (raw + 1) / 2 : raw));
      mass += w;
      sx += w * x;
      sy += w * y;
    }
  }
  if (mass <= 0) return { ink: 0, slant: 0, width: 0 };
  const cx = sx / mass;
  const cy = sy / mass;
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const raw = pixels[y * size + x];
      const w = Math.min(1, Math.max(0, range === 'tanh' ? (raw + 1) / 2 : raw));
      const dx = x - cx;
      const dy = y - cy;
      xx += w * dx * dx;
      xy += w * dx * dy;
      yy += w * dy * dy;
    }
  }
  // Rows count downwards in an image: a top leaning right has x falling as y grows, so the sign flips.
  return { ink: mass / (size * size), slant: yy > 0 ? -xy / yy : 0, width: Math.sqrt(xx / mass) };
}
