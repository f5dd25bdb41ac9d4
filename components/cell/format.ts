/** Number formatting for cell readouts; pure, unit-tested. */

/** Fixed digits for ordinary values, exponent notation for tiny or huge ones. */
export function formatMetric(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 10 ** -digits || abs >= 1e6)) return value.toExponential(Math.max(digits - 1, 1));
  return value.toFixed(digits).replace(/^-/, '−');
}

export function formatRate(stepsPerSec: number): string {
  if (!Number.isFinite(stepsPerSec) || stepsPerSec <= 0) return '–';
  return stepsPerSec >= 10 ? stepsPerSec.toFixed(0) : stepsPerSec.toFixed(2);
}
