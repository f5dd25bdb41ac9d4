/**
 * Shows this browser's progress wherever the page has a lesson's items
 * (data-progress on the home page, data-lesson-progress in the lesson list)
 * and wires the clear button. Redraws after every write on this page and
 * after writes in other tabs (the `storage` event).
 */
import { fill } from './fill';
import { PROGRESS_EVENT, PROGRESS_KEY, PROGRESS_KINDS, clearProgress, doneCounts, readProgress, type ProgressKind } from './progressStore';

function itemsOf(element: HTMLElement): Record<ProgressKind, string[]> | null {
  try {
    const items = JSON.parse(element.dataset.items ?? '') as Record<ProgressKind, string[]>;
    return PROGRESS_KINDS.every((kind) => Array.isArray(items[kind])) ? items : null;
  } catch {
    return null;
  }
}

function draw(): void {
  const progress = readProgress();
  for (const element of document.querySelectorAll<HTMLElement>('[data-progress], [data-lesson-progress]')) {
    const slug = element.dataset.progress ?? element.dataset.lessonProgress ?? '';
    const items = itemsOf(element);
    if (!items) continue;
    const done = doneCounts(progress, slug, items);
    if (element.dataset.progress !== undefined) {
      element.textContent = fill(element.dataset.template ?? '', {
        p: done.predictions,
        P: items.predictions.length,
        t: done.tasks,
        T: items.tasks.length,
        e: done.exercises,
        E: items.exercises.length,
      });
    } else {
      const total = PROGRESS_KINDS.reduce((sum, kind) => sum + items[kind].length, 0);
      const doneAll = PROGRESS_KINDS.reduce((sum, kind) => sum + done[kind], 0);
      element.textContent = total > 0 ? fill(element.dataset.template ?? '', { done: doneAll, total }) : '';
      element.hidden = total === 0;
    }
  }
}

function wireClear(): void {
  for (const controls of document.querySelectorAll<HTMLElement>('[data-progress-controls]')) {
    const button = controls.querySelector<HTMLButtonElement>('[data-progress-clear]');
    const status = controls.querySelector<HTMLElement>('[data-progress-status]');
    if (!button || button.dataset.wired) continue;
    button.dataset.wired = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      if (!window.confirm(controls.dataset.confirm ?? '')) return;
      clearProgress();
      if (status) status.textContent = controls.dataset.cleared ?? '';
    });
  }
}

draw();
wireClear();
window.addEventListener(PROGRESS_EVENT, draw);
window.addEventListener('storage', (event) => {
  if (event.key === PROGRESS_KEY || event.key === null) draw();
});
