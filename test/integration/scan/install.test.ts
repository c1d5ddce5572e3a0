// The scanner download path against a real HTTP server on 127.0.0.1 serving a release archive:
// a good checksum installs once and the tool cache serves the next run; a wrong checksum, a
// truncated body, a 404 and an archive without the binary are refused with nothing kept.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../src/common/errors.js';
import { installScanner, type InstallOptions } from '../../../src/scan/install.js';
import { SCANNER_PINS, type ScannerPin } from '../../../src/scan/pins.js';

const root = mkdtempSync(join(tmpdir(), 'scan-install-'));
let server: Server;
let base = '';
const requests: string[] = [];
const files = new Map<string, { body: Buffer; truncate?: boolean }>();

/** A release archive holding `trivy` (a script standing in for the binary) at its top level. */
function archive(name: string, member = 'trivy'): Buffer {
  const dir = mkdtempSync(join(root, 'src-'));
  writeFileSync(join(dir, member), '#!/bin/sh\necho \'{"Version":"0.74.0"}\'\n', { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'license\n');
  const out = join(root, name);
  execFileSync('tar', ['-czf', out, '-C', dir, member, 'LICENSE']);
  return readFileSync(out);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function pinsFor(file: string, body: Buffer): Record<'trivy' | 'grype', ScannerPin> {
  return { ...SCANNER_PINS, trivy: { ...SCANNER_PINS.trivy, files: { 'linux-x64': { file, sha256: sha256(body) } } } };
}

function options(toolCache: string, pins: Record<'trivy' | 'grype', ScannerPin>, extra: Partial<InstallOptions> = {}): InstallOptions {
  return { scanner: 'trivy', scannerPath: '', downloadUrl: `${base}/{version}/{file}`, toolCache, cwd: root, env: { PATH: '' }, platform: 'linux', arch: 'x64', log: () => undefined, pins, ...extra };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const f = files.get((req.url ?? '').split('/').pop() ?? '');
    if (!f) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': String(f.body.length) });
    // A cut connection: half the body, then the socket closes.
    if (f.truncate) res.write(f.body.subarray(0, f.body.length >> 1), () => res.socket?.destroy());
    else res.end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

const cacheLeft = (toolCache: string) => {
  try {
    return readdirSync(join(toolCache, 'model-cd-trivy', '0.74.0'));
  } catch {
    return [];
  }
};

describe('installScanner', () => {
  it('downloads, verifies and extracts once; the next run uses the tool cache without a request', async () => {
    const body = archive('good.tar.gz');
    files.set('good.tar.gz', { body });
    const toolCache = join(root, 'cache-good');
    const first = await installScanner(options(toolCache, pinsFor('good.tar.gz', body)));
    expect(first.source).toBe('downloaded');
    expect(execFileSync(first.path, { encoding: 'utf8' })).toContain('0.74.0');
    expect(cacheLeft(toolCache)).toEqual(['linux-x64']);
    const before = requests.length;
    const second = await installScanner(options(toolCache, pinsFor('good.tar.gz', body)));
    expect(second).toEqual({ path: first.path, pinned: '0.74.0', source: 'tool cache' });
    expect(requests.length).toBe(before);
  });

  it('refuses an archive whose sha256 is not the pinned one, and keeps nothing', async () => {
    const body = archive('tampered.tar.gz');
    files.set('tampered.tar.gz', { body });
    const toolCache = join(root, 'cache-bad');
    const pins = pinsFor('tampered.tar.gz', Buffer.from('the real release'));
    const err = await installScanner(options(toolCache, pins)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as Error).message).toMatch(/is not tampered\.tar\.gz of trivy 0\.74\.0: its sha256 is [0-9a-f]{64}, the pinned one is [0-9a-f]{64}\. Nothing was kept/);
    expect(cacheLeft(toolCache)).toEqual([]);
  });

  it('refuses a truncated download, and keeps nothing', async () => {
    const body = archive('cut.tar.gz');
    files.set('cut.tar.gz', { body, truncate: true });
    const toolCache = join(root, 'cache-cut');
    const err = await installScanner(options(toolCache, pinsFor('cut.tar.gz', body))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as Error).message).toMatch(/broke off|its sha256 is/);
    expect(cacheLeft(toolCache)).toEqual([]);
  });

  it('says what to do when the mirror has no such file', async () => {
    const toolCache = join(root, 'cache-404');
    const err = await installScanner(options(toolCache, pinsFor('missing.tar.gz', Buffer.from('x')))).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/failed with HTTP 404\. Give a mirror that serves the release files with `scanner-download-url`, or install trivy and set `scanner-path`/);
    expect(cacheLeft(toolCache)).toEqual([]);
  });

  it('refuses a verified archive that does not hold the binary', async () => {
    const body = archive('other.tar.gz', 'not-trivy');
    files.set('other.tar.gz', { body });
    const toolCache = join(root, 'cache-other');
    const err = await installScanner(options(toolCache, pinsFor('other.tar.gz', body))).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/holds no `trivy` at its top level/);
    expect(cacheLeft(toolCache)).toEqual([]);
  });

  it('takes scanner-path as a file or a command on PATH, and names the input when it is neither', async () => {
    const bin = join(root, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'trivy'), '#!/bin/sh\n', { mode: 0o755 });
    const toolCache = join(root, 'cache-path');
    expect(await installScanner(options(toolCache, SCANNER_PINS, { scannerPath: join(bin, 'trivy') }))).toMatchObject({ path: join(bin, 'trivy'), source: 'scanner-path' });
    expect(await installScanner(options(toolCache, SCANNER_PINS, { scannerPath: 'trivy', env: { PATH: bin } }))).toMatchObject({ path: join(bin, 'trivy') });
    await expect(installScanner(options(toolCache, SCANNER_PINS, { scannerPath: 'no-such-scanner' }))).rejects.toThrow(/input `scanner-path`: "no-such-scanner" is not a command on PATH/);
    await expect(installScanner(options(toolCache, SCANNER_PINS, { scannerPath: './missing/trivy' }))).rejects.toThrow(/input `scanner-path`: ".\/missing\/trivy" is not a file/);
  });

  it('names the platforms it has pins for when this one has none', async () => {
    await expect(installScanner(options(join(root, 'cache-plat'), SCANNER_PINS, { platform: 'win32', arch: 'x64' }))).rejects.toThrow(/has no pinned trivy 0\.74\.0 release for win32-x64 \(pinned: linux-x64, linux-arm64, darwin-x64, darwin-arm64\)/);
  });
});
