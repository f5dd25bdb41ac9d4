/// <reference lib="webworker" />
/**
 * The training worker's entry point. It loads the training code with a
 * dynamic import so that a module which fails to load (a missing file, a
 * syntax or import error) is reported to the page with the browser's own
 * message; a failed static import gives the page only a message-less error
 * event. Commands that arrive while the code loads are handled in order once
 * it has loaded. No static imports here, so this file itself always starts.
 */
import type { Command, WorkerEvent } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let receive: ((command: Command) => void) | null = null;
const early: Command[] = [];
self.onmessage = (event: MessageEvent<Command>) => (receive ? receive(event.data) : early.push(event.data));

import('./worker').then(
  (worker) => {
    receive = worker.receive;
    self.postMessage({ type: 'loaded' } satisfies WorkerEvent);
    for (const command of early.splice(0)) receive(command);
  },
  (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    self.postMessage({ type: 'load-failed', message } satisfies WorkerEvent);
  },
);
