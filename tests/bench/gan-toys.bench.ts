/**
 * Steps per second of the toy GAN trainers (gan1d, gan2d) in Node on the
 * wasm and cpu backends. A benchmark, not a test (no assertions):
 *   npx vitest bench --run tests/bench/gan-toys.bench.ts
 * Each iteration is train(CHUNK) as the worker calls it (evaluation
 * included), so steps/s = hz × CHUNK. render() is measured separately.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { Trainer, TrainerFactory } from '../../src/ml/trainer';
import { useBackend, type TestBackend } from '../unit/helpers/backend';
import createGan1dTrainer from '../../src/ml/trainers/gan1d';
import createGan2dTrainer from '../../src/ml/trainers/gan2d';

/** Steps per train() call: what the worker's 40 ms chunks come to at ~400 steps/s. */
const CHUNK = 16;
const noAssets = { loadAsset: () => Promise.reject(new Error('no assets')) };

function suite(backend: TestBackend, name: string, factory: TrainerFactory, hp: Record<string, number | string>): void {
  describe(`${backend} ${name} (steps/s = hz x ${CHUNK})`, () => {
    let trainer: Trainer;
    beforeAll(async () => {
      await useBackend(backend);
      trainer = await factory(hp, 1, noAssets);
      await trainer.train(CHUNK); // warm-up: optimizer state appears
    });
    afterAll(() => trainer.dispose());
    bench(`train(${CHUNK})`, async () => {
      await trainer.train(CHUNK);
    }, { time: 3000 });
    bench('render()', async () => {
      await trainer.render();
    }, { time: 1000 });
  });
}

for (const backend of ['wasm', 'cpu'] as const) {
  suite(backend, 'gan1d defaults', createGan1dTrainer, {});
  suite(backend, 'gan1d dSteps=5', createGan1dTrainer, { dSteps: 5 });
  suite(backend, 'gan2d defaults', createGan2dTrainer, {});
}
