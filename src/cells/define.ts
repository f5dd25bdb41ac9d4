/**
 * Typed cell definitions: a kind's parameter list is written once, `as
 * const`, and the type of its values is inferred from it, so the trainer
 * that receives them and the presets that set them are checked against the
 * same list. No tfjs here: components import this file.
 */
import type { CellDefinition, ParamSpec, Preset } from './schema';

/** The value type of one spec: a number, a boolean, a text, or one of a select's option values. */
export type ValueOf<S> = S extends { type: 'number' | 'int' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'text' }
      ? string
      : S extends { type: 'select'; options: readonly { value: infer V }[] }
        ? V
        : never;

/** Values of a whole parameter list, keyed like the controls; every cell also has a seed. */
export type ValuesOf<P extends readonly ParamSpec[]> = { -readonly [S in P[number] as S['key']]: ValueOf<S> } & { seed: number };

/** A definition whose kind and params keep their literal types (keys, types, options). */
export interface TypedCellDefinition<P extends readonly ParamSpec[] = readonly ParamSpec[], K extends string = string> extends CellDefinition {
  kind: K;
  params: P;
  presets?: readonly (Preset & { values: Partial<ValuesOf<P>> })[];
}

/** Values of a typed definition's params. */
export type CellValues<D extends { params: readonly ParamSpec[] }> = ValuesOf<D['params']>;

/** Keeps the literal types of `def` (write the params `as const` or inline) while checking it is a definition. */
export function defineCell<const P extends readonly ParamSpec[], const K extends string>(def: TypedCellDefinition<P, K>): TypedCellDefinition<P, K> {
  return def;
}

/** The list of definitions as an object keyed by kind, so a kind is a type (CellKind). */
export function byKind<const L extends readonly TypedCellDefinition<readonly ParamSpec[], string>[]>(list: L): { [D in L[number] as D['kind']]: D } {
  return Object.fromEntries(list.map((def) => [def.kind, def])) as { [D in L[number] as D['kind']]: D };
}

/** The same parameter list with other defaults (a variant cell of a shared model). */
export function withDefaults<const P extends readonly ParamSpec[]>(params: P, defaults: Partial<ValuesOf<P>>): P {
  return params.map((spec) => (spec.key in defaults ? { ...spec, default: (defaults as Record<string, unknown>)[spec.key] } : spec)) as unknown as P;
}

/** The defaults of a parameter list, typed (the seed is added by the harness). */
export function defaultsOf<const P extends readonly ParamSpec[]>(params: P): Omit<ValuesOf<P>, 'seed'> {
  return Object.fromEntries(params.map((spec) => [spec.key, spec.default])) as Omit<ValuesOf<P>, 'seed'>;
}

/** A kind's full default values with `seed` (scripts and tests build trainers from these). */
export function defaultsFor<const P extends readonly ParamSpec[]>(def: { params: P }, seed = 1): ValuesOf<P> {
  return { ...defaultsOf(def.params), seed } as ValuesOf<P>;
}
