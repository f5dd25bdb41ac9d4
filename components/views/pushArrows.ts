/**
 * Geometry of the generator's gradient arrows and of its warped noise grid
 * (issue #21, after GAN Lab). Arrows keep a fixed scale, never normalised
 * per frame: a push that fades must be seen to fade (minimax where D is sure).
 * Pure functions over typed arrays; no DOM, no tfjs.
 */

/** Arrow segments: start (x1, y1) and end (x2, y2) per arrow. */
export interface Arrows {
  x1: Float32Array;
  y1: Float32Array;
  x2: Float32Array;
  y2: Float32Array;
}

/**
 * Arrows from 2-D points (interleaved x, y) along their push (interleaved),
 * `gain` data units per unit of gradient, at most `maxLength` long (a longer
 * push keeps its direction), for the first `limit` points.
 */
export function arrows2d(points: ArrayLike<number>, push: ArrayLike<number>, gain: number, maxLength: number, limit = Infinity): Arrows {
  const n = Math.min(points.length / 2, push.length / 2, limit);
  const out: Arrows = { x1: new Float32Array(n), y1: new Float32Array(n), x2: new Float32Array(n), y2: new Float32Array(n) };
  for (let i = 0; i < n; i++) {
    const [px, py] = [push[2 * i], push[2 * i + 1]];
    const length = Math.hypot(px, py) * gain;
    const shrink = length > maxLength ? maxLength / length : 1;
    out.x1[i] = points[2 * i];
    out.y1[i] = points[2 * i + 1];
    out.x2[i] = points[2 * i] + px * gain * shrink;
    out.y2[i] = points[2 * i + 1] + py * gain * shrink;
  }
  return out;
}

/**
 * Horizontal arrows along a 1-D grid, drawn at height `y[i]`, every `every`-th
 * grid point where `where(i)` holds (where there are fakes to push).
 */
export function arrowsAlongAxis(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  push: ArrayLike<number>,
  gain: number,
  maxLength: number,
  every: number,
  where: (i: number) => boolean,
): Arrows {
  const picked: number[] = [];
  for (let i = 0; i < Math.min(x.length, push.length); i += every) if (where(i)) picked.push(i);
  const out: Arrows = { x1: new Float32Array(picked.length), y1: new Float32Array(picked.length), x2: new Float32Array(picked.length), y2: new Float32Array(picked.length) };
  picked.forEach((i, k) => {
    const dx = Math.max(-maxLength, Math.min(maxLength, push[i] * gain));
    out.x1[k] = x[i];
    out.x2[k] = x[i] + dx;
    out.y1[k] = y[i];
    out.y2[k] = y[i];
  });
  return out;
}

/**
 * The warped noise grid as polylines: `size` rows then `size` columns of the
 * size² mapped points (interleaved, row-major); `line[k]` names each vertex's line.
 */
export function meshLines(warp: ArrayLike<number>, size: number): { x: Float32Array; y: Float32Array; line: Int32Array } {
  const count = warp.length / 2 === size * size ? 2 * size * size : 0;
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  const line = new Int32Array(count);
  let k = 0;
  for (let dir = 0; dir < 2 && count; dir++) {
    for (let a = 0; a < size; a++) {
      for (let b = 0; b < size; b++) {
        const p = dir === 0 ? a * size + b : b * size + a; // along a row, then along a column
        x[k] = warp[2 * p];
        y[k] = warp[2 * p + 1];
        line[k] = dir * size + a;
        k++;
      }
    }
  }
  return { x, y, line };
}
