/**
 * The first-visit hint on the English home page: shown when the browser
 * ranks another edition's language above English, until the reader closes
 * it or follows it (remembered in localStorage). It never redirects.
 */
import { HINT_DISMISSED_KEY, preferredOther } from './languageChoice';

function remembered(): boolean {
  try {
    return localStorage.getItem(HINT_DISMISSED_KEY) === '1';
  } catch {
    return false; // storage blocked: show the hint; closing it still hides it for this visit
  }
}

function remember(): void {
  try {
    localStorage.setItem(HINT_DISMISSED_KEY, '1');
  } catch {
    /* storage blocked: nothing to remember with */
  }
}

const hints = [...document.querySelectorAll<HTMLElement>('[data-lang-hint]')];
const offered = hints.map((hint) => hint.dataset.langHint ?? '');
const wanted = remembered() ? null : preferredOther(navigator.languages ?? [navigator.language], document.documentElement.lang, offered);
const hint = hints.find((h) => h.dataset.langHint === wanted);
if (hint) {
  hint.hidden = false;
  hint.querySelector('[data-lang-hint-close]')?.addEventListener('click', () => {
    hint.hidden = true;
    remember();
  });
  hint.querySelector('a')?.addEventListener('click', remember);
}
