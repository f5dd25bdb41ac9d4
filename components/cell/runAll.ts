/** <run-all-cells>: one button that runs, or pauses, every cell on the page. */
import { GanCellElement } from './cellElement';
import './register';
import { uiText } from './uiText';
// Every lesson page loads this file; the math helper rides along as a file, not an inline script (CSP).
import '../site/mathScroll';

function cells(): GanCellElement[] {
  return [...document.querySelectorAll('gan-cell')].filter((c): c is GanCellElement => c instanceof GanCellElement);
}

class RunAllElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    // Lessons without cells show no button.
    if (!button || cells().length === 0) return;
    this.hidden = false;
    const t = uiText();
    const label = () => {
      button.textContent = cells().some((c) => c.state === 'running' || c.state === 'loading') ? t('Pause all cells') : t('Run all cells');
    };
    button.addEventListener('click', () => {
      const anyRunning = cells().some((c) => c.state === 'running' || c.state === 'loading');
      for (const cell of cells()) anyRunning ? cell.pause() : cell.run();
      setTimeout(label, 50);
    });
    // Cells change state on their own (errors, pauses); keep the label honest.
    new MutationObserver(label).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  }
}

if (!customElements.get('run-all-cells')) customElements.define('run-all-cells', RunAllElement);
