// Checks the shape of what a server sent before any code reads it, so an answer that is not what
// the API promises (a proxy's page, `null`, a corrupted object, another version of the API) is one
// clear error naming the object, the field and what was expected, never a TypeError further on.
// A shape is built from the small checkers below; `answer` parses JSON text and applies one.
import { ServiceError } from './errors.js';

/** Returns the value as T, or throws a Mismatch naming where in the document it went wrong. */
export type Check<T> = (value: unknown, at: string) => T;

class Mismatch extends Error {}

function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return `${typeof v} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}

function fail(at: string, v: unknown, expected: string): never {
  throw new Mismatch(`${at || 'the document'} is ${describe(v)}, expected ${expected}`);
}

export const str: Check<string> = (v, at) => (typeof v === 'string' ? v : fail(at, v, 'a string'));
export const num: Check<number> = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(at, v, 'a number'));
export const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, v, 'true or false'));

/** A string matching `re`; `expected` says what it should be, in words. */
export const matching =
  (re: RegExp, expected: string): Check<string> =>
  (v, at) =>
    typeof v === 'string' && re.test(v) ? v : fail(at, v, expected);

/** A whole number from `min`. */
export const int =
  (min: number): Check<number> =>
  (v, at) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min ? v : fail(at, v, `a whole number from ${min}`);

/** A string or a number, as text (MLflow sends versions and sizes either way). */
export const text: Check<string> = (v, at) => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? String(v) : fail(at, v, 'a string or a number'));

export const literal =
  <const T extends string>(want: T): Check<T> =>
  (v, at) =>
    v === want ? want : fail(at, v, JSON.stringify(want));

export const optional =
  <T>(c: Check<T>): Check<T | undefined> =>
  (v, at) =>
    v === undefined ? undefined : c(v, at);

export const nullable =
  <T>(c: Check<T>): Check<T | null> =>
  (v, at) =>
    v === null ? null : c(v, at);

/** A check of its own: `ok` decides, `expected` says what was wanted. */
export const where =
  <T>(c: Check<T>, ok: (value: T) => boolean, expected: string): Check<T> =>
  (v, at) => {
    const got = c(v, at);
    return ok(got) ? got : fail(at, v, expected);
  };

export const array =
  <T>(item: Check<T>): Check<T[]> =>
  (v, at) =>
    Array.isArray(v) ? v.map((x, i) => item(x, `${at}[${i}]`)) : fail(at, v, 'an array');

/** An object whose values all pass `value` (tags, metrics). */
export const record =
  <T>(value: Check<T>): Check<Record<string, T>> =>
  (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, v, 'an object');
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, `${at}.${k}`)]));
  };

export const anything: Check<unknown> = (v) => v;

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** An object with these fields (others are kept as they are, unchecked). */
export const object =
  <S extends Shape>(shape: S): Check<Checked<S>> =>
  (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, v, 'an object');
    const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    for (const [k, c] of Object.entries(shape)) {
      const got = c((v as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
      if (got === undefined) delete out[k];
      else out[k] = got;
    }
    return out as Checked<S>;
  };

export interface AnswerContext {
  /** The object, for the message: "the answer of https://mlflow…/registered-models/get", "s3://b/k". */
  what: string;
  /** What it should have been, e.g. "an MLflow registered model". */
  expected: string;
  /** What it suggests and what to do. */
  suggest: string;
}

/** Applies `check` to a value already parsed; a mismatch becomes one ServiceError. */
export function checkAnswer<T>(value: unknown, check: Check<T>, c: AnswerContext): T {
  try {
    return check(value, '');
  } catch (e) {
    if (!(e instanceof Mismatch)) throw e;
    throw new ServiceError(`${c.what} is not ${c.expected}: ${e.message}. ${c.suggest}`);
  }
}

/** Parses JSON text and checks it; text that is not JSON says how it starts. */
export function answer<T>(body: string, check: Check<T>, c: AnswerContext): T {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const start = body.slice(0, 80).replace(/\s+/g, ' ').trim();
    throw new ServiceError(`${c.what} is not JSON (${start ? `it starts ${JSON.stringify(start)}` : 'it is empty'}), expected ${c.expected}. ${c.suggest}`);
  }
  return checkAnswer(value, check, c);
}
