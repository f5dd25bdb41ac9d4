/// <reference lib="webworker" />
/**
 * The training worker's code (loaded by workerEntry.ts): it starts a
 * backend, loads the cell's Trainer module, and hands commands to a
 * TrainingSession. tfjs is first imported here, so it loads only on Run.
 */
import { loadCheckpointAsset, packCheckpointFile, unpackCheckpointFile } from '../ml/checkpoint';
import { CheckpointError } from '../ml/checkpoint/checkpoint';
import { SentenceError, sentence, sentenceOf, type Sentence } from '../i18n/sentence';
import type { HyperValues, TrainerContext, WeightSet } from '../ml/trainer';
import { startBackend } from './backend';
import { ContextGuard, currentGl, memoryReport } from './diagnostics';
import { injectFault, instrumentTrainer } from './faults';
import { PayloadThinner } from './payloadDelta';
import { transferablesOf, type Command, type DebugAction, type WorkerEvent } from './protocol';
import { TrainingSession } from './session';
import { TEST_HOOKS } from './testBuild';
import { trainerLoaderFor } from './trainers';
import { yieldToPageWhileDrawing } from './yieldToPage';

declare const self: DedicatedWorkerGlobalScope;

const thinner = new PayloadThinner();

function emit(event: WorkerEvent): void {
  if (event.type === 'samples') {
    const { payload, kept } = thinner.thin(event.payload);
    self.postMessage({ ...event, payload, kept }, transferablesOf(payload));
  } else self.postMessage(event);
}

/** A macrotask boundary, so queued commands run between training chunks. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** A file of the course (data, pretrained weights) could not be downloaded: no backend can help. */
class CourseFileMissing extends SentenceError {}

const context: TrainerContext = {
  async loadAsset(path: string): Promise<ArrayBuffer> {
    const url = new URL(import.meta.env.BASE_URL + path.replace(/^\/+/, ''), self.location.origin);
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      throw new CourseFileMissing(sentence('Could not download {path}: the connection failed.', { path }));
    }
    if (!response.ok) throw new CourseFileMissing(sentence('Could not load {path} (HTTP {status}).', { path, status: response.status }));
    return response.arrayBuffer();
  },
};

const COURSE_FILE_HINT = sentence(
  'Reload the page. If it keeps failing, a file of the course is missing or damaged on this site (another backend will not help): tell whoever hosts the course.',
);

/**
 * What the learner reads when a command fails. Building a model (init,
 * reset) leaves no model to keep, so a damaged weights file of the course is
 * reported without a checkpoint's "your current model was kept".
 */
function failureReport(command: Command, err: unknown): Extract<WorkerEvent, { type: 'error' }> {
  const builds = command.type === 'init' || command.type === 'reset';
  const fatal = builds;
  if (err instanceof CourseFileMissing) return { type: 'error', message: err.sentence, hint: COURSE_FILE_HINT, fatal };
  if (err instanceof CheckpointError && builds) {
    const message = sentence('The model could not be built: a weights file of the course was refused. {problem}', { problem: err.problem });
    return { type: 'error', message, hint: COURSE_FILE_HINT, fatal };
  }
  const hint =
    command.type === 'init'
      ? sentence('Reload the page, or try another backend by adding ?backend=cpu to the address.')
      : sentence('Press Reset to start again.');
  return { type: 'error', message: sentenceOf(err), hint, fatal };
}

interface Loaded {
  kind: string;
  /** Settings the model was built with, plus live changes since: a rebuild after a lost context uses them. */
  hp: HyperValues;
  seed: number;
  session: TrainingSession;
  /** Real points the learner drew (null: none): a rebuild after a lost context trains on them too. */
  drawn?: Float32Array | null;
}

let loaded: Loaded | null = null;
// Commands are handled one at a time, in order, even when a handler awaits.
let queue: Promise<void> = Promise.resolve();

/** On webgl only: copies of the weights, so a lost context costs at most this long of training. */
const WEIGHT_SNAPSHOT_INTERVAL_MS = 5_000;
let snapshot: { weights: WeightSet; step: number; at: number } | null = null;
let guard: ContextGuard | null = null;

async function createSession(kind: string, hp: HyperValues, seed: number): Promise<TrainingSession> {
  const loader = trainerLoaderFor(kind);
  if (!loader) throw new SentenceError(sentence('This page asked for an unknown model "{kind}".', { kind }));
  const factory = (await loader()).default;
  const built = await factory(hp, seed, context);
  const trainer = TEST_HOOKS ? instrumentTrainer(built) : built;
  snapshot = null;
  // Events of a session that was replaced (after a lost context) are dropped.
  const session: TrainingSession = new TrainingSession(trainer, (event) => sessionEmit(session, event), () => performance.now(), yieldToEvents, { values: hp });
  return session;
}

function sessionEmit(session: TrainingSession, event: WorkerEvent): void {
  if (loaded && loaded.session !== session) return;
  if (guard?.check()) return; // results from a lost context are garbage
  emit(event);
  if (guard && event.type === 'metrics' && Object.values(event.metrics).every(Number.isFinite)) keepSnapshot(session, event.step);
}

