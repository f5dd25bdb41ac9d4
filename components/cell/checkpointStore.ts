/**
 * Checkpoints kept in the browser's IndexedDB, per cell. When IndexedDB is
 * unavailable (some private windows) openCheckpointStore() resolves to null
 * and the cell falls back to download-only.
 *
 * What a checkpoint is (step, time, reason) and its weights live in two
 * object stores: listing a cell's checkpoints, which every save does to prune
 * and to refresh the menu, then reads a few hundred bytes, not every stored
 * model's weights (why: docs/performance.md, "sgan's late long tasks were the
 * checkpoint store").
 */

const DB_NAME = 'gan-course';
/** 1: one store of records with their bytes. 2: metadata and bytes apart (upgraded in place, nothing lost). */
const DB_VERSION = 2;
/** Metadata records, keyed by an increasing id, indexed by cellKey. */
const META = 'checkpoints';
/** The weights file of each checkpoint, under the same id as its metadata. */
const BYTES = 'checkpointBytes';
/**
 * Retention (storage is the learner's): a checkpoint saved by hand stays until
 * the learner deletes it. Automatic ones (every N steps, on Pause) form a ring
 * per tab: a tab's oldest is dropped beyond this many, so two tabs of a
 * lesson never push out each other's saves...
 */
export const KEEP_AUTO_PER_TAB = 5;
/** ...and across tabs and visits no more than this many automatic ones per cell are kept. */
export const KEEP_AUTO_PER_CELL = 15;

export interface CheckpointInfo {
  id?: number;
  /** Page path + cell id: the same cell on the same lesson. */
  cellKey: string;
  modelId: string;
  step: number;
  savedAt: number;
  /** Why it was saved: 'auto', 'pause', 'manual'. */
  reason: string;
  /** The page (one tab's visit) that saved it: automatic saves are a ring per tab. Absent in older records. */
  tabId?: string;
  /** The settings the weights were trained with, restored with them. Absent in older records and uploads. */
  settings?: Record<string, number | string | boolean>;
}

export const isAutomatic = (c: CheckpointInfo) => c.reason !== 'manual';

/**
 * Which of a cell's checkpoints to drop once `tabId` has saved: its own
 * automatic ones beyond KEEP_AUTO_PER_TAB, then the oldest automatic ones
 * beyond KEEP_AUTO_PER_CELL. Manual saves are never dropped.
 */
export function toDrop(all: CheckpointInfo[], tabId: string | undefined): CheckpointInfo[] {
  const automatic = all.filter(isAutomatic).sort(newestFirst);
  const fromTab = automatic.filter((c) => c.tabId === tabId).slice(KEEP_AUTO_PER_TAB);
  const rest = automatic.filter((c) => !fromTab.includes(c));
  return [...fromTab, ...rest.slice(KEEP_AUTO_PER_CELL)];
}

export interface StoredCheckpoint extends CheckpointInfo {
  /** A single checkpoint file (src/ml/checkpoint). */
  bytes: ArrayBuffer;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
  });
}

function newestFirst(a: CheckpointInfo, b: CheckpointInfo): number {
  return b.savedAt - a.savedAt || (b.id ?? 0) - (a.id ?? 0);
}

/** Why this page can no longer use its connection (another tab upgraded the database). */
const CLOSED_FOR_UPGRADE =
  'A newer version of the course, open in another tab, has updated how checkpoints are kept. Reload this page to keep saving them (the ones kept so far are safe).';

export class CheckpointStore {
  private closedBecause: string | null = null;

  constructor(private readonly db: IDBDatabase) {
    // Another tab opening a newer version waits until every older connection closes: close, and say so on the next use.
    db.onversionchange = () => {
      db.close();
      this.closedBecause = CLOSED_FOR_UPGRADE;
    };
  }

  private usable(): void {
    if (this.closedBecause) throw new Error(this.closedBecause);
  }

  /** The cell's checkpoints, newest first, without their weights. */
  async list(cellKey: string): Promise<CheckpointInfo[]> {
    this.usable();
    const tx = this.db.transaction(META, 'readonly');
    const all = await request(tx.objectStore(META).index('cellKey').getAll(cellKey) as IDBRequest<CheckpointInfo[]>);
    return all.sort(newestFirst);
  }

  /** One checkpoint with its weights, or undefined if it is gone. */
  async get(id: number): Promise<StoredCheckpoint | undefined> {
    this.usable();
    const tx = this.db.transaction([META, BYTES], 'readonly');
    const [info, bytes] = await Promise.all([
      request(tx.objectStore(META).get(id) as IDBRequest<CheckpointInfo | undefined>),
      request(tx.objectStore(BYTES).get(id) as IDBRequest<ArrayBuffer | undefined>),
    ]);
    return info && bytes ? { ...info, bytes } : undefined;
  }

  /** Deletes one checkpoint and its weights. */
  async delete(id: number): Promise<void> {
    this.usable();
    const tx = this.db.transaction([META, BYTES], 'readwrite');
    const done = completion(tx);
    tx.objectStore(META).delete(id);
    tx.objectStore(BYTES).delete(id);
    await done;
  }

  /** Adds a checkpoint and drops what retention says (toDrop), in one transaction; resolves to what was dropped. */
  async add(entry: StoredCheckpoint): Promise<CheckpointInfo[]> {
    this.usable();
    const tx = this.db.transaction([META, BYTES], 'readwrite');
    const done = completion(tx);
    const meta = tx.objectStore(META);
    const bytes = tx.objectStore(BYTES);
    const { bytes: weights, ...info } = entry;
    let dropped: CheckpointInfo[] = [];
    try {
      const id = (await request(meta.add(info))) as number;
      bytes.put(weights, id);
      const all = await request(meta.index('cellKey').getAll(entry.cellKey) as IDBRequest<CheckpointInfo[]>);
      dropped = toDrop(all, entry.tabId);
      for (const old of dropped) {
        if (old.id === undefined) continue;
        meta.delete(old.id);
        bytes.delete(old.id);
      }
    } catch (error) {
      // Nothing half-written: a record whose weights were refused must not be listed.
      done.catch(() => {});
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser.
      }
      throw error;
    }
    await done;
    return dropped;
  }
}

/**
 * Creates the stores, or moves a version-1 database's records apart: each
 * record's bytes go to BYTES under its id and the record keeps the rest.
 * Runs inside the upgrade transaction, so it completes or changes nothing.
 */
function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(META, { keyPath: 'id', autoIncrement: true }).createIndex('cellKey', 'cellKey');
  if (oldVersion < 2) {
    const bytes = db.createObjectStore(BYTES);
    if (oldVersion < 1) return;
    const cursorRequest = tx.objectStore(META).openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      const { bytes: weights, ...info } = cursor.value as StoredCheckpoint;
      if (weights instanceof ArrayBuffer) {
        bytes.put(weights, cursor.primaryKey);
        cursor.update(info);
      } else cursor.delete(); // a record without weights restores nothing
      cursor.continue();
    };
  }
}

/**
 * Opens (creating or upgrading) the store; null where IndexedDB is unavailable.
 * `onBlocked` is called when an upgrade waits for a tab still holding the
 * older database open (one opened before the course was updated, which does
 * not close for newer versions); the promise resolves once that tab closes.
 */
export async function openCheckpointStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  onBlocked: () => void = () => {},
): Promise<CheckpointStore | null> {
  try {
    if (!factory) return null;
    const open = factory.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = (event) => upgrade(open.result, open.transaction!, event.oldVersion);
    open.onblocked = () => onBlocked();
    return new CheckpointStore(await request(open));
  } catch {
    return null;
  }
}
