/**
 * Named 3x3 filters for the CNN-blocks cell, row-major. Each is a classic
 * image-processing kernel, so the learner sees what a hand-made filter does
 * before a network learns its own.
 */
import { SentenceError, sentence } from '../../i18n/sentence';

export type FilterId = 'edge' | 'sobelX' | 'sobelY' | 'blur' | 'sharpen' | 'identity' | 'custom';
export const FILTER_IDS: readonly FilterId[] = ['edge', 'sobelX', 'sobelY', 'blur', 'sharpen', 'identity', 'custom'];

export const FILTER_SIZE = 3;
const TAPS = FILTER_SIZE * FILTER_SIZE;

/** Every named filter; 'custom' takes the nine typed-in weights instead. */
export const NAMED_FILTERS: Record<Exclude<FilterId, 'custom'>, readonly number[]> = {
  // Laplacian-style: sums to 0, so flat regions give 0 and outlines light up.
  edge: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
  // Sobel: horizontal change (vertical strokes) and vertical change (horizontal strokes).
  sobelX: [-1, 0, 1, -2, 0, 2, -1, 0, 1],
  sobelY: [-1, -2, -1, 0, 0, 0, 1, 2, 1],
  // Box blur: the average of the 3x3 neighbourhood.
  blur: [1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0],
  identity: [0, 0, 0, 0, 1, 0, 0, 0, 0],
};

/** Keys of the nine custom weight controls, row-major: w0 (top left) .. w8 (bottom right). */
export const CUSTOM_WEIGHT_KEYS: readonly string[] = Array.from({ length: TAPS }, (_, i) => `w${i}`);

/**
 * The 3x3 weights for `id`. For 'custom', reads w0..w8 from `values` and
 * throws a learner-readable Error if any is missing or not a finite number.
 */
export function filterWeights(id: FilterId, values: Record<string, unknown>): Float32Array {
  if (id !== 'custom') return Float32Array.from(NAMED_FILTERS[id]);
  const out = new Float32Array(TAPS);
  CUSTOM_WEIGHT_KEYS.forEach((key, i) => {
    const v = values[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new SentenceError(sentence('Custom filter weight {key} must be a number, got {value}.', { key, value: String(v) }));
    }
    out[i] = v;
  });
  return out;
}
