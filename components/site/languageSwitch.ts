/**
 * Keeps each language-switch link pointing at the twin page with the current
 * query (cell settings) and hash (section). Without JavaScript the link is a
 * plain link to the twin page.
 */
import { carryLocation } from './languageChoice';

function update(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const twin = link.dataset.langSwitch;
    if (twin) link.href = carryLocation(twin, location.search, location.hash);
  }
}

update();
addEventListener('hashchange', update);
addEventListener('popstate', update);
// The address can also change without an event (history.replaceState); refresh just before the link is used.
for (const type of ['pointerdown', 'focusin', 'keydown'] as const) {
  document.addEventListener(type, (event) => {
    if (event.target instanceof Element && event.target.closest('a[data-lang-switch]')) update();
  });
}
