import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KEEP_AUTO_PER_CELL, KEEP_AUTO_PER_TAB, isAutomatic, openCheckpointStore, type StoredCheckpoint } from '../../components/cell/checkpointStore';

const bytesOf = (step: number) => new Float32Array([step, step + 0.5]).buffer;
const entry = (cellKey: string, step: number): StoredCheckpoint => ({ cellKey, modelId: 'm', step, savedAt: 1000 + step, reason: 'auto', bytes: bytesOf(step) });

function requestOf<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A database as version 1 of the course left it: one store of records with their bytes. */
async function versionOneDatabase(factory: IDBFactory, records: Omit<StoredCheckpoint, 'id'>[]): Promise<void> {
  const open = factory.open('gan-course', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('checkpoints', { keyPath: 'id', autoIncrement: true }).createIndex('cellKey', 'cellKey');
  const db = await requestOf(open);
  const tx = db.transaction('checkpoints', 'readwrite');
  for (const r of records) tx.objectStore('checkpoints').add(r);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('checkpoint store', () => {
  it('lists a cell\'s checkpoints newest first without their weights, and gives the weights of one', async () => {
    const store = (await openCheckpointStore(new IDBFactory()))!;
    await store.add(entry('a', 100));
    await store.add(entry('a', 200));
    await store.add(entry('b', 300));
    const list = await store.list('a');
    expect(list.map((c) => c.step)).toEqual([200, 100]);
    expect(list.every((c) => !('bytes' in c))).toBe(true);
    const got = await store.get(list[1].id!);
    expect(got?.step).toBe(100);
    expect(Array.from(new Float32Array(got!.bytes))).toEqual([100, 100.5]);
  });

  it(`keeps a ring of ${KEEP_AUTO_PER_TAB} automatic saves per tab, deletes the weights of the rest, and says what it dropped`, async () => {
    const store = (await openCheckpointStore(new IDBFactory()))!;
    const dropped: number[] = [];
    for (let step = 1; step <= KEEP_AUTO_PER_TAB + 3; step++) dropped.push(...(await store.add(entry('a', step))).map((c) => c.step));
    await store.add(entry('b', 99));
    const kept = await store.list('a');
    expect(kept.map((c) => c.step)).toEqual([8, 7, 6, 5, 4]);
    expect(dropped).toEqual([1, 2, 3]);
    // The pruned ones are gone with their bytes: ids 1-3 were the first three saves.
    for (const id of [1, 2, 3]) expect(await store.get(id)).toBeUndefined();
    expect((await store.list('b')).length).toBe(1);
  });

  it('keeps a checkpoint saved by hand until it is deleted, however many automatic saves follow (issue 19)', async () => {
    const store = (await openCheckpointStore(new IDBFactory()))!;
    await store.add({ ...entry('a', 1), reason: 'manual' });
    for (let step = 2; step <= 30; step++) await store.add({ ...entry('a', step), reason: step % 2 ? 'pause' : 'auto' });
    const kept = await store.list('a');
    expect(kept.filter((c) => c.reason === 'manual').map((c) => c.step)).toEqual([1]);
    expect(kept.filter(isAutomatic).length).toBe(KEEP_AUTO_PER_TAB);
    const manual = kept.find((c) => c.reason === 'manual')!;
    await store.delete(manual.id!);
    expect((await store.list('a')).some((c) => c.reason === 'manual')).toBe(false);
    expect(await store.get(manual.id!)).toBeUndefined();
  });

  it('two tabs keep their own automatic saves; tabs together keep at most the per-cell bound', async () => {
    const store = (await openCheckpointStore(new IDBFactory()))!;
    for (let step = 1; step <= 8; step++) {
      await store.add({ ...entry('a', step), tabId: 'one' });
      await store.add({ ...entry('a', 100 + step), tabId: 'two' });
    }
    const kept = await store.list('a');
    expect(kept.filter((c) => c.tabId === 'one').map((c) => c.step)).toEqual([8, 7, 6, 5, 4]);
    expect(kept.filter((c) => c.tabId === 'two').map((c) => c.step)).toEqual([108, 107, 106, 105, 104]);
    for (const tab of ['three', 'four', 'five', 'six']) for (let step = 1; step <= 3; step++) await store.add({ ...entry('a', 1000 + step), tabId: tab });
    expect((await store.list('a')).length).toBe(KEEP_AUTO_PER_CELL);
  });

  it('keeps the settings a checkpoint was trained with', async () => {
    const store = (await openCheckpointStore(new IDBFactory()))!;
    await store.add({ ...entry('a', 5), reason: 'manual', settings: { freezeD: true, lrD: 0.01, optimizer: 'adam' } });
    const [info] = await store.list('a');
    expect(info.settings).toEqual({ freezeD: true, lrD: 0.01, optimizer: 'adam' });
  });

  it('moves a version-1 database apart in place: every checkpoint and its weights survive the upgrade', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory, [entry('a', 10), entry('a', 20), entry('b', 30)]);
    const store = (await openCheckpointStore(factory))!;
    const a = await store.list('a');
    expect(a.map((c) => c.step)).toEqual([20, 10]);
    expect(a.every((c) => !('bytes' in c))).toBe(true);
    for (const c of [...a, ...(await store.list('b'))]) {
      const got = await store.get(c.id!);
      expect(Array.from(new Float32Array(got!.bytes))).toEqual([c.step, c.step + 0.5]);
    }
    // Saving after the upgrade continues the ids and the pruning.
    await store.add(entry('a', 40));
    expect((await store.list('a')).map((c) => c.step)).toEqual([40, 20, 10]);
  });

  it('older records (no tab, no settings) keep their meaning: saves by hand stay, automatic ones fall under the cell bound only', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory, [{ ...entry('a', 10), reason: 'manual' }, entry('a', 20), entry('a', 30)]);
    const store = (await openCheckpointStore(factory))!;
    for (let step = 100; step < 100 + 2 * KEEP_AUTO_PER_TAB; step++) await store.add({ ...entry('a', step), tabId: 'new' });
    const kept = await store.list('a');
    expect(kept.find((c) => c.step === 10)?.reason).toBe('manual');
    // The new tab's ring dropped only its own; the two old automatic saves count towards the cell bound alone.
    expect(kept.filter((c) => c.tabId === undefined && isAutomatic(c)).map((c) => c.step)).toEqual([30, 20]);
    expect(kept.filter((c) => c.tabId === 'new').length).toBe(KEEP_AUTO_PER_TAB);
  });

  it('writes nothing when the weights are refused (storage full): no record is listed without its weights', async () => {
    const store = (await openCheckpointStore(new IDBFactory()))!;
    await store.add(entry('a', 1));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded', 'QuotaExceededError');
    };
    try {
      await expect(store.add(entry('a', 2))).rejects.toThrow('quota');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await store.list('a')).map((c) => c.step)).toEqual([1]);
  });

  it('closes for a newer version opened in another tab, and then refuses with a message that says to reload', async () => {
    const factory = new IDBFactory();
    const store = (await openCheckpointStore(factory))!;
    await store.add(entry('a', 1));
    // Another tab, a later course with database version 3: it is not blocked by this one.
    const newer = factory.open('gan-course', 3);
    const blocked = { value: false };
    newer.onblocked = () => (blocked.value = true);
    (await requestOf(newer)).close();
    expect(blocked.value).toBe(false);
    await expect(store.add(entry('a', 2))).rejects.toThrow(/Reload this page/);
    await expect(store.list('a')).rejects.toThrow(/Reload this page/);
  });

  it('says when its upgrade waits for an old tab, and opens with everything once that tab closes', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory, [entry('a', 10)]);
    // A tab of the first version, still open: it never closes for newer versions.
    const old = await requestOf(factory.open('gan-course', 1));
    let blockedCalls = 0;
    const opening = openCheckpointStore(factory, () => blockedCalls++);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blockedCalls).toBe(1);
    old.close();
    const store = (await opening)!;
    expect((await store.list('a')).map((c) => c.step)).toEqual([10]);
  });

  it('resolves to null where IndexedDB is unavailable (the cell then offers downloads only)', async () => {
    expect(await openCheckpointStore(undefined)).toBeNull();
    const refusing = { open: () => { throw new DOMException('The user denied permission', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await openCheckpointStore(refusing)).toBeNull();
  });
});
