/**
 * The training loop, free of postMessage and tfjs imports so it can be tested
 * in Node: it drives a Trainer in chunks sized to keep the worker responsive,
 * counts steps, measures speed, and stops on a non-finite loss.
 */
import { SentenceError, sentence, sentenceOf, type Sentence } from '../i18n/sentence';
import type { HyperValues, Metrics, NetworkPart, Trainer, ViewPayload, WeightLayout, WeightSet } from '../ml/trainer';
import type { WorkerEvent } from './protocol';
import { STALL_STEPS, StallWatch } from './stallWatch';
import { speedOf, StepThrottle } from './throttle';

/** Aim each train() call at this long so pause and live changes feel instant. */
const CHUNK_TARGET_MS = 40;
/** Never more steps per chunk than this, however fast a step is. */
const MAX_CHUNK = 64;
/** Samples are rendered at most this often while running (charts need no more). */
const RENDER_INTERVAL_MS = 250;
/** Smoothing of the steps/s readout: weight of the newest chunk. */
const SPEED_SMOOTHING = 0.3;
/** A slowed-down loop sleeps at most this long at a time, so Pause and live changes still answer at once. */
const MAX_SLEEP_MS = 50;

export type Emit = (event: WorkerEvent) => void;
export type Clock = () => number;
/** Lets queued messages (pause, live changes) run between chunks. */
export type Yield = () => Promise<void>;
/** Waits `ms` (a timer in the worker; tests pass one that advances a fake clock). */
export type Sleep = (ms: number) => Promise<void>;

const timerSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SessionOptions {
  /** The cell's values when built: its `speed`, if it has one, paces the loop. */
  values?: HyperValues;
  sleep?: Sleep;
}

export class TrainingSession {
  private step = 0;
  private chunk = 1;
  private running = false;
  private loop: Promise<void> | null = null;
  private lastRender = -Infinity;
  private stepsPerSec = 0;
  private readonly stalls = new StallWatch();
  private readonly throttle = new StepThrottle();
  private throttleRate = Infinity;
  private readonly sleep: Sleep;
  /** When the last chunk of a paced loop ended: its steps/s counts the time it waited too. */
  private lastChunkEnd: number | null = null;

  constructor(
    private trainer: Trainer,
    private readonly emit: Emit,
    private readonly clock: Clock,
    private readonly yieldToEvents: Yield,
    options: SessionOptions = {},
  ) {
    this.sleep = options.sleep ?? timerSleep;
    this.throttleRate = speedOf(options.values ?? {});
    this.throttle.setRate(this.throttleRate, 0);
  }

  get stepsDone(): number {
    return this.step;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts the loop; resolves when it stops (pause, error). */
  run(): Promise<void> {
    if (this.running && this.loop) return this.loop;
    this.running = true;
    this.stalls.reset();
    if (this.throttle.limited) this.throttle.restart(this.clock());
    this.lastChunkEnd = null;
    this.emit({ type: 'state', state: 'running' });
    this.loop = this.runLoop().finally(() => {
      this.loop = null;
    });
    return this.loop;
  }

  /** Stops after the current chunk; resolves once stopped. */
  async pause(): Promise<void> {
    this.running = false;
    if (this.loop) await this.loop;
    this.emit({ type: 'state', state: 'paused' });
    await this.render();
  }

  /** Runs exactly `count` steps (the Step button), then renders. */
  async stepOnce(count: number): Promise<void> {
    if (this.running) await this.pause();
    if (!(await this.trainChunk(count))) return;
    this.emit({ type: 'state', state: 'paused' });
    await this.render();
  }

  /**
   * Slow motion: one update of the discriminator or the generator alone,
   * then renders. The step count stays (it counts full steps); the trainer's
   * metrics count each network's updates.
   */
  async stepPart(part: NetworkPart): Promise<void> {
    if (this.running) await this.pause();
    const trainPart = this.trainer.trainPart?.bind(this.trainer);
    if (!trainPart) throw new Error('This cell has no Step D or Step G.');
    if (!(await this.trainChunk(0, () => trainPart(part)))) return;
    this.emit({ type: 'state', state: 'paused' });
    await this.render();
  }

  /**
   * The learner's own real data (or null: the shape the settings name). The
   * trainer refuses bad points with a SentenceError and keeps its data; while
   * paused the new data show at once.
   */
  async setDrawnData(points: Float32Array | null): Promise<void> {
    if (!this.trainer.setDrawnData) throw new Error('This cell takes no drawn data.');
    this.trainer.setDrawnData(points);
    this.stalls.reset();
    if (this.running) return;
    await this.reportLoaded();
    await this.render();
  }

  /** Current weights, for checkpoints. */
  getWeights(): WeightSet {
    if (!this.trainer.getWeights) throw new Error('This cell has no weights worth saving.');
    return this.trainer.getWeights();
  }

  /** The layout of another model the trainer can switch to for a checkpoint of `modelId`, or null. */
  layoutFor(modelId: string): WeightLayout | null {
    return this.trainer.layoutFor?.(modelId) ?? null;
  }

  /**
   * Replaces weights (the trainer throws for weights of another model, and
   * keeps its own) and continues counting from `step`.
   */
  setWeights(weights: WeightSet, step: number): void {
    if (!this.trainer.setWeights) throw new Error('This cell cannot load checkpoints.');
    this.trainer.setWeights(weights);
    this.step = step;
    this.stalls.reset();
  }

  /** After a load or a change while paused: the readouts show what the trainer can measure now (no step taken). */
  async reportLoaded(): Promise<void> {
    if (!this.trainer.measure) return;
    const metrics = await this.trainer.measure();
    this.emit({ type: 'metrics', step: this.step, metrics, stepsPerSec: this.stepsPerSec });
  }

  /**
   * Applies live settings. When no loop is running (paused, or idle before
   * the first Run), re-measures and renders now, or the change would show
   * only after the next Step; a trainer that knows a change alters nothing on
   * screen (a learning rate) returns false to skip it. Redrawing is the
   * default because a trainer that forgot to ask for it left stale pictures
   * and scores on screen.
   */
  async setHyperparameters(values: HyperValues): Promise<void> {
    if ('speed' in values) this.setSpeed(speedOf(values));
    const onScreen = this.trainer.setHyperparameters(values) !== false;
    this.stalls.reset();
    if (!onScreen || this.running) return;
    await this.reportLoaded();
    await this.render();
  }

  async render(): Promise<void> {
    const payload: ViewPayload = await this.trainer.render();
    this.lastRender = this.clock();
    this.emit({ type: 'samples', step: this.step, payload });
  }

  /** Stops the loop without waiting for it, e.g. when its backend is gone. */
  abandon(): void {
    this.running = false;
  }

  /** Stops the loop and frees the trainer's tensors. */
  async dispose(): Promise<void> {
    this.running = false;
    if (this.loop) await this.loop;
    this.trainer.dispose();
  }

  /** Steps per second for the loop (Infinity: unpaced), applied from now. */
  private setSpeed(rate: number): void {
    if (rate === this.throttleRate) return;
    this.throttleRate = rate;
    this.throttle.setRate(rate, this.clock());
    this.lastChunkEnd = null;
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      // An unpaced cell (no `speed`, or "max") reads no extra clock: its loop is exactly as before.
      const count = this.throttle.limited ? this.throttle.allowance(this.clock(), this.chunk) : this.chunk;
      if (count === 0) {
        await this.sleep(Math.min(Math.max(this.throttle.waitMs(this.clock()), 1), MAX_SLEEP_MS));
        continue;
      }
      if (!(await this.trainChunk(count))) return;
      this.throttle.took(count);
      if (this.clock() - this.lastRender >= RENDER_INTERVAL_MS) await this.render();
      await this.yieldToEvents();
    }
  }

