// The few S3 calls a model registry needs (HEAD, GET with a byte range, ListObjectsV2, a small
// PUT), signed with SigV4 and sent through fetchWithRetry. Failures the user can act on become one
// ServiceError that names the object, what the server said and what to check.
import { createHash } from 'node:crypto';
import { NotFoundError, ServiceError } from '../../common/errors.js';
import { HttpError, fetchWithRetry, redact, type RetryOptions } from '../../common/http.js';
import { rejectionHint, resolveCredentials, type CredentialProvider } from './credentials.js';
import { EMPTY_SHA256, UNSIGNED_PAYLOAD, sign, uriEncode, type Credentials } from './sigv4.js';

export interface S3Config {
  /** Service endpoint, e.g. an S3-compatible server; empty for AWS in `region`. */
  endpoint: string;
  region: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`. */
  pathStyle: boolean;
  /** Null sends unsigned requests (public buckets); a provider is asked before each request. */
  credentials: Credentials | CredentialProvider | null;
  /** Where the credentials come from ("profile ci"), for the message when they are rejected. */
  credentialSource?: string;
  retry?: RetryOptions;
  now?: () => Date;
}

export interface ObjectInfo {
  key: string;
  size: number;
  /** Without the quotes S3 puts around it; empty when the server sent none. */
  etag: string;
  lastModified: string;
  contentType: string;
}

export interface GetOptions {
  /** Inclusive byte range. */
  range?: { start: number; end?: number };
  /** Fail with 412 if the object changed (its ETag, quoted or not). */
  ifMatch?: string;
  signal?: AbortSignal;
}

export interface GetResult {
  status: number;
  info: ObjectInfo;
  /** Where the body starts in the object (0 unless a range was served). */
  offset: number;
  body: ReadableStream<Uint8Array>;
}

export interface PutOptions {
  contentType?: string;
  /** Create only: fail with a ServiceError (status 412) when the key exists. */
  ifNoneMatch?: boolean;
}

export const s3Uri = (bucket: string, key = '') => `s3://${bucket}/${key}`;

/** A query string encoded the way SigV4 canonicalises it, so what is sent is what is signed. */
export function encodeQuery(params: readonly (readonly [string, string])[]): string {
  return params.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join('&');
}

export class S3Client {
  private readonly base: URL;

  constructor(private readonly config: S3Config) {
    const endpoint = config.endpoint || `https://s3.${config.region}.amazonaws.com`;
    try {
      this.base = new URL(endpoint);
    } catch {
      throw new ServiceError(`the S3 endpoint ${JSON.stringify(endpoint)} is not a URL. Give one like https://s3.example.com or http://127.0.0.1:9000.`);
    }
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') {
      throw new ServiceError(`the S3 endpoint ${JSON.stringify(endpoint)} is not an http(s) URL.`);
    }
  }

  get endpoint(): string {
    return this.base.origin + this.base.pathname.replace(/\/$/, '');
  }

  /** The URL of an object (or of the bucket when key is undefined), path-style or virtual-host. */
  url(bucket: string, key?: string, query = ''): URL {
    const u = new URL(this.base.href);
    const prefix = u.pathname.replace(/\/$/, '');
    // fetch's URL parser folds "." and ".." segments (even percent-encoded), so such a key would
    // silently address another object.
    if (key?.split('/').some((s) => s === '.' || s === '..')) throw new ServiceError(`the object key ${JSON.stringify(key)} has a "." or ".." segment, which cannot be addressed safely.`);
    const encodedKey = key === undefined ? '' : uriEncode(key, true);
    if (this.usePathStyle(bucket)) {
      u.pathname = `${prefix}/${uriEncode(bucket)}/${encodedKey}`;
    } else {
      u.hostname = `${bucket}.${u.hostname}`;
      u.pathname = `${prefix}/${encodedKey}`;
    }
    u.search = query;
    return u;
  }

  /** Virtual-host addressing needs a DNS name for the bucket; IP and localhost endpoints cannot. */
  private usePathStyle(bucket: string): boolean {
    if (this.config.pathStyle) return true;
    const host = this.base.hostname;
    if (host === 'localhost' || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) return true;
    // A dotted bucket breaks the TLS wildcard certificate of a virtual host.
    return this.base.protocol === 'https:' && bucket.includes('.');
  }

  async head(bucket: string, key: string): Promise<ObjectInfo> {
    const res = await this.send('HEAD', bucket, key, {}, { what: s3Uri(bucket, key) });
    await res.body?.cancel().catch(() => undefined);
    if (!res.ok) throw await this.failure(res, bucket, key);
    return infoFrom(key, res);
  }

