// scan-image's core: everything read and checked before the scanner runs (a wrong input fails in
// a second, not after a DB download), then one scan, then the findings judged by the gate and
// written as the report, the SARIF file, the SBOM and the summary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigurationError, ServiceError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { ageHours, describeAge, parseMaxAge, type DbStatus } from './db.js';
import { dbStatus, runEngine } from './engine.js';
import { SEVERITIES, type Severity } from './finding.js';
import { judge, parseFailOn, type Judgement } from './gate.js';
import { parseIgnoreFile, type IgnoreEntry } from './ignore-file.js';
import { describeSource, parseImageSource, type ImageSource } from './image-source.js';
import { installScanner } from './install.js';
import { baseDiffIds } from './base-layers.js';
import type { ScannerName } from './pins.js';
import { scanSarif } from './sarif.js';
import { annotationsFor, scanSummary, verdictLine, type Annotation } from './summary.js';
import { parseVex, type VexDocument } from './vex.js';

export interface ScanConfig {
  image: string;
  scanner: ScannerName;
  scannerPath: string;
  scannerDownloadUrl: string;
  cacheDir: string;
  dbRepository: string;
  offline: boolean;
  maxDbAge: string;
  oldDb: 'fail' | 'warn';
  failOn: string;
  ignoreUnfixed: boolean;
  ignoreFile: string;
  vex: string[];
  dockerfile: string;
  baseImage: string;
  platform: string;
  username: string;
  password: string;
  timeout: number;
  /** Absolute. */
  reportDir: string;
  /** The tool cache the scanner binary is kept in. */
  toolCache: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Node's names for this machine, for the pinned download. */
  nodePlatform: string;
  nodeArch: string;
  version: string;
  now: () => Date;
  log: (line: string) => void;
  debug: (line: string) => void;
}

export interface ScanResult {
  judgement: Judgement;
  counts: Record<Severity, number>;
  passed: boolean;
  /** Why the step fails besides the gate (an old DB with `old-db: fail`). */
  errors: string[];
  warnings: string[];
  annotations: Annotation[];
  sarifPath: string;
  sbomPath: string;
  reportPath: string;
  dbAgeHours: number | null;
  markdown: string;
  logLine: string;
}

interface Prepared {
  source: ImageSource;
  failOn: ReturnType<typeof parseFailOn>;
  maxAgeHours: number | null;
  ignores: IgnoreEntry[];
  vex: VexDocument[];
  dockerfile: { path: string; text: string } | null;
  base: ImageSource | null;
  credentials: { username: string; password: string } | null;
}

function prepare(c: ScanConfig): Prepared {
  const source = parseImageSource(c.image, c.cwd);
  const failOn = parseFailOn(c.failOn);
  const maxAgeHours = parseMaxAge(c.maxDbAge);
  const ignores = c.ignoreFile ? parseIgnoreFile(readInput('ignore-file', c.ignoreFile, c.cwd), c.ignoreFile) : [];
  const vex = c.vex.map((f) => parseVex(readInput('vex', f, c.cwd), f));
  let dockerfile: Prepared['dockerfile'] = null;
  if (c.dockerfile) {
    const abs = resolve(c.cwd, c.dockerfile);
    // Annotations and SARIF name files relative to the workspace, as GitHub shows them.
    dockerfile = { path: relative(c.cwd, abs).split('\\').join('/'), text: readInput('dockerfile', c.dockerfile, c.cwd) };
  }
  let base: ImageSource | null = null;
  if (c.baseImage) {
    try {
      base = parseImageSource(c.baseImage, c.cwd);
    } catch (e) {
      if (e instanceof ConfigurationError && !(e instanceof ServiceError)) throw new ConfigurationError('input `base-image`', c.baseImage, e.fix);
      throw e;
    }
  }
  if (!c.username !== !c.password) {
    throw new ConfigurationError(c.username ? 'input `password`' : 'input `username`', '', `is empty while \`${c.username ? 'username' : 'password'}\` is set. Give both, or neither (the docker config from docker/login-action is then used).`);
  }
  const credentials = c.username ? { username: c.username, password: c.password } : null;
  return { source, failOn, maxAgeHours, ignores, vex, dockerfile, base, credentials };
}

function readInput(input: string, file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ConfigurationError(`input \`${input}\``, file, code === 'ENOENT' ? 'does not exist. Give a path relative to the working directory, or leave it empty.' : `cannot be read (${code ?? (e as Error).message}).`);
  }
}

