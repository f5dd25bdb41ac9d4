/**
 * The checkpoint controls of a cell: start from the site's pretrained
 * weights, save to the browser (every N steps, on Pause, or by hand),
 * restore, download and upload. Weights travel as single checkpoint files;
 * the worker validates them against the running model, so a wrong file is
 * refused with a message and the current model is kept.
 */
import type { Command, WorkerEvent } from '../../src/runtime/protocol';
import { openCheckpointStore, type CheckpointInfo, type CheckpointStore } from './checkpointStore';

export interface PanelHost {
  /** Identifies this cell on this lesson across visits. */
  cellKey: string;
  send(command: Command): void;
  /** Starts the worker (without training) if it is not running yet. */
  ensureStarted(): Promise<void>;
  status(text: string): void;
  notice(text: string): void;
  /** Weights were replaced; the run continues counting from `step`. */
  weightsLoaded(step: number): void;
}

type Reply = Extract<WorkerEvent, { type: 'checkpoint' | 'weights-loaded' }>;

const FILE_EXTENSION = '.ganweights';

export class CheckpointPanel {
  private store: Promise<CheckpointStore | null>;
  private nextRequest = 1;
  private pending = new Map<number, (reply: Reply) => void>();
  private lastSavedStep = 0;
  private saving = false;
  private lastSaveError: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PanelHost,
    private readonly every: number,
    private readonly pretrainedPath: string | null,
  ) {
    this.store = openCheckpointStore(globalThis.indexedDB, () =>
      this.host.notice('Checkpoints wait for another tab of this course, opened before the course was updated: close or reload that tab to keep saving them here.'),
    );
    void this.store.then((store) => {
      if (!store) this.host.notice('This browser does not let the course keep checkpoints (a private window?). Use Download weights to keep a model.');
      void this.refreshList();
    });
    const on = (action: string, fn: () => Promise<void>) =>
      root.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => void fn().catch((e) => this.host.notice(String(e))));
    on('pretrained', () => this.loadPretrained());
    on('save-checkpoint', () => this.save('manual'));
    on('download', () => this.download());
    on('restore', () => this.restore());
    const upload = root.querySelector<HTMLInputElement>('[data-upload]');
    upload?.addEventListener('change', () => {
      const file = upload.files?.[0];
      upload.value = '';
      if (file) void this.upload(file);
    });
  }

  /** Routes the worker's replies to the request that asked. Returns true if handled. */
  handle(event: WorkerEvent): boolean {
    if (event.type !== 'checkpoint' && event.type !== 'weights-loaded') return false;
    this.pending.get(event.requestId)?.(event);
    this.pending.delete(event.requestId);
    return true;
  }

  /** Called on every metrics event: saves every `every` steps. */
  onStep(step: number): void {
    if (step - this.lastSavedStep >= this.every) void this.save('auto').catch((e) => this.cannotKeep(e));
  }

  onPause(step: number): void {
    if (step > this.lastSavedStep) void this.save('pause').catch((e) => this.cannotKeep(e));
  }

  /**
   * An automatic save failed (the browser's storage is full, or another tab
   * updated the database): say so, once per reason, rather than every
   * `every` steps; training goes on.
   */
  private cannotKeep(error: unknown): void {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.?$/, '.');
    if (reason === this.lastSaveError) return;
    this.lastSaveError = reason;
    this.host.notice(`A checkpoint could not be kept in this browser: ${reason} Use Download weights to keep the model.`);
  }

  onReset(): void {
    this.lastSavedStep = 0;
  }

  private ask(build: (requestId: number) => Command): Promise<Reply> {
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.host.send(build(requestId));
    });
  }

  private async snapshot(): Promise<Extract<Reply, { type: 'checkpoint' }> | null> {
    await this.host.ensureStarted();
    const reply = await this.ask((requestId) => ({ type: 'save-checkpoint', requestId }));
    if (reply.type !== 'checkpoint' || reply.error || !reply.bytes) {
      this.host.notice(`Could not save: ${reply.error ?? 'no weights'}`);
      return null;
    }
    return reply;
  }

  private async save(reason: 'auto' | 'pause' | 'manual'): Promise<void> {
    const store = await this.store;
    if (!store || this.saving) return;
    this.saving = true;
    try {
      const snap = await this.snapshot();
      if (!snap) return;
      this.lastSavedStep = snap.step;
      await store.add({ cellKey: this.host.cellKey, modelId: snap.modelId ?? '', step: snap.step, savedAt: Date.now(), reason, bytes: snap.bytes! });
      await this.refreshList();
      if (reason === 'manual') this.host.status(`Checkpoint saved at step ${snap.step}.`);
    } finally {
      this.saving = false;
    }
  }

  private async download(): Promise<void> {
    const snap = await this.snapshot();
    if (!snap) return;
    const url = URL.createObjectURL(new Blob([snap.bytes!], { type: 'application/octet-stream' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.host.cellKey.split('#').pop()}-step${snap.step}${FILE_EXTENSION}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.host.status(`Weights at step ${snap.step} downloaded.`);
  }

  private async load(command: (requestId: number) => Command, what: string): Promise<void> {
    await this.host.ensureStarted();
    const reply = await this.ask(command);
    if (reply.error) {
      this.host.notice(`${what} was refused: ${reply.error}`);
      return;
    }
    this.lastSavedStep = reply.step;
    this.host.weightsLoaded(reply.step);
    this.host.status(`${what} loaded. Press Run to continue training from it.`);
  }

  private loadPretrained(): Promise<void> {
    if (!this.pretrainedPath) return Promise.resolve();
    const path = this.pretrainedPath;
    return this.load((requestId) => ({ type: 'load-pretrained', requestId, path }), 'The pretrained model');
  }

  private async upload(file: File): Promise<void> {
    const bytes = await file.arrayBuffer();
    await this.load((requestId) => ({ type: 'load-checkpoint', requestId, bytes, step: 0 }), `The file "${file.name.slice(0, 60)}"`);
  }

  /** The newest checkpoint of this cell kept in the browser, or null. */
  async latest(): Promise<{ id: number; step: number } | null> {
    const store = await this.store;
    const newest = store ? (await store.list(this.host.cellKey))[0] : undefined;
    return newest?.id !== undefined ? { id: newest.id, step: newest.step } : null;
  }

  private async restore(): Promise<void> {
    const select = this.root.querySelector<HTMLSelectElement>('[data-checkpoint-list]');
    const id = Number(select?.value);
    if (!id) {
      this.host.status('No saved checkpoint is selected.');
      return;
    }
    await this.restoreEntry(id);
  }

  async restoreEntry(id: number): Promise<void> {
    const store = await this.store;
    const entry = await store?.get(id);
    if (!entry) {
      this.host.status('That checkpoint is no longer in this browser.');
      return;
    }
    await this.load((requestId) => ({ type: 'load-checkpoint', requestId, bytes: entry.bytes.slice(0), step: entry.step }), `The checkpoint from step ${entry.step}`);
  }

  private async refreshList(): Promise<void> {
    const store = await this.store;
    const select = this.root.querySelector<HTMLSelectElement>('[data-checkpoint-list]');
    if (!select) return;
    const entries: CheckpointInfo[] = store ? await store.list(this.host.cellKey) : [];
    select.replaceChildren();
    if (!entries.length) select.append(new Option(store ? 'No checkpoints yet' : 'Unavailable in this browser', ''));
    for (const e of entries) {
      const time = new Date(e.savedAt).toLocaleTimeString();
      select.append(new Option(`Step ${e.step} (${e.reason}, ${time})`, String(e.id)));
    }
  }
}
