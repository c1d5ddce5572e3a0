// File selection for inputs that take paths or globs. Node 20 has no fs.glob, and a dependency
// for this would outweigh the code: `*` and `?` stay inside one path segment, `**` spans any
// number of them, `{a,b}` alternates. Folders that never hold user sources are skipped.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from './errors.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** `subject` names where the pattern came from (e.g. "input `files`") in the error a bad one gets. */
export function globToRegExp(pattern: string, subject = 'pattern'): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        if (pattern[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i++;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + pattern.slice(i + 1, end).split(',').map(escapeRe).join('|') + ')';
        i = end;
      }
    } else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        const cls = '[' + pattern.slice(i + 1, end).replace(/^!/, '^') + ']';
        checkClass(cls, pattern.slice(i, end + 1), pattern, subject);
        re += cls;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

/** A class such as `[z-a]` is not a set of characters; say so rather than fail inside RegExp. */
function checkClass(cls: string, typed: string, pattern: string, subject: string): void {
  try {
    new RegExp(cls);
  } catch {
    throw new ConfigurationError(subject, pattern, `has the invalid character class ${typed}: a range runs from the lower character to the higher. Write it that way, e.g. [a-z] or [0-9].`);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.+^$()|\\\]]/g, '\\$&');
}

/** The folder a glob can be walked from: its leading segments without wildcards. */
function staticPrefix(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.join('/');
}

/**
 * Files under `cwd` matching any of the globs, as paths relative to `cwd` with `/` separators,
 * sorted. Each folder tree is walked once however many globs start in it.
 */
export function expandGlobs(patterns: string[], cwd: string, subject = 'pattern'): string[] {
  const byRoot = new Map<string, RegExp[]>();
  for (const pattern of patterns) {
    const normalized = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    const root = resolve(cwd, staticPrefix(normalized) || '.');
    byRoot.set(root, [...(byRoot.get(root) ?? []), globToRegExp(normalized, subject)]);
  }
  const out = new Set<string>();
  for (const [root, res] of byRoot) {
    walk(root, (file) => {
      const rel = relative(cwd, file).split(sep).join('/');
      if (res.some((re) => re.test(rel))) out.add(rel);
    });
  }
  return [...out].sort();
}

export function walk(dir: string, onFile: (path: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, onFile);
    } else if (e.isFile()) onFile(p);
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(p).isFile()) onFile(p);
      } catch {
        // a dangling link is not a file to lint
      }
    }
  }
}
