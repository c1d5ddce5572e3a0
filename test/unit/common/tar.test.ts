// extractTar on archives written here byte by byte (ustar, pax 'x', GNU 'L'), and on archives
// Python's tarfile writes, fed in small chunks as a download would arrive.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTar, safeRelative, TarError } from '../../../src/common/tar.js';

interface Entry {
  name: string;
  body?: Buffer | string;
  /** '0' file, '1' hard link, '2' symlink, '5' directory, 'x' pax header, 'L' GNU long name. */
  type?: string;
  mode?: number;
  linkname?: string;
  prefix?: string;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(e: Entry, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(e.name, 0, 100, 'utf8');
  h.write(octal(e.mode ?? 0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(0, 12), 136, 'ascii');
  h.write(e.type ?? '0', 156, 'ascii');
  if (e.linkname) h.write(e.linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  if (e.prefix) h.write(e.prefix, 345, 155, 'utf8');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

function entry(e: Entry): Buffer {
  const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0));
  const pad = Buffer.alloc((512 - (body.length % 512)) % 512);
  return Buffer.concat([header(e, body.length), body, pad]);
}

function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(rest) + 1;
  while (String(len).length + Buffer.byteLength(rest) !== len) len = String(len).length + Buffer.byteLength(rest);
  return `${len}${rest}`;
}

/** An archive: the entries, the two zero blocks, and zero padding to a 10 KiB record as tar(1) writes. */
function tar(...entries: Entry[]): Buffer {
  const body = Buffer.concat([...entries.map(entry), Buffer.alloc(1024)]);
  return Buffer.concat([body, Buffer.alloc((10240 - (body.length % 10240)) % 10240)]);
}

async function* chunks(buf: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

let root = '';
let dest = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'model-cd-tar-'));
  dest = join(root, 'dest');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const all = (p: string) => p;
const mode = (p: string) => statSync(join(dest, p)).mode & 0o7777;

async function rejection(p: Promise<unknown>): Promise<TarError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TarError);
    return e as TarError;
  }
  throw new Error('extractTar succeeded');
}

describe('safeRelative', () => {
  it.each(['a', 'a/b.txt', 'lib/x..y', '..a', 'a/..b/c', './a'])('%j stays inside', (p) => {
    expect(safeRelative(p)).toBe(true);
  });
  it.each(['', '../x', 'a/../../x', 'a/..', '..', '/abs', '/', 'a\\b', '..\\x', 'C:x', 'c:/x', 'a\0b'])('%j is refused', (p) => {
    expect(safeRelative(p)).toBe(false);
  });
});

