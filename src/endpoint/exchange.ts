// One HTTP request to the endpoint under test, kept whole for the report: what was sent, what came
// back (status, type, body) or why nothing did. A check never throws on a bad answer; it reads the
// exchange and names the difference. TLS verification is Node's default and is never turned off.
import { describeFetchError, redact } from '../common/http.js';
import { parseBody } from '../serve/json.js';

export interface Exchange {
  method: string;
  url: string;
  /** What was sent, shortened, for messages. */
  sent: string;
  /** null when no answer came. */
  status: number | null;
  contentType: string;
  text: string;
  /** The body as JSON when it is JSON (NaN and Infinity as Python writes them included); undefined otherwise. */
  json: unknown;
  /** Why no answer came: refused, TLS, timeout, reset. */
  failure: string | null;
  failureKind: 'timeout' | 'connect' | 'tls' | 'other' | null;
}

export interface SendOptions {
  body?: string;
  contentType?: string;
  timeoutMs: number;
  /** How the body is shown in messages, when not the body itself (a large one). */
  describeBody?: string;
}

const PREVIEW = 200;

export function preview(text: string, n = PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

export async function send(method: string, url: string, o: SendOptions): Promise<Exchange> {
  const sent = o.body === undefined ? '' : (o.describeBody ?? (o.body === '' ? 'an empty body' : `the body ${preview(o.body)}`));
  const base = { method, url: redact(url), sent };
  try {
    const res = await fetch(url, {
      method,
      ...(o.body !== undefined ? { body: o.body, headers: { 'content-type': o.contentType ?? 'application/json' } } : {}),
      signal: AbortSignal.timeout(o.timeoutMs),
      redirect: 'manual',
    });
    const text = await res.text();
    const contentType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return { ...base, status: res.status, contentType, text, json: jsonOf(text), failure: null, failureKind: null };
  } catch (e) {
    const timeout = e instanceof Error && (e.name === 'TimeoutError' || (e.cause as Error | undefined)?.name === 'TimeoutError');
    if (timeout) return { ...base, status: null, contentType: '', text: '', json: undefined, failure: `no answer within ${o.timeoutMs / 1000} s (input \`timeout\`)`, failureKind: 'timeout' };
    const why = describeFetchError(e);
    const kind = /CERT|SSL|TLS|WRONG_VERSION_NUMBER/.test(why) ? 'tls' : /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT/.test(why) ? 'connect' : 'other';
    return { ...base, status: null, contentType: '', text: '', json: undefined, failure: why, failureKind: kind };
  }
}

function jsonOf(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return parseBody(text);
  } catch {
    return undefined;
  }
}

/** "GET http://host/v2/health/ready" with what was sent, for messages. */
export function requestLine(x: Exchange): string {
  return `${x.method} ${x.url}${x.sent ? ` with ${x.sent}` : ''}`;
}

/** "answered 500 text/html: <h1>…" or "no answer: ECONNRESET (…)". */
export function answerLine(x: Exchange): string {
  if (x.status === null) return `no answer: ${x.failure}`;
  return `answered ${x.status}${x.contentType ? ` ${x.contentType}` : ''}${x.text.trim() ? `: ${preview(x.text)}` : ' with an empty body'}`;
}

export const isHtml = (x: Exchange) => x.contentType === 'text/html' || /^\s*<(!doctype|html)/i.test(x.text);
