/**
 * A small evaluator of GitHub Actions expressions (`if:` conditions), enough to tell whether a
 * condition is false whenever a fork (or a commenter without write access) started the event.
 * Searching the text for a gate is not enough: `<gate> || github.event.workflow_run.conclusion ==
 * 'failure'` names the gate and lets every failing fork run in.
 *
 * Values are three-valued: a known value, a symbol (the head or the base repository, known only to
 * differ), or unknown (anything else: needs, inputs, status functions). Contexts arrive normalised
 * (lowercase, `['x']` as `.x`, no `${{ }}`), as the audits hand them over.
 */

type Known = string | number | boolean | null | Known[] | { [key: string]: Known };
/** A value the scenario fixes only relative to others: `head` and `base` names differ. */
interface Sym {
  sym: string;
}
interface Unknown {
  unknown: true;
  /** Known truthiness of an unknown value (both arms of `a || b` truthy, say). */
  truthy?: boolean;
}
type Value = { known: Known } | Sym | Unknown;

const UNKNOWN: Unknown = { unknown: true };

type Node =
  | { kind: 'literal'; value: Known }
  | { kind: 'path'; path: string | undefined }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

class ParseError extends Error {}

const TOKEN =
  /\s+|('(?:[^']|'')*')|(-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?))\b|([a-z_][a-z0-9_-]*)|(&&|\|\||==|!=|<=|>=|[<>!.*[\](),])/giy;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m.index !== at) throw new ParseError(`unexpected character at ${at}`);
    const token = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Node {
    const node = this.or();
    if (this.at !== this.tokens.length) throw new ParseError(`unexpected "${this.tokens[this.at]}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private take(expected?: string): string {
    const token = this.tokens[this.at];
    if (token === undefined || (expected !== undefined && token !== expected))
      throw new ParseError(`expected ${expected ?? 'more'}`);
    this.at++;
    return token;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === '||') {
      this.take();
      left = { kind: 'binary', op: '||', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.comparison();
    while (this.peek() === '&&') {
      this.take();
      left = { kind: 'binary', op: '&&', left, right: this.comparison() };
    }
    return left;
  }

  private comparison(): Node {
    let left = this.unary();
    for (
      let op = this.peek();
      op !== undefined && ['==', '!=', '<', '>', '<=', '>='].includes(op);
      op = this.peek()
    ) {
      this.take();
      left = { kind: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.peek() === '!') {
      this.take();
      return { kind: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const token = this.take();
    if (token === '(') {
      const inner = this.or();
      this.take(')');
      return inner;
    }
    if (token.startsWith("'")) return { kind: 'literal', value: token.slice(1, -1).replaceAll("''", "'") };
    if (/^-?(?:0x|\d)/i.test(token)) return { kind: 'literal', value: Number(token) };
    if (!/^[a-z_]/i.test(token)) throw new ParseError(`unexpected "${token}"`);
    const word = token.toLowerCase();
    if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true' };
    if (word === 'null') return { kind: 'literal', value: null };
    if (this.peek() === '(') {
      this.take();
      const args: Node[] = [];
      while (this.peek() !== ')') {
        args.push(this.or());
        if (this.peek() === ',') this.take();
        else break;
      }
      this.take(')');
      return { kind: 'call', name: word, args };
    }
    let path: string | undefined = word;
    for (;;) {
      if (this.peek() === '.') {
        this.take();
        const part = this.take();
        if (part !== '*' && !/^[a-z_]/i.test(part)) throw new ParseError(`bad property "${part}"`);
        path = path === undefined ? undefined : `${path}.${part.toLowerCase()}`;
      } else if (this.peek() === '[') {
        this.take();
        const index = this.or();
        this.take(']');
        path =
          path !== undefined && index.kind === 'literal' && typeof index.value === 'string'
            ? `${path}.${index.value.toLowerCase()}`
            : undefined;
      } else break;
    }
    return { kind: 'path', path };
  }
}

/** The context paths a scenario fixes; any other path is unknown. */
export type Scenario = ReadonlyMap<string, Value>;

function truth(v: Value): boolean | undefined {
  if ('unknown' in v) return v.truthy;
  if ('sym' in v) return true; // a repository name or id is never empty or zero
  const k = v.known;
  return !(k === null || k === false || k === 0 || k === '' || (typeof k === 'number' && Number.isNaN(k)));
}

function toNumber(k: Known): number {
  if (k === null) return 0;
  if (typeof k === 'boolean') return k ? 1 : 0;
  if (typeof k === 'number') return k;
  if (typeof k === 'string') return k.trim() === '' ? 0 : Number(k);
  return Number.NaN;
}

/** GitHub's `==`: strings without case; different types compared as numbers; objects by identity. */
function looseEqual(a: Known, b: Known): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

function equal(a: Value, b: Value): boolean | undefined {
  if ('unknown' in a || 'unknown' in b) return undefined;
  if ('sym' in a && 'sym' in b) {
    if (a.sym === b.sym) return true;
    // `head-name` and `base-name` (or the ids) differ in the scenario; other pairs are unknown.
    const [x, y] = [a.sym, b.sym].sort();
    return x!.startsWith('base-') && y!.startsWith('head-') && x!.slice(5) === y!.slice(5)
      ? false
      : undefined;
  }
  if ('sym' in a || 'sym' in b) return undefined;
  return looseEqual(a.known, b.known);
}

function known(k: Known): Value {
  return { known: k };
}

function call(name: string, args: Value[]): Value {
  if (name === 'always') return known(true);
  const all = args.every((a) => 'known' in a);
  const values = args.map((a) => ('known' in a ? a.known : null));
  if (!all) return UNKNOWN;
  switch (name) {
    case 'fromjson': {
      if (typeof values[0] !== 'string') return UNKNOWN;
      try {
        return known(JSON.parse(values[0]) as Known);
      } catch {
        return UNKNOWN;
      }
    }
    case 'contains': {
      const [hay, needle] = values;
      if (Array.isArray(hay)) return known(hay.some((item) => looseEqual(item, needle ?? null)));
      if (typeof hay === 'string' && typeof needle === 'string')
        return known(hay.toLowerCase().includes(needle.toLowerCase()));
      return UNKNOWN;
    }
    case 'startswith':
    case 'endswith': {
      const [s, part] = values;
      if (typeof s !== 'string' || typeof part !== 'string') return UNKNOWN;
      const [a, b] = [s.toLowerCase(), part.toLowerCase()];
      return known(name === 'startswith' ? a.startsWith(b) : a.endsWith(b));
    }
    default:
      return UNKNOWN;
  }
}

function evaluate(node: Node, scenario: Scenario): Value {
  switch (node.kind) {
    case 'literal':
      return known(node.value);
    case 'path':
      return node.path === undefined ? UNKNOWN : (scenario.get(node.path) ?? UNKNOWN);
    case 'call':
      return call(
        node.name,
        node.args.map((a) => evaluate(a, scenario)),
      );
    case 'not': {
      const t = truth(evaluate(node.operand, scenario));
      return t === undefined ? UNKNOWN : known(!t);
    }
    case 'binary': {
      const left = evaluate(node.left, scenario);
      if (node.op === '&&' || node.op === '||') {
        const t = truth(left);
        const stop = node.op === '||';
        if (t === stop) return left;
        const right = evaluate(node.right, scenario);
        if (t !== undefined) return right;
        // Unknown left: the result is either side, so only a truthiness both share is known.
        const r = truth(right);
        return r === stop ? { unknown: true, truthy: stop } : UNKNOWN;
      }
      const right = evaluate(node.right, scenario);
      if (node.op === '==' || node.op === '!=') {
        const eq = equal(left, right);
        return eq === undefined ? UNKNOWN : known(node.op === '==' ? eq : !eq);
      }
      if (!('known' in left) || !('known' in right)) return UNKNOWN;
      const [a, b] = [left.known, right.known];
      const bothStrings = typeof a === 'string' && typeof b === 'string';
      const x = bothStrings ? a.toLowerCase() : toNumber(a);
      const y = bothStrings ? b.toLowerCase() : toNumber(b);
      if (node.op === '<') return known(x < y);
      if (node.op === '>') return known(x > y);
      if (node.op === '<=') return known(x <= y);
      return known(x >= y);
    }
  }
}

/**
 * Whether `expression` is false in every scenario (no condition at all is never false). An
 * expression that does not parse counts as not false: it gates nothing that can be proven.
 */
export function falseInEvery(expression: string | undefined, scenarios: readonly Scenario[]): boolean {
  if (expression === undefined || expression.trim() === '') return false;
  let node: Node;
  try {
    node = new Parser(tokenize(expression)).parse();
  } catch (error) {
    if (error instanceof ParseError) return false;
    throw error;
  }
  return scenarios.every((s) => truth(evaluate(node, s)) === false);
}

/** Scenario helpers for the audits. */
export const sym = (name: string): Value => ({ sym: name });
export const value = (k: Known): Value => known(k);
