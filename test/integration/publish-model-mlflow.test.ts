// publish-model to the MLflow registry against the real tracking server that test/setup/services.ts
// starts (MLFLOW_TRACKING_URI, artifacts proxied as mlflow-artifacts:/), through the bundle as the
// runner runs it. The MLflow Python client reads back what was registered, and pull-model's bundle
// pulls it by alias with the same sha256.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestSha256 } from '../../src/registry/manifest.js';
import { runPython } from '../setup/python.js';
import { servicesEnv } from '../setup/env.js';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { closedPort } from './closed-port.js';
import { FaultProxy } from './fault-proxy.js';

const services = servicesEnv();
const tracking = services.mlflow.trackingUri;
const name = `publish-mlflow-${Date.now()}-${randomBytes(3).toString('hex')}`;
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

const folder: Record<string, Buffer> = {
  MLmodel: Buffer.from('artifact_path: model\nflavors:\n  onnx:\n    onnx_version: 1.17.0\n'),
  'model.onnx': randomBytes(200_000),
  'a b+c.txt': Buffer.from('a file name that needs escaping\n'),
  'sub/weights.bin': randomBytes(50_000),
};
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const expectedSha = manifestSha256(Object.entries(folder).map(([path, b]) => ({ path, size: b.length, sha256: sha(b) })));

let workspace: string;
let proxy: FaultProxy;

interface ReadBack {
  version: string;
  status: string;
  description: string;
  source: string;
  run_id: string;
  tags: Record<string, string>;
  aliases: Record<string, string>;
  metrics: Record<string, number>;
  run_status: string;
  alias_version?: string;
}

const python = <T>(script: string, args: string[]) => runPython<T>(script, args, { MLFLOW_TRACKING_URI: tracking });

