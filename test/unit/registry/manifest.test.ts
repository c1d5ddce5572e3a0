// The folder hash as documented: sha256 of `<sha256>  <path>\n` lines sorted by path in byte
// order, the value the documented shell pipeline (find | sort | sha256sum) prints.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSize } from '../../../src/common/size.js';
import { manifestSha256, manifestText } from '../../../src/registry/manifest.js';
import { parseListPage } from '../../../src/registry/s3/client.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('folder manifest', () => {
  const files: Record<string, string> = {
    'model.onnx': 'onnx bytes',
    'MLmodel': 'flavors: {}\n',
    'sub/b.txt': 'b',
    'sub/a b.txt': 'a',
    'Ü/x': 'unicode',
    'sub-x': 'dash sorts before slash in bytes',
  };
  const entries = Object.entries(files).map(([path, body]) => ({ path, size: body.length, sha256: sha(body) }));

  it('orders lines by path in byte order and formats them as sha256sum does', () => {
    const text = manifestText(entries);
    expect(text.split('\n').filter(Boolean).map((l) => l.slice(66))).toEqual(['MLmodel', 'model.onnx', 'sub-x', 'sub/a b.txt', 'sub/b.txt', 'Ü/x']);
    expect(text.split('\n')[0]).toBe(`${sha('flavors: {}\n')}  MLmodel`);
    expect(manifestSha256(entries)).toBe(sha(text));
    expect(manifestSha256([...entries].reverse())).toBe(manifestSha256(entries));
  });

  it('equals the documented shell pipeline on a real folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), body);
    }
    const sh = spawnSync('sh', ['-c', "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum"], { cwd: dir, encoding: 'utf8' });
    expect(sh.status).toBe(0);
    expect(sh.stdout.split(' ')[0]).toBe(manifestSha256(entries));
  });

  it('has no value for an empty folder', () => {
    expect(() => manifestSha256([])).toThrow(/at least one file/);
  });
});

describe('S3 listings', () => {
  it('decodes url-encoded keys as botocore does (+ is a space) and follows the continuation token', () => {
    const xml = `<?xml version="1.0"?><ListBucketResult><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
      <Contents><Key>m/a+b%2Bc%C3%BC</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>&quot;abc&quot;</ETag><Size>5</Size></Contents>
      <NextContinuationToken>tok&amp;1</NextContinuationToken></ListBucketResult>`;
    expect(parseListPage(xml)).toEqual({
      objects: [{ key: 'm/a b+cü', size: 5, etag: 'abc', lastModified: '2026-01-01T00:00:00.000Z', contentType: '' }],
      truncated: true,
      nextToken: 'tok&1',
    });
  });

  it('takes keys as they are when the server did not url-encode them', () => {
    const xml = '<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a+b &amp; c</Key><Size>1</Size><ETag>"e"</ETag></Contents></ListBucketResult>';
    expect(parseListPage(xml).objects[0]?.key).toBe('a+b & c');
  });
});

describe('parseSize', () => {
  it('reads bytes and binary or decimal units', () => {
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('64MiB')).toBe(64 << 20);
    expect(parseSize('512 KiB')).toBe(512 << 10);
    expect(parseSize('1.5GiB')).toBe(1.5 * 2 ** 30);
    expect(parseSize('64MB')).toBe(64e6);
    expect(parseSize('64 parsecs')).toBeNull();
    expect(parseSize('-1')).toBeNull();
  });
});
