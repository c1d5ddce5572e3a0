// Argo Rollouts' success/failure conditions, evaluated without eval or Function: a small parser
// for the part of expr-lang (github.com/expr-lang/expr) that conditions use, compiled once at
// config time so that a typo fails the step before any traffic moves, and evaluated against each
// measurement's `result`.
//
// The language: numbers (1, 0.5, 1e-3), strings ("a" or 'a'), true, false, `result`; result[0],
// result[-1] (from the end, as expr), result["k"], result.k; unary - ! not; * / %; + - (strings
// concatenate); < <= > >= == !=; && and; || or; parentheses; len abs min max isNaN isInf default;
// all(list, {# < 1}) and any(list, {# > 1}) where # is each element (a map's values for a map).
//
// Evaluation is strict, like expr at run time: && || ! want booleans, arithmetic and ordering want
// numbers (or two strings), a condition must come out true or false. Anything else, an index past
// the end or a missing field throws ConditionError, which the run records as an Error measurement.
import { ConfigurationError } from '../../common/errors.js';
import type { MeasuredValue } from '../types.js';

/** A compiled condition. */
export interface Condition {
  readonly source: string;
  /** true or false for this result; throws ConditionError when it cannot be decided. */
  test(result: MeasuredValue): boolean;
}

/** Why a condition could not be evaluated against one result; `missing` is what default() catches. */
export class ConditionError extends Error {
  override readonly name = 'ConditionError';
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Parses `source`; a ConfigurationError naming `subject` says where and why it does not parse. */
export function compileCondition(source: string, subject: string): Condition {
  const tokens = tokenize(source, subject);
  const node = new Parser(source, subject, tokens).parseAll();
  return {
    source,
    test(result: MeasuredValue): boolean {
      const v = evaluate(node, { result, item: undefined });
      if (typeof v !== 'boolean') throw new ConditionError(`expected true or false, but the condition gives ${kind(v)} ${show(v)}`);
      return v;
    },
  };
}

// ---- tokens

type TokenType = 'num' | 'str' | 'ident' | 'op' | 'end';
interface Token {
  type: TokenType;
  text: string;
  value?: number | string;
  /** 0-based offset in the source. */
  at: number;
}

const OPERATORS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '!', '(', ')', '[', ']', '{', '}', ',', '.', '#'];

function tokenize(src: string, subject: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !(c === '.' && out.length > 0 && endsValue(out[out.length - 1] as Token))) {
      out.push({ type: 'num', text: num[0], value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const e = src[j + 1] as string;
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
        } else s += src[j++];
      }
      if (j >= src.length) throw new ConfigurationError(subject, src, `has a string opened at column ${i + 1} that is never closed (add the closing ${c}).`);
      out.push({ type: 'str', text: src.slice(i, j + 1), value: s, at: i });
      i = j + 1;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ type: 'ident', text: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ type: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    const hint = c === '=' ? ' (compare with ==)' : c === '&' || c === '|' ? ` (write ${c}${c})` : '';
    throw new ConfigurationError(subject, src, `has "${c}" at column ${i + 1}, which is not part of a condition${hint}.`);
  }
  out.push({ type: 'end', text: '', at: src.length });
  return out;
}

/** `.5` after a value is member access gone wrong, not a number; let the parser say so. */
function endsValue(t: Token): boolean {
  return t.type === 'num' || t.type === 'str' || t.type === 'ident' || t.text === ')' || t.text === ']';
}

// ---- syntax tree

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'result' }
  | { k: 'item' }
  | { k: 'unary'; op: '-' | '!'; e: Node }
  | { k: 'binary'; op: string; l: Node; r: Node }
  | { k: 'index'; e: Node; i: Node }
  | { k: 'member'; e: Node; name: string }
  | { k: 'call'; fn: string; args: Node[] }
  | { k: 'quantifier'; fn: 'all' | 'any'; list: Node; pred: Node };

