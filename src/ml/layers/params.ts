/**
 * Named, seeded tf.Variables for the gallery's small networks (ACGAN,
 * semi-supervised GAN, AdaIN generator): one place that draws initial
 * weights from the course's Rng, looks them up by name, and turns them into
 * a WeightSet and back. Written once so each model file only lists its layers.
 */
import * as tf from '@tensorflow/tfjs-core';
import { assertFinite, assertLayoutMatches } from '../checkpoint';
import type { Rng } from '../random';
import type { WeightSet } from '../trainer';

/** "zero-centered Normal distribution with standard deviation 0.02" (Radford et al. 2015, sec. 4). */
export const GAN_INIT_STD = 0.02;

export class ParamStore {
  readonly entries: { name: string; variable: tf.Variable }[] = [];

  constructor(private readonly rng: Rng) {}

  /** A trainable variable drawn from N(mean, std²), or filled with `mean` when std is 0. */
  add(name: string, shape: number[], std = GAN_INIT_STD, mean = 0): tf.Variable {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = std > 0 ? this.rng.normalArray(size, mean, std) : new Float32Array(size).fill(mean);
    // Unnamed: tfjs variable names are global, and two cells may hold the same model.
    const variable = tf.tidy(() => tf.variable(tf.tensor(values, shape), true));
    this.entries.push({ name, variable });
    return variable;
  }

  /** A trainable variable with the given initial values. */
  addValues(name: string, shape: number[], values: Float32Array): tf.Variable {
    const variable = tf.tidy(() => tf.variable(tf.tensor(values, shape), true));
    this.entries.push({ name, variable });
    return variable;
  }

  get(name: string): tf.Variable {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) throw new Error(`No variable named ${name}`);
    return entry.variable;
  }

  /** Variables whose names start with `prefix` (e.g. 'g/' for the generator). */
  variables(prefix = ''): tf.Variable[] {
    return this.entries.filter((e) => e.name.startsWith(prefix)).map((e) => e.variable);
  }

  getWeights(modelId: string): WeightSet {
    return {
      modelId,
      tensors: this.entries.map(({ name, variable }) => ({
        name,
        shape: variable.shape.slice(),
        data: Float32Array.from(variable.dataSync() as Float32Array),
      })),
    };
  }

  /** Replaces every weight; throws a learner-readable CheckpointError (nothing changed) if they do not fit. */
  setWeights(weights: WeightSet, modelId: string): void {
    assertLayoutMatches(weights, { modelId, tensors: this.entries.map((e) => ({ name: e.name, shape: e.variable.shape.slice() })) });
    assertFinite(weights);
    weights.tensors.forEach((t, i) => tf.tidy(() => this.entries[i].variable.assign(tf.tensor(t.data, t.shape))));
  }

  dispose(): void {
    for (const e of this.entries) e.variable.dispose();
    this.entries.length = 0;
  }
}
