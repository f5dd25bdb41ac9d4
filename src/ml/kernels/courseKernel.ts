/**
 * Marks kernel functions that wrap a stock wasm kernel, so that calling
 * registerWasmKernels() again does not wrap the wrapper.
 */
import type { KernelFunc } from '@tensorflow/tfjs-core';

const COURSE_KERNEL = Symbol('course wasm kernel');

export function markCourseKernel(f: KernelFunc): KernelFunc {
  (f as unknown as Record<symbol, boolean>)[COURSE_KERNEL] = true;
  return f;
}

export function isCourseKernel(f: KernelFunc): boolean {
  return (f as unknown as Record<symbol, boolean>)[COURSE_KERNEL] === true;
}
