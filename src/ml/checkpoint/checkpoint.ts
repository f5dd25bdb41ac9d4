/**
 * Checkpoints in a tfjs-style weights manifest: a JSON manifest (model id,
 * format version, one weight spec per tensor with name/shape/dtype and an
 * optional tfjs `quantization`) plus one binary buffer holding the tensors
 * back to back in manifest order, little-endian, as tfjs weight files do.
 *
 * Parsing is strict: everything a learner can upload is checked, and every
 * failure throws a CheckpointError whose message says what is wrong and that
 * their current model was kept (callers parse before touching the model).
 * No tfjs here: the page may parse files as well as the worker.
 */
import { SentenceError, sentence, type Sentence } from '../../i18n/sentence';
import type { WeightLayout, WeightSet } from '../trainer';
import { type Quantization, type QuantizationDtype, bytesPerElement, readValues, uint8Params, writeValues } from './quantization';

export const CHECKPOINT_FORMAT = 'gan-course-weights';
export const CHECKPOINT_FORMAT_VERSION = 1;
/** File name the binary part goes under in the manifest (and next to it on disk). */
export const DEFAULT_WEIGHTS_PATH = 'weights.bin';

export interface WeightSpec {
  name: string;
  shape: number[];
  /** Dtype of the decoded tensor; storage may be smaller (see quantization). */
  dtype: 'float32';
  quantization?: Quantization;
}

export interface CheckpointManifest {
  format: typeof CHECKPOINT_FORMAT;
  formatVersion: number;
  modelId: string;
  /** tfjs layout: groups of weights, each stored in `paths` (concatenated here into one buffer). */
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  /** Free-form notes (training steps, accuracy); never needed to load. */
  metadata?: Record<string, string | number>;
}

/** What a model expects: its id and its tensors' names and shapes, in order. WeightSet fits. */
export type { WeightLayout };

/**
 * The layout of another model the caller can switch to when a checkpoint of
 * it is loaded (e.g. the same DCGAN at other widths), or null to refuse it.
 */
export type LayoutFor = (modelId: string) => WeightLayout | null;

/**
 * The layout a checkpoint of `modelId` is checked against: the current
 * model's when the ids agree, else the one `layoutFor` offers, else the
 * current model's again (so the refusal says which model this cell trains).
 */
export function layoutForModelId(modelId: string, current: WeightLayout, layoutFor?: LayoutFor): WeightLayout {
  if (modelId === current.modelId) return current;
  return layoutFor?.(modelId) ?? current;
}

export interface EncodeOptions {
  /** Store weights as uint8 or float16 instead of float32 (smaller, lossy). */
  quantization?: QuantizationDtype;
  metadata?: Record<string, string | number>;
  weightsPath?: string;
}

/**
 * A checkpoint that cannot be loaded; the message is written for the learner,
 * as a sentence (src/i18n/sentence.ts) the page shows in its own language.
 */
export class CheckpointError extends SentenceError {
  /** What is wrong, without the promise about the current model (untrue where no model was built yet). */
  readonly problem: Sentence;
  /** `text`: the English whole, with {places} for `params` (every language's table has it). */
  constructor(text: string, params?: Sentence['params']) {
    const problem = sentence(text, params);
    super(sentence('{problem} Your current model was kept.', { problem }));
    this.name = 'CheckpointError';
    this.problem = problem;
  }
}

const sizeOf = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);
const shapeText = (shape: number[]): string => `[${shape.join(', ')}]`;

export function encodeCheckpoint(weights: WeightSet, options: EncodeOptions = {}): { manifest: CheckpointManifest; data: ArrayBuffer } {
  const specs: WeightSpec[] = weights.tensors.map((t) => {
    if (t.data.length !== sizeOf(t.shape)) {
      throw new Error(`Weight '${t.name}' has ${t.data.length} values but shape ${shapeText(t.shape)}.`);
    }
    const spec: WeightSpec = { name: t.name, shape: [...t.shape], dtype: 'float32' };
    if (options.quantization === 'uint8') spec.quantization = uint8Params(t.data);
    if (options.quantization === 'float16') spec.quantization = { dtype: 'float16' };
    return spec;
  });
  const total = specs.reduce((sum, s) => sum + sizeOf(s.shape) * bytesPerElement(s.quantization), 0);
  const data = new ArrayBuffer(total);
  const view = new DataView(data);
  let offset = 0;
  weights.tensors.forEach((t, i) => {
    offset += writeValues(view, offset, t.data, specs[i].quantization);
  });
  const manifest: CheckpointManifest = {
    format: CHECKPOINT_FORMAT,
    formatVersion: CHECKPOINT_FORMAT_VERSION,
    modelId: weights.modelId,
    weightsManifest: [{ paths: [options.weightsPath ?? DEFAULT_WEIGHTS_PATH], weights: specs }],
  };
  if (options.metadata) manifest.metadata = { ...options.metadata };
  return { manifest, data };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseQuantization(raw: unknown, name: string): Quantization | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) throw new CheckpointError("Weight '{name}' has an unreadable quantization entry.", { name });
  if (raw.dtype === 'float16') return { dtype: 'float16' };
  if (raw.dtype === 'uint8') {
    const { min, scale } = raw;
    if (typeof min !== 'number' || typeof scale !== 'number' || !Number.isFinite(min) || !Number.isFinite(scale)) {
      throw new CheckpointError("Weight '{name}' is uint8-quantized but lacks a finite min and scale.", { name });
    }
    return { dtype: 'uint8', min, scale };
  }
  throw new CheckpointError("Weight '{name}' uses quantization '{dtype}'; this course reads uint8 and float16.", { name, dtype: String(raw.dtype) });
}

