/**
 * The small language a learner writes a GAN loss in: arithmetic on D(x) and
 * D(G(z)) with a few functions, e.g. `-log(D(G(z)))` or
 * `max(0, 1 - D(x)) + max(0, 1 + D(G(z)))`. A recursive-descent parser of
 * the course's own: it builds a tree and never evaluates text, so nothing a
 * learner types can run as code (no eval, no Function), and it never throws:
 * every problem comes back as a message with the position it refers to.
 * No tfjs here: the page checks and renders formulas as they are typed.
 */
import { english, sentence, type Sentence } from '../../../i18n/sentence';

/** What a formula may refer to: the discriminator's output on real and on generated samples. */
export type Input = 'real' | 'fake';

export const FUNCTIONS = {
  log: 1,
  ln: 1,
  exp: 1,
  sqrt: 1,
  abs: 1,
  softplus: 1,
  sigmoid: 1,
  relu: 1,
  max: 2,
  min: 2,
} as const;
export type FunctionName = keyof typeof FUNCTIONS;

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Node =
  | { kind: 'number'; value: number }
  | { kind: 'input'; input: Input }
  | { kind: 'negate'; operand: Node }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node }
  | { kind: 'call'; fn: FunctionName; args: Node[] };

export interface FormulaError {
  /** What is wrong, as a sentence the page renders in its language (src/i18n/sentence.ts). */
  sentence: Sentence;
  /** The same in English, for logs, tests and build errors. */
  message: string;
  /** Character offset in the text the message points at, and how many characters. */
  at: number;
  length: number;
}

export type Parsed = { ok: true; tree: Node; uses: ReadonlySet<Input> } | { ok: false; error: FormulaError };

/** Longer text is refused before parsing: a loss is a line, not a program. */
export const MAX_FORMULA_LENGTH = 200;
/** Nesting deeper than this is refused, so the parser's recursion stays shallow whatever is typed. */
const MAX_DEPTH = 24;

type Token =
  | { type: 'number'; value: number; at: number; length: number }
  | { type: 'name'; name: string; at: number; length: number }
  | { type: 'symbol'; symbol: string; at: number; length: number }
  | { type: 'end'; at: number; length: 0 };

/** Typographic characters a learner may paste from the lesson, read as their ASCII meaning. */
const SYNONYMS: Record<string, string> = { '−': '-', '–': '-', '·': '*', '×': '*', '⋅': '*', '∗': '*' };
const SYMBOLS = new Set(['+', '-', '*', '/', '^', '(', ')', ',']);

function tokenize(text: string): Token[] | FormulaError {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = SYNONYMS[text[i]] ?? text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i += 1;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      // A dot starts a number only before a digit (".5"); otherwise it is refused below as code would be (a.b).
      const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!match) return formulaError(sentence('"{text}" does not start a number.', { text: ch }), i, 1);
      tokens.push({ type: 'number', value: Number(match[0]), at: i, length: match[0].length });
      i += match[0].length;
    } else if (/[A-Za-z]/.test(ch)) {
      const match = /^[A-Za-z]+/.exec(text.slice(i))!;
      tokens.push({ type: 'name', name: match[0], at: i, length: match[0].length });
      i += match[0].length;
    } else if (ch === '²') {
      tokens.push({ type: 'symbol', symbol: '^', at: i, length: 0 }, { type: 'number', value: 2, at: i, length: 1 });
      i += 1;
    } else if (SYMBOLS.has(ch)) {
      tokens.push({ type: 'symbol', symbol: ch, at: i, length: 1 });
      i += 1;
    } else {
      const shown = ch.trim() === '' ? sentence('character {code}', { code: ch.codePointAt(0) ?? 0 }) : sentence('"{text}"', { text: String.fromCodePoint(text.codePointAt(i)!) });
      return formulaError(sentence('{shown} is not part of a loss formula: use numbers, D(x), D(G(z)), + − * / ^, parentheses and {functions}.', { shown, functions: functionList() }), i, 1);
    }
  }
  tokens.push({ type: 'end', at: text.length, length: 0 });
  return tokens;
}

function functionList(): string {
  return Object.keys(FUNCTIONS).join(', ');
}

