import { describe, expect, it } from 'vitest';
import { WeightAverage } from '../../scripts/lib/weightAverage';
import type { WeightSet } from '../../src/ml/trainer';

const weights = (g: number[], d: number[]): WeightSet => ({
  modelId: 'm',
  tensors: [
    { name: 'g/w', shape: [g.length], data: Float32Array.from(g) },
    { name: 'd/w', shape: [d.length], data: Float32Array.from(d) },
  ],
});

describe('WeightAverage (train:dcgan --ema)', () => {
  it('moves the chosen tensors toward each update by (1 − decay) and leaves the others current', () => {
    const average = new WeightAverage(weights([0, 10], [5]), (name) => name.startsWith('g/'));
    average.update(weights([4, 2], [7]), 0.75); // 0.75·0 + 0.25·4 = 1; 0.75·10 + 0.25·2 = 8
    average.update(weights([4, 2], [9]), 0.5); // 0.5·1 + 0.5·4 = 2.5; 0.5·8 + 0.5·2 = 5
    const shipped = average.applyTo(weights([4, 2], [9]));
    expect(Array.from(shipped.tensors[0].data)).toEqual([2.5, 5]);
    expect(Array.from(shipped.tensors[1].data)).toEqual([9]);
    expect(shipped.modelId).toBe('m');
  });

  it('hands out copies: training on after applyTo does not change the average', () => {
    const average = new WeightAverage(weights([1], [0]), (name) => name.startsWith('g/'));
    const shipped = average.applyTo(weights([3], [0]));
    shipped.tensors[0].data[0] = 100;
    expect(average.applyTo(weights([3], [0])).tensors[0].data[0]).toBe(1);
  });
});
