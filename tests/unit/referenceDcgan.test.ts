import { describe, expect, it } from 'vitest';
import { REFERENCE_DCGAN_DEFAULTS_FOR_CELL, referenceDcganCell } from '../../src/cells/referenceDcgan';
import { defaultValues } from '../../src/cells/params';
import { DCGAN_DEFAULTS } from '../../src/ml/models/dcgan';
import { REFERENCE_DCGAN_CONFIG, REFERENCE_DCGAN_DEFAULTS } from '../../src/ml/trainers/referenceDcgan';

describe('the speed page trains the reference DCGAN of the benchmarks', () => {
  it('cell and trainer agree on the defaults', () => {
    expect(REFERENCE_DCGAN_DEFAULTS_FOR_CELL).toEqual(REFERENCE_DCGAN_DEFAULTS);
    const values = defaultValues(referenceDcganCell);
    for (const [key, value] of Object.entries(REFERENCE_DCGAN_DEFAULTS)) expect(values[key], key).toBe(value);
  });

  it('is the reference architecture of docs/toolchain.md and bench-node: full widths, latent 100, batch 64', () => {
    expect(REFERENCE_DCGAN_CONFIG.generatorFilters).toEqual([64, 32]);
    expect(REFERENCE_DCGAN_CONFIG.discriminatorFilters).toEqual([32, 64]);
    expect(REFERENCE_DCGAN_DEFAULTS.latentSize).toBe(100);
    expect(REFERENCE_DCGAN_DEFAULTS.batchSize).toBe(64);
    expect(DCGAN_DEFAULTS.generatorBatchNorm).toBe(true);
  });
});
