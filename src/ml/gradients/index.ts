/**
 * Registers tfjs-core's gradients, which it does not do on its own; every
 * module that trains imports this one. `#tfjs-gradients` (package.json
 * "imports") picks how: bundlers (Vite for the worker, Vitest) load
 * tfjs-core's ESM registration file; plain Node (tsx scripts) cannot resolve
 * that file's extensionless imports, so it gets ./node.ts, which loads the
 * same file through require().
 */
import '#tfjs-gradients';
