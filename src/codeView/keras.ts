/**
 * A cell's Keras text for given values (build time, tests, notebooks).
 * No DOM, no tfjs.
 */
import { KERAS_TEMPLATES } from './keras/index';
import { valueRefs, type PythonSnippet } from './python';

export function hasKeras(kind: string): boolean {
  return Object.hasOwn(KERAS_TEMPLATES, kind);
}

/** The Keras text of `kind` with `values` written in; throws for a kind without a template. */
export function kerasSnippet(kind: string, values: Readonly<Record<string, unknown>>): PythonSnippet {
  const template = KERAS_TEMPLATES[kind];
  if (!template) throw new Error(`No Keras template for cell kind "${kind}"`);
  return template(valueRefs(values));
}
