// AWS Signature Version 4 for S3 requests, written out instead of taking the AWS SDK (its S3
// client alone would multiply a bundle's size). Follows botocore's S3SigV4Auth, which the unit
// tests use as the reference: the path is signed as sent (S3 does not normalise or double-encode
// it), the query is re-encoded and sorted, every header the caller sends is signed except the
// hop-by-hop ones, and GETs may carry UNSIGNED-PAYLOAD.
import { createHash, createHmac } from 'node:crypto';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials (STS, OIDC) come with a session token. */
  sessionToken?: string;
}

export interface SignInput {
  method: string;
  url: URL;
  /** Headers the request will carry; all are signed (names in any case). */
  headers: Record<string, string>;
  /** Hex sha256 of the body, or UNSIGNED_PAYLOAD. */
  payloadHash: string;
  credentials: Credentials;
  region: string;
  date: Date;
  service?: string;
}

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// Hop-by-hop headers a proxy may rewrite, and the ones botocore leaves out: signing them would
// break the signature in transit.
const UNSIGNED_HEADERS = new Set([
  'authorization',
  'connection',
  'expect',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

/** RFC 3986 percent-encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ (and `/` if asked). */
export function uriEncode(s: string, keepSlash = false): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c) || (keepSlash && c === '/')) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Percent-decoding that leaves `+` alone (in a query, SigV4 reads `+` as a plus sign). */
function uriDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function canonicalQuery(search: string): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (!raw) return '';
  const pairs = raw
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const k = eq < 0 ? p : p.slice(0, eq);
      const v = eq < 0 ? '' : p.slice(eq + 1);
      return [uriEncode(uriDecode(k)), uriEncode(uriDecode(v))] as const;
    });
  // Byte order of the encoded forms: they are ASCII, so code-unit order is byte order.
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** The Host header an HTTP client sends for this URL: lowercase, default port left out. */
export function hostOf(url: URL): string {
  return url.host.toLowerCase();
}

export function amzDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface Signed {
  /** Headers to send: the caller's plus x-amz-date, x-amz-content-sha256, the token and Authorization. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
}

export function sign(input: SignInput): Signed {
  const service = input.service ?? 's3';
  const stamp = amzDate(input.date);
  const day = stamp.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) {
    if (k.toLowerCase() === 'authorization') continue;
    headers[k] = v;
  }
  dropHeader(headers, 'x-amz-date');
  dropHeader(headers, 'x-amz-content-sha256');
  dropHeader(headers, 'x-amz-security-token');
  headers['x-amz-date'] = stamp;
  headers['x-amz-content-sha256'] = input.payloadHash;
  if (input.credentials.sessionToken) headers['x-amz-security-token'] = input.credentials.sessionToken;

  const toSign = new Map<string, string[]>();
  for (const [k, v] of Object.entries(headers)) {
    const name = k.toLowerCase();
    if (UNSIGNED_HEADERS.has(name)) continue;
    toSign.set(name, [...(toSign.get(name) ?? []), v.trim().split(/\s+/).join(' ')]);
  }
  if (!toSign.has('host')) toSign.set('host', [hostOf(input.url)]);
  const names = [...toSign.keys()].sort();
  const canonicalHeaders = names.map((n) => `${n}:${(toSign.get(n) ?? []).join(',')}\n`).join('');
  const signedHeaders = names.join(';');

  const canonicalRequest = [
    input.method.toUpperCase(),
    input.url.pathname || '/',
    canonicalQuery(input.url.search),
    canonicalHeaders,
    signedHeaders,
    input.payloadHash,
  ].join('\n');
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  const key = signingKey(input.credentials.secretAccessKey, day, input.region, service);
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  headers['authorization'] = `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign };
}

export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  const kDate = createHmac('sha256', `AWS4${secret}`).update(day).digest();
  const kRegion = createHmac('sha256', kDate).update(region).digest();
  const kService = createHmac('sha256', kRegion).update(service).digest();
  return createHmac('sha256', kService).update('aws4_request').digest();
}

function dropHeader(headers: Record<string, string>, name: string): void {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) delete headers[k];
}
