// Structured readings of instruction arguments that several rules share, following
// language-docker (the parser behind hadolint) so that rules see what hadolint sees.
import type { Instruction } from './model.js';

export interface BaseImage {
  /** Registry host when the reference starts with `domain.tld/`. */
  registry: string | null;
  /** Image name without registry, tag or digest. */
  name: string;
  tag: string | null;
  digest: string | null;
  alias: string | null;
  platform: string | null;
}

/** Reads `FROM [--platform=p] [registry/]name[:tag][@digest] [AS alias]`. */
export function parseFrom(inst: Instruction): BaseImage {
  const platform = inst.flags.find((f) => f.name === 'platform')?.value ?? null;
  const words = inst.args.split(/\s+/).filter(Boolean);
  const ref = words[0] ?? '';
  const alias = words.length >= 3 && (words[1] as string).toUpperCase() === 'AS' ? words.slice(2).join(' ') : null;

  let rest = ref;
  let registry: string | null = null;
  // language-docker: a registry is everything up to the first `.`, then up to the next `/`
  // (`${...}` is opaque), so `org/a.b/img` has the registry `org/a.b`.
  const dot = indexOutsideBraces(rest, '.');
  const slash = dot >= 0 ? indexOutsideBraces(rest, '/', dot + 1) : -1;
  if (dot > 0 && slash > dot + 1) {
    registry = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  let digest: string | null = null;
  const at = indexOutsideBraces(rest, '@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = indexOutsideBraces(rest, ':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest, alias, platform };
}

/** Position of `ch` outside `${...}`, so `${BASE:-debian}` keeps its `:-`. */
function indexOutsideBraces(s: string, ch: string, from = 0): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (c === ch && depth === 0 && i >= from) return i;
  }
  return -1;
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
