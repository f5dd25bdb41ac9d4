/**
 * Remembers the numbers one part of a view was last drawn from, so an update
 * that brings the same numbers skips that part. Payloads arrive four times a
 * second, but evaluations, snapshots and scores change every few steps at
 * most: redrawing an identical chart only takes frames from the page and
 * CPU from the training worker (the two share the machine's cores).
 */
export type DrawInput = ArrayLike<number> | number | string | boolean | undefined;

function same(a: DrawInput, b: DrawInput): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

export class ChangeGate {
  private last: DrawInput[] | null = null;

  /**
   * Whether `inputs` differ from those of the last call that returned true
   * (always true the first time). Arrays are compared by value and kept by
   * reference: payload arrays are never written after they arrive.
   */
  changed(...inputs: DrawInput[]): boolean {
    const last = this.last;
    if (last && last.length === inputs.length && inputs.every((v, i) => same(v, last[i]))) return false;
    this.last = inputs;
    return true;
  }
}

/** `count` fresh gates, one per part of a view: `const [gridGate, chartGate] = changeGates(2);`. */
export function changeGates(count: number): ChangeGate[] {
  return Array.from({ length: count }, () => new ChangeGate());
}
