// pull-model against the real S3-compatible server that test/setup/services.ts starts (its
// endpoint and credentials come in MODEL_CD_S3_ENDPOINT and the AWS_* variables), run as the
// runner runs it (the bundle, through test/harness.ts) and as a person runs it (the CLI). Faults
// come from a proxy on loopback in front of that server, never from a stand-in for it.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Client } from '../../src/registry/s3/client.js';
import { machineEnv, ROOT, runStep, type StepResult } from '../harness.js';
import { s3Test } from '../setup/env.js';
import { FaultProxy } from './fault-proxy.js';

const { bucket: BUCKET, endpoint, aws } = s3Test();
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const run = `pull-model/${Date.now()}-${randomBytes(3).toString('hex')}/`;

const small = randomBytes(200_000);
const big = randomBytes(5 * 1024 * 1024 + 123);
const folder: Record<string, Buffer> = {
  MLmodel: Buffer.from('flavors:\n  onnx: {}\n'),
  'model.onnx': randomBytes(70_000),
  'sub/weights.bin': randomBytes(1_500_000),
  'a b+c.txt': Buffer.from('a key with a space and a plus'),
};

let proxy: FaultProxy;
let workspace: string;

// The runner's Node when scripts/test.sh provides it.
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

function step(inputs: Record<string, string>, env: Record<string, string> = aws): Promise<StepResult> {
  return runStep('pull-model', { workspace, inputs: { 's3-endpoint': endpoint, 's3-path-style': 'true', ...inputs }, env, ...(node ? { node } : {}) });
}

