/**
 * A cell kind is its definition plus a line in src/cells/index.ts; its
 * trainer and view are found by name (src/cells/modules.ts). This checks
 * that every name leads to a module with a default export, that borrowed
 * modules name kinds that exist, and that names which are no module's are
 * refused before anything is imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellDefinitions } from '../../src/cells/index';
import { trainerModuleOf, viewModuleOf } from '../../src/cells/modules';
import { trainerLoaderFor } from '../../src/runtime/trainers';
import { viewLoaderFor } from '../../components/views/registry';

const ROOT = resolve(import.meta.dirname, '../..');
const definitions = Object.values(cellDefinitions);
const hasDefaultExport = (file: string) => existsSync(file) && /^export default /m.test(readFileSync(file, 'utf8'));

describe('cell kinds find their modules by name', () => {
  for (const def of definitions) {
    it(`${def.kind}: trainer ${trainerModuleOf(def)}, view ${viewModuleOf(def)}View`, () => {
      expect(hasDefaultExport(resolve(ROOT, 'src/ml/trainers', `${trainerModuleOf(def)}.ts`))).toBe(true);
      expect(hasDefaultExport(resolve(ROOT, 'components/views', `${viewModuleOf(def)}View.ts`))).toBe(true);
    });
  }

  it('a borrowed trainer or view is another kind’s', () => {
    const kinds = new Set<string>(definitions.map((d) => d.kind));
    for (const def of definitions) {
      if (def.trainer) expect(kinds.has(def.trainer), `${def.kind}.trainer`).toBe(true);
      if (def.view) expect(kinds.has(def.view), `${def.kind}.view`).toBe(true);
    }
  });

  it('a name that cannot be a module is refused without an import', () => {
    for (const name of ['../cells/index', 'gan1d/../x', '', 'a.b', 'x'.repeat(60), '1abc', 'constructor()']) {
      expect(trainerLoaderFor(name), name).toBeUndefined();
      expect(viewLoaderFor(name), name).toBeUndefined();
    }
  });

  it('the worker loads a trainer by its module name', async () => {
    expect(typeof (await trainerLoaderFor('gan2d')!()).default).toBe('function');
  });
});
