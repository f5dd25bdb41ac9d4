/**
 * The `cnnBlocks` cell: nothing learns here. Each "step" convolves a real
 * digit with the chosen 3x3 filter, pools the result, and upsamples it with
 * a transposed convolution, in plain TypeScript (src/ml/conv), so the
 * learner can change a setting while it runs and see the picture and the
 * output-size formulas follow (Dumoulin & Visin 2016, arXiv:1603.07285).
 */
import { DIGITS_ASSET_PATH, digitImages, parseDigits, type DigitSet } from '../data/digits';
import { CUSTOM_WEIGHT_KEYS, FILTER_IDS, FILTER_SIZE, filterWeights, type FilterId } from '../conv/filters';
import { convOutputSize, transposedConvOutputSize } from '../conv/outputSize';
import { convolve, interiorUnevenness, overlapCounts, pool, transposedConvolve, type Plane, type PoolMode } from '../conv/singleChannel';
import type { HyperValues, Metrics, Trainer, TrainerFactory, ViewPayload } from '../trainer';

export type PoolChoice = PoolMode | 'none';
export const POOL_CHOICES: readonly PoolChoice[] = ['none', 'max', 'average'];

export interface CnnBlocksHyper {
  filter: FilterId;
  /** w0..w8, used when filter is 'custom'. */
  weights: Record<string, number>;
  stride: number;
  padding: number;
  pool: PoolChoice;
  poolSize: number;
  upKernel: number;
  upStride: number;
  upPadding: number;
  /** Which held-out digit to look at. */
  digit: number;
}

/** How often a running cell recomputes: fast enough to follow a control, idle in between. */
export const RECOMPUTE_INTERVAL_MS = 100;

/** The custom filter starts as a vertical-edge detector, so editing one weight shows an effect at once. */
const CUSTOM_START = [1, 0, -1, 1, 0, -1, 1, 0, -1];

export const CNN_BLOCKS_DEFAULTS: CnnBlocksHyper = {
  filter: 'edge',
  weights: Object.fromEntries(CUSTOM_WEIGHT_KEYS.map((k, i) => [k, CUSTOM_START[i]])),
  stride: 1,
  padding: 1,
  pool: 'max',
  poolSize: 2,
  upKernel: 3,
  upStride: 2,
  upPadding: 0,
  digit: 0,
};

function int(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.round(value)) : fallback;
}

export function readCnnBlocksHyper(hp: HyperValues, base: CnnBlocksHyper = CNN_BLOCKS_DEFAULTS): CnnBlocksHyper {
  const filter = typeof hp.filter === 'string' && (FILTER_IDS as readonly string[]).includes(hp.filter) ? (hp.filter as FilterId) : base.filter;
  const weights = { ...base.weights };
  for (const key of CUSTOM_WEIGHT_KEYS) {
    const v = hp[key];
    if (typeof v === 'number' && Number.isFinite(v)) weights[key] = v;
  }
  const poolChoice = typeof hp.pool === 'string' && (POOL_CHOICES as readonly string[]).includes(hp.pool) ? (hp.pool as PoolChoice) : base.pool;
  return {
    filter,
    weights,
    stride: int(hp.stride, base.stride, 1),
    padding: int(hp.padding, base.padding, 0),
    pool: poolChoice,
    poolSize: int(hp.poolSize, base.poolSize, 1),
    upKernel: int(hp.upKernel, base.upKernel, 1),
    upStride: int(hp.upStride, base.upStride, 1),
    upPadding: int(hp.upPadding, base.upPadding, 0),
    digit: int(hp.digit, base.digit, 0),
  };
}

/** Everything the cell shows for one setting, computed in one pass. */
export interface CnnBlocksResult {
  input: Plane;
  kernel: Float32Array;
  conv: Plane;
  pooled: Plane;
  /** Tap counts of the transposed convolution of an all-ones map of the pooled size. */
  overlap: Plane;
  /** The pooled map upsampled by a transposed convolution with a uniform kernel. */
  upsampled: Plane;
  checkerboard: number;
}

