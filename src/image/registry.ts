// A client for the OCI distribution API (https://github.com/opencontainers/distribution-spec), as
// much as pushing an image needs: the auth challenge flow (anonymous, Basic, Bearer tokens from the
// realm the registry names), blob existence checks, cross-repository mounts, uploads streamed from
// disk (one PUT for small blobs, resumable chunks for large ones), and manifests pushed last so a
// tag never points at an image with missing blobs. Transient failures are retried; every refusal
// becomes one clear error.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { ServiceError } from '../common/errors.js';
import { hashing } from '../common/hash-stream.js';
import { describeFetchError, fetchWithRetry, HttpError, sendingBody, type RetryOptions } from '../common/http.js';
import { blobPath, initLayout, MEDIA } from './oci.js';

const MiB = 1024 * 1024;

/**
 * Blobs up to this size go in one streamed PUT, larger ones in chunks of CHUNK_SIZE. Measured with
 * a 1 GB blob against the local registry (docs/build-push.md): one PUT was fastest; 64 MiB chunks
 * were 5-15% slower, 32 MiB ones 10-30% (each chunk is a request, and the registry reopens the
 * upload and saves its hash state), 128 MiB ones as fast as one PUT. 64 MiB keeps what a broken
 * connection costs small for little speed. A blob that fits in one chunk gains nothing from chunks.
 */
export const MONOLITHIC_MAX = 64 * MiB;
/** Bytes per PATCH: the most a broken connection costs, and what one request must carry in time. */
export const CHUNK_SIZE = 64 * MiB;
/** Blobs of one image uploaded at once (docker and skopeo send 3). */
const BLOB_CONCURRENCY = 3;
/** Failed requests in a row, with no byte gained between them, before an upload gives up. */
const UPLOAD_TRIES = 4;

export interface Credentials {
  username: string;
  password: string;
}

export interface RegistryOptions {
  /** host[:port] */
  host: string;
  /** http for a registry on loopback (tests, local mirrors); https everywhere else. */
  insecure?: boolean;
  credentials?: Credentials;
  /** Blobs up to this many bytes are uploaded in one PUT (default MONOLITHIC_MAX). */
  monolithicMax?: number;
  /** Bytes per chunk of a chunked upload (default CHUNK_SIZE). */
  chunkSize?: number;
  /** One line per retry or resume, for the step's log. */
  log?: (line: string) => void;
  /** The whole wait for one request (totalMs) and the retry log; uploads get more by their size. */
  retry?: RetryOptions;
}

/** Where an upload session stands: its current URL and how many bytes it holds. */
interface Session {
  location: string;
  offset: number;
}

/** The registry no longer knows the upload session (expired, cancelled, invalid): start a new one. */
class SessionGone extends Error {}

/** The registry holds a different number of bytes than we sent: ask it where the session stands. */
class SessionMoved extends Error {}

/** No answer came, after the retries (refused, reset, timed out): an upload may start a new session. */
class NoAnswer extends ServiceError {}

/** The registry does not take PATCH (405, 501): it gets whole blobs instead. */
class NoChunks extends Error {}

export type MountResult = { mounted: true } | { mounted: false; session: string | null };

export class RegistryClient {
  private readonly base: string;
  private authorization: string | null = null;
  private readonly monolithicMax: number;
  private readonly chunkSize: number;
  private chunks = true;

  constructor(private readonly o: RegistryOptions) {
    this.base = `${o.insecure ? 'http' : 'https'}://${o.host}`;
    this.monolithicMax = o.monolithicMax ?? MONOLITHIC_MAX;
    this.chunkSize = o.chunkSize ?? CHUNK_SIZE;
  }

