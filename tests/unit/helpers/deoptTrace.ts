/** Markers and parsing for V8's --trace-deopt-verbose output (optimiserStability.test.ts). */
export const WARM_MARKER = '=== warmed up ===';
export const DONE_MARKER = '=== measured ===';

/** Source positions ("file:line:col") of the deoptimisations printed between the markers, with counts. */
export function deoptSitesBetweenMarkers(output: string): Map<string, number> {
  const start = output.indexOf(WARM_MARKER);
  const end = output.indexOf(DONE_MARKER);
  if (start < 0 || end < start) throw new Error('the traced run did not print both markers');
  const sites = new Map<string, number>();
  for (const m of output.slice(start, end).matchAll(/deoptimize at <([^>]*)>/g)) sites.set(m[1], (sites.get(m[1]) ?? 0) + 1);
  return sites;
}
