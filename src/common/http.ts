// HTTP with retries for the actions that talk to registries and model stores: transient failures
// (connection resets, timeouts, 429, 5xx) are retried with exponential backoff and full jitter,
// honouring Retry-After; anything else is returned to the caller at once. TLS verification is
// Node's default and is never turned off here.

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Backoff base: the n-th retry waits a random time up to base * 2^(n-1), capped by maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per attempt: how long to wait for the response headers (the body is not timed). */
  timeoutMs?: number;
  /**
   * The whole wait, retries included: no attempt waits for its answer, and no retry starts, past
   * this long after the first attempt began. 0 or absent: only `attempts` bounds it.
   */
  totalMs?: number;
  /** What sets totalMs, named in the error when it runs out, e.g. "input `retry-timeout`". */
  totalFrom?: string;
  /** Called before each wait, for logs. */
  onRetry?: (info: RetryInfo) => void;
  /** Seams for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface RetryInfo {
  /** The request, e.g. "GET https://host/path" (credentials and query left out). */
  target: string;
  /** The attempt that failed, from 1, and how many there may be in all. */
  attempt: number;
  attempts: number;
  delayMs: number;
  reason: string;
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Errors worth another try: the connection failed or broke, not the request itself. */
function isTransient(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  const code = (e as { cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code;
  return (
    code !== undefined &&
    ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'].includes(code)
  );
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * fetch() with retries. Returns the last response when it is not retryable (including 4xx), so
 * callers decide what a 404 means; throws HttpError when every attempt failed transiently.
 * Bodies of requests that are retried must be replayable (strings or buffers, not streams).
 */
export async function fetchWithRetry(url: string | URL, init: RequestInit = {}, opts: RetryOptions = {}): Promise<Response> {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? 500;
  const cap = opts.maxDelayMs ?? 30_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const target = `${init.method ?? 'GET'} ${redact(String(url))}`;
  const started = now();
  const deadline = opts.totalMs ? started + opts.totalMs : Infinity;
  const giveUp = (attempt: number, reason: string, status: number | null, outOfTime: boolean) => {
    const waited = `after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${seconds(now() - started)}`;
    const limit = outOfTime ? `; that is the ${seconds(opts.totalMs ?? 0)} ${opts.totalFrom ?? 'limit'} allows for one request: raise it for a server that needs longer` : '';
    return new HttpError(`${target} failed ${waited}: ${reason}${limit}`, status);
  };
  let reason = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfter: number | null = null;
    let status: number | null = null;
    const left = deadline - now();
    const timeoutMs = Math.min(opts.timeoutMs || Infinity, left);
    try {
      const res = await fetchWithin(url, init, Number.isFinite(timeoutMs) ? Math.max(1, timeoutMs) : undefined);
      if (!RETRY_STATUS.has(res.status)) return res;
      reason = `HTTP ${res.status}`;
      status = res.status;
      retryAfter = retryAfterMs(res.headers.get('retry-after'), now());
      // Free the connection before waiting.
      await res.body?.cancel().catch(() => undefined);
    } catch (e) {
      // The caller gave up: no point trying again.
      if (init.signal?.aborted) throw e;
      if (!isTransient(e)) throw e;
      reason = describeFetchError(e);
    }
    const backoff = random() * Math.min(cap, base * 2 ** (attempt - 1));
    const delayMs = Math.min(cap, Math.max(backoff, retryAfter ?? 0));
    // Out of time: the wait for this answer was cut at the deadline, or the next try would start past it.
    const outOfTime = now() >= deadline || now() + delayMs >= deadline;
    if (attempt === attempts || outOfTime) throw giveUp(attempt, reason, status, outOfTime);
    opts.onRetry?.({ target, attempt, attempts, delayMs, reason });
    await sleep(delayMs);
  }
  throw new Error('unreachable');
}

const seconds = (ms: number) => `${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s`;

/** One log line per retry: what, which attempt, why, and the wait. */
export function retryLine(i: RetryInfo): string {
  return `${i.target}: attempt ${i.attempt} of ${i.attempts} failed (${i.reason}); trying again in ${seconds(i.delayMs)}`;
}

/**
 * The retry options a step's `retry-timeout` input gives: the whole wait for one request bounded
 * by it, each retry logged. An attempt waits at most a third of it (a minute at most) for its
 * answer, so a server that stops answering is still tried again within the bound.
 */
export function stepRetry(timeoutSeconds: number, log: (line: string) => void): RetryOptions {
  const totalMs = timeoutSeconds * 1000;
  return { totalMs, timeoutMs: Math.min(60_000, Math.ceil(totalMs / 3)), totalFrom: 'input `retry-timeout`', onRetry: (i) => log(retryLine(i)) };
}

/**
 * Options for a request whose body is sent before the answer can come (an upload): the wait for
 * the answer, and the whole wait, grow by the time the body needs at a slow 256 KiB/s.
 */
export function sendingBody(opts: RetryOptions, bytes: number): RetryOptions {
  const sendMs = Math.ceil(bytes / (256 * 1024)) * 1000;
  return { ...opts, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs + sendMs } : {}), ...(opts.totalMs ? { totalMs: opts.totalMs + sendMs } : {}) };
}

/**
 * fetch() that gives up when no response headers came within `timeoutMs`. The timer stops once
 * they arrive, so a large body may take as long as it needs (undici still aborts a body that
 * stalls); the caller's own signal keeps working throughout.
 */
async function fetchWithin(url: string | URL, init: RequestInit, timeoutMs: number | undefined): Promise<Response> {
  if (!timeoutMs) return fetch(url, init);
  const headers = new AbortController();
  const timer = setTimeout(() => headers.abort(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, headers.signal]) : headers.signal });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A failed fetch in words: undici says only "fetch failed", the reason is in its cause. A TLS
 * failure gets the usual fix, since networks that inspect TLS are where it happens.
 */
export function describeFetchError(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? '';
  // OpenSSL's messages run over lines and end in a source location; the first part says it.
  const said = (err.cause?.message ?? err.message ?? '').split('\n')[0]?.replace(/:[^:]*\.c:\d+:?$/, '').trim();
  const text = code ? `${code} (${said})` : `${err.name}: ${err.message}`;
  // Plain HTTP where TLS was expected: no certificate was ever checked.
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG/.test(code)) return `${text}; the server does not speak TLS at that address`;
  return /CERT|SSL|TLS/.test(code) ? `${text}; TLS verification failed: if your network inspects TLS, point NODE_EXTRA_CA_CERTS at its CA bundle` : text;
}

/** URLs in messages lose their credentials and query string (which may hold signatures). */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    const hadQuery = u.search !== '';
    u.search = '';
    return u.toString() + (hadQuery ? '?…' : '');
  } catch {
    return url;
  }
}
