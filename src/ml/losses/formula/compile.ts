/**
 * A parsed loss formula turned into tfjs operations on the discriminator's
 * raw outputs (logits), averaged over the batch. In "probability" mode D(·)
 * is σ(logit), as after a sigmoid; in "logit" mode D(·) is the raw output
 * (hinge and least-squares losses on logits). log D and log(1 − D) of a
 * sigmoid are computed from the logit (log σ(l) = −softplus(−l)), so a
 * confident discriminator gives a large finite loss instead of log(0).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { FunctionName, Input, Node } from './parse';

export type DiscriminatorOutput = 'probability' | 'logit';

// #region code-view: formula-compile
/** Logs and roots of values at or below zero would be −∞ or NaN; they see this floor instead. */
const FLOOR = 1e-12;

const UNARY: Record<Exclude<FunctionName, 'max' | 'min'>, (x: tf.Tensor) => tf.Tensor> = {
  log: (x) => tf.log(tf.maximum(x, FLOOR)),
  ln: (x) => tf.log(tf.maximum(x, FLOOR)),
  exp: tf.exp,
  sqrt: (x) => tf.sqrt(tf.maximum(x, FLOOR)),
  abs: tf.abs,
  softplus: tf.softplus,
  sigmoid: tf.sigmoid,
  relu: tf.relu,
};

/** The logit under log(D(·)) or log(1 − D(·)), where a sigmoid's log can be taken stably; else null. */
function stableLogOfSigmoid(arg: Node, logits: Record<Input, tf.Tensor>): tf.Tensor | null {
  if (arg.kind === 'input') return tf.neg(tf.softplus(tf.neg(logits[arg.input])));
  if (arg.kind === 'binary' && arg.op === '-' && arg.left.kind === 'number' && arg.left.value === 1 && arg.right.kind === 'input') {
    return tf.neg(tf.softplus(logits[arg.right.input]));
  }
  return null;
}

function build(node: Node, logits: Record<Input, tf.Tensor>, output: DiscriminatorOutput): tf.Tensor {
  switch (node.kind) {
    case 'number':
      return tf.scalar(node.value);
    case 'input':
      return output === 'probability' ? tf.sigmoid(logits[node.input]) : logits[node.input];
    case 'negate':
      return tf.neg(build(node.operand, logits, output));
    case 'call': {
      if ((node.fn === 'log' || node.fn === 'ln') && output === 'probability') {
        const stable = stableLogOfSigmoid(node.args[0], logits);
        if (stable) return stable;
      }
      const args = node.args.map((arg) => build(arg, logits, output));
      if (node.fn === 'max') return tf.maximum(args[0], args[1]);
      if (node.fn === 'min') return tf.minimum(args[0], args[1]);
      return UNARY[node.fn](args[0]);
    }
    case 'binary': {
      const a = build(node.left, logits, output);
      const b = build(node.right, logits, output);
      switch (node.op) {
        case '+':
          return tf.add(a, b);
        case '-':
          return tf.sub(a, b);
        case '*':
          return tf.mul(a, b);
        case '/':
          return tf.div(a, b);
        case '^':
          return tf.pow(a, b);
      }
    }
  }
}

/**
 * The loss as a function of the discriminator's logits on a real and a
 * generated batch: the formula per sample, averaged. Call inside tf.tidy
 * (or a gradient function); the returned scalar is the caller's.
 */
export function compileLoss(tree: Node, output: DiscriminatorOutput): (realLogits: tf.Tensor, fakeLogits: tf.Tensor) => tf.Scalar {
  return (realLogits, fakeLogits) => tf.mean(build(tree, { real: realLogits, fake: fakeLogits }, output)) as tf.Scalar;
}
// #endregion
