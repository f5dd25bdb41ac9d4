/**
 * A sentence as data: the English template (the key of every language's
 * table, see translate.ts) and the values of its {places}. Code that has no
 * page, such as the training worker, the ML library and the parameter
 * checks, says what it has to say this way; the page puts it in its own
 * language with render(). A value may itself be a sentence (a refusal
 * quoted inside "… was refused: {error}").
 */
import { translator, type Translate } from './translate';

export interface Sentence {
  text: string;
  params?: Record<string, string | number | Sentence>;
}

/** Write the English whole, as a literal: tests/unit/interfaceStrings.test.ts checks each has Korean. */
export function sentence(text: string, params?: Sentence['params']): Sentence {
  return params ? { text, params } : { text };
}

/** The sentence in the language of `t`, with every nested sentence rendered first. */
export function render(s: Sentence, t: Translate): string {
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(s.params ?? {})) flat[name] = typeof value === 'object' ? render(value, t) : value;
  return t(s.text, flat);
}

const inEnglish = translator(null);

export function english(s: Sentence): string {
  return render(s, inEnglish);
}

/** An error whose message is a sentence: its `message` is the English, for logs and authors. */
export class SentenceError extends Error {
  /** `hint`: what to do next, when the worker's generic advice would be wrong for this error. */
  constructor(
    readonly sentence: Sentence,
    readonly hint?: Sentence,
  ) {
    super(english(sentence));
    this.name = 'SentenceError';
  }
}

/**
 * What an error says, as a sentence. An error from elsewhere (TensorFlow.js,
 * the browser) has only its English message: it is passed as the template,
 * so a message a language's table knows word for word is still translated.
 */
export function sentenceOf(err: unknown): Sentence {
  if (err instanceof SentenceError) return err.sentence;
  if (isSentence((err as { sentence?: unknown } | null)?.sentence)) return (err as { sentence: Sentence }).sentence;
  return { text: err instanceof Error ? err.message : String(err) };
}

function isSentence(value: unknown): value is Sentence {
  return typeof value === 'object' && value !== null && typeof (value as Sentence).text === 'string';
}
