/**
 * The course's wasm kernels (src/ml/kernels) against tfjs's own cpu kernels,
 * over a grid of conv shapes, and end to end through tf.grad.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { registerWasmKernels } from '../../src/ml/kernels';
import { conv2dBackpropInputConfig } from '../../src/ml/kernels/conv2dBackpropInput';
import { Rng } from '../../src/ml/random';
import { useBackend } from './helpers/backend';
import { type HostTensor, randomHost, relativeError, runKernelOn, runOpOn } from './helpers/compare';

const TOLERANCE = 1e-4;

beforeAll(async () => {
  await useBackend('cpu');
  await useBackend('wasm');
});

type Pad = 'same' | 'valid';
interface ConvCase {
  batch: number;
  size: [number, number];
  kernel: number;
  stride: number;
  pad: Pad;
  inChannels: number;
  outChannels: number;
}

/** Output spatial size of a conv, as tfjs computes it. */
function outSize(size: number, kernel: number, stride: number, pad: Pad): number {
  return pad === 'same' ? Math.ceil(size / stride) : Math.floor((size - kernel) / stride) + 1;
}

const CHANNEL_PAIRS: [number, number][] = [
  [1, 3],
  [3, 16],
  [16, 1],
];

/** batch 1/3/8 × kernel 1/3/4/5 × stride 1/2 × same/valid × channel pairs (144 cases). */
function convGrid(): ConvCase[] {
  const cases: ConvCase[] = [];
  for (const batch of [1, 3, 8])
    for (const kernel of [1, 3, 4, 5])
      for (const stride of [1, 2])
        for (const pad of ['same', 'valid'] as const)
          for (const [inChannels, outChannels] of CHANNEL_PAIRS)
            // Non-square and odd so that row/column mix-ups and edge padding show.
            cases.push({ batch, size: [9, 8], kernel, stride, pad, inChannels, outChannels });
  return cases;
}

function caseName(c: ConvCase): string {
  return `b${c.batch} k${c.kernel} s${c.stride} ${c.pad} ${c.inChannels}->${c.outChannels}`;
}

async function filterGradError(c: ConvCase, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const [h, w] = c.size;
  const x = randomHost(rng, [c.batch, h, w, c.inChannels]);
  const dy = randomHost(rng, [c.batch, outSize(h, c.kernel, c.stride, c.pad), outSize(w, c.kernel, c.stride, c.pad), c.outChannels]);
  const attrs = {
    strides: [c.stride, c.stride],
    pad: c.pad,
    dataFormat: 'NHWC',
    filterShape: [c.kernel, c.kernel, c.inChannels, c.outChannels],
  };
  const inputs: Record<string, HostTensor> = { x, dy };
  const reference = await runKernelOn('cpu', 'Conv2DBackpropFilter', inputs, attrs);
  const actual = await runKernelOn('wasm', 'Conv2DBackpropFilter', inputs, attrs);
  expect(actual.shape).toEqual(reference.shape);
  return relativeError(actual.data, reference.data);
}

async function inputGradError(c: ConvCase, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const [h, w] = c.size;
  const filter = randomHost(rng, [c.kernel, c.kernel, c.inChannels, c.outChannels]);
  const dy = randomHost(rng, [c.batch, outSize(h, c.kernel, c.stride, c.pad), outSize(w, c.kernel, c.stride, c.pad), c.outChannels]);
  const attrs = { strides: [c.stride, c.stride], pad: c.pad, dataFormat: 'NHWC', inputShape: [c.batch, h, w, c.inChannels] };
  const reference = await runKernelOn('cpu', 'Conv2DBackpropInput', { dy, filter }, attrs);
  const actual = await runKernelOn('wasm', 'Conv2DBackpropInput', { dy, filter }, attrs);
  expect(actual.shape).toEqual(reference.shape);
  return relativeError(actual.data, reference.data);
}