  /**
   * A request with the current authorization; on a 401, answers the challenge once and retries.
   * A second 401, or a 403, is an error unless `refusal` asks for the response instead.
   */
  private async send(method: string, path: string, init: { headers?: Record<string, string>; body?: () => BodyInit; bytes?: number; attempts?: number; scope: string; refusal?: 'return' }): Promise<Response> {
    const attempt = () =>
      this.retrying(
        path.startsWith('http') ? path : `${this.base}${path}`,
        {
          method,
          headers: { ...(init.headers ?? {}), ...(this.authorization ? { authorization: this.authorization } : {}) },
          ...(init.body ? { body: init.body(), duplex: 'half' } : {}),
        } as RequestInit,
        // A streamed body cannot be sent twice: uploads get one attempt here and are retried by the caller.
        sendingBody({ timeoutMs: 60_000, ...this.o.retry, attempts: init.attempts ?? (init.body ? 1 : 4) }, init.bytes ?? 0),
      );
    let res = await attempt();
    if (res.status === 401) {
      const challenge = res.headers.get('www-authenticate') ?? '';
      await res.body?.cancel().catch(() => undefined);
      try {
        await this.authenticate(challenge, init.scope);
      } catch (e) {
        // A token service may refuse a scope outright rather than narrow it; the caller decides what that means.
        if (init.refusal === 'return' && e instanceof ServiceError && (e.status === 401 || e.status === 403)) return new Response(null, { status: e.status });
        throw e;
      }
      res = await attempt();
      if (res.status === 401 && init.refusal !== 'return') {
        await res.body?.cancel().catch(() => undefined);
        // A token with fewer rights than asked: the credentials are good, the account lacks access.
        if (/error="insufficient_scope"/.test(res.headers.get('www-authenticate') ?? '')) {
          const may = init.scope.includes('push') ? 'may push to' : 'may pull from';
          throw new ServiceError(`the registry ${this.o.host} does not grant ${init.scope} to these credentials (HTTP 401, insufficient_scope). Check that the account ${may} that repository.`, 401);
        }
        throw new ServiceError(`the registry ${this.o.host} refused the credentials for ${init.scope} (HTTP 401). ${this.o.credentials ? 'Check the username and password (or token).' : 'It needs credentials: log in first (docker/login-action) or give `username` and `password`.'}`, 401);
      }
    }
    if (res.status === 403 && init.refusal !== 'return') {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`the registry ${this.o.host} forbids ${init.scope} (HTTP 403). The credentials lack push access to that repository.`, 403);
    }
    return res;
  }

  /** Basic: the credentials themselves. Bearer: a token from the realm, for the scope asked. */
  private async authenticate(challenge: string, scope: string): Promise<void> {
    const [scheme, params] = [challenge.split(' ')[0]?.toLowerCase() ?? '', parseChallenge(challenge)];
    const basic = this.o.credentials ? `Basic ${Buffer.from(`${this.o.credentials.username}:${this.o.credentials.password}`).toString('base64')}` : null;
    if (scheme === 'basic') {
      if (!basic) throw new ServiceError(`the registry ${this.o.host} needs credentials (Basic auth) for ${scope}. Log in first (docker/login-action) or give \`username\` and \`password\`.`, 401);
      this.authorization = basic;
      return;
    }
    if (scheme !== 'bearer' || !params.realm) throw new ServiceError(`the registry ${this.o.host} asked for an authentication this client does not speak: ${JSON.stringify(challenge)}.`, 401);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    // One `scope` parameter per scope, as the token spec and docker send them.
    for (const s of splitScopes(params.scope ?? scope)) url.searchParams.append('scope', s);
    const res = await this.retrying(url.toString(), { headers: basic ? { authorization: basic } : {} }, { timeoutMs: 30_000, ...this.o.retry, attempts: 4 }, scope);
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const fix = basic ? 'Check the username and password (or token).' : 'It needs credentials: log in first (docker/login-action) or give `username` and `password`.';
      throw new ServiceError(`the registry ${this.o.host} (token service ${url.origin}) refused a token for ${scope} (HTTP ${res.status}). ${fix}`, res.status);
    }
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new ServiceError(`the registry ${this.o.host} (token service ${url.origin}) answered without a token.`);
    this.authorization = `Bearer ${token}`;
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, { scope: pushScope(repo) });
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw new ServiceError(`the registry ${this.o.host} answered HEAD of blob ${digest} in ${repo} with HTTP ${res.status}.`, res.status);
  }

  /**
   * Mounts a blob from another repository of the same registry. When the registry will not (the
   * blob is not there, the credentials cannot pull `from`, mounts are not supported) it may open
   * an upload session instead (202 and a Location), which `session` hands to uploadBlob; a
   * refusal (401, 403) is not an error here: the blob is then uploaded like any other.
   */
  async mountBlob(repo: string, digest: string, from: string): Promise<MountResult> {
    const res = await this.send('POST', `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, { scope: `${pushScope(repo)} repository:${from}:pull`, refusal: 'return' });
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 201) return { mounted: true };
    const location = res.headers.get('location');
    if (res.status === 202 && location) return { mounted: false, session: new URL(location, this.base).toString() };
    this.o.log?.(`${this.o.host}: no mount of ${digest} from ${from} (HTTP ${res.status}); uploading it`);
    return { mounted: false, session: null };
  }

  /**
   * Uploads a blob from disk: in one PUT up to `monolithicMax`, in chunks above. `session` is an
   * upload the registry already opened (a mount that became an upload).
   */
  async uploadBlob(repo: string, digest: string, file: string, session?: string | null): Promise<number> {
    const size = (await stat(file)).size;
    if (!this.chunks || uploadMode(size, this.monolithicMax) === 'monolithic') return this.uploadMonolithic(repo, digest, file, size, session ?? null);
    try {
      return await this.uploadChunked(repo, digest, file, size, session ?? null);
    } catch (e) {
      if (!(e instanceof NoChunks)) throw e;
      this.chunks = false;
      this.o.log?.(`${this.o.host}: ${e.message}; sending whole blobs instead`);
      return this.uploadMonolithic(repo, digest, file, size, null);
    }
  }

  /**
   * One POST (unless a session is given) and the whole blob in one streamed PUT ?digest=. A stream
   * cannot be resent, so a failure (5xx, 429, a broken connection) starts a new session, up to
   * UPLOAD_TRIES times.
   */
  private async uploadMonolithic(repo: string, digest: string, file: string, size: number, first: string | null): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        const location = attempt === 1 && first ? first : await this.startUpload(repo);
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const res = await this.send('PUT', url.toString(), {
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
          body: () => fileStream(file, 0, size),
          bytes: size,
          scope: pushScope(repo),
        });
        const text = await res.text().catch(() => '');
        if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused blob ${digest} for ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
        return size;
      } catch (e) {
        if (!uploadFailure(e)) throw e;
        if (attempt >= UPLOAD_TRIES) {
          const said = e instanceof ServiceError ? e.message : `the registry ${this.o.host} kept failing (${(e as Error).message}). Run again; if it persists, check the registry.`;
          throw new ServiceError(`${said} Blob ${digest} for ${repo}: ${UPLOAD_TRIES} upload sessions failed; nothing was tagged.`, e instanceof ServiceError ? e.status : null);
        }
        this.o.log?.(`${this.o.host}: upload of ${digest} failed (${(e as Error).message}); starting again in a new session`);
        await sleep(250 * 2 ** attempt);
      }
    }
  }

  /**
   * POST, then PATCH chunks with Content-Range, then PUT ?digest= to close. After a failure the
   * session is asked where it stands (GET → Range: 0-N) and the upload goes on from there; a
   * session the registry no longer knows is replaced by a new one. It gives up after UPLOAD_TRIES
   * failures in a row without a byte gained (beyond the furthest any session reached, so a registry
   * that keeps dropping sessions is not fed the same bytes forever), with one error; the caller
   * then writes no tag.
   */
  private async uploadChunked(repo: string, digest: string, file: string, size: number, first: string | null): Promise<number> {
    let session: Session | null = first ? { location: first, offset: 0 } : null;
    let ask = false;
    let failures = 0;
    let furthest = 0;
    let last: unknown = null;
    for (;;) {
      try {
        if (session && ask) {
          session = await this.uploadStatus(repo, session.location);
          if (session) this.o.log?.(`${this.o.host}: resuming the upload of ${digest} at byte ${session.offset} of ${size}`);
        }
        ask = false;
        if (!session) {
          // A close whose answer was lost may have stored the blob after all.
          if (failures > 0 && (await this.hasBlob(repo, digest))) return size;
          if (failures > 0) this.o.log?.(`${this.o.host}: the upload session of ${digest} is gone; starting a new one`);
          session = { location: await this.startUpload(repo), offset: 0 };
        }
        if (session.offset < size) {
          session = await this.patchChunk(repo, session, file, nextChunk(session.offset, size, this.chunkSize));
          if (session.offset > furthest) {
            furthest = session.offset;
            failures = 0;
          }
          continue;
        }
        await this.closeUpload(repo, session.location, digest);
        return size;
      } catch (e) {
        if (e instanceof NoChunks) throw e;
        if (e instanceof SessionGone) session = null;
        else if (!(e instanceof SessionMoved) && !uploadFailure(e)) throw e;
        last = e;
        failures++;
        if (failures >= UPLOAD_TRIES) throw this.gaveUp(repo, digest, furthest, size, last);
        ask = true;
        await sleep(250 * 2 ** failures);
      }
    }
  }

  private gaveUp(repo: string, digest: string, offset: number, size: number, last: unknown): ServiceError {
    const status = last instanceof ServiceError ? last.status : null;
    return new ServiceError(
      `the registry ${this.o.host} kept failing while receiving blob ${digest} for ${repo}: ${UPLOAD_TRIES} tries in a row got no further than byte ${offset} of ${size} (last: ${(last as Error).message}). ` +
        'Nothing was tagged. Run again (the upload resumes if the registry kept its session); if it persists, check the registry and any proxy in front of it (its request size and time limits).',
      status,
    );
  }

  /** POST /blobs/uploads/: a new session's URL. */
  private async startUpload(repo: string): Promise<string> {
    const res = await this.send('POST', `/v2/${repo}/blobs/uploads/`, { scope: pushScope(repo) });
    await res.body?.cancel().catch(() => undefined);
    const location = res.headers.get('location');
    if (res.status !== 202 || !location) throw new ServiceError(`the registry ${this.o.host} did not start an upload to ${repo} (HTTP ${res.status}).`, res.status);
    return new URL(location, this.base).toString();
  }

  /** One chunk [start, end) streamed from the file; the session as the registry answers it. */
  private async patchChunk(repo: string, session: Session, file: string, chunk: { start: number; end: number }): Promise<Session> {
    const length = chunk.end - chunk.start;
    const res = await this.send('PATCH', session.location, {
      headers: { 'content-type': 'application/octet-stream', 'content-range': contentRange(chunk.start, chunk.end), 'content-length': String(length) },
      body: () => fileStream(file, chunk.start, chunk.end),
      bytes: length,
      scope: pushScope(repo),
    });
    const text = await res.text().catch(() => '');
    if ((res.status === 405 || res.status === 501) && chunk.start === 0) throw new NoChunks(`the registry ${this.o.host} does not take chunked uploads (PATCH: HTTP ${res.status})`);
    if (res.status === 416) throw new SessionMoved(`the registry ${this.o.host} holds another length of the upload than ${chunk.start} bytes (HTTP 416)`);
    this.checkSession(res, text);
    if (res.status !== 202) throw new ServiceError(`the registry ${this.o.host} refused bytes ${chunk.start}-${chunk.end - 1} of an upload to ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
    const offset = parseUploadRange(res.headers.get('range')) ?? chunk.end;
    return { location: this.next(res, session.location), offset };
  }

  /** GET on the session: where it stands, or null when the registry no longer knows it. */
  private async uploadStatus(repo: string, location: string): Promise<Session | null> {
    const res = await this.send('GET', location, { scope: pushScope(repo) });
    const text = await res.text().catch(() => '');
    try {
      this.checkSession(res, text);
    } catch (e) {
      if (e instanceof SessionGone) return null;
      throw e;
    }
    const offset = parseUploadRange(res.headers.get('range'));
    if ((res.status !== 204 && res.status !== 200) || offset === null) throw new ServiceError(`the registry ${this.o.host} answered the status of an upload to ${repo} with HTTP ${res.status} and no Range.`, res.status);
    return { location: this.next(res, location), offset };
  }

  /** PUT ?digest= with no body: the registry checks the digest and stores the blob. */
  private async closeUpload(repo: string, location: string, digest: string): Promise<void> {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    // One attempt: a failed close is retried by uploadChunked, after asking the session.
    const res = await this.send('PUT', url.toString(), { headers: { 'content-length': '0' }, attempts: 1, scope: pushScope(repo) });
    const text = await res.text().catch(() => '');
    this.checkSession(res, text);
    if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused blob ${digest} for ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
  }

  /**
   * 404, or distribution's BLOB_UPLOAD_INVALID / BLOB_UPLOAD_UNKNOWN: the session is gone
   * (distribution cancels one whose stored length no longer matches its state, as after a
   * chunk that arrived only in part).
   */
  private checkSession(res: Response, text: string): void {
    if (res.status === 404 || (res.status === 400 && /BLOB_UPLOAD_(INVALID|UNKNOWN)/.test(text))) {
      throw new SessionGone(`the registry ${this.o.host} no longer knows the upload session (HTTP ${res.status}: ${text.slice(0, 200)})`);
    }
  }

  /** The session's next URL (the registry may change it with every answer). */
  private next(res: Response, current: string): string {
    const location = res.headers.get('location');
    return location ? new URL(location, this.base).toString() : current;
  }

  /**
   * fetchWithRetry, with its final failure (5xx, 429, no answer in time) and fetch's own (refused,
   * no such host, TLS) as one ServiceError naming the registry, the image and what to check.
   */
  private async retrying(url: string, init: RequestInit, opts: RetryOptions, scope?: string): Promise<Response> {
    try {
      return await fetchWithRetry(url, init, opts);
    } catch (e) {
      if (init.signal?.aborted) throw e;
      if (!(e instanceof HttpError) && !(e instanceof TypeError)) throw e;
      const repo = /\/v2\/(.+?)\/(?:blobs|manifests|tags)\//.exec(new URL(url).pathname)?.[1] ?? /repository:([^:]+):/.exec(scope ?? '')?.[1];
      const image = repo ? `the image ${this.o.host}/${repo}` : `the registry ${this.o.host}`;
      const host = new URL(url).host;
      const at = host === this.o.host ? `the registry ${host}` : `the token service ${host} of the registry ${this.o.host}`;
      if (e instanceof HttpError && e.status !== null) throw new ServiceError(`${at} kept failing for ${image} (${e.message}). Run again; if it persists, check the registry and any proxy in front of it.`, e.status);
      if (e instanceof HttpError) throw new NoAnswer(`cannot reach ${at} for ${image} (${e.message}). ${reachHint(e, this.o.insecure ?? false)}`);
      throw new ServiceError(`cannot reach ${at} for ${image}: ${describeFetchError(e)}. ${reachHint(e, this.o.insecure ?? false)}`);
    }
  }

  /** A manifest or index by tag or digest, with its media type and the digest of its bytes. */
  async getManifest(repo: string, reference: string): Promise<{ mediaType: string; digest: string; bytes: Buffer }> {
    const accept = [MEDIA.index, MEDIA.manifest, MEDIA.dockerList, MEDIA.dockerManifest].join(', ');
    const res = await this.send('GET', `/v2/${repo}/manifests/${reference}`, { headers: { accept }, scope: `repository:${repo}:pull` });
    if (res.status === 404) {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`the registry ${this.o.host} has no image ${repo}:${reference} (HTTP 404). Check the base image name and tag.`, 404);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`the registry ${this.o.host} answered ${repo}:${reference} with HTTP ${res.status}.`, res.status);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (reference.startsWith('sha256:') && digest !== reference) throw new ServiceError(`the registry ${this.o.host} sent ${repo}@${reference} with the digest ${digest}.`);
    return { mediaType: (res.headers.get('content-type') ?? '').split(';')[0] as string, digest, bytes };
  }

  /** A small blob (a config) in memory, checked against its digest. */
  async getBlob(repo: string, digest: string): Promise<Buffer> {
    const res = await this.send('GET', `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`the registry ${this.o.host} answered blob ${digest} of ${repo} with HTTP ${res.status}.`, res.status);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const got = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (got !== digest) throw new ServiceError(`the registry ${this.o.host} sent blob ${digest} of ${repo} with the digest ${got}.`);
    return bytes;
  }

  /** A blob streamed to `file` through sha256; a blob that does not match its digest is refused and removed. */
  async downloadBlob(repo: string, digest: string, file: string): Promise<void> {
    const res = await this.send('GET', `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
    if (!res.ok || !res.body) {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`the registry ${this.o.host} answered blob ${digest} of ${repo} with HTTP ${res.status}.`, res.status);
    }
    const hash = createHash('sha256');
    await pipeline(Readable.fromWeb(res.body as never), hashing(hash), createWriteStream(file));
    const got = `sha256:${hash.digest('hex')}`;
    if (got !== digest) {
      await rm(file, { force: true });
      throw new ServiceError(`the registry ${this.o.host} sent blob ${digest} of ${repo} with the digest ${got}; nothing was kept.`);
    }
  }

  async putManifest(repo: string, reference: string, mediaType: string, bytes: Buffer): Promise<string> {
    const res = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, { headers: { 'content-type': mediaType }, body: () => new Uint8Array(bytes), scope: `repository:${repo}:pull,push` });
    const text = await res.text().catch(() => '');
    if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused the manifest ${repo}:${reference} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
    return res.headers.get('docker-content-digest') ?? '';
  }
}

