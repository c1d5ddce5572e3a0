// Which Dockerfiles an invocation lints: explicit paths, globs, and folders (every Dockerfile
// below them). An explicit path that does not exist, or a selection that matches nothing, is the
// user's mistake and named as such.
import { existsSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../common/errors.js';
import { expandGlobs, isGlob, walk } from '../common/glob.js';

/** File names taken as Dockerfiles when a folder is given. */
export function looksLikeDockerfile(name: string): boolean {
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /\.(Dockerfile|dockerfile|Containerfile)$/.test(name);
}

export function resolveFiles(patterns: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const f of expandGlobs(patterns.filter(isGlob), cwd, 'input `files`')) found.add(f);
  for (const pattern of patterns) {
    if (isGlob(pattern)) continue;
    if (pattern === '-') {
      found.add('-');
      continue;
    }
    const abs = resolve(cwd, pattern);
    if (!existsSync(abs)) {
      throw new ConfigurationError('input `files`', pattern, `does not exist (looked in ${relative(cwd, abs) === pattern ? 'the working directory' : abs}). Give a path to a Dockerfile, a folder or a glob such as \`**/Dockerfile\`.`);
    }
    if (statSync(abs).isDirectory()) {
      walk(abs, (f) => {
        if (looksLikeDockerfile(basename(f))) found.add(display(f, cwd));
      });
    } else found.add(display(abs, cwd));
  }
  if (found.size === 0) {
    throw new ConfigurationError('input `files`', patterns.join(', '), 'matched no Dockerfile. Give the path of your Dockerfile or a glob that matches it, e.g. `docker/**/Dockerfile`.');
  }
  return [...found].sort();
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel.startsWith('..') ? abs : rel.split(sep).join('/');
}
