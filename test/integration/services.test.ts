// The S3 and MLflow servers that scripts/services.sh runs are real and usable: boto3 and the
// MLflow client talk to them, and what they store reads back over plain HTTP from Node.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { servicesEnv } from '../setup/env.js';

const env = servicesEnv();
const PY = join(import.meta.dirname, 'py');

/** Runs one of ./py/*.py with the services' venv python; returns the JSON of its last line. */
function python<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      env.mlflow.python,
      [join(PY, script), ...args],
      { env: { ...process.env, PYTHONUTF8: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${script} failed: ${error.message}\n${stderr}`));
        const last = stdout.trim().split('\n').at(-1) ?? '';
        try {
          resolve(JSON.parse(last) as T);
        } catch {
          reject(new Error(`${script} printed no JSON:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

const runId = `${Date.now()}-${randomBytes(4).toString('hex')}`;

describe('S3 (s3proxy)', () => {
  interface S3Smoke {
    listed: string[];
    pages: number;
    range: { status: number; contentRange: string; hex: string };
    head: { length: number; etag: string };
    multipart: { length: number; etag: string; acrossParts: string };
    ifNoneMatch: { first: string | null; again: string | null; kept: string };
    checksum: { sent: string; stored: string; wrong: string | null; wrongStored: string | null };
  }

  it('stores, lists, ranges, heads, assembles parts and creates only once', { timeout: 60_000 }, async () => {
    const prefix = `smoke/${runId}`;
    const r = await python<S3Smoke>('s3_smoke.py', [prefix]);

    expect(r.listed).toEqual(['a.onnx', 'b.json', 'c.txt', 'd.bin', 'e.bin'].map((n) => `${prefix}/model/${n}`));
    expect(r.pages).toBe(3);

    expect(r.range.status).toBe(206);
    expect(r.range.contentRange).toBe('bytes 10-19/1024');
    expect(r.range.hex).toBe(Buffer.from([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]).toString('hex'));

    expect(r.head.length).toBe(1024);
    expect(r.head.etag).toMatch(/^"[0-9a-f]{32}"$/);

    expect(r.multipart.length).toBe(5 * 1024 * 1024 + 4);
    expect(r.multipart.etag).toMatch(/^"[0-9a-f]{32}-2"$/);
    expect(r.multipart.acrossParts).toBe('ppta');

    // publish-model allocates versions with If-None-Match: * (create only if absent).
    expect(r.ifNoneMatch).toEqual({ first: null, again: 'PreconditionFailed', kept: 'first' });

    // The x-amz-checksum-* headers that current AWS SDKs send by default are checked and kept.
    expect(r.checksum.sent).toBe(r.checksum.stored);
    expect(r.checksum.stored).toMatch(/^[A-Za-z0-9+/]{6}==$/);
    expect(r.checksum.wrong).toBe('BadDigest');
    expect(r.checksum.wrongStored).toBe('404');
  });

  it('refuses requests that are not signed with the test key', async () => {
    const res = await fetch(`${env.s3.endpoint}/${env.s3.bucket}?list-type=2`);
    expect(res.status).toBe(403);
    const health = await fetch(`${env.s3.endpoint}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('MLflow tracking server', () => {
  const folder = mkdtempSync(join(tmpdir(), 'model-cd-smoke-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('registers a logged folder, moves the alias to it and serves its files', { timeout: 60_000 }, async () => {
    const weights = randomBytes(4096);
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'MLmodel'), `artifact_path: model\nrun: ${runId}\n`);
    writeFileSync(join(folder, 'data', 'weights.bin'), weights);

    const logged = await python<{ version: string; source: string; run_id: string }>('mlflow_register.py', [
      'smoke-model',
      folder,
      'champion',
    ]);
    expect(logged.source).toMatch(/^mlflow-artifacts:\//);

    const url = new URL('/api/2.0/mlflow/registered-models/alias', env.mlflow.trackingUri);
    url.searchParams.set('name', 'smoke-model');
    url.searchParams.set('alias', 'champion');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const { model_version: mv } = (await res.json()) as {
      model_version: { version: string; source: string; run_id: string; aliases: string[] };
    };
    expect(mv.version).toBe(logged.version);
    expect(mv.source).toBe(logged.source);
    expect(mv.run_id).toBe(logged.run_id);
    expect(mv.aliases).toContain('champion');

    // mlflow-artifacts:/<path> is served at /api/2.0/mlflow-artifacts/artifacts/<path>.
    const path = mv.source.replace(/^mlflow-artifacts:\/*/, '');
    const file = await fetch(new URL(`/api/2.0/mlflow-artifacts/artifacts/${path}/data/weights.bin`, env.mlflow.trackingUri));
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(weights)).toBe(true);
  });
});
