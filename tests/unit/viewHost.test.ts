/**
 * ViewHost draws a view that yields between its charts one part per
 * animation frame, finishes one update before starting the next, and always
 * ends on the newest payload.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewPayload } from '../../src/ml/trainer';

const log: string[] = [];
vi.mock('../../components/views/registry', () => ({
  viewLoaderFor: (name: string) => (name !== 'parts' ? undefined : async () => ({
      default: () => ({
        *update(payload: ViewPayload) {
          log.push(`a${payload.values.step}`);
          yield;
          log.push(`b${payload.values.step}`);
        },
        describe: () => `drawn ${log.at(-1)}`,
      }),
    })),
  previewKinds: new Set<string>(),
}));
vi.mock('@observablehq/plot', () => ({ plot: () => null }));

let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  for (const f of due) f(0);
};

beforeEach(() => {
  log.length = 0;
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => vi.unstubAllGlobals());

const payload = (step: number): ViewPayload => ({ arrays: {}, values: { step } });
const fakeRoot = () => ({ querySelectorAll: () => [] }) as unknown as HTMLElement;

describe('ViewHost', () => {
  it('draws one part per frame and ends on the newest payload', async () => {
    const { ViewHost } = await import('../../components/cell/viewHost');
    const description = { textContent: '' } as HTMLElement;
    const host = new ViewHost('parts', fakeRoot(), description);
    host.show(payload(1), 1);
    await vi.waitFor(() => expect(frames.length).toBe(1));
    runFrame();
    expect(log).toEqual(['a1']);
    expect(description.textContent).toBe('');
    // A newer payload arrives mid-update: the current update still completes first.
    host.show(payload(2), 2);
    host.show(payload(3), 3);
    runFrame();
    expect(log).toEqual(['a1', 'b1']);
    expect(description.textContent).toBe('drawn b1');
    runFrame();
    runFrame();
    expect(log).toEqual(['a1', 'b1', 'a3', 'b3']);
    expect(frames.length).toBe(0);
  });
});
