/**
 * <gan-cell>: the behaviour of a training cell. It reads its schema from the
 * JSON Cell.astro rendered, keeps the controls, URL and worker in step, and
 * mirrors the worker's state into the test contract attributes
 * (data-state, data-step, data-backend, <output data-metric>).
 */
import type { CellDefinition, ParamSpec } from '../../src/cells/schema';
import {
  allParams,
  changedResetKeys,
  checkValue,
  DRAWN_POINTS_URL_KEY,
  liveValues,
  mergeValues,
  readUrlOverrides,
  shareUrl,
  urlPrefix,
  type ParamValue,
  type ParamValues,
} from '../../src/cells/params';
import { render, sentence, type Sentence } from '../../src/i18n/sentence';
import type { TextParams } from '../../src/i18n/translate';
import { parseBackend } from '../../src/runtime/backendChoice';
import type { DebugAction, MemoryReport, WorkerEvent } from '../../src/runtime/protocol';
import type { Metrics, NetworkPart, ViewPayload } from '../../src/ml/trainer';
import { caretUnder } from './caret';
import { CheckpointPanel, type SettingsRestored } from './checkpointPanel';
import { Coalescer } from './coalescer';
import { CELL_DRAWN_DATA_EVENT, CELL_METRICS_EVENT, CELL_SET_VALUE_EVENT, CELL_VALUES_EVENT, type CellMetricsDetail, type CellValuesDetail } from './cellEvents';
import { checkDrawnPoints, decodeDrawnPoints, encodeDrawnPoints, quantizeDrawnPoints } from '../../src/ml/data/drawnPoints';
import { drawSignal } from './drawSignal';
import { inMarkedFrame } from './frameSchedule';
import { formatMetric, formatRate } from './format';
import { logStep } from './logSteps';
import type { LivenessOptions } from './liveness';
import { uiText } from './uiText';
import { ViewHost } from './viewHost';
import { trainerModuleOf, viewModuleOf } from '../../src/cells/modules';
import { WorkerClient, type WorkerFailure } from './workerClient';

export type CellState = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'error';

interface CellConfig {
  id: string;
  definition: CellDefinition;
  defaults: ParamValues;
}

/** How often the readouts may change while training (a repaint each time). */
const READOUT_INTERVAL_MS = 200;
/**
 * A healthy worker answers Pause or Reset within one training chunk (tens of
 * milliseconds). Silent for this long, it is stuck: Reset then ends it (its
 * weights were to be discarded anyway); Pause says so (ending it would lose them).
 */
const ANSWER_LIMIT_MS = 5_000;
/** A link's ignored settings are listed up to this many; the rest are counted. */
const MAX_LISTED_REJECTIONS = 5;
/** Longest notice shown: notices quote what a link or file said, which a stranger may have made long. */
const MAX_NOTICE_CHARS = 600;

/** An action that waits for the worker: run, a step, or a slow-motion step of one network. */
type AfterReady = 'run' | 'step' | NetworkPart | null;

export class GanCellElement extends HTMLElement {
  private config: CellConfig | null = null;
  private specs = new Map<string, ParamSpec>();
  /** Valid values currently in the controls. */
  private values: ParamValues = {};
  /** Values the running model was built with (differs for 'reset' params). */
  private applied: ParamValues = {};
  private readonly client = new WorkerClient(
    (event) => this.onEvent(event),
    (failure) => this.onWorkerFailure(failure),
  );
  private view: ViewHost | null = null;
  /** What to do once the worker reports ready. */
  private afterReady: AfterReady = null;
  /** Resolvers waiting for the worker to be ready (checkpoint actions before Run). */
  private readyWaiters: (() => void)[] = [];
  private checkpoints: CheckpointPanel | null = null;
  /** Waiting for the worker's 'memory' report (debug). */
  private memoryWaiters: ((report: MemoryReport) => void)[] = [];
  /**
   * A Reset was sent and the worker has not confirmed it: until it does,
   * its metrics and pictures are of the model being discarded.
   */
  private awaitingReset = false;
  /** Fires when the worker leaves Pause or Reset unanswered (ANSWER_LIMIT_MS). */
  private answerTimer: ReturnType<typeof setTimeout> | null = null;
  /** Real points the learner drew in the view (null: the shape the settings name); sent again to every new model. */
  private drawn: Float32Array | null = null;
  /** The notice shown reports a failure: Reset or training again clears it. */
  private noticeIsError = false;
  /** Step counter and metric readouts, written a few times a second however fast training runs. */
  private readonly readouts = new Coalescer<{ step: number; metrics: Metrics; stepsPerSec: number }>(({ step, metrics, stepsPerSec }) => {
    this.setStep(step);
    this.showMetrics(metrics, stepsPerSec);
    this.announce(CELL_METRICS_EVENT, { step, metrics, applied: { ...this.applied } });
  }, READOUT_INTERVAL_MS, { schedule: inMarkedFrame() });

