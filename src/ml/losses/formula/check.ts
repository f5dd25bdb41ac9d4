/**
 * The checks a loss formula passes before it trains: it parses
 * (./parse.ts), it contains what its player needs, and it has a gradient
 * somewhere. The last is probed numerically on the plain-number evaluator,
 * so no tfjs is needed and the page can run it as the learner types: a
 * formula such as `0 * D(G(z))` or `D(G(z)) - D(G(z))` parses but its
 * derivative is zero for every value of D, so training it would change nothing.
 */
import { sentence } from '../../../i18n/sentence';
import { evaluateFormula } from './evaluate';
import { parseLoss, type Input, type Node, type Parsed, type Player } from './parse';

/**
 * Values of D(·) the probe tries: probabilities inside (0, 1) and raw scores
 * (logits) on both sides of zero, so a formula written for either reading
 * of D is probed where it is meant to be used.
 */
const PROBES = [-3.1, -1.7, -0.6, 0.07, 0.2, 0.35, 0.5, 0.65, 0.8, 0.93, 1.3, 2.4];
const STEP = 1e-4;

/** Whether the formula's value changes with `input` near any probe point (others held at each probe). */
function hasGradient(tree: Node, input: Input): boolean {
  for (const a of PROBES) {
    for (const b of PROBES) {
      const at = input === 'real' ? { real: a, fake: b } : { real: b, fake: a };
      const up = evaluateFormula(tree, { ...at, [input]: a + STEP });
      const down = evaluateFormula(tree, { ...at, [input]: a - STEP });
      const slope = (up - down) / (2 * STEP);
      if (Number.isFinite(slope) && Math.abs(slope) > 1e-9) return true;
    }
  }
  return false;
}

/**
 * `text` as `player`'s loss, or the first reason it cannot train: a parse
 * error at its place, a missing input, or no gradient (the whole formula is
 * pointed at). Never throws.
 */
export function checkLoss(text: unknown, player: Player): Parsed {
  const parsed = parseLoss(text, player);
  if (!parsed.ok) return parsed;
  const length = typeof text === 'string' ? text.length : 0;
  const needs: Input[] = player === 'generator' ? ['fake'] : [...parsed.uses];
  if (!needs.some((input) => hasGradient(parsed.tree, input))) {
    const said =
      player === 'generator'
        ? sentence("This formula does not change when D(G(z)) changes, so its derivative is zero everywhere: the generator would get no gradient and never learn.")
        : sentence("This formula does not change when D(x) or D(G(z)) changes, so its derivative is zero everywhere: the discriminator would get no gradient and never learn.");
    return { ok: false, error: { sentence: said, message: said.text, at: 0, length } };
  }
  return parsed;
}
