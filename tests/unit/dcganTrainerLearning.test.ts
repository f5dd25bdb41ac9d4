/**
 * The DCGAN cell learns: a seeded run with the cell's defaults lifts the
 * digit score well above its start, and the committed pretrained weights
 * (public/weights/dcgan, made by scripts/train-dcgan.ts) load through the
 * trainer, at whatever widths they were trained, and score at least 7 on
 * 500 samples.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCheckpointAsset } from '../../src/ml/checkpoint';
import { GeneratorScorer } from '../../src/ml/metrics/generatorScore';
import { createDcganTrainer, loadDigitsAndClassifier } from '../../src/ml/trainers/dcgan';
import { nodeTrainerContext } from '../../scripts/lib/nodeContext';
import { useBackend } from './helpers/backend';
import { defaultsFor } from '../../src/cells/define';
import { DCGAN_PRETRAINED, dcganCell } from '../../src/cells/dcgan';

/** The seed the defaults were measured with (scripts/train-dcgan.ts --measure). */
const SEED = 2015;

describe('DCGAN trainer learning (wasm)', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it('150 seeded steps with the cell defaults raise the digit score clearly above its start', async () => {
    const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, SEED);
    const trainer = await createDcganTrainer(defaultsFor(dcganCell), SEED, digits, classifier);
    const start = (await trainer.evaluate()).digitScore;
    expect(start).toBeLessThan(1.5); // noise looks like no digit in particular
    await trainer.train(150);
    const end = (await trainer.evaluate()).digitScore;
    expect(end).toBeGreaterThan(start + 1.5);
    trainer.dispose();
  });

  it('the pretrained weights load through the trainer, with their refining layer, and score at least 7.6 on 500 samples', async () => {
    const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, 1);
    const trainer = await createDcganTrainer(defaultsFor(dcganCell), 1, digits, classifier);
    // As the worker's load-pretrained: weights of the same DCGAN at other widths switch the model to them.
    const { weights } = await loadCheckpointAsset(nodeTrainerContext, DCGAN_PRETRAINED, trainer.getWeights(), (id) => trainer.layoutFor(id));
    trainer.setWeights(weights);
    expect(trainer.modelId).toBe(weights.modelId);
    expect(trainer.model.options.generatorRefineFilters).toBe(64);
    const report = await new GeneratorScorer(classifier, trainer.model.options.latentSize, 500, 7).score(trainer.model);
    // Deterministic on wasm: the shipped weights (G 64·64·32 with the refining layer, D 32·64) score 7.76 (confidence 0.90)
    // on these 500 samples; 7.75 averaged over five noise seeds of 512. The lesson says "about 7.7"; the weights they
    // replaced (no refining layer) scored 7.18 here.
    expect(report.digitScore).toBeGreaterThanOrEqual(7.6);
    expect(report.confidence).toBeGreaterThan(0.9);
    trainer.dispose();
  });
});
