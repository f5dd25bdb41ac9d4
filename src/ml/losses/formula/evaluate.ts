/**
 * A parsed loss formula evaluated on plain numbers: what the compiled tfjs
 * version computes for one sample, written independently of it so the tests
 * can hold one against the other. The page also uses it to show what a
 * formula gives at chosen D values.
 */
import type { FunctionName, Input, Node } from './parse';

/** The per-sample value of each function, as the compiled loss computes it. */
export const NUMERIC_FUNCTIONS: Record<FunctionName, (...args: number[]) => number> = {
  log: Math.log,
  ln: Math.log,
  exp: Math.exp,
  sqrt: Math.sqrt,
  abs: Math.abs,
  softplus: (v) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v))),
  sigmoid: (v) => 1 / (1 + Math.exp(-v)),
  relu: (v) => Math.max(v, 0),
  max: Math.max,
  min: Math.min,
};

export function evaluateFormula(tree: Node, inputs: Record<Input, number>): number {
  switch (tree.kind) {
    case 'number':
      return tree.value;
    case 'input':
      return inputs[tree.input];
    case 'negate':
      return -evaluateFormula(tree.operand, inputs);
    case 'call':
      return NUMERIC_FUNCTIONS[tree.fn](...tree.args.map((arg) => evaluateFormula(arg, inputs)));
    case 'binary': {
      const a = evaluateFormula(tree.left, inputs);
      const b = evaluateFormula(tree.right, inputs);
      switch (tree.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return a / b;
        case '^':
          return a ** b;
      }
    }
  }
}
