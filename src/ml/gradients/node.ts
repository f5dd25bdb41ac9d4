/**
 * tfjs-core's gradient registrations for plain Node (see ./index.ts):
 * require() goes through tsx's compiler, which resolves the file's
 * extensionless imports. That loads a second copy of tfjs-core's modules;
 * the gradient registry and the engine are global, so every copy shares
 * them. tfjs-core's own entry is imported first so that the engine (and the
 * tensors it makes) come from the copy whose ops are set up.
 */
import '@tensorflow/tfjs-core';
import { createRequire } from 'node:module';

createRequire(import.meta.url)('@tensorflow/tfjs-core/dist/register_all_gradients');
