/**
 * Display math that overflows its column scrolls sideways; make exactly those
 * equations keyboard-focusable so they can be scrolled without a mouse (WCAG
 * 2.1.1), without a tab stop on every equation. A file, not an inline script,
 * so the site runs under a Content-Security-Policy without script hashes.
 */
function markScrollableMath(): void {
  for (const el of document.querySelectorAll('.katex-display')) {
    if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
    else el.removeAttribute('tabindex');
  }
}

markScrollableMath();
void document.fonts?.ready.then(markScrollableMath);
addEventListener('resize', markScrollableMath, { passive: true });
