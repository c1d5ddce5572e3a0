// Helpers of the COPY/ADD and exec-form rules: COPY/ADD read as language-docker's Copy.hs reads them (flag
// values and paths keep their quotes), and the exec form of CMD/ENTRYPOINT/HEALTHCHECK as
// language-docker's Arguments.hs accepts it.
import type { Instruction } from '../../dockerfile/model.js';

export interface CopyAddArgs {
  /** Source paths; in the space-separated form they keep their quotes, as in language-docker. */
  sources: string[];
  target: string;
  /** `--from=` value with its quotes (COPY only), or null. */
  from: string | null;
  chown: string | null;
  chmod: string | null;
  /** `--checksum=` value (ADD only), or null. */
  checksum: string | null;
  link: boolean | null;
  /** `--parents` (COPY only). */
  parents: boolean | null;
  /** `--keep-git-dir` (ADD only). */
  keepGitDir: boolean | null;
  /** `--unpack` (ADD only). */
  unpack: boolean | null;
  exclude: string[];
  /** True when the sources are heredoc markers (`COPY <<EOF /dst`). */
  heredoc: boolean;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** language-docker's `someUnless ... (== ' ')`: a run of characters up to whitespace. */
function word(s: string, at: number): string {
  let end = at;
  while (end < s.length && !isSpace(s[end]) && s[end] !== '\n') end++;
  return s.slice(at, end);
}

function skipSpaces(s: string, at: number): number {
  while (at < s.length && isSpace(s[at])) at++;
  return at;
}

type ValueKey = 'from' | 'chown' | 'chmod' | 'checksum';
type BoolKey = 'link' | 'parents' | 'keepGitDir' | 'unpack';

const VALUE_FLAGS: Record<'COPY' | 'ADD', Record<string, ValueKey>> = {
  COPY: { '--from=': 'from', '--chown=': 'chown', '--chmod=': 'chmod' },
  ADD: { '--checksum=': 'checksum', '--chown=': 'chown', '--chmod=': 'chmod' },
};

const BOOL_FLAGS: Record<'COPY' | 'ADD', Record<string, BoolKey>> = {
  COPY: { '--link': 'link', '--parents': 'parents' },
  ADD: { '--link': 'link', '--keep-git-dir': 'keepGitDir', '--unpack': 'unpack' },
};

/**
 * The sources, target and flags of a COPY or ADD, or null when language-docker would not parse it
 * (unknown `--flag=value`, a repeated flag, fewer than two paths...). Flag names are
 * case-sensitive; a `--word` without `=` that is no known flag ends the flags and, in COPY, is
 * read as a path (ADD rejects it).
 */
export function readCopyAdd(inst: Instruction): CopyAddArgs | null {
  if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') return null;
  const kw = inst.keyword;
  const s = inst.raw;
  const out: CopyAddArgs = {
    sources: [],
    target: '',
    from: null,
    chown: null,
    chmod: null,
    checksum: null,
    link: null,
    parents: null,
    keepGitDir: null,
    unpack: null,
    exclude: [],
    heredoc: false,
  };
  let at = skipSpaces(s, 0);
  for (;;) {
    if (!s.startsWith('--', at)) break;
    const w = word(s, at);
    const valueFlag = Object.keys(VALUE_FLAGS[kw]).find((p) => w.startsWith(p));
    const boolKey = BOOL_FLAGS[kw][w.replace(/=(true|false)$/, '')];
    if (valueFlag && w.length > valueFlag.length) {
      const key = VALUE_FLAGS[kw][valueFlag] as ValueKey;
      if (out[key] !== null) return null; // duplicate flag
      out[key] = w.slice(valueFlag.length);
    } else if (w.startsWith('--exclude=') && w.length > '--exclude='.length) {
      out.exclude.push(w.slice('--exclude='.length));
    } else if (boolKey) {
      if (out[boolKey] !== null) return null;
      out[boolKey] = !w.endsWith('=false');
    } else if (w.includes('=')) {
      return null; // language-docker: invalid flag, or a flag with no value
    } else {
      break;
    }
    at = skipSpaces(s, at + w.length);
  }
  const rest = s.slice(at);
  if (kw === 'ADD' && rest.startsWith('--')) return null;

  if (kw === 'COPY' && inst.heredocs.length > 0 && rest.startsWith('<<')) {
    const doc = readHeredocList(rest);
    if (doc) return { ...out, ...doc, heredoc: true };
  }
  const paths = readFileList(rest);
  if (!paths || paths.length < 2) return null;
  out.sources = paths.slice(0, -1);
  out.target = paths[paths.length - 1] as string;
  return out;
}

/**
 * `<<A <<-"B" target`: the markers are the sources and the rest of the line, trailing spaces
 * included, is the target (language-docker's `heredocList`).
 */
function readHeredocList(s: string): { sources: string[]; target: string } | null {
  const sources: string[] = [];
  let at = 0;
  while (s.startsWith('<<', at)) {
    at += 2;
    while (s[at] === '-') at++;
    const q = s[at];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, at + 1);
      if (end < 0) return null;
      sources.push(s.slice(at + 1, end));
      at = end + 1;
    } else {
      // `untilWS`: up to and including the next whitespace character.
      let end = at;
      while (end < s.length && !isSpace(s[end])) end++;
      if (end >= s.length) return null;
      sources.push(s.slice(at, end));
      at = end + 1;
    }
    at = skipSpaces(s, at);
  }
  const target = s.slice(at);
  if (sources.length === 0 || target === '') return null;
  return { sources, target };
}

