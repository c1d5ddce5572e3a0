// Helpers shared by the group C rules: RUN mount flags read as language-docker reads them, the
// stage bookkeeping several hadolint rules repeat, and the ONBUILD split of stateful rules.
import type { Instruction } from '../../dockerfile/model.js';
import { parseFrom } from '../../dockerfile/syntax.js';
import type { Command, ParsedShell } from '../../shell/commands.js';

export interface RunMount {
  /** bind (the default), cache, tmpfs, secret or ssh. */
  type: string;
  target: string | null;
  /** Every option with its name normalised (src -> source, dst -> target, readonly -> ro...). */
  options: Map<string, string>;
}

const KEY_ALIASES: Record<string, string> = {
  src: 'source',
  dst: 'target',
  destination: 'target',
};

/** Splits `a=1,b="x,y"` on commas outside double quotes. */
function splitMountArgs(value: string): string[] {
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

function normaliseOption(arg: string): [string, string] {
  const eq = arg.indexOf('=');
  const rawKey = eq < 0 ? arg : arg.slice(0, eq);
  const value = eq < 0 ? '' : arg.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  const key = rawKey.toLowerCase();
  // ro / readonly / rw / readwrite, bare or `=true|false`, all become ro=true|false.
  if (key === 'ro' || key === 'readonly' || key === 'rw' || key === 'readwrite') {
    const truthy = eq < 0 || value.toLowerCase() === 'true';
    const ro = key === 'ro' || key === 'readonly' ? truthy : !truthy;
    return ['ro', String(ro)];
  }
  if (key === 'required') return ['required', String(eq < 0 || value.toLowerCase() === 'true')];
  if (rawKey === 'z') return ['relabel', 'shared'];
  if (rawKey === 'Z') return ['relabel', 'private'];
  return [KEY_ALIASES[rawKey] ?? rawKey, value];
}

/** The `--mount=...` flags of a RUN. */
export function runMounts(inst: Instruction): RunMount[] {
  const mounts: RunMount[] = [];
  for (const f of inst.flags) {
    if (f.name !== 'mount' || f.value === null) continue;
    const options = new Map<string, string>();
    let type = 'bind';
    for (const arg of splitMountArgs(f.value)) {
      const [key, value] = normaliseOption(arg);
      if (key === 'type') type = value;
      else options.set(key, value);
    }
    mounts.push({ type, target: options.get('target') ?? null, options });
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

/** hadolint's Shell.findCommandIndex: the index of the first command that passes, or -1. */
export function findCommandIndex(check: (c: Command) => boolean, shell: ParsedShell): number {
  return shell.commands.findIndex(check);
}

/** `found(a) < found(b)`, both present: hadolint's `(<) <$> findCommandIndex a <*> findCommandIndex b`. */
export function comesBefore(first: (c: Command) => boolean, second: (c: Command) => boolean, shell: ParsedShell): boolean {
  const a = findCommandIndex(first, shell);
  const b = findCommandIndex(second, shell);
  return a >= 0 && b >= 0 && a < b;
}

/**
 * The instruction streams a stateful `rule <> onbuild rule` folds over: all top-level instructions
 * (an ONBUILD is seen as itself), then, separately, only the instructions ONBUILDs wrap.
 */
export function onbuildStreams(instructions: Instruction[]): Instruction[][] {
  const inner = instructions.filter((i) => i.inner !== null).map((i) => ({ ...(i.inner as Instruction), line: i.line }));
  return [instructions, inner];
}

/** A FROM's stage name as hadolint's stage-keyed rules use it: the alias, else the image name. */
export function stageName(from: Instruction): { name: string; image: string; alias: string | null } {
  const b = parseFrom(from);
  return { name: b.alias ?? b.name, image: b.name, alias: b.alias };
}

/**
 * The per-stage boolean of hadolint's DL3042 and DL3045 (`Map Stage Bool` with `None` before any
 * FROM): a stage inherits the value of the stage its FROM names; a FROM without alias keeps the
 * value already stored under its image name; the first FROM starts from an empty map.
 */
export class StageFlag {
  private started = false;
  private current: string | null = null;
  private readonly values = new Map<string | null, boolean>();

  from(inst: Instruction): void {
    const { name, image } = stageName(inst);
    if (!this.started) {
      this.started = true;
      this.values.clear();
    } else {
      this.values.set(name, this.values.get(image) ?? false);
    }
    this.current = name;
  }

  /** Sets the flag on the current stage (or on `None` before any FROM). */
  set(): void {
    if (!this.started) {
      this.started = true;
      this.current = null;
    }
    this.values.set(this.current, true);
  }

  get isSet(): boolean {
    return this.started && this.values.get(this.current) === true;
  }
}

/** An ARG's name as language-docker reads it: the first word, up to `=`. */
export function argName(inst: Instruction): string {
  return /^[^\s=]*/.exec(inst.args)?.[0] ?? '';
}