function fresh(name: string): { path: string; cache: string } {
  const d = mkdtempSync(join(workspace, `${name}-`));
  return { path: join(d, 'model'), cache: join(d, 'cache') };
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

/** Everything in the cache that holds model bytes: entries and temp folders. */
function cacheContents(cache: string): string[] {
  return ['sha256', 'tmp'].flatMap((d) => (existsSync(join(cache, d)) ? readdirSync(join(cache, d)).map((f) => `${d}/${f}`) : []));
}

beforeAll(async () => {
  if (!endpoint) {
    throw new Error('MODEL_CD_S3_ENDPOINT is not set: these tests need the S3 server that test/setup/services.ts starts (run them through scripts/test.sh).');
  }
  if (!existsSync(join(ROOT, 'dist', 'pull-model', 'index.js'))) throw new Error('dist/pull-model is missing: run `npm run build` first.');
  workspace = mkdtempSync(join(tmpdir(), 'pull-model-'));
  const s3 = new S3Client({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
  await s3.put(BUCKET, `${run}model.onnx`, small, { contentType: 'application/octet-stream' });
  await s3.put(BUCKET, `${run}big.bin`, big);
  for (const [k, v] of Object.entries(folder)) await s3.put(BUCKET, `${run}folder/${k}`, v);
  // A key that names a file outside the folder on Windows-style paths.
  await s3.put(BUCKET, `${run}bad/..\\..\\evil.txt`, 'x');
  await s3.put(BUCKET, `${run}bad/fine.txt`, 'y');
  proxy = await FaultProxy.start(endpoint);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
});

describe('pull-model from S3 (bundle, as the runner runs it)', () => {
  it('pulls a file byte-identical with its outputs and a summary, then a second pull transfers 0 bytes', async () => {
    const { path, cache } = fresh('file');
    const first = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': cache });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.path).toBe(join(path, 'model.onnx'));
    expect(readFileSync(join(path, 'model.onnx')).equals(small)).toBe(true);
    expect(first.outputs.sha256).toBe(sha(small));
    expect(first.outputs.size).toBe(String(small.length));
    expect(first.outputs.name).toBe('model.onnx');
    expect(first.outputs['source-uri']).toBe(`s3://${BUCKET}/${run}model.onnx`);
    expect(first.outputs.version).toMatch(/^[0-9a-f-]+$/);
    expect(first.outputs.alias).toBe('');
    expect(first.outputs['run-id']).toBe('');
    expect(JSON.parse(first.outputs.metadata ?? '')).toMatchObject({ etag: first.outputs.version, 'content-type': 'application/octet-stream', objects: 1 });
    expect(first.outputs['cache-hit']).toBe('false');
    expect(first.outputs['bytes-transferred']).toBe(String(small.length));
    expect(first.summary).toMatch(/^### ✅ pull-model: `model.onnx` from S3/);
    expect(first.summary).toContain(`${small.length} bytes transferred`);
    expect(first.masks).toContain(aws.AWS_SECRET_ACCESS_KEY);

    const again = fresh('file-again').path;
    const second = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path: again, 'cache-dir': cache });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['bytes-transferred']).toBe('0');
    expect(second.summary).toContain('0 bytes transferred (from the cache)');
    expect(second.outputs.sha256).toBe(sha(small));
    expect(readFileSync(join(again, 'model.onnx')).equals(small)).toBe(true);
  });

  it('hands out read-only links to the cache, and downloads again when a file was edited through one', async () => {
    const { path, cache } = fresh('tamper');
    const uri = `s3://${BUCKET}/${run}model.onnx`;
    expect((await step({ 'model-uri': uri, path, 'cache-dir': cache })).exitCode).toBe(0);
    const file = join(path, 'model.onnx');
    expect(statSync(file).mode & 0o222).toBe(0);
    // What a careless script run as root could do: write in place, through the link.
    chmodSync(file, 0o644);
    writeFileSync(file, 'tampered');
    const again = await step({ 'model-uri': uri, path, 'cache-dir': cache });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs['cache-hit']).toBe('false');
    expect(again.outputs['bytes-transferred']).toBe(String(small.length));
    expect(readFileSync(file).equals(small)).toBe(true);
    const third = await step({ 'model-uri': uri, path, 'cache-dir': cache });
    expect(third.outputs['cache-hit']).toBe('true');
    expect(readFileSync(file).equals(small)).toBe(true);
  });

  it('takes the endpoint from AWS_ENDPOINT_URL_S3, and masks a session token', async () => {
    const { path, cache } = fresh('env-endpoint');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': cache, 's3-endpoint': '' }, { ...aws, AWS_ENDPOINT_URL_S3: endpoint });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(readFileSync(join(path, 'model.onnx')).equals(small)).toBe(true);
    // s3proxy answers 501 to any request carrying a session token, so only the masking is
    // checked here; signing with a token is checked against botocore in the unit tests.
    const token = `IQoJb3JpZ2luX2VjE${randomBytes(24).toString('hex')}`;
    const t = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path: fresh('token').path, 'cache-dir': cache }, { ...aws, AWS_SESSION_TOKEN: token });
    expect(t.masks).toEqual(expect.arrayContaining([aws.AWS_SECRET_ACCESS_KEY, token]));
    expect(t.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(token);
  });

  it('verifies expected-sha256, and on a mismatch fails leaving nothing in the destination or the cache', async () => {
    const ok = fresh('pinned');
    const good = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path: ok.path, 'cache-dir': ok.cache, 'expected-sha256': sha(small).toUpperCase() });
    expect(good.exitCode, good.stdout).toBe(0);
    expect(good.summary).toContain('matches `expected-sha256`');

    const bad = fresh('mismatch');
    const wrong = sha('something else');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path: bad.path, 'cache-dir': bad.cache, 'expected-sha256': wrong });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining(`sha256 mismatch for s3://${BUCKET}/${run}model.onnx: expected ${wrong}, got ${sha(small)}`)]);
    expect(r.summary).toMatch(/^### ❌ pull-model failed/);
    expect(existsSync(bad.path)).toBe(false);
    expect(readdirSync(join(bad.path, '..')).filter((f) => f !== 'cache')).toEqual([]);
    expect(cacheContents(bad.cache)).toEqual([]);
  });

  it('pulls a large object in parallel byte ranges, bounded by `concurrency`, byte-identical', async () => {
    proxy.reset();
    const { path, cache } = fresh('ranges');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}big.bin`, path, 'cache-dir': cache, 's3-endpoint': proxy.url, 'range-threshold': '1MiB', concurrency: '3' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(readFileSync(join(path, 'big.bin')).equals(big)).toBe(true);
    expect(r.outputs.sha256).toBe(sha(big));
    const ranges = proxy.seen.filter((s) => s.method === 'GET' && s.range).map((s) => s.range);
    expect(ranges).toHaveLength(6);
    expect(ranges).toContain('bytes=0-1048575');
    expect(ranges).toContain(`bytes=5242880-${big.length - 1}`);
    expect(proxy.maxInFlight).toBeGreaterThan(1);
    expect(proxy.maxInFlight).toBeLessThanOrEqual(3);
    expect(r.summary).toContain(`${big.length} bytes transferred (5.00 MiB) in 6 requests`);
  });

  it('resumes a range whose connection drops mid-body from where it stopped', async () => {
    proxy.reset([{ match: (q) => q.method === 'GET' && q.headers.range === 'bytes=2097152-3145727', cutAfterBytes: 300_000, times: 1 }]);
    const { path, cache } = fresh('resume');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}big.bin`, path, 'cache-dir': cache, 's3-endpoint': proxy.url, 'range-threshold': '1MiB' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(proxy.cuts).toBe(1);
    expect(readFileSync(join(path, 'big.bin')).equals(big)).toBe(true);
    expect(r.outputs.sha256).toBe(sha(big));
    // The retry asks for the rest of that range only: nothing is fetched twice.
    const resumed = proxy.seen.filter((s) => s.range?.startsWith('bytes=') && s.range.endsWith('-3145727') && s.range !== 'bytes=2097152-3145727');
    expect(resumed.map((s) => Number(/=(\d+)-/.exec(s.range ?? '')?.[1]) - 2097152)).toEqual([expect.any(Number)]);
    expect(Number(/=(\d+)-/.exec(resumed[0]?.range ?? '')?.[1])).toBeGreaterThan(2097152);
    expect(r.outputs['bytes-transferred']).toBe(String(big.length));
    expect(r.summary).toContain('1 resumed after a broken connection');
  });

  it('resumes a single streamed GET that drops mid-body, and retries a 503', async () => {
    proxy.reset([
      { match: (q) => q.method === 'HEAD', status: 503, times: 1 },
      { match: (q) => q.method === 'GET' && !q.headers.range, cutAfterBytes: 50_000, times: 1 },
    ]);
    const { path, cache } = fresh('resume-single');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': cache, 's3-endpoint': proxy.url });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(proxy.seen.map((s) => [s.method, s.range ?? '', s.fault])).toEqual([
      ['HEAD', '', 'status'],
      ['HEAD', '', null],
      ['GET', '', 'cut'],
      ['GET', `bytes=50000-${small.length - 1}`, null],
    ]);
    expect(readFileSync(join(path, 'model.onnx')).equals(small)).toBe(true);
  });

  it('says the credentials were rejected, naming the object and the variables to check', async () => {
    const { path, cache } = fresh('denied');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': cache }, { ...aws, AWS_SECRET_ACCESS_KEY: 'not-the-secret' });
    expect(r.exitCode).toBe(1);
    const [message] = errors(r);
    expect(message).toMatch(new RegExp(`^credentials rejected for s3://${BUCKET}/${run}model\\.onnx \\(HTTP 403`));
    expect(message).toContain('Check the credentials from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)');
    expect(r.stdout).not.toContain('unexpected failure');
    expect(r.masks).toContain('not-the-secret');
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('not-the-secret');
    expect(existsSync(path)).toBe(false);
  });

  it('says which object or prefix does not exist', async () => {
    const { path, cache } = fresh('missing');
    const file = await step({ 'model-uri': `s3://${BUCKET}/${run}nope.onnx`, path, 'cache-dir': cache });
    expect(file.exitCode).toBe(1);
    expect(errors(file)[0]).toMatch(new RegExp(`^no object s3://${BUCKET}/${run}nope\\.onnx at http://127\\.0\\.0\\.1:\\d+/? \\(HTTP 404`));
    const dir = await step({ 'model-uri': `s3://${BUCKET}/${run}nothing-here/`, path, 'cache-dir': cache });
    expect(dir.exitCode).toBe(1);
    expect(errors(dir)[0]).toBe(`no objects under s3://${BUCKET}/${run}nothing-here/. Check the prefix; for a single file leave out the trailing slash.`);
    expect(existsSync(path)).toBe(false);
  });

  it('says which endpoint it cannot reach', async () => {
    const { path, cache } = fresh('unreachable');
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': cache, 's3-endpoint': `http://127.0.0.1:${port}` });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(new RegExp(`^cannot reach the S3 endpoint http://127\\.0\\.0\\.1:${port}/? for s3://model-cd-test/.*ECONNREFUSED.*Check \`s3-endpoint\``));
  }, 60_000);

  it('says which endpoint fetch refuses to use', async () => {
    const { path, cache } = fresh('bad-port');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': cache, 's3-endpoint': 'http://127.0.0.1:1' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(/^cannot reach the S3 endpoint http:\/\/127\.0\.0\.1:1\/? for s3:\/\/model-cd-test\/.*bad port/);
  });

  it('names the input, the value and the accepted forms for a malformed URI; refuses ".." keys', async () => {
    const { path, cache } = fresh('malformed');
    const r = await step({ 'model-uri': 's3:/model-cd-test/x', path, 'cache-dir': cache });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(/^input `model-uri`: "s3:\/model-cd-test\/x" is not an S3 URI .* Accepted forms: s3:\/\/bucket\/key/);
    const up = await step({ 'model-uri': `s3://${BUCKET}/${run}folder/../model.onnx`, path, 'cache-dir': cache });
    expect(errors(up)[0]).toMatch(/has an object key that contains a "\.\." segment and would escape the destination/);
    const mlflow = await step({ 'model-uri': 'models:/fraud@champion', path, 'cache-dir': cache });
    expect(errors(mlflow)[0]).toMatch(/^input `mlflow-tracking-uri`: "" is empty and MLFLOW_TRACKING_URI is not set/);
  });

  it('names the input when the cache folder cannot be written, and refuses to replace the workspace', async () => {
    const { path } = fresh('unwritable');
    const blocker = join(path, '..', 'a-file');
    writeFileSync(blocker, 'not a folder');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path, 'cache-dir': join(blocker, 'cache') });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(/^input `cache-dir`: ".*a-file\/cache" cannot be created: .*a-file is a file, not a folder/);
    const ws = await step({ 'model-uri': `s3://${BUCKET}/${run}model.onnx`, path: '.', 'cache-dir': join(path, '..', 'cache') });
    expect(ws.exitCode).toBe(1);
    expect(errors(ws)[0]).toMatch(/^input `path`: ".*" would replace .*, which holds other files/);
  });

  it('refuses a folder holding an object whose key would leave the destination, writing nothing', async () => {
    const { path, cache } = fresh('evil');
    const r = await step({ 'model-uri': `s3://${BUCKET}/${run}bad/`, path, 'cache-dir': cache });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(`the object s3://${BUCKET}/${run}bad/..\\..\\evil.txt has a key that contains a backslash`);
    expect(existsSync(path)).toBe(false);
    expect(cacheContents(cache)).toEqual([]);
  });
});