  connectedCallback(): void {
    if (this.config) return;
    const json = this.querySelector('script[data-config]')?.textContent ?? '{}';
    this.config = JSON.parse(json) as CellConfig;
    for (const spec of allParams(this.config.definition)) this.specs.set(spec.key, spec);
    const fromUrl = readUrlOverrides(this.config.id, new URLSearchParams(location.search));
    const linkPoints = this.takeLinkPoints(fromUrl);
    const merged = mergeValues(this.config.definition, this.config.defaults, fromUrl);
    this.values = merged.values;
    this.applied = { ...merged.values };
    const ignored = [...merged.rejected, ...linkPoints, ...this.unknownBackend()];
    if (ignored.length) this.notice(t('Some settings in the link were ignored: {rejected}', { rejected: summarize(ignored) }));
    for (const [key, value] of Object.entries(this.values)) this.writeControl(key, value);
    this.view = new ViewHost(viewModuleOf(this.config.definition), this.el('[data-view]'), this.el('[data-view-description]'));
    // The view draws what the controls say from the start, including values a shared link set.
    this.view.setHyperparameters(this.values);
    if (this.drawn) this.view.setDrawnData(this.drawn);
    const panel = this.querySelector<HTMLElement>('[data-checkpoints]');
    const every = this.config.definition.checkpoints?.every;
    if (panel && every) this.checkpoints = new CheckpointPanel(panel, this.panelHost(), every, this.config.definition.pretrained ?? null);
    this.bind();
    this.announce(CELL_VALUES_EVENT, { values: { ...this.values } });
  }

  /** The settings the controls show now (a copy). */
  currentValues(): ParamValues {
    return { ...this.values };
  }

  disconnectedCallback(): void {
    this.stopWorker();
  }

  get state(): CellState {
    return (this.dataset.state as CellState) ?? 'idle';
  }

  /** Shift+Enter and "Run all": run if stopped, pause if running. */
  toggleRun(): void {
    if (this.state === 'running') this.pause();
    else this.run();
  }

  run(): void {
    if (this.state === 'running' || this.state === 'loading') return;
    if (!this.client.started || this.state === 'error') return this.start('run');
    this.client.send({ type: 'run' });
  }

  pause(): void {
    // Paused while still loading: start, but do not train.
    if (this.state === 'loading') this.afterReady = null;
    else if (this.state === 'running') {
      this.client.send({ type: 'pause' });
      this.expectAnswer(() =>
        this.status(
          t(
            'The training worker has not answered Pause for {seconds} s: it may be stuck in a computation. Press Reset to stop it and start again (its weights are lost), or wait.',
            { seconds: ANSWER_LIMIT_MS / 1000 },
          ),
        ),
      );
    }
  }

  stopWorker(): void {
    this.stopExpectingAnswers();
    this.client.terminate();
  }

  /** Leaving the page (pagehide): the worker ends; if the page comes back from the back/forward cache it starts afresh. */
  leavePage(): void {
    if (!this.client.started) return;
    this.stopWorker();
    this.afterReady = null;
    this.setState('idle');
    this.status(t('Training stopped when you left the page. Press Run to start again.'));
  }

  /**
   * Diagnostics for tests and `npm run soak` (see DebugAction): page code only,
   * nothing in a URL reaches it. 'memory' resolves with the worker's report;
   * null if the worker is not running. Fault actions work in test builds only.
   */
  debug(action: DebugAction): Promise<MemoryReport | null> {
    if (!this.client.started) return Promise.resolve(null);
    if (action !== 'memory') {
      this.client.send({ type: 'debug', action });
      return Promise.resolve(null);
    }
    const report = new Promise<MemoryReport>((resolve) => this.memoryWaiters.push(resolve));
    this.client.send({ type: 'debug', action });
    return report;
  }

