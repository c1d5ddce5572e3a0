// publish-model against the real S3-compatible server that test/setup/services.ts starts, run as
// the runner runs it (the bundle, through test/harness.ts). pull-model's bundle reads back what it
// wrote. Faults come from the loopback proxy in front of that server.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestSha256 } from '../../src/registry/manifest.js';
import { S3Client } from '../../src/registry/s3/client.js';
import { S3Writer } from '../../src/registry/s3/write.js';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { s3Test } from '../setup/env.js';
import { FaultProxy } from './fault-proxy.js';

const { bucket: BUCKET, endpoint, aws } = s3Test();
const prefix = `publish-model/${Date.now()}-${randomBytes(3).toString('hex')}`;
const registry = `s3://${BUCKET}/${prefix}`;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const folder: Record<string, Buffer> = {
  MLmodel: Buffer.from('flavors:\n  onnx: {}\n'),
  'model.onnx': randomBytes(300_000),
  'sub/weights.bin': randomBytes(1_200_000),
  'a b+c.txt': Buffer.from('a key with a space and a plus'),
};

let workspace: string;
let modelDir: string;
let s3: S3Client;
let proxy: FaultProxy;
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

function publish(inputs: Record<string, string>, env: Record<string, string> = aws, s3Endpoint = endpoint): Promise<StepResult> {
  return runStep('publish-model', { workspace, inputs: { registry, 's3-endpoint': s3Endpoint, 's3-path-style': 'true', ...inputs }, env, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

async function keys(under: string): Promise<string[]> {
  const out: string[] = [];
  for await (const o of s3.list(BUCKET, under)) out.push(o.key.slice(under.length));
  return out.sort();
}

async function getJson(key: string): Promise<Record<string, unknown>> {
  const r = await s3.get(BUCKET, key);
  return JSON.parse(await new Response(r.body).text()) as Record<string, unknown>;
}

function writeTree(dir: string, files: Record<string, Buffer>): void {
  for (const [k, v] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, k)), { recursive: true });
    writeFileSync(join(dir, k), v);
  }
}

