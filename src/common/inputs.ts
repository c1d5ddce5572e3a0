// Inputs read once into a typed object, the way the runner passes them (`INPUT_<NAME>`, already
// defaulted from action.yml; the CLI and the root composite may leave some out, so defaults are
// applied here too). Each reader names the input and the accepted values when a value is wrong.
import { ConfigurationError } from './errors.js';
import { checkWritable, type WriteKind } from './fsutil.js';
import type { ActionIO } from './io.js';
import { actionMeta } from './meta.js';

export type InputKind =
  | { kind: 'string' }
  | { kind: 'list' }
  | { kind: 'bool' }
  | { kind: 'number'; min?: number; max?: number; integer?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'output'; writes: WriteKind };

export const string = (): { kind: 'string' } => ({ kind: 'string' });
export const list = (): { kind: 'list' } => ({ kind: 'list' });
export const bool = (): { kind: 'bool' } => ({ kind: 'bool' });
export const number = (opts: { min?: number; max?: number; integer?: boolean } = {}) => ({ kind: 'number' as const, ...opts });
/**
 * A path the action writes (a report, an output file, a model, a cache), checked when it is read:
 * a path the job cannot write fails before any work, so nothing is left half-written. Empty means
 * the action's default place.
 */
export const output = (writes: WriteKind) => ({ kind: 'output' as const, writes });
export const oneOf = <const T extends readonly string[]>(values: T) => ({ kind: 'enum' as const, values });

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

type ValueOf<K> = K extends { kind: 'list' }
  ? string[]
  : K extends { kind: 'bool' }
    ? boolean
    : K extends { kind: 'number' }
      ? number
      : K extends { kind: 'enum'; values: readonly (infer V)[] }
        ? V
        : string;

export type InputsOf<S extends Record<string, InputKind>> = { [K in keyof S & string as Camel<K>]: ValueOf<S[K]> };

export function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Lists accept newlines and commas; blank entries and surrounding spaces are dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

export function readInputs<S extends Record<string, InputKind>>(action: string, spec: S, io: ActionIO): InputsOf<S> {
  const meta = actionMeta(action);
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const declared = meta.inputs[name];
    if (!declared) throw new Error(`input "${name}" is read by the code but not declared in actions/${action}/action.yml`);
    const raw = io.input(name) ?? declared.default;
    if (declared.required && raw === '') {
      throw new ConfigurationError(`input \`${name}\``, raw, `is required: ${declared.description.split('\n')[0]}`);
    }
    out[camel(name)] = convert(name, kind, raw);
    if (kind.kind === 'output' && raw.trim()) checkWritable(`input \`${name}\``, raw.trim(), io.cwd, kind.writes);
  }
  return out as InputsOf<S>;
}

function convert(name: string, k: InputKind, raw: string): unknown {
  const subject = `input \`${name}\``;
  switch (k.kind) {
    case 'string':
    case 'output':
      return raw;
    case 'list':
      return splitList(raw);
    case 'bool':
      if (TRUE.has(raw)) return true;
      if (FALSE.has(raw)) return false;
      throw new ConfigurationError(subject, raw, 'is not a boolean. Use true or false.');
    case 'number': {
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n) || (k.integer && !Number.isInteger(n))) {
        throw new ConfigurationError(subject, raw, `is not ${k.integer ? 'a whole number' : 'a number'}.`);
      }
      if ((k.min !== undefined && n < k.min) || (k.max !== undefined && n > k.max)) {
        throw new ConfigurationError(subject, raw, `is out of range. Use a value from ${k.min ?? '-∞'} to ${k.max ?? '∞'}.`);
      }
      return n;
    }
    case 'enum':
      if (k.values.includes(raw)) return raw;
      throw new ConfigurationError(subject, raw, `is not allowed. Use one of: ${k.values.join(', ')}.`);
  }
}