type Value = number | string | boolean | readonly Value[] | { readonly [k: string]: Value };

const FUNCTIONS: Record<string, [min: number, max: number]> = {
  len: [1, 1],
  abs: [1, 1],
  min: [1, Infinity],
  max: [1, Infinity],
  isNaN: [1, 1],
  isInf: [1, 1],
  default: [2, 2],
  all: [2, 2],
  any: [2, 2],
};

// Lowest first; each level is left-associative, comparisons on one level as in expr.
const LEVELS: Record<string, string>[] = [
  { '||': '||', or: '||' },
  { '&&': '&&', and: '&&' },
  { '==': '==', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' },
  { '+': '+', '-': '-' },
  { '*': '*', '/': '/', '%': '%' },
];

class Parser {
  private pos = 0;
  private inPredicate = false;

  constructor(
    private readonly src: string,
    private readonly subject: string,
    private readonly tokens: Token[],
  ) {}

  parseAll(): Node {
    if (this.peek().type === 'end') throw new ConfigurationError(this.subject, this.src, 'is empty. Write a condition over `result`, e.g. result < 0.01.');
    const n = this.binary(0);
    if (this.peek().type !== 'end') this.fail('where an operator or the end is expected');
    return n;
  }

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t.type === 'op' && t.text === text;
  }

  private expect(text: string, what: string): void {
    if (!this.isOp(text)) this.fail(`where ${what} is expected`);
    this.pos++;
  }

  private fail(where: string): never {
    const t = this.peek();
    const fix = t.type === 'end' ? `ends ${where}.` : `has "${t.text}" at column ${t.at + 1} ${where}.`;
    throw new ConfigurationError(this.subject, this.src, fix);
  }

  private binary(level: number): Node {
    if (level >= LEVELS.length) return this.unary();
    let l = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      const ops = LEVELS[level] as Record<string, string>;
      const op = (t.type === 'op' || t.type === 'ident') && Object.hasOwn(ops, t.text) ? ops[t.text] : undefined;
      if (!op) return l;
      this.pos++;
      l = { k: 'binary', op, l, r: this.binary(level + 1) };
    }
  }

  private unary(): Node {
    const t = this.peek();
    if ((t.type === 'op' && (t.text === '-' || t.text === '!' || t.text === '+')) || (t.type === 'ident' && t.text === 'not')) {
      this.pos++;
      const e = this.unary();
      return t.text === '+' ? e : { k: 'unary', op: t.text === '-' ? '-' : '!', e };
    }
    return this.postfix(this.primary());
  }

  private postfix(e: Node): Node {
    for (;;) {
      if (this.isOp('[')) {
        this.pos++;
        const i = this.binary(0);
        this.expect(']', 'a closing ]');
        e = { k: 'index', e, i };
      } else if (this.isOp('.')) {
        this.pos++;
        const t = this.peek();
        if (t.type !== 'ident') this.fail('where a field name is expected');
        this.pos++;
        e = { k: 'member', e, name: t.text };
      } else return e;
    }
  }

  private primary(): Node {
    const t = this.peek();
    if (t.type === 'num' || t.type === 'str') {
      this.pos++;
      return { k: 'lit', v: t.value as number | string };
    }
    if (t.type === 'op' && t.text === '(') {
      this.pos++;
      const e = this.binary(0);
      this.expect(')', 'a closing )');
      return e;
    }
    if (t.type === 'op' && t.text === '#') {
      if (!this.inPredicate) this.fail('outside all(...) or any(...), where # means nothing');
      this.pos++;
      return { k: 'item' };
    }
    if (t.type !== 'ident') this.fail('where a value is expected');
    this.pos++;
    if (t.text === 'true' || t.text === 'false') return { k: 'lit', v: t.text === 'true' };
    if (t.text === 'result') return { k: 'result' };
    if (this.isOp('(')) return this.call(t);
    this.pos--;
    this.fail(`where a value is expected: the only name a condition knows is \`result\`${Object.hasOwn(FUNCTIONS, t.text) ? ` (${t.text} is a function: ${t.text}(...))` : ''}`);
  }

  private call(name: Token): Node {
    const arity = Object.hasOwn(FUNCTIONS, name.text) ? FUNCTIONS[name.text] : undefined;
    if (!arity) {
      this.pos--;
      this.fail(`where a value is expected: ${name.text}() is not a function here (known: ${Object.keys(FUNCTIONS).join(', ')})`);
    }
    this.pos++; // (
    const args: Node[] = [];
    const quantifier = name.text === 'all' || name.text === 'any';
    while (!this.isOp(')')) {
      if (args.length > 0) this.expect(',', 'a comma or a closing )');
      args.push(quantifier && args.length === 1 ? this.predicate() : this.binary(0));
    }
    if (args.length < arity[0] || args.length > arity[1]) {
      const want = arity[0] === arity[1] ? `${arity[0]}` : `at least ${arity[0]}`;
      this.fail(`where ${name.text}() at column ${name.at + 1} has ${args.length} argument${args.length === 1 ? '' : 's'} and takes ${want}`);
    }
    this.pos++; // )
    if (quantifier) return { k: 'quantifier', fn: name.text as 'all' | 'any', list: args[0] as Node, pred: args[1] as Node };
    return { k: 'call', fn: name.text, args };
  }

  /** `{# < 1}` as Argo's examples write it, or `# < 1` as newer expr allows. */
  private predicate(): Node {
    const outer = this.inPredicate;
    this.inPredicate = true;
    try {
      if (!this.isOp('{')) return this.binary(0);
      this.pos++;
      const p = this.binary(0);
      this.expect('}', 'a closing }');
      return p;
    } finally {
      this.inPredicate = outer;
    }
  }
}

