/**
 * Identity for the wasm backend that shares the input's memory, as the cpu
 * backend's does, instead of copying it. tfjs's engine runs Identity on
 * every tensor it saves for a gradient (engine.clone while recording the
 * tape): ~100 full copies of activations per DCGAN step. Tensors are
 * immutable and every wasm kernel writes a fresh output, so sharing is safe;
 * the reference count frees the memory when the last holder is disposed.
 */
import { Identity, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { markCourseKernel } from './courseKernel';
import type { BackendWasm } from './wasmHeap';

export function identitySharingMemory(stock: KernelFunc): KernelConfig {
  const kernelFunc = ((args: { inputs: { x: TensorInfo }; backend: BackendWasm }): TensorInfo => {
    const { x } = args.inputs;
    if (x.dtype === 'string') return stock(args as never) as TensorInfo;
    args.backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape.slice(), dtype: x.dtype };
  }) as unknown as KernelFunc;
  return { kernelName: Identity, backendName: 'wasm', kernelFunc: markCourseKernel(kernelFunc) };
}
