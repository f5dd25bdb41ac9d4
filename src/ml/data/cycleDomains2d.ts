/**
 * The two unpaired point clouds of the 2-D CycleGAN cell. Domain X sits left
 * of the origin and domain Y right of it, so one plot shows a point, its
 * translation and its way back. Every sample carries `t` in [0, 1), its place
 * along its own shape (the angle on a ring, the height on a line), which the
 * view turns into colour: if colours stay in order after x → G(x) → F(G(x)),
 * the translation kept the correspondence.
 */
import type { Rng } from '../random';

export type Shape2d = 'ring' | 'blobs' | 'square' | 'line';

/** Which shapes play X and Y. */
export type CyclePair = 'ring-blobs' | 'ring-square' | 'line-ring';
export const CYCLE_PAIRS: readonly CyclePair[] = ['ring-blobs', 'ring-square', 'line-ring'];

export const PAIR_SHAPES: Record<CyclePair, { x: Shape2d; y: Shape2d }> = {
  'ring-blobs': { x: 'ring', y: 'blobs' },
  'ring-square': { x: 'ring', y: 'square' },
  'line-ring': { x: 'line', y: 'ring' },
};

/** Centres of the two domains: far enough apart that the clouds never overlap. */
export const X_CENTRE = [-2.2, 0] as const;
export const Y_CENTRE = [2.2, 0] as const;
/** The plot spans these bounds; every shape stays inside with a margin. */
export const CYCLE_2D_BOUNDS = { xLo: -4, xHi: 4, yLo: -2, yHi: 2 } as const;

const RING_RADIUS = 1.2;
const RING_NOISE = 0.05;
/** Two blobs stacked vertically, wide enough for G to place a ring's worth of angles inside each. */
const BLOB_OFFSET = 0.8;
const BLOB_STD = 0.25;
const SQUARE_HALF = 1;
const SQUARE_NOISE = 0.03;
const LINE_HALF = 1.3;
const LINE_NOISE = 0.05;

export interface Cloud {
  /** [n, 2] interleaved (x, y). */
  points: Float32Array;
  /** [n] place along the shape in [0, 1), for colour. */
  t: Float32Array;
}

function samplePoint(shape: Shape2d, rng: Rng): [number, number, number] {
  switch (shape) {
    case 'ring': {
      const t = rng.next();
      const r = RING_RADIUS + RING_NOISE * rng.normal();
      return [r * Math.cos(2 * Math.PI * t), r * Math.sin(2 * Math.PI * t), t];
    }
    case 'blobs': {
      const upper = rng.next() < 0.5;
      const px = BLOB_STD * rng.normal();
      const py = (upper ? BLOB_OFFSET : -BLOB_OFFSET) + BLOB_STD * rng.normal();
      // Colour by height: the upper blob gets the upper half of the scale.
      const t = Math.min(0.999, Math.max(0, (py + BLOB_OFFSET + 3 * BLOB_STD) / (2 * (BLOB_OFFSET + 3 * BLOB_STD))));
      return [px, py, t];
    }
    case 'square': {
      // Uniform along the perimeter, starting at the right edge's middle, anticlockwise like the ring.
      const t = rng.next();
      const s = (t * 8 + 1) % 8; // perimeter position in half-side units, 0 at the bottom-right corner
      const side = Math.floor(s / 2);
      const u = (s % 2) - 1; // -1..1 along the side
      const h = SQUARE_HALF;
      const [px, py] = side === 0 ? [h, u * h] : side === 1 ? [-u * h, h] : side === 2 ? [-h, -u * h] : [u * h, -h];
      return [px + SQUARE_NOISE * rng.normal(), py + SQUARE_NOISE * rng.normal(), t];
    }
    case 'line': {
      const t = rng.next();
      return [LINE_NOISE * rng.normal(), (2 * t - 1) * LINE_HALF, t];
    }
  }
}

/** n samples of `shape` centred on `centre`. */
export function sampleCloud(shape: Shape2d, centre: readonly [number, number], rng: Rng, n: number): Cloud {
  const points = new Float32Array(2 * n); // [n, 2]
  const t = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const [px, py, ti] = samplePoint(shape, rng);
    points[2 * i] = px + centre[0];
    points[2 * i + 1] = py + centre[1];
    t[i] = ti;
  }
  return { points, t };
}

export function sampleX(pair: CyclePair, rng: Rng, n: number): Cloud {
  return sampleCloud(PAIR_SHAPES[pair].x, X_CENTRE, rng, n);
}

export function sampleY(pair: CyclePair, rng: Rng, n: number): Cloud {
  return sampleCloud(PAIR_SHAPES[pair].y, Y_CENTRE, rng, n);
}
