/**
 * The `latentWalk` cell: walks the latent space of the pretrained DCGAN
 * generator (Radford, Metz & Chintala 2015, arXiv:1511.06434, sec. 6.1
 * "walking in the latent space") along spherical interpolations between
 * seeded endpoints (White 2016, arXiv:1609.04468; ../latent/slerp.ts), and nudges
 * one latent coordinate at a time. Nothing trains: a "step" moves the walker
 * a little along the path, then rests, so a running cell animates without
 * keeping a core busy.
 *
 * The generator's batch norm uses fixed population statistics
 * (Dcgan.normStatistics over NORM_SAMPLES draws of N(0, I)): with the
 * batch's own statistics each picture would depend on its neighbours in the
 * strip.
 */
import * as tf from '@tensorflow/tfjs-core';
import { assertFinite, assertLayoutMatches, loadCheckpointAsset } from '../checkpoint';
import { predictedClasses } from '../metrics/digitScore';
import { Dcgan, dcganOptionsFromModelId, dcganWeightLayout, type DcganOptions, type GeneratorNormStats } from '../models/dcgan';
import { DigitClassifier } from '../models/digitClassifier';
import { Rng } from '../random';
import type { Metrics, Trainer, TrainerContext, TrainerFactory, ViewPayload, WeightLayout, WeightSet } from '../trainer';
import type { LatentWalkValues, LatentWalkPayload } from '../../cells/latentWalk';
import { DCGAN_DEFAULTS, DCGAN_PRETRAINED } from '../../cells/dcgan';
import { DCGAN_CONFIG } from './dcgan';
import { interpolate, interpolationFrames, LATENT_PATHS, norm, type LatentPath } from '../latent/slerp';
import { LatentLab } from './latentLab';

/** Images in the nudge row. */
export const NUDGE_IMAGES = 9;
/** N(0, I) draws behind the generator's fixed batch-norm statistics. */
const NORM_SAMPLES = 512;
/** Rest after each step: ~20 steps a second, whatever the machine. */
const STEP_REST_MS = 50;

/** Endpoint k of the walk seeded by `endpoints`: a fixed N(0, I) draw. */
export function walkEndpoint(endpoints: number, k: number, latentSize: number): Float32Array {
  return new Rng(endpoints * 7919 + k * 104729 + 1).normalArray(latentSize);
}

export class LatentWalkTrainer implements Trainer<LatentWalkValues, LatentWalkPayload> {
  private hp: LatentWalkValues;
  private stats: GeneratorNormStats;
  /** Steps walked in total; leg = floor(steps / stepsPerLeg). */
  private walked = 0;

  constructor(
    hp: LatentWalkValues,
    seed: number,
    private current: Dcgan,
    private readonly classifier: DigitClassifier,
  ) {
    this.hp = this.fitted(hp);
    this.statsSeed = seed;
    this.stats = this.populationStats();
    const walk = this;
    this.lab = new LatentLab(
      {
        get latentSize() {
          return walk.latentSize;
        },
        generate: (codes) => walk.generator.generate(codes, walk.stats),
        classify: (images) => walk.classify(images).classes,
      },
      seed,
    );
  }

  private readonly lab: LatentLab;

  private readonly statsSeed: number;

  /** The walked DCGAN; a loaded checkpoint of another DCGAN replaces it (setWeights). */
  get generator(): Dcgan {
    return this.current;
  }

  /** Batch-norm statistics over NORM_SAMPLES fixed draws of N(0, I). */
  private populationStats(): GeneratorNormStats {
    return this.generator.normStatistics(new Rng(this.statsSeed).normalArray(NORM_SAMPLES * this.latentSize)); // [512, latent]
  }

  get latentSize(): number {
    return this.generator.options.latentSize;
  }

  private get leg(): number {
    return Math.floor(this.walked / this.hp.stepsPerLeg);
  }

  /** Position along the current leg, in [0, 1). */
  private get t(): number {
    return (this.walked % this.hp.stepsPerLeg) / this.hp.stepsPerLeg;
  }

