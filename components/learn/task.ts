/**
 * <live-task>: follows its cell's `cell:metrics` events (they bubble to the
 * document), checks them with a TaskTracker and records the task once it is
 * achieved. The hint stays out of the way until the learner has tried for a
 * while: hintAfterSteps of this cell's training or hintAfterSeconds after
 * its first report.
 */
import { CELL_METRICS_EVENT, type CellMetricsDetail } from '../cell/cellEvents';
import { fill } from './fill';
import { isRecorded, recordProgress } from './progressStore';
import { TaskTracker, type TaskCondition } from './taskCondition';

interface TaskConfig {
  condition: TaskCondition;
  hintAfterSteps: number;
  hintAfterSeconds: number;
  digits: number;
}

class TaskElement extends HTMLElement {
  private listener: ((event: Event) => void) | null = null;
  private hintTimer: ReturnType<typeof setTimeout> | null = null;

  connectedCallback(): void {
    const id = this.dataset.task ?? '';
    const lesson = this.dataset.lesson ?? '';
    const cellId = this.dataset.cellRef ?? '';
    const config = JSON.parse(this.dataset.config ?? '{}') as TaskConfig;
    const text = JSON.parse(this.dataset.text ?? '{}') as Record<string, string>;
    const status = this.querySelector<HTMLElement>('[data-task-status]');
    const hint = this.querySelector<HTMLDetailsElement>('[data-hint]');
    if (!status || !hint) return;

    if (isRecorded('tasks', lesson, id)) {
      this.dataset.done = 'true';
      status.textContent = text.doneBefore ?? '';
      return;
    }
    hint.hidden = true;
    const showHint = () => {
      hint.hidden = false;
      if (this.hintTimer) clearTimeout(this.hintTimer);
    };
    const tracker = new TaskTracker(config.condition);
    const need = config.condition.forSteps ?? 0;
    this.listener = (event) => {
      const detail = (event as CustomEvent<CellMetricsDetail>).detail;
      if (detail.cellId !== cellId) return;
      this.hintTimer ??= setTimeout(showHint, config.hintAfterSeconds * 1000);
      if (detail.step >= config.hintAfterSteps) showHint();
      const state = tracker.update({ step: detail.step, metrics: detail.metrics, applied: detail.applied });
      const value = state.value === undefined ? '–' : state.value.toFixed(config.digits);
      const values = { metric: text.metric ?? '', value, step: detail.step, held: state.heldSteps, need, settings: text.settings ?? '' };
      if (state.done) {
        this.dataset.done = 'true';
        status.textContent = fill(text.done ?? '', values);
        recordProgress('tasks', lesson, id);
        this.stop();
      } else if (state.wrongSettings.length) {
        status.textContent = fill(text.wrongSettings ?? '', values);
      } else {
        status.textContent = fill(state.holding && need > 0 ? (text.progress ?? '') : (text.notYet ?? ''), values);
      }
    };
    document.addEventListener(CELL_METRICS_EVENT, this.listener);
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private stop(): void {
    if (this.listener) document.removeEventListener(CELL_METRICS_EVENT, this.listener);
    this.listener = null;
    if (this.hintTimer) clearTimeout(this.hintTimer);
  }
}

if (!customElements.get('live-task')) customElements.define('live-task', TaskElement);
