/**
 * Checkpoints kept in the browser's IndexedDB, per cell. When IndexedDB is
 * unavailable (some private windows) openCheckpointStore() resolves to null
 * and the cell falls back to download-only.
 */

const DB_NAME = 'gan-course';
const DB_VERSION = 1;
const STORE = 'checkpoints';
/** Oldest checkpoints beyond this many per cell are deleted: storage is the learner's. */
export const KEEP_PER_CELL = 5;

export interface StoredCheckpoint {
  id?: number;
  /** Page path + cell id: the same cell on the same lesson. */
  cellKey: string;
  modelId: string;
  step: number;
  savedAt: number;
  /** Why it was saved: 'auto', 'pause', 'manual'. */
  reason: string;
  bytes: ArrayBuffer;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export class CheckpointStore {
  constructor(private readonly db: IDBDatabase) {}

  async list(cellKey: string): Promise<StoredCheckpoint[]> {
    const tx = this.db.transaction(STORE, 'readonly');
    const all = await request(tx.objectStore(STORE).index('cellKey').getAll(cellKey) as IDBRequest<StoredCheckpoint[]>);
    return all.sort((a, b) => b.savedAt - a.savedAt);
  }

  async get(id: number): Promise<StoredCheckpoint | undefined> {
    const tx = this.db.transaction(STORE, 'readonly');
    return request(tx.objectStore(STORE).get(id) as IDBRequest<StoredCheckpoint | undefined>);
  }

  /** Adds a checkpoint and prunes the cell's oldest beyond KEEP_PER_CELL. */
  async add(entry: StoredCheckpoint): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    await request(store.add(entry));
    const all = (await request(store.index('cellKey').getAll(entry.cellKey) as IDBRequest<StoredCheckpoint[]>)).sort((a, b) => b.savedAt - a.savedAt);
    for (const old of all.slice(KEEP_PER_CELL)) if (old.id !== undefined) store.delete(old.id);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
  }
}

export async function openCheckpointStore(): Promise<CheckpointStore | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      store.createIndex('cellKey', 'cellKey');
    };
    return new CheckpointStore(await request(open));
  } catch {
    return null;
  }
}
