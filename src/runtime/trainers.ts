/**
 * Finds a Trainer module by name: src/ml/trainers/<name>.ts, where the name
 * is a cell kind's (or the kind its definition names as `trainer`; the page
 * sends it). The worker imports only the one it needs, so each model is its
 * own chunk; Vite turns the template into a table of the files in that
 * folder, so no other file can be reached. tests/unit/cellModules.test.ts
 * checks that every kind has its trainer.
 */
import type { HyperValues, TrainerFactory } from '../ml/trainer';
import { trainerModuleOf } from '../cells/modules';
import type { CellDefinition } from '../cells/schema';

export type TrainerLoader = () => Promise<{ default: TrainerFactory<HyperValues> }>;

/** A module name: letters and digits, as kinds are named. */
const MODULE_NAME = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

/**
 * The loader of the trainer named in a worker message, or undefined for a
 * name that cannot be one. The values its factory is called with were
 * checked against the kind's schema on the page, and each trainer module
 * types its factory by its own kind's values (e.g. TrainerFactory<Gan1dValues>).
 */
export function trainerLoaderFor(name: string): TrainerLoader | undefined {
  if (!MODULE_NAME.test(name)) return undefined;
  return () => import(`../ml/trainers/${name}.ts`) as Promise<{ default: TrainerFactory<HyperValues> }>;
}


/** The loader of the trainer a cell definition trains with (scripts and tests start trainers from definitions). */
export function trainerLoaderOf(def: Pick<CellDefinition, 'kind' | 'trainer'>): TrainerLoader {
  return trainerLoaderFor(trainerModuleOf(def))!;
}
