/**
 * Events a cell element dispatches for the rest of the page (tasks that
 * check a learner's run, the code view's live numbers). They bubble, so a
 * lesson component can listen on the document and filter by cell id.
 */
import type { ParamValues } from '../../src/cells/params';
import type { Metrics } from '../../src/ml/trainer';

/** A learner's accepted settings (after every change, and once when the cell connects). */
export const CELL_VALUES_EVENT = 'cell:values';
/** The readouts as shown: a few times a second while training, after every Step. */
export const CELL_METRICS_EVENT = 'cell:metrics';

export interface CellValuesDetail {
  cellId: string;
  kind: string;
  values: ParamValues;
}

export interface CellMetricsDetail {
  cellId: string;
  kind: string;
  step: number;
  metrics: Metrics;
  /** The settings the worker is training with now (live values applied; reset values as of the last Reset). */
  applied: ParamValues;
}

declare global {
  interface HTMLElementEventMap {
    [CELL_VALUES_EVENT]: CustomEvent<CellValuesDetail>;
    [CELL_METRICS_EVENT]: CustomEvent<CellMetricsDetail>;
  }
}

/**
 * Sent by a view (bubbling from inside the cell) when the learner picks a
 * setting on a picture, e.g. a sample in the latent lab's grid. The cell
 * treats it like typing the value into the control: checked, shown, applied.
 */
export const CELL_SET_VALUE_EVENT = 'cell:set-value';

export interface CellSetValueDetail {
  key: string;
  value: number | string | boolean;
}

declare global {
  interface HTMLElementEventMap {
    [CELL_SET_VALUE_EVENT]: CustomEvent<CellSetValueDetail>;
  }
}