function keepSnapshot(session: TrainingSession, step: number): void {
  const now = performance.now();
  if (snapshot && now - snapshot.at < WEIGHT_SNAPSHOT_INTERVAL_MS) return;
  try {
    snapshot = { weights: session.getWeights(), step, at: now };
  } catch {
    snapshot = null; // a cell without weights restarts from its seed
  }
}

/** The WebGL context is gone: rebuild the model on wasm from the last snapshot and carry on. */
async function recoverOnWasm(): Promise<void> {
  const old = loaded;
  if (!old) return;
  const wasRunning = old.session.isRunning;
  old.session.abandon(); // its tensors lived in the lost context; nothing to free
  guard = null;
  const last = snapshot; // createSession clears it
  const started = await startBackend('wasm');
  const session = await createSession(old.kind, old.hp, old.seed);
  const kept = restoreSnapshot(session, last);
  if (old.drawn) await session.setDrawnData(old.drawn).catch(() => undefined); // were accepted before: cannot fail
  loaded = { ...old, session };
  const notice = kept
    ? sentence("The graphics card's WebGL context was lost; training continues on {backend} from step {step}.", { backend: started.backend, step: kept })
    : sentence(
        "The graphics card's WebGL context was lost; training continues on {backend} from the start (this cell keeps no weights to carry over).",
        { backend: started.backend },
      );
  emit({ type: 'backend-changed', backend: started.backend, notice });
  emit({ type: 'state', state: 'paused' });
  await session.render();
  if (wasRunning) void session.run();
}

function restoreSnapshot(session: TrainingSession, kept: typeof snapshot): number {
  if (!kept) return 0;
  try {
    session.setWeights(kept.weights, kept.step);
    return kept.step;
  } catch {
    return 0;
  }
}

function watchContext(): void {
  const gl = currentGl();
  guard = gl ? new ContextGuard(gl, () => void recoverOnWasm().catch(reportFatal)) : null;
}

function reportFatal(err: unknown): void {
  emit({ type: 'error', message: sentenceOf(err), hint: sentence('Press Reset, then Run, to start again.'), fatal: true });
}

/** 'memory' in every build (soak, leak checks); the fault actions only in test builds (faults.ts). */
function debug(action: DebugAction): void {
  if (action === 'memory') emit({ type: 'memory', report: memoryReport(loaded?.session.stepsDone ?? 0) });
  else if (TEST_HOOKS) injectFault(action, { guard, emit });
}

async function handle(command: Exclude<Command, { type: 'ping' }>): Promise<void> {
  switch (command.type) {
    case 'init': {
      const started = await startBackend(command.backend);
      if (command.drawSignal) yieldToPageWhileDrawing(command.drawSignal);
      watchContext();
      const session = await createSession(command.kind, command.hp, command.seed);
      loaded = { kind: command.kind, hp: { ...command.hp }, seed: command.seed, session };
      emit({ type: 'ready', backend: started.backend, threads: started.threads, notice: started.notice });
      await session.render();
      return;
    }
    case 'reset': {
      if (!loaded) return;
      await loaded.session.dispose();
      const session = await createSession(loaded.kind, command.hp, command.seed);
      loaded = { kind: loaded.kind, hp: { ...command.hp }, seed: command.seed, session };
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
    case 'step-part':
      await loaded?.session.stepPart(command.part);
      return;
    case 'set-drawn-data':
      await loaded?.session.setDrawnData(command.points);
      if (loaded) loaded.drawn = command.points; // only once accepted
      return;
    case 'set-hyperparameters':
      if (loaded) Object.assign(loaded.hp, command.values);
      await loaded?.session.setHyperparameters(command.values);
      return;
    case 'debug':
      debug(command.action);
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
  const fail = (error: Sentence) =>
    command.type === 'save-checkpoint'
      ? emit({ type: 'checkpoint', requestId, step: session?.stepsDone ?? 0, bytes: null, modelId: null, error })
      : emit({ type: 'weights-loaded', requestId, step: session?.stepsDone ?? 0, error });
  if (!session) return fail(sentence('The model has not started yet; press Run or Step first.'));
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
    // A checkpoint of another model the trainer can become (the same DCGAN at other widths) is checked against that model.
    const layoutFor = (modelId: string) => session.layoutFor(modelId);
    const weights =
      command.type === 'load-checkpoint'
        ? unpackCheckpointFile(command.bytes, current, layoutFor)
        : (await loadCheckpointAsset(context, command.path, current, layoutFor)).weights;
    session.setWeights(weights, command.type === 'load-checkpoint' ? command.step : 0);
    emit({ type: 'weights-loaded', requestId, step: session.stepsDone, error: null });
    await session.render();
    await session.reportLoaded();
  } catch (err) {
    fail(sentenceOf(err));
  }
}

/** Handles one command from the page (workerEntry.ts passes them on, in order). */
export function receive(command: Command): void {
  // Liveness is answered at once: a queued ping would wait behind a long step or load.
  if (command.type === 'ping') return emit({ type: 'pong' });
  // Pause must not wait behind a running loop's queue entry: 'run' returns at once.
  queue = queue.then(() => handle(command)).catch((err: unknown) => emit(failureReport(command, err)));
}