// ---- evaluation

interface Scope {
  result: MeasuredValue;
  item: Value | undefined;
}

function evaluate(n: Node, s: Scope): Value {
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'result':
      return s.result;
    case 'item':
      return s.item as Value;
    case 'unary': {
      const v = evaluate(n.e, s);
      if (n.op === '-') return -num(v, 'unary -');
      return !bool(v, '!');
    }
    case 'binary':
      return binary(n.op, n.l, n.r, s);
    case 'index':
      return index(evaluate(n.e, s), evaluate(n.i, s));
    case 'member':
      return member(evaluate(n.e, s), n.name);
    case 'quantifier': {
      const list = evaluate(n.list, s);
      const items = Array.isArray(list) ? (list as Value[]) : isMap(list) ? Object.values(list) : null;
      if (!items) throw new ConditionError(`${n.fn}() wants a list or a map, but got ${kind(list)} ${show(list)}`);
      const test = (item: Value) => bool(evaluate(n.pred, { ...s, item }), `${n.fn}()'s predicate`);
      return n.fn === 'all' ? items.every(test) : items.some(test);
    }
    case 'call':
      return call(n.fn, n.args, s);
  }
}

function binary(op: string, ln: Node, rn: Node, s: Scope): Value {
  if (op === '&&') return bool(evaluate(ln, s), '&&') ? bool(evaluate(rn, s), '&&') : false;
  if (op === '||') return bool(evaluate(ln, s), '||') ? true : bool(evaluate(rn, s), '||');
  const l = evaluate(ln, s);
  const r = evaluate(rn, s);
  if (op === '==') return equal(l, r);
  if (op === '!=') return !equal(l, r);
  if (op === '+' && typeof l === 'string' && typeof r === 'string') return l + r;
  if ((op === '<' || op === '<=' || op === '>' || op === '>=') && typeof l === 'string' && typeof r === 'string') return compare(op, l, r);
  const a = num(l, op);
  const b = num(r, op);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    default:
      return compare(op, a, b);
  }
}

