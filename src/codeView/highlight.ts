/**
 * Syntax highlighting at build time with Shiki (Astro ships it): the page
 * gets coloured HTML and no highlighting script. A setting's value in the
 * Keras text becomes a span with data-code-param, which the page updates as
 * the learner changes that control; a loss formula translated to TensorFlow
 * also carries data-code-loss (the player) and data-code-output (the setting
 * that says what D(·) is). Token colours become classes (./tokenClasses.ts).
 * Node only.
 */
import { codeToHtml } from 'shiki';
import type { ParamSpan } from './python';
import { tokenClasses } from './tokenClasses';

/**
 * Light and dark colours; the dark ones apply under
 * prefers-color-scheme: dark (the block's in cell.css, the tokens' in the
 * rules tokenClassCss writes). Every token colour of these two is at least
 * 4.5:1 on its background (WCAG AA); github-light and github-dark are not.
 */
const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;

export async function highlight(code: string, lang: 'typescript' | 'python', params: readonly ParamSpan[] = []): Promise<string> {
  return codeToHtml(code, {
    lang,
    themes: THEMES,
    transformers: [tokenClasses],
    decorations: params.map((p) => ({
      start: p.start,
      end: p.end,
      properties: { 'data-code-param': p.key, ...(p.translate && { 'data-code-loss': p.translate.player, 'data-code-output': p.translate.outputKey }) },
    })),
  });
}