  /** Tests shorten how long a silent worker is trusted (page code only, like debug()). */
  configureLiveness(options: Partial<LivenessOptions>): void {
    this.client.configureLiveness(options);
  }

  private panelHost() {
    return {
      cellKey: `${location.pathname}#${this.config!.id}`,
      send: (command: Parameters<WorkerClient['send']>[0]) => this.client.send(command),
      ensureStarted: () => this.ensureStarted(),
      status: (text: string) => this.status(text),
      notice: (text: string) => this.notice(text),
      t,
      weightsLoaded: (step: number) => {
        this.readouts.cancel();
        this.setStep(step);
      },
      settings: () => ({ ...this.applied }),
      restoreSettings: (saved: ParamValues) => this.restoreSettings(saved),
    };
  }

  /**
   * A checkpoint's weights are back: its live settings come back too (they
   * are part of the experiment, e.g. Freeze D). Settings only a Reset
   * applies are reported, not changed: Reset would discard the weights.
   */
  private restoreSettings(saved: ParamValues): SettingsRestored {
    const changed: string[] = [];
    const differentOnReset: string[] = [];
    const before: [ParamSpec, ParamValue][] = [];
    for (const spec of this.specs.values()) {
      if (!(spec.key in saved) || saved[spec.key] === this.values[spec.key]) continue;
      const value = saved[spec.key];
      if (spec.apply === 'live') {
        const was = this.values[spec.key];
        if (!this.setValue(spec, value)) continue;
        this.writeControl(spec.key, value);
        before.push([spec, was]);
        changed.push(`${spec.label}: ${String(was)} → ${String(value)}`);
      } else if (value !== this.applied[spec.key]) differentOnReset.push(`${spec.label} ${String(value)}`);
    }
    return {
      changed,
      differentOnReset,
      undo: () => {
        for (const [spec, value] of before) if (this.setValue(spec, value)) this.writeControl(spec.key, value);
      },
    };
  }

  /** Starts the worker without training, for actions that need a model. */
  private ensureStarted(): Promise<void> {
    if (this.client.started && this.state !== 'loading' && this.state !== 'error') return Promise.resolve();
    const ready = new Promise<void>((resolve) => this.readyWaiters.push(resolve));
    if (this.state !== 'loading') this.start(null);
    return ready;
  }

  private start(then: AfterReady): void {
    const cfg = this.config!;
    this.stopWorker();
    this.afterReady = then;
    this.applied = { ...this.values };
    this.setState('loading');
    this.status(t('Loading TensorFlow.js and the model…'));
    const backend = parseBackend(new URLSearchParams(location.search).get('backend'));
    this.client.send({ type: 'init', kind: trainerModuleOf(cfg.definition), hp: this.values, seed: Number(this.values.seed), backend, drawSignal: drawSignal()?.ints ?? null });
  }

  private step(): void {
    if (!this.client.started || this.state === 'error') return this.start('step');
    this.sendStep();
  }

  /** The state stays 'paused' during a single step, so watch the worker until it reports back. */
  private sendStep(): void {
    this.client.send({ type: 'step', count: 1 });
    this.client.watch(true);
  }

  /** Slow motion: one update of the discriminator ('d') or the generator ('g') alone. */
  private stepPart(part: NetworkPart): void {
    if (!this.client.started || this.state === 'error') return this.start(part);
    this.sendStepPart(part);
  }

  private sendStepPart(part: NetworkPart): void {
    this.client.send({ type: 'step-part', part });
    this.client.watch(true);
  }

  private reset(): void {
    this.applied = { ...this.values };
    this.checkpoints?.onReset();
    this.markPendingResets();
    this.readouts.cancel();
    this.setStep(0);
    for (const out of this.querySelectorAll<HTMLOutputElement>('output[data-metric]')) {
      out.textContent = out.dataset.metric === 'step' ? '0' : '–';
    }
    this.clearErrorNotice();
    if (this.client.started && this.state !== 'error') {
      this.awaitingReset = true;
      this.client.send({ type: 'reset', hp: this.values, seed: Number(this.values.seed) });
      if (this.drawn) this.sendDrawn();
      this.status(t('Reset: new weights from the seed, with every setting applied.'));
      this.expectAnswer(() => {
        this.stopWorker();
        this.afterReady = null;
        this.setState('idle');
        this.status(
          t('The training worker did not answer Reset within {seconds} s (stuck in a computation), so it was stopped. Press Run to train from the start.', {
            seconds: ANSWER_LIMIT_MS / 1000,
          }),
        );
      });
    } else {
      this.stopWorker();
      this.setState('idle');
      this.status(t('Reset. Press Run to train from the start.'));
    }
  }

