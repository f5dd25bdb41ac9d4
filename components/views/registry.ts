/**
 * Finds a view module by name: components/views/<name>View.ts, where the
 * name is a cell kind's (or the kind its definition names as `view`),
 * loaded on demand so no chart code is in the initial page bundle; Vite
 * turns the template into a table of the views in this folder, so no other
 * file can be reached. tests/unit/cellModules.test.ts checks that every
 * kind has its view.
 */
import type { ViewFactory } from './view';

export type ViewLoader = () => Promise<{ default: ViewFactory }>;

const MODULE_NAME = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

/** The loader of the view named `name`, or undefined for a name that cannot be one. */
export function viewLoaderFor(name: string): ViewLoader | undefined {
  if (!MODULE_NAME.test(name)) return undefined;
  return () => import(`./${name}View.ts`) as Promise<{ default: ViewFactory }>;
}

/**
 * Views with something to show before any training (curves drawn from
 * formulas, which the lesson asks the learner to read first): loaded when
 * their cell nears the screen rather than on the first payload. Their
 * setHyperparameters draws it.
 */
export const previewKinds: ReadonlySet<string> = new Set(['lsgan', 'customLoss']);
