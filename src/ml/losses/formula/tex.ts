/**
 * A parsed loss formula as TeX, for KaTeX to draw as the learner types:
 * fractions for "/", raised exponents, \log and \max, and only the
 * parentheses the reading needs. Built from the tree, never from the raw
 * text, so nothing typed reaches KaTeX unparsed.
 */
import type { BinaryOp, Node } from './parse';

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 };
/** A negation binds like a product's operand: -a*b, (-a)^2. */
const NEGATE = 3;
const ATOM = 5;

const NAMED: Record<string, string> = { log: '\\log', ln: '\\ln', exp: '\\exp', max: '\\max', min: '\\min', softplus: '\\operatorname{softplus}', sigmoid: '\\sigma', relu: '\\operatorname{ReLU}' };

function precedence(node: Node): number {
  if (node.kind === 'binary') return node.op === '/' ? ATOM : PRECEDENCE[node.op];
  if (node.kind === 'negate') return NEGATE;
  if (node.kind === 'number' && node.value < 0) return NEGATE;
  return ATOM;
}

function wrap(tex: string, needed: boolean): string {
  return needed ? `\\left(${tex}\\right)` : tex;
}

function number(value: number): string {
  const text = String(value);
  const exp = /^(-?[\d.]+)e([+-]?\d+)$/.exec(text);
  return exp ? `${exp[1]}\\times 10^{${Number(exp[2])}}` : text;
}

export function formulaToTex(node: Node): string {
  switch (node.kind) {
    case 'number':
      return number(node.value);
    case 'input':
      return node.input === 'real' ? 'D(x)' : 'D(G(z))';
    case 'negate':
      // -(a + b) and -(-a) keep their parentheses; -a·b and -a^2 read the same without.
      return `-${wrap(formulaToTex(node.operand), precedence(node.operand) <= NEGATE && precedence(node.operand) !== PRECEDENCE['*'])}`;
    case 'call': {
      if (node.fn === 'sqrt') return `\\sqrt{${formulaToTex(node.args[0])}}`;
      if (node.fn === 'abs') return `\\left|${formulaToTex(node.args[0])}\\right|`;
      return `${NAMED[node.fn]}\\left(${node.args.map(formulaToTex).join(', ')}\\right)`;
    }
    case 'binary': {
      const { op, left, right } = node;
      if (op === '/') return `\\frac{${formulaToTex(left)}}{${formulaToTex(right)}}`;
      if (op === '^') return `{${wrap(formulaToTex(left), precedence(left) < ATOM || left.kind === 'call')}}^{${formulaToTex(right)}}`;
      const mine = PRECEDENCE[op];
      // Left operands of equal precedence read left to right; a right one needs parentheses after "-" (a - (b - c)).
      const leftTex = wrap(formulaToTex(left), precedence(left) < mine);
      const rightTex = wrap(formulaToTex(right), precedence(right) < mine || (precedence(right) === mine && (op === '-' || right.kind === 'negate')));
      const sign = op === '*' ? ' \\cdot ' : ` ${op} `;
      return `${leftTex}${sign}${rightTex}`;
    }
  }
}
