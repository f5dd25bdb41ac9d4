/**
 * An exponential moving average of some of a model's weights, kept in plain
 * arrays beside a training run. Averaging the generator's weights over the
 * last stretch of training smooths out the back-and-forth of the adversarial
 * game and usually raises sample quality (Yazıcı et al. 2019, "The Unusual
 * Effectiveness of Averaging in GAN Training", arXiv:1806.04498). Only the
 * weights chosen by `include` are averaged; the others ship as they are.
 */
import type { WeightSet } from '../../src/ml/trainer';

export class WeightAverage {
  private readonly average = new Map<string, Float32Array>();

  /**
   * @param start the weights the average starts from (a caller that starts far from its end weights ramps the decay up, as scripts/train-dcgan.ts does)
   * @param include which tensors to average, by name
   */
  constructor(
    start: WeightSet,
    private readonly include: (name: string) => boolean,
  ) {
    for (const t of start.tensors) if (include(t.name)) this.average.set(t.name, Float32Array.from(t.data));
  }

  /** avg ← decay · avg + (1 − decay) · current, for every averaged tensor. */
  update(current: WeightSet, decay: number): void {
    for (const t of current.tensors) {
      const avg = this.average.get(t.name);
      if (!avg) continue;
      for (let i = 0; i < avg.length; i++) avg[i] = decay * avg[i] + (1 - decay) * t.data[i];
    }
  }

  /** `current` with the averaged tensors in place of their current values. */
  applyTo(current: WeightSet): WeightSet {
    return {
      modelId: current.modelId,
      tensors: current.tensors.map((t) => {
        const avg = this.average.get(t.name);
        return avg ? { ...t, data: Float32Array.from(avg) } : t;
      }),
    };
  }
}
