// Structured readings of instruction arguments that several rules share, following
// language-docker (the parser behind hadolint) so that rules see what hadolint sees.
import type { Instruction } from './model.js';

/** language-docker's `Image`: the registry host, when the reference has one, and the name. */
export interface ImageName {
  registry: string | null;
  /** Image name without registry, tag or digest. */
  name: string;
}

export interface BaseImage extends ImageName {
  tag: string | null;
  digest: string | null;
  alias: string | null;
  platform: string | null;
}

/** What hadolint's stage-keyed rules assume before the first FROM: equal to `FROM scratch`. */
export const SCRATCH: BaseImage = { registry: null, name: 'scratch', tag: null, digest: null, alias: null, platform: null };

/**
 * language-docker's reading (Parser/From.hs) of
 * `FROM [--platform=p] [domain.tld/]name[:tag][@digest] [AS alias]`. The registry is anything up to
 * the first `.` and then up to the next `/` (so `org/x.y/z` has registry `org/x.y`); `${...}` is
 * opaque (a `:` or `@` in it separates nothing) but a registry may contain it (`${R}.io/foo`).
 * Words end at spaces, tabs and newlines only, and the alias is the one word after `AS`.
 */
export function parseFrom(inst: Instruction): BaseImage {
  const platform = inst.flags.find((f) => f.name === 'platform')?.value ?? null;
  const words = inst.args.split(/[ \t\n]+/).filter(Boolean);
  const ref = words[0] ?? '';
  const alias = words.length >= 3 && (words[1] as string).toUpperCase() === 'AS' ? (words[2] as string) : null;

  let pos = 0;
  let registry: string | null = null;
  const domain = scanExpanded(ref, 0, (c) => c === '.');
  if (domain > 0 && ref[domain] === '.') {
    const tld = scanExpanded(ref, domain + 1, (c) => c === '/');
    if (tld > domain + 1 && ref[tld] === '/') {
      registry = ref.slice(0, tld);
      pos = tld + 1;
    }
  }
  const nameEnd = scanExpanded(ref, pos, (c) => c === '@' || c === ':');
  const name = ref.slice(pos, nameEnd);
  pos = nameEnd;
  let tag: string | null = null;
  if (ref[pos] === ':') {
    const end = scanExpanded(ref, pos + 1, (c) => c === '@' || c === ':');
    tag = ref.slice(pos + 1, end);
    pos = end;
  }
  let digest: string | null = null;
  if (ref[pos] === '@') {
    const end = ref.indexOf('@', pos + 1);
    digest = ref.slice(pos + 1, end < 0 ? undefined : end);
  }
  return { registry, name, tag, digest, alias, platform };
}

/** language-docker's `someUnlessExpanded`: the end of the run from `start` up to `stop`, `${...}` opaque. */
function scanExpanded(s: string, start: number, stop: (c: string) => boolean): number {
  let i = start;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '$') {
      i++;
      if (s[i] !== '{') continue;
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === '{') depth++;
        else if (s[i] === '}' && --depth === 0) {
          i++;
          break;
        }
      }
      continue;
    }
    if (stop(c)) break;
    i++;
  }
  return i;
}

/** Structural equality of two FROM references, as hadolint compares `BaseImage` values. */
export function sameBaseImage(a: BaseImage, b: BaseImage): boolean {
  return (
    a.registry === b.registry &&
    a.name === b.name &&
    a.tag === b.tag &&
    a.digest === b.digest &&
    a.alias === b.alias &&
    a.platform === b.platform
  );
}

/**
 * language-docker's `IsString Image`, how hadolint reads `COPY --from` and mount `from=` values:
 * when the text has a `/` and its first segment has a `.`, that segment is the registry.
 */
export function parseImageRef(text: string): ImageName {
  if (!text.includes('/')) return { registry: null, name: text };
  const parts = text.split('/');
  if (parts[parts.length - 1] === '') parts.pop();
  const head = parts[0] as string;
  if (head.includes('.')) return { registry: head, name: parts.slice(1).join('/') };
  return { registry: null, name: text };
}

/**
 * An ARG's name as language-docker reads it: the first word, up to `=` (only the first of
 * `ARG A=1 B=2`). Without a name before `=` (`ARG =x`) it takes the whole line as the name.
 */
export function argName(inst: Instruction): string {
  const text = inst.raw.replace(/^[ \t]+/, '');
  const m = /^[^ \t\n=]+/.exec(text);
  return m ? m[0] : text;
}

export interface Pair {
  key: string;
  value: string;
}

/**
 * Reads the pairs of ENV and LABEL: `k=v k2="v 2"` or the old `k v with spaces` form. Quotes are
 * removed and `\"`-style escapes resolved, as language-docker does.
 */
export function parsePairs(args: string): Pair[] {
  const pairs: Pair[] = [];
  let i = 0;
  const n = args.length;
  const skipSpace = () => {
    while (i < n && (args[i] === ' ' || args[i] === '\t')) i++;
  };
  const readValue = (stopAtEquals: boolean): string => {
    let out = '';
    while (i < n) {
      const c = args[i] as string;
      if (c === ' ' || c === '\t') break;
      if (stopAtEquals && c === '=') break;
      if (c === '"' || c === "'") {
        const end = findClosingQuote(args, i);
        out += unescape(args.slice(i + 1, end), c);
        i = end + 1;
        continue;
      }
      // Unquoted, a backslash escapes only a space or a tab; elsewhere it is a plain character.
      if (c === '\\' && (args[i + 1] === ' ' || args[i + 1] === '\t')) {
        out += args[i + 1];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  skipSpace();
  while (i < n) {
    const key = readValue(true);
    if (args[i] === '=') {
      i++;
      pairs.push({ key, value: readValue(false) });
    } else {
      skipSpace();
      pairs.push({ key, value: args.slice(i).trim() });
      break;
    }
    skipSpace();
  }
  return pairs;
}

function findClosingQuote(s: string, open: number): number {
  const q = s[open];
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === q) return i;
  }
  return s.length;
}

/** Inside quotes only an escaped quote is an escape; other backslashes stay as written. */
function unescape(s: string, quote: string): string {
  return s.split(`\\${quote}`).join(quote);
}

/** Splits on whitespace, keeping quoted parts together and removing their quotes. */
export function splitWords(s: string): string[] {
  const words: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else if (c === '"' || c === "'") {
      const end = findClosingQuote(s, i);
      cur += s.slice(i + 1, end);
      has = true;
      i = end;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) words.push(cur);
  return words;
}
