// The S3 writes the model registry needs and pull-model does not: conditional PUTs (create-only
// with `If-None-Match: *`, compare-and-swap with `If-Match`), DELETE, and multipart upload for
// large files. Kept apart from client.ts (the read side), sharing its URL building and SigV4.
// Every request body is a buffer of at most one part, so a retry can resend it and a file of any
// size is uploaded with bounded memory.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { ServiceError } from '../../common/errors.js';
import { HttpError, fetchWithRetry, redact, sendingBody } from '../../common/http.js';
import { S3Client, encodeQuery, s3Uri, unquoteEtag, xmlUnescape, type S3Config } from './client.js';
import { rejectionHint, resolveCredentials } from './credentials.js';
import { EMPTY_SHA256, sign } from './sigv4.js';

export interface WriteOptions {
  contentType?: string;
  /** Create only: a 412 (the key exists) becomes a PreconditionFailed. */
  ifNoneMatch?: boolean;
  /** Replace only this version of the object (its ETag): a 412 becomes a PreconditionFailed. */
  ifMatch?: string;
}

/** A conditional write lost: the key exists (If-None-Match) or changed (If-Match). */
export class PreconditionFailed extends ServiceError {
  constructor(what: string) {
    super(`${what} changed or already exists (a conditional write lost a race).`, 412);
  }
}

export interface UploadOptions {
  /** Files larger than this go up in parts. */
  multipartThreshold: number;
  /** Part size (S3 wants at least 5 MiB for all parts but the last). */
  partSize: number;
  /** Runs each request; bounds how many parts are in memory at once. */
  run: <T>(fn: () => Promise<T>) => Promise<T>;
  onBytes?: (n: number) => void;
  /** The file's sha256 when it was hashed before: bytes read now must match, or the upload fails. */
  expectedSha256?: string;
}

export class S3Writer {
  readonly reader: S3Client;

  constructor(private readonly config: S3Config) {
    this.reader = new S3Client(config);
  }

