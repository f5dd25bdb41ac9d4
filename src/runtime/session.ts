/**
 * The training loop, free of postMessage and tfjs imports so it can be tested
 * in Node: it drives a Trainer in chunks sized to keep the worker responsive,
 * counts steps, measures speed, and stops on a non-finite loss.
 */
import { SentenceError, sentence, sentenceOf, type Sentence } from '../i18n/sentence';
import type { HyperValues, Metrics, Trainer, ViewPayload, WeightLayout, WeightSet } from '../ml/trainer';
import type { WorkerEvent } from './protocol';
import { STALL_STEPS, StallWatch } from './stallWatch';

/** Aim each train() call at this long so pause and live changes feel instant. */
const CHUNK_TARGET_MS = 40;
/** Never more steps per chunk than this, however fast a step is. */
const MAX_CHUNK = 64;
/** Samples are rendered at most this often while running (charts need no more). */
const RENDER_INTERVAL_MS = 250;
/** Smoothing of the steps/s readout: weight of the newest chunk. */
const SPEED_SMOOTHING = 0.3;

export type Emit = (event: WorkerEvent) => void;
export type Clock = () => number;
/** Lets queued messages (pause, live changes) run between chunks. */
export type Yield = () => Promise<void>;

export class TrainingSession {
  private step = 0;
  private chunk = 1;
  private running = false;
  private loop: Promise<void> | null = null;
  private lastRender = -Infinity;
  private stepsPerSec = 0;
  private readonly stalls = new StallWatch();

  constructor(
    private trainer: Trainer,
    private readonly emit: Emit,
    private readonly clock: Clock,
    private readonly yieldToEvents: Yield,
  ) {}

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

  private async runLoop(): Promise<void> {
    while (this.running) {
      if (!(await this.trainChunk(this.chunk))) return;
      if (this.clock() - this.lastRender >= RENDER_INTERVAL_MS) await this.render();
      await this.yieldToEvents();
    }
  }

  /** Trains `count` steps; returns false (and pauses with an error) on failure. */
  private async trainChunk(count: number): Promise<boolean> {
    const start = this.clock();
    let metrics: Metrics;
    try {
      metrics = await this.trainer.train(count);
    } catch (err) {
      this.fail(
        sentence('Training failed: {error}', { error: sentenceOf(err) }),
        (err instanceof SentenceError && err.hint) || sentence('Press Reset to start again; if it keeps failing, try another backend with ?backend=cpu.'),
      );
      return false;
    }
    const elapsed = Math.max(this.clock() - start, 1e-3);
    this.step += count;
    const speed = (count * 1000) / elapsed;
    this.stepsPerSec = this.stepsPerSec === 0 ? speed : SPEED_SMOOTHING * speed + (1 - SPEED_SMOOTHING) * this.stepsPerSec;
    this.chunk = nextChunkSize(count, elapsed);
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
