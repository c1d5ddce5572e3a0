// Reading a provider's YAML-parsed mapping: kebab-case keys, unknown ones refused with the list of
// known ones, each value checked where it is read so the error names its key.
import { ConfigurationError } from '../../common/errors.js';

export type Mapping = Record<string, unknown>;

const show = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/** `raw` as a mapping with only `known` keys. */
export function mapping(raw: unknown, where: string, known: readonly string[], example: string): Mapping {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigurationError(where, show(raw), `is not a mapping. Write it as ${example}.`);
  }
  for (const k of Object.keys(raw)) {
    if (!known.includes(k)) throw new ConfigurationError(`${where}: key \`${k}\``, show((raw as Mapping)[k]), `is not a key here. Keys: ${known.join(', ')}.`);
  }
  return raw as Mapping;
}

/** A required non-empty string. */
export function text(m: Mapping, k: string, where: string, fix: string): string {
  const v = m[k];
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigurationError(`${where}: \`${k}\``, v === undefined ? '' : show(v), fix);
  return v.trim();
}

export { show };