  private endpoints(): [Float32Array, Float32Array] {
    return [walkEndpoint(this.hp.endpoints, this.leg, this.latentSize), walkEndpoint(this.hp.endpoints, this.leg + 1, this.latentSize)];
  }

  private walker(): Float32Array {
    const [a, b] = this.endpoints();
    return interpolate(this.hp.path, a, b, this.t);
  }

  /** Classes and top probabilities of images [n·784] in [0, 1]. */
  private classify(images: Float32Array): { classes: Int32Array; confidence: Float32Array } {
    const probs = tf.tidy(() => this.classifier.predict(tf.tensor4d(images, [images.length / 784, 28, 28, 1]), 'sigmoid'));
    const p = probs.dataSync() as Float32Array;
    probs.dispose();
    const classes = predictedClasses(p);
    return { classes, confidence: Float32Array.from(classes, (c, i) => p[i * 10 + c]) };
  }

  async train(steps: number): Promise<Metrics> {
    this.walked += steps;
    const z = this.walker();
    const image = this.generator.generate(z, this.stats);
    const { classes, confidence } = this.classify(image);
    await new Promise((done) => setTimeout(done, STEP_REST_MS));
    const lab = this.lab.summary(this.hp);
    return { position: this.t, leg: this.leg, norm: norm(z), digit: classes[0], confidence: confidence[0], attributeMoved: lab.attributeMoved, digitsKept: lab.digitsKept };
  }

  /** Every setting changes the picture (the path, the walker's place, the nudge row): true when any differs. */
  setHyperparameters(values: Partial<LatentWalkValues>): boolean {
    const next = this.fitted({ ...this.hp, ...values });
    const changed = (Object.keys(next) as (keyof LatentWalkValues)[]).some((key) => next[key] !== this.hp[key]);
    this.hp = next;
    return changed;
  }

  /** The nudged dimension must exist in this generator's latent space. */
  private fitted(hp: LatentWalkValues): LatentWalkValues {
    return { ...hp, dimension: Math.min(hp.dimension, this.latentSize - 1) };
  }

  /**
   * arrays: strip [frames·784] from endpoint a to b, stripClasses [frames],
   * stripNorms [frames]; walker [784]; nudge [9·784] with z[dimension] from
   * −amount to +amount added; nudgeClasses [9]; pathT, slerpNorms, lerpNorms
   * [33] (|z| along both paths, for the chart).
   * values: t, leg, dimension, amount, latentSize, walkerClass, walkerNorm, path (index).
   */
  async render(): Promise<LatentWalkPayload> {
    const L = this.latentSize;
    const [a, b] = this.endpoints();
    const frames = interpolationFrames(this.hp.path, a, b, this.hp.frames);
    const z = this.walker();
    const nudgeZ = new Float32Array(NUDGE_IMAGES * L);
    for (let k = 0; k < NUDGE_IMAGES; k++) {
      const delta = this.hp.amount * (2 * k / (NUDGE_IMAGES - 1) - 1);
      nudgeZ.set(z, k * L);
      nudgeZ[k * L + this.hp.dimension] += delta;
    }
    const all = new Float32Array((this.hp.frames + 1 + NUDGE_IMAGES) * L);
    all.set(frames, 0);
    all.set(z, frames.length);
    all.set(nudgeZ, frames.length + L);
    const images = this.generator.generate(all, this.stats);
    const { classes } = this.classify(images);
    const F = this.hp.frames;
    const samples = 33;
    const lab = this.lab.render(this.hp);
    const pathT = Float32Array.from({ length: samples }, (_, i) => i / (samples - 1));
    return {
      arrays: {
        strip: images.slice(0, F * 784),
        stripClasses: classes.slice(0, F),
        stripNorms: Float32Array.from({ length: F }, (_, k) => norm(frames.subarray(k * L, (k + 1) * L))),
        walker: images.slice(F * 784, (F + 1) * 784),
        nudge: images.slice((F + 1) * 784),
        nudgeClasses: classes.slice(F + 1),
        pathT,
        slerpNorms: Float32Array.from(pathT, (t) => norm(interpolate('slerp', a, b, t))),
        lerpNorms: Float32Array.from(pathT, (t) => norm(interpolate('lerp', a, b, t))),
        ...lab.arrays,
      },
      values: {
        t: this.t,
        leg: this.leg,
        dimension: this.hp.dimension,
        amount: this.hp.amount,
        latentSize: L,
        walkerClass: classes[F],
        walkerNorm: norm(z),
        path: LATENT_PATHS.indexOf(this.hp.path),
        ...lab.values,
      },
    };
  }