  async get(bucket: string, key: string, opts: GetOptions = {}): Promise<GetResult> {
    const headers: Record<string, string> = {};
    if (opts.range) headers['range'] = `bytes=${opts.range.start}-${opts.range.end ?? ''}`;
    if (opts.ifMatch) headers['if-match'] = quoteEtag(opts.ifMatch);
    const res = await this.send('GET', bucket, key, headers, { what: s3Uri(bucket, key), ...(opts.signal ? { signal: opts.signal } : {}) });
    if (res.status !== 200 && res.status !== 206) throw await this.failure(res, bucket, key);
    if (!res.body) throw new ServiceError(`the S3 server sent no body for ${s3Uri(bucket, key)} (HTTP ${res.status}).`, res.status);
    let offset = 0;
    let size = Number(res.headers.get('content-length') ?? NaN);
    if (res.status === 206) {
      const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(res.headers.get('content-range') ?? '');
      if (!m) throw new ServiceError(`the S3 server answered a range request for ${s3Uri(bucket, key)} without a readable Content-Range.`, 206);
      offset = Number(m[1]);
      size = m[3] === '*' ? NaN : Number(m[3]);
    }
    const info = infoFrom(key, res);
    info.size = size;
    return { status: res.status, info, offset, body: res.body };
  }

  /** Every object under a prefix, following continuation tokens. */
  async *list(bucket: string, prefix: string): AsyncGenerator<ObjectInfo> {
    let token: string | undefined;
    do {
      const params: [string, string][] = [
        ['list-type', '2'],
        ['prefix', prefix],
        ['encoding-type', 'url'],
      ];
      if (token) params.push(['continuation-token', token]);
      const query = encodeQuery(params);
      const res = await this.send('GET', bucket, undefined, {}, { what: s3Uri(bucket, prefix), query });
      if (!res.ok) throw await this.failure(res, bucket, prefix, true);
      const xml = await res.text();
      const page = parseListPage(xml);
      for (const o of page.objects) yield o;
      token = page.truncated ? page.nextToken : undefined;
      if (page.truncated && !token) throw new ServiceError(`the S3 server truncated the listing of ${s3Uri(bucket, prefix)} without a continuation token.`);
    } while (token);
  }

