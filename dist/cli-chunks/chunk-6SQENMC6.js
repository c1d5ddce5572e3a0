import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/common/http.ts
init_define_ACTION_META();
var RETRY_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
function isTransient(e) {
  if (!(e instanceof Error)) return false;
  if (e.name === "TimeoutError" || e.name === "AbortError") return true;
  const code = e.cause?.code ?? e.code;
  return code !== void 0 && ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"].includes(code);
}
function retryAfterMs(header, now) {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
var HttpError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  name = "HttpError";
};
async function fetchWithRetry(url, init = {}, opts = {}) {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? 500;
  const cap = opts.maxDelayMs ?? 3e4;
  const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const target = `${init.method ?? "GET"} ${redact(String(url))}`;
  const started = now();
  const deadline = opts.totalMs ? started + opts.totalMs : Infinity;
  const giveUp = (attempt, reason2, status, outOfTime) => {
    const waited = `after ${attempt} attempt${attempt === 1 ? "" : "s"} in ${seconds(now() - started)}`;
    const limit = outOfTime ? `; that is the ${seconds(opts.totalMs ?? 0)} ${opts.totalFrom ?? "limit"} allows for one request: raise it for a server that needs longer` : "";
    return new HttpError(`${target} failed ${waited}: ${reason2}${limit}`, status);
  };
  let reason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfter = null;
    let status = null;
    const left = deadline - now();
    const timeoutMs = Math.min(opts.timeoutMs || Infinity, left);
    try {
      const res = await fetchWithin(url, init, Number.isFinite(timeoutMs) ? Math.max(1, timeoutMs) : void 0);
      if (!RETRY_STATUS.has(res.status)) return res;
      reason = `HTTP ${res.status}`;
      status = res.status;
      retryAfter = retryAfterMs(res.headers.get("retry-after"), now());
      await res.body?.cancel().catch(() => void 0);
    } catch (e) {
      if (init.signal?.aborted) throw e;
      if (!isTransient(e)) throw e;
      reason = describeFetchError(e);
    }
    const backoff = random() * Math.min(cap, base * 2 ** (attempt - 1));
    const delayMs = Math.min(cap, Math.max(backoff, retryAfter ?? 0));
    const outOfTime = now() >= deadline || now() + delayMs >= deadline;
    if (attempt === attempts || outOfTime) throw giveUp(attempt, reason, status, outOfTime);
    opts.onRetry?.({ target, attempt, attempts, delayMs, reason });
    await sleep(delayMs);
  }
  throw new Error("unreachable");
}
var seconds = (ms) => `${ms < 1e4 ? (ms / 1e3).toFixed(1) : Math.round(ms / 1e3)} s`;
function retryLine(i) {
  return `${i.target}: attempt ${i.attempt} of ${i.attempts} failed (${i.reason}); trying again in ${seconds(i.delayMs)}`;
}
function stepRetry(timeoutSeconds, log) {
  const totalMs = timeoutSeconds * 1e3;
  return { totalMs, timeoutMs: Math.min(6e4, Math.ceil(totalMs / 3)), totalFrom: "input `retry-timeout`", onRetry: (i) => log(retryLine(i)) };
}
function sendingBody(opts, bytes) {
  const sendMs = Math.ceil(bytes / (256 * 1024)) * 1e3;
  return { ...opts, ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs + sendMs } : {}, ...opts.totalMs ? { totalMs: opts.totalMs + sendMs } : {} };
}
async function fetchWithin(url, init, timeoutMs) {
  if (!timeoutMs) return fetch(url, init);
  const headers = new AbortController();
  const timer = setTimeout(() => headers.abort(new DOMException(`no response within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, headers.signal]) : headers.signal });
  } finally {
    clearTimeout(timer);
  }
}
function describeFetchError(e) {
  const err = e;
  const code = err.cause?.code ?? "";
  const said = (err.cause?.message ?? err.message ?? "").split("\n")[0]?.replace(/:[^:]*\.c:\d+:?$/, "").trim();
  const text = code ? `${code} (${said})` : `${err.name}: ${err.message}`;
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG/.test(code)) return `${text}; the server does not speak TLS at that address`;
  return /CERT|SSL|TLS/.test(code) ? `${text}; TLS verification failed: if your network inspects TLS, point NODE_EXTRA_CA_CERTS at its CA bundle` : text;
}
function redact(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    const hadQuery = u.search !== "";
    u.search = "";
    return u.toString() + (hadQuery ? "?\u2026" : "");
  } catch {
    return url;
  }
}

export {
  HttpError,
  fetchWithRetry,
  stepRetry,
  sendingBody,
  describeFetchError,
  redact
};