  /**
   * Trains `count` steps (or, for slow motion, runs `part`, which adds no
   * step); returns false (and pauses with an error) on failure.
   */
  private async trainChunk(count: number, part?: () => Metrics | Promise<Metrics>): Promise<boolean> {
    const start = this.clock();
    let metrics: Metrics;
    try {
      metrics = await (part ? part() : this.trainer.train(count));
    } catch (err) {
      this.fail(
        sentence('Training failed: {error}', { error: sentenceOf(err) }),
        (err instanceof SentenceError && err.hint) || sentence('Press Reset to start again; if it keeps failing, try another backend with ?backend=cpu.'),
      );
      return false;
    }
    const end = this.clock();
    const elapsed = Math.max(end - start, 1e-3);
    this.step += count;
    if (part) return this.check(metrics);
    // A paced loop reports the rate it actually trains at, waits included.
    const paced = this.throttle.limited && this.running && this.lastChunkEnd !== null;
    const speed = (count * 1000) / (paced ? Math.max(end - this.lastChunkEnd!, 1e-3) : elapsed);
    this.lastChunkEnd = this.throttle.limited && this.running ? end : null;
    this.stepsPerSec = this.stepsPerSec === 0 ? speed : SPEED_SMOOTHING * speed + (1 - SPEED_SMOOTHING) * this.stepsPerSec;
    this.chunk = nextChunkSize(count, elapsed);
    return this.check(metrics);
  }

  /** Reports the metrics; false (paused with an error) if they diverged or stalled. */
  private check(metrics: Metrics): boolean {
    this.emit({ type: 'metrics', step: this.step, metrics, stepsPerSec: this.stepsPerSec });
    const bad = Object.entries(metrics).find(([, v]) => !Number.isFinite(v));
    if (bad) {
      this.fail(
        sentence('The {metric} became {value} at step {step}: training diverged.', { metric: bad[0], value: String(bad[1]), step: this.step }),
        sentence('Lower the learning rates and press Reset, or reload a checkpoint from before it diverged.'),
        true,
      );
      return false;
    }
    if (this.stalls.observe(this.step, metrics)) {
      this.fail(
        sentence(
          'Training has stalled at step {step}: most of its numbers have not changed for {steps} steps. The networks have saturated (the discriminator answers exactly 0 or 1, so the losses read 0.000): no gradient reaches them, and further steps change nothing.',
          { step: this.step, steps: STALL_STEPS },
        ),
        sentence('Lower the learning rates (Adam usually wants 0.001 or less) and press Reset.'),
      );
      return false;
    }
    return true;
  }

  private fail(message: Sentence, hint: Sentence, diverged = false): void {
    this.running = false;
    this.emit({ type: 'error', message, hint, fatal: false, diverged });
    this.emit({ type: 'state', state: 'paused' });
  }
}

/** Grows or shrinks the chunk so a chunk takes about CHUNK_TARGET_MS. */
export function nextChunkSize(count: number, elapsedMs: number): number {
  const perStep = elapsedMs / count;
  const ideal = Math.floor(CHUNK_TARGET_MS / Math.max(perStep, 1e-3));
  // Change by at most 2x per chunk so one slow step does not swing it.
  const bounded = Math.min(Math.max(ideal, Math.floor(count / 2)), count * 2);
  return Math.min(Math.max(bounded, 1), MAX_CHUNK);
}
