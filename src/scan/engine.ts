// One scan with the chosen engine: its command line and environment, the run, its failures turned
// into errors a user can act on, and its JSON report read into Findings. trivy and grype differ in
// flags and files; what comes out is the same.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../common/errors.js';
import { runCommand, type RunResult } from '../common/run-command.js';
import { grypeDbStatus, trivyDbStatus, type DbStatus } from './db.js';
import { grypeEnv, grypeScanArgs, grypeTarget, parseGrypeReport, type GrypeReport } from './grype.js';
import { describeSource, type ImageSource } from './image-source.js';
import type { ScannerName } from './pins.js';
import { parseTrivyReport, trivyConvertArgs, trivyScanArgs, type ParsedReport, type TrivyReport } from './trivy.js';

export interface EngineOptions {
  scanner: ScannerName;
  binary: string;
  source: ImageSource;
  /** This engine's own folder in the cache (`cache-dir`/<scanner>). */
  cacheDir: string;
  /** trivy: OCI repositories, comma-separated; grype: the listing URL. Empty: the engine's default. */
  dbRepository: string;
  offline: boolean;
  timeoutSeconds: number;
  platform: string;
  credentials: { username: string; password: string } | null;
  /** Where the engine's own JSON report and the SBOM go. */
  reportPath: string;
  sbomPath: string;
  scratch: string;
  /** The DB status already read (scan-image reads it before an offline scan): not read again. */
  db?: DbStatus;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  log: (line: string) => void;
  debug: (line: string) => void;
}

export interface EngineResult extends ParsedReport {
  version: string;
  db: DbStatus;
}

export function dbStatus(o: Pick<EngineOptions, 'scanner' | 'binary' | 'cacheDir' | 'env' | 'cwd'>): Promise<DbStatus> {
  if (o.scanner === 'trivy') return Promise.resolve(trivyDbStatus(o.cacheDir));
  return capture(o.binary, ['db', 'status', '-o', 'json'], { ...o.env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: '', autoUpdate: false, timeoutSeconds: 60 }) }, o.cwd).then((r) => grypeDbStatus(r.out));
}

export async function scannerVersion(scanner: ScannerName, binary: string, env: EngineOptions['env'], cwd: string): Promise<string> {
  const r = await capture(binary, scanner === 'trivy' ? ['--version', '--format', 'json'] : ['version', '-o', 'json'], env, cwd);
  try {
    const v = JSON.parse(r.out) as { Version?: string; version?: string };
    return (v.Version ?? v.version ?? 'unknown').replace(/^v/, '');
  } catch {
    throw new ServiceError(`${binary} is not a working ${scanner}: \`${scanner} ${scanner === 'trivy' ? '--version' : 'version'}\` printed no version (${r.out.trim().slice(0, 200) || `exit ${r.code}`}). Check \`scanner-path\`.`);
  }
}