  async put(bucket: string, key: string, body: Buffer, opts: WriteOptions = {}): Promise<{ etag: string }> {
    const headers: Record<string, string> = {};
    if (opts.contentType) headers['content-type'] = opts.contentType;
    if (opts.ifNoneMatch) headers['if-none-match'] = '*';
    if (opts.ifMatch) headers['if-match'] = opts.ifMatch.startsWith('"') ? opts.ifMatch : `"${opts.ifMatch}"`;
    const res = await this.send('PUT', bucket, key, '', headers, body);
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 412 && (opts.ifNoneMatch || opts.ifMatch)) throw new PreconditionFailed(s3Uri(bucket, key));
    // Some servers answer a lost If-None-Match race with 409 ConditionalRequestConflict.
    if (res.status === 409 && opts.ifNoneMatch) throw new PreconditionFailed(s3Uri(bucket, key));
    if (!res.ok) throw await this.failure(res, bucket, key, 'write');
    return { etag: unquoteEtag(res.headers.get('etag') ?? '') };
  }

  /** The object's text and ETag, or null when there is none. */
  async getText(bucket: string, key: string): Promise<{ text: string; etag: string } | null> {
    try {
      const r = await this.reader.get(bucket, key);
      const text = await new Response(r.body).text();
      return { text, etag: r.info.etag };
    } catch (e) {
      if (e instanceof ServiceError && e.status === 404) return null;
      throw e;
    }
  }

  async exists(bucket: string, key: string): Promise<boolean> {
    try {
      await this.reader.head(bucket, key);
      return true;
    } catch (e) {
      if (e instanceof ServiceError && e.status === 404) return false;
      throw e;
    }
  }

  async delete(bucket: string, key: string): Promise<void> {
    const res = await this.send('DELETE', bucket, key, '', {});
    await res.body?.cancel().catch(() => undefined);
    if (!res.ok && res.status !== 404) throw await this.failure(res, bucket, key, 'delete');
  }

  /** Uploads a local file, in one PUT or in parts; returns the object's ETag. */
  async uploadFile(bucket: string, key: string, path: string, size: number, o: UploadOptions): Promise<string> {
    const fh = await open(path, 'r');
    try {
      const read = async (start: number, length: number): Promise<Buffer> => {
        const buf = Buffer.allocUnsafe(length);
        let got = 0;
        while (got < length) {
          const { bytesRead } = await fh.read(buf, got, length - got, start + got);
          if (bytesRead === 0) throw new ServiceError(`${path} became shorter while it was being published; nothing was registered. Publish again once the file is final.`);
          got += bytesRead;
        }
        return buf;
      };
      // Reads run one after another in file order, so one running hash covers every byte sent.
      const hash = createHash('sha256');
      let reads: Promise<unknown> = Promise.resolve();
      const readInOrder = (start: number, length: number): Promise<Buffer> => {
        const next = reads.then(() => read(start, length)).then((buf) => (hash.update(buf), buf));
        reads = next.catch(() => undefined);
        return next;
      };
      const checkHash = () => {
        const got = hash.digest('hex');
        if (o.expectedSha256 && got !== o.expectedSha256) throw new ServiceError(`${path} changed while it was being published (sha256 ${got}, was ${o.expectedSha256}); nothing was registered. Publish again once the file is final.`);
      };
      if (size <= o.multipartThreshold) {
        return await o.run(async () => {
          const body = await readInOrder(0, size);
          checkHash();
          const { etag } = await this.put(bucket, key, body, { contentType: 'application/octet-stream' });
          o.onBytes?.(size);
          return etag;
        });
      }
      const uploadId = await this.createMultipart(bucket, key);
      try {
        const parts: Promise<{ n: number; etag: string }>[] = [];
        for (let n = 1, start = 0; start < size; n++, start += o.partSize) {
          const length = Math.min(o.partSize, size - start);
          const partNumber = n;
          parts.push(
            o.run(async () => {
              const etag = await this.uploadPart(bucket, key, uploadId, partNumber, await readInOrder(start, length));
              o.onBytes?.(length);
              return { n: partNumber, etag };
            }),
          );
        }
        const settled = await Promise.allSettled(parts);
        const failed = settled.find((s) => s.status === 'rejected');
        if (failed) throw (failed as PromiseRejectedResult).reason;
        checkHash();
        return await this.completeMultipart(bucket, key, uploadId, settled.map((s) => (s as PromiseFulfilledResult<{ n: number; etag: string }>).value));
      } catch (e) {
        await this.abortMultipart(bucket, key, uploadId).catch(() => undefined);
        throw e;
      }
    } finally {
      await fh.close();
    }
  }

  async createMultipart(bucket: string, key: string): Promise<string> {
    const res = await this.send('POST', bucket, key, 'uploads=', { 'content-type': 'application/octet-stream' });
    if (!res.ok) throw await this.failure(res, bucket, key, 'write');
    const id = xmlText(await res.text(), 'UploadId');
    if (!id) throw new ServiceError(`the S3 server started a multipart upload of ${s3Uri(bucket, key)} without an UploadId.`, res.status);
    return id;
  }

  async uploadPart(bucket: string, key: string, uploadId: string, partNumber: number, body: Buffer): Promise<string> {
    const query = encodeQuery([
      ['partNumber', String(partNumber)],
      ['uploadId', uploadId],
    ]);
    const res = await this.send('PUT', bucket, key, query, {}, body);
    await res.body?.cancel().catch(() => undefined);
    if (!res.ok) throw await this.failure(res, bucket, key, 'write');
    const etag = res.headers.get('etag');
    if (!etag) throw new ServiceError(`the S3 server accepted part ${partNumber} of ${s3Uri(bucket, key)} without an ETag.`, res.status);
    return etag;
  }

  async completeMultipart(bucket: string, key: string, uploadId: string, parts: { n: number; etag: string }[]): Promise<string> {
    const xml =
      '<CompleteMultipartUpload>' +
      [...parts]
        .sort((a, b) => a.n - b.n)
        .map((p) => `<Part><PartNumber>${p.n}</PartNumber><ETag>${p.etag.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</ETag></Part>`)
        .join('') +
      '</CompleteMultipartUpload>';
    const res = await this.send('POST', bucket, key, encodeQuery([['uploadId', uploadId]]), { 'content-type': 'application/xml' }, Buffer.from(xml));
    if (!res.ok) throw await this.failure(res, bucket, key, 'write');
    // S3 can answer 200 and put the error in the body.
    const text = await res.text();
    if (/<Error>/.test(text)) throw new ServiceError(`the S3 server could not complete the upload of ${s3Uri(bucket, key)} (${xmlText(text, 'Code') ?? ''}: ${xmlText(text, 'Message') ?? ''}).`, res.status);
    return unquoteEtag(xmlText(text, 'ETag') ?? '');
  }

  async abortMultipart(bucket: string, key: string, uploadId: string): Promise<void> {
    const res = await this.send('DELETE', bucket, key, encodeQuery([['uploadId', uploadId]]), {});
    await res.body?.cancel().catch(() => undefined);
  }

  private async send(method: string, bucket: string, key: string, query: string, headers: Record<string, string>, body?: Buffer): Promise<Response> {
    const url = this.reader.url(bucket, key, query);
    const all: Record<string, string> = { ...headers };
    if (body) all['content-length'] = String(body.length);
    const payloadHash = body ? createHash('sha256').update(body).digest('hex') : EMPTY_SHA256;
    const credentials = await resolveCredentials(this.config.credentials);
    const signed = credentials
      ? sign({ method, url, headers: all, payloadHash, credentials, region: this.config.region, date: (this.config.now ?? (() => new Date()))() }).headers
      : all;
    const init: RequestInit = { method, headers: signed, redirect: 'manual' };
    if (body) init.body = body as Uint8Array<ArrayBuffer>;
    try {
      return await fetchWithRetry(url, init, sendingBody(this.config.retry ?? {}, body?.length ?? 0));
    } catch (e) {
      const endpoint = redact(this.reader.endpoint);
      if (e instanceof HttpError && e.status !== null) throw new ServiceError(`the S3 server kept failing for ${s3Uri(bucket, key)}: ${e.message}.`, e.status);
      if (e instanceof HttpError || e instanceof TypeError) {
        throw new ServiceError(`cannot reach the S3 endpoint ${endpoint} for ${s3Uri(bucket, key)}: ${e.message}. Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`);
      }
      throw e;
    }
  }

  private async failure(res: Response, bucket: string, key: string, op: 'write' | 'delete'): Promise<ServiceError> {
    const text = await res.text().catch(() => '');
    const said = [xmlText(text, 'Code'), xmlText(text, 'Message')].filter(Boolean).join(': ');
    const detail = `HTTP ${res.status}${said ? ` ${said}` : ''}`;
    const target = s3Uri(bucket, key);
    if (res.status === 401 || res.status === 403) {
      return new ServiceError(
        this.config.credentials
          ? `credentials rejected for ${target} (${detail}). ${rejectionHint(xmlText(text, 'Code') ?? '', this.config.credentialSource)} They must be allowed to ${op === 'write' ? 'write (s3:PutObject)' : 'delete (s3:DeleteObject)'} under the registry root.`
          : `access denied for ${target} to an unsigned request (${detail}): publishing needs credentials. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, e.g. with aws-actions/configure-aws-credentials.`,
        res.status,
      );
    }
    if (res.status === 404 && xmlText(text, 'Code') === 'NoSuchBucket') return new ServiceError(`no bucket s3://${bucket} at ${redact(this.reader.endpoint)} (${detail}). Check \`registry\`, \`s3-endpoint\` and \`aws-region\`.`, 404);
    return new ServiceError(`the S3 server refused to ${op} ${target} (${detail}).`, res.status);
  }
}

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? xmlUnescape(m[1] as string) : undefined;
}
