// fetchWithRetry against a real HTTP server on 127.0.0.1 that fails in the ways networks do.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, fetchWithRetry, redact, retryAfterMs, retryLine, stepRetry } from '../../src/common/http.js';

let server: Server;
let base = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/flaky' && n < 3) return void res.writeHead(503).end('busy');
    if (path === '/throttled' && n === 1) return void res.writeHead(429, { 'retry-after': '2' }).end();
    if (path === '/reset' && n === 1) return void req.socket.destroy();
    if (path === '/missing') return void res.writeHead(404).end('no');
    if (path === '/down') return void res.writeHead(502).end();
    if (path === '/slow-body') {
      // Headers at once, then a body that takes longer than the timeout.
      res.writeHead(200);
      res.write('a');
      return void setTimeout(() => res.end('b'), 400);
    }
    // Never answers: the request is held open until the client gives up.
    if (path === '/silent') return;
    if (path === '/slow-headers' && n === 1) return void setTimeout(() => res.writeHead(200).end('late'), 400);
    res.writeHead(200).end(`ok ${n}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const fast = { sleep: async () => {}, random: () => 1 };

describe('fetchWithRetry', () => {
  it('retries 5xx until the server answers', async () => {
    const waits: number[] = [];
    const res = await fetchWithRetry(`${base}/flaky`, {}, { ...fast, baseDelayMs: 100, onRetry: (i) => waits.push(i.delayMs) });
    expect(await res.text()).toBe('ok 3');
    expect(waits).toEqual([100, 200]);
  });

  it('waits at least what Retry-After asks', async () => {
    const waits: number[] = [];
    const res = await fetchWithRetry(`${base}/throttled`, {}, { ...fast, baseDelayMs: 10, onRetry: (i) => waits.push(i.delayMs) });
    expect(res.status).toBe(200);
    expect(waits).toEqual([2000]);
  });

  it('retries a connection the server drops', async () => {
    const res = await fetchWithRetry(`${base}/reset`, {}, fast);
    expect(await res.text()).toBe('ok 2');
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const retries: string[] = [];
    const err = await fetchWithRetry(`${base}/flaky-abort`, { signal: AbortSignal.abort() }, { ...fast, onRetry: (i) => retries.push(i.reason) }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
    expect(retries).toEqual([]);
  });

  it('times the wait for headers, not the body, and still obeys the caller', async () => {
    const res = await fetchWithRetry(`${base}/slow-body`, {}, { ...fast, timeoutMs: 150 });
    expect(await res.text()).toBe('ab');
    const retries: string[] = [];
    const again = await fetchWithRetry(`${base}/slow-headers`, {}, { ...fast, timeoutMs: 150, onRetry: (i) => retries.push(i.reason) });
    expect(await again.text()).toBe('ok 2');
    expect(retries).toEqual(['TimeoutError: no response within 150 ms']);
    const stop = new AbortController();
    const cut = await fetchWithRetry(`${base}/slow-body`, { signal: stop.signal }, { ...fast, timeoutMs: 150 });
    stop.abort();
    await expect(cut.text()).rejects.toThrow();
  });

  it('returns a 404 at once for the caller to judge', async () => {
    const res = await fetchWithRetry(`${base}/missing`, {}, fast);
    expect(res.status).toBe(404);
    expect(hits.get('/missing')).toBe(1);
  });

  it('gives up after the attempts with one clear error, the query (signatures) hidden', async () => {
    const url = `${base}/down?X-Amz-Signature=secret`;
    const err = await fetchWithRetry(url, {}, { ...fast, attempts: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/down\?… failed after 3 attempts in \d+\.\d s: HTTP 502$/);
    expect((err as HttpError).message).not.toContain('secret');
  });

  it('bounds the whole wait for a server that never answers, logs each retry and names what sets the bound', async () => {
    const lines: string[] = [];
    const opts = stepRetry(0.6, (l) => lines.push(l));
    const err = await fetchWithRetry(`${base}/silent`, {}, { ...opts, random: () => 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/silent failed after [23] attempts in \d+\.\d s: TimeoutError: no response within \d+ ms; that is the 0\.6 s input `retry-timeout` allows for one request: raise it for a server that needs longer$/,
    );
    expect(lines[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/silent: attempt 1 of 5 failed \(TimeoutError: no response within 200 ms\); trying again in 0\.0 s$/);
  });

  it('stops before a retry whose wait would pass the bound', async () => {
    const err = await fetchWithRetry(`${base}/down`, {}, { totalMs: 5_000, totalFrom: 'input `retry-timeout`', baseDelayMs: 10_000, random: () => 1 }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/failed after 1 attempt in \d\.\d s: HTTP 502; that is the 5\.0 s input `retry-timeout` allows/);
    expect(retryLine({ target: 'GET https://h/p', attempt: 2, attempts: 4, delayMs: 1500, reason: 'HTTP 503' })).toBe('GET https://h/p: attempt 2 of 4 failed (HTTP 503); trying again in 1.5 s');
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(redact('https://a:b@h/p?sig=1')).toBe('https://h/p?…');
  });
});