describe('pull-model from S3 (CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = aws) =>
    spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'pull-model', ...args], { cwd: workspace, encoding: 'utf8', env: { ...machineEnv(), HOME: workspace, ...env } });

  it('pulls a folder prefix byte-identical; its sha256 is the documented manifest hash; the re-run transfers 0 bytes', () => {
    const { path, cache } = fresh('cli-folder');
    const args = ['--model-uri', `s3://${BUCKET}/${run}folder/`, '--path', path, '--cache-dir', cache, '--s3-endpoint', endpoint, '--s3-path-style'];
    const r = cli(args);
    expect(r.status, r.stderr).toBe(0);
    for (const [k, v] of Object.entries(folder)) expect(readFileSync(join(path, k)).equals(v), k).toBe(true);
    expect(readdirSync(path).sort()).toEqual(['MLmodel', 'a b+c.txt', 'model.onnx', 'sub']);
    const sh = spawnSync('sh', ['-c', "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum"], { cwd: path, encoding: 'utf8' });
    const manifest = sh.stdout.split(' ')[0] as string;
    expect(r.stderr).toContain(`output sha256=${manifest}`);
    expect(r.stderr).toContain(`output path=${path}\n`);
    expect(r.stderr).toContain('output name=folder\n');
    expect(r.stderr).toContain('output metadata={"objects":4,');
    const size = Object.values(folder).reduce((n, b) => n + b.length, 0);
    expect(r.stderr).toContain(`output bytes-transferred=${size}\n`);

    const again = cli([...args, '--expected-sha256', manifest]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('output cache-hit=true');
    expect(again.stderr).toContain('output bytes-transferred=0\n');
    expect(again.stdout).toContain('0 bytes transferred (from the cache)');
  });

  it('pulls a single file and fails cleanly with the wrong credentials', () => {
    const { path, cache } = fresh('cli-file');
    const ok = cli(['--model-uri', `s3://${BUCKET}/${run}model.onnx`, '--path', path, '--cache-dir', cache, '--s3-endpoint', endpoint]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(join(path, 'model.onnx')).equals(small)).toBe(true);
    const denied = cli(['--model-uri', `s3://${BUCKET}/${run}model.onnx`, '--path', `${path}-2`, '--cache-dir', `${cache}-2`, '--s3-endpoint', endpoint], {
      ...aws,
      AWS_ACCESS_KEY_ID: 'AKIAWRONGWRONGWRONG',
    });
    expect(denied.status).toBe(1);
    expect(denied.stderr).toMatch(/^error: credentials rejected for s3:\/\/model-cd-test\/.*model\.onnx \(HTTP 403/m);
    expect(existsSync(`${path}-2`)).toBe(false);
  });
});

describe('pull-model from a local path', () => {
  it('copies a local folder atomically with the same manifest hash as the S3 copy of it', async () => {
    const s3 = fresh('local-src');
    const viaS3 = await step({ 'model-uri': `s3://${BUCKET}/${run}folder/`, path: s3.path, 'cache-dir': s3.cache });
    expect(viaS3.exitCode, viaS3.stdout).toBe(0);
    const { path, cache } = fresh('local');
    const r = await step({ 'model-uri': `file://${s3.path}`, path, 'cache-dir': cache, 'expected-sha256': viaS3.outputs.sha256 ?? '' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.sha256).toBe(viaS3.outputs.sha256);
    expect(r.outputs['bytes-transferred']).toBe('0');
    for (const [k, v] of Object.entries(folder)) expect(readFileSync(join(path, k)).equals(v)).toBe(true);
  });
});