export async function runEngine(o: EngineOptions): Promise<EngineResult> {
  const version = await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
  mkdirSync(o.cacheDir, { recursive: true });
  const env = { ...o.env, ...(o.scanner === 'trivy' ? trivyAuthEnv(o) : grypeAuthEnv(o)) };
  // Offline the scan cannot change the DB, so one reading serves before and after (for grype each
  // reading is a `grype db status` run); online only the reading after the scan is needed.
  const before = o.offline ? (o.db ?? (await dbStatus(o))) : null;
  if (before && !before.builtAt) {
    throw new ServiceError(`offline: there is no ${o.scanner} vulnerability DB in ${o.cacheDir} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
  }
  let run = await scanOnce(o, env);
  if (run.code !== 0 && !o.offline && looksCorrupt(run.tail)) {
    // A damaged DB in the cache is never trusted: fetch it again once.
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read; fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
    run = await scanOnce(o, env);
  }
  if (run.code !== 0) throw scanFailure(o, run);
  const parsed = readReport(o);
  if (o.scanner === 'trivy') {
    const c = await runCommand({ file: o.binary, args: trivyConvertArgs(o.reportPath, o.sbomPath) }, { env, cwd: o.cwd, onLine: o.debug });
    if (c.code !== 0) throw new ServiceError(`trivy could not write the CycloneDX SBOM from its report (exit ${c.code}): ${c.tail.slice(-3).join(' / ')}`);
  }
  return { ...parsed, version, db: before ?? (await dbStatus(o)) };
}

function scanOnce(o: EngineOptions, env: Record<string, string | undefined>): Promise<RunResult> {
  const timeoutMs = o.timeoutSeconds * 1000;
  if (o.scanner === 'trivy') {
    const args = trivyScanArgs({
      source: o.source,
      cacheDir: o.cacheDir,
      dbRepositories: o.dbRepository ? o.dbRepository.split(',').map((s) => s.trim()).filter(Boolean) : [],
      offline: o.offline,
      timeoutSeconds: o.timeoutSeconds,
      platform: o.platform,
      output: o.reportPath,
    });
    return runCommand({ file: o.binary, args }, { env, cwd: o.cwd, onLine: o.debug, timeoutMs });
  }
  const target = grypeTarget(o.source, o.source.kind === 'oci' ? singleImageLayout(o.source, o.scratch) : null);
  const args = grypeScanArgs({ target, platform: o.platform, output: o.reportPath, sbom: o.sbomPath });
  const genv = { ...env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: o.dbRepository, autoUpdate: !o.offline, timeoutSeconds: o.timeoutSeconds }) };
  return runCommand({ file: o.binary, args }, { env: genv, cwd: o.cwd, onLine: o.debug, timeoutMs });
}

/**
 * grype's oci-dir reads a layout that holds one image. A layout with several tags is shown to it
 * as a folder of its own whose index names only the tagged image, with the blobs linked, not copied.
 */
function singleImageLayout(source: Extract<ImageSource, { kind: 'oci' }>, scratch: string): string | null {
  const index = JSON.parse(readFileSync(join(source.layout, 'index.json'), 'utf8')) as { manifests: { annotations?: Record<string, string> }[] };
  if (index.manifests.length === 1) return null;
  const chosen = index.manifests.filter((m) => m.annotations?.['org.opencontainers.image.ref.name'] === source.ref);
  const dir = join(scratch, 'oci-view');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(source.layout, 'oci-layout'), join(dir, 'oci-layout'));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ ...index, manifests: chosen.slice(0, 1) }));
  symlinkSync(join(source.layout, 'blobs'), join(dir, 'blobs'));
  return dir;
}

function readReport(o: EngineOptions): ParsedReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(o.reportPath, 'utf8'));
  } catch (e) {
    throw new ServiceError(`${o.scanner} exited 0 but its report ${o.reportPath} cannot be read (${(e as Error).message}).`);
  }
  if (o.scanner === 'trivy') return parseTrivyReport(json as TrivyReport);
  return parseGrypeReport(json as GrypeReport, sbomComponents(o.sbomPath));
}

function sbomComponents(path: string): number {
  try {
    const sbom = JSON.parse(readFileSync(path, 'utf8')) as { components?: { type?: string }[] };
    return (sbom.components ?? []).filter((c) => c.type === 'library' || c.type === 'application').length;
  } catch {
    return 0;
  }
}

const loopback = (host: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);

function trivyAuthEnv(o: EngineOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (o.credentials) Object.assign(env, { TRIVY_USERNAME: o.credentials.username, TRIVY_PASSWORD: o.credentials.password });
  return env;
}

function grypeAuthEnv(o: EngineOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (o.source.kind !== 'registry') return env;
  // Registries on this machine speak plain HTTP, as build-push assumes for them.
  if (loopback(o.source.host)) env.GRYPE_REGISTRY_INSECURE_USE_HTTP = 'true';
  if (o.credentials) {
    Object.assign(env, {
      GRYPE_REGISTRY_AUTH_AUTHORITY: o.source.host,
      GRYPE_REGISTRY_AUTH_USERNAME: o.credentials.username,
      GRYPE_REGISTRY_AUTH_PASSWORD: o.credentials.password,
    });
  }
  return env;
}

function removeDb(scanner: ScannerName, cacheDir: string): void {
  rmSync(join(cacheDir, scanner === 'trivy' ? 'db' : '6'), { recursive: true, force: true });
}

const CORRUPT = /(failed to open (the )?db|invalid database|database (disk image )?is malformed|file is not a database|unexpected EOF|invalid page type|not a bolt|checksum|failed to load vulnerability db)/i;
const looksCorrupt = (tail: string[]) => CORRUPT.test(tail.join('\n'));

function scanFailure(o: EngineOptions, run: RunResult): ServiceError {
  const text = run.tail.join('\n');
  const last = run.tail.filter((l) => l.trim()).slice(-3).join(' / ');
  const image = describeSource(o.source);
  if (run.timedOut) return new ServiceError(`${o.scanner} did not finish within \`timeout\` (${o.timeoutSeconds} s) scanning ${image}. Raise \`timeout\`.`);
  if (/unauthorized|authentication required|401|denied/i.test(text) && o.source.kind === 'registry') {
    const how = o.credentials ? 'refused the `username` and `password` given' : 'asked for credentials and none were given';
    return new ServiceError(`${o.source.host} ${how} to read ${image}. Set \`username\` and \`password\` (or run docker/login-action first); ${o.scanner} said: ${last}`);
  }
  if (/manifest unknown|name unknown|not found|no such host|connection refused/i.test(text) && o.source.kind === 'registry') {
    return new ServiceError(`${o.scanner} cannot read ${image} from its registry: ${last}. Check the reference (build-push's \`image\` output) and that the registry is reachable.`);
  }
  if (/(db|database|vulnerability).*(download|fetch|update|pull)|(download|fetch|update|pull).*(db|database)/i.test(text)) {
    const where = o.dbRepository ? `\`db-repository\` (${o.dbRepository})` : `${o.scanner}'s default DB location`;
    return new ServiceError(`${o.scanner} cannot fetch its vulnerability DB from ${where}: ${last}. Point \`db-repository\` at a mirror you can reach, or set \`offline: true\` with a cached DB (docs/scan-image.md).`);
  }
  if (o.offline && looksCorrupt(run.tail)) {
    return new ServiceError(`the ${o.scanner} DB in ${o.cacheDir} cannot be read (${last}). Delete that folder (or the actions/cache entry) and run once with \`offline: false\` to fetch it again.`);
  }
  const exists = o.source.kind === 'registry' || existsSync(o.source.kind === 'oci' ? o.source.layout : o.source.file);
  return new ServiceError(`${o.scanner} failed on ${image}${exists ? '' : ' (it no longer exists)'} with exit ${run.code}: ${last}`);
}

/** Runs a short query (a version, the DB status) and returns its stdout alone. */
function capture(file: string, args: string[], env: EngineOptions['env'], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env: env as NodeJS.ProcessEnv, cwd, timeout: 60_000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? Number(err.code) : 0, out: stdout });
    });
  });
}