  async put(bucket: string, key: string, body: Uint8Array | string, opts: PutOptions = {}): Promise<{ etag: string }> {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const headers: Record<string, string> = { 'content-length': String(bytes.length) };
    if (opts.contentType) headers['content-type'] = opts.contentType;
    if (opts.ifNoneMatch) headers['if-none-match'] = '*';
    const payloadHash = createHash('sha256').update(bytes).digest('hex');
    const res = await this.send('PUT', bucket, key, headers, { what: s3Uri(bucket, key), body: bytes, payloadHash });
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 412 && opts.ifNoneMatch) throw new ServiceError(`${s3Uri(bucket, key)} already exists (a conditional write lost the race).`, 412);
    if (!res.ok) throw await this.failure(res, bucket, key);
    return { etag: unquoteEtag(res.headers.get('etag') ?? '') };
  }

  private async send(
    method: string,
    bucket: string,
    key: string | undefined,
    headers: Record<string, string>,
    opts: { what: string; query?: string; body?: Uint8Array; payloadHash?: string; signal?: AbortSignal },
  ): Promise<Response> {
    const url = this.url(bucket, key, opts.query ?? '');
    const payloadHash =
      opts.payloadHash ?? (opts.body ? createHash('sha256').update(opts.body).digest('hex') : method === 'GET' || method === 'HEAD' ? UNSIGNED_PAYLOAD : EMPTY_SHA256);
    // Signed once: a signature stays valid for 15 minutes, longer than all retries take.
    const credentials = await resolveCredentials(this.config.credentials);
    const signed = credentials
      ? sign({ method, url, headers, payloadHash, credentials, region: this.config.region, date: (this.config.now ?? (() => new Date()))() }).headers
      : { ...headers };
    // A compressed transfer would make fetch decode the body, and the bytes on disk would not be
    // the object's. Not signed: fetch itself adds `identity` to a Range request's Accept-Encoding.
    if (!headers['range']) signed['accept-encoding'] = 'identity';
    const init: RequestInit = { method, headers: signed, redirect: 'manual' };
    if (opts.signal) init.signal = opts.signal;
    if (opts.body) init.body = opts.body as Uint8Array<ArrayBuffer>;
    try {
      return await fetchWithRetry(url, init, this.config.retry);
    } catch (e) {
      if (e instanceof HttpError && e.status === null) {
        throw new ServiceError(
          `cannot reach the S3 endpoint ${redact(this.endpoint)} for ${opts.what}: ${e.message.replace(/^.*failed after/, 'failed after')}. Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`,
        );
      }
      if (e instanceof HttpError) throw new ServiceError(`the S3 server kept failing for ${opts.what}: ${e.message}.`, e.status);
      if (opts.signal?.aborted) throw e;
      // fetch's own refusals (a blocked port, a bad address) and errors not worth a retry.
      if (e instanceof TypeError) {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        throw new ServiceError(
          `cannot reach the S3 endpoint ${redact(this.endpoint)} for ${opts.what}: ${cause?.code ?? ''}${cause?.code ? ' ' : ''}(${cause?.message ?? e.message}). Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`,
        );
      }
      throw e;
    }
  }

  private async failure(res: Response, bucket: string, key: string, listing = false): Promise<ServiceError> {
    const text = res.status === 304 || !res.body ? '' : await res.text().catch(() => '');
    const code = xmlText(text, 'Code') ?? '';
    const message = xmlText(text, 'Message') ?? '';
    const said = [code, message].filter(Boolean).join(': ');
    const detail = `HTTP ${res.status}${said ? ` ${said}` : ''}`;
    const target = s3Uri(bucket, key);
    if ((res.status === 401 || res.status === 403) && !this.config.credentials) {
      return new ServiceError(
        `access denied for ${target} to an unsigned request (${detail}): no AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (e.g. with aws-actions/configure-aws-credentials) or AWS_PROFILE, or run where the instance or pod has a role.`,
        res.status,
      );
    }
    if (res.status === 401 || res.status === 403) {
      return new ServiceError(
        `credentials rejected for ${target} (${detail}). ${rejectionHint(code, this.config.credentialSource)} They must be allowed to read this ${listing ? 'bucket (s3:ListBucket)' : 'object (s3:GetObject; a missing object also answers 403 without s3:ListBucket)'}.`,
        res.status,
      );
    }
    if (res.status === 404) {
      if (code === 'NoSuchBucket') return new ServiceError(`no bucket s3://${bucket} at ${redact(this.endpoint)} (${detail}). Check the bucket name, \`s3-endpoint\` and \`aws-region\`.`, 404);
      return new NotFoundError(`no object ${target} at ${redact(this.endpoint)} (${detail}). Check the key; a folder needs a trailing slash (s3://bucket/prefix/).`);
    }
    if (res.status === 301 || res.status === 307 || res.status === 400) {
      const region = res.headers.get('x-amz-bucket-region');
      if (region && region !== this.config.region) {
        return new ServiceError(`${target} is in region ${region}, not ${this.config.region} (${detail}). Set \`aws-region: ${region}\`.`, res.status);
      }
    }
    if (res.status === 412) return new ServiceError(`${target} changed while it was being read (${detail}). Run again.`, 412);
    return new ServiceError(`the S3 server refused ${target} (${detail}).`, res.status);
  }
}

function infoFrom(key: string, res: Response): ObjectInfo {
  return {
    key,
    size: Number(res.headers.get('content-length') ?? NaN),
    etag: unquoteEtag(res.headers.get('etag') ?? ''),
    lastModified: res.headers.get('last-modified') ?? '',
    contentType: res.headers.get('content-type') ?? '',
  };
}

export function unquoteEtag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

function quoteEtag(etag: string): string {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] as string),
  );
}

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? xmlUnescape(m[1] as string) : undefined;
}

export interface ListPage {
  objects: ObjectInfo[];
  truncated: boolean;
  nextToken?: string;
}

/**
 * A ListObjectsV2 result. With `encoding-type=url` keys come form-encoded (`+` for a space, as
 * botocore reads them); servers that ignore the request send no EncodingType and raw keys.
 */
export function parseListPage(xml: string): ListPage {
  const urlEncoded = xmlText(xml, 'EncodingType') === 'url';
  const objects: ObjectInfo[] = [];
  for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
    const block = m[1] as string;
    const rawKey = xmlText(block, 'Key') ?? '';
    objects.push({
      key: urlEncoded ? decodeURIComponent(rawKey.replace(/\+/g, ' ')) : rawKey,
      size: Number(xmlText(block, 'Size') ?? NaN),
      etag: unquoteEtag(xmlText(block, 'ETag') ?? ''),
      lastModified: xmlText(block, 'LastModified') ?? '',
      contentType: '',
    });
  }
  const page: ListPage = { objects, truncated: xmlText(xml, 'IsTruncated') === 'true' };
  const next = xmlText(xml, 'NextContinuationToken');
  if (next !== undefined) page.nextToken = next;
  return page;
}
