/**
 * What a learner has done, kept in this browser only (localStorage): the
 * predictions they committed to, the live tasks they achieved and the worked
 * solutions they opened, per lesson slug (shared by the editions, whose ids
 * are the same). A record that is missing, corrupt or from another version
 * reads as "nothing done yet" and is overwritten on the next write: progress
 * is a convenience, never a reason for an error. No tfjs, no DOM beyond
 * Storage and an event on window.
 */

/** Bump the version (and the key) when the record's shape changes: old records are then ignored. */
export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = `gan-course:progress:v${PROGRESS_VERSION}`;
/** Dispatched on window after every write, so the page's other parts can redraw (other tabs get a `storage` event). */
export const PROGRESS_EVENT = 'progress:changed';

export const PROGRESS_KINDS = ['predictions', 'tasks', 'exercises'] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

export type LessonProgress = Record<ProgressKind, string[]>;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

/** Lesson slugs and component ids: lower-case words joined by hyphens (the editions test keeps ids that way). */
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

export function emptyLesson(): LessonProgress {
  return { predictions: [], tasks: [], exercises: [] };
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 200 && value.every((id) => typeof id === 'string' && ID.test(id));

/** The stored text as a Progress, or an empty one when it is absent, not JSON, another version or the wrong shape. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (typeof data !== 'object' || data === null) return emptyProgress();
  const { version, lessons } = data as { version?: unknown; lessons?: unknown };
  if (version !== PROGRESS_VERSION || typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) return emptyProgress();
  const out = emptyProgress();
  for (const [slug, entry] of Object.entries(lessons)) {
    if (!ID.test(slug) || typeof entry !== 'object' || entry === null) return emptyProgress();
    const lesson = emptyLesson();
    for (const kind of PROGRESS_KINDS) {
      const ids = (entry as Record<string, unknown>)[kind];
      if (ids === undefined) continue;
      if (!isIdList(ids)) return emptyProgress();
      lesson[kind] = [...new Set(ids)];
    }
    out.lessons[slug] = lesson;
  }
  return out;
}

/** localStorage, or null where the browser refuses it (some private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readProgress(storage: Storage | null = browserStorage()): Progress {
  if (!storage) return emptyProgress();
  try {
    return parseProgress(storage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress();
  }
}

function write(storage: Storage | null, progress: Progress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Full or refused storage: the page works on; only the record is lost.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_EVENT));
}

/** Whether `id` of `kind` is recorded for the lesson. */
export function isRecorded(kind: ProgressKind, lesson: string, id: string, storage: Storage | null = browserStorage()): boolean {
  return readProgress(storage).lessons[lesson]?.[kind].includes(id) ?? false;
}

/** Records `id` (once) for the lesson; ids that are not slugs are ignored rather than stored. */
export function recordProgress(kind: ProgressKind, lesson: string, id: string, storage: Storage | null = browserStorage()): void {
  if (!ID.test(lesson) || !ID.test(id)) return;
  const progress = readProgress(storage);
  const entry = (progress.lessons[lesson] ??= emptyLesson());
  if (entry[kind].includes(id)) return;
  entry[kind].push(id);
  write(storage, progress);
}

export function clearProgress(storage: Storage | null = browserStorage()): void {
  try {
    storage?.removeItem(PROGRESS_KEY);
  } catch {
    // As in write(): nothing to do about a refusing storage.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_EVENT));
}

/** How many of a lesson's items are done, counting only ids the lesson still has (a renamed task does not count twice). */
export function doneCounts(progress: Progress, lesson: string, ids: Record<ProgressKind, readonly string[]>): Record<ProgressKind, number> {
  const entry = progress.lessons[lesson] ?? emptyLesson();
  const count = (kind: ProgressKind) => entry[kind].filter((id) => ids[kind].includes(id)).length;
  return { predictions: count('predictions'), tasks: count('tasks'), exercises: count('exercises') };
}
