/// <reference lib="webworker" />
/**
 * The training worker: the one file that calls postMessage. It starts a
 * backend, loads the cell's Trainer module, and hands commands to a
 * TrainingSession. tfjs is first imported here, so it loads only on Run.
 */
import { loadCheckpointAsset, packCheckpointFile, unpackCheckpointFile } from '../ml/checkpoint';
import type { HyperValues, TrainerContext } from '../ml/trainer';
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
    case 'load-pretrained':
      await handleWeights(command);
      return;
  }
}

type WeightsCommand = Extract<Command, { type: 'save-checkpoint' | 'load-checkpoint' | 'load-pretrained' }>;

/** Checkpoint commands: every failure is a reply with a message, never a crash. */
async function handleWeights(command: WeightsCommand): Promise<void> {
  const session = loaded?.session;
  const { requestId } = command;
  const fail = (error: string) =>
    command.type === 'save-checkpoint'
      ? emit({ type: 'checkpoint', requestId, step: session?.stepsDone ?? 0, bytes: null, modelId: null, error })
      : emit({ type: 'weights-loaded', requestId, step: session?.stepsDone ?? 0, error });
  if (!session) return fail('The model has not started yet; press Run or Step first.');
  try {
    const current = session.getWeights();
    if (command.type === 'save-checkpoint') {
      const bytes = packCheckpointFile(current, { metadata: { step: session.stepsDone } });
      self.postMessage(
        { type: 'checkpoint', requestId, step: session.stepsDone, bytes, modelId: current.modelId, error: null } satisfies WorkerEvent,
        [bytes],
      );
      return;
    }
    const weights =
      command.type === 'load-checkpoint'
        ? unpackCheckpointFile(command.bytes, current)
        : (await loadCheckpointAsset(context, command.path, current)).weights;
    session.setWeights(weights, command.type === 'load-checkpoint' ? command.step : 0);
    emit({ type: 'weights-loaded', requestId, step: session.stepsDone, error: null });
    await session.render();
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
}

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
