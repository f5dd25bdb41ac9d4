/**
 * The response headers docs/hosting.md tells hosts to send, read from that
 * document so the document and the tests cannot drift, and a recorder of
 * Content-Security-Policy violations on a page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/hosting.md'), 'utf8');

/** A `Name: value` header line of the document ('' if it is missing, so tests fail loudly). */
function documentedHeader(name: string): string {
  return new RegExp(`^${name}: (.+)$`, 'm').exec(doc)?.[1] ?? '';
}

export const CSP = documentedHeader('Content-Security-Policy');

/** COOP + COEP: cross-origin isolation, which the threaded wasm build needs. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': documentedHeader('Cross-Origin-Opener-Policy'),
  'Cross-Origin-Embedder-Policy': documentedHeader('Cross-Origin-Embedder-Policy'),
};

/** Call before page.goto: collects every securitypolicyviolation event. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
}

export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