function compare<T extends number | string>(op: string, a: T, b: T): boolean {
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i] as Value));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k] as Value, b[k] as Value));
  }
  return a === b;
}

function index(v: Value, i: Value): Value {
  if (Array.isArray(v)) {
    const list = v as Value[];
    if (typeof i !== 'number' || !Number.isInteger(i)) throw new ConditionError(`a list is indexed by a whole number, not ${kind(i)} ${show(i)}`);
    const at = i < 0 ? list.length + i : i;
    if (at < 0 || at >= list.length) {
      const what = list.length === 0 ? 'the list is empty' : `the list has ${list.length} item${list.length === 1 ? '' : 's'}`;
      throw new ConditionError(`index ${i} is out of range: ${what}`, true);
    }
    return list[at] as Value;
  }
  if (isMap(v)) {
    if (typeof i !== 'string') throw new ConditionError(`a map is indexed by a string, not ${kind(i)} ${show(i)}`);
    return member(v, i);
  }
  throw new ConditionError(`cannot index ${kind(v)} ${show(v)}`);
}

function member(v: Value, name: string): Value {
  if (!isMap(v)) throw new ConditionError(`cannot read field "${name}" of ${kind(v)} ${show(v)}`);
  if (!Object.hasOwn(v, name)) {
    const keys = Object.keys(v);
    throw new ConditionError(`field "${name}" is missing (${keys.length ? `the result has ${keys.map((k) => `"${k}"`).join(', ')}` : 'the map is empty'})`, true);
  }
  return v[name] as Value;
}

function call(fn: string, args: Node[], s: Scope): Value {
  if (fn === 'default') {
    // Argo's default() looks only at whether `result` is nil; a result here is never nil, so this
    // one answers what a user means: the first value, unless it is missing or NaN.
    try {
      const v = evaluate(args[0] as Node, s);
      if (typeof v !== 'number' || !Number.isNaN(v)) return v;
    } catch (e) {
      if (!(e instanceof ConditionError && e.missing)) throw e;
    }
    return evaluate(args[1] as Node, s);
  }
  const vs = args.map((a) => evaluate(a, s));
  const first = vs[0] as Value;
  switch (fn) {
    case 'len':
      if (typeof first === 'string' || Array.isArray(first)) return first.length;
      if (isMap(first)) return Object.keys(first).length;
      throw new ConditionError(`len() wants a list, a map or a string, but got ${kind(first)} ${show(first)}`);
    case 'abs':
      return Math.abs(num(first, 'abs()'));
    case 'min':
    case 'max': {
      const ns = (vs.length === 1 && Array.isArray(first) ? (first as Value[]) : vs).map((v) => num(v, `${fn}()`));
      if (ns.length === 0) throw new ConditionError(`${fn}() of an empty list`, true);
      return fn === 'min' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'isNaN':
      return Number.isNaN(num(first, 'isNaN()'));
    default: {
      const x = num(first, 'isInf()');
      return x === Infinity || x === -Infinity;
    }
  }
}

function num(v: Value, op: string): number {
  if (typeof v === 'number') return v;
  throw new ConditionError(`${op} wants a number, but got ${kind(v)} ${show(v)}`);
}

function bool(v: Value, op: string): boolean {
  if (typeof v === 'boolean') return v;
  throw new ConditionError(`${op} wants true or false, but got ${kind(v)} ${show(v)}`);
}

function isMap(v: Value): v is { readonly [k: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kind(v: Value): string {
  return Array.isArray(v) ? 'a list' : isMap(v) ? 'a map' : typeof v === 'number' ? 'the number' : typeof v === 'string' ? 'the string' : 'the boolean';
}

/** A measured value or part of one, short, for messages. */
export function show(v: MeasuredValue | Value): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : String(v).replace('Infinity', 'Inf');
  const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? String(x).replace('Infinity', 'Inf') : x));
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}