beforeAll(async () => {
  if (!endpoint) throw new Error('MODEL_CD_S3_ENDPOINT is not set: these tests need the S3 server that test/setup/services.ts starts (run them through scripts/test.sh).');
  for (const a of ['publish-model', 'pull-model']) if (!existsSync(join(ROOT, 'dist', a, 'index.js'))) throw new Error(`dist/${a} is missing: run \`npm run build\` first.`);
  workspace = mkdtempSync(join(tmpdir(), 'publish-model-'));
  modelDir = join(workspace, 'model');
  writeTree(modelDir, folder);
  s3 = new S3Client({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
  proxy = await FaultProxy.start(endpoint);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
});

describe('publish-model to the S3 registry (bundle, as the runner runs it)', () => {
  it('registers a folder as version 1, then 2, with a manifest that pull-model agrees with', async () => {
    writeFileSync(join(workspace, 'metrics.json'), JSON.stringify({ accuracy: 0.93, f1: 0.91 }));
    const env = { ...aws, GITHUB_SHA: 'a'.repeat(40), GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/models', GITHUB_RUN_ID: '42' };
    const digest = `sha256:${'b'.repeat(64)}`;
    const first = await publish({ name: 'fraud', path: 'model', 'metrics-file': 'metrics.json', tags: 'dataset=2026-11\nowner=ml-team', 'image-digest': digest }, env);
    expect(errors(first), first.stdout + first.stderr).toEqual([]);
    expect(first.exitCode).toBe(0);
    const expectedSha = manifestSha256(Object.entries(folder).map(([path, b]) => ({ path, size: b.length, sha256: sha(b) })));
    expect(first.outputs).toEqual({ version: '1', uri: `${registry}/fraud/versions/1/files/`, 'previous-version': '', sha256: expectedSha });
    expect(first.summary).toMatch(/^### ✅ publish-model: registered `fraud` version 1/);
    expect(first.summary).toContain('4 files');

    expect(await keys(`${prefix}/fraud/versions/1/`)).toEqual(['claim.json', 'files/MLmodel', 'files/a b+c.txt', 'files/model.onnx', 'files/sub/weights.bin', 'manifest.json']);
    const manifest = await getJson(`${prefix}/fraud/versions/1/manifest.json`);
    expect(manifest).toMatchObject({
      name: 'fraud',
      version: 1,
      sha256: expectedSha,
      size: Object.values(folder).reduce((s, b) => s + b.length, 0),
      metrics: { accuracy: 0.93, f1: 0.91 },
      tags: { 'git.commit': 'a'.repeat(40), 'github.run-url': 'https://github.com/acme/models/actions/runs/42', dataset: '2026-11', owner: 'ml-team', 'image.digest': digest },
    });
    expect(manifest.files).toContainEqual({ path: 'sub/weights.bin', size: folder['sub/weights.bin']?.length, sha256: sha(folder['sub/weights.bin'] as Buffer) });

    const second = await publish({ name: 'fraud', path: 'model' });
    expect(second.outputs.version).toBe('2');

    // pull-model, given the `uri` output, reports the same sha256 and accepts it as expected-sha256.
    const pulled = await runStep('pull-model', {
      workspace,
      inputs: { 'model-uri': second.outputs.uri as string, path: join(workspace, 'pulled'), 'cache-dir': join(workspace, 'cache'), 's3-endpoint': endpoint, 's3-path-style': 'true', 'expected-sha256': expectedSha },
      env: aws,
      ...(node ? { node } : {}),
    });
    expect(errors(pulled), pulled.stdout).toEqual([]);
    expect(pulled.outputs.sha256).toBe(second.outputs.sha256);
    expect(readFileSync(join(workspace, 'pulled', 'sub', 'weights.bin')).equals(folder['sub/weights.bin'] as Buffer)).toBe(true);
  });

  it('promotes an alias to 1, then to 2 with the previous version recorded, and a repeat is a no-op', async () => {
    const one = await publish({ name: 'fraud', version: '1', alias: 'champion' });
    expect(errors(one)).toEqual([]);
    expect(one.outputs).toMatchObject({ version: '1', 'previous-version': '', uri: `${registry}/fraud/versions/1/files/` });
    expect(one.summary).toMatch(/^### ✅ publish-model: promoted `fraud` version 1 to `champion`/);
    expect(one.summary).toContain('(new alias) → version 1');

    const two = await publish({ name: 'fraud', version: '2', alias: 'champion' });
    expect(two.outputs).toMatchObject({ version: '2', 'previous-version': '1' });
    expect(two.summary).toContain('version 1 → version 2');
    expect(await getJson(`${prefix}/fraud/aliases/champion`)).toMatchObject({ version: 2, previous: 1 });

    const again = await publish({ name: 'fraud', version: '2', alias: 'champion' });
    expect(again.outputs).toMatchObject({ version: '2', 'previous-version': '2' });
    expect(again.summary).toContain('already at version 2');

    // A rollback is a promotion of the recorded previous version, guarded against a move in between.
    const stale = await publish({ name: 'fraud', version: '1', alias: 'champion', 'expected-previous-version': '3' });
    expect(errors(stale)).toEqual(["alias champion of fraud points to version 2, but `expected-previous-version` expects it to point to version 3: it was moved since that was read. Nothing was changed; read the registry again and decide."]);
    expect(await getJson(`${prefix}/fraud/aliases/champion`)).toMatchObject({ version: 2, previous: 1 });
    const back = await publish({ name: 'fraud', version: '1', alias: 'champion', 'expected-previous-version': '2' });
    expect(errors(back), back.stdout).toEqual([]);
    expect(back.outputs['previous-version']).toBe('2');
  });

  it('registers and moves an alias in one step, with a description pull-model returns', async () => {
    const r = await publish({ name: 'fraud', path: 'model/model.onnx', alias: 'staging', description: 'smaller trees', 'expected-previous-version': 'none' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '3', 'previous-version': '' });
    // A single file is a folder of one file: the sha256 is its folder manifest's.
    expect(r.outputs.sha256).toBe(manifestSha256([{ path: 'model.onnx', size: 0, sha256: sha(folder['model.onnx'] as Buffer) }]));
    expect(await getJson(`${prefix}/fraud/aliases/staging`)).toMatchObject({ version: 3, previous: null });
    expect(await getJson(`${prefix}/fraud/versions/3/manifest.json`)).toMatchObject({ description: 'smaller trees' });
    const pulled = await runStep('pull-model', {
      workspace,
      inputs: { 'model-uri': `${registry}#fraud@staging`, path: join(workspace, 'pulled-staging'), 'cache-dir': join(workspace, 'cache'), 's3-endpoint': endpoint, 's3-path-style': 'true' },
      env: aws,
      ...(node ? { node } : {}),
    });
    expect(errors(pulled), pulled.stdout).toEqual([]);
    expect(JSON.parse(pulled.outputs.metadata ?? '')).toMatchObject({ description: 'smaller trees' });
    // The alias exists now: the same guard refuses.
    const again = await publish({ name: 'fraud', version: '3', alias: 'staging', 'expected-previous-version': 'none' });
    expect(errors(again)[0]).toMatch(/expects it not to exist yet/);
  });

  it('gives 8 concurrent publishers of one name 8 distinct versions with no gaps', async () => {
    const runs = await Promise.all(Array.from({ length: 8 }, () => publish({ name: 'race', path: 'model/MLmodel' })));
    for (const r of runs) expect(errors(r), r.stdout).toEqual([]);
    const versions = runs.map((r) => Number(r.outputs.version)).sort((a, b) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const manifests = (await keys(`${prefix}/race/versions/`)).filter((k) => k.endsWith('/manifest.json'));
    expect(manifests).toHaveLength(8);
  }, 60_000);

  it('uploads a file over 64 MiB in parts, and pull-model gets it back identical', async () => {
    const big = randomBytes(70 * 1024 * 1024 + 17);
    const dir = join(workspace, 'big');
    writeTree(dir, { 'model.bin': big });
    const r = await publish({ name: 'big', path: 'big' });
    expect(errors(r), r.stdout).toEqual([]);
    const info = await s3.head(BUCKET, `${prefix}/big/versions/1/files/model.bin`);
    expect(info.size).toBe(big.length);
    // A multipart object's ETag is `<md5 of part md5s>-<parts>`.
    expect(info.etag).toMatch(/-5$/);
    const pulled = await runStep('pull-model', {
      workspace,
      inputs: { 'model-uri': r.outputs.uri as string, path: join(workspace, 'big-pulled'), 'cache-dir': join(workspace, 'cache'), 's3-endpoint': endpoint, 's3-path-style': 'true', 'expected-sha256': r.outputs.sha256 as string },
      env: aws,
      ...(node ? { node } : {}),
    });
    expect(errors(pulled), pulled.stdout).toEqual([]);
    expect(sha(readFileSync(join(workspace, 'big-pulled', 'model.bin')))).toBe(sha(big));
  }, 120_000);
});

describe('publish-model failures', () => {
  it('wrong credentials: one clear error, nothing written', async () => {
    const r = await publish({ name: 'denied', path: 'model' }, { ...aws, AWS_SECRET_ACCESS_KEY: 'wrong-secret' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/credentials rejected for s3:\/\/.*HTTP 403.*Check the credentials from the environment \(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY/)]);
    expect(r.masks).toContain('wrong-secret');
    expect(errors(r)[0]).not.toContain('wrong-secret');
    expect(r.summary).toMatch(/^### ❌ publish-model failed: `denied`/);
    expect(await keys(`${prefix}/denied/`)).toEqual([]);
  });

  it('promotion to a missing version: a clear error and the alias is unchanged', async () => {
    const r = await publish({ name: 'fraud', version: '99', alias: 'champion' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining('version 99 of fraud does not exist')]);
    expect(await getJson(`${prefix}/fraud/aliases/champion`)).toMatchObject({ version: 1 });
  });

  it('wrong combinations of inputs name the input and the fix', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ name: 'fraud' }, /input `path`: "" is empty and so is `alias`/],
      [{ name: 'fraud', alias: 'champion' }, /input `version`: "" is needed to move alias "champion"/],
      [{ name: 'fraud', path: 'model', version: '1' }, /input `version`: "1" cannot be given with `path`/],
      [{ name: 'fraud', version: '1', alias: 'champion', tags: 'a=b' }, /a registered version is immutable/],
      [{ name: 'fraud', version: 'two', alias: 'champion' }, /input `version`: "two" is not a version/],
      [{ name: 'a/b', path: 'model' }, /input `name`: "a\/b" is not a valid name/],
      [{ name: 'fraud', path: 'model', registry: 'gs://example/x' }, /input `registry`: .* is not an S3 registry root/],
      [{ name: 'fraud', path: 'nowhere' }, /input `path`: .* does not exist/],
      [{ name: 'fraud', version: '1', alias: 'champion', description: 'x' }, /`description` or `image-digest` were given: a registered version is immutable/],
      [{ name: 'fraud', path: 'model', 'expected-previous-version': '2' }, /input `expected-previous-version`: "2" guards an alias move, but `alias` is empty/],
      [{ name: 'fraud', version: '1', alias: 'champion', 'expected-previous-version': 'latest' }, /input `expected-previous-version`: "latest" is not a version/],
    ];
    for (const [inputs, message] of cases) {
      const r = await publish(inputs);
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(message)]);
    }
  });

  it('an upload that fails leaves no version visible, and the next publish carries on', async () => {
    proxy.reset([{ match: (req) => req.method === 'PUT' && (req.url ?? '').includes('/versions/') && (req.url ?? '').includes('/files/sub/'), status: 403, times: 1 }]);
    const r = await publish({ name: 'flaky', path: 'model', alias: 'champion' }, aws, proxy.url);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining('credentials rejected')]);
    // The number is burnt by its claim, but no manifest, no files and no alias are visible.
    expect(await keys(`${prefix}/flaky/`)).toEqual(['versions/1/claim.json']);
    const ok = await publish({ name: 'flaky', path: 'model', alias: 'champion' });
    expect(ok.outputs).toMatchObject({ version: '2', 'previous-version': '' });
  });
});

