// Makes the page cross-origin isolated where the host does not, so the wasm
// backend can train on every core: registers coi-serviceworker.js (beside
// this file, i.e. the site root under any base path), which adds the
// COOP/COEP headers, and reloads once when that worker first takes control,
// but only while no cell has started, so a reload never costs any training.
// A file, not an inline script, so the course runs under a CSP without
// 'unsafe-inline' (docs/hosting.md).
const RELOADED_KEY = 'gan-course:isolation-reload';
const base = new URL('./', import.meta.url).pathname;

function cellsUntouched() {
  return [...document.querySelectorAll('[data-cell]')].every((c) => (c.getAttribute('data-state') ?? 'idle') === 'idle');
}

if (!crossOriginIsolated && 'serviceWorker' in navigator && isSecureContext) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // At most once per tab session: a browser that refuses isolation even
    // with the headers is never caught in a reload loop.
    if (sessionStorage.getItem(RELOADED_KEY) || !cellsUntouched()) return;
    sessionStorage.setItem(RELOADED_KEY, '1');
    location.reload();
  });
  navigator.serviceWorker.register(`${base}coi-serviceworker.js`, { scope: base }).catch(() => {
    // No service worker (blocked, private mode): the course runs single-threaded.
  });
}
