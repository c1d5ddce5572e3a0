// grype's test vulnerability database, built from test/setup/scan/advisories.json by the Go program
// in grype-db/ (grype's own v6 writer, hydrator and packager, at the grype version the tests run).
// The program is compiled once into the tools cache, keyed by a hash of its source and go.sum:
//   ${MODEL_CD_TOOLS:-~/.cache/model-cd/tools}/scan-grype-db-<hash>/grype-db
// with Go's module and build caches in the tools cache's go/ folder, as scripts/setup-tools.sh
// keeps them. A build compiles grype's dependencies (about 3.5 minutes on 2 cores) unless grype's
// own build left them in the Go cache (about 15 s); a built one is found with a stat.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SOURCE = join(import.meta.dirname, 'grype-db');

export interface GrypeDb {
  /** GRYPE_DB_CACHE_DIR for offline scans: holds 6/vulnerability.db and 6/import.json, ready. */
  cacheDir: string;
  /** The distribution archive (tar.gz) that latest.json names. */
  archive: string;
  /** latest.json: schema version, built time, archive path (relative) and sha256 checksum. */
  listing: string;
  /** The folder to serve: GRYPE_DB_UPDATE_URL=<url>/latest.json then finds the archive beside it. */
  serveRoot: string;
  /** The built time stored in the database (whole seconds, UTC). */
  built: Date;
}

function toolsDir(): string {
  return process.env.MODEL_CD_TOOLS || join(homedir(), '.cache', 'model-cd', 'tools');
}

async function sourceKey(): Promise<string> {
  const names = (await readdir(SOURCE)).filter((n) => n.endsWith('.go') || n === 'go.mod' || n === 'go.sum').sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(await readFile(join(SOURCE, name))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

let building: Promise<string> | undefined;

/** The compiled program's path, building it first when this source version has no binary yet. */
export function grypeDbProgram(): Promise<string> {
  building ??= buildProgram().catch((err: unknown) => {
    building = undefined;
    throw err;
  });
  return building;
}

async function buildProgram(): Promise<string> {
  const tools = toolsDir();
  const dir = join(tools, `scan-grype-db-${await sourceKey()}`);
  const bin = join(dir, 'grype-db');
  if (existsSync(bin)) return bin;
  // Build beside the final folder and rename: concurrent builders each finish their own copy,
  // the first rename wins and the others drop theirs.
  const temp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(temp, { recursive: true });
  const goDir = join(tools, 'go');
  try {
    // No -trimpath: the same flags as grype's own `go install` reuse its compiled packages.
    await run('go', ['build', '-o', join(temp, 'grype-db'), '.'], {
      cwd: SOURCE,
      maxBuffer: 64 << 20,
      env: {
        ...process.env,
        GOPATH: goDir,
        GOMODCACHE: join(goDir, 'pkg', 'mod'),
        GOCACHE: join(goDir, 'build'),
        // readonly: a build never rewrites the committed go.mod/go.sum; -modcacherw keeps the
        // module cache deletable with rm -rf.
        GOFLAGS: '-mod=readonly -modcacherw -buildvcs=false',
        GOTOOLCHAIN: 'local',
        CGO_ENABLED: '0',
      },
    });
    await rename(temp, dir).catch(async (err: NodeJS.ErrnoException) => {
      if (!existsSync(bin)) throw err;
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return bin;
}

/**
 * Writes grype's database from the advisories into outDir (made if missing; must be empty):
 * outDir/cache (offline cache folder) and outDir/serve (latest.json + archive).
 * built defaults to now; an old one makes grype refuse the database as too old.
 */
export async function buildGrypeDb(outDir: string, advisoriesPath: string, built?: Date): Promise<GrypeDb> {
  const program = await grypeDbProgram();
  const args = ['--advisories', advisoriesPath, '--out', outDir];
  if (built) args.push('--built', built.toISOString());
  await run(program, args, { maxBuffer: 16 << 20 });
  const serveRoot = join(outDir, 'serve');
  const listing = join(serveRoot, 'latest.json');
  const doc = JSON.parse(await readFile(listing, 'utf8')) as { path: string; built: string };
  return {
    cacheDir: join(outDir, 'cache'),
    archive: join(serveRoot, doc.path),
    listing,
    serveRoot,
    built: new Date(doc.built),
  };
}
