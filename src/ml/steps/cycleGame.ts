/**
 * One training step of CycleGAN (Zhu, Park, Isola, Efros 2017, arXiv:1703.10593,
 * sec. 3-4): the two generators G: X → Y and F: Y → X take one joint step on
 * the full objective, then the discriminators D_Y and D_X take one step on
 * their least-squares losses against the fakes that step produced. Shared by
 * the 2-D and the image trainers; knows nothing about their networks' shapes.
 */
import * as tf from '@tensorflow/tfjs-core';
import '../gradients';
import {
  cycleAdversarialLoss,
  cycleConsistencyLoss,
  cycleDiscriminatorLoss,
  cycleGanObjective,
  identityLoss,
  type CycleWeights,
} from '../losses/cycle';
import { makeOptimizer, type LiveOptimizer } from '../optimizers/liveOptimizers';

/** Anything with trainable variables that maps a batch to a batch. */
export interface CycleNet {
  readonly variables: tf.Variable[];
  apply(x: tf.Tensor): tf.Tensor;
}

export interface CycleNets {
  /** G: X → Y. */
  g: CycleNet;
  /** F: Y → X. */
  f: CycleNet;
  /** D_X scores domain X. */
  dX: CycleNet;
  /** D_Y scores domain Y. */
  dY: CycleNet;
}

export interface CycleSettings extends CycleWeights {
  lrG: number;
  lrD: number;
}

/** The step's losses as plain numbers (read back only when asked: reading syncs). */
export interface CycleReadout {
  advG: number;
  advF: number;
  /** L_cyc on the training batch. */
  cycle: number;
  /** L_identity on the training batch; 0 when the identity term is off. */
  identity: number;
  dX: number;
  dY: number;
}

export class CycleGame {
  private settings: CycleSettings;
  /** One optimizer over G and F together, as the paper's code chains their parameters. */
  private readonly optGen: LiveOptimizer;
  /** D_X and D_Y have separate losses; one Adam over both equals two (it is per-parameter). */
  private readonly optDisc: LiveOptimizer;

  constructor(
    private readonly nets: CycleNets,
    settings: CycleSettings,
  ) {
    this.settings = { ...settings };
    // Adam with β1 = 0.5, as the paper (sec. 7.1) and DCGAN use.
    this.optGen = makeOptimizer('adam', [...nets.g.variables, ...nets.f.variables], settings.lrG);
    this.optDisc = makeOptimizer('adam', [...nets.dX.variables, ...nets.dY.variables], settings.lrD);
  }

  update(settings: CycleSettings): void {
    if (settings.lrG !== this.settings.lrG) this.optGen.setLearningRate(settings.lrG);
    if (settings.lrD !== this.settings.lrD) this.optDisc.setLearningRate(settings.lrD);
    this.settings = { ...settings };
  }

  // #region code-view: cycle-step
  /**
   * One generator step then one discriminator step on an unpaired batch.
   * @param x a batch of domain X, [batch, ...]
   * @param y a batch of domain Y (other source images), [batch, ...]
   * @param read whether to read the losses back (costs a sync)
   */
  step(x: tf.Tensor, y: tf.Tensor, read: boolean): CycleReadout | null {
    const { g, f, dX, dY } = this.nets;
    const useIdentity = this.settings.lambda > 0 && this.settings.identityFraction > 0;
    let fakes: tf.Tensor[] = [];
    let genStats: tf.Tensor | null = null;
    const n = x.shape[0];
    // Calls are batched (a network applied to [a; b] at once) because on tiny
    // networks tfjs's per-kernel overhead, not arithmetic, sets the speed.
    // Every network here treats samples independently (no batch norm), so
    // batching changes no value.
    this.optGen.minimize(() => {
      // With the identity term, G also sees y and F also sees x, in the same call.
      const gOut = g.apply(useIdentity ? tf.concat([x, y]) : x); // [n or 2n, ...]
      const fOut = f.apply(useIdentity ? tf.concat([y, x]) : y);
      const fakeY = useIdentity ? tf.slice(gOut, 0, n) : gOut; // G(x), shaped like y
      const fakeX = useIdentity ? tf.slice(fOut, 0, n) : fOut; // F(y), shaped like x
      const cycle = cycleConsistencyLoss(x, f.apply(fakeY), y, g.apply(fakeX));
      const advG = cycleAdversarialLoss(dY.apply(fakeY));
      const advF = cycleAdversarialLoss(dX.apply(fakeX));
      const identity = useIdentity ? identityLoss(y, tf.slice(gOut, n), x, tf.slice(fOut, n)) : undefined;
      // The fakes feed the discriminator step as plain data; kept past this tidy.
      fakes = [tf.keep(fakeY), tf.keep(fakeX)];
      if (read) genStats = tf.keep(tf.stack([advG, advF, cycle, identity ?? tf.scalar(0)])); // [4]
      return cycleGanObjective({ advG, advF, cycle, identity }, this.settings);
    });
    const [fakeY, fakeX] = fakes;
    let discStats: tf.Tensor | null = null;
    this.optDisc.minimize(() => {
      const scoresY = dY.apply(tf.concat([y, fakeY])); // D_Y on [real; fake]
      const scoresX = dX.apply(tf.concat([x, fakeX]));
      const lossY = cycleDiscriminatorLoss(tf.slice(scoresY, 0, n), tf.slice(scoresY, n));
      const lossX = cycleDiscriminatorLoss(tf.slice(scoresX, 0, n), tf.slice(scoresX, n));
      if (read) discStats = tf.keep(tf.stack([lossX, lossY])); // [2]
      return tf.add(lossX, lossY) as tf.Scalar;
    });
    tf.dispose(fakes);
    if (!read || !genStats || !discStats) return null;
    const [advG, advF, cycle, identity] = Array.from((genStats as tf.Tensor).dataSync());
    const [lossX, lossY] = Array.from((discStats as tf.Tensor).dataSync());
    tf.dispose([genStats, discStats]);
    return { advG, advF, cycle, identity, dX: lossX, dY: lossY };
  }
  // #endregion

  dispose(): void {
    this.optGen.dispose();
    this.optDisc.dispose();
  }
}