function describe(token: Token): Sentence {
  switch (token.type) {
    case 'end':
      return sentence('the end of the formula');
    case 'number':
      return sentence('the number {value}', { value: token.value });
    case 'name':
      return sentence('"{text}"', { text: token.name });
    case 'symbol':
      return sentence('"{text}"', { text: token.symbol });
  }
}

function formulaError(said: Sentence, at: number, length: number): FormulaError {
  return { sentence: said, message: english(said), at, length };
}

/** Thrown inside the parser only, always caught by parseFormula. */
class Stop {
  constructor(readonly error: FormulaError) {}
}

class Parser {
  private index = 0;
  private depth = 0;
  readonly uses = new Set<Input>();

  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const tree = this.expression();
    const next = this.peek();
    if (next.type !== 'end') this.fail(next, sentence('Expected an operator (+ − * / ^) or the end, found {found}.', { found: describe(next) }));
    return tree;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private take(): Token {
    const token = this.tokens[this.index];
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private isSymbol(symbol: string): boolean {
    const token = this.peek();
    return token.type === 'symbol' && token.symbol === symbol;
  }

  private expect(symbol: string, what: Sentence): void {
    const token = this.peek();
    if (token.type === 'symbol' && token.symbol === symbol) this.take();
    else this.fail(token, sentence('Expected {what}, found {found}.', { what, found: describe(token) }));
  }

  private fail(token: Token, said: Sentence): never {
    throw new Stop(formulaError(said, token.at, token.length));
  }

  private nested<T>(token: Token, parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) this.fail(token, sentence('The formula nests more than {depth} levels deep.', { depth: MAX_DEPTH }));
    const result = parse();
    this.depth -= 1;
    return result;
  }

  /** sum := product (('+' | '-') product)* */
  private expression(): Node {
    return this.leftAssociative(['+', '-'], () => this.product());
  }

  /** product := unary (('*' | '/') unary)* */
  private product(): Node {
    return this.leftAssociative(['*', '/'], () => this.unary());
  }

  /** operand (op operand)*, grouped to the left: 1 - 2 - 3 is (1 - 2) - 3. */
  private leftAssociative(ops: readonly BinaryOp[], operand: () => Node): Node {
    let left = operand();
    for (let next = this.peek(); next.type === 'symbol' && (ops as readonly string[]).includes(next.symbol); next = this.peek()) {
      this.take();
      left = { kind: 'binary', op: next.symbol as BinaryOp, left, right: operand() };
    }
    return left;
  }

  /** unary := ('-' | '+') unary | power;  so -x^2 is -(x^2), as in mathematics. */
  private unary(): Node {
    const token = this.peek();
    if (this.isSymbol('-') || this.isSymbol('+')) {
      this.take();
      const operand = this.nested(token, () => this.unary());
      return token.type === 'symbol' && token.symbol === '-' ? { kind: 'negate', operand } : operand;
    }
    return this.power();
  }

  /** power := primary ('^' unary)?  (right-associative: 2^3^2 is 2^(3^2)). */
  private power(): Node {
    const base = this.primary();
    if (!this.isSymbol('^')) return base;
    const token = this.take();
    return { kind: 'binary', op: '^', left: base, right: this.nested(token, () => this.unary()) };
  }

  private primary(): Node {
    const token = this.take();
    if (token.type === 'number') {
      if (!Number.isFinite(token.value)) this.fail(token, sentence('{value} is too large a number.', { value: String(token.value) }));
      return { kind: 'number', value: token.value };
    }
    if (token.type === 'symbol' && token.symbol === '(') {
      const inner = this.nested(token, () => this.expression());
      this.expect(')', sentence('a closing parenthesis ")"'));
      return inner;
    }
    if (token.type === 'name') return this.named(token);
    this.fail(
      token,
      token.type === 'end'
        ? sentence('The formula ends too soon: a number, D(x), D(G(z)) or a function should follow.')
        : sentence('Expected a number, D(x), D(G(z)) or a function, found {found}.', { found: describe(token) }),
    );
  }

