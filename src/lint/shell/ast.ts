// The shell syntax tree the linter needs: enough of bash to find every simple command (also inside
// command substitutions, subshells, loops and conditionals) with its words, and the pipes.

export type WordPart =
  | { kind: 'lit'; text: string }
  | { kind: 'single'; text: string }
  | { kind: 'double'; parts: WordPart[] }
  /** `$name`, `${...}`: `text` is what stands inside the braces. */
  | { kind: 'param'; text: string }
  | { kind: 'cmdsub'; body: Script; backtick: boolean }
  | { kind: 'arith'; text: string }
  | { kind: 'procsub'; body: Script }
  /** `{a,b}`: ShellCheck's simplified form drops it, so we keep its text apart. */
  | { kind: 'brace'; text: string };

export interface Word {
  parts: WordPart[];
  /** Offset of the word's first character in the parsed text. */
  start: number;
}

export interface Redirect {
  op: string;
  target: Word | null;
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Word[];
  words: Word[];
  redirects: Redirect[];
}

export interface Compound {
  type: 'compound';
  /** subshell, group, if, for, while, until, case, arith, cond, function */
  kind: string;
  /** Every list nested inside (bodies, conditions, branches). */
  bodies: Script[];
  /** Words the construct evaluates (for-lists, case subjects and patterns, [[ ]] operands). */
  words: Word[];
  redirects: Redirect[];
}

export type Command = SimpleCommand | Compound;

export interface Pipeline {
  bang: boolean;
  commands: Command[];
}

export interface AndOr {
  pipelines: Pipeline[];
  ops: ('&&' | '||')[];
  background: boolean;
}

export interface Script {
  items: AndOr[];
}
