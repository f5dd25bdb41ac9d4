/**
 * One declarative hyperparameter schema per cell (docs/architecture.md).
 * The control panel, URL state, validation and worker updates are all
 * generated from these specs. No tfjs here: components import this file.
 */

/** Whether a change applies to the running model or needs a Reset. */
export type Apply = 'live' | 'reset';

interface BaseSpec {
  /** The form control's `name` and the URL key; stable, camelCase. */
  key: string;
  /** Short visible label. */
  label: string;
  /** One sentence a learner reads to know what the control does. */
  help: string;
  apply: Apply;
}

export interface NumberSpec extends BaseSpec {
  type: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
  /** Log-scaled sliders suit learning rates. */
  scale?: 'linear' | 'log';
}

export interface IntSpec extends BaseSpec {
  type: 'int';
  min: number;
  max: number;
  default: number;
}

export interface SelectSpec extends BaseSpec {
  type: 'select';
  options: readonly { value: string; label: string }[];
  default: string;
}

export interface BooleanSpec extends BaseSpec {
  type: 'boolean';
  default: boolean;
}

/**
 * A line of text the learner types, e.g. a loss formula. `syntax` names the
 * checker it must pass (src/cells/params.ts), so a value that does not
 * parse is refused where it is typed, in a link and in a lesson's values.
 */
export interface TextSpec extends BaseSpec {
  type: 'text';
  default: string;
  /** Longest accepted text; links carry it, so keep it to a line. */
  maxLength: number;
  syntax?: 'discriminator-loss' | 'generator-loss';
}

export type ParamSpec = NumberSpec | IntSpec | SelectSpec | BooleanSpec | TextSpec;

/** A live number the cell shows as <output data-metric="key">. */
export interface MetricSpec {
  key: string;
  label: string;
  /** Digits after the decimal point when displayed. */
  digits: number;
  help?: string;
}

/** Named settings for an experiment the lesson asks the learner to run. */
export interface Preset {
  id: string;
  label: string;
  values: Record<string, number | string | boolean>;
}

export interface CellDefinition {
  /**
   * The kind's name. Its trainer is src/ml/trainers/<kind>.ts and its view
   * components/views/<kind>View.ts (found by name: src/runtime/trainers.ts,
   * components/views/registry.ts), unless `trainer` or `view` says otherwise.
   */
  kind: string;
  /** Another kind whose trainer this kind trains with (the same model, its own view). */
  trainer?: string;
  /** Another kind whose view draws this kind (the same pictures, its own page). */
  view?: string;
  params: readonly ParamSpec[];
  metrics: readonly MetricSpec[];
  presets?: readonly Preset[];
  /**
   * Offer checkpoints: saved in the browser every `checkpointEvery` steps and
   * on Pause, restorable, downloadable and uploadable. Needs a Trainer with
   * getWeights/setWeights.
   */
  checkpoints?: { every: number };
  /** Site-relative folder of pretrained weights (manifest.json + binary): enables "Start from pretrained". */
  pretrained?: string;
  /**
   * Offer "Step D" and "Step G" beside Step (one update of one network; the
   * trainer implements stepPart). Such a cell's metrics count the updates.
   */
  slowMotion?: boolean;
  /**
   * The learner may draw the real data on the view (the trainer takes
   * set-drawn-data); a shared link then carries the points as `<id>.points`.
   */
  drawnData?: boolean;
}
