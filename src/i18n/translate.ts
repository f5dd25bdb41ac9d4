/**
 * Interface text in the page's language. Code writes the English sentence,
 * whole, with {name} placeholders — t('Reset: new weights with seed {seed}.',
 * { seed }) — and the language's table (src/i18n/<lang>/interface.ts) maps
 * that English to its own sentence. English is the key so the source stays
 * readable; tests/unit/interfaceStrings.test.ts fails when code uses an
 * English sentence a language has no entry for.
 */
import type { Lang } from './langs';

export type TextParams = Record<string, string | number>;
export type Translate = (english: string, params?: TextParams) => string;

/** Puts the values into a sentence's {name} places; a place without a value stays as written. */
export function fill(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function translator(table: Readonly<Record<string, string>> | null): Translate {
  return (english, params) => fill(table && Object.hasOwn(table, english) ? table[english] : english, params);
}

/** The interface tables of the languages other than English (English needs none). */
export async function interfaceTable(lang: Lang): Promise<Record<string, string> | null> {
  if (lang === 'ko') return (await import('./ko/interface')).koInterface;
  return null;
}
