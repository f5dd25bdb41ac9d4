/**
 * Which trainer and which view a cell kind uses: its own, named after the
 * kind (src/ml/trainers/<kind>.ts, components/views/<kind>View.ts), unless
 * its definition borrows another kind's. The page reads these and names the
 * module to the worker and the view host; no module is imported here.
 */
import type { CellDefinition } from './schema';

export function trainerModuleOf(def: Pick<CellDefinition, 'kind' | 'trainer'>): string {
  return def.trainer ?? def.kind;
}

export function viewModuleOf(def: Pick<CellDefinition, 'kind' | 'view'>): string {
  return def.view ?? def.kind;
}
