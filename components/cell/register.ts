/**
 * Defines <gan-cell> once per page and the page-wide keyboard shortcut:
 * Shift+Enter runs (or pauses) the cell that has focus.
 */
import { GanCellElement } from './cellElement';

if (!customElements.get('gan-cell')) {
  customElements.define('gan-cell', GanCellElement);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const cell = target?.closest('gan-cell');
    if (cell instanceof GanCellElement) {
      event.preventDefault();
      cell.toggleRun();
    }
  });
  // Leaving the page ends every cell's worker (and its training): a lesson
  // kept in the back/forward cache must not keep a laptop's cores busy.
  window.addEventListener('pagehide', () => {
    for (const cell of document.querySelectorAll('gan-cell')) if (cell instanceof GanCellElement) cell.leavePage();
  });
}
