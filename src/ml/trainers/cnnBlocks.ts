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
import type { Metrics, Trainer, TrainerFactory } from '../trainer';
import type { CnnBlocksValues, CnnBlocksPayload } from '../../cells/cnnBlocks';

export type PoolChoice = PoolMode | 'none';
export const POOL_CHOICES: readonly PoolChoice[] = ['none', 'max', 'average'];

/** How often a running cell recomputes: fast enough to follow a control, idle in between. */
export const RECOMPUTE_INTERVAL_MS = 100;

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
export function runCnnBlocks(image: Float32Array, size: number, hp: CnnBlocksValues): CnnBlocksResult {
  const input = { size, data: image };
  const kernel = filterWeights(hp.filter, hp);
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

export class CnnBlocksTrainer implements Trainer<CnnBlocksValues, CnnBlocksPayload> {
  private hp: CnnBlocksValues;
  private result: CnnBlocksResult | null = null;

  constructor(
    hp: CnnBlocksValues,
    private readonly digits: DigitSet,
  ) {
    this.hp = hp;
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

  setHyperparameters(values: Partial<CnnBlocksValues>): void {
    this.hp = { ...this.hp, ...values };
  }

  /**
   * arrays: input, conv, pooled, overlap, upsampled (each size² floats, row-major), kernel [9].
   * values: n, k, stride, padding, outSize, poolSize (window), pooledSize, upIn, upKernel,
   * upStride, upPadding, upSize, checkerboard, poolMode (0 none, 1 max, 2 average).
   */
  render(): CnnBlocksPayload {
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

const createCnnBlocksTrainer: TrainerFactory<CnnBlocksValues> = async (hp, _seed, context) =>
  new CnnBlocksTrainer(hp, await parseDigits(await context.loadAsset(DIGITS_ASSET_PATH)));
export default createCnnBlocksTrainer;
