/**
 * The two image domains of the "Stripes ↔ plain" CycleGAN cell, the course's
 * own zebra/horse: X is plain MNIST digits, Y is digits whose ink carries
 * diagonal stripes. Like horse and zebra photos, the two sets are unpaired:
 * X and Y come from disjoint halves of the digits, so no Y image is a striped
 * copy of any X image, and the networks must learn "stripes" as what tells
 * the domains apart, not copy an answer.
 *
 * Images are [n, 28·28] in the tanh range: -1 background, +1 full ink.
 */
import { type DigitSet, digitImages, type DigitSplit, splitIndices } from './digits';
import { Rng } from '../random';

/** Stripes run along the anti-diagonal and repeat every 4 pixels of r + c. */
export const STRIPE_PERIOD = 4;
/** Ink brightness kept in the dark stripes (1 = no stripes). Not 0: a zebra's dark stripes are still zebra. */
export const STRIPE_DIM = 0.2;
export const DIGIT_SIDE = 28;
const PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/** Whether pixel (row, col) lies in a bright stripe: the first half of each period of r + c. */
export function inBrightStripe(row: number, col: number): boolean {
  return (row + col) % STRIPE_PERIOD < STRIPE_PERIOD / 2;
}

/** Striped copies of tanh-range images [n, 784]: ink in dark stripes is dimmed to STRIPE_DIM. */
export function addStripes(images: Float32Array): Float32Array {
  const out = new Float32Array(images.length);
  for (let p = 0; p < images.length; p++) {
    const pixel = p % PIXELS;
    const ink = (images[p] + 1) / 2; // 0..1
    const kept = inBrightStripe(Math.floor(pixel / DIGIT_SIDE), pixel % DIGIT_SIDE) ? ink : ink * STRIPE_DIM;
    out[p] = 2 * kept - 1;
  }
  return out;
}

/** Which source images feed each domain, per split. */
export interface StripeDomains {
  x: Record<DigitSplit, Int32Array>;
  y: Record<DigitSplit, Int32Array>;
}

/**
 * Alternating positions of each split: even ones feed X, odd ones Y. The
 * digits file is stratified by class, so both halves keep all ten digits,
 * and no image index appears in both domains.
 */
export function stripeDomains(set: DigitSet): StripeDomains {
  const halves = (split: DigitSplit) => {
    const all = splitIndices(set, split);
    const even = all.filter((_, i) => i % 2 === 0);
    const odd = all.filter((_, i) => i % 2 === 1);
    return { even, odd };
  };
  const train = halves('train');
  const heldOut = halves('heldOut');
  return { x: { train: train.even, heldOut: heldOut.even }, y: { train: train.odd, heldOut: heldOut.odd } };
}

/** Images of domain X (plain) or Y (striped) for the given source indices. */
export function domainImages(set: DigitSet, domain: 'x' | 'y', indices: ArrayLike<number>): Float32Array {
  const plain = digitImages(set, indices, 'tanh');
  return domain === 'x' ? plain : addStripes(plain);
}

/**
 * Unpaired minibatches: X and Y each walk their own shuffled half with their
 * own seeded stream, so the i-th x and the i-th y are unrelated digits.
 */
export class StripeBatches {
  private readonly rngX: Rng;
  private readonly rngY: Rng;
  private readonly orderX: number[];
  private readonly orderY: number[];
  private cursorX = 0;
  private cursorY = 0;

  constructor(
    private readonly set: DigitSet,
    domains: StripeDomains,
    seed: number,
  ) {
    const master = new Rng(seed);
    this.rngX = new Rng(master.seed());
    this.rngY = new Rng(master.seed());
    this.orderX = this.rngX.shuffle(Array.from(domains.x.train));
    this.orderY = this.rngY.shuffle(Array.from(domains.y.train));
  }

  private take(order: number[], rng: Rng, cursor: number, n: number): { indices: Int32Array; cursor: number } {
    const indices = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (cursor === order.length) {
        rng.shuffle(order);
        cursor = 0;
      }
      indices[i] = order[cursor++];
    }
    return { indices, cursor };
  }

  /** x: [n, 784] plain, y: [n, 784] striped, both in [-1, 1]. */
  next(n: number): { x: Float32Array; y: Float32Array } {
    const a = this.take(this.orderX, this.rngX, this.cursorX, n);
    const b = this.take(this.orderY, this.rngY, this.cursorY, n);
    this.cursorX = a.cursor;
    this.cursorY = b.cursor;
    return { x: domainImages(this.set, 'x', a.indices), y: domainImages(this.set, 'y', b.indices) };
  }
}