describe('extractTar', () => {
  it('writes regular files with their content and plain modes, and nothing else', async () => {
    const archive = tar(
      { name: 'bin/', type: '5', mode: 0o755 },
      { name: 'a.txt', body: 'hello\n', mode: 0o600 },
      { name: 'bin/run.sh', body: '#!/bin/sh\necho hi\n', mode: 0o4775 },
      { name: 'link', type: '2', linkname: 'a.txt', mode: 0o777 },
      { name: 'hard', type: '1', linkname: 'a.txt' },
      { name: 'dev', type: '3' },
      { name: 'empty', body: '' },
    );
    const written = await extractTar(chunks(archive, 512), dest, all);
    expect(written).toEqual(['a.txt', 'bin/run.sh', 'empty']);
    expect(readFileSync(join(dest, 'a.txt'), 'utf8')).toBe('hello\n');
    expect(readFileSync(join(dest, 'bin/run.sh'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
    expect(readFileSync(join(dest, 'empty'), 'utf8')).toBe('');
    expect(mode('a.txt')).toBe(0o644);
    expect(mode('bin/run.sh')).toBe(0o755);
    expect(readdirSync(dest).sort()).toEqual(['a.txt', 'bin', 'empty']);
  });

  it('writes each entry where select says, and skips those it maps to null', async () => {
    const archive = tar({ name: 'pkg/lib/one.so', body: 'one' }, { name: 'pkg/README', body: 'readme' }, { name: 'pkg/lib/two.so', body: 'two' });
    const written = await extractTar(chunks(archive, 100), dest, (p) => (p.startsWith('pkg/lib/') ? `native/${p.slice(8)}` : null));
    expect(written).toEqual(['native/one.so', 'native/two.so']);
    expect(readdirSync(dest)).toEqual(['native']);
    expect(readFileSync(join(dest, 'native/two.so'), 'utf8')).toBe('two');
  });

  it('skips an unselected entry byte-exactly, so the next one is intact, across odd chunk sizes', async () => {
    const skipped = Buffer.alloc(1500, 0x41);
    const kept = Buffer.from(Array.from({ length: 700 }, (_, i) => i % 251));
    const archive = tar({ name: 'skip.bin', body: skipped }, { name: 'keep.bin', body: kept });
    for (const size of [1, 7, 511, 513, 4096]) {
      rmSync(dest, { recursive: true, force: true });
      expect(await extractTar(chunks(archive, size), dest, (p) => (p === 'keep.bin' ? p : null))).toEqual(['keep.bin']);
      expect(readFileSync(join(dest, 'keep.bin')).equals(kept), `chunks of ${size}`).toBe(true);
    }
  });

  it('streams a 3 MiB entry fed in 1000-byte chunks', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 9)) & 0xff;
    const archive = tar({ name: 'big.bin', body: big, mode: 0o755 }, { name: 'after.txt', body: 'after' });
    expect(await extractTar(chunks(archive, 1000), dest, all)).toEqual(['big.bin', 'after.txt']);
    const out = readFileSync(join(dest, 'big.bin'));
    expect(out.length).toBe(big.length);
    expect(createHash('sha256').update(out).digest('hex')).toBe(createHash('sha256').update(big).digest('hex'));
    expect(readFileSync(join(dest, 'after.txt'), 'utf8')).toBe('after');
    expect(mode('big.bin')).toBe(0o755);
  });

  it('honours ustar prefixes, pax path records and GNU long names, each for its own entry only', async () => {
    const long = `${'d'.repeat(60)}/${'e'.repeat(70)}/file-${'f'.repeat(40)}.txt`;
    const gnu = `${'g'.repeat(120)}/gnu.txt`;
    const pax = paxRecord('mtime', '1700000000.5') + paxRecord('path', long) + paxRecord('comment', 'x=y');
    const archive = tar(
      { name: 'name.txt', prefix: 'some/prefix', body: 'prefixed' },
      { name: 'PaxHeaders/long', type: 'x', body: pax },
      { name: long.slice(0, 99), body: 'pax' },
      { name: 'short.txt', body: 'short' },
      { name: '././@LongLink', type: 'L', body: `${gnu}\0` },
      { name: gnu.slice(0, 99), body: 'gnu' },
    );
    const seen: string[] = [];
    const written = await extractTar(chunks(archive, 333), dest, (p) => {
      seen.push(p);
      return p;
    });
    expect(seen).toEqual(['some/prefix/name.txt', long, 'short.txt', gnu]);
    expect(written).toEqual(seen);
    expect(readFileSync(join(dest, long), 'utf8')).toBe('pax');
    expect(readFileSync(join(dest, gnu), 'utf8')).toBe('gnu');
    expect(readFileSync(join(dest, 'some/prefix/name.txt'), 'utf8')).toBe('prefixed');
  });

  it.each(['../evil', '../../evil', 'ok/../../evil', '/tmp/evil', 'a\\..\\evil', 'C:evil'])('refuses an entry selected as %j and writes nothing outside', async (target) => {
    const archive = tar({ name: 'payload', body: 'pwned' });
    const e = await rejection(extractTar(chunks(archive, 512), dest, () => target));
    expect(e.message).toBe('the entry "payload" would be written outside the folder');
    expect(readdirSync(root)).toEqual([]);
    expect(existsSync('/tmp/evil')).toBe(false);
  });

  it('refuses an archive whose own path escapes when select passes it through', async () => {
    const archive = tar({ name: 'fine.txt', body: 'fine' }, { name: '../escape.txt', body: 'pwned' });
    const e = await rejection(extractTar(chunks(archive, 512), dest, all));
    expect(e.message).toBe('the entry "../escape.txt" would be written outside the folder');
    expect(existsSync(join(root, 'escape.txt'))).toBe(false);
    // and one select skips is no error
    expect(await extractTar(chunks(archive, 512), dest, (p) => (p.startsWith('..') ? null : p))).toEqual(['fine.txt']);
  });

  it('raises TarError on a truncated archive, wherever it is cut', async () => {
    const archive = tar({ name: 'a.txt', body: Buffer.alloc(2000, 1) }, { name: 'b.txt', body: 'b' });
    const midBody = await rejection(extractTar(chunks(archive.subarray(0, 1500), 512), dest, all));
    expect(midBody.message).toBe('the archive ends in the middle of an entry (truncated)');
    const midSkip = await rejection(extractTar(chunks(archive.subarray(0, 1500), 512), dest, () => null));
    expect(midSkip.message).toBe('the archive ends in the middle of an entry (truncated)');
    // cut right after b.txt's header: its file is being opened when the data runs out
    const noBody = await rejection(extractTar(chunks(archive.subarray(0, 512 * 6), 512), dest, all));
    expect(noBody.message).toBe('the archive ends in the middle of an entry (truncated)');
    // a caller that cleans up at once must not meet a late 'error' from that open (an unhandled error fails the run)
    rmSync(dest, { recursive: true, force: true });
    await new Promise((r) => setImmediate(r));
    const noEnd = await rejection(extractTar(chunks(archive.subarray(0, 512 * 7), 512), dest, all));
    expect(noEnd.message).toBe('the archive ends without its end-of-archive blocks (truncated)');
    for (const cut of [0, 100, 511, 513, 2559, 2560, 3000, 3071]) {
      await rejection(extractTar(chunks(archive.subarray(0, cut), 64), join(root, `cut-${cut}`), all));
    }
  });

  it('raises TarError on a bad checksum or what is not a tar at all', async () => {
    const archive = tar({ name: 'a.txt', body: 'a' });
    archive[0] = 'b'.charCodeAt(0);
    expect((await rejection(extractTar(chunks(archive, 512), dest, all))).message).toBe('a header whose checksum does not match (not a tar archive, or damaged)');
    const text = Buffer.alloc(1024, 'this is not a tar archive\n');
    await rejection(extractTar(chunks(text, 512), dest, all));
    expect(existsSync(dest)).toBe(false);
  });

  it('reads pax and GNU archives written by Python tarfile', async () => {
    const script = [
      'import io, sys, tarfile',
      'def add(t, name, data, mode):',
      '    i = tarfile.TarInfo(name); i.size = len(data); i.mode = mode; t.addfile(i, io.BytesIO(data))',
      'for fmt, out in ((tarfile.PAX_FORMAT, sys.argv[1]), (tarfile.GNU_FORMAT, sys.argv[2])):',
      '    with tarfile.open(out, "w", format=fmt) as t:',
      '        add(t, "x/" + "n" * 150 + "/model.onnx", b"\\x08\\x07" * 3000, 0o755)',
      '        d = tarfile.TarInfo("x/dir"); d.type = tarfile.DIRTYPE; t.addfile(d)',
      '        s = tarfile.TarInfo("x/sym"); s.type = tarfile.SYMTYPE; s.linkname = "/etc/passwd"; t.addfile(s)',
      '        add(t, "x/caf\\u00e9.txt", b"caf\\xc3\\xa9", 0o640)',
    ].join('\n');
    const pax = join(root, 'pax.tar');
    const gnu = join(root, 'gnu.tar');
    await promisify(execFile)('python3', ['-c', script, pax, gnu]);
    const longName = `x/${'n'.repeat(150)}/model.onnx`;
    for (const file of [pax, gnu]) {
      const d = join(root, file === pax ? 'out-pax' : 'out-gnu');
      expect(await extractTar(chunks(readFileSync(file), 1000), d, all), file).toEqual([longName, 'x/café.txt']);
      expect(readFileSync(join(d, longName)).equals(Buffer.from('\x08\x07'.repeat(3000), 'latin1'))).toBe(true);
      expect(statSync(join(d, longName)).mode & 0o777).toBe(0o755);
      expect(statSync(join(d, 'x/café.txt')).mode & 0o777).toBe(0o644);
      expect(existsSync(join(d, 'x/sym'))).toBe(false);
    }
  });
});
