/**
 * How every code view source file begins (./sourceFigures.ts writes it; the
 * page's script checks it, so a host's own "not found" page is never shown
 * as code). No DOM, no Node.
 */
export const SOURCE_FILE_START = '<figure class="code-file">';
