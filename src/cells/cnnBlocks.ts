/**
 * The "CNN building blocks" cell: convolution with a 3x3 filter, stride,
 * padding, pooling and a transposed convolution on a real digit, with the
 * output-size formulas live. Nothing trains: Run keeps recomputing so every
 * setting applies at once. Trainer: src/ml/trainers/cnnBlocks.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

/** The custom filter starts as a vertical-edge detector, so editing one weight shows an effect at once. */
const CUSTOM_START = [1, 0, -1, 1, 0, -1, 1, 0, -1];
const WEIGHT_KEYS = ['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'] as const;
const POSITIONS = ['top left', 'top', 'top right', 'left', 'centre', 'right', 'bottom left', 'bottom', 'bottom right'];

/** w0..w8: the nine weights of the custom filter, row-major. */
const weightParams = POSITIONS.map((where, i) => ({
  key: WEIGHT_KEYS[i],
  label: `w${i} (${where})`,
  help: `Custom filter weight at the ${where}; used when the filter is "Custom".`,
  type: 'number' as const,
  min: -10,
  max: 10,
  step: 0.1,
  default: CUSTOM_START[i],
  apply: 'live' as const,
}));

export const cnnBlocksCell = defineCell({
  kind: 'cnnBlocks',
  params: [
    { key: 'filter', label: 'Filter', help: 'The 3x3 weights slid over the digit. Custom uses the nine weights below.', type: 'select', options: [{ value: 'edge', label: 'Edges (outline)' }, { value: 'sobelX', label: 'Vertical strokes (Sobel x)' }, { value: 'sobelY', label: 'Horizontal strokes (Sobel y)' }, { value: 'blur', label: 'Blur (average)' }, { value: 'sharpen', label: 'Sharpen' }, { value: 'identity', label: 'Identity (copy)' }, { value: 'custom', label: 'Custom (w0 to w8)' }], default: 'edge', apply: 'live' },
    { key: 'stride', label: 'Stride s', help: 'How far the filter moves between outputs.', type: 'int', min: 1, max: 3, default: 1, apply: 'live' },
    { key: 'padding', label: 'Padding p', help: 'Rings of zeros added around the digit before the filter slides.', type: 'int', min: 0, max: 2, default: 1, apply: 'live' },
    { key: 'pool', label: 'Pooling', help: 'Summarise each window of the feature map by its largest or its average value.', type: 'select', options: [{ value: 'none', label: 'None' }, { value: 'max', label: 'Max' }, { value: 'average', label: 'Average' }], default: 'max', apply: 'live' },
    { key: 'poolSize', label: 'Pool window', help: 'Width of the pooling window; it moves by its own width.', type: 'int', min: 2, max: 4, default: 2, apply: 'live' },
    { key: 'upKernel', label: 'Up-conv kernel k', help: 'Kernel size of the transposed convolution that enlarges the pooled map.', type: 'int', min: 1, max: 6, default: 3, apply: 'live' },
    { key: 'upStride', label: 'Up-conv stride s', help: 'Spacing of the kernel stamps: the enlargement factor.', type: 'int', min: 1, max: 3, default: 2, apply: 'live' },
    { key: 'upPadding', label: 'Up-conv padding p', help: 'Rows and columns cropped from each side of the enlarged map.', type: 'int', min: 0, max: 2, default: 0, apply: 'live' },
    { key: 'digit', label: 'Digit', help: 'Which held-out digit to look at.', type: 'int', min: 0, max: 1999, default: 0, apply: 'live' },
    ...weightParams,
  ],
  metrics: [
    { key: 'outH', label: 'Conv output height', digits: 0, help: 'floor((n + 2p − k)/s) + 1 with n = 28, k = 3.' },
    { key: 'outW', label: 'Conv output width', digits: 0 },
    { key: 'poolH', label: 'After pooling', digits: 0, help: 'floor((n − w)/w) + 1 for window w.' },
    { key: 'upH', label: 'Up-conv output', digits: 0, help: '(n − 1)s − 2p + k.' },
    { key: 'checkerboard', label: 'Overlap unevenness', digits: 0, help: 'Most minus fewest kernel taps on an inner output pixel: 0 means no checkerboard.' },
    { key: 'filterWeights', label: 'Conv weights', digits: 0, help: 'One shared 3x3 filter.' },
    { key: 'denseWeights', label: 'Dense weights for the same map', digits: 0, help: 'A fully connected layer from the 784 pixels to every output pixel.' },
  ],
  presets: [
    { id: 'keep-size', label: 'Keep the size (s 1, p 1)', values: { stride: 1, padding: 1, pool: 'none' } },
    { id: 'halve', label: 'Halve it (s 2)', values: { stride: 2, padding: 1, pool: 'none' } },
    { id: 'even-up', label: 'Even up-conv (k 4, s 2, p 1)', values: { upKernel: 4, upStride: 2, upPadding: 1 } },
    { id: 'checker', label: 'Checkerboard (k 3, s 2)', values: { upKernel: 3, upStride: 2, upPadding: 0 } },
  ],
});

export type CnnBlocksValues = CellValues<typeof cnnBlocksCell>;

/** What the cnnBlocks trainer sends its view: the digit, the output of each block and the sizes the formulas give. */
export type CnnBlocksPayload = ViewPayload<{ input: Float32Array; conv: Float32Array; pooled: Float32Array; overlap: Float32Array; upsampled: Float32Array; kernel: Float32Array }, { n: number; k: number; stride: number; padding: number; outSize: number; poolWindow: number; pooledSize: number; poolMode: number; upIn: number; upKernel: number; upStride: number; upPadding: number; upSize: number; checkerboard: number }>;
