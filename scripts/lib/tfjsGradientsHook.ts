/**
 * Lets Node scripts load src/ml, which imports tfjs-core's gradient
 * registrations as `import '@tensorflow/tfjs-core/dist/register_all_gradients'`.
 * Those ESM files cannot be loaded by Node's ESM loader (extensionless and
 * directory imports), so this registers a loader hook that routes that one
 * import to require(), where tsx compiles them; the gradient registry is
 * global, so every tfjs-core copy sees the registrations.
 *
 * Import it first, as a side effect (`import './lib/tfjsGradientsHook';`),
 * and load tfjs and src/ml after it with `await import(...)`: static imports
 * are all resolved before any module body runs, so a static tfjs import would
 * miss the hook.
 */
import { register } from 'node:module';

const GRADIENTS = '@tensorflow/tfjs-core/dist/register_all_gradients';
const shim = `import { createRequire } from 'node:module'; createRequire(${JSON.stringify(import.meta.url)})(${JSON.stringify(GRADIENTS)});`;
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === ${JSON.stringify(GRADIENTS)}) return { url: ${JSON.stringify('data:text/javascript,' + encodeURIComponent(shim))}, shortCircuit: true };
  return next(specifier, context);
}`;
register('data:text/javascript,' + encodeURIComponent(hook));
