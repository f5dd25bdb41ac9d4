/** Checkpoints: tfjs-style manifest + binary, a single-file form, and shipped weights. */
export * from './checkpoint';
export * from './file';
export * from './assets';
export type { Quantization, QuantizationDtype } from './quantization';
export * from './variableWeights';