/** What to check when a request to a registry got no answer at all. */
function reachHint(e: Error, insecure: boolean): string {
  const code = (e as { cause?: { code?: string } }).cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'The host name does not resolve: check the registry part of the image reference (and the runner\'s DNS).';
  if (/WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|EPROTO/.test(code)) {
    return 'build-push uses plain HTTP only for localhost and 127.0.0.1: check the port in the image reference, or serve the registry over HTTPS.';
  }
  if (/CERT|SSL|TLS/.test(code)) return 'Check the registry\'s certificate.';
  return `Check the registry host and port in the image reference, and that the registry is up and reachable from this runner${insecure ? '' : ' over HTTPS'}.`;
}

/** `Bearer realm="…",service="…",scope="…"` as a map. */
export function parseChallenge(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) out[(m[1] as string).toLowerCase()] = m[2] as string;
  return out;
}

/** `repository:a:pull,push repository:b:pull` as its scopes. */
export function splitScopes(scope: string): string[] {
  return scope.split(/\s+/).filter(Boolean);
}

function pushScope(repo: string): string {
  return `repository:${repo}:pull,push`;
}

export function uploadMode(size: number, monolithicMax: number): 'monolithic' | 'chunked' {
  return size <= monolithicMax ? 'monolithic' : 'chunked';
}

