import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  clearProgress,
  doneCounts,
  emptyProgress,
  isRecorded,
  parseProgress,
  readProgress,
  recordProgress,
} from '../../components/learn/progressStore';

/** localStorage's interface over a Map (the unit tests run in node). */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

describe('progress store', () => {
  it('records predictions, tasks and exercises per lesson, once each, and reads them back', () => {
    const storage = memoryStorage();
    recordProgress('predictions', 'minimax-game', 'p-balance', storage);
    recordProgress('predictions', 'minimax-game', 'p-balance', storage);
    recordProgress('tasks', 'minimax-game', 't-d-wins', storage);
    recordProgress('exercises', 'dcgan', 'conv-sizes', storage);
    const progress = readProgress(storage);
    expect(progress.lessons['minimax-game']).toEqual({ predictions: ['p-balance'], tasks: ['t-d-wins'], exercises: [] });
    expect(progress.lessons.dcgan?.exercises).toEqual(['conv-sizes']);
    expect(isRecorded('tasks', 'minimax-game', 't-d-wins', storage)).toBe(true);
    expect(isRecorded('tasks', 'dcgan', 't-d-wins', storage)).toBe(false);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 0, lessons: { dcgan: { predictions: ['a'] } } })],
    ['a list where a record belongs', JSON.stringify([1, 2])],
    ['ids that are not strings', JSON.stringify({ version: 1, lessons: { dcgan: { predictions: [1] } } })],
    ['a lesson that is not an object', JSON.stringify({ version: 1, lessons: { dcgan: 'done' } })],
    ['a slug with markup', JSON.stringify({ version: 1, lessons: { '<img>': { tasks: [] } } })],
    ['null', 'null'],
  ])('ignores a corrupt or old record (%s) without throwing, and overwrites it on the next write', (_what, raw) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    expect(readProgress(storage)).toEqual(emptyProgress());
    recordProgress('predictions', 'dcgan', 'p-kernel', storage);
    expect(readProgress(storage).lessons).toEqual({ dcgan: { predictions: ['p-kernel'], tasks: [], exercises: [] } });
  });

  it('reads nothing, and throws nothing, when the browser refuses storage', () => {
    const refusing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } } as Storage;
    expect(readProgress(refusing)).toEqual(emptyProgress());
    expect(() => recordProgress('tasks', 'dcgan', 't-score', refusing)).not.toThrow();
    expect(readProgress(null)).toEqual(emptyProgress());
  });

  it('clears everything', () => {
    const storage = memoryStorage();
    recordProgress('tasks', 'dcgan', 't-score', storage);
    clearProgress(storage);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(readProgress(storage)).toEqual(emptyProgress());
  });

  it('counts only ids the lesson still has', () => {
    const progress = parseProgress(JSON.stringify({ version: 1, lessons: { dcgan: { predictions: ['a', 'gone'], tasks: ['t'] } } }));
    expect(doneCounts(progress, 'dcgan', { predictions: ['a', 'b'], tasks: ['t', 'u'], exercises: ['e'] })).toEqual({ predictions: 1, tasks: 1, exercises: 0 });
    expect(doneCounts(progress, 'cyclegan', { predictions: ['a'], tasks: [], exercises: [] })).toEqual({ predictions: 0, tasks: 0, exercises: 0 });
  });
});
