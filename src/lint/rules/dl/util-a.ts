// Helpers shared by the group A rules: the FROM reference read exactly as language-docker reads
// it, RUN cache/tmpfs mounts, hadolint's small text helpers, and the ONBUILD view that stateful
// rules fold over separately (hadolint's `onbuild` is a prefilter on ONBUILD instructions).
import type { Instruction } from '../../dockerfile/model.js';
import type { RuleContext } from '../../rule.js';

/** hadolint's `dropQuotes`: every leading and trailing `"` or `'` removed. */
export function dropQuotes(s: string): string {
  return s.replace(/^["']+/, '').replace(/["']+$/, '');
}

/** hadolint's `stripInstallPrefix`: the words after the first run of `install`. */
export function stripInstallPrefix(args: string[]): string[] {
  let i = args.indexOf('install');
  if (i < 0) return [];
  while (args[i] === 'install') i++;
  return args.slice(i);
}

/** The instructions ONBUILD wraps, in order: what hadolint's `onbuild rule` folds over. */
export function onbuildInstructions(ctx: RuleContext): Instruction[] {
  const out: Instruction[] = [];
  for (const inst of ctx.instructions) if (inst.inner) out.push(inst.inner);
  return out;
}

export interface ImageRef {
  registry: string | null;
  name: string;
  tag: string | null;
  digest: string | null;
  alias: string | null;
  platform: string | null;
}

/**
 * language-docker's reading of `FROM [--platform=p] [domain.tld/]name[:tag][@digest] [AS alias]`.
 * The registry is anything up to the first `.` and then up to the next `/` (so `org/x.y/z` has
 * registry `org/x.y`), and `${...}` is opaque but a registry may contain it (`${R}.io/foo`).
 */
export function readImage(inst: Instruction): ImageRef {
  const platform = inst.flags.find((f) => f.name === 'platform')?.value ?? null;
  const words = inst.args.split(/\s+/).filter(Boolean);
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
export function sameImage(a: ImageRef, b: ImageRef): boolean {
  return (
    a.registry === b.registry &&
    a.name === b.name &&
    a.tag === b.tag &&
    a.digest === b.digest &&
    a.alias === b.alias &&
    a.platform === b.platform
  );
}

/** hadolint's `hasCacheOrTmpfsMountWith`: a cache or tmpfs `--mount` whose target contains `frag`. */
export function hasCacheOrTmpfsMountWith(frag: string, inst: Instruction): boolean {
  for (const flag of inst.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    let type = 'bind';
    let target = '';
    for (const part of splitOutsideQuotes(flag.value)) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const key = part.slice(0, eq);
      const value = part.slice(eq + 1).replace(/^"(.*)"$/, '$1');
      if (key === 'type') type = value;
      else if (key === 'target' || key === 'dst' || key === 'destination') target = value;
    }
    if ((type === 'cache' || type === 'tmpfs') && target.includes(frag)) return true;
  }
  return false;
}

function splitOutsideQuotes(value: string): string[] {
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

/**
 * hadolint's inline ignore pragma (`# hadolint ignore=DL3000,SC2086`), matched on a comment's text
 * after `#`. Codes are runs of `DLSC0-9`; a trailing `# ...` comment is allowed; the separators are
 * commas only (`ignore=DL3000 DL3001` is not a pragma); `global`/`stage` pragmas are not this one.
 */
export function isIgnorePragma(text: string): boolean {
  return /^[ \t]*hadolint[ \t]+ignore[ \t]*=[ \t]*[DLSC0-9]+[ \t]*(?:,[ \t]*[DLSC0-9]+[ \t]*)*(?:#.*)?$/.test(text);
}

/** hadolint's `archiveFileFormatExtensions`. */
export const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export const isArchive = (path: string): boolean => {
  const p = dropQuotes(path);
  return ARCHIVE_EXTENSIONS.some((ext) => p.endsWith(ext));
};

/** The last path component (after `/` or `\`), quotes dropped first. */
export function basename(path: string): string {
  const p = dropQuotes(path);
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return p.slice(cut + 1);
}
