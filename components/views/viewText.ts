/**
 * The views' interface text: the page's language in the browser
 * (components/cell/uiText.ts), English where there is no page (unit tests
 * run the views' helpers in Node). Views call t() with whole English
 * sentences; src/i18n/ko/interface.ts holds their Korean.
 */
import { uiText } from '../cell/uiText';
import { translator, type Translate } from '../../src/i18n/translate';

const english = translator(null);

export function viewText(): Translate {
  return typeof document === 'undefined' ? english : uiText();
}

/**
 * A legend's tick format that shows each series key's label: data keys stay
 * the English names the code uses, the legend reads in the page's language.
 */
export function labelOf(labels: Readonly<Record<string, string>>): (key: string) => string {
  return (key) => (Object.hasOwn(labels, key) ? labels[key] : key);
}