/** `["a", "b"]` (double-quoted strings, quotes removed) or space-separated words (quotes kept). */
function readFileList(s: string): string[] | null {
  if (s.startsWith('[')) {
    const list = readStringList(s);
    if (list) return list.rest.trim() === '' ? list.items : null;
  }
  const words = s.split(/[ \t]+/).filter((w) => w !== '');
  return words.length ? words : null;
}

/** language-docker's `brackets (commaSep doubleQuotedString)`, with Haskell string escapes. */
function readStringList(s: string): { items: string[]; rest: string } | null {
  let at = skipSpaces(s, 1);
  const items: string[] = [];
  if (s[at] !== ']') {
    for (;;) {
      if (s[at] !== '"') return null;
      let end = at + 1;
      let text = '';
      while (end < s.length && s[end] !== '"') {
        if (s[end] === '\\' && end + 1 < s.length) {
          const e = s[end + 1] as string;
          text += ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" } as Record<string, string>)[e] ?? e;
          end += 2;
        } else text += s[end++];
      }
      if (end >= s.length) return null;
      items.push(text);
      at = skipSpaces(s, end + 1);
      if (s[at] !== ',') break;
      at = skipSpaces(s, at + 1);
    }
  }
  if (s[at] !== ']') return null;
  return { items, rest: s.slice(at + 1) };
}

/**
 * Whether CMD/ENTRYPOINT/HEALTHCHECK CMD arguments are the exec form as language-docker reads it:
 * `[` then double-quoted strings separated by commas, then `]` and nothing else. Inside a string
 * the escape character before `"` escapes it, a run of two or more before `"` is not accepted,
 * and any other escape is kept as written (so `["\x"]` is exec form, `["a\\"]` is not).
 */
export function isExecForm(args: string, escape: string): boolean {
  const s = args.trim();
  if (!s.startsWith('[')) return false;
  const ws = (i: number) => {
    while (i < s.length && (isSpace(s[i]) || s[i] === '\n')) i++;
    return i;
  };
  let at = ws(1);
  if (s[at] === ']') return ws(at + 1) === s.length;
  for (;;) {
    if (s[at] !== '"') return false;
    at++;
    for (;;) {
      if (at >= s.length) return false;
      const c = s[at];
      if (c === '"') break;
      if (c === '\n') return false;
      if (c === escape) {
        let run = at;
        while (s[run] === escape) run++;
        if (s[run] === '"') {
          if (run - at > 1) return false;
          at = run + 1;
        } else at = run;
        continue;
      }
      at++;
    }
    at = ws(at + 1);
    if (s[at] === ',') {
      at = ws(at + 1);
      continue;
    }
    if (s[at] !== ']') return false;
    return ws(at + 1) === s.length;
  }
}
