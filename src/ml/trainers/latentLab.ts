/**
 * The latent lab of the latent-walk cell: sixteen samples of the walked
 * generator; the interpolation between the two a learner picks; and vector
 * arithmetic on a measured attribute (ink, slant, width: digitAttributes),
 * in the spirit of Radford et al. 2015 (arXiv 1511.06434, sec. 6.3): the
 * mean code of the samples with the most of it minus the mean code of those
 * with the least, compared within each digit the classifier sees, added to
 * every sample and checked on the images it then draws.
 */
import { LAB_SAMPLES, type LatentLabArrays, type LatentLabValues, type LatentWalkValues } from '../../cells/latentWalk';
import { ATTRIBUTE_NAMES, digitAttributes, type AttributeName } from '../metrics/digitAttributes';
import { addDirection, attributeDirectionWithinGroups } from '../latent/attributeDirection';
import { interpolationFrames } from '../latent/slerp';
import { Rng } from '../random';

/** Samples whose codes and images give each attribute's direction (as in `npm run latent:arithmetic`). */
export const DIRECTION_SAMPLES = 512;
/** Share of each digit's samples at either end of the attribute that is averaged. */
const DIRECTION_FRACTION = 0.2;
/** Images in the lab's interpolation strip, both picks included. */
export const LAB_STRIP_FRAMES = 8;
const SIZE = 28;

/** What the lab needs of its cell's trainer: the generator (fixed batch-norm statistics) and the classifier. */
export interface LabModel {
  latentSize: number;
  /** Images [n·784] in [0, 1] for codes [n·latentSize]. */
  generate(codes: Float32Array): Float32Array;
  classify(images: Float32Array): Int32Array;
}

type LabSettings = Pick<LatentWalkValues, 'endpoints' | 'path' | 'pickA' | 'pickB' | 'attribute' | 'attributeAmount'>;

function attributesOf(images: Float32Array, name: AttributeName): Float32Array {
  return Float32Array.from({ length: images.length / (SIZE * SIZE) }, (_, i) => digitAttributes(images.subarray(i * SIZE * SIZE, (i + 1) * SIZE * SIZE), SIZE)[name]);
}

export class LatentLab {
  private readonly directions = new Map<AttributeName, Float32Array>();
  private cached: { key: string; arrays: LatentLabArrays; values: LatentLabValues } | null = null;

  constructor(
    private readonly model: LabModel,
    private readonly seed: number,
  ) {}

  /** The lab's sixteen codes: fixed by the walk's Endpoints setting, so a new number gives new samples. */
  codes(endpoints: number): Float32Array {
    return new Rng(endpoints * 15485863 + 977).normalArray(LAB_SAMPLES * this.model.latentSize);
  }

  /** The attribute's direction in latent space, found once per generator. */
  direction(name: AttributeName): Float32Array {
    let found = this.directions.get(name);
    if (!found) {
      const L = this.model.latentSize;
      const codes = new Rng(this.seed * 31 + 5).normalArray(DIRECTION_SAMPLES * L);
      const images = this.model.generate(codes);
      const digits = this.model.classify(images);
      // Every attribute from the same samples: the images are made once and measured three ways.
      for (const each of ATTRIBUTE_NAMES) this.directions.set(each, attributeDirectionWithinGroups(codes, L, Array.from(attributesOf(images, each)), digits, DIRECTION_FRACTION));
      found = this.directions.get(name)!;
    }
    return found;
  }

  /** The lab's arrays and values for these settings; recomputed only when one of them changes. */
  render(hp: LabSettings): { arrays: LatentLabArrays; values: LatentLabValues } {
    const { arrays, values } = this.current(hp);
    // Arrays are transferred to the page: hand out copies, keep the cache.
    return { arrays: Object.fromEntries(Object.entries(arrays).map(([k, v]) => [k, v.slice()])) as LatentLabArrays, values: { ...values } };
  }

  /** The lab's readouts for these settings (computing them if they changed), without copying arrays. */
  summary(hp: LabSettings): LatentLabValues {
    return this.current(hp).values;
  }

  private current(hp: LabSettings): { arrays: LatentLabArrays; values: LatentLabValues } {
    const key = JSON.stringify([hp.endpoints, hp.path, hp.pickA, hp.pickB, hp.attribute, hp.attributeAmount]);
    if (this.cached?.key !== key) this.cached = { key, ...this.compute(hp) };
    return this.cached;
  }

  /** Forgets everything learned from the generator (a checkpoint replaced it). */
  reset(): void {
    this.directions.clear();
    this.cached = null;
  }

  private compute(hp: LabSettings): { arrays: LatentLabArrays; values: LatentLabValues } {
    const L = this.model.latentSize;
    const codes = this.codes(hp.endpoints);
    const name = hp.attribute;
    const moved = addDirection(codes, this.direction(name), hp.attributeAmount);
    const strip = interpolationFrames(hp.path, codes.subarray(hp.pickA * L, (hp.pickA + 1) * L), codes.subarray(hp.pickB * L, (hp.pickB + 1) * L), LAB_STRIP_FRAMES);
    const all = new Float32Array(codes.length + moved.length + strip.length);
    all.set(codes, 0);
    all.set(moved, codes.length);
    all.set(strip, codes.length + moved.length);
    const images = this.model.generate(all);
    const classes = this.model.classify(images);
    const n = LAB_SAMPLES * SIZE * SIZE;
    const grid = images.slice(0, n);
    const movedImages = images.slice(n, 2 * n);
    const before = attributesOf(grid, name);
    const after = attributesOf(movedImages, name);
    const sign = Math.sign(hp.attributeAmount);
    let attributeMoved = 0;
    let digitsKept = 0;
    let change = 0;
    for (let i = 0; i < LAB_SAMPLES; i++) {
      if (sign !== 0 && Math.sign(after[i] - before[i]) === sign) attributeMoved += 1;
      if (classes[LAB_SAMPLES + i] === classes[i]) digitsKept += 1;
      change += (after[i] - before[i]) / LAB_SAMPLES;
    }
    return {
      arrays: {
        labGrid: grid,
        labClasses: classes.slice(0, LAB_SAMPLES),
        labStrip: images.slice(2 * n),
        labMoved: movedImages,
        labMovedClasses: classes.slice(LAB_SAMPLES, 2 * LAB_SAMPLES),
        labBefore: before,
        labAfter: after,
      },
      values: {
        pickA: hp.pickA,
        pickB: hp.pickB,
        attribute: ATTRIBUTE_NAMES.indexOf(name),
        attributeAmount: hp.attributeAmount,
        attributeMoved,
        digitsKept,
        attributeChange: change,
      },
    };
  }
}
