/**
 * Weight compression for checkpoints, following tfjs's weight-file
 * convention (tfjs-converter's `quantization` field):
 * - 'uint8': q = round((x - min) / scale), stored as one byte; x ≈ q * scale + min.
 *   Error per weight is at most scale / 2 = (max - min) / 510.
 * - 'float16': IEEE half precision, little-endian; relative error ≤ 2^-11.
 * Pure functions on typed arrays, no tfjs, so the page can parse files too.
 */

export type QuantizationDtype = 'uint8' | 'float16';

export type Quantization = { dtype: 'uint8'; min: number; scale: number } | { dtype: 'float16' };

/** Bytes per stored element. */
export function bytesPerElement(quantization: Quantization | undefined): number {
  if (!quantization) return 4;
  return quantization.dtype === 'uint8' ? 1 : 2;
}

/** Affine uint8 parameters covering [min, max] of `values`. */
export function uint8Params(values: Float32Array): { dtype: 'uint8'; min: number; scale: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { dtype: 'uint8', min: 0, scale: 1 };
  // A constant tensor (e.g. zero biases) still needs a positive scale to decode.
  const scale = max > min ? (max - min) / 255 : 1;
  return { dtype: 'uint8', min, scale };
}

/** Float32 -> float16 bits, rounding to nearest even; overflow becomes ±Infinity. */
function toHalfBits(value: number, f32: Float32Array, u32: Uint32Array): number {
  f32[0] = value;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf / NaN
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign; // underflows to ±0
    mant |= 0x800000; // subnormal half: shift the implicit bit in
    const shift = 14 - e;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1))) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1))) half++; // may carry into the exponent: still correct
  if ((half & 0x7fff) >= 0x7c00) return sign | 0x7c00;
  return sign | half;
}

function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** Writes `values` into `view` at `offset` in the given storage; returns bytes written. */
export function writeValues(view: DataView, offset: number, values: Float32Array, quantization: Quantization | undefined): number {
  if (!quantization) {
    for (let i = 0; i < values.length; i++) view.setFloat32(offset + 4 * i, values[i], true);
  } else if (quantization.dtype === 'uint8') {
    const { min, scale } = quantization;
    for (let i = 0; i < values.length; i++) {
      view.setUint8(offset + i, Math.max(0, Math.min(255, Math.round((values[i] - min) / scale))));
    }
  } else {
    const f32 = new Float32Array(1);
    const u32 = new Uint32Array(f32.buffer);
    for (let i = 0; i < values.length; i++) view.setUint16(offset + 2 * i, toHalfBits(values[i], f32, u32), true);
  }
  return values.length * bytesPerElement(quantization);
}

/** Reads `size` values at `offset`, undoing the storage's quantization. */
export function readValues(view: DataView, offset: number, size: number, quantization: Quantization | undefined): Float32Array {
  const out = new Float32Array(size);
  if (!quantization) {
    for (let i = 0; i < size; i++) out[i] = view.getFloat32(offset + 4 * i, true);
  } else if (quantization.dtype === 'uint8') {
    const { min, scale } = quantization;
    for (let i = 0; i < size; i++) out[i] = view.getUint8(offset + i) * scale + min;
  } else {
    for (let i = 0; i < size; i++) out[i] = fromHalfBits(view.getUint16(offset + 2 * i, true));
  }
  return out;
}
