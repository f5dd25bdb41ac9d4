/**
 * The one harness every cell's model plugs into. A Trainer owns its tfjs
 * variables and optimizers; the worker (src/runtime) drives it and never
 * knows which model it is. Everything a Trainer returns is plain numbers or
 * typed arrays, so it crosses postMessage without tensors.
 */

/**
 * Hyperparameter values as validated by the cell's schema (src/cells). A
 * cell kind's trainer receives them typed: ValuesOf its parameter list.
 */
export type HyperValues = Record<string, number | string | boolean>;

/** Latest scalar readouts, keyed like the cell's data-metric outputs. */
export type Metrics = Record<string, number>;

/** The network one slow-motion update trains: the discriminator or the generator. */
export type NetworkPart = 'd' | 'g';

/** An array a payload may carry across postMessage. */
export type ViewArray = Float32Array | Uint8Array | Uint8ClampedArray | Int32Array;

/**
 * What a cell's view draws. `arrays` are transferred, not copied, so a
 * Trainer must hand out fresh arrays each call. A kind names its own keys
 * (e.g. AcganPayload in src/cells/acgan.ts), so its trainer and its view are
 * checked against one type; the transport only needs this shape.
 */
export interface ViewPayload<
  A extends Record<string, ViewArray> = Record<string, ViewArray>,
  V extends Record<string, number> = Record<string, number>,
> {
  arrays: A;
  values: V;
}

/** A model's id and its weights' names and shapes, without values. */
export interface WeightLayout {
  modelId: string;
  tensors: { name: string; shape: number[] }[];
}

/** A checkpoint: named weight arrays with their shapes (tfjs weight-file order). */
export interface WeightSet {
  /** Identifies the architecture, so a checkpoint of another model is refused. */
  modelId: string;
  tensors: { name: string; shape: number[]; data: Float32Array }[];
}

export interface Trainer<V = HyperValues, P extends ViewPayload = ViewPayload> {
  /**
   * Runs `steps` training steps and returns the metrics of the last one.
   * Must leave tf.memory().numTensors unchanged.
   */
  train(steps: number): Metrics | Promise<Metrics>;
  /**
   * One update of one network alone (slow motion: Step D, Step G), for a
   * cell whose schema says slowMotion; returns the metrics after it. Must
   * leave tf.memory().numTensors unchanged.
   */
  trainPart?(part: NetworkPart): Metrics | Promise<Metrics>;
  /**
   * Applies values of hyperparameters whose schema says apply: 'live'.
   * A paused session then measures (measure()) and renders at once; return
   * false when the change only alters how later steps train, to skip that.
   */
  setHyperparameters(values: Partial<V>): void | boolean;
  /** The data the view draws now (samples, densities, heatmaps). */
  render(): P | Promise<P>;
  /** Current weights for checkpoints; optional for cells without state worth keeping. */
  getWeights?(): WeightSet;
  /**
   * Replaces weights; throws with a learner-readable message if they do not
   * fit. Weights of a model layoutFor accepts switch the trainer to it.
   */
  setWeights?(weights: WeightSet): void;
  /**
   * The weight layout of another model this trainer can become when a
   * checkpoint of it (`modelId`) is loaded, e.g. the same DCGAN at other
   * widths; null refuses it. Without this method only the current model loads.
   */
  layoutFor?(modelId: string): WeightLayout | null;
  /**
   * Metrics of the current weights without a training step (e.g. the digit
   * score of weights just loaded), so the readouts describe the loaded model
   * at once. Keys it cannot know without a step (losses) are left out.
   */
  measure?(): Promise<Metrics>;
  /**
   * Real data drawn by the learner (interleaved x, y) replace the schema's
   * shape; null goes back to it. Throws a SentenceError for points it refuses
   * (the data in use stay). Only for cells whose view offers drawing.
   */
  setDrawnData?(points: Float32Array | null): void;
  /** Frees every tensor the trainer owns. */
  dispose(): void;
}

/**
 * How a trainer reaches the site's static files (digits, pretrained weights)
 * without knowing whether it runs in a worker (fetch under the site's base
 * path) or in Node (read from public/).
 */
export interface TrainerContext {
  /** `path` is relative to the site root, e.g. 'data/digits.bin'. */
  loadAsset(path: string): Promise<ArrayBuffer>;
}

/**
 * Each cell kind's trainer module default-exports one of these. `hp` holds
 * every parameter of the kind, already checked against the schema (range,
 * whole numbers, options), so a trainer neither re-parses nor clamps it.
 */
export type TrainerFactory<V = HyperValues> = (hp: V, seed: number, context: TrainerContext) => Trainer<V> | Promise<Trainer<V>>;