/** Runs the three blocks on one digit image (row-major, 28x28, in [0, 1]). */
export function runCnnBlocks(image: Float32Array, size: number, hp: CnnBlocksHyper): CnnBlocksResult {
  const input = { size, data: image };
  const kernel = filterWeights(hp.filter, hp.weights);
  const conv = convolve(input, kernel, FILTER_SIZE, hp.stride, hp.padding);
  // Pooling wider than the map would leave nothing: then the map passes through.
  const pooled = hp.pool === 'none' || hp.poolSize > conv.size ? conv : pool(conv, hp.poolSize, hp.poolSize, hp.pool);
  const k = hp.upKernel;
  const s = hp.upStride;
  // Normalised so an evenly overlapping kernel keeps the map's brightness: each output gets about (k/s)² taps.
  const uniform = new Float32Array(k * k).fill((s * s) / (k * k));
  const upsampled = transposedConvolve(pooled, uniform, k, s, hp.upPadding);
  const overlap = overlapCounts(pooled.size, k, s, hp.upPadding);
  return { input, kernel, conv, pooled, overlap, upsampled, checkerboard: interiorUnevenness(overlap, k) };
}

export class CnnBlocksTrainer implements Trainer {
  private hp: CnnBlocksHyper;
  private result: CnnBlocksResult | null = null;

  constructor(
    hp: HyperValues,
    private readonly digits: DigitSet,
  ) {
    this.hp = readCnnBlocksHyper(hp);
  }

  private compute(): CnnBlocksResult {
    const index = this.digits.heldOut[this.hp.digit % this.digits.heldOut.length];
    const image = digitImages(this.digits, [index], 'sigmoid');
    this.result = runCnnBlocks(image, this.digits.rows, this.hp);
    return this.result;
  }

  /**
   * A "step" recomputes the blocks with the latest settings, then rests:
   * nothing learns here, and without the pause a running cell would keep a
   * CPU core busy redrawing the same picture.
   */
  async train(_steps: number): Promise<Metrics> {
    const r = this.compute();
    await new Promise((done) => setTimeout(done, RECOMPUTE_INTERVAL_MS));
    const n = r.input.size;
    return {
      outH: convOutputSize(n, FILTER_SIZE, this.hp.stride, this.hp.padding),
      outW: convOutputSize(n, FILTER_SIZE, this.hp.stride, this.hp.padding),
      poolH: r.pooled.size,
      upH: transposedConvOutputSize(r.pooled.size, this.hp.upKernel, this.hp.upStride, this.hp.upPadding),
      checkerboard: r.checkerboard,
      filterWeights: FILTER_SIZE * FILTER_SIZE,
      denseWeights: n * n * r.conv.size * r.conv.size,
    };
  }

  setHyperparameters(values: HyperValues): void {
    this.hp = readCnnBlocksHyper(values, this.hp);
  }

  /**
   * arrays: input, conv, pooled, overlap, upsampled (each size² floats, row-major), kernel [9].
   * values: n, k, stride, padding, outSize, poolSize (window), pooledSize, upIn, upKernel,
   * upStride, upPadding, upSize, checkerboard, poolMode (0 none, 1 max, 2 average).
   */
  render(): ViewPayload {
    const r = this.result ?? this.compute();
    return {
      arrays: {
        input: Float32Array.from(r.input.data),
        conv: Float32Array.from(r.conv.data),
        pooled: Float32Array.from(r.pooled.data),
        overlap: Float32Array.from(r.overlap.data),
        upsampled: Float32Array.from(r.upsampled.data),
        kernel: Float32Array.from(r.kernel),
      },
      values: {
        n: r.input.size,
        k: FILTER_SIZE,
        stride: this.hp.stride,
        padding: this.hp.padding,
        outSize: r.conv.size,
        poolWindow: this.hp.pool === 'none' ? 0 : this.hp.poolSize,
        pooledSize: r.pooled.size,
        poolMode: POOL_CHOICES.indexOf(this.hp.pool),
        upIn: r.pooled.size,
        upKernel: this.hp.upKernel,
        upStride: this.hp.upStride,
        upPadding: this.hp.upPadding,
        upSize: r.upsampled.size,
        checkerboard: r.checkerboard,
      },
    };
  }

  dispose(): void {
    this.result = null;
  }
}

const createCnnBlocksTrainer: TrainerFactory = async (hp, _seed, context) =>
  new CnnBlocksTrainer(hp, await parseDigits(await context.loadAsset(DIGITS_ASSET_PATH)));
export default createCnnBlocksTrainer;