  /** Runs `unanswered` unless the worker reports a state change within ANSWER_LIMIT_MS. */
  private expectAnswer(unanswered: () => void): void {
    if (this.answerTimer !== null) clearTimeout(this.answerTimer);
    this.answerTimer = setTimeout(() => {
      this.answerTimer = null;
      unanswered();
    }, ANSWER_LIMIT_MS);
  }

  private stopExpectingAnswers(): void {
    if (this.answerTimer !== null) clearTimeout(this.answerTimer);
    this.answerTimer = null;
    this.awaitingReset = false;
  }

  private onEvent(event: WorkerEvent): void {
    if (this.checkpoints?.handle(event)) return;
    if (this.awaitingReset) {
      // Until the worker confirms the Reset (state 'idle'), what it sends is of the discarded model.
      if (event.type === 'metrics' || event.type === 'samples' || (event.type === 'state' && event.state !== 'idle')) return;
      if (event.type === 'state' || event.type === 'error') this.stopExpectingAnswers();
    } else if (event.type === 'state' || event.type === 'error') this.stopExpectingAnswers();
    // Anything but a new metric reads or replaces the step shown: bring it up to date first.
    if (event.type !== 'metrics' && event.type !== 'samples') this.readouts.flush();
    switch (event.type) {
      case 'ready': {
        this.dataset.backend = event.backend;
        this.el('[data-backend-badge]').textContent = event.threads > 1 ? t('{backend} ×{threads} threads', { backend: event.backend, threads: event.threads }) : event.backend;
        if (event.notice) this.notice(say(event.notice));
        const then = this.afterReady;
        this.afterReady = null;
        this.setState('paused');
        this.status(t('Ready on {backend}.', { backend: event.backend }));
        // Drawn data go first: commands run in order, so the first step already trains on them.
        if (this.drawn) this.sendDrawn();
        if (then === 'run') this.client.send({ type: 'run' });
        else if (then === 'step') this.sendStep();
        else if (then === 'd' || then === 'g') this.sendStepPart(then);
        for (const resolve of this.readyWaiters.splice(0)) resolve();
        return;
      }
      case 'state':
        if (this.state === 'error' || this.state === 'loading') return;
        // A pause after training (not after a single Step) keeps a checkpoint.
        if (event.state === 'paused' && this.state === 'running') this.checkpoints?.onPause(Number(this.dataset.step));
        if (event.state === 'running') this.clearErrorNotice();
        this.setState(event.state);
        this.status(
          event.state === 'running'
            ? t('Training… change live settings at any time.')
            : event.state === 'paused'
              ? t('Paused at step {step}.', { step: this.dataset.step ?? '0' })
              : t('Ready.'),
        );
        return;
      case 'metrics':
        this.readouts.push({ step: event.step, metrics: event.metrics, stepsPerSec: event.stepsPerSec });
        // Never keep the weights of a diverged step as a checkpoint.
        if (Object.values(event.metrics).every(Number.isFinite)) this.checkpoints?.onStep(event.step);
        return;
      case 'backend-changed':
        this.dataset.backend = event.backend;
        this.el('[data-backend-badge]').textContent = event.backend;
        this.notice(say(event.notice));
        return;
      case 'memory':
        for (const resolve of this.memoryWaiters.splice(0)) resolve(event.report);
        return;
      case 'samples':
        this.view?.show(event.payload as ViewPayload, event.step);
        return;
      case 'error': {
        this.afterReady = null;
        if (event.fatal) {
          this.setState('error');
          this.client.terminate();
        } else this.setState('paused');
        // Two sentences, each in the page's language: what happened, then what to do.
        const text = [event.message, event.hint].flatMap((s) => (s ? [say(s)] : [])).join(' ');
        this.status(text);
        this.notice(text, true);
        if (event.diverged) void this.offerRestore();
        return;
      }
      case 'checkpoint':
      case 'weights-loaded':
        return;
    }
  }