export async function scanImage(c: ScanConfig): Promise<ScanResult> {
  const p = prepare(c);
  const scannerDir = join(c.cacheDir, c.scanner);
  const errors: string[] = [];
  const warnings: string[] = [];
  mkdirSync(c.reportDir, { recursive: true });
  const scratch = mkdtempSync(join(c.reportDir, '.scratch-'));
  try {
    const installed = await installScanner({ scanner: c.scanner, scannerPath: c.scannerPath, downloadUrl: c.scannerDownloadUrl, toolCache: c.toolCache, cwd: c.cwd, env: c.env, platform: c.nodePlatform, arch: c.nodeArch, log: c.log });
    const baseLayers = p.base ? new Set(await baseDiffIds(p.base, { credentials: p.credentials, platform: c.platform, nodeArch: c.nodeArch, scratch })) : new Set<string>();

    // Offline, the DB must be young enough before anything runs; online, the scan may refresh it.
    const offlineDb = c.offline ? await dbStatus({ scanner: c.scanner, binary: installed.path, cacheDir: scannerDir, env: c.env, cwd: c.cwd }) : undefined;
    if (offlineDb) checkAge(offlineDb, p.maxAgeHours, c, errors, warnings, true);

    const engineReport = join(c.reportDir, `${c.scanner}.json`);
    const sbomPath = join(c.reportDir, 'sbom.cdx.json');
    const engine = await runEngine({
      scanner: c.scanner,
      binary: installed.path,
      source: p.source,
      cacheDir: scannerDir,
      dbRepository: c.dbRepository,
      offline: c.offline,
      timeoutSeconds: c.timeout,
      platform: c.platform,
      credentials: p.credentials,
      reportPath: engineReport,
      sbomPath,
      scratch,
      db: offlineDb,
      env: c.env,
      cwd: c.cwd,
      log: c.log,
      debug: c.debug,
    });
    if (!c.offline) checkAge(engine.db, p.maxAgeHours, c, errors, warnings, false);

    const now = c.now();
    const image = describeSource(p.source);
    const judgement = judge(engine.findings, { failOn: p.failOn, ignoreUnfixed: c.ignoreUnfixed, ignores: p.ignores, vex: p.vex, imageRefs: [c.image, ...(p.source.kind === 'oci' && p.source.digest ? [p.source.digest] : [])], now });
    for (const e of judgement.expiredIgnores) {
      warnings.push(`ignore-file: the entry for ${e.entry.id} expired on ${e.entry.expires}${e.matched ? ` and no longer hides ${e.matched === 1 ? 'its finding' : `${e.matched} findings`}` : ' and matches nothing any more: delete it'} (${e.entry.reason}).`);
    }
    const meta = { image, scanner: c.scanner, scannerVersion: engine.version, dbUpdatedAt: engine.db.builtAt, now };
    const sarifPath = join(c.reportDir, 'results.sarif');
    writeFileAtomic(sarifPath, JSON.stringify(scanSarif(judgement.findings, { version: c.version, scanner: { name: c.scanner, version: engine.version }, image, dockerfile: p.dockerfile, baseLayers })), 'the SARIF file');
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, judgement.counts[s].open])) as Record<Severity, number>;
    const dbAge = ageHours(engine.db, now);
    const reportPath = join(c.reportDir, 'scan-report.json');
    const report = {
      image,
      scanner: { name: c.scanner, version: engine.version, source: installed.source },
      db: { builtAt: engine.db.builtAt?.toISOString() ?? null, ageHours: dbAge === null ? null : Number(dbAge.toFixed(2)), offline: c.offline },
      os: engine.os,
      packages: engine.packages,
      failOn: p.failOn,
      passed: judgement.passed && !errors.length,
      counts,
      findings: judgement.findings,
      expiredIgnores: judgement.expiredIgnores.map((e) => ({ ...e.entry, matched: e.matched })),
    };
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`, 'the scan report');
    const annotations = p.dockerfile && baseLayers.size ? annotationsFor(judgement, p.dockerfile, baseLayers) : [];
    let markdown = scanSummary(judgement, meta);
    if (errors.length || warnings.length) markdown += `\n${[...errors.map((e) => `> [!CAUTION]\n> ${e}`), ...warnings.map((w) => `> [!WARNING]\n> ${w}`)].join('\n\n')}\n`;
    return {
      judgement,
      counts,
      passed: judgement.passed && !errors.length,
      errors,
      warnings,
      annotations,
      sarifPath,
      sbomPath,
      reportPath,
      dbAgeHours: dbAge,
      markdown,
      logLine: verdictLine(judgement, meta),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function checkAge(db: DbStatus, maxHours: number | null, c: ScanConfig, errors: string[], warnings: string[], before: boolean): void {
  const age = ageHours(db, c.now());
  if (age === null) {
    if (before) throw new ServiceError(`offline: there is no ${c.scanner} vulnerability DB in ${join(c.cacheDir, c.scanner)} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
    warnings.push(`${c.scanner} does not say when its DB was built, so its age is not checked.`);
    return;
  }
  const line = `The ${c.scanner} DB${c.offline ? ' (offline, from the cache)' : ''} was built ${describeAge(age)} ago (${db.builtAt?.toISOString()}).`;
  c.log(line);
  if (maxHours === null || age <= maxHours) return;
  const msg = `The ${c.scanner} DB is ${describeAge(age)} old, older than \`max-db-age\` (${c.maxDbAge}): findings published since ${db.builtAt?.toISOString().slice(0, 10)} are missed. ${c.offline ? 'Run once with `offline: false` to refresh the cache' : 'Check `db-repository`: the mirror serves an old DB'}, or raise \`max-db-age\`.`;
  if (c.oldDb === 'fail') errors.push(msg);
  else warnings.push(msg);
}
