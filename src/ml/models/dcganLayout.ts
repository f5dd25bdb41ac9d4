/**
 * The DCGAN of ./dcgan.ts (Radford, Metz & Chintala 2015, arXiv:1511.06434)
 * as plain data: its options, the model id that names them and its inverse,
 * and the names, shapes and initial distributions of its weights. No tfjs
 * here, so the page and Node tools can reason about checkpoints without it.
 */

export type DcganOutputActivation = 'tanh' | 'sigmoid';

export interface DcganOptions {
  /** Length of the noise vector z. */
  latentSize: number;
  /** Batch norm after the generator's hidden layers (the paper's choice). */
  generatorBatchNorm: boolean;
  /** 'tanh' makes pixels in (−1, 1) as in the paper; 'sigmoid' in (0, 1). */
  outputActivation: DcganOutputActivation;
  /** Channels of the generator's 7×7 and 14×14 feature maps. */
  generatorFilters: readonly [number, number];
  /**
   * Channels of an extra stride-1 5×5 layer at 7×7, between the projection
   * and the first up-sampling (TensorFlow's DCGAN tutorial has one of this
   * kind); 0 or absent: none. The pretrained weights use one
   * (scripts/train-dcgan.ts --refine); the cell's own networks do not.
   */
  generatorRefineFilters?: number;
  /** Channels of the discriminator's 14×14 and 7×7 feature maps. */
  discriminatorFilters: readonly [number, number];
  /**
   * Spectral normalisation of D's weights (Miyato et al. 2018,
   * arXiv:1802.05957): each layer's kernel is divided by an estimate of its
   * largest singular value. Adds no weights to a checkpoint. Absent: off.
   */
  discriminatorSpectralNorm?: boolean;
}

/** The generator's first feature map is 7×7; two stride-2 layers make 28×28. */
export const BASE_SIZE = 7;
const KERNEL_SIZE = 5;
/** Std of the initial weights, "zero-centered Normal distribution with standard deviation 0.02" (sec. 4). */
const INIT_STD = 0.02;

/** One variable of the model: where it lives, its shape, and its initial N(mean, std²). */
export interface VariableSpec {
  name: string;
  shape: number[];
  mean: number;
  std: number;
}

/** Every variable of a DCGAN with these options, G's then D's, in checkpoint order. */
export function dcganVariables(o: DcganOptions): VariableSpec[] {
  const { latentSize, generatorBatchNorm: bn, generatorFilters: [g0, g1], discriminatorFilters: [d0, d1] } = o;
  const refine = o.generatorRefineFilters ?? 0;
  const base = BASE_SIZE * BASE_SIZE * g0;
  const normal = (name: string, shape: number[]): VariableSpec => ({ name, shape, mean: 0, std: INIT_STD });
  const constant = (name: string, shape: number[], value: number): VariableSpec => ({ name, shape, mean: value, std: 0 });
  return [
    normal('g/project/kernel', [latentSize, base]),
    // A bias before batch norm is cancelled by its mean; BN's beta replaces it.
    ...(bn ? [constant('g/bn0/gamma', [g0], 1), constant('g/bn0/beta', [g0], 0)] : [constant('g/project/bias', [base], 0)]),
    // conv2dTranspose filters are [kh, kw, outChannels, inChannels].
    ...(refine > 0
      ? [
          normal('g/refine/kernel', [KERNEL_SIZE, KERNEL_SIZE, refine, g0]),
          ...(bn ? [constant('g/bnr/gamma', [refine], 1), constant('g/bnr/beta', [refine], 0)] : [constant('g/refine/bias', [refine], 0)]),
        ]
      : []),
    normal('g/deconv1/kernel', [KERNEL_SIZE, KERNEL_SIZE, g1, refine > 0 ? refine : g0]),
    ...(bn ? [constant('g/bn1/gamma', [g1], 1), constant('g/bn1/beta', [g1], 0)] : [constant('g/deconv1/bias', [g1], 0)]),
    normal('g/deconv2/kernel', [KERNEL_SIZE, KERNEL_SIZE, 1, g1]),
    constant('g/deconv2/bias', [1], 0),

    normal('d/conv1/kernel', [KERNEL_SIZE, KERNEL_SIZE, 1, d0]),
    constant('d/conv1/bias', [d0], 0),
    normal('d/conv2/kernel', [KERNEL_SIZE, KERNEL_SIZE, d0, d1]),
    constant('d/conv2/bias', [d1], 0),
    normal('d/logit/kernel', [BASE_SIZE * BASE_SIZE * d1, 1]),
    constant('d/logit/bias', [1], 0),
  ];
}

/**
 * The id naming a DCGAN's architecture and options, e.g. 'dcgan28-z64-g32.16-d16.32-bn-tanh';
 * a refining layer adds '-r<channels>' after the generator's widths, spectral normalisation '-sn' after D's.
 */
export function dcganModelId(o: DcganOptions): string {
  return [
    'dcgan28',
    `z${o.latentSize}`,
    `g${o.generatorFilters.join('.')}`,
    ...(o.generatorRefineFilters ? [`r${o.generatorRefineFilters}`] : []),
    `d${o.discriminatorFilters.join('.')}`,
    ...(o.discriminatorSpectralNorm ? ['sn'] : []),
    o.generatorBatchNorm ? 'bn' : 'nobn',
    o.outputActivation,
  ].join('-');
}

/** A positive whole number written plainly ('64', not '064', '6e1' or '+64'). */
const COUNT = '([1-9][0-9]*)';
const MODEL_ID_PATTERN = new RegExp(`^dcgan28-z${COUNT}-g${COUNT}\\.${COUNT}(?:-r${COUNT})?-d${COUNT}\\.${COUNT}(-sn)?-(bn|nobn)-(tanh|sigmoid)$`);

/**
 * The inverse of dcganModelId: the options a DCGAN id names, or null when
 * the id is not exactly one (another model, a suffix such as
 * '-least-squares', a zero or malformed width).
 */
export function dcganOptionsFromModelId(id: string): DcganOptions | null {
  const m = MODEL_ID_PATTERN.exec(id);
  if (!m) return null;
  const [latent, g0, g1] = m.slice(1, 4).map(Number);
  const refine = m[4] === undefined ? undefined : Number(m[4]);
  const [d0, d1] = m.slice(5, 7).map(Number);
  if (![latent, g0, g1, refine ?? 1, d0, d1].every(Number.isSafeInteger)) return null;
  return {
    latentSize: latent,
    generatorFilters: [g0, g1],
    ...(refine === undefined ? {} : { generatorRefineFilters: refine }),
    discriminatorFilters: [d0, d1],
    ...(m[7] === undefined ? {} : { discriminatorSpectralNorm: true }),
    generatorBatchNorm: m[8] === 'bn',
    outputActivation: m[9] as DcganOutputActivation,
  };
}

/** Names and shapes of a DCGAN's weights without building it (what a checkpoint for it must hold). */
export function dcganWeightLayout(o: DcganOptions): { modelId: string; tensors: { name: string; shape: number[] }[] } {
  return { modelId: dcganModelId(o), tensors: dcganVariables(o).map(({ name, shape }) => ({ name, shape })) };
}
