/**
 * Starts tfjs on the wasm backend in Node with the course's own kernels, as
 * the browser runs it; a second call does nothing. In Node the backend finds
 * its .wasm files next to its module, so no paths are set.
 */
export async function startWasmBackend(): Promise<void> {
  const tf = await import('@tensorflow/tfjs-core');
  if (tf.getBackend() === 'wasm') return;
  await import('@tensorflow/tfjs-backend-wasm');
  const { registerWasmKernels } = await import('../../src/ml/kernels');
  registerWasmKernels();
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  await tf.ready();
}
