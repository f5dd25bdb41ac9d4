/**
 * The checkpoint controls of a cell: start from the site's pretrained
 * weights, save to the browser (every N steps, on Pause, or by hand),
 * restore, download and upload. Weights travel as single checkpoint files;
 * the worker validates them against the running model, so a wrong file is
 * refused with a message and the current model is kept.
 */
import type { Command, WorkerEvent } from '../../src/runtime/protocol';
import { KEEP_AUTO_PER_TAB, isAutomatic, openCheckpointStore, type CheckpointInfo, type CheckpointStore } from './checkpointStore';

type Settings = NonNullable<CheckpointInfo['settings']>;

/** What restoring a checkpoint's settings changed, and how to put the learner's back. */
export interface SettingsRestored {
  /** "Label: now → restored" for each setting that changed. */
  changed: string[];
  /** Settings the checkpoint was trained with that only a Reset applies (the loaded model keeps the current ones). */
  differentOnReset: string[];
  undo(): void;
}

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
  /** The settings the current weights are being trained with (kept with each checkpoint). */
  settings(): Settings;
  /** Puts back the settings a checkpoint was trained with. */
  restoreSettings(saved: Settings): SettingsRestored;
}

/** Tells other tabs of the course that a cell's list of checkpoints changed. */
const CHANNEL = 'gan-course-checkpoints';

function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
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
  /** This page's visit: its automatic saves are a ring of their own (checkpointStore.ts). */
  private readonly tabId = newTabId();
  private readonly channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

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
    on('delete-checkpoint', () => this.deleteSelected());
    // Another tab saved or deleted one of this cell's checkpoints; or the learner comes back to this tab.
    this.channel?.addEventListener('message', (e: MessageEvent<{ cellKey?: string }>) => {
      if (e.data?.cellKey === this.host.cellKey) void this.refreshList();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.refreshList();
    });
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
      const dropped = await store.add({
        cellKey: this.host.cellKey,
        modelId: snap.modelId ?? '',
        step: snap.step,
        savedAt: Date.now(),
        reason,
        tabId: this.tabId,
        settings: this.host.settings(),
        bytes: snap.bytes!,
      });
      await this.listChanged();
      if (dropped.length) {
        const steps = dropped.map((c) => c.step).join(', ');
        this.note(
          `Dropped the automatic checkpoint${dropped.length > 1 ? 's' : ''} from step ${steps}: each tab keeps its newest ${KEEP_AUTO_PER_TAB} automatic ones. A checkpoint you save yourself stays until you delete it.`,
        );
      }
      if (reason === 'manual') this.host.status(`Checkpoint saved at step ${snap.step}; it stays until you delete it.`);
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

  /** Resolves whether the weights were loaded. */
  private async load(command: (requestId: number) => Command, what: string): Promise<boolean> {
    await this.host.ensureStarted();
    const reply = await this.ask(command);
    if (reply.error) {
      this.host.notice(`${what} was refused: ${reply.error}`);
      return false;
    }
    this.lastSavedStep = reply.step;
    this.host.weightsLoaded(reply.step);
    this.host.status(`${what} loaded. Press Run to continue training from it.`);
    return true;
  }

  private async loadPretrained(): Promise<void> {
    if (!this.pretrainedPath) return;
    const path = this.pretrainedPath;
    await this.load((requestId) => ({ type: 'load-pretrained', requestId, path }), 'The pretrained model');
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
    const what = `The checkpoint from step ${entry.step}`;
    if (!(await this.load((requestId) => ({ type: 'load-checkpoint', requestId, bytes: entry.bytes.slice(0), step: entry.step }), what))) return;
    if (entry.settings) this.settingsRestored(what, this.host.restoreSettings(entry.settings));
  }

  /**
   * The weights came back with the settings they were trained with (or Run
   * would carry on under others, e.g. collapse a restored model again):
   * say which changed, and offer to keep the learner's instead.
   */
  private settingsRestored(what: string, restored: SettingsRestored): void {
    const parts: string[] = [];
    if (restored.changed.length) parts.push(`with the settings it was trained with (${restored.changed.join('; ')})`);
    if (restored.differentOnReset.length) parts.push(`it was trained with ${restored.differentOnReset.join('; ')}, which only Reset applies (Reset starts over)`);
    if (!parts.length) return;
    this.host.status(`${what} loaded ${parts.join('; ')}. Press Run to continue training from it.`);
    if (!restored.changed.length) return;
    const note = this.note(`Settings restored: ${restored.changed.join('; ')}.`);
    const keep = document.createElement('button');
    keep.type = 'button';
    keep.dataset.action = 'keep-my-settings';
    keep.textContent = 'Keep the settings I had';
    keep.addEventListener('click', () => {
      restored.undo();
      this.note('Your settings were put back; the restored weights are kept.');
    });
    note.append(' ', keep);
  }

  private async deleteSelected(): Promise<void> {
    const store = await this.store;
    const select = this.root.querySelector<HTMLSelectElement>('[data-checkpoint-list]');
    const id = Number(select?.value);
    if (!store || !id) {
      this.host.status('No saved checkpoint is selected.');
      return;
    }
    const label = select?.selectedOptions[0]?.textContent ?? 'The checkpoint';
    await store.delete(id);
    await this.listChanged();
    this.host.status(`Deleted: ${label}.`);
  }

  /** Plain text under the checkpoint controls (what was dropped, what a restore changed). */
  private note(text: string): HTMLElement {
    let el = this.root.querySelector<HTMLElement>('[data-checkpoint-note]');
    if (!el) {
      el = document.createElement('p');
      el.className = 'cell-checkpoint-note';
      el.dataset.checkpointNote = '';
      el.setAttribute('aria-live', 'polite');
      this.root.append(el);
    }
    el.textContent = text;
    return el;
  }

  /** This tab's list, then every other tab's. */
  private async listChanged(): Promise<void> {
    await this.refreshList();
    this.channel?.postMessage({ cellKey: this.host.cellKey });
  }

  private async refreshList(): Promise<void> {
    const store = await this.store;
    const select = this.root.querySelector<HTMLSelectElement>('[data-checkpoint-list]');
    if (!select) return;
    const entries: CheckpointInfo[] = store ? await store.list(this.host.cellKey) : [];
    const chosen = select.value;
    select.replaceChildren();
    if (!entries.length) select.append(new Option(store ? 'No checkpoints yet' : 'Unavailable in this browser', ''));
    for (const e of entries) {
      const time = new Date(e.savedAt).toLocaleTimeString();
      select.append(new Option(`Step ${e.step} (${e.reason}, ${time})`, String(e.id)));
    }
    // Pre-select the learner's choice if it is still there, else their newest own save; never an
    // automatic one (the newest may be the collapsed end of a failure experiment): then they choose.
    const ids = entries.map((e) => String(e.id));
    const preselect = ids.includes(chosen) ? chosen : String(entries.find((e) => !isAutomatic(e))?.id ?? '');
    if (entries.length && !preselect) select.prepend(new Option('Choose a checkpoint…', ''));
    select.value = preselect;
  }
}
