/**
 * Cells with a `speed` setting (issue #21) train at a watchable pace by
 * default; measurements want the machine's maximum, as before that setting.
 */
import type { Locator } from 'playwright-core';

/** Sets the cell's speed to "max" if it has a speed control (cells without one always run unpaced). */
export async function atFullSpeed(cell: Locator): Promise<void> {
  const speed = cell.locator('select[name="speed"]');
  if ((await speed.count()) > 0) await speed.selectOption('max');
}
