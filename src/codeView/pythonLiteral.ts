/**
 * A cell's setting written as a Python literal: the same function writes the
 * Keras text at build time and updates its numbers in the page, so both
 * agree. No DOM, no tfjs.
 */
export function pythonLiteral(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'float("nan")';
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
