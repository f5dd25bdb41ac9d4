/**
 * A live task's condition and the tracker that checks it against a running
 * cell's readouts: one metric below and/or above a bound, optionally with
 * settings that must be in force (`when`), held for `forSteps` training
 * steps in a row. Steps come from the cell's `cell:metrics` events, which
 * arrive a few times a second, so "held for N steps" is measured between
 * the first and the latest report that satisfied it. Pure: no DOM, no tfjs.
 */
import type { ParamValue, ParamValues } from '../../src/cells/params';

export interface TaskCondition {
  /** A metric key of the cell's kind (src/cells/<kind>.ts). */
  metric: string;
  below?: number;
  above?: number;
  /** Steps the condition must hold without a break; 0 (default): once is enough. */
  forSteps?: number;
  /** Settings that must be in force while it holds (the worker's applied values). */
  when?: Record<string, ParamValue>;
}

export interface MetricsReport {
  step: number;
  metrics: Record<string, number | undefined>;
  applied: ParamValues;
}

export interface TaskState {
  done: boolean;
  /** Whether the latest report satisfied the condition. */
  holding: boolean;
  /** Steps the current unbroken stretch has lasted (0 when not holding). */
  heldSteps: number;
  /** The metric's latest value, if the report had one. */
  value: number | undefined;
  /** Settings keys in `when` that the latest report did not match. */
  wrongSettings: string[];
}

export function settingsMismatch(when: TaskCondition['when'], applied: ParamValues): string[] {
  if (!when) return [];
  return Object.entries(when)
    .filter(([key, wanted]) => (typeof wanted === 'number' ? Math.abs(Number(applied[key]) - wanted) > 1e-9 : applied[key] !== wanted))
    .map(([key]) => key);
}

export function metricHolds(condition: TaskCondition, value: number | undefined): boolean {
  if (value === undefined || !Number.isFinite(value)) return false;
  if (condition.below !== undefined && !(value < condition.below)) return false;
  if (condition.above !== undefined && !(value > condition.above)) return false;
  return true;
}

/** Follows one cell's reports; once done, stays done. */
export class TaskTracker {
  private start: number | null = null;
  private lastStep = -1;
  private state: TaskState = { done: false, holding: false, heldSteps: 0, value: undefined, wrongSettings: [] };

  constructor(readonly condition: TaskCondition) {}

  get current(): TaskState {
    return this.state;
  }

  update(report: MetricsReport): TaskState {
    if (this.state.done) return this.state;
    // A Reset (or a restored checkpoint) starts the step count again: a stretch cannot span it.
    if (report.step < this.lastStep) this.start = null;
    this.lastStep = report.step;
    const value = report.metrics[this.condition.metric];
    const wrongSettings = settingsMismatch(this.condition.when, report.applied);
    const holding = wrongSettings.length === 0 && metricHolds(this.condition, value);
    if (!holding) this.start = null;
    else if (this.start === null) this.start = report.step;
    const heldSteps = holding && this.start !== null ? report.step - this.start : 0;
    const done = holding && heldSteps >= (this.condition.forSteps ?? 0);
    this.state = { done, holding, heldSteps, value, wrongSettings };
    return this.state;
  }
}
