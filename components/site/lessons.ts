/**
 * Ordering and neighbours of lessons, kept free of astro:content so it can be
 * unit-tested with plain objects.
 */

export interface LessonLike {
  id: string;
  data: { order: number; title: string };
}

/** Lessons in course order; ties (a mistake in frontmatter) fall back to id so builds are deterministic. */
export function sortByOrder<T extends LessonLike>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export interface Neighbours<T> {
  prev?: T;
  next?: T;
}

/** The lessons before and after `id` in an already sorted list. */
export function neighbours<T extends LessonLike>(sorted: readonly T[], id: string): Neighbours<T> {
  const index = sorted.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}
