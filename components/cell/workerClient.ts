/**
 * The page side of the worker protocol: creates the module worker on first
 * use (so tfjs loads only on Run), types both directions, and watches that a
 * worker the cell waits on is still alive (see Liveness). It also puts back
 * the payload arrays the worker did not send again (payloadDelta.ts).
 */
import { sentence, type Sentence } from '../../src/i18n/sentence';
import { PayloadFiller } from '../../src/runtime/payloadDelta';
import type { Command, WorkerEvent } from '../../src/runtime/protocol';
import { DEFAULT_LIVENESS, Liveness, type LivenessOptions } from './liveness';
// The worker's entry bundled on its own (Vite), as a URL: the page can then ask the site for it when it does not start.
import workerEntryUrl from '../../src/runtime/workerEntry.ts?worker&url';

/**
 * Why a worker stopped: its code never loaded (`load`), it died while
 * working (`crash`), or it went silent (`hung`). `detail` is what is known.
 */
export interface WorkerFailure {
  kind: 'load' | 'crash' | 'hung';
  detail: Sentence;
}

export class WorkerClient {
  private worker: Worker | null = null;
  private readonly liveness = new Liveness({ ...DEFAULT_LIVENESS });
  private timer: ReturnType<typeof setInterval> | null = null;
  /** One per worker: a new worker sends every array in its first payload. */
  private payloads = new PayloadFiller();

  constructor(
    private readonly onEvent: (event: WorkerEvent) => void,
    private readonly onFailure: (failure: WorkerFailure) => void,
  ) {}

  get started(): boolean {
    return this.worker !== null;
  }

  send(command: Command): void {
    if (!this.worker) {
      const worker = new Worker(workerEntryUrl, { type: 'module' });
      this.worker = worker;
      this.payloads = new PayloadFiller();
      let heardFrom = false;
      // A message a terminated worker had already posted is not this worker's.
      worker.onmessage = (e: MessageEvent<WorkerEvent>) => {
        heardFrom = true;
        if (worker === this.worker) this.receive(e.data);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        if (worker !== this.worker) return;
        // Before its first message the entry file itself did not start (it has no imports of its own to fail).
        if (!heardFrom) void entryFailure().then((detail) => worker === this.worker && this.fail({ kind: 'load', detail }));
        else this.fail({ kind: 'crash', detail: e.message ? sentence(e.message) : sentence('it stopped unexpectedly.') });
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
    if (event.type === 'load-failed') this.fail({ kind: 'load', detail: sentence(event.message) });
    else if (event.type === 'loaded') return;
    else if (event.type === 'samples') this.onEvent({ ...event, payload: this.payloads.fill(event.payload, event.kept ?? []), kept: [] });
    else if (event.type !== 'pong') this.onEvent(event);
  }

  private checkAlive(): void {
    if (!this.worker) return;
    const now = performance.now();
    const verdict = this.liveness.check(now);
    if (verdict === 'ping') this.worker?.postMessage({ type: 'ping' } satisfies Command);
    else if (verdict === 'hung') {
      const seconds = Math.round(this.liveness.silenceMs(now) / 1000);
      const detail = sentence(
        'it sent nothing for {seconds} s while it had work to do. The browser may have stopped it to free memory, or a computation hung.',
        { seconds },
      );
      this.fail({ kind: 'hung', detail });
    }
  }

  private fail(failure: WorkerFailure): void {
    this.terminate();
    this.onFailure(failure);
  }
}

/** What the page can learn about a worker entry file that did not start: whether the site serves it. */
async function entryFailure(): Promise<Sentence> {
  const file = new URL(workerEntryUrl, location.href).pathname;
  try {
    const response = await fetch(workerEntryUrl, { cache: 'no-store' });
    return response.ok ? sentence('{file} did not start', { file }) : sentence('{file} answered HTTP {status}', { file, status: response.status });
  } catch {
    return sentence('{file} could not be fetched', { file });
  }
}
