// The local model cache, content-addressed:
//
//   <root>/sha256/<hex>/entry.json   {"kind": "file" | "folder", "sha256", "size", "files": [...]}
//   <root>/sha256/<hex>/content      the file, or the folder of files, read-only
//   <root>/index/<sha256 of the source>.json
//                                    what a source (endpoint, bucket, key) held when last pulled:
//                                    its validator (ETag, size, Last-Modified, or the listing's
//                                    hash) and the content hash it had
//   <root>/tmp/                      downloads in progress
//
// An entry appears by one rename of a complete, verified temp folder, so a reader sees all of it
// or none; two pulls racing to add the same entry both succeed with the same bytes.
//
// Destinations get hard links to the cached files where the file system allows (a 1 GB copy
// costs seconds; a link nothing), so the files are made read-only, and each entry records every
// file's size and mtime: a file changed through a link no longer matches, and the entry is
// dropped and downloaded again rather than handed out.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../common/fsutil.js';
import type { FileEntry } from './manifest.js';

export interface CacheEntry {
  kind: 'file' | 'folder';
  sha256: string;
  size: number;
  files: CachedFile[];
}

export interface CachedFile extends FileEntry {
  mtimeMs: number;
}

export interface IndexRecord {
  source: string;
  validator: string;
  sha256: string;
  metadata: Record<string, string | number>;
}

const STALE_TEMP_MS = 24 * 3600 * 1000;

export class ModelCache {
  constructor(readonly root: string) {}

  entryDir(sha256: string): string {
    return join(this.root, 'sha256', sha256);
  }

  contentPath(sha256: string): string {
    return join(this.entryDir(sha256), 'content');
  }

  /** A complete, unmodified entry, or null. Sizes and mtimes are checked, not hashes (cheap, and catches truncation and edits). */
  entry(sha256: string): CacheEntry | null {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(join(this.entryDir(sha256), 'entry.json'), 'utf8')) as CacheEntry;
    } catch {
      return null;
    }
    try {
      for (const f of entry.files) {
        const st = statSync(this.filePath(entry, f.path));
        if (st.size !== f.size || st.mtimeMs !== f.mtimeMs) return null;
      }
      return entry;
    } catch {
      return null;
    }
  }

  /** Where a file of an entry lives: the content itself for a single file. */
  filePath(entry: Pick<CacheEntry, 'kind' | 'sha256'>, path: string): string {
    const content = this.contentPath(entry.sha256);
    return entry.kind === 'file' ? content : join(content, ...path.split('/'));
  }

  /** A fresh folder for a download, inside the cache so that adding it is a rename. */
  async tempDir(): Promise<string> {
    const dir = join(this.root, 'tmp', `${Date.now()}-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /** Leftovers of pulls that were killed. */
  async sweepTemp(now = Date.now()): Promise<void> {
    const dir = join(this.root, 'tmp');
    if (!existsSync(dir)) return;
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const st = await stat(path).catch(() => null);
      if (st && now - st.mtimeMs > STALE_TEMP_MS) await rm(path, { recursive: true, force: true });
    }
  }

  /**
   * Moves a temp folder holding `content` into the cache as the entry for its hash, read-only and
   * stamped. When a good entry is already there (another pull won), the temp folder is dropped; a
   * spoilt one is replaced.
   */
  async commit(temp: string, unstamped: Omit<CacheEntry, 'files'> & { files: FileEntry[] }): Promise<CacheEntry> {
    const files: CachedFile[] = [];
    for (const f of unstamped.files) {
      const path = unstamped.kind === 'file' ? join(temp, 'content') : join(temp, 'content', ...f.path.split('/'));
      await chmod(path, 0o444);
      files.push({ ...f, mtimeMs: (await stat(path)).mtimeMs });
    }
    const entry: CacheEntry = { ...unstamped, files };
    writeFileAtomic(join(temp, 'entry.json'), JSON.stringify(entry) + '\n');
    await mkdir(join(this.root, 'sha256'), { recursive: true });
    const target = this.entryDir(entry.sha256);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temp, target);
        return entry;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (attempt > 2 || (code !== 'ENOTEMPTY' && code !== 'EEXIST')) throw e;
        const existing = this.entry(entry.sha256);
        if (existing) {
          await rm(temp, { recursive: true, force: true });
          return existing;
        }
        // Spoilt (edited through a link, or half-removed): move it out of the way, then retry.
        const trash = join(this.root, 'tmp', `spoilt-${process.pid}-${randomBytes(4).toString('hex')}`);
        await rename(target, trash).catch(() => undefined);
        await rm(trash, { recursive: true, force: true });
      }
    }
  }

  private indexPath(source: string): string {
    return join(this.root, 'index', `${createHash('sha256').update(source).digest('hex')}.json`);
  }

  lookup(source: string, validator: string): IndexRecord | null {
    try {
      const rec = JSON.parse(readFileSync(this.indexPath(source), 'utf8')) as IndexRecord;
      return rec.source === source && rec.validator === validator ? rec : null;
    } catch {
      return null;
    }
  }

  remember(rec: IndexRecord): void {
    writeFileAtomic(this.indexPath(rec.source), JSON.stringify(rec) + '\n');
  }
}
