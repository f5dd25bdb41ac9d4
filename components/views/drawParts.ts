/**
 * Helpers that keep a view's redraw cheap. A view whose update is a
 * generator is drawn one step per animation frame (components/cell/viewHost.ts).
 * Building a Plot chart is script time; putting it on the page costs style,
 * layout and paint in the frame it lands. Each frame should hold at most one
 * of each: a chart's paint and the next chart's build. Every extra frame that
 * changes the page costs a few milliseconds of paint on its own, so small
 * things (canvases of digits, captions) share a frame instead of getting one.
 */

/** Builds a chart, waits a frame, puts it in `holder` (the next step shares that frame). */
export function* swapIn(holder: Element, build: () => Node): Generator<void, void, undefined> {
  const node = build();
  yield;
  holder.replaceChildren(node);
}

/** Sets an element's text only when it differs: rewriting the same text still costs a layout and a paint. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
