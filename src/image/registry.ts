// A client for the OCI distribution API (https://github.com/opencontainers/distribution-spec), as
// much as pushing an image needs: the auth challenge flow (anonymous, Basic, Bearer tokens from the
// realm the registry names), blob existence checks, cross-repository mounts, monolithic uploads
// streamed from disk, and manifests pushed last so a tag never points at an image with missing
// blobs. Transient failures are retried (fetchWithRetry); every refusal becomes one clear error.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ServiceError } from '../common/errors.js';
import { hashing } from '../common/hash-stream.js';
import { fetchWithRetry, HttpError } from '../common/http.js';

const MEDIA_INDEX = 'application/vnd.oci.image.index.v1+json';
const MEDIA_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

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
}

export class RegistryClient {
  private readonly base: string;
  private authorization: string | null = null;

  constructor(private readonly o: RegistryOptions) {
    this.base = `${o.insecure ? 'http' : 'https'}://${o.host}`;
  }

  /** A request with the current authorization; on a 401, answers the challenge once and retries. */
  private async send(method: string, path: string, init: { headers?: Record<string, string>; body?: () => BodyInit; scope: string }): Promise<Response> {
    const attempt = () =>
      retrying(
        path.startsWith('http') ? path : `${this.base}${path}`,
        {
          method,
          headers: { ...(init.headers ?? {}), ...(this.authorization ? { authorization: this.authorization } : {}) },
          ...(init.body ? { body: init.body(), duplex: 'half' } : {}),
        } as RequestInit,
        // A streamed body cannot be sent twice: uploads get one attempt here and are retried whole by the caller.
        { attempts: init.body ? 1 : 4, timeoutMs: 60_000 },
      );
    let res = await attempt();
    if (res.status === 401) {
      const challenge = res.headers.get('www-authenticate') ?? '';
      await res.body?.cancel().catch(() => undefined);
      await this.authenticate(challenge, init.scope);
      res = await attempt();
      if (res.status === 401) {
        await res.body?.cancel().catch(() => undefined);
        throw new ServiceError(`the registry ${this.o.host} refused the credentials for ${init.scope} (HTTP 401). ${this.o.credentials ? 'Check the username and password (or token).' : 'It needs credentials: log in first (docker/login-action) or give `username` and `password`.'}`, 401);
      }
    }
    if (res.status === 403) {
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
    url.searchParams.set('scope', params.scope ?? scope);
    const res = await fetchWithRetry(url, { headers: basic ? { authorization: basic } : {} }, { attempts: 4, timeoutMs: 30_000 });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new ServiceError(`the token service ${url.origin} refused a token for ${scope} (HTTP ${res.status}). Check the credentials.`, res.status);
    }
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new ServiceError(`the token service ${url.origin} answered without a token.`);
    this.authorization = `Bearer ${token}`;
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull,push` });
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw new ServiceError(`the registry ${this.o.host} answered HEAD of blob ${digest} in ${repo} with HTTP ${res.status}.`, res.status);
  }

  /** Mounts a blob from another repository of the same registry; false when the registry would rather have it uploaded. */
  async mountBlob(repo: string, digest: string, from: string): Promise<boolean> {
    const res = await this.send('POST', `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, { scope: `repository:${repo}:pull,push repository:${from}:pull` });
    await res.body?.cancel().catch(() => undefined);
    return res.status === 201;
  }

  /**
   * Uploads a blob, starting again from a new upload session when the registry answers 5xx or 429
   * or the connection breaks (a streamed body cannot be resent within one session).
   */
  async uploadBlob(repo: string, digest: string, file: string, attempts = 4): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.uploadOnce(repo, digest, file);
      } catch (e) {
        const status = e instanceof ServiceError ? e.status : null;
        const transient = status === null ? !(e instanceof ServiceError) || /broke|reset|terminated|fetch failed/i.test((e as Error).message) : status >= 500 || status === 429;
        if (!transient || attempt >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    }
  }

  /** One upload session: POST for a location, then the whole blob in one streamed PUT ?digest=. */
  private async uploadOnce(repo: string, digest: string, file: string): Promise<number> {
    const size = (await stat(file)).size;
    const start = await this.send('POST', `/v2/${repo}/blobs/uploads/`, { scope: `repository:${repo}:pull,push` });
    await start.body?.cancel().catch(() => undefined);
    const location = start.headers.get('location');
    if (start.status !== 202 || !location) throw new ServiceError(`the registry ${this.o.host} did not start an upload to ${repo} (HTTP ${start.status}).`, start.status);
    const url = new URL(location, this.base);
    url.searchParams.set('digest', digest);
    const res = await this.send('PUT', url.toString(), {
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body: () => Readable.toWeb(createReadStream(file)) as unknown as BodyInit,
      scope: `repository:${repo}:pull,push`,
    });
    const text = await res.text().catch(() => '');
    if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused blob ${digest} for ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
    return size;
  }

  /** A manifest or index by tag or digest, with its media type and the digest of its bytes. */
  async getManifest(repo: string, reference: string): Promise<{ mediaType: string; digest: string; bytes: Buffer }> {
    const accept = [MEDIA_INDEX, MEDIA_MANIFEST, 'application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.docker.distribution.manifest.v2+json'].join(', ');
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

/** fetchWithRetry, with its final failure (5xx, 429, a dropped connection) as one ServiceError naming the registry. */
async function retrying(url: string, init: RequestInit, opts: Parameters<typeof fetchWithRetry>[2]): Promise<Response> {
  try {
    return await fetchWithRetry(url, init, opts);
  } catch (e) {
    if (e instanceof HttpError) {
      throw new ServiceError(`the registry at ${new URL(url).host} kept failing (${e.message}). Run again; if it persists, check the registry.`, e.status);
    }
    throw e;
  }
}

/** `Bearer realm="…",service="…",scope="…"` as a map. */
export function parseChallenge(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) out[(m[1] as string).toLowerCase()] = m[2] as string;
  return out;
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
  const blob = (digest: string) => join(layout, 'blobs', ...digest.split(':'));
  const result: PushResult = { digest: top.digest, blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
  const manifests: { mediaType: string; digest: string }[] = [];
  if (top.mediaType.endsWith('index.v1+json') || top.mediaType.endsWith('manifest.list.v2+json')) {
    const index = JSON.parse(await readFile(blob(top.digest), 'utf8')) as { manifests: { mediaType: string; digest: string }[] };
    manifests.push(...index.manifests);
  } else manifests.push(top);
  const seen = new Set<string>();
  for (const m of manifests) {
    const manifest = JSON.parse(await readFile(blob(m.digest), 'utf8')) as { config: { digest: string }; layers: { digest: string }[] };
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (await client.hasBlob(repo, d)) {
        result.blobsSkipped++;
        continue;
      }
      // A base layer already in another repository of this registry is mounted, not sent again.
      if (mountFrom && mountFrom !== repo && (await client.mountBlob(repo, d, mountFrom))) {
        result.blobsMounted++;
        continue;
      }
      result.bytesUploaded += await client.uploadBlob(repo, d, blob(d));
      result.blobsUploaded++;
    }
  }
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
export async function pullToLayout(client: RegistryClient, repo: string, reference: string, layout: string): Promise<{ mediaType: string; digest: string; size: number }> {
  const blob = (digest: string) => join(layout, 'blobs', ...digest.split(':'));
  await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true });
  await writeFile(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
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
