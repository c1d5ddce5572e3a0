// The sha256 of a model. A single file's is the sha256 of its bytes. A folder's is the sha256 of
// its manifest: one line per file, `<sha256 hex>  <path relative to the folder, "/"-separated>\n`
// (the format of `sha256sum`), lines ordered by path in byte order (UTF-8). The same value comes
// from a shell:
//
//   cd model && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum
//
// An empty folder is not a model, so a manifest always has at least one line.
import { createHash } from 'node:crypto';

export interface FileEntry {
  /** Relative, "/"-separated. */
  path: string;
  size: number;
  sha256: string;
}

export function sortEntries<T extends { path: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

export function manifestText(entries: FileEntry[]): string {
  return sortEntries(entries)
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

export function manifestSha256(entries: FileEntry[]): string {
  if (entries.length === 0) throw new Error('a manifest needs at least one file');
  return createHash('sha256').update(manifestText(entries)).digest('hex');
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
