/**
 * A parsed loss formula written as a Python (TensorFlow 2) expression, for
 * the code view's Keras tab: the same per-sample value ./compile.ts builds
 * in tfjs, over the tensors `d_real` and `d_fake` (D(x) and D(G(z)) as the
 * formulas read them) and, for the stable logs of a sigmoid, `real_logits`
 * and `fake_logits`. The caller averages it over the batch. Text in, text
 * out: nothing here runs what a learner typed. No DOM, no tfjs.
 */
import type { DiscriminatorOutput } from './compile';
import { checkLoss } from './check';
import type { FunctionName, Input, Node, Player } from './parse';

/** The Python names the expression uses; the Keras template defines them. */
export const PYTHON_NAMES = {
  d: { real: 'd_real', fake: 'd_fake' },
  logits: { real: 'real_logits', fake: 'fake_logits' },
} as const satisfies Record<string, Record<Input, string>>;

/** compile.ts's floor under logs and square roots, so the Python computes what trains. */
const FLOOR = '1e-12';

const UNARY: Record<Exclude<FunctionName, 'max' | 'min'>, (x: string) => string> = {
  log: (x) => `tf.math.log(tf.maximum(${x}, ${FLOOR}))`,
  ln: (x) => `tf.math.log(tf.maximum(${x}, ${FLOOR}))`,
  exp: (x) => `tf.exp(${x})`,
  sqrt: (x) => `tf.sqrt(tf.maximum(${x}, ${FLOOR}))`,
  abs: (x) => `tf.abs(${x})`,
  softplus: (x) => `tf.nn.softplus(${x})`,
  sigmoid: (x) => `tf.sigmoid(${x})`,
  relu: (x) => `tf.nn.relu(${x})`,
};

/**
 * Binding strength of what an emitted piece is, the same ladder in the
 * formula grammar and in Python: a sum < a product < a unary minus < a
 * power < an atom (-x**2 is -(x**2) in both).
 */
const Level = { Sum: 1, Product: 2, Unary: 3, Power: 4, Atom: 5 } as const;
type Level = (typeof Level)[keyof typeof Level];

interface Piece {
  text: string;
  level: Level;
}

const atom = (text: string): Piece => ({ text, level: Level.Atom });
const at = (piece: Piece, least: Level): string => (piece.level >= least ? piece.text : `(${piece.text})`);

function usesInput(node: Node): boolean {
  switch (node.kind) {
    case 'number':
      return false;
    case 'input':
      return true;
    case 'negate':
      return usesInput(node.operand);
    case 'call':
      return node.args.some(usesInput);
    case 'binary':
      return usesInput(node.left) || usesInput(node.right);
  }
}

/** log(D(·)) and log(1 − D(·)) of a probability, as compile.ts takes them: from the logit, finite however sure D is. */
function stableLog(arg: Node): Piece | null {
  if (arg.kind === 'input') return atom(`tf.math.log_sigmoid(${PYTHON_NAMES.logits[arg.input]})`);
  if (arg.kind === 'binary' && arg.op === '-' && arg.left.kind === 'number' && arg.left.value === 1 && arg.right.kind === 'input') {
    return atom(`tf.math.log_sigmoid(-${PYTHON_NAMES.logits[arg.right.input]})`);
  }
  return null;
}

/**
 * A number as Python reads it. In a tf function's arguments it is written as
 * a float: TensorFlow makes an integer tensor of `2` (tf.exp(2) and
 * tf.pow(2, -1) fail), while an operator next to a float tensor converts it.
 */
function numberText(value: number, float: boolean): string {
  const text = String(value);
  return float && /^\d+$/.test(text) ? `${text}.0` : text;
}

function emit(node: Node, output: DiscriminatorOutput, float: boolean): Piece {
  switch (node.kind) {
    case 'number':
      return atom(numberText(node.value, float));
    case 'input':
      return atom(PYTHON_NAMES.d[node.input]);
    case 'negate':
      return { text: `-${at(emit(node.operand, output, float), Level.Unary)}`, level: Level.Unary };
    case 'call': {
      if ((node.fn === 'log' || node.fn === 'ln') && output === 'probability') {
        const stable = stableLog(node.args[0]!);
        if (stable) return stable;
      }
      const args = node.args.map((arg) => emit(arg, output, true).text);
      if (node.fn === 'max') return atom(`tf.maximum(${args[0]}, ${args[1]})`);
      if (node.fn === 'min') return atom(`tf.minimum(${args[0]}, ${args[1]})`);
      return atom(UNARY[node.fn](args[0]!));
    }
    case 'binary': {
      // On constants alone Python's own / and ** would raise (1/0, 10.0**400) or go complex
      // ((-8)**(1/3)) where TensorFlow gives inf or nan: those go through tf instead.
      if ((node.op === '/' || node.op === '^') && !usesInput(node)) {
        const a = emit(node.left, output, true).text;
        const b = emit(node.right, output, true).text;
        return atom(node.op === '/' ? `tf.math.divide(${a}, ${b})` : `tf.pow(${a}, ${b})`);
      }
      const left = emit(node.left, output, float);
      const right = emit(node.right, output, float);
      switch (node.op) {
        case '+':
        case '-':
          return { text: `${at(left, Level.Sum)} ${node.op} ${at(right, Level.Product)}`, level: Level.Sum };
        case '*':
        case '/':
          return { text: `${at(left, Level.Product)}${node.op === '*' ? ' * ' : ' / '}${at(right, Level.Unary)}`, level: Level.Product };
        case '^':
          // Right-associative like the formula's ^; Python allows a unary minus in the exponent (x**-2).
          return { text: `${at(left, Level.Atom)}**${at(right, Level.Unary)}`, level: Level.Power };
      }
    }
  }
}

/** The formula's per-sample value as a TensorFlow expression (see the names in PYTHON_NAMES). */
export function formulaToPython(tree: Node, output: DiscriminatorOutput): string {
  return emit(tree, output, false).text;
}

/**
 * `text` as `player`'s loss in TensorFlow, or null when it would not train
 * (the checks of ./check.ts): the page then keeps the last expression that did.
 */
export function lossToPython(text: unknown, player: Player, output: unknown): string | null {
  const checked = checkLoss(text, player);
  if (!checked.ok) return null;
  return formulaToPython(checked.tree, output === 'logit' ? 'logit' : 'probability');
}