  private named(token: Extract<Token, { type: 'name' }>): Node {
    if (token.name === 'D') return this.discriminator();
    if (Object.hasOwn(FUNCTIONS, token.name)) {
      const fn = token.name as FunctionName;
      this.expect('(', sentence('"(" after {fn}', { fn }));
      const args = this.nested(token, () => {
        const list = [this.expression()];
        while (this.isSymbol(',')) {
          this.take();
          list.push(this.expression());
        }
        return list;
      });
      const arity = FUNCTIONS[fn];
      if (args.length !== arity) {
        this.fail(
          token,
          arity === 1
            ? sentence('{fn} takes one value, not {count}.', { fn, count: args.length })
            : sentence('{fn} takes {arity} values separated by a comma, not {count}.', { fn, arity, count: args.length }),
        );
      }
      this.expect(')', sentence('a closing parenthesis ")" after the arguments of {fn}', { fn }));
      return { kind: 'call', fn, args };
    }
    this.fail(
      token,
      token.name === 'G' || token.name === 'x' || token.name === 'z'
        ? sentence('"{name}" is not known here. Write it inside D: D(x) or D(G(z)).', { name: token.name })
        : sentence('"{name}" is not known here. Known names: D(x), D(G(z)), {functions}.', { name: token.name, functions: functionList() }),
    );
  }

  /** D(x) or D(G(z)): the only inputs a loss has. */
  private discriminator(): Node {
    this.expect('(', sentence('"(" after D: D(x) or D(G(z))'));
    const arg = this.take();
    let input: Input | null = null;
    if (arg.type === 'name' && arg.name === 'x') input = 'real';
    else if (arg.type === 'name' && arg.name === 'G') {
      this.expect('(', sentence('"(" after G: D(G(z))'));
      const z = this.take();
      if (z.type !== 'name' || z.name !== 'z') this.fail(z, sentence('The generator takes the noise z: write D(G(z)), found {found}.', { found: describe(z) }));
      this.expect(')', sentence('a closing parenthesis: D(G(z))'));
      input = 'fake';
    }
    if (!input) this.fail(arg, sentence('D is applied to x (a real sample) or G(z) (a generated one), not to {found}.', { found: describe(arg) }));
    this.expect(')', input === 'real' ? sentence('a closing parenthesis: D(x)') : sentence('a closing parenthesis: D(G(z))'));
    this.uses.add(input);
    return { kind: 'input', input };
  }
}

/**
 * Parses a loss formula. Never throws: whatever the text, the answer is a
 * tree and the inputs it uses, or a message pointing into the text.
 */
export function parseFormula(text: unknown): Parsed {
  if (typeof text !== 'string') return { ok: false, error: formulaError(sentence('A formula is text.'), 0, 0) };
  if (text.length > MAX_FORMULA_LENGTH) {
    return { ok: false, error: formulaError(sentence('The formula is longer than {max} characters.', { max: MAX_FORMULA_LENGTH }), MAX_FORMULA_LENGTH, text.length - MAX_FORMULA_LENGTH) };
  }
  if (text.trim() === '') return { ok: false, error: formulaError(sentence('Type a formula in D(x) and D(G(z)).'), 0, 0) };
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  try {
    const parser = new Parser(tokens);
    const tree = parser.parse();
    return { ok: true, tree, uses: parser.uses };
  } catch (stop) {
    if (stop instanceof Stop) return { ok: false, error: stop.error };
    // Not reachable by design (the fuzz test holds it to that); still an answer, never a throw.
    return { ok: false, error: formulaError(sentence('This formula could not be read.'), 0, text.length) };
  }
}

/** Which player's loss a formula is, for the checks that differ between them. */
export type Player = 'discriminator' | 'generator';

/**
 * Parses and checks a formula as `player`'s loss: the generator's must
 * depend on D(G(z)) (it is the only way its weights reach the loss), and the
 * discriminator's on D(x) or D(G(z)).
 */
export function parseLoss(text: unknown, player: Player): Parsed {
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  const length = typeof text === 'string' ? text.length : 0;
  if (player === 'generator' && !parsed.uses.has('fake')) {
    return { ok: false, error: formulaError(sentence("The generator's loss must contain D(G(z)): without it no gradient reaches the generator."), 0, length) };
  }
  if (player === 'discriminator' && parsed.uses.size === 0) {
    return { ok: false, error: formulaError(sentence("The discriminator's loss must contain D(x) or D(G(z)): a constant teaches it nothing."), 0, length) };
  }
  return parsed;
}