describe('registerWasmKernels', () => {
  it('registers the kernels stock tfjs 4.22 wasm lacks, and is idempotent', () => {
    registerWasmKernels();
    registerWasmKernels();
    const names = ['Conv2DBackpropFilter', 'UnsortedSegmentSum', 'DepthwiseConv2dNativeBackpropFilter', 'DepthwiseConv2dNativeBackpropInput'];
    for (const name of names) {
      expect(tf.getKernel(name, 'wasm'), name).toBeDefined();
    }
  });
});

describe('Conv2DBackpropFilter on wasm matches the cpu kernel', () => {
  it('over the grid of batch, kernel, stride, padding and channels', async () => {
    const failures: string[] = [];
    let seed = 1;
    for (const c of convGrid()) {
      const err = await filterGradError(c, seed++);
      if (!(err <= TOLERANCE)) failures.push(`${caseName(c)}: ${err}`);
    }
    expect(failures).toEqual([]);
  });

  it('at the DCGAN discriminator and generator layer shapes', async () => {
    const dLayer2 = await filterGradError({ batch: 2, size: [14, 14], kernel: 5, stride: 2, pad: 'same', inChannels: 32, outChannels: 64 }, 7);
    const gLayer2 = await filterGradError({ batch: 2, size: [28, 28], kernel: 5, stride: 2, pad: 'same', inChannels: 1, outChannels: 32 }, 8);
    expect(dLayer2).toBeLessThan(TOLERANCE);
    expect(gLayer2).toBeLessThan(TOLERANCE);
  });

  it('for a batch the conv form splits into pieces (70 images)', async () => {
    expect(await filterGradError({ batch: 70, size: [6, 6], kernel: 3, stride: 2, pad: 'same', inChannels: 8, outChannels: 4 }, 9)).toBeLessThan(TOLERANCE);
  });

  it('with explicit numeric padding', async () => {
    const rng = new Rng(11);
    const x = randomHost(rng, [2, 7, 6, 3]);
    const dy = randomHost(rng, [2, 4, 4, 5]); // (7 + 2·1 − 3)/2 + 1 = 4; (6 + 2·1 − 3)/2 + 1 = 3.5, rounded up to 4
    const attrs = { strides: [2, 2], pad: 1, dataFormat: 'NHWC', filterShape: [3, 3, 3, 5], dimRoundingMode: 'ceil' };
    const reference = await runKernelOn('cpu', 'Conv2DBackpropFilter', { x, dy }, attrs);
    const actual = await runKernelOn('wasm', 'Conv2DBackpropFilter', { x, dy }, attrs);
    expect(relativeError(actual.data, reference.data)).toBeLessThan(TOLERANCE);
  });
});

describe('Conv2DBackpropInput on wasm (course replacement) matches the cpu kernel', () => {
  it('is the course kernel, not the stock one, after registration', () => {
    registerWasmKernels();
    expect(tf.getKernel('Conv2DBackpropInput', 'wasm')?.kernelFunc).toBe(conv2dBackpropInputConfig.kernelFunc);
  });

  it('over the grid of batch, kernel, stride, padding and channels', async () => {
    const failures: string[] = [];
    let seed = 1000;
    for (const c of convGrid()) {
      const err = await inputGradError(c, seed++);
      if (!(err <= TOLERANCE)) failures.push(`${caseName(c)}: ${err}`);
    }
    expect(failures).toEqual([]);
  });

  it('as conv2dTranspose at the DCGAN generator shapes', async () => {
    // conv2dTranspose(x [b,7,7,64] → [b,14,14,32]) is Conv2DBackpropInput with dy = x.
    expect(await inputGradError({ batch: 2, size: [14, 14], kernel: 5, stride: 2, pad: 'same', inChannels: 32, outChannels: 64 }, 31)).toBeLessThan(TOLERANCE);
    expect(await inputGradError({ batch: 2, size: [28, 28], kernel: 5, stride: 2, pad: 'same', inChannels: 1, outChannels: 32 }, 32)).toBeLessThan(TOLERANCE);
  });
});

