import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS } from '../../components/site/isolationHeaders';

describe('cross-origin isolation headers', () => {
  it('are the ones docs/hosting.md tells hosts to send (the dev and preview servers send these)', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/hosting.md'), 'utf8');
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) {
      expect(doc).toMatch(new RegExp(`^${name}: ${value}$`, 'm'));
    }
  });
});
