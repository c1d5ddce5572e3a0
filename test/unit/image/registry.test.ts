// The pure parts of the registry client: how an upload is cut into chunks, how a session's Range
// is read, how a challenge's scopes are asked for.
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, contentRange, MONOLITHIC_MAX, nextChunk, parseChallenge, parseUploadRange, splitScopes, uploadMode } from '../../../src/image/registry.js';
import { sendingBody } from '../../../src/common/http.js';

const MiB = 1024 * 1024;

describe('chunk planning', () => {
  it('sends a blob that fits in one chunk in one PUT, and a larger one in chunks', () => {
    expect(MONOLITHIC_MAX).toBeGreaterThanOrEqual(CHUNK_SIZE);
    expect(uploadMode(0, MONOLITHIC_MAX)).toBe('monolithic');
    expect(uploadMode(MONOLITHIC_MAX, MONOLITHIC_MAX)).toBe('monolithic');
    expect(uploadMode(MONOLITHIC_MAX + 1, MONOLITHIC_MAX)).toBe('chunked');
  });

  it('cuts a blob into chunks that cover every byte once, the last one short', () => {
    const size = 100 * MiB + 5;
    const chunks: { start: number; end: number }[] = [];
    for (let offset = 0; offset < size; ) {
      const c = nextChunk(offset, size, 32 * MiB);
      chunks.push(c);
      offset = c.end;
    }
    expect(chunks.map((c) => contentRange(c.start, c.end))).toEqual([`0-${32 * MiB - 1}`, `${32 * MiB}-${64 * MiB - 1}`, `${64 * MiB}-${96 * MiB - 1}`, `${96 * MiB}-${size - 1}`]);
    expect(chunks.reduce((sum, c) => sum + c.end - c.start, 0)).toBe(size);
  });

  it('continues from where the registry says the session stands, not from a chunk boundary', () => {
    expect(nextChunk(5_000_000, 20_000_000, 8 * MiB)).toEqual({ start: 5_000_000, end: 5_000_000 + 8 * MiB });
    expect(nextChunk(19_999_999, 20_000_000, 8 * MiB)).toEqual({ start: 19_999_999, end: 20_000_000 });
  });
});

describe('parseUploadRange', () => {
  it('reads how many bytes a session holds from `Range: 0-<last>`', () => {
    expect(parseUploadRange('0-1048575')).toBe(1048576);
    expect(parseUploadRange('bytes=0-99')).toBe(100);
    expect(parseUploadRange(' 0-9 ')).toBe(10);
  });

  it('reads `0-0` (what distribution answers for an empty session) as empty', () => {
    expect(parseUploadRange('0-0')).toBe(0);
  });

  it('gives null for a missing or unreadable header', () => {
    expect(parseUploadRange(null)).toBeNull();
    expect(parseUploadRange('')).toBeNull();
    expect(parseUploadRange('5-10')).toBeNull();
    expect(parseUploadRange('bytes 0-10/20')).toBeNull();
    expect(parseUploadRange('0-')).toBeNull();
  });
});

describe('token scopes', () => {
  it('asks for each scope of a challenge on its own', () => {
    const challenge = 'Bearer realm="http://127.0.0.1:5001/token",service="registry",scope="repository:app:pull,push repository:base:pull",error="insufficient_scope"';
    const params = parseChallenge(challenge);
    expect(params).toMatchObject({ realm: 'http://127.0.0.1:5001/token', service: 'registry', error: 'insufficient_scope' });
    expect(splitScopes(params.scope as string)).toEqual(['repository:app:pull,push', 'repository:base:pull']);
    expect(splitScopes('repository:app:pull')).toEqual(['repository:app:pull']);
  });
});

describe('sendingBody', () => {
  it('gives a request the time its body needs at a slow link, on top of its own bounds', () => {
    expect(sendingBody({ timeoutMs: 60_000 }, 0)).toEqual({ timeoutMs: 60_000 });
    expect(sendingBody({ timeoutMs: 60_000, totalMs: 120_000, attempts: 1 }, 64 * MiB)).toEqual({ timeoutMs: 60_000 + 256_000, totalMs: 120_000 + 256_000, attempts: 1 });
    expect(sendingBody({ attempts: 1 }, 64 * MiB)).toEqual({ attempts: 1 });
  });
});
