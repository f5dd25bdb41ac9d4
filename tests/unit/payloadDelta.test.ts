import { describe, expect, it } from 'vitest';
import type { ViewPayload } from '../../src/ml/trainer';
import { PayloadFiller, PayloadThinner } from '../../src/runtime/payloadDelta';
import { transferablesOf } from '../../src/runtime/protocol';
import { Rng } from '../../src/ml/random';

/** What postMessage does to a payload whose buffers are transferred: the sender's copies are detached. */
function post(payload: ViewPayload): ViewPayload {
  return structuredClone(payload, { transfer: transferablesOf(payload) });
}

describe('payloads sent only where they changed', () => {
  it('sends everything first, then leaves out arrays equal to those sent, which the page puts back as the same objects', () => {
    const thinner = new PayloadThinner();
    const filler = new PayloadFiller();
    const first = thinner.thin({ arrays: { labelled: new Float32Array([1, 2, 3]), samples: new Float32Array([0.5]) }, values: { step: 1 } });
    expect(first.kept).toEqual([]);
    const shownFirst = filler.fill(post(first.payload), first.kept);
    expect(Array.from(shownFirst.arrays.labelled)).toEqual([1, 2, 3]);

    // A fresh array with the same numbers (a trainer renders anew each time) and a changed one.
    const second = thinner.thin({ arrays: { labelled: new Float32Array([1, 2, 3]), samples: new Float32Array([0.25]) }, values: { step: 2 } });
    expect(second.kept).toEqual(['labelled']);
    expect(Object.keys(second.payload.arrays)).toEqual(['samples']);
    const shownSecond = filler.fill(post(second.payload), second.kept);
    expect(shownSecond.arrays.labelled).toBe(shownFirst.arrays.labelled);
    expect(Array.from(shownSecond.arrays.samples)).toEqual([0.25]);
    expect(shownSecond.values).toEqual({ step: 2 });
  });

  it('compares bits and element types, not numbers: -0 differs from 0, an Int32Array from a Float32Array, a NaN equals itself', () => {
    const thinner = new PayloadThinner();
    thinner.thin({ arrays: { a: new Float32Array([0]), b: new Float32Array([1]), c: new Float32Array([NaN]) }, values: {} });
    const next = thinner.thin({ arrays: { a: new Float32Array([-0]), b: new Int32Array(new Float32Array([1]).buffer), c: new Float32Array([NaN]) }, values: {} });
    expect(next.kept).toEqual(['c']);
  });

  it('compares subarrays by their own bytes, whatever their offset', () => {
    const thinner = new PayloadThinner();
    const bytes = new Uint8Array([9, 1, 2, 3, 4, 5]);
    thinner.thin({ arrays: { a: bytes.subarray(1, 4) }, values: {} });
    expect(thinner.thin({ arrays: { a: new Uint8Array([1, 2, 3]) }, values: {} }).kept).toEqual(['a']);
    expect(thinner.thin({ arrays: { a: new Uint8Array([1, 2, 4]) }, values: {} }).kept).toEqual([]);
  });

  it('sends an array in full again after a payload without it', () => {
    const thinner = new PayloadThinner();
    thinner.thin({ arrays: { a: new Float32Array([1]) }, values: {} });
    thinner.thin({ arrays: {}, values: {} });
    expect(thinner.thin({ arrays: { a: new Float32Array([1]) }, values: {} }).kept).toEqual([]);
  });

  it('delivers exactly what the trainer rendered over a long run of partly changing payloads', () => {
    const rng = new Rng(7);
    const thinner = new PayloadThinner();
    const filler = new PayloadFiller();
    let keptCount = 0;
    let last: Record<string, number[]> = {};
    for (let i = 0; i < 200; i++) {
      const rendered: Record<string, number[]> = {};
      for (const name of ['x', 'y', 'z']) {
        // Each array changes with probability 1/3, sometimes in length; 'z' is sometimes absent.
        if (name === 'z' && rng.next() < 0.2) continue;
        rendered[name] = last[name] && rng.next() < 0.67 ? last[name] : Array.from({ length: 1 + Math.floor(rng.next() * 4) }, () => Math.floor(rng.next() * 3));
      }
      const arrays = Object.fromEntries(Object.entries(rendered).map(([k, v]) => [k, Float32Array.from(v)]));
      const { payload, kept } = thinner.thin({ arrays, values: { i } });
      keptCount += kept.length;
      const shown = filler.fill(post(payload), kept);
      expect(Object.fromEntries(Object.entries(shown.arrays).map(([k, v]) => [k, Array.from(v)]))).toEqual(rendered);
      last = rendered;
    }
    expect(keptCount).toBeGreaterThan(200); // the point: most arrays were not sent again
  });
});