/** The chunk [start, end) that continues an upload holding `offset` bytes of `size`. */
export function nextChunk(offset: number, size: number, chunkSize: number): { start: number; end: number } {
  return { start: offset, end: Math.min(size, offset + chunkSize) };
}

/** The Content-Range of a PATCH as the distribution spec writes it: `<start>-<end>`, end inclusive. */
export function contentRange(start: number, end: number): string {
  return `${start}-${end - 1}`;
}

/**
 * How many bytes an upload session holds, from its `Range: 0-<last>` header (`bytes=0-<last>` from
 * some registries); null when absent or unreadable. `0-0` is read as empty: distribution answers
 * it for an empty session, and a session of one byte would be refused with 416 at offset 0 and
 * asked again, so the reading never skips data.
 */
export function parseUploadRange(header: string | null): number | null {
  const m = /^\s*(?:bytes=)?0-(\d+)\s*$/.exec(header ?? '');
  if (!m) return null;
  const last = Number(m[1]);
  return last === 0 ? 0 : last + 1;
}

/** A failure worth another request: 5xx, 429, 408, or a connection that broke or never answered. */
function uploadFailure(e: unknown): boolean {
  if (e instanceof NoAnswer) return true;
  if (e instanceof ServiceError) return e.status === null ? /kept failing/.test(e.message) : e.status >= 500 || e.status === 429 || e.status === 408;
  // fetch's own errors (a socket closed mid-body, a stream that broke).
  return e instanceof TypeError || (e instanceof Error && /terminated|reset|socket|closed/i.test(e.message));
}

