/**
 * The page side of the worker protocol: creates the module worker on first
 * use (so tfjs loads only on Run) and types both directions.
 */
import type { Command, WorkerEvent } from '../../src/runtime/protocol';

export class WorkerClient {
  private worker: Worker | null = null;

  constructor(
    private readonly onEvent: (event: WorkerEvent) => void,
    private readonly onCrash: (message: string) => void,
  ) {}

  get started(): boolean {
    return this.worker !== null;
  }

  send(command: Command): void {
    if (!this.worker) {
      this.worker = new Worker(new URL('../../src/runtime/worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<WorkerEvent>) => this.onEvent(e.data);
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.terminate();
        this.onCrash(e.message || 'The training worker stopped unexpectedly.');
      };
    }
    this.worker.postMessage(command);
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
