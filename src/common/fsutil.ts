// Writing the files and folders an input names (reports, output files, models, caches). A path the
// job cannot write is the user's to fix, so every failure here names the input and the path and
// says what to do, and is found before anything is written where it can be.
import { mkdirSync, mkdtempSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError, ServiceError } from './errors.js';

/** 'file or device': a file that may also be /dev/stdout and the like, written in place. */
export type WriteKind = 'file' | 'file or device' | 'folder' | 'file or folder';

const code = (e: unknown) => (e as { code?: string } | null)?.code ?? '';

const stat = (p: string) => {
  try {
    return statSync(p);
  } catch (e) {
    if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR') return null;
    throw e;
  }
};

/** The nearest of `path` and its parents that exists. */
function existingAncestor(path: string): string {
  let p = path;
  while (!stat(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operating system does not allow it',
  EROFS: 'it is on a read-only file system',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of it is a file, not a folder',
  // /proc and /sys answer ENOENT when asked to create a file in a folder that exists.
  ENOENT: 'that location does not accept new files',
  EEXIST: 'a file of that name is in the way',
  EINVAL: 'that location does not accept files',
};

/**
 * The user's error for a failed write of `path`, or `e` itself when it is no file system error.
 * `subject` names what gave the path, e.g. "input `report-dir`".
 */
export function writeError(e: unknown, path: string, subject: string): unknown {
  const c = code(e);
  if (!c || e instanceof ConfigurationError) return e;
  if (c === 'ENOSPC' || c === 'EDQUOT') {
    const input = subject.replace(/^input /, '');
    return new ServiceError(`no space left to write ${path} (${c}); nothing was kept. Free some space, or point ${input} at a larger disk.`);
  }
  return new ConfigurationError(subject, path, `cannot be written: ${REASONS[c] ?? (e as Error).message} (${c}). Give a path this job may write, such as one under $RUNNER_TEMP.`);
}

/**
 * Checks that `value` (relative to `cwd`) can be written as `kind`, without leaving anything
 * behind, and returns it resolved. An existing file or folder there is fine (it is replaced).
 */
export function checkWritable(subject: string, value: string, cwd: string, kind: WriteKind): string {
  const path = resolve(cwd, value);
  const fail = (fix: string) => new ConfigurationError(subject, value, fix);
  const file = kind === 'file' || kind === 'file or device';
  if (file && /[\\/]$/.test(value)) throw fail('ends with a slash, so it names a folder. Give the path of a file, e.g. report.sarif.');
  const st = stat(path);
  if (st?.isDirectory() && file) throw fail(`is a folder (${path}). Give the path of a file inside it.`);
  if (st?.isFile() && kind === 'folder') throw fail(`is a file (${path}), not a folder. Give a folder path, or remove the file.`);
  if (st && !st.isFile() && !st.isDirectory()) {
    if (kind === 'file or device') return path;
    const what = kind === 'folder' ? 'folder' : 'file';
    throw fail(`is a device or other special file (${path}), not a ${what}. Give a ${what} path.`);
  }
  const dir = st?.isDirectory() ? path : existingAncestor(dirname(path));
  if (!stat(dir)?.isDirectory()) throw fail(`cannot be created: ${dir} is a file, not a folder. Give a path whose folders are folders.`);
  // A folder made and removed at once is the one test that /proc, /sys, read-only mounts and
  // permissions all answer truthfully (root passes access(2) checks that a write then fails).
  try {
    rmdirSync(mkdtempSync(join(dir, '.model-cd-write-check-')));
  } catch (e) {
    throw writeError(e, value, subject);
  }
  return path;
}

/** Makes `dir` and its missing parents (fs.mkdir's `recursive` loops forever where /proc refuses). */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let p = dir; !stat(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) mkdirSync(p);
}

/**
 * Writes through a temporary sibling and a rename, so readers never see half a file; a device or
 * pipe (e.g. /dev/stdout) is written in place. A failure names `subject` and the path.
 */
export function writeFileAtomic(path: string, data: string, subject = 'the file'): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    makeDirs(dirname(path));
    const st = stat(path);
    if (st && !st.isFile() && !st.isDirectory()) {
      writeFileSync(path, data);
      return;
    }
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } catch (e) {
    throw writeError(e, path, subject);
  }
}
