/**
 * Arrow keys on a log-scaled number control (learning rates): one press moves
 * along 1, 2, 5, 10, 20, 50... so a learner can sweep 0.0001 to 0.5 in a few
 * presses, where equal steps of 0.0001 would take thousands.
 */

/** The next value on the 1-2-5 ladder above (direction 1) or below (-1) `value`, kept within [min, max]. */
export function logStep(value: number, direction: 1 | -1, min: number, max: number): number {
  if (!Number.isFinite(value) || value <= 0) return direction > 0 ? Math.max(min, Number.MIN_VALUE) : min;
  const decade = Math.floor(Math.log10(value));
  const candidates: number[] = [];
  for (let d = decade - 1; d <= decade + 1; d++) for (const m of [1, 2, 5]) candidates.push(tidy(m * 10 ** d));
  // A relative margin so 0.0002 (stored as 0.00020000000000000001) counts as on the ladder.
  const next = direction > 0 ? candidates.find((c) => c > value * (1 + 1e-9)) : candidates.reverse().find((c) => c < value * (1 - 1e-9));
  return Math.min(max, Math.max(min, next ?? value));
}

/** 5 * 10 ** -4 is 0.0005000000000000001 in floating point; the control should show 0.0005. */
function tidy(x: number): number {
  return Number(x.toPrecision(6));
}
