/**
 * Starts a tfjs backend for Node tests: imports the backend package,
 * registers the course's wasm kernels, and waits until it is ready. In Node
 * the wasm backend finds its .wasm files next to its own module, so no
 * setWasmPaths is needed.
 */
import * as tf from '@tensorflow/tfjs-core';
import { registerWasmKernels } from '../../../src/ml/kernels';

export type TestBackend = 'wasm' | 'cpu';

export async function useBackend(name: TestBackend): Promise<void> {
  if (name === 'wasm') {
    await import('@tensorflow/tfjs-backend-wasm');
    registerWasmKernels();
  } else {
    await import('@tensorflow/tfjs-backend-cpu');
  }
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend '${name}' did not start`);
  await tf.ready();
}
