// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { normaliseBase } from './components/site/paths.ts';
import rehypeSharedHeadingIds from './src/i18n/rehypeSharedHeadingIds.ts';
import remarkCheckProseNames from './components/prose/checkProseNames.ts';
import { ISOLATION_HEADERS } from './components/site/isolationHeaders.ts';
import { devFileRoutes } from './components/site/devFileRoutes.ts';

const NODE_ONLY_MODULE = fileURLToPath(new URL('./src/runtime/nodeOnlyModule.ts', import.meta.url));

export default defineConfig({
  // The site may be served from a sub-path (a GitHub Pages project site):
  // `BASE_PATH=/course/ npm run build`. Normalised to '/x/' so
  // import.meta.env.BASE_URL always ends in '/'.
  base: normaliseBase(process.env.BASE_PATH ?? '/'),
  // Every page is a folder with index.html, and every internal link ends in
  // '/', so any static host serves the same URLs without redirects.
  trailingSlash: 'always',
  build: { format: 'directory' },
  output: 'static',
  integrations: [mdx(), devFileRoutes()],
  // `astro dev` and `astro preview` are cross-origin isolated like a host that
  // follows docs/hosting.md: authors see the threaded wasm build, and no page
  // reloads itself through the isolation service worker.
  server: { headers: { ...ISOLATION_HEADERS } },
  markdown: {
    // Prose names presets, controls and defaults through components that read
    // the cell module; a name the cell lacks fails the build (components/prose/).
    remarkPlugins: [remarkMath, remarkCheckProseNames],
    // KaTeX renders at build time: no math JS is shipped to the reader.
    // Other editions' lessons (lessons/ko/) take the English heading ids by
    // position, so #section links and the language switch work across them.
    rehypePlugins: [rehypeKatex, rehypeSharedHeadingIds],
    // Code blocks: the high-contrast theme keeps comments above WCAG AA
    // contrast (the default github-dark comment colour is 3:1).
    shikiConfig: { theme: 'github-dark-high-contrast' },
  },
  vite: {
    // Cells start module workers with new Worker(new URL(..., import.meta.url),
    // { type: 'module' }); the worker bundle must itself be an ES module.
    worker: { format: 'es' },
    // The dev server pre-bundles these at start, so the first Run neither
    // waits for nor is broken by a re-optimisation that reloads the page.
    optimizeDeps: {
      include: [
        '@tensorflow/tfjs-core',
        '@tensorflow/tfjs-backend-cpu',
        '@tensorflow/tfjs-backend-wasm',
        '@tensorflow/tfjs-backend-webgl',
        '@tensorflow/tfjs-core/dist/register_all_gradients',
        '@observablehq/plot',
      ],
    },
    // tfjs-core requires node-fetch only under Node; in the browser it is an
    // empty module (what tfjs-core's "browser" field asks bundlers for).
    resolve: { alias: { 'node-fetch': NODE_ONLY_MODULE } },
    // Lets the dev-server test start from an empty dependency cache of its
    // own without clearing the author's (default: node_modules/.vite).
    cacheDir: process.env.COURSE_VITE_CACHE_DIR || undefined,
  },
});
