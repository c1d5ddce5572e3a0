// The view of a RUN script that hadolint's rules take: every simple command with a literal name,
// its arguments simplified (quotes removed, expansions as `${...}`) and its flags. The semantics
// follow hadolint's Shell module so that rule ports keep hadolint's behaviour.
import type { Command as AstCommand, Script, Word, WordPart } from './ast.js';
import { parseShell, ShellSyntaxError } from './parse.js';

export interface CmdPart {
  arg: string;
  /** Position among the command's arguments; flags share the id of the argument they come from. */
  id: number;
}

export interface Command {
  name: string;
  arguments: CmdPart[];
  flags: CmdPart[];
}

export interface ParsedShell {
  original: string;
  /** False when the text is not valid shell: then, as in hadolint, no command is seen. */
  valid: boolean;
  commands: Command[];
  hasPipes: boolean;
}

export function parseCommands(original: string): ParsedShell {
  let script: Script;
  try {
    script = parseShell(original);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { original, valid: false, commands: [], hasPipes: false };
    throw e;
  }
  const state = { commands: [] as Command[], pipes: false };
  walkScript(script, state);
  return { original, valid: true, commands: state.commands, hasPipes: state.pipes };
}

interface WalkState {
  commands: Command[];
  pipes: boolean;
}

function walkScript(script: Script, st: WalkState): void {
  for (const item of script.items) {
    for (const p of item.pipelines) {
      if (p.commands.length > 1) st.pipes = true;
      for (const c of p.commands) walkCommand(c, st);
    }
  }
}

function walkCommand(cmd: AstCommand, st: WalkState): void {
  if (cmd.type === 'simple') {
    const c = toCommand(cmd.words);
    if (c) st.commands.push(c);
    for (const w of cmd.assigns) walkWord(w, st);
    for (const w of cmd.words) walkWord(w, st);
  } else {
    for (const w of cmd.words) walkWord(w, st);
    for (const b of cmd.bodies) walkScript(b, st);
  }
  for (const r of cmd.redirects) if (r.target) walkWord(r.target, st);
}

function walkWord(w: Word, st: WalkState): void {
  for (const p of w.parts) walkPart(p, st);
}

function walkPart(p: WordPart, st: WalkState): void {
  if (p.kind === 'cmdsub' || p.kind === 'procsub') walkScript(p.body, st);
  else if (p.kind === 'double') for (const q of p.parts) walkPart(q, st);
}

function toCommand(words: Word[]): Command | null {
  const first = words[0];
  if (!first) return null;
  let name = literal(first);
  // ShellCheck parses `[ ... ]` as a test expression, not as a command named `[`.
  if (name === null || name === '[') return null;
  // ShellCheck looks through these wrappers to the command they run.
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base === 'busybox' || base === 'builtin' || base === 'command' || base === 'run' || base === 'exec') {
    const target = base === 'exec' ? execTarget(words.slice(1)) : words[1];
    if (target) {
      const resolved = literal(target);
      if (resolved === null) return null;
      name = resolved;
    }
  }
  const args = words.slice(1).map((w, i) => ({ arg: simplifyWord(w), id: i }));
  return { name, arguments: args, flags: flagsOf(args) };
}

/** `exec -c -l -a name cmd ...`: the first word that is not one of exec's options. */
function execTarget(words: Word[]): Word | undefined {
  for (let i = 0; i < words.length; i++) {
    const text = literal(words[i] as Word);
    if (text === null || !text.startsWith('-') || text === '-') return words[i];
    if (text === '--') return words[i + 1];
    if (text.includes('a') && text.endsWith('a')) i++;
  }
  return undefined;
}

/** The word's text when it has no expansions, else null. */
export function literal(w: Word): string | null {
  let out = '';
  for (const p of w.parts) {
    const s = literalPart(p);
    if (s === null) return null;
    out += s;
  }
  return out;
}

function literalPart(p: WordPart): string | null {
  switch (p.kind) {
    case 'lit':
    case 'single':
      return p.text;
    case 'double': {
      let out = '';
      for (const q of p.parts) {
        const s = literalPart(q);
        if (s === null) return null;
        out += s;
      }
      return out;
    }
    default:
      return null;
  }
}

/** hadolint's `simplify`: quotes dropped, expansions kept as `${...}`. */
export function simplifyWord(w: Word): string {
  return w.parts.map(simplifyPart).join('');
}

function simplifyPart(p: WordPart): string {
  switch (p.kind) {
    case 'lit':
    case 'single':
      return p.text;
    case 'double':
      return p.parts.map(simplifyPart).join('');
    case 'param':
      return '${' + p.text + '}';
    case 'cmdsub':
      return p.backtick ? '${VAR}' : '${' + simplifyScript(p.body) + '}';
    case 'arith':
      return '${VAR}';
    case 'procsub':
    case 'brace':
      return '';
  }
}

