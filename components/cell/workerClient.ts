/**
 * The page side of the worker protocol: creates the module worker on first
 * use (so tfjs loads only on Run), types both directions, and watches that a
 * worker the cell waits on is still alive (see Liveness). It also puts back
 * the payload arrays the worker did not send again (payloadDelta.ts).
 */
import { PayloadFiller } from '../../src/runtime/payloadDelta';
import type { Command, WorkerEvent } from '../../src/runtime/protocol';
import { DEFAULT_LIVENESS, Liveness, type LivenessOptions } from './liveness';

export class WorkerClient {
  private worker: Worker | null = null;
  private readonly liveness = new Liveness({ ...DEFAULT_LIVENESS });
  private timer: ReturnType<typeof setInterval> | null = null;
  /** One per worker: a new worker sends every array in its first payload. */
  private payloads = new PayloadFiller();

  constructor(
    private readonly onEvent: (event: WorkerEvent) => void,
    private readonly onCrash: (message: string) => void,
  ) {}

  get started(): boolean {
    return this.worker !== null;
  }

  send(command: Command): void {
    if (!this.worker) {
      const worker = new Worker(new URL('../../src/runtime/worker.ts', import.meta.url), { type: 'module' });
      this.worker = worker;
      this.payloads = new PayloadFiller();
      // A message a terminated worker had already posted is not this worker's.
      worker.onmessage = (e: MessageEvent<WorkerEvent>) => {
        if (worker === this.worker) this.receive(e.data);
      };
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.crash(e.message || 'The training worker stopped unexpectedly.');
      };
    }
    // A new or changed model: how long its steps take is unknown again.
    if (command.type === 'init' || command.type === 'reset' || command.type === 'set-hyperparameters') this.liveness.restart();
    this.worker.postMessage(command);
  }

  /** While `busy` (loading, training, a step), a silent worker is reported as stopped. */
  watch(busy: boolean): void {
    if (busy) {
      this.liveness.arm(performance.now());
      this.timer ??= setInterval(() => this.checkAlive(), this.liveness.options.pingIntervalMs);
    } else {
      this.liveness.disarm();
      if (this.timer !== null) clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** Tests shorten the limits (page code only; nothing in a URL reaches it). Applies from the next watch(true). */
  configureLiveness(options: Partial<LivenessOptions>): void {
    this.liveness.options = { ...this.liveness.options, ...options };
  }

  terminate(): void {
    this.watch(false);
    this.worker?.terminate();
    this.worker = null;
  }

  private receive(event: WorkerEvent): void {
    this.liveness.heard(performance.now(), event.type === 'metrics');
    if (event.type === 'ready' || event.type === 'backend-changed') this.liveness.backend(event.backend);
    if (event.type === 'samples') this.onEvent({ ...event, payload: this.payloads.fill(event.payload, event.kept ?? []), kept: [] });
    else if (event.type !== 'pong') this.onEvent(event);
  }

  private checkAlive(): void {
    if (!this.worker) return;
    const now = performance.now();
    const verdict = this.liveness.check(now);
    if (verdict === 'ping') this.worker?.postMessage({ type: 'ping' } satisfies Command);
    else if (verdict === 'hung') {
      const seconds = Math.round(this.liveness.silenceMs(now) / 1000);
      this.crash(`it sent nothing for ${seconds} s while it had work to do. The browser may have stopped it to free memory, or a computation hung.`);
    }
  }

  private crash(message: string): void {
    this.terminate();
    this.onCrash(message);
  }
}
