/**
 * The checkpoint controls of a cell: start from the site's pretrained
 * weights, save to the browser (every N steps, on Pause, or by hand),
 * restore, download and upload. Weights travel as single checkpoint files;
 * the worker validates them against the running model, so a wrong file is
 * refused with a message and the current model is kept.
 */
import { render, type Sentence } from '../../src/i18n/sentence';
import type { Translate } from '../../src/i18n/translate';
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
  /** The page's words (uiText.ts). */
  t: Translate;
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

/** Where loaded weights came from: each has its own whole sentences in every language. */
type Source = { from: 'pretrained' } | { from: 'file'; name: string } | { from: 'checkpoint'; step: number };

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
      this.host.notice(
        this.host.t(
          'Checkpoints wait for another tab of this course, opened before the course was updated: close or reload that tab to keep saving them here.',
        ),
      ),
    );
    void this.store.then((store) => {
      if (!store) this.host.notice(this.host.t('This browser does not let the course keep checkpoints (a private window?). Use Download weights to keep a model.'));
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
    // The store's own messages are sentences of the table; the browser's stay as it wrote them.
    const reason = this.host.t(error instanceof Error ? error.message : String(error)).replace(/\.?$/, '.');
    if (reason === this.lastSaveError) return;
    this.lastSaveError = reason;
    this.host.notice(this.host.t('A checkpoint could not be kept in this browser: {reason} Use Download weights to keep the model.', { reason }));
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
      this.host.notice(this.host.t('Could not save: {error}', { error: reply.error ? this.say(reply.error) : this.host.t('no weights') }));
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
        const params = { steps: dropped.map((c) => c.step).join(', '), keep: KEEP_AUTO_PER_TAB };
        this.note(
          dropped.length > 1
            ? this.host.t(
                'Dropped the automatic checkpoints from step {steps}: each tab keeps its newest {keep} automatic ones. A checkpoint you save yourself stays until you delete it.',
                params,
              )
            : this.host.t(
                'Dropped the automatic checkpoint from step {steps}: each tab keeps its newest {keep} automatic ones. A checkpoint you save yourself stays until you delete it.',
                params,
              ),
        );
      }
      if (reason === 'manual') this.host.status(this.host.t('Checkpoint saved at step {step}; it stays until you delete it.', { step: snap.step }));
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
    this.host.status(this.host.t('Weights at step {step} downloaded.', { step: snap.step }));
  }

  /** Resolves whether the weights were loaded. */
  private async load(command: (requestId: number) => Command, source: Source): Promise<boolean> {
    await this.host.ensureStarted();
    const reply = await this.ask(command);
    if (reply.error) {
      this.host.notice(this.refused(source, this.say(reply.error)));
      return false;
    }
    this.lastSavedStep = reply.step;
    this.host.weightsLoaded(reply.step);
    this.host.status(this.loaded(source));
    return true;
  }

  private refused(source: Source, error: string): string {
    const t = this.host.t;
    if (source.from === 'pretrained') return t('The pretrained model was refused: {error}', { error });
    if (source.from === 'file') return t('The file "{name}" was refused: {error}', { name: source.name, error });
    return t('The checkpoint from step {step} was refused: {error}', { step: source.step, error });
  }

  private loaded(source: Source): string {
    const t = this.host.t;
    if (source.from === 'pretrained') return t('The pretrained model loaded. Press Run to continue training from it.');
    if (source.from === 'file') return t('The file "{name}" loaded. Press Run to continue training from it.', { name: source.name });
    return t('The checkpoint from step {step} loaded. Press Run to continue training from it.', { step: source.step });
  }

  private say(s: Sentence): string {
    return render(s, this.host.t);
  }

  private async loadPretrained(): Promise<void> {
    if (!this.pretrainedPath) return;
    const path = this.pretrainedPath;
    await this.load((requestId) => ({ type: 'load-pretrained', requestId, path }), { from: 'pretrained' });
  }

  private async upload(file: File): Promise<void> {
    const bytes = await file.arrayBuffer();
    await this.load((requestId) => ({ type: 'load-checkpoint', requestId, bytes, step: 0 }), { from: 'file', name: file.name.slice(0, 60) });
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
      this.host.status(this.host.t('No saved checkpoint is selected.'));
      return;
    }
    await this.restoreEntry(id);
  }

  async restoreEntry(id: number): Promise<void> {
    const store = await this.store;
    const entry = await store?.get(id);
    if (!entry) {
      this.host.status(this.host.t('That checkpoint is no longer in this browser.'));
      return;
    }
    const source: Source = { from: 'checkpoint', step: entry.step };
    if (!(await this.load((requestId) => ({ type: 'load-checkpoint', requestId, bytes: entry.bytes.slice(0), step: entry.step }), source))) return;
    if (entry.settings) this.settingsRestored(entry.step, this.host.restoreSettings(entry.settings));
  }

  /**
   * The weights came back with the settings they were trained with (or Run
   * would carry on under others, e.g. collapse a restored model again):
   * say which changed, and offer to keep the learner's instead.
   */
  private settingsRestored(step: number, restored: SettingsRestored): void {
    const t = this.host.t;
    const params = { step, changed: restored.changed.join('; '), onReset: restored.differentOnReset.join('; ') };
    if (restored.changed.length && restored.differentOnReset.length) {
      this.host.status(
        t(
          'The checkpoint from step {step} loaded with the settings it was trained with ({changed}); it was trained with {onReset}, which only Reset applies (Reset starts over). Press Run to continue training from it.',
          params,
        ),
      );
    } else if (restored.changed.length) {
      this.host.status(
        t('The checkpoint from step {step} loaded with the settings it was trained with ({changed}). Press Run to continue training from it.', params),
      );
    } else if (restored.differentOnReset.length) {
      this.host.status(
        t(
          'The checkpoint from step {step} loaded; it was trained with {onReset}, which only Reset applies (Reset starts over). Press Run to continue training from it.',
          params,
        ),
      );
    }
    if (!restored.changed.length) return;
    const note = this.note(t('Settings restored: {changed}.', params));
    const keep = document.createElement('button');
    keep.type = 'button';
    keep.dataset.action = 'keep-my-settings';
    keep.textContent = t('Keep the settings I had');
    keep.addEventListener('click', () => {
      restored.undo();
      this.note(t('Your settings were put back; the restored weights are kept.'));
    });
    note.append(' ', keep);
  }

  private async deleteSelected(): Promise<void> {
    const store = await this.store;
    const select = this.root.querySelector<HTMLSelectElement>('[data-checkpoint-list]');
    const id = Number(select?.value);
    if (!store || !id) {
      this.host.status(this.host.t('No saved checkpoint is selected.'));
      return;
    }
    const label = select?.selectedOptions[0]?.textContent ?? this.host.t('The checkpoint');
    await store.delete(id);
    await this.listChanged();
    this.host.status(this.host.t('Deleted: {label}.', { label }));
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
    const t = this.host.t;
    if (!entries.length) select.append(new Option(store ? t('No checkpoints yet') : t('Unavailable in this browser'), ''));
    for (const e of entries) {
      // The time as the page's language writes it (오후 3:04:05 on Korean pages).
      const time = new Date(e.savedAt).toLocaleTimeString(document.documentElement.lang || undefined);
      const reason = e.reason === 'auto' ? t('auto') : e.reason === 'pause' ? t('pause') : t('manual');
      select.append(new Option(t('Step {step} ({reason}, {time})', { step: e.step, reason, time }), String(e.id)));
    }
    // Pre-select the learner's choice if it is still there, else their newest own save; never an
    // automatic one (the newest may be the collapsed end of a failure experiment): then they choose.
    const ids = entries.map((e) => String(e.id));
    const preselect = ids.includes(chosen) ? chosen : String(entries.find((e) => !isAutomatic(e))?.id ?? '');
    if (entries.length && !preselect) select.prepend(new Option(t('Choose a checkpoint…'), ''));
    select.value = preselect;
  }
}