  getWeights(): WeightSet {
    return this.generator.getWeights();
  }

  /** Any DCGAN can be walked (e.g. a checkpoint of the DCGAN cell at its own widths or latent size). */
  layoutFor(modelId: string): WeightLayout | null {
    return anyDcganLayout(modelId);
  }

  /** Walks the DCGAN of these weights from now on; weights that fit no DCGAN throw and change nothing. */
  setWeights(weights: WeightSet): void {
    assertLayoutMatches(weights, this.layoutFor(weights.modelId) ?? this.generator.getWeights());
    assertFinite(weights);
    const next = new Dcgan(dcganOptionsFromModelId(weights.modelId)!, this.statsSeed);
    try {
      next.setWeights(weights);
    } catch (err) {
      next.dispose();
      throw err;
    }
    this.current.dispose();
    this.current = next;
    this.hp = this.fitted(this.hp); // the nudged dimension must exist in the new latent space
    this.stats = this.populationStats();
    this.lab.reset();
  }

  dispose(): void {
    this.current.dispose();
    this.classifier.dispose();
  }
}

/** The DCGAN cell's own architecture: what the pretrained weights are checked against when their id names no DCGAN. */
export const DCGAN_CELL_OPTIONS: DcganOptions = {
  latentSize: DCGAN_DEFAULTS.latentSize,
  generatorBatchNorm: DCGAN_DEFAULTS.batchNorm,
  outputActivation: DCGAN_DEFAULTS.outputRange,
  generatorFilters: DCGAN_CONFIG.generatorFilters,
  discriminatorFilters: DCGAN_CONFIG.discriminatorFilters,
};

/** The layout of the DCGAN a model id names, or null when it names none. */
function anyDcganLayout(modelId: string): WeightLayout | null {
  const options = dcganOptionsFromModelId(modelId);
  return options && dcganWeightLayout(options);
}

/**
 * The pretrained weights of the DCGAN cell, at whatever widths they were
 * trained (their manifest's model id says which). An id that names no DCGAN
 * is checked against the cell's own architecture, which refuses it with the
 * usual message.
 */
async function loadPretrainedDcgan(context: TrainerContext, seed: number): Promise<Dcgan> {
  const { weights } = await loadCheckpointAsset(context, DCGAN_PRETRAINED, dcganWeightLayout(DCGAN_CELL_OPTIONS), anyDcganLayout);
  // decodeCheckpoint accepted the id, so it names a DCGAN.
  const generator = new Dcgan(dcganOptionsFromModelId(weights.modelId)!, seed);
  try {
    generator.setWeights(weights);
  } catch (err) {
    generator.dispose();
    throw err;
  }
  return generator;
}

const createLatentWalk: TrainerFactory<LatentWalkValues> = async (hp, seed, context) => {
  const [generator, classifier] = await Promise.allSettled([loadPretrainedDcgan(context, seed), DigitClassifier.loadPretrained(context, new Rng(seed))]);
  if (generator.status === 'fulfilled' && classifier.status === 'fulfilled') return new LatentWalkTrainer(hp, seed, generator.value, classifier.value);
  // One load failed: free what the other made before reporting it.
  if (generator.status === 'fulfilled') generator.value.dispose();
  if (classifier.status === 'fulfilled') classifier.value.dispose();
  throw generator.status === 'rejected' ? generator.reason : (classifier as PromiseRejectedResult).reason;
};
export default createLatentWalk;
