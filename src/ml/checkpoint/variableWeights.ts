/**
 * Saving and loading a model whose weights are a list of tf.Variables in a
 * fixed order, named by the model's layout (the autoencoder, the digit
 * classifier). Models built on a ParamStore use the store's own methods.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { WeightLayout, WeightSet } from '../trainer';
import { assertFinite, assertLayoutMatches } from './checkpoint';

/** Copies of the variables' values, named and shaped as `layout` says. */
export function weightsOfVariables(layout: WeightLayout, variables: readonly tf.Variable[]): WeightSet {
  return {
    modelId: layout.modelId,
    tensors: variables.map((v, i) => ({
      name: layout.tensors[i].name,
      shape: v.shape.slice(),
      data: Float32Array.from(v.dataSync() as Float32Array),
    })),
  };
}

/** Replaces every variable; throws a CheckpointError (variables untouched) if the weights do not fit `layout`. */
export function assignVariables(weights: WeightSet, layout: WeightLayout, variables: readonly tf.Variable[]): void {
  assertLayoutMatches(weights, layout);
  assertFinite(weights);
  weights.tensors.forEach((t, i) => tf.tidy(() => variables[i].assign(tf.tensor(t.data, t.shape))));
}
