// pull-model with MLflow URIs against the real tracking server that test/setup/services.ts starts
// (MLFLOW_TRACKING_URI, artifacts proxied as mlflow-artifacts:/). The MLflow Python client logs
// and registers the model the way a training job does; the bundle (as the runner runs it) and the
// CLI pull it back. Faults come from a proxy on loopback in front of the real server.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Client } from '../../src/registry/s3/client.js';
import { runPython } from '../setup/python.js';
import { servicesEnv } from '../setup/env.js';
import { machineEnv, ROOT, runStep, type StepResult } from '../harness.js';
import { closedPort } from './closed-port.js';
import { FaultProxy } from './fault-proxy.js';

const services = servicesEnv();
const tracking = services.mlflow.trackingUri;
const name = `pull-mlflow-${Date.now()}-${randomBytes(3).toString('hex')}`;

const signature = {
  inputs: [{ type: 'tensor', 'tensor-spec': { dtype: 'float32', shape: [-1, 4] } }],
  outputs: [{ type: 'tensor', 'tensor-spec': { dtype: 'int64', shape: [-1] } }],
};
const files: Record<string, Buffer> = {
  MLmodel: Buffer.from(
    [
      'artifact_path: model',
      'flavors:',
      '  onnx:',
      '    onnx_version: 1.17.0',
      'signature:',
      `  inputs: '${JSON.stringify(signature.inputs)}'`,
      `  outputs: '${JSON.stringify(signature.outputs)}'`,
      '  params: null',
      '',
    ].join('\n'),
  ),
  'model.onnx': randomBytes(300_000),
  'conda.yaml': Buffer.from('dependencies:\n  - python=3.11\n'),
  'data/weights.bin': randomBytes(70_000),
};
const total = Object.values(files).reduce((n, b) => n + b.length, 0);

interface Logged {
  run_id: string;
  versions: [string, string];
  sources: [string, string];
  model_id: string;
}
let logged: Logged;
let workspace: string;
let proxy: FaultProxy;

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

const python = runPython;

function fresh(label: string): { path: string; cache: string } {
  const d = mkdtempSync(join(workspace, `${label}-`));
  return { path: join(d, 'model'), cache: join(d, 'cache') };
}

function step(inputs: Record<string, string>, env: Record<string, string> = { MLFLOW_TRACKING_URI: tracking }): Promise<StepResult> {
  return runStep('pull-model', { workspace, inputs, env, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

function expectSameFiles(dir: string): void {
  for (const [rel, bytes] of Object.entries(files)) expect(readFileSync(join(dir, rel)).equals(bytes), rel).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(['MLmodel', 'conda.yaml', 'data', 'model.onnx']);
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'pull-model', 'index.js'))) throw new Error('dist/pull-model is missing: run `npm run build` first.');
  workspace = mkdtempSync(join(tmpdir(), 'pull-mlflow-'));
  const src = join(workspace, 'src');
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(join(src, rel, '..'), { recursive: true });
    writeFileSync(join(src, rel), bytes);
  }
  logged = await python<Logged>('mlflow_log_model.py', [name, src, 'champion']);
  proxy = await FaultProxy.start(tracking);
}, 120_000);

afterAll(async () => {
  await proxy?.close();
});

