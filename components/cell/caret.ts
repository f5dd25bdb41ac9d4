/**
 * The text a learner typed with a caret line under the characters a refusal
 * is about, as a monospace block set with textContent (what was typed is
 * never read as markup). A span of length 0 (something missing at the end)
 * still gets one caret.
 */
export function caretUnder(text: string, span: { at: number; length: number }): HTMLElement {
  const at = Math.max(0, Math.min(span.at, text.length));
  const marks = '^'.repeat(Math.max(1, Math.min(span.length, text.length - at)));
  const block = document.createElement('code');
  block.className = 'param-caret';
  block.dataset.caret = `${at}`;
  block.textContent = `${text}\n${' '.repeat(at)}${marks}`;
  return block;
}
