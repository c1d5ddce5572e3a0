// Which scanner binary runs: the one `scanner-path` names (a file, or a command looked up on PATH,
// for air-gapped runners), else the pinned release from the tool cache, downloaded and verified
// the first time. The archive is hashed while it streams to a temp file, checked against the pin,
// and only then is the binary extracted into a temp folder that is renamed into place: the cache
// never holds an unverified or half-written scanner.
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { chmod, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { ConfigurationError, ServiceError } from '../common/errors.js';
import { hashing } from '../common/hash-stream.js';
import { describeFetchError, fetchWithRetry, HttpError, redact } from '../common/http.js';
import { extractTar, TarError } from '../common/tar.js';
import { which } from '../common/which.js';
import { SCANNER_PINS, type ScannerName, type ScannerPin } from './pins.js';

export interface InstallOptions {
  scanner: ScannerName;
  /** The `scanner-path` input: empty for the pinned release. */
  scannerPath: string;
  /** The `scanner-download-url` input: empty for the project's release page. */
  downloadUrl: string;
  toolCache: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  arch: string;
  log: (line: string) => void;
  /** A seam for tests of the checksum check. */
  pins?: Record<ScannerName, ScannerPin>;
}

export interface InstalledScanner {
  path: string;
  /** The pinned version, or null for a binary the user gave (its own `version` tells). */
  pinned: string | null;
  source: 'scanner-path' | 'tool cache' | 'downloaded';
}

export async function installScanner(o: InstallOptions): Promise<InstalledScanner> {
  if (o.scannerPath) return { path: givenBinary(o), pinned: null, source: 'scanner-path' };
  const pin = (o.pins ?? SCANNER_PINS)[o.scanner];
  const key = `${o.platform}-${o.arch}`;
  const release = pin.files[key];
  if (!release) {
    throw new ConfigurationError('input `scanner`', o.scanner, `has no pinned ${o.scanner} ${pin.version} release for ${key} (pinned: ${Object.keys(pin.files).join(', ')}). Install ${o.scanner} yourself and set \`scanner-path\` to it.`);
  }
  const dir = join(o.toolCache, `model-cd-${o.scanner}`, pin.version, key);
  const binary = join(dir, pin.binary);
  const marker = join(dir, '.sha256');
  if (existsSync(binary) && existsSync(marker)) return { path: binary, pinned: pin.version, source: 'tool cache' };

  const url = (o.downloadUrl || pin.url).replaceAll('{version}', pin.version).replaceAll('{file}', release.file);
  o.log(`Downloading ${o.scanner} ${pin.version} from ${redact(url)}`);
  const parent = join(o.toolCache, `model-cd-${o.scanner}`, pin.version);
  const made = await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const archive = `${dir}.download-${stamp}`;
  const staging = `${dir}.staging-${stamp}`;
  let installed = false;
  try {
    const got = await download(url, archive, o);
    if (got !== release.sha256) {
      throw new ServiceError(`${redact(url)} is not ${release.file} of ${o.scanner} ${pin.version}: its sha256 is ${got}, the pinned one is ${release.sha256}. Nothing was kept. If \`scanner-download-url\` points at a mirror, it serves other bytes than the release; else the download was cut short or tampered with.`);
    }
    await extractBinary(archive, staging, pin.binary, release.file);
    // The marker goes last: a folder without it is an interrupted install and is done again.
    await writeFile(join(staging, '.sha256'), `${release.sha256}\n`);
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    installed = true;
  } finally {
    await rm(archive, { force: true });
    await rm(staging, { recursive: true, force: true });
    // The folders made for a refused download go too; only empty ones, as another run may be installing beside it.
    if (!installed && made) await removeEmptyUpTo(resolve(parent), resolve(made));
  }
  return { path: binary, pinned: pin.version, source: 'downloaded' };
}

/** Removes `dir` and its parents up to `top` (included), each only while it is empty. */
async function removeEmptyUpTo(dir: string, top: string): Promise<void> {
  for (let d = dir; ; d = dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === top || dirname(d) === d) return;
  }
}

function givenBinary(o: InstallOptions): string {
  const p = o.scannerPath;
  const subject = 'input `scanner-path`';
  if (!p.includes('/') && !p.includes('\\')) {
    const found = which(p, o.env);
    if (!found) throw new ConfigurationError(subject, p, `is not a command on PATH. Give the path of the ${o.scanner} binary, or leave it empty to download the pinned ${o.scanner} ${SCANNER_PINS[o.scanner].version}.`);
    return found;
  }
  const file = resolve(o.cwd, p);
  let ok = false;
  try {
    ok = statSync(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigurationError(subject, p, `is not a file. Give the path of the ${o.scanner} binary (or a command name on PATH), or leave it empty to download the pinned ${o.scanner} ${SCANNER_PINS[o.scanner].version}.`);
  return file;
}

/** Streams the archive to `file`, returning its sha256 (hex). */
async function download(url: string, file: string, o: InstallOptions): Promise<string> {
  const fix = `Give a mirror that serves the release files with \`scanner-download-url\`, or install ${o.scanner} and set \`scanner-path\``;
  let res: Response;
  try {
    res = await fetchWithRetry(url, {}, { attempts: 4, timeoutMs: 60_000, onRetry: (i) => o.log(`retrying ${i.target}: ${i.reason}`) });
  } catch (e) {
    throw new ServiceError(`cannot download ${o.scanner} from ${redact(url)} (${e instanceof HttpError ? e.message : describeFetchError(e)}). ${fix}.`);
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    throw new ServiceError(`downloading ${o.scanner} from ${redact(url)} failed with HTTP ${res.status}. ${fix}.`, res.status);
  }
  const hash = createHash('sha256');
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), hashing(hash), createWriteStream(file));
  } catch (e) {
    throw new ServiceError(`the download of ${o.scanner} from ${redact(url)} broke off (${describeFetchError(e)}); nothing was kept. Run the step again, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}.`);
  }
  return hash.digest('hex');
}

async function extractBinary(archive: string, dest: string, binary: string, what: string): Promise<void> {
  const gunzip = createGunzip();
  const source = createReadStream(archive);
  source.pipe(gunzip);
  source.on('error', (e) => gunzip.destroy(e));
  let written: string[];
  try {
    written = await extractTar(gunzip, dest, (p) => (p.replace(/^\.\//, '') === binary ? binary : null));
  } catch (e) {
    if (e instanceof TarError || (e as { code?: string }).code === 'Z_DATA_ERROR') throw new ServiceError(`${what} matches its pinned sha256 but cannot be unpacked (${(e as Error).message}).`);
    throw e;
  }
  if (!written.length) throw new ServiceError(`${what} matches its pinned sha256 but holds no \`${binary}\` at its top level.`);
  await chmod(join(dest, binary), 0o755);
}
