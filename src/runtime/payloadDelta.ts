/**
 * A view payload's arrays are sent to the page only when they changed.
 *
 * Trainers render four times a second, and some arrays in a render never
 * change during a run (sgan's 100 labelled digits: 313 KB) or change only
 * every few hundred steps (evaluations, scores). Each one sent arrives on the
 * page as a fresh ArrayBuffer, and allocating megabytes a second there makes
 * the page's garbage collector run on the thread that paints. So the worker
 * leaves out an array identical (bit for bit) to the one it last sent under
 * that name and lists its name as kept; the page puts back the array it
 * already holds, the same object, so a view's ChangeGate skips it at once.
 *
 * Correct because postMessage between a worker and its page is ordered and
 * loses nothing: every payload the worker sent reached the page before the
 * next one. A new worker starts with an empty PayloadThinner and so sends
 * everything in its first payload.
 *
 * No tfjs and no DOM: used by worker.ts and by the cell on the page.
 */
import type { ViewPayload } from '../ml/trainer';

type PayloadArray = ViewPayload['arrays'][string];

/** Worker side: drops arrays equal to the ones last sent and remembers what it sent. */
export class PayloadThinner {
  /** A copy of each array last sent (what was sent is transferred away). */
  private readonly sent = new Map<string, PayloadArray>();

  thin(payload: ViewPayload): { payload: ViewPayload; kept: string[] } {
    const arrays: ViewPayload['arrays'] = {};
    const kept: string[] = [];
    for (const [name, array] of Object.entries(payload.arrays)) {
      const last = this.sent.get(name);
      if (last && sameBits(last, array)) {
        kept.push(name);
        continue;
      }
      arrays[name] = array;
      this.sent.set(name, array.slice());
    }
    // A name no longer rendered is forgotten, so it is sent in full if it comes back.
    for (const name of [...this.sent.keys()]) if (!(name in payload.arrays)) this.sent.delete(name);
    return { payload: { arrays, values: payload.values }, kept };
  }
}

/** Page side: puts kept arrays back from the payloads already received. */
export class PayloadFiller {
  private readonly received = new Map<string, PayloadArray>();

  /**
   * The full payload. A kept name the page never received (which the
   * ordering above rules out) is left out rather than invented.
   */
  fill(payload: ViewPayload, kept: readonly string[]): ViewPayload {
    const arrays: ViewPayload['arrays'] = { ...payload.arrays };
    for (const name of kept) {
      const array = this.received.get(name);
      if (array) arrays[name] = array;
    }
    this.received.clear();
    for (const [name, array] of Object.entries(arrays)) this.received.set(name, array);
    return { arrays, values: payload.values };
  }
}

/** Same element type, length and bytes. */
function sameBits(a: PayloadArray, b: PayloadArray): boolean {
  if (a.constructor !== b.constructor || a.length !== b.length) return false;
  return sameBytes(bytesOf(a), bytesOf(b));
}

/** Whole 32-bit words where the array allows it (four times fewer comparisons than bytes). */
function bytesOf(a: PayloadArray): Int32Array | Uint8Array {
  return a.byteOffset % 4 === 0 && a.byteLength % 4 === 0
    ? new Int32Array(a.buffer, a.byteOffset, a.byteLength / 4)
    : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

// A loop in its own function of typed arrays: V8 optimises it once (see docs/performance.md).
function sameBytes(a: Int32Array | Uint8Array, b: Int32Array | Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
