/**
 * Measures of the CycleGAN lesson's run claims, shared by
 * tests/unit/cycleganClaims.test.ts and scripts/cyclegan-claims.ts.
 */
import { addStripes, domainImages, stripeDomains } from '../../src/ml/data/stripes';
import type { DigitSet } from '../../src/ml/data/digits';
import { meanAbsDifference } from '../../src/ml/metrics/pointCloud';
import { EVAL_IMAGES, type CycleImagesTrainer } from '../../src/ml/trainers/cycleImages';

/**
 * cycle-2d's colours: the share (0..1) of translated points G(x) that have,
 * among their `neighbours` nearest translated points, one whose source lies
 * more than `apart` of the way round the shape away (the view colours x by its
 * place t in [0, 1), cyclically). Colours in order give 0; a ring folded so
 * that far colours land side by side gives more.
 */
export function mixedColourShare(gx: Float32Array, t: Float32Array, neighbours = 10, apart = 0.1): number {
  const n = t.length;
  let mixed = 0;
  for (let i = 0; i < n; i++) {
    const near: [number, number][] = [];
    for (let j = 0; j < n; j++) {
      if (j !== i) near.push([(gx[2 * i] - gx[2 * j]) ** 2 + (gx[2 * i + 1] - gx[2 * j + 1]) ** 2, j]);
    }
    near.sort((a, b) => a[0] - b[0]);
    const gap = (j: number) => Math.min(Math.abs(t[i] - t[j]), 1 - Math.abs(t[i] - t[j]));
    if (near.slice(0, neighbours).some(([, j]) => gap(j) > apart)) mixed++;
  }
  return mixed / n;
}

/**
 * cycle-images' distance from the right answers, which this toy knows and no
 * network is shown: mean |G(x) − x with stripes| and mean |F(y) − y's plain
 * source| over the held-out digits behind the readouts (the first 8 are the
 * grids' columns), pixels in [−1, 1]. Returns a function of the trainer.
 */
export function distanceFromAnswers(digits: DigitSet): (trainer: CycleImagesTrainer) => { g: number; f: number } {
  const d = stripeDomains(digits);
  const x = domainImages(digits, 'x', d.x.heldOut.subarray(0, EVAL_IMAGES));
  const yPlain = domainImages(digits, 'x', d.y.heldOut.subarray(0, EVAL_IMAGES)); // the y digits before their stripes
  const y = addStripes(yPlain);
  const xStriped = addStripes(x);
  return (trainer) => {
    const tr = trainer.translate(x, y);
    return { g: meanAbsDifference(tr.gx, xStriped), f: meanAbsDifference(tr.fy, yPlain) };
  };
}
