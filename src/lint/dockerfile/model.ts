// A Dockerfile as the rules see it: one entry per instruction, with the line it starts on (the
// line hadolint reports), its flags, its arguments with line continuations joined, and the
// exec-form array or heredocs when it has them.

export const KEYWORDS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

export type Keyword = (typeof KEYWORDS)[number];

export interface Flag {
  name: string;
  /** null for a bare flag such as `--link`. */
  value: string | null;
}

export interface Heredoc {
  /** The delimiter word, quotes removed. */
  name: string;
  body: string;
  /** Line of the first body line. */
  line: number;
}

export interface Instruction {
  keyword: Keyword;
  /** 1-based line of the keyword. */
  line: number;
  /** 1-based line of the instruction's last line (heredoc terminators included). */
  endLine: number;
  /** Everything after the keyword: continuations joined, comment lines inside them removed. */
  raw: string;
  /** Leading `--name[=value]` options of FROM, RUN, COPY, ADD and HEALTHCHECK. */
  flags: Flag[];
  /** `raw` without the leading flags, trimmed. */
  args: string;
  /** The JSON array of the exec form, when `args` is one. */
  json: string[] | null;
  heredocs: Heredoc[];
  /** For ONBUILD: the instruction it wraps. */
  inner: Instruction | null;
}

export interface Comment {
  line: number;
  /** The text after `#`. */
  text: string;
}

export interface ParseError {
  line: number;
  column: number;
  message: string;
}

export interface Dockerfile {
  instructions: Instruction[];
  comments: Comment[];
  /** Parser directives at the top (`syntax`, `escape`, `check`), keys lower-cased. */
  directives: Record<string, string>;
  escape: string;
  /** Set when the file is not a Dockerfile hadolint can parse; instructions then stop before it. */
  error: ParseError | null;
}