/**
 * hadolint's simplify of `$(...)`: the words of each statement that is one plain command,
 * concatenated without separators; a statement with a pipe, `&&`, `||`, `!` or `&` adds nothing.
 */
function simplifyScript(s: Script): string {
  let out = '';
  for (const item of s.items) {
    const only = item.pipelines.length === 1 && !item.background ? item.pipelines[0] : undefined;
    const cmd = only && !only.bang && only.commands.length === 1 ? only.commands[0] : undefined;
    if (cmd?.type === 'simple') out += cmd.words.map(simplifyWord).join('');
  }
  return out;
}

function flagsOf(args: CmdPart[]): CmdPart[] {
  const flags: CmdPart[] = [];
  for (const { arg, id } of args) {
    if (arg === '--' || arg === '-') continue;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      flags.push({ arg: arg.slice(2, eq < 0 ? undefined : eq), id });
    } else if (arg.startsWith('-')) {
      for (const ch of arg.slice(1)) flags.push({ arg: ch, id });
    }
  }
  return flags;
}

// ---- Queries, named as in hadolint so rule ports read alike ----

export const getArgs = (cmd: Command): string[] => cmd.arguments.map((a) => a.arg);

export function cmdHasArgs(name: string, args: string[], cmd: Command): boolean {
  return cmdsHaveArgs([name], args, cmd);
}

export function cmdsHaveArgs(names: string[], args: string[], cmd: Command): boolean {
  return names.includes(cmd.name) && cmd.arguments.some((a) => args.includes(a.arg));
}

export function cmdHasPrefixArg(name: string, prefix: string, cmd: Command): boolean {
  return cmd.name === name && cmd.arguments.some((a) => a.arg.startsWith(prefix));
}

export function getArgsNoFlags(cmd: Command): string[] {
  const flagIds = new Set(cmd.flags.map((f) => f.id));
  return cmd.arguments.filter((a) => !flagIds.has(a.id)).map((a) => a.arg);
}

export const countFlag = (flag: string, cmd: Command): number => cmd.flags.filter((f) => f.arg === flag).length;
export const hasFlag = (flag: string, cmd: Command): boolean => countFlag(flag, cmd) > 0;
export const hasAnyFlag = (flags: string[], cmd: Command): boolean => cmd.flags.some((f) => flags.includes(f.arg));
export const hasArg = (arg: string, cmd: Command): boolean => cmd.arguments.some((a) => a.arg === arg);

/** The id of the first argument after `flagId`: the value of a flag written `-f value`. */
function valueId(flagId: number, args: CmdPart[]): number {
  let best = Number.MAX_SAFE_INTEGER;
  for (const a of args) if (a.id > flagId && a.id < best) best = a.id;
  return best;
}

/** Removes the values of the given flags (written as separate arguments) from the arguments. */
export function dropFlagArg(flagsToDrop: string[], cmd: Command): Command {
  const drop = new Set<number>();
  for (const f of cmd.flags) {
    if (!flagsToDrop.includes(f.arg)) continue;
    const inline = cmd.arguments.some((a) => a.id === f.id && a.arg.includes('='));
    if (!inline) drop.add(valueId(f.id, cmd.arguments));
  }
  return { ...cmd, arguments: cmd.arguments.filter((a) => !drop.has(a.id)) };
}

/** The values of a flag written `-u 1000` (hadolint's getFlagArg). */
export function getFlagArg(flag: string, cmd: Command): string[] {
  const ids = new Set(cmd.flags.filter((f) => f.arg === flag).map((f) => valueId(f.id, cmd.arguments)));
  return cmd.arguments.filter((a) => ids.has(a.id)).map((a) => a.arg);
}

export const findCommandNames = (shell: ParsedShell): string[] => shell.commands.map((c) => c.name);
export const usingProgram = (prog: string, shell: ParsedShell): boolean => shell.commands.some((c) => c.name === prog);
export const anyCommands = (check: (c: Command) => boolean, shell: ParsedShell): boolean => shell.commands.some(check);
export const allCommands = (check: (c: Command) => boolean, shell: ParsedShell): boolean => shell.commands.every(check);
export const noCommands = (check: (c: Command) => boolean, shell: ParsedShell): boolean => !shell.commands.some(check);

function isInfixOf(needle: string[], hay: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function isPipInstall(cmd: Command): boolean {
  const args = getArgs(cmd);
  const std = cmd.name.startsWith('pip') && !cmd.name.startsWith('pipenv') && isInfixOf(['install'], args);
  const viaPython = cmd.name.startsWith('python') && isInfixOf(['-m', 'pip', 'install'], args);
  return std || viaPython;
}

export { isInfixOf };
