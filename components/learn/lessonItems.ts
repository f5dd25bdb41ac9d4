/**
 * A lesson's predictions, live tasks and exercises, read from its MDX source
 * at build time, so the home page and the lesson list know how many there
 * are (and which ids count) without loading the lesson. Node only.
 */
import { componentAttribute } from '../../src/i18n/lessonStructure';
import type { ProgressKind } from './progressStore';

/** The component whose `id` attribute names each kind of item. */
const COMPONENTS: Record<ProgressKind, string> = { predictions: 'Predict', tasks: 'Task', exercises: 'Exercise' };

export type LessonItems = Record<ProgressKind, string[]>;

// Every lesson page lists every lesson: parse each source once per build.
const cache = new Map<string, LessonItems>();

export function lessonItems(source: string): LessonItems {
  const cached = cache.get(source);
  if (cached) return cached;
  const ids = (kind: ProgressKind) => componentAttribute(source, COMPONENTS[kind], 'id').filter((id): id is string => id !== null);
  const items = { predictions: ids('predictions'), tasks: ids('tasks'), exercises: ids('exercises') };
  cache.set(source, items);
  return items;
}