  private onWorkerFailure(failure: WorkerFailure): void {
    this.stopExpectingAnswers();
    this.afterReady = null;
    this.setState('error');
    const detail = say(failure.detail);
    const text =
      failure.kind === 'load'
        ? t(
            "The training code could not be loaded ({detail}). Reload the page; if this keeps happening, the site's files are incomplete or out of date: tell whoever hosts the course.",
            { detail },
          )
        : t('The training worker stopped: {message} Press Reset, then Run, to start again.', { message: detail });
    this.status(text);
    this.notice(text, true);
  }

  /** After a divergence: a button in the notice restores the newest checkpoint kept before it. */
  private async offerRestore(): Promise<void> {
    const latest = await this.checkpoints?.latest();
    if (!latest) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = 'restore-last-good';
    button.textContent = t('Restore the checkpoint from step {step}', { step: latest.step });
    button.addEventListener('click', () => {
      button.remove();
      void this.checkpoints?.restoreEntry(latest.id);
    });
    this.el('[data-notice]').append(' ', button);
  }

  private showMetrics(metrics: Metrics, stepsPerSec: number): void {
    const cfg = this.config!;
    for (const spec of cfg.definition.metrics) {
      const value = metrics[spec.key];
      if (value === undefined) continue;
      const out = this.querySelector<HTMLOutputElement>(`output[data-metric="${spec.key}"]`);
      if (out) out.textContent = formatMetric(value, spec.digits);
    }
    this.view?.setMetrics(metrics);
    const rate = this.querySelector<HTMLOutputElement>('output[data-metric="stepsPerSec"]');
    if (rate) rate.textContent = formatRate(stepsPerSec);
  }

  /** The view's drawing changed: check it here (a clear message, and the data in use stay), then train on it. */
  private onDrawnData(points: Float32Array | null): void {
    if (points !== null) {
      const checked = checkDrawnPoints(points);
      if (!checked.ok) return this.notice(say(checked.message), true);
      // Rounded as a link carries them, so whoever opens the link trains on exactly these.
      points = quantizeDrawnPoints(checked.points);
    } else {
      this.forgetLinkPoints();
    }
    this.clearErrorNotice();
    this.drawn = points;
    if (this.client.started && this.state !== 'loading' && this.state !== 'error') this.sendDrawn();
  }

  /**
   * A drawing cell's points from its link (`<id>.points`, taken out of the
   * overrides so they are no unknown setting): kept to train on from the
   * first step, or the reason they were ignored.
   */
  private takeLinkPoints(fromUrl: Record<string, string>): Sentence[] {
    if (!this.config!.definition.drawnData || !Object.hasOwn(fromUrl, DRAWN_POINTS_URL_KEY)) return [];
    const decoded = decodeDrawnPoints(fromUrl[DRAWN_POINTS_URL_KEY]);
    delete fromUrl[DRAWN_POINTS_URL_KEY];
    if (!decoded.ok) return [decoded.message];
    this.drawn = decoded.points;
    return [];
  }

  /** After Clear my points: a reload or a language switch (both keep the address's query) must not bring a link's points back. */
  private forgetLinkPoints(): void {
    const url = new URL(location.href);
    const key = `${urlPrefix(this.config!.id)}${DRAWN_POINTS_URL_KEY}`;
    if (!url.searchParams.has(key)) return;
    url.searchParams.delete(key);
    history.replaceState(history.state, '', url.href);
  }

  private sendDrawn(): void {
    this.client.send({ type: 'set-drawn-data', points: this.drawn ? this.drawn.slice() : null });
  }

  private bind(): void {
    this.addEventListener(CELL_DRAWN_DATA_EVENT, (e) => this.onDrawnData(e.detail.points));
    const on = (action: string, fn: () => void) =>
      this.el(`[data-action="${action}"]`).addEventListener('click', fn);
    on('run', () => this.run());
    on('pause', () => this.pause());
    on('step', () => this.state !== 'loading' && this.step());
    // Only cells whose schema says slowMotion have these buttons.
    for (const part of ['d', 'g'] as const) {
      this.querySelector(`[data-action="step-${part}"]`)?.addEventListener('click', () => this.state !== 'loading' && this.stepPart(part));
    }
    on('reset', () => this.reset());
    on('copy-link', () => void this.copyLink());
    const form = this.el<HTMLFormElement>('[data-params]');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => this.onControl(e.target));
    form.addEventListener('keydown', (e) => this.onArrowKey(e));
    this.addEventListener(CELL_SET_VALUE_EVENT, (e) => {
      const spec = this.specs.get(e.detail.key);
      if (spec && this.setValue(spec, e.detail.value)) this.writeControl(spec.key, this.values[spec.key]);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      button.addEventListener('click', () => this.applyPreset(button.dataset.preset ?? ''));
    }
  }

