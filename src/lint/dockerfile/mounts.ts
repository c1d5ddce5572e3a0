// The `--mount=` options of RUN, read as language-docker's Parser/Run.hs reads them: options
// separated by commas outside double quotes, a value in double quotes unquoted, `src` read as
// `source` and `dst`/`destination` as `target`, `ro`/`readonly`/`rw`/`readwrite` (bare or
// `=true|false`) as one read-only flag, `required` as a flag, `z`/`Z` as `relabel`, and `bind`
// the type when none is given. Unlike language-docker we do not reject an invalid mount (an
// unknown, repeated or bare option); the last value of an option wins.
import type { Instruction } from './model.js';

export interface RunMount {
  /** `bind` (the default), `cache`, `tmpfs`, `secret` or `ssh`, as written. */
  type: string;
  target: string | null;
  source: string | null;
  /** The image or stage a bind or cache mount reads from. */
  from: string | null;
  /** The cache or secret id. */
  id: string | null;
  /**
   * Every option but `type`, by language-docker's name (`source`, `target`, `ro`, `required`,
   * `relabel`, ...): `ro` and `required` are `true` or `false`, `relabel` `shared` or `private`.
   */
  options: Map<string, string>;
}

const ALIASES: Record<string, string> = { src: 'source', dst: 'target', destination: 'target' };

/** Splits `a=1,b="x,y"` on the commas outside double quotes. */
function splitOptions(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** One option as `[name, value]`; a bare word other than the flags is a name with an empty value. */
function readOption(arg: string): [string, string] {
  const eq = arg.indexOf('=');
  const rawKey = eq < 0 ? arg : arg.slice(0, eq);
  const value = eq < 0 ? '' : arg.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  // language-docker reads these flag names case-insensitively (`string'`).
  const key = rawKey.toLowerCase();
  if (key === 'ro' || key === 'readonly' || key === 'rw' || key === 'readwrite') {
    const truthy = eq < 0 || value.toLowerCase() === 'true';
    const ro = key === 'ro' || key === 'readonly' ? truthy : !truthy;
    return ['ro', String(ro)];
  }
  if (key === 'required') return ['required', String(eq < 0 || value.toLowerCase() === 'true')];
  if (rawKey === 'z') return ['relabel', 'shared'];
  if (rawKey === 'Z') return ['relabel', 'private'];
  return [ALIASES[rawKey] ?? rawKey, value];
}

/** The mounts of a RUN (none for any other instruction), in order. */
export function runMounts(inst: Instruction): RunMount[] {
  if (inst.keyword !== 'RUN') return [];
  const mounts: RunMount[] = [];
  for (const f of inst.flags) {
    if (f.name !== 'mount' || f.value === null) continue;
    const options = new Map<string, string>();
    let type = 'bind';
    for (const arg of splitOptions(f.value)) {
      const [key, value] = readOption(arg);
      if (key === 'type') type = value;
      else options.set(key, value);
    }
    const get = (name: string) => options.get(name) ?? null;
    mounts.push({ type, target: get('target'), source: get('source'), from: get('from'), id: get('id'), options });
  }
  return mounts;
}

/** hadolint's Utils.hasCacheOrTmpfsMountWith: a cache or tmpfs mount whose target contains `frag`. */
export function hasCacheOrTmpfsMountWith(frag: string, inst: Instruction): boolean {
  return runMounts(inst).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && (m.target ?? '').includes(frag));
}

/**
 * A key equal for two RUNs exactly when language-docker's `RunFlags` are equal: the set of mounts
 * (option order and duplicates do not matter), and the first `--network` and `--security`.
 */
export function runFlagsKey(inst: Instruction): string {
  const mounts = new Set(
    runMounts(inst).map((m) => {
      const opts = [...m.options.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return JSON.stringify([m.type, opts]);
    }),
  );
  const first = (name: string) => inst.flags.find((f) => f.name === name)?.value ?? null;
  return JSON.stringify([[...mounts].sort(), first('network'), first('security')]);
}
