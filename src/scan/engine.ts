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
import { describeSource, onLoopback, type ImageSource } from './image-source.js';
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

/**
 * The DB in the cache, for the offline check before a scan. A DB that is there but cannot be read
 * is an error here: offline, nothing can fetch it again.
 */
export async function dbStatus(o: Pick<EngineOptions, 'scanner' | 'binary' | 'cacheDir' | 'env' | 'cwd'>): Promise<DbStatus> {
  const s = await readDbStatus(o);
  if (s.damage) throw damagedDb(o.scanner, o.cacheDir, s.damage);
  return s;
}

function readDbStatus(o: Pick<EngineOptions, 'scanner' | 'binary' | 'cacheDir' | 'env' | 'cwd'>): Promise<DbStatus> {
  if (o.scanner === 'trivy') return Promise.resolve(trivyDbStatus(o.cacheDir));
  return capture(o.binary, ['db', 'status', '-o', 'json'], { ...o.env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: '', autoUpdate: false, timeoutSeconds: 60 }) }, o.cwd).then(async (r) => {
    // grype prints JSON whether or not it has a DB; a binary that prints none is asked its version,
    // which says when it is no grype at all.
    if (!isJson(r.out)) await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
    return grypeDbStatus(r.out);
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The version the binary reports. Asked only when the report does not say, or when a scan failed,
 * to tell a binary that is not the scanner from a scan that went wrong: a spawn of its own costs
 * as much as a warm scan of a small image.
 */
export async function scannerVersion(scanner: ScannerName, binary: string, env: EngineOptions['env'], cwd: string): Promise<string> {
  const r = await capture(binary, scanner === 'trivy' ? ['--version', '--format', 'json'] : ['version', '-o', 'json'], env, cwd);
  try {
    const v = JSON.parse(r.out) as { Version?: string; version?: string };
    return v.Version ?? v.version ?? 'unknown';
  } catch {
    throw new ServiceError(`${binary} is not a working ${scanner}: \`${scanner} ${scanner === 'trivy' ? '--version' : 'version'}\` printed no version (${r.out.trim().slice(0, 200) || `exit ${r.code}`}). Check \`scanner-path\`.`);
  }
}

export async function runEngine(o: EngineOptions): Promise<EngineResult> {
  const made = mkdirSync(o.cacheDir, { recursive: true });
  try {
    const r = await scanWithDb(o);
    // Reports and `--version` write it with or without a leading `v`; shown without.
    return { ...r, version: (r.version ?? (await scannerVersion(o.scanner, o.binary, o.env, o.cwd))).replace(/^v/, '') };
  } catch (e) {
    // A cache folder this run made and left without a usable DB (a first fetch that failed) goes
    // again, so a failed step leaves nothing behind; a DB it did fetch is kept for the next run.
    if (made && !(await readDbStatus(o).catch(() => ({ builtAt: null }))).builtAt) rmSync(made, { recursive: true, force: true });
    throw e;
  }
}

async function scanWithDb(o: EngineOptions): Promise<ParsedReport & { db: DbStatus }> {
  const env = { ...o.env, ...(o.scanner === 'trivy' ? trivyAuthEnv(o) : grypeAuthEnv(o)) };
  // Offline the scan cannot change the DB, so the reading scan-image made before it (for grype a
  // `grype db status` run) serves for after too.
  const before = o.db ?? (await readDbStatus(o));
  if (before.damage) {
    if (o.offline) throw damagedDb(o.scanner, o.cacheDir, before.damage);
    // A damaged DB in the cache is never trusted: it is fetched again.
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read (${before.damage}); fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
  } else if (o.offline && !before.builtAt) {
    throw new ServiceError(`offline: there is no ${o.scanner} vulnerability DB in ${o.cacheDir} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
  }
  let run = await scanOnce(o, env);
  if (run.code !== 0 && !o.offline && dbUnreadable(errorText(run.tail))) {
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read; fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
    run = await scanOnce(o, env);
  }
  if (run.code !== 0) {
    // A binary that is not the scanner fails here; its version probe says so (and throws).
    await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
    throw scanFailure(o, run);
  }
  const parsed = readReport(o);
  if (o.scanner === 'trivy') {
    const c = await runCommand({ file: o.binary, args: trivyConvertArgs(o.reportPath, o.sbomPath) }, { env, cwd: o.cwd, onLine: o.debug });
    if (c.code !== 0) throw new ServiceError(`trivy could not write the CycloneDX SBOM from its report (exit ${c.code}): ${scannerSaid(c.tail) || `exit ${c.code}`}`);
  }
  return { ...parsed, db: o.offline ? before : await readDbStatus(o) };
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

function trivyAuthEnv(o: EngineOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (o.credentials) Object.assign(env, { TRIVY_USERNAME: o.credentials.username, TRIVY_PASSWORD: o.credentials.password });
  return env;
}

function grypeAuthEnv(o: EngineOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (o.source.kind !== 'registry') return env;
  // Registries on this machine speak plain HTTP, as build-push assumes for them.
  if (onLoopback(o.source.host)) env.GRYPE_REGISTRY_INSECURE_USE_HTTP = 'true';
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

function damagedDb(scanner: ScannerName, cacheDir: string, why: string): ServiceError {
  return new ServiceError(`the ${scanner} DB in \`cache-dir\` (${cacheDir}) cannot be read: ${why}. Delete that folder (or the actions/cache entry that restored it) and run once with \`offline: false\` to fetch it again.`);
}

// What the scanners print, line by line: trivy `<time>\t<LEVEL>\t<message>`, grype `[0001] LEVEL <message>`,
// with colours; a message may go on over the lines after it (a list of causes, `* …` or `- …`).
const ANSI = /\x1b\[[0-9;]*m/g;
const TRIVY_LINE = /^\d{4}-\d{2}-\d{2}T\S+\s+(FATAL|ERROR|WARN|INFO|DEBUG)\s+(.*)$/;
const GRYPE_LINE = /^\[\d+\]\s+(ERROR|WARN|INFO|DEBUG|TRACE)\s+(.*)$/;

interface Said {
  level: string;
  text: string;
}

function messages(tail: readonly string[]): Said[] {
  const out: Said[] = [];
  for (const raw of tail) {
    const line = raw.replace(ANSI, '');
    const m = TRIVY_LINE.exec(line) ?? GRYPE_LINE.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ level: m[1] as string, text: m[2] as string });
    else if (last && /^\s/.test(line) && line.trim()) last.text += `\n${line}`;
    else if (line.trim()) out.push({ level: '', text: line });
  }
  return out;
}

/** The scanner's errors (its warnings left out): what the failure is classified by. */
function errorText(tail: readonly string[]): string {
  const all = messages(tail);
  const errors = all.filter((m) => m.level === 'FATAL' || m.level === 'ERROR' || m.level === '');
  return (errors.length ? errors : all).map((m) => m.text).join('\n');
}

// trivy wraps every cause in the names of its stages; they say nothing to the user.
const WRAPPERS = /^(Fatal error|run error|init error|image scan error|scan error|DB error|database error|unable to initialize a scan service)[:\t ]\s*/i;

/** One message, short: its listed causes if it has any (once each), else its text, without trivy's stage names and registry error details. */
function brief(text: string): string {
  const lines = text.split('\n');
  let causes = lines.slice(1).map((l) => /^\s*[*-]\s+(.*)$/.exec(l)?.[1]?.trim()).filter((l): l is string => !!l);
  // grype also tries the image as an AI model artifact (oci-model); that try says nothing new.
  if (causes.some((c) => !c.startsWith('oci-model:'))) causes = causes.filter((c) => !c.startsWith('oci-model:'));
  let s = causes.length ? [...new Set(causes)].join('; ') : lines.map((l) => l.trim()).filter(Boolean).join(' ');
  for (let prev = ''; prev !== s; ) [prev, s] = [s, s.replace(WRAPPERS, '')];
  s = s.replace(/\s*;?\s*\[?map\[[^\]]*\]\]?/g, '').replace(/\t+/g, ' ').trim();
  return s.length > 500 ? `${s.slice(0, 500)}…` : s;
}

/** What the scanner said about its failure, in one line for a message. */
function scannerSaid(tail: readonly string[]): string {
  return brief(errorText(tail));
}

// The DB is there but cannot be opened: trivy's bolt file or metadata, grype's sqlite file or import.json.
const DB_UNREADABLE = /error in vulnerability DB initialize|failed to open (the )?db|failed to load vulnerability db: (?!database does not exist)|invalid database|database disk image is malformed|file is not a database|failed to unmarshal import metadata|not a bolt/i;
const dbUnreadable = (errors: string) => DB_UNREADABLE.test(errors);

/** Why the DB could not be fetched, when that is what failed; null otherwise. */
function dbFetchFailure(scanner: ScannerName, tail: readonly string[]): string | null {
  const said = messages(tail);
  const errors = said.filter((m) => m.level !== 'WARN' && m.level !== 'INFO');
  if (scanner === 'trivy') {
    const m = errors.find((e) => /failed to download (vulnerability|the) DB|DB error: .*download/i.test(e.text));
    return m ? brief(m.text) : null;
  }
  // grype warns that the update failed, then fails for want of a DB (an older one would have been used).
  if (!errors.some((e) => /failed to load vulnerability db: database does not exist|unable to update vulnerability database|failed to (download|update) (the )?(vulnerability )?(db|database)/i.test(e.text))) return null;
  const cause = said.map((m) => /error updating db error=([\s\S]*)$/i.exec(m.text)?.[1]).find(Boolean);
  return brief(cause ?? errors.map((e) => e.text).join('\n'));
}

const AUTH = /\bunauthorized\b|authentication required|\b401\b|\b403\b|\bdenied\b|forbidden/i;
const NOT_THERE = /manifest unknown|name unknown|MANIFEST_UNKNOWN|NAME_UNKNOWN|not found/i;
const UNREACHABLE = /connection refused|no such host|i\/o timeout|network is unreachable|connection reset|TLS handshake|certificate|server gave HTTP response to HTTPS client/i;

function scanFailure(o: EngineOptions, run: RunResult): ServiceError {
  const errors = errorText(run.tail);
  const said = brief(errors) || `nothing (exit ${run.code})`;
  const image = describeSource(o.source);
  if (run.timedOut) return new ServiceError(`${o.scanner} did not finish within \`timeout\` (${o.timeoutSeconds} s) scanning ${image}. Raise \`timeout\`.`);
  const where = o.dbRepository ? `\`db-repository\` (${o.dbRepository})` : `${o.scanner}'s default DB location`;
  const fetch = o.offline ? null : dbFetchFailure(o.scanner, run.tail);
  if (fetch !== null) {
    return new ServiceError(`${o.scanner} cannot fetch its vulnerability DB from ${where}: ${fetch}. Point \`db-repository\` at a mirror you can reach, or set \`offline: true\` with a cached DB (docs/scan-image.md).`);
  }
  if (dbUnreadable(errors)) {
    if (o.offline) return damagedDb(o.scanner, o.cacheDir, said);
    // Online the cached DB was deleted and fetched again: what was fetched is what cannot be read.
    return new ServiceError(`${o.scanner} fetched its vulnerability DB from ${where} and cannot read it: ${said}. Check that \`db-repository\` serves the DB for this ${o.scanner} version (schema ${o.scanner === 'trivy' ? '2' : 'v6'}).`);
  }
  if (o.source.kind === 'registry') {
    const host = o.source.host;
    if (AUTH.test(errors)) {
      if (!o.credentials) return new ServiceError(`${host} wants credentials to read ${image}, and none were given. Set \`username\` and \`password\` (or run docker/login-action before this step). ${o.scanner} said: ${said}`);
      return new ServiceError(`${host} refused \`username\` ${JSON.stringify(o.credentials.username)} with the \`password\` given, reading ${image}. Check both (a token needs read access to that repository). ${o.scanner} said: ${said}`);
    }
    if (NOT_THERE.test(errors)) return new ServiceError(`${host} has no image ${image}: ${said}. Check \`image\` (build-push's \`image\` output names the pushed image).`);
    if (UNREACHABLE.test(errors)) return new ServiceError(`${o.scanner} cannot reach the registry ${host} to read ${image}: ${said}. Check \`image\` and that the registry is reachable from the runner.`);
  }
  const exists = o.source.kind === 'registry' || existsSync(o.source.kind === 'oci' ? o.source.layout : o.source.file);
  return new ServiceError(`${o.scanner} failed on ${image}${exists ? '' : ' (it no longer exists)'} with exit ${run.code}: ${said}`);
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