function publish(inputs: Record<string, string>, env: Record<string, string> = { MLFLOW_TRACKING_URI: tracking }): Promise<StepResult> {
  return runStep('publish-model', { workspace, inputs: { registry: 'mlflow', ...inputs }, env, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

afterAll(async () => {
  await proxy?.close();
});

beforeAll(async () => {
  proxy = await FaultProxy.start(tracking);
  for (const a of ['publish-model', 'pull-model']) if (!existsSync(join(ROOT, 'dist', a, 'index.js'))) throw new Error(`dist/${a} is missing: run \`npm run build\` first.`);
  workspace = mkdtempSync(join(tmpdir(), 'publish-mlflow-'));
  for (const [k, v] of Object.entries(folder)) {
    mkdirSync(dirname(join(workspace, 'model', k)), { recursive: true });
    writeFileSync(join(workspace, 'model', k), v);
  }
  writeFileSync(join(workspace, 'metrics.json'), JSON.stringify({ accuracy: 0.93, f1: 0.91 }));
});

describe('publish-model to MLflow (bundle, as the runner runs it)', () => {
  it('registers a folder that the MLflow client reads back READY with its tags and metrics; promotes it; pull-model agrees byte for byte', async () => {
    const env = { MLFLOW_TRACKING_URI: tracking, GITHUB_SHA: 'a'.repeat(40), GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/models', GITHUB_RUN_ID: '42' };
    const digest = `sha256:${'b'.repeat(64)}`;
    const first = await publish({ name, path: 'model', 'metrics-file': 'metrics.json', tags: 'dataset=2026-11\nowner=ml-team', 'image-digest': digest, 'mlflow-experiment': 'model-cd-publish-tests' }, env);
    expect(errors(first), first.stdout + first.stderr).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toEqual({ version: '1', uri: `models:/${name}/1`, 'previous-version': '', sha256: expectedSha });
    expect(first.summary).toMatch(/^### ✅ publish-model: registered `publish-mlflow-.*` version 1/);

    const v1 = await python<ReadBack>('mlflow_read_version.py', [name, '1']);
    expect(v1.status).toBe('READY');
    expect(v1.source).toMatch(/^mlflow-artifacts:\/.*\/artifacts\/model$/);
    expect(v1.tags).toMatchObject({
      'git.commit': 'a'.repeat(40),
      'git.repository': 'acme/models',
      'github.run-url': 'https://github.com/acme/models/actions/runs/42',
      dataset: '2026-11',
      owner: 'ml-team',
      'image.digest': digest,
      'model-cd.sha256': expectedSha,
    });
    expect(v1.metrics).toEqual({ accuracy: 0.93, f1: 0.91 });
    expect(v1.run_status).toBe('FINISHED');

    const promoted = await publish({ name, version: '1', alias: 'champion' });
    expect(errors(promoted), promoted.stdout).toEqual([]);
    expect(promoted.outputs).toEqual({ version: '1', uri: `models:/${name}/1`, 'previous-version': '', sha256: expectedSha });
    const seen = await python<ReadBack>('mlflow_read_version.py', [name, '1', 'champion']);
    expect(seen.alias_version).toBe('1');
    expect(seen.aliases).toEqual({ champion: '1' });

    const pulled = await runStep('pull-model', {
      workspace,
      inputs: { 'model-uri': `models:/${name}@champion`, path: join(workspace, 'pulled'), 'cache-dir': join(workspace, 'cache'), 'expected-sha256': expectedSha },
      env: { MLFLOW_TRACKING_URI: tracking },
      ...(node ? { node } : {}),
    });
    expect(errors(pulled), pulled.stdout).toEqual([]);
    expect(pulled.outputs.sha256).toBe(first.outputs.sha256);
    expect(pulled.outputs.version).toBe('1');
    for (const [k, v] of Object.entries(folder)) expect(readFileSync(join(workspace, 'pulled', k)).equals(v), k).toBe(true);
  }, 120_000);

  it('a second publish is version 2; promoting it reports previous-version 1 and the client sees the move', async () => {
    const second = await publish({ name, path: 'model/model.onnx', registry: tracking });
    expect(errors(second), second.stdout).toEqual([]);
    expect(second.outputs.version).toBe('2');
    expect(second.outputs.sha256).toBe(manifestSha256([{ path: 'model.onnx', size: 0, sha256: sha(folder['model.onnx'] as Buffer) }]));

    const promoted = await publish({ name, version: '2', alias: 'champion' });
    expect(errors(promoted), promoted.stdout).toEqual([]);
    expect(promoted.outputs).toMatchObject({ version: '2', 'previous-version': '1', sha256: second.outputs.sha256 });
    expect(promoted.summary).toContain('version 1 → version 2');
    const seen = await python<ReadBack>('mlflow_read_version.py', [name, '2', 'champion']);
    expect(seen.alias_version).toBe('2');
    expect(seen.status).toBe('READY');

    // pull-model reports for the promoted version the sha256 publish-model gave.
    const pulled = await runStep('pull-model', {
      workspace,
      inputs: { 'model-uri': `models:/${name}@champion`, path: join(workspace, 'pulled-2'), 'cache-dir': join(workspace, 'cache') },
      env: { MLFLOW_TRACKING_URI: tracking },
      ...(node ? { node } : {}),
    });
    expect(errors(pulled), pulled.stdout).toEqual([]);
    expect(pulled.outputs.sha256).toBe(second.outputs.sha256);
  }, 120_000);

  it('registers and sets an alias in one step, with a description', async () => {
    const r = await publish({ name, path: 'model/MLmodel', alias: 'staging', description: 'retrained on November data' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '3', 'previous-version': '' });
    expect(r.summary).toMatch(/version 3 as `staging`/);
    const seen = await python<ReadBack>('mlflow_read_version.py', [name, '3', 'staging']);
    expect(seen.alias_version).toBe('3');
    expect(seen.aliases).toEqual({ champion: '2', staging: '3' });
    expect(seen.metrics).toEqual({});
    expect(seen.description).toBe('retrained on November data');
  }, 120_000);

  it('expected-previous-version refuses a move when the alias was moved in between, and allows it otherwise', async () => {
    // champion is at 2: a rollback computed when it was at 3 must not run.
    const stale = await publish({ name, version: '1', alias: 'champion', 'expected-previous-version': '3' });
    expect(stale.exitCode).toBe(1);
    expect(errors(stale)).toEqual([`alias champion of ${name} points to version 2, but \`expected-previous-version\` expects it to point to version 3: it was moved since that was read. Nothing was changed; read the registry again and decide.`]);
    expect((await python<ReadBack>('mlflow_read_version.py', [name, '2', 'champion'])).alias_version).toBe('2');
    const fresh = await publish({ name, version: '1', alias: 'champion', 'expected-previous-version': '2' });
    expect(errors(fresh), fresh.stdout).toEqual([]);
    expect(fresh.outputs['previous-version']).toBe('2');
    const none = await publish({ name, version: '1', alias: 'canary', 'expected-previous-version': 'none' });
    expect(errors(none), none.stdout).toEqual([]);
    const notNone = await publish({ name, version: '2', alias: 'canary', 'expected-previous-version': 'none' });
    expect(errors(notNone)[0]).toMatch(/^alias canary of .* points to version 1, but `expected-previous-version` expects it not to exist yet/);
    expect((await python<ReadBack>('mlflow_read_version.py', [name, '1'])).aliases).toMatchObject({ champion: '1', canary: '1' });
    // And forward again, as a promotion after a rollback would.
    const forward = await publish({ name, version: '2', alias: 'champion', 'expected-previous-version': '1' });
    expect(errors(forward), forward.stdout).toEqual([]);
  }, 120_000);
});

describe('publish-model to MLflow: failures', () => {
  it('promotion to a missing version: a clear error and the alias is unchanged', async () => {
    const r = await publish({ name, version: '99', alias: 'champion' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining(`"${name}" has no version 99`)]);
    expect(r.summary).toMatch(/^### ❌ publish-model failed/);
    const seen = await python<ReadBack>('mlflow_read_version.py', [name, '2', 'champion']);
    expect(seen.alias_version).toBe('2');
  });

  it('401 and 403 name the MLflow auth variables, mask the token and register nothing', async () => {
    for (const status of [401, 403]) {
      proxy.reset([{ match: (req) => req.method === 'POST', status, times: 1 }]);
      const env = { MLFLOW_TRACKING_URI: proxy.url, MLFLOW_TRACKING_TOKEN: 'tok-refused-by-the-proxy' };
      const r = await publish({ name: `${name}-denied`, path: 'model' }, env);
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(new RegExp(`refused the request \\(HTTP ${status}.*MLFLOW_TRACKING_TOKEN.*MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD`))]);
      expect(r.masks).toContain(env.MLFLOW_TRACKING_TOKEN);
      expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(env.MLFLOW_TRACKING_TOKEN);
    }
  });

  it('an unreachable server and a missing tracking URI name what to fix', async () => {
    const port = await closedPort();
    const down = await publish({ name, path: 'model', registry: `http://127.0.0.1:${port}` }, {});
    expect(down.exitCode).toBe(1);
    expect(errors(down)).toEqual([expect.stringMatching(/cannot reach the MLflow tracking server at http:\/\/127\.0\.0\.1:\d+.*mlflow-tracking-uri/)]);

    const none = await publish({ name, path: 'model' }, {});
    expect(none.exitCode).toBe(1);
    expect(errors(none)).toEqual([expect.stringMatching(/input `mlflow-tracking-uri`.*MLFLOW_TRACKING_URI is not set/)]);
  }, 60_000);
});