describe('BatchMatMul with transpose flags on wasm (course wrapper) matches cpu', () => {
  it('is registered once, whatever the number of registerWasmKernels calls', () => {
    registerWasmKernels();
    const first = tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    registerWasmKernels();
    expect(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).toBe(first);
  });

  it('for every flag combination, rank 2 and rank 3 with batch 1 and 3', async () => {
    const rng = new Rng(41);
    const failures: string[] = [];
    for (const batch of [0, 1, 3]) {
      for (const transposeA of [false, true]) {
        for (const transposeB of [false, true]) {
          const [m, k, n] = [5, 7, 4];
          const outer = batch === 0 ? [] : [batch];
          const a = randomHost(rng, [...outer, ...(transposeA ? [k, m] : [m, k])]);
          const b = randomHost(rng, [...outer, ...(transposeB ? [n, k] : [k, n])]);
          const attrs = { transposeA, transposeB };
          const reference = await runKernelOn('cpu', 'BatchMatMul', { a, b }, attrs);
          const actual = await runKernelOn('wasm', 'BatchMatMul', { a, b }, attrs);
          const err = relativeError(actual.data, reference.data);
          const name = `batch ${batch} tA ${transposeA} tB ${transposeB}`;
          if (JSON.stringify(actual.shape) !== JSON.stringify(reference.shape)) failures.push(`${name}: shape ${actual.shape}`);
          if (!(err <= TOLERANCE)) failures.push(`${name}: ${err}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('course-only kernels', () => {
  it('CourseLeakyReluGrad: dy where x > 0, α·dy elsewhere (x = 0 included)', async () => {
    const out = await runKernelOn(
      'wasm',
      'CourseLeakyReluGrad',
      {
        dy: { shape: [5], data: Float32Array.from([1, 2, 3, 4, 5]), dtype: 'float32' },
        x: { shape: [5], data: Float32Array.from([-1, 0, 0.5, -0.01, 7]), dtype: 'float32' },
      },
      { alpha: 0.2 },
    );
    expect(Array.from(out.data).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0.2, 0.4, 3, 0.8, 5]);
  });

  it('CourseAdamUpdate: one hand-computed step', async () => {
    await tf.setBackend('wasm');
    const attrs = { beta1: 0.5, beta2: 0.75, stepSize: 0.1, vScale: 4, epsilon: 0 };
    const [w, m, v] = tf.tidy(() => {
      const inputs = { w: tf.tensor1d([1]), g: tf.tensor1d([2]), m: tf.tensor1d([0.5]), v: tf.tensor1d([1]) };
      return (tf.engine().runKernel('CourseAdamUpdate', inputs, attrs) as tf.Tensor[]).map((t) => t.dataSync()[0]);
    });
    // m' = 0.5·0.5 + 0.5·2 = 1.25; v' = 0.75·1 + 0.25·4 = 1.75; w' = 1 − 0.1·1.25/√(4·1.75)
    expect(m).toBeCloseTo(1.25, 6);
    expect(v).toBeCloseTo(1.75, 6);
    expect(w).toBeCloseTo(1 - (0.1 * 1.25) / Math.sqrt(7), 6);
  });
});

describe('Sum and Mean on wasm (course per-channel wrapper) match cpu', () => {
  it('over all axes but the last, with and without keepDims, and other axes untouched', async () => {
    const rng = new Rng(51);
    const x = randomHost(rng, [3, 5, 4, 6]);
    const failures: string[] = [];
    for (const kernel of ['Sum', 'Mean']) {
      for (const axis of [[0, 1, 2], [2, 0, 1], [-4, -3, -2], [1, 2], [0, 1, 2, 3], [3], 1]) {
        for (const keepDims of [false, true]) {
          const attrs = { axis, keepDims };
          const reference = await runKernelOn('cpu', kernel, { x }, attrs);
          const actual = await runKernelOn('wasm', kernel, { x }, attrs);
          const name = `${kernel} axis ${JSON.stringify(axis)} keepDims ${keepDims}`;
          if (JSON.stringify(actual.shape) !== JSON.stringify(reference.shape)) failures.push(`${name}: shape ${actual.shape} vs ${reference.shape}`);
          else if (!(relativeError(actual.data, reference.data) <= TOLERANCE)) failures.push(`${name}: values`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('gradients through the course kernels match cpu', () => {
  async function gradError(f: () => tf.Tensor): Promise<number> {
    const reference = await runOpOn('cpu', f);
    const actual = await runOpOn('wasm', f);
    expect(actual.shape).toEqual(reference.shape);
    return relativeError(actual.data, reference.data);
  }

  it('conv2d filter gradient via tf.grad', async () => {
    const rng = new Rng(21);
    const x = randomHost(rng, [3, 10, 10, 3]);
    const w = randomHost(rng, [4, 4, 3, 8]);
    const err = await gradError(() => {
      const xt = tf.tensor4d(x.data, x.shape as [number, number, number, number]);
      const loss = (wt: tf.Tensor) => tf.sum(tf.square(tf.conv2d(xt, wt as tf.Tensor4D, 2, 'same')));
      return tf.grad(loss)(tf.tensor4d(w.data, w.shape as [number, number, number, number]));
    });
    expect(err).toBeLessThan(TOLERANCE);
  });

  it('conv2dTranspose filter gradient via tf.grad', async () => {
    const rng = new Rng(22);
    const x = randomHost(rng, [3, 7, 7, 8]);
    const w = randomHost(rng, [5, 5, 4, 8]); // [kh, kw, outChannels, inChannels]
    const err = await gradError(() => {
      const xt = tf.tensor4d(x.data, x.shape as [number, number, number, number]);
      const loss = (wt: tf.Tensor) => tf.sum(tf.square(tf.conv2dTranspose(xt, wt as tf.Tensor4D, [3, 14, 14, 4], 2, 'same')));
      return tf.grad(loss)(tf.tensor4d(w.data, w.shape as [number, number, number, number]));
    });
    expect(err).toBeLessThan(TOLERANCE);
  });

  it('gather (embedding lookup) gradient, repeated ids summed', async () => {
    const rng = new Rng(23);
    const table = randomHost(rng, [6, 4]);
    const ids = [0, 3, 3, 5, 0, 0, 2];
    const upstream = randomHost(rng, [ids.length, 4]);
    const err = await gradError(() => {
      const idT = tf.tensor1d(ids, 'int32');
      const up = tf.tensor2d(upstream.data, [ids.length, 4]);
      const loss = (t: tf.Tensor) => tf.sum(tf.mul(tf.gather(t, idT), up));
      return tf.grad(loss)(tf.tensor2d(table.data, [6, 4]));
    });
    expect(err).toBeLessThan(TOLERANCE);
  });

  it('UnsortedSegmentSum against hand-computed sums, dropping out-of-range ids', async () => {
    const out = await runKernelOn(
      'wasm',
      'UnsortedSegmentSum',
      {
        x: { shape: [4, 2], data: Float32Array.from([1, 2, 10, 20, 100, 200, 5, 5]), dtype: 'float32' },
        segmentIds: { shape: [4], data: Int32Array.from([2, 0, 2, 7]), dtype: 'int32' },
      },
      { numSegments: 3 },
    );
    expect(out.shape).toEqual([3, 2]);
    expect(Array.from(out.data)).toEqual([10, 20, 0, 0, 101, 202]);
  });

  it('depthwiseConv2d gradients of input and filter', async () => {
    const rng = new Rng(24);
    const x = randomHost(rng, [2, 9, 8, 3]);
    const w = randomHost(rng, [3, 3, 3, 2]);
    for (const [stride, pad] of [[1, 'same'], [2, 'valid'], [2, 'same']] as const) {
      const f = (wrt: 'x' | 'w') => () => {
        const xt = tf.tensor4d(x.data, x.shape as [number, number, number, number]);
        const wt = tf.tensor4d(w.data, w.shape as [number, number, number, number]);
        const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(tf.square(tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, stride, pad))),
        )([xt, wt]);
        return wrt === 'x' ? dx : dw;
      };
      expect(await gradError(f('x')), `dx s${stride} ${pad}`).toBeLessThan(TOLERANCE);
      expect(await gradError(f('w')), `dw s${stride} ${pad}`).toBeLessThan(TOLERANCE);
    }
  });
});