/** Bytes [start, end) of a file as a request body, read as they are sent. */
function fileStream(file: string, start: number, end: number): BodyInit {
  if (end <= start) return new Uint8Array(0);
  return Readable.toWeb(createReadStream(file, { start, end: end - 1, highWaterMark: MiB })) as unknown as BodyInit;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface PushResult {
  /** The digest the tag points at (the index's, or the manifest's). */
  digest: string;
  blobsUploaded: number;
  bytesUploaded: number;
  blobsSkipped: number;
  blobsMounted: number;
}

/**
 * Pushes the image `top` of an OCI layout to repo:tag: every blob the registry lacks (config and
 * layers; an unchanged model layer is not sent again), then the platform manifests by digest, and
 * the tag last, so a failure half way never leaves the tag on an incomplete image.
 */
export async function pushImage(client: RegistryClient, layout: string, top: { mediaType: string; digest: string }, repo: string, tag: string, mountFrom?: string): Promise<PushResult> {
  const blob = (digest: string) => blobPath(layout, digest);
  const result: PushResult = { digest: top.digest, blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
  const manifests: { mediaType: string; digest: string }[] = [];
  if (top.mediaType.endsWith('index.v1+json') || top.mediaType.endsWith('manifest.list.v2+json')) {
    const index = JSON.parse(await readFile(blob(top.digest), 'utf8')) as { manifests: { mediaType: string; digest: string }[] };
    manifests.push(...index.manifests);
  } else manifests.push(top);
  const blobs = new Set<string>();
  for (const m of manifests) {
    const manifest = JSON.parse(await readFile(blob(m.digest), 'utf8')) as { config: { digest: string }; layers: { digest: string }[] };
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) blobs.add(d);
  }
  const sendBlob = async (d: string) => {
    if (await client.hasBlob(repo, d)) {
      result.blobsSkipped++;
      return;
    }
    // A base layer already in another repository of this registry is mounted, not sent again.
    // A mount the registry turned into an upload session: that session takes the blob.
    let session: string | null = null;
    if (mountFrom && mountFrom !== repo) {
      const mount = await client.mountBlob(repo, d, mountFrom);
      if (mount.mounted) {
        result.blobsMounted++;
        return;
      }
      session = mount.session;
    }
    // Awaited first: `+= await` would add to the total read before another blob's upload ended.
    const sent = await client.uploadBlob(repo, d, blob(d), session);
    result.bytesUploaded += sent;
    result.blobsUploaded++;
  };
  // A few blobs at once, as docker and skopeo send them: a base's small layers and the config go
  // while the model layer streams. The first failure ends the push (and no tag is written).
  const queue = [...blobs];
  const workers = Array.from({ length: Math.min(BLOB_CONCURRENCY, queue.length) }, async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      try {
        await sendBlob(d);
      } catch (e) {
        // No new blob is started after a failure; those already under way finish or fail on their own.
        queue.length = 0;
        throw e;
      }
    }
  });
  const failed = (await Promise.allSettled(workers)).find((w) => w.status === 'rejected');
  if (failed) throw failed.reason;
  if (manifests[0] !== top) {
    for (const m of manifests) await client.putManifest(repo, m.digest, m.mediaType, await readFile(blob(m.digest)));
  }
  await client.putManifest(repo, tag, top.mediaType, await readFile(blob(top.digest)));
  return result;
}