describe('pull-model from the MLflow registry (bundle, as the runner runs it)', () => {
  it('pulls by alias byte-identical with registry outputs and metadata, masks the token, and a second pull transfers 0 bytes', async () => {
    expect(logged.sources[0]).toMatch(/^mlflow-artifacts:\//);
    const { path, cache } = fresh('alias');
    const env = { MLFLOW_TRACKING_URI: tracking, MLFLOW_TRACKING_TOKEN: 'tok-not-checked-by-this-server' };
    const r = await step({ 'model-uri': `models:/${name}@champion`, path, 'cache-dir': cache }, env);
    expect(r.exitCode, r.stdout).toBe(0);
    expectSameFiles(path);
    expect(r.outputs.path).toBe(path);
    expect(r.outputs.name).toBe(name);
    expect(r.outputs.version).toBe(logged.versions[0]);
    expect(r.outputs.alias).toBe('champion');
    expect(r.outputs['run-id']).toBe(logged.run_id);
    expect(r.outputs['source-uri']).toBe(`models:/${name}/${logged.versions[0]}`);
    expect(r.outputs.size).toBe(String(total));
    expect(r.outputs['bytes-transferred']).toBe(String(total));
    expect(r.outputs['cache-hit']).toBe('false');
    const meta = JSON.parse(r.outputs.metadata ?? '') as Record<string, unknown>;
    expect(meta).toMatchObject({
      tags: { team: 'ml' },
      'version-tags': { stage: 'candidate' },
      description: 'a test model',
      'version-description': 'first',
      metrics: { accuracy: 0.93 },
      params: { max_depth: '4' },
      signature,
    });
    expect(r.masks).toContain(env.MLFLOW_TRACKING_TOKEN);
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(env.MLFLOW_TRACKING_TOKEN);
    expect(r.summary).toMatch(/^### ✅ pull-model: `pull-mlflow-[^`]+` from MLflow/);
    expect(r.summary).toContain('(alias `champion`)');

    const again = fresh('alias-again').path;
    const second = await step({ 'model-uri': `models:/${name}/${logged.versions[0]}`, path: again, 'cache-dir': cache });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['bytes-transferred']).toBe('0');
    expect(second.outputs.sha256).toBe(r.outputs.sha256);
    expect(second.outputs.alias).toBe('');
    expectSameFiles(again);
  });

  it('pulls an MLflow 3 logged-model version by number and as latest', async () => {
    expect(logged.sources[1]).toBe(`models:/${logged.model_id}`);
    const { path, cache } = fresh('version');
    const r = await step({ 'model-uri': `models:/${name}/${logged.versions[1]}`, path, 'cache-dir': cache });
    expect(r.exitCode, r.stdout).toBe(0);
    expectSameFiles(path);
    expect(r.outputs.version).toBe(logged.versions[1]);
    expect(r.outputs['run-id']).toBe('');
    expect(JSON.parse(r.outputs.metadata ?? '')).toMatchObject({ tags: { team: 'ml' }, signature });

    const latest = fresh('latest');
    const l = await step({ 'model-uri': `models:/${name}/latest`, path: latest.path, 'cache-dir': cache });
    expect(l.exitCode, l.stdout).toBe(0);
    expect(l.outputs.version).toBe(logged.versions[1]);
    expect(l.outputs['source-uri']).toBe(`models:/${name}/${logged.versions[1]}`);
    expect(l.outputs['bytes-transferred']).toBe('0');
    expectSameFiles(latest.path);
  });

  it('pulls a version registered from a run (source runs:/<run>/model, as MLflow 2.x pipelines register)', async () => {
    const model = `${name}-from-run`;
    const reg = await python<{ version: string; source: string }>('mlflow_register_source.py', [model, `runs:/${logged.run_id}/model`, logged.run_id]);
    expect(reg.source).toBe(`runs:/${logged.run_id}/model`);
    const { path, cache } = fresh('from-run');
    const r = await step({ 'model-uri': `models:/${model}/${reg.version}`, path, 'cache-dir': cache });
    expect(r.exitCode, r.stdout).toBe(0);
    expectSameFiles(path);
    expect(r.outputs['run-id']).toBe(logged.run_id);
    expect(r.outputs['source-uri']).toBe(`models:/${model}/${reg.version}`);
    expect(JSON.parse(r.outputs.metadata ?? '')).toMatchObject({ metrics: { accuracy: 0.93 }, signature });
  });

  it('pulls a run folder and a single run file with runs:/', async () => {
    const { path, cache } = fresh('run');
    const r = await step({ 'model-uri': `runs:/${logged.run_id}/model`, path, 'cache-dir': cache });
    expect(r.exitCode, r.stdout).toBe(0);
    expectSameFiles(path);
    expect(r.outputs['run-id']).toBe(logged.run_id);
    expect(r.outputs['source-uri']).toBe(`runs:/${logged.run_id}/model`);
    expect(JSON.parse(r.outputs.metadata ?? '')).toMatchObject({ metrics: { accuracy: 0.93 }, signature });

    const one = fresh('run-file');
    const f = await step({ 'model-uri': `runs:/${logged.run_id}/model/data/weights.bin`, path: one.path, 'cache-dir': one.cache });
    expect(f.exitCode, f.stdout).toBe(0);
    expect(f.outputs.path).toBe(join(one.path, 'weights.bin'));
    expect(readFileSync(join(one.path, 'weights.bin')).equals(files['data/weights.bin'] as Buffer)).toBe(true);
    expect(f.outputs['bytes-transferred']).toBe(String((files['data/weights.bin'] as Buffer).length));
  });

  it('resumes a file where its body broke off, without fetching the received bytes again', async () => {
    proxy.reset([{ match: (req) => (req.url ?? '').includes('/mlflow-artifacts/artifacts/') && (req.url ?? '').endsWith('model.onnx'), cutAfterBytes: 100_000, times: 1 }]);
    const { path, cache } = fresh('cut');
    const auth = { MLFLOW_TRACKING_USERNAME: 'ci-bot', MLFLOW_TRACKING_PASSWORD: 'pw-not-checked-by-this-server' };
    const r = await step({ 'model-uri': `models:/${name}@champion`, path, 'cache-dir': cache, 'mlflow-tracking-uri': proxy.url }, auth);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(proxy.cuts).toBe(1);
    // Basic auth on every request, API and artifacts alike; the password masked.
    const basic = `Basic ${Buffer.from('ci-bot:pw-not-checked-by-this-server').toString('base64')}`;
    expect(proxy.seen.length).toBeGreaterThan(5);
    expect(proxy.seen.every((x) => x.authorization === basic)).toBe(true);
    expect(r.masks).toContain(auth.MLFLOW_TRACKING_PASSWORD);
    expectSameFiles(path);
    const onnx = proxy.seen.filter((x) => x.path.endsWith('/model.onnx'));
    expect(onnx.map((x) => [x.fault, x.range])).toEqual([
      ['cut', undefined],
      [null, 'bytes=100000-299999'],
    ]);
    expect(r.outputs['bytes-transferred']).toBe(String(total));
  });

  it('downloads a large file in parallel byte ranges', async () => {
    proxy.reset([]);
    const { path, cache } = fresh('ranges');
    const r = await step({ 'model-uri': `models:/${name}@champion`, path, 'cache-dir': cache, 'mlflow-tracking-uri': proxy.url, 'range-threshold': '64KiB', concurrency: '3' });
    expect(r.exitCode, r.stdout).toBe(0);
    expectSameFiles(path);
    const ranges = proxy.seen.filter((x) => x.path.endsWith('/model.onnx')).map((x) => x.range);
    // 300 000 bytes in 64 KiB ranges: five of them, covering the file once.
    expect(ranges.sort()).toEqual(['bytes=0-65535', 'bytes=131072-196607', 'bytes=196608-262143', 'bytes=262144-299999', 'bytes=65536-131071']);
    expect(proxy.maxInFlight).toBeGreaterThan(1);
    expect(proxy.maxInFlight).toBeLessThanOrEqual(3);
    expect(r.outputs['bytes-transferred']).toBe(String(total));
  });
});

describe('pull-model from the MLflow registry with artifacts in S3', () => {
  it('downloads a version whose source is s3:// through the S3 inputs, byte-identical, then from the cache', async () => {
    const s3 = services.s3;
    const prefix = `pull-mlflow/${name}/`;
    const client = new S3Client({ endpoint: s3.endpoint, region: s3.region, pathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
    for (const [rel, bytes] of Object.entries(files)) await client.put(s3.bucket, `${prefix}${rel}`, bytes);
    const model = `${name}-s3`;
    const reg = await python<{ version: string; source: string }>('mlflow_register_source.py', [model, `s3://${s3.bucket}/${prefix.replace(/\/$/, '')}`]);
    const env = { MLFLOW_TRACKING_URI: tracking, AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey, AWS_REGION: s3.region };
    const { path, cache } = fresh('s3');
    const inputs = { 'model-uri': `models:/${model}/${reg.version}`, 'cache-dir': cache, 's3-endpoint': s3.endpoint, 's3-path-style': 'true' };
    const r = await step({ ...inputs, path }, env);
    expect(r.exitCode, r.stdout).toBe(0);
    expectSameFiles(path);
    expect(r.outputs.version).toBe(reg.version);
    expect(r.outputs['source-uri']).toBe(`models:/${model}/${reg.version}`);
    expect(r.outputs['bytes-transferred']).toBe(String(total));
    expect(JSON.parse(r.outputs.metadata ?? '')).toMatchObject({ signature });
    const again = await step({ ...inputs, path: fresh('s3-again').path }, env);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs['bytes-transferred']).toBe('0');
  });
});

describe('pull-model from the MLflow registry: errors', () => {
  const fails = async (inputs: Record<string, string>, env?: Record<string, string>) => {
    const { path, cache } = fresh('err');
    const r = await step({ path, 'cache-dir': cache, ...inputs }, env);
    expect(r.exitCode, r.stdout).toBe(1);
    expect(existsSync(path)).toBe(false);
    const [message, ...more] = errors(r);
    expect(more).toEqual([]);
    return message ?? '';
  };

  it('names an unknown model, alias and version', async () => {
    expect(await fails({ 'model-uri': `models:/${name}-nope@champion` })).toContain(`has no registered model named "${name}-nope"`);
    expect(await fails({ 'model-uri': `models:/${name}@nope` })).toContain(`has no alias "nope"; its aliases are @champion (version ${logged.versions[0]})`);
    expect(await fails({ 'model-uri': `models:/${name}/99` })).toContain(`has no version 99`);
    expect(await fails({ 'model-uri': `runs:/0123456789abcdef0123456789abcdef/model` })).toContain('has no run 0123456789abcdef0123456789abcdef');
  });

  it('with if-missing: skip, a missing model, alias or version is a notice and found=false; other failures still fail', async () => {
    for (const uri of [`models:/${name}-nope@champion`, `models:/${name}@nope`, `models:/${name}/99`]) {
      const { path, cache } = fresh('skip');
      const r = await step({ 'model-uri': uri, path, 'cache-dir': cache, 'if-missing': 'skip' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(errors(r)).toEqual([]);
      const notices = r.annotations.filter((a) => a.command === 'notice').map((a) => a.message);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.startsWith(`${uri} is not there: `)).toBe(true);
      expect(notices[0]?.endsWith('`found` is false.')).toBe(true);
      expect(r.outputs.found).toBe('false');
      expect(r.outputs.path).toBeUndefined();
      expect(r.outputs.version).toBeUndefined();
      expect(r.summary).toMatch(/^### ⏭️ pull-model: .* does not exist, skipped/);
      expect(existsSync(path)).toBe(false);
    }
    const dirs = (label: string) => {
      const { path, cache } = fresh(label);
      return { path, 'cache-dir': cache };
    };
    const present = await step({ 'model-uri': `models:/${name}@champion`, ...dirs('skip-present'), 'if-missing': 'skip' });
    expect(present.outputs.found).toBe('true');
    // A server that refuses is not a missing model.
    proxy.reset([{ status: 401, times: 1 }]);
    const refused = await step({ 'model-uri': `models:/${name}@nope`, ...dirs('skip-401'), 'mlflow-tracking-uri': proxy.url, 'if-missing': 'skip' });
    expect(refused.exitCode).toBe(1);
    expect(errors(refused)[0]).toContain('HTTP 401');
  });

  it('names the tracking URI it cannot reach, and the missing configuration', async () => {
    const bad = `http://127.0.0.1:${await closedPort()}`;
    const unreachable = await fails({ 'model-uri': `models:/${name}@champion`, 'mlflow-tracking-uri': bad });
    expect(unreachable).toContain(`cannot reach the MLflow tracking server at ${bad}`);
    expect(unreachable).toContain('mlflow-tracking-uri');
    const none = await fails({ 'model-uri': `models:/${name}@champion` }, {});
    expect(none).toContain('MLFLOW_TRACKING_URI is not set');
  }, 60_000);

  it('names the auth variables when the server refuses', async () => {
    proxy.reset([{ status: 401, times: 1 }]);
    const message = await fails({ 'model-uri': `models:/${name}@champion`, 'mlflow-tracking-uri': proxy.url });
    expect(message).toContain('HTTP 401');
    expect(message).toContain('MLFLOW_TRACKING_TOKEN');
    expect(message).toContain('MLFLOW_TRACKING_USERNAME');
  });
});

describe('pull-model from the MLflow registry (CLI)', () => {
  it('pulls by alias; the re-run transfers 0 bytes', () => {
    const { path, cache } = fresh('cli');
    const cli = () =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'pull-model', '--model-uri', `models:/${name}@champion`, '--mlflow-tracking-uri', tracking, '--path', path, '--cache-dir', cache], {
        cwd: workspace,
        encoding: 'utf8',
        env: { ...machineEnv(), HOME: workspace },
      });
    const r = cli();
    expect(r.status, r.stderr).toBe(0);
    expectSameFiles(path);
    expect(r.stderr).toContain(`output version=${logged.versions[0]}\n`);
    expect(r.stderr).toContain('output alias=champion\n');
    expect(r.stderr).toContain(`output bytes-transferred=${total}\n`);
    const again = cli();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('output bytes-transferred=0\n');
  });
});