function parseSpec(raw: unknown, index: number): WeightSpec {
  if (!isRecord(raw) || typeof raw.name !== 'string') throw new CheckpointError('Weight entry {index} in the manifest has no name.', { index });
  const name = raw.name;
  const shape = raw.shape;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new CheckpointError("Weight '{name}' has no valid shape in the manifest.", { name });
  }
  if (raw.dtype !== 'float32') throw new CheckpointError("Weight '{name}' has dtype '{dtype}'; expected float32.", { name, dtype: String(raw.dtype) });
  const spec: WeightSpec = { name, shape: shape as number[], dtype: 'float32' };
  const quantization = parseQuantization(raw.quantization, name);
  if (quantization) spec.quantization = quantization;
  return spec;
}

/** Checks the JSON shape of a manifest (already JSON.parse'd, or as text). */
export function parseManifest(json: unknown): CheckpointManifest {
  let raw = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch {
      throw new CheckpointError('The checkpoint manifest is not valid JSON (the file may be cut short or not a checkpoint).');
    }
  }
  if (!isRecord(raw) || raw.format !== CHECKPOINT_FORMAT) {
    throw new CheckpointError('This file is not a checkpoint of this course.');
  }
  if (raw.formatVersion !== CHECKPOINT_FORMAT_VERSION) {
    throw new CheckpointError('The checkpoint has format version {version}; this page reads version {expected}.', {
      version: String(raw.formatVersion),
      expected: CHECKPOINT_FORMAT_VERSION,
    });
  }
  if (typeof raw.modelId !== 'string') throw new CheckpointError('The checkpoint does not say which model it belongs to.');
  if (!Array.isArray(raw.weightsManifest) || raw.weightsManifest.length === 0) {
    throw new CheckpointError('The checkpoint manifest lists no weights.');
  }
  const groups = raw.weightsManifest.map((g: unknown) => {
    if (!isRecord(g) || !Array.isArray(g.weights) || !Array.isArray(g.paths)) {
      throw new CheckpointError('A weight group in the checkpoint manifest is malformed.');
    }
    return { paths: g.paths.map(String), weights: g.weights.map(parseSpec) };
  });
  const manifest: CheckpointManifest = {
    format: CHECKPOINT_FORMAT,
    formatVersion: CHECKPOINT_FORMAT_VERSION,
    modelId: raw.modelId,
    weightsManifest: groups,
  };
  if (isRecord(raw.metadata)) manifest.metadata = raw.metadata as Record<string, string | number>;
  return manifest;
}

/**
 * Throws a CheckpointError unless `weights` has `expected`'s model id and the
 * same tensors (names and shapes, in order). Trainers' setWeights call this.
 */
export function assertLayoutMatches(weights: WeightLayout, expected: WeightLayout): void {
  if (weights.modelId !== expected.modelId) {
    throw new CheckpointError("This checkpoint belongs to the model '{modelId}', but this cell trains '{expected}'.", {
      modelId: weights.modelId,
      expected: expected.modelId,
    });
  }
  const got = weights.tensors;
  const want = expected.tensors;
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (i >= got.length) throw new CheckpointError("The checkpoint is missing the weight '{name}'.", { name: want[i].name });
    if (i >= want.length) throw new CheckpointError("The checkpoint has an extra weight '{name}' this model does not use.", { name: got[i].name });
    if (got[i].name !== want[i].name) {
      throw new CheckpointError("The checkpoint's weight {index} is '{got}', but this model expects '{want}'.", {
        index: i + 1,
        got: got[i].name,
        want: want[i].name,
      });
    }
    if (shapeText(got[i].shape) !== shapeText(want[i].shape)) {
      throw new CheckpointError(
        "The weight '{name}' has shape {got} in the checkpoint, but this model needs {want} (were other layer sizes chosen when it was saved?).",
        { name: want[i].name, got: shapeText(got[i].shape), want: shapeText(want[i].shape) },
      );
    }
  }
}

/** Throws a CheckpointError if any weight is NaN or infinite. */
export function assertFinite(weights: WeightSet): void {
  for (const t of weights.tensors) {
    for (let i = 0; i < t.data.length; i++) {
      if (!Number.isFinite(t.data[i])) {
        throw new CheckpointError("The weight '{name}' contains NaN or infinite values (training had diverged when it was saved).", { name: t.name });
      }
    }
  }
}

/**
 * Manifest + binary -> WeightSet, validated against the model that will load
 * it (`expected`), or against the layout `layoutFor` gives for the manifest's
 * model id when it names another model the caller can switch to.
 * `manifestJson` may be text or an already parsed object.
 */
export function decodeCheckpoint(manifestJson: unknown, data: ArrayBuffer, expected: WeightLayout, layoutFor?: LayoutFor): WeightSet {
  const manifest = parseManifest(manifestJson);
  const specs = manifest.weightsManifest.flatMap((g) => g.weights);
  assertLayoutMatches({ modelId: manifest.modelId, tensors: specs }, layoutForModelId(manifest.modelId, expected, layoutFor));
  const needed = specs.reduce((sum, s) => sum + sizeOf(s.shape) * bytesPerElement(s.quantization), 0);
  if (data.byteLength !== needed) {
    throw new CheckpointError(
      "The checkpoint's weight data is {bytes} bytes but its manifest needs {needed}: the file was truncated or does not belong to this manifest.",
      { bytes: data.byteLength, needed },
    );
  }
  const view = new DataView(data);
  let offset = 0;
  const tensors = specs.map((s) => {
    const size = sizeOf(s.shape);
    const values = readValues(view, offset, size, s.quantization);
    offset += size * bytesPerElement(s.quantization);
    return { name: s.name, shape: [...s.shape], data: values };
  });
  const weights: WeightSet = { modelId: manifest.modelId, tensors };
  assertFinite(weights);
  return weights;
}