describe('S3Writer.uploadFile (the core, against the same server)', () => {
  it('refuses to finish an upload whose bytes no longer match the hash taken before, in one PUT or in parts', async () => {
    const writer = new S3Writer({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
    const data = randomBytes(11 * 1024 * 1024);
    const file = join(workspace, 'changing.bin');
    writeFileSync(file, data);
    const run = <T>(fn: () => Promise<T>) => fn();
    for (const multipartThreshold of [64 * 1024 * 1024, 5 * 1024 * 1024]) {
      const key = `${prefix}/writer/${multipartThreshold}.bin`;
      const opts = { multipartThreshold, partSize: 5 * 1024 * 1024, run, expectedSha256: sha('something else') };
      await expect(writer.uploadFile(BUCKET, key, file, data.length, opts)).rejects.toThrow(/changed while it was being published/);
      expect(await writer.exists(BUCKET, key)).toBe(false);
      const etag = await writer.uploadFile(BUCKET, key, file, data.length, { ...opts, expectedSha256: sha(data) });
      expect(etag).toMatch(multipartThreshold < data.length ? /-3$/ : /^[0-9a-f]{32}$/);
      const got = await s3.get(BUCKET, key);
      expect(sha(Buffer.from(await new Response(got.body).arrayBuffer()))).toBe(sha(data));
    }
  });

  it('moves nothing when a conditional write loses: If-None-Match on an existing key, If-Match on a stale ETag', async () => {
    const writer = new S3Writer({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
    const key = `${prefix}/writer/cas.json`;
    const { etag } = await writer.put(BUCKET, key, Buffer.from('one'), { ifNoneMatch: true });
    await expect(writer.put(BUCKET, key, Buffer.from('two'), { ifNoneMatch: true })).rejects.toThrow(/lost a race/);
    await writer.put(BUCKET, key, Buffer.from('three'), { ifMatch: etag });
    await expect(writer.put(BUCKET, key, Buffer.from('four'), { ifMatch: etag })).rejects.toThrow(/lost a race/);
    expect((await writer.getText(BUCKET, key))?.text).toBe('three');
  });
});