/**
 * Copies repo:reference (a manifest, or an index and its platform manifests) with every blob into
 * an OCI layout, verified by digest, and returns the top descriptor. Blobs already in the layout
 * are not fetched again.
 */
/**
 * The layer of repo:reference whose uncompressed digest is `diffId` (its descriptor), or null when
 * the image, or such a layer in it, is not there. For an index, its first platform's image: the
 * model layer is the same in every platform.
 */
export async function findLayer(client: RegistryClient, repo: string, reference: string, diffId: string): Promise<{ mediaType: string; digest: string; size: number } | null> {
  let top;
  try {
    top = await client.getManifest(repo, reference);
  } catch (e) {
    if (e instanceof ServiceError && e.status === 404) return null;
    throw e;
  }
  let manifest = JSON.parse(top.bytes.toString('utf8')) as { manifests?: { digest: string }[]; config?: { digest: string }; layers?: { mediaType: string; digest: string; size: number }[] };
  if (manifest.manifests) {
    const first = manifest.manifests[0];
    if (!first) return null;
    manifest = JSON.parse((await client.getManifest(repo, first.digest)).bytes.toString('utf8')) as typeof manifest;
  }
  if (!manifest.config || !manifest.layers) return null;
  const config = JSON.parse((await client.getBlob(repo, manifest.config.digest)).toString('utf8')) as { rootfs?: { diff_ids?: string[] } };
  const i = config.rootfs?.diff_ids?.lastIndexOf(diffId) ?? -1;
  const layer = i >= 0 ? manifest.layers[i] : undefined;
  return layer ? { mediaType: layer.mediaType, digest: layer.digest, size: layer.size } : null;
}

export async function pullToLayout(client: RegistryClient, repo: string, reference: string, layout: string): Promise<{ mediaType: string; digest: string; size: number }> {
  const blob = (digest: string) => blobPath(layout, digest);
  await initLayout(layout);
  const saveManifest = async (ref: string) => {
    const m = await client.getManifest(repo, ref);
    await writeFile(blob(m.digest), m.bytes);
    return m;
  };
  const top = await saveManifest(reference);
  const parsed = JSON.parse(top.bytes.toString('utf8')) as { manifests?: { digest: string; platform?: { os?: string } }[] };
  const manifests = parsed.manifests ? await Promise.all(parsed.manifests.filter((m) => m.platform?.os !== 'unknown').map((m) => saveManifest(m.digest))) : [top];
  for (const m of manifests) {
    const manifest = JSON.parse(m.bytes.toString('utf8')) as { config: { digest: string }; layers: { digest: string }[] };
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) {
      if (!existsSync(blob(d))) await client.downloadBlob(repo, d, blob(d));
    }
  }
  return { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
}
