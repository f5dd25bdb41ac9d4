/**
 * Records a worked solution as opened (progressStore.ts) when its
 * <details data-solution="<exercise id>"> (components/learn/Exercise.astro)
 * is opened. `toggle` does not bubble, so it is caught on the way down.
 */
import { recordProgress } from './progressStore';
import { lessonSlugOf } from './lessonPath';

document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    const id = details.dataset.solution;
    if (id) recordProgress('exercises', lessonSlugOf(location.pathname), id);
  },
  true,
);
