/// <reference lib="webworker" />
/**
 * The training worker: the one file that calls postMessage. It starts a
 * backend, loads the cell's Trainer module, and hands commands to a
 * TrainingSession. tfjs is first imported here, so it loads only on Run.
 */
import type { HyperValues, TrainerContext, WeightSet } from '../ml/trainer';
import { startBackend } from './backend';
import { transferablesOf, type Command, type WorkerEvent } from './protocol';
import { TrainingSession } from './session';
import { trainerLoaders } from './trainers';

declare const self: DedicatedWorkerGlobalScope;

function emit(event: WorkerEvent): void {
  if (event.type === 'samples') self.postMessage(event, transferablesOf(event.payload));
  else self.postMessage(event);
}

/** A macrotask boundary, so queued commands run between training chunks. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const context: TrainerContext = {
  async loadAsset(path: string): Promise<ArrayBuffer> {
    const url = new URL(import.meta.env.BASE_URL + path.replace(/^\/+/, ''), self.location.origin);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
    return response.arrayBuffer();
  },
};

interface Loaded {
  kind: string;
  session: TrainingSession;
}

let loaded: Loaded | null = null;
// Commands are handled one at a time, in order, even when a handler awaits.
let queue: Promise<void> = Promise.resolve();

async function createSession(kind: string, hp: HyperValues, seed: number): Promise<TrainingSession> {
  const loader = trainerLoaders[kind];
  if (!loader) throw new Error(`This page asked for an unknown model "${kind}".`);
  const factory = (await loader()).default;
  const trainer = await factory(hp, seed, context);
  return new TrainingSession(trainer, emit, () => performance.now(), yieldToEvents);
}

async function handle(command: Command): Promise<void> {
  switch (command.type) {
    case 'init': {
      const started = await startBackend(command.backend);
      const session = await createSession(command.kind, command.hp, command.seed);
      loaded = { kind: command.kind, session };
      emit({ type: 'ready', backend: started.backend, notice: started.notice });
      await session.render();
      return;
    }
    case 'reset': {
      if (!loaded) return;
      await loaded.session.dispose();
      const session = await createSession(loaded.kind, command.hp, command.seed);
      loaded = { kind: loaded.kind, session };
      emit({ type: 'state', state: 'idle' });
      await session.render();
      return;
    }
    case 'run':
      // Not awaited: the loop runs while later commands (pause) are handled.
      void loaded?.session.run();
      return;
    case 'pause':
      await loaded?.session.pause();
      return;
    case 'step':
      await loaded?.session.stepOnce(command.count);
      return;
    case 'set-hyperparameters':
      loaded?.session.setHyperparameters(command.values);
      return;
    case 'render':
      await loaded?.session.render();
      return;
    case 'save-checkpoint':
    case 'load-checkpoint':
      await handleCheckpoint(command);
      return;
  }
}

async function handleCheckpoint(command: Extract<Command, { type: 'save-checkpoint' | 'load-checkpoint' }>): Promise<void> {
  const session = loaded?.session;
  const reply = (weights: WeightSetOrNull, error: string | null) =>
    emit({ type: 'checkpoint', requestId: command.requestId, step: session?.stepsDone ?? 0, weights, error });
  if (!session) return reply(null, 'The model has not started yet; press Run first.');
  try {
    if (command.type === 'save-checkpoint') reply(session.getWeights(), null);
    else {
      session.setWeights(command.weights);
      reply(null, null);
      await session.render();
    }
  } catch (err) {
    reply(null, err instanceof Error ? err.message : String(err));
  }
}

type WeightSetOrNull = WeightSet | null;

self.onmessage = (event: MessageEvent<Command>) => {
  const command = event.data;
  // Pause must not wait behind a running loop's queue entry: 'run' returns at once.
  queue = queue
    .then(() => handle(command))
    .catch((err: unknown) => {
      emit({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
        hint: command.type === 'init' ? 'Reload the page, or try another backend by adding ?backend=cpu to the address.' : 'Press Reset to start again.',
        fatal: command.type === 'init',
      });
    });
};
