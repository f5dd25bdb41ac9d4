/**
 * Every cell kind of the course, through the same path the browser takes:
 * its TrainerFactory (trainerLoaders) with the schema's defaults, one
 * train() step on wasm with the course's kernels, then a render and a
 * dispose, and no tensor left behind. A new cell is covered as soon as it is
 * in src/cells/index.ts; one without a trainer fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { cellDefinitions } from '../../src/cells/index';
import { defaultValues } from '../../src/cells/params';
import { trainerLoaderOf } from '../../src/runtime/trainers';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { useBackend } from './helpers/backend';

const kinds = [...new Set(Object.values(cellDefinitions).map((d) => d.kind))];

beforeAll(async () => {
  await useBackend('wasm');
});

describe('every cell kind trains one step on wasm, renders, and frees its tensors', () => {
  for (const kind of kinds) {
    it(kind, async () => {
      const def = Object.values(cellDefinitions).find((d) => d.kind === kind)!;
      const hp = defaultValues(def);
      const before = tf.memory().numTensors;
      const factory = (await trainerLoaderOf(def)()).default;
      const trainer = await factory(hp, Number(hp.seed), nodeTrainerContext);
      const metrics = await trainer.train(1);
      for (const [key, value] of Object.entries(metrics)) expect(Number.isFinite(value) || Number.isNaN(value), key).toBe(true);
      expect(Object.keys(metrics).length).toBeGreaterThan(0);
      const payload = await trainer.render();
      expect(Object.keys(payload.arrays).length + Object.keys(payload.values).length).toBeGreaterThan(0);
      trainer.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }, 120_000);
  }
});
