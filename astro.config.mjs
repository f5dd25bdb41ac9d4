// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { normaliseBase } from './components/site/paths.ts';

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
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    // KaTeX renders at build time: no math JS is shipped to the reader.
    rehypePlugins: [rehypeKatex],
    // Code blocks: the high-contrast theme keeps comments above WCAG AA
    // contrast (the default github-dark comment colour is 3:1).
    shikiConfig: { theme: 'github-dark-high-contrast' },
  },
  vite: {
    // Cells start module workers with new Worker(new URL(..., import.meta.url),
    // { type: 'module' }); the worker bundle must itself be an ES module.
    worker: { format: 'es' },
  },
});