  private onControl(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const spec = this.specs.get(target.name);
    if (!spec) return;
    const raw = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    this.setValue(spec, raw);
  }

  /** Arrow keys on a log-scaled control move along 1, 2, 5, 10... (the browser's equal steps would crawl). */
  private onArrowKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'number') return;
    const spec = this.specs.get(input.name);
    if (spec?.type !== 'number' || spec.scale !== 'log') return;
    e.preventDefault();
    input.value = String(logStep(Number(input.value), e.key === 'ArrowUp' ? 1 : -1, spec.min, spec.max));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Validates and applies one value; returns whether it was accepted. */
  private setValue(spec: ParamSpec, raw: unknown): boolean {
    const checked = checkValue(spec, raw);
    const control = this.control(spec.key);
    const error = this.querySelector(`#${CSS.escape(`${this.config!.id}-${spec.key}-error`)}`);
    if (!checked.ok) {
      control?.setAttribute('aria-invalid', 'true');
      if (error) {
        error.textContent = `${say(checked.message)} ${t('Training keeps using {value}.', { value: String(this.values[spec.key]) })}`;
        if (checked.span && typeof raw === 'string') error.prepend(caretUnder(raw, checked.span));
      }
      return false;
    }
    control?.removeAttribute('aria-invalid');
    if (error) error.textContent = '';
    this.values[spec.key] = checked.value;
    if (spec.apply === 'live') {
      this.applied[spec.key] = checked.value;
      if (this.client.started) this.client.send({ type: 'set-hyperparameters', values: liveValues(this.config!.definition, this.values) });
      this.view?.setHyperparameters(this.values);
    }
    this.markPendingResets();
    this.announce(CELL_VALUES_EVENT, { values: { ...this.values } });
    return true;
  }

  private announce<E extends typeof CELL_VALUES_EVENT | typeof CELL_METRICS_EVENT>(
    type: E,
    detail: Omit<E extends typeof CELL_VALUES_EVENT ? CellValuesDetail : CellMetricsDetail, 'cellId' | 'kind'>,
  ): void {
    const cfg = this.config!;
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { ...detail, cellId: cfg.id, kind: cfg.definition.kind } }));
  }

  /**
   * A preset is a whole experiment: every setting it does not name returns to
   * this cell's default, so nothing leaks from the previous preset or from
   * tinkering. The seed is kept: it picks the run, not the experiment (a
   * preset that needs a particular seed names it).
   */
  private applyPreset(id: string): void {
    const cfg = this.config!;
    const preset = cfg.definition.presets?.find((p) => p.id === id);
    if (!preset) return;
    for (const spec of this.specs.values()) {
      const value = spec.key in preset.values ? preset.values[spec.key] : spec.key === 'seed' ? undefined : cfg.defaults[spec.key];
      if (value !== undefined && value !== this.values[spec.key] && this.setValue(spec, value)) this.writeControl(spec.key, value);
    }
    const pending = changedResetKeys(this.config!.definition, this.applied, this.values);
    this.status(
      [
        pending.length
          ? t('Preset "{label}" applied; press Reset to apply the model settings.', { label: preset.label })
          : t('Preset "{label}" applied.', { label: preset.label }),
        // A preset names a shape, but drawn points stay the data until cleared.
        this.drawn ? t('Your drawn points are still the real data; Clear my points brings the shape back.') : '',
      ].filter(Boolean).join(' '),
    );
  }

  /** Marks controls whose new value waits for a Reset. */
  private markPendingResets(): void {
    const pending = new Set(changedResetKeys(this.config!.definition, this.applied, this.values));
    for (const el of this.querySelectorAll<HTMLElement>('[data-param]')) {
      el.classList.toggle('pending-reset', pending.has(el.dataset.param ?? ''));
    }
    if (pending.size) this.status(t('Changed model settings apply when you press Reset.'));
  }

  private async copyLink(): Promise<void> {
    const cfg = this.config!;
    const url = shareUrl(cfg.definition, cfg.id, this.values, cfg.defaults, new URL(location.href));
    if (this.drawn) url.searchParams.set(`${urlPrefix(cfg.id)}${DRAWN_POINTS_URL_KEY}`, encodeDrawnPoints(this.drawn));
    const link = this.el<HTMLAnchorElement>('[data-share-link]');
    link.href = url.href;
    this.el('[data-share]').hidden = false;
    try {
      await navigator.clipboard.writeText(url.href);
      this.status(this.drawn ? t('Link copied: it reproduces these settings, the seed and your drawn points.') : t('Link copied: it reproduces these settings and seed.'));
    } catch {
      this.status(this.drawn ? t('Copying is blocked here; the link below reproduces these settings and your drawn points.') : t('Copying is blocked here; the link below reproduces these settings.'));
    }
  }

  private writeControl(key: string, value: ParamValue): void {
    const control = this.control(key);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
    else if (control) control.value = String(value);
  }

  private control(key: string): HTMLInputElement | HTMLSelectElement | null {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-params] [name="${CSS.escape(key)}"]`);
  }

  private setState(state: CellState): void {
    this.dataset.state = state;
    this.client.watch(state === 'loading' || state === 'running');
    const run = this.el<HTMLButtonElement>('[data-action="run"]');
    run.textContent = state === 'paused' && Number(this.dataset.step) > 0 ? t('Resume') : t('Run');
    // aria-disabled, not disabled: a disabled button drops keyboard focus,
    // and a learner pressing Run from the keyboard would lose their place.
    run.setAttribute('aria-disabled', String(state === 'running' || state === 'loading'));
    this.el('[data-action="pause"]').setAttribute('aria-disabled', String(state !== 'running'));
    for (const step of this.querySelectorAll('[data-action="step"], [data-action="step-d"], [data-action="step-g"]')) {
      step.setAttribute('aria-disabled', String(state === 'loading'));
    }
  }

  private setStep(step: number): void {
    this.dataset.step = String(step);
    const out = this.querySelector<HTMLOutputElement>('output[data-metric="step"]');
    if (out) out.textContent = String(step);
  }

  private status(text: string): void {
    this.el('[data-status]').textContent = text;
  }

  /** Plain text only (textContent): notices quote URLs and file names. `error`: a failure that Reset or training again clears. */
  private notice(text: string, error = false): void {
    const el = this.el('[data-notice]');
    el.textContent = text.length > MAX_NOTICE_CHARS ? `${text.slice(0, MAX_NOTICE_CHARS - 1)}…` : text;
    el.hidden = false;
    this.noticeIsError = error;
  }

  /** A failure notice is old news once the learner resets or the cell trains again. */
  private clearErrorNotice(): void {
    if (!this.noticeIsError) return;
    const el = this.el('[data-notice]');
    el.textContent = '';
    el.hidden = true;
    this.noticeIsError = false;
  }

  /** `?backend=` with a value the course does not know would otherwise be ignored without a word. */
  private unknownBackend(): Sentence[] {
    const raw = new URLSearchParams(location.search).get('backend');
    if (raw === null || parseBackend(raw) !== null) return [];
    return [
      sentence('"backend={raw}" is not a backend of this course (webgl, wasm or cpu): the fastest one available is used.', { raw: raw.slice(0, 32) }),
    ];
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`Cell markup is missing ${selector}`);
    return el;
  }
}

/** The page's words: the English sentence, in the language of the page (uiText.ts). */
function t(english: string, params?: TextParams): string {
  return uiText()(english, params);
}

/** A sentence from the worker or the parameter checks, in the language of the page. */
function say(s: Sentence): string {
  return render(s, uiText());
}

/** The first few of a link's ignored settings, and how many more there were. */
function summarize(messages: Sentence[]): string {
  const listed = messages.slice(0, MAX_LISTED_REJECTIONS).map(say).join(' ');
  const more = messages.length - MAX_LISTED_REJECTIONS;
  return more > 0 ? t('{listed} …and {more} more.', { listed, more }) : listed;
}
