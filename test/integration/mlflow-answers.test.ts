// pull-model and publish-model (bundles, as the runner runs them) when the MLflow server answers
// wrongly or not at all: a proxy on loopback in front of the real tracking server rewrites one
// answer into another shape (`null`, an array, a field missing or of the wrong type, a page that
// is not JSON), or never answers. Each is one error naming the call and the field, no stack trace,
// nothing left at `path`.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { servicesEnv } from '../setup/env.js';
import { FaultProxy } from './fault-proxy.js';
import { oneError } from './one-error.js';

const tracking = servicesEnv().mlflow.trackingUri;
const name = `answers-${Date.now()}-${randomBytes(3).toString('hex')}`;
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

let workspace: string;
let proxy: FaultProxy;

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const call = (path: string) => (q: IncomingMessage) => (q.url ?? '').startsWith(`/api/2.0/${path}`);

function step(action: 'pull-model' | 'publish-model', inputs: Record<string, string>): Promise<StepResult> {
  return runStep(action, { workspace, inputs, env: {}, ...(node ? { node } : {}) });
}

beforeAll(async () => {
  for (const a of ['publish-model', 'pull-model']) if (!existsSync(join(ROOT, 'dist', a, 'index.js'))) throw new Error(`dist/${a} is missing: run \`npm run build\` first.`);
  workspace = mkdtempSync(join(tmpdir(), 'mlflow-answers-'));
  mkdirSync(join(workspace, 'model', 'sub'), { recursive: true });
  writeFileSync(join(workspace, 'model', 'MLmodel'), 'flavors:\n  onnx: {}\n');
  writeFileSync(join(workspace, 'model', 'sub', 'weights.bin'), randomBytes(20_000));
  proxy = await FaultProxy.start(tracking);
  const r = await step('publish-model', { registry: tracking, name, path: 'model', alias: 'champion' });
  expect(errors(r), r.stdout).toEqual([]);
}, 120_000);

afterAll(async () => {
  await proxy?.close();
});

const shape = (path: string) => `the answer of the MLflow tracking server at ${proxy.url} to ${path} is not what the MLflow REST API answers`;
const hint = 'A proxy or another service may be answering in its place, or the server runs an MLflow this action does not know. Check `mlflow-tracking-uri` and what the server is.';

describe('pull-model when the MLflow server answers in the wrong shape', () => {
  it.each([
    ['mlflow/registered-models/alias', 'null', 'registered-models/alias', 'the document is null, expected an object'],
    ['mlflow/registered-models/alias', '[1, 2]', 'registered-models/alias', 'the document is an array, expected an object'],
    ['mlflow/registered-models/alias', '{}', 'registered-models/alias', 'model_version is missing, expected an object'],
    ['mlflow/registered-models/alias', '{"model_version": {"name": "m", "version": true}}', 'registered-models/alias', 'model_version.version is boolean true, expected a string or a number'],
    ['mlflow/registered-models/get', '{"registered_model": {"name": "m", "tags": "team=ml"}}', 'registered-models/get', 'registered_model.tags is string "team=ml", expected an array'],
    ['mlflow/model-versions/get-download-uri', '{"artifact_uri": 7}', 'model-versions/get-download-uri', 'artifact_uri is number 7, expected a string'],
    ['mlflow/runs/get', '{"run": {"info": {"artifact_uri": "mlflow-artifacts:/x"}}}', 'runs/get', 'run.info.run_id is missing, expected a string'],
    ['mlflow-artifacts/artifacts?', '{"files": [{"path": 3}]}', 'the artifact listing of', 'files[0].path is number 3, expected a string'],
  ])('%s answering %s', async (path, body, named, said) => {
    proxy.reset([{ match: call(path), rewrite: () => body, times: 1 }]);
    const dest = join(mkdtempSync(join(workspace, 'pull-')), 'model');
    const r = await step('pull-model', { 'model-uri': `models:/${name}@champion`, 'mlflow-tracking-uri': proxy.url, path: dest, 'cache-dir': `${dest}-cache` });
    const message = oneError(r);
    expect(proxy.seen.some((s) => s.fault === 'rewrite')).toBe(true);
    if (named.startsWith('the artifact listing')) expect(message).toMatch(new RegExp(`^the answer of the MLflow tracking server at ${proxy.url} to the artifact listing of \\S+ is not what the MLflow REST API answers: `));
    else expect(message.startsWith(`${shape(named)}: `)).toBe(true);
    expect(message).toContain(`: ${said}. ${hint}`);
    expect(existsSync(dest)).toBe(false);
  });

  it('a page that is not JSON says what came instead', async () => {
    proxy.reset([{ match: call('mlflow/registered-models/alias'), rewrite: () => '<html><body>Sign in to continue</body></html>', times: 1 }]);
    const r = await step('pull-model', { 'model-uri': `models:/${name}@champion`, 'mlflow-tracking-uri': proxy.url, path: join(workspace, 'html') });
    expect(oneError(r)).toBe(
      `${proxy.url} answered registered-models/alias with HTTP 200 and no JSON (<html><body>Sign in to continue</body></html>). Is this an MLflow tracking server, with no proxy answering in its place? Check \`mlflow-tracking-uri\`.`,
    );
  });
});

describe('publish-model when the MLflow server answers in the wrong shape', () => {
  it.each([
    ['mlflow/runs/create', '{"run": {"info": {"run_id": "abc"}}}', 'runs/create', 'run.info.artifact_uri is missing, expected a string'],
    ['mlflow/model-versions/create', 'null', 'model-versions/create', 'the document is null, expected an object'],
    ['mlflow/registered-models/alias?', '{"model_version": []}', 'registered-models/alias', 'model_version is an array, expected an object'],
  ])('%s answering %s', async (path, body, named, said) => {
    proxy.reset([{ match: call(path), rewrite: () => body, times: 1 }]);
    const r = await step('publish-model', { registry: proxy.url, name, path: 'model', alias: 'champion' });
    const message = oneError(r);
    expect(message.startsWith(`${shape(named)}: ${said}. ${hint}`)).toBe(true);
    // The alias is read after the version is registered: the error says what was written.
    if (named === 'registered-models/alias') expect(message).toMatch(/ Version \d+ of .* was registered .*but alias champion was not moved/);
    else expect(message).toBe(`${shape(named)}: ${said}. ${hint}`);
  });

  it('an error answer that is not MLflow\'s says so', async () => {
    proxy.reset([{ match: call('mlflow/registered-models/alias?'), rewrite: () => '{"detail": "denied"}', times: 1 }]);
    const r = await step('publish-model', { registry: proxy.url, name, path: 'model', alias: 'no-such-alias' });
    expect(oneError(r)).toMatch(new RegExp(`^the MLflow tracking server at ${proxy.url} answered registered-models/alias with HTTP 4\\d\\d and no MLflow error message\\. Check the server's logs`));
  });
});

describe('an MLflow server that stops answering', () => {
  it('pull-model: retries logged, then one error saying how long it waited and which input bounds it', async () => {
    proxy.reset([{ silent: true, times: 1000 }]);
    const r = await step('pull-model', { 'model-uri': `models:/${name}@champion`, 'mlflow-tracking-uri': proxy.url, path: join(workspace, 'silent'), 'retry-timeout': '1.5' });
    const message = oneError(r);
    expect(message).toMatch(
      new RegExp(
        `^cannot reach the MLflow tracking server at ${proxy.url} \\(GET ${proxy.url}/api/2\\.0/mlflow/registered-models/alias\\?… failed after [2-4] attempts in \\d\\.\\d s: TimeoutError: no response within \\d+ ms; that is the 1\\.5 s input \`retry-timeout\` allows for one request: raise it for a server that needs longer\\)\\. Check`,
      ),
    );
    const retries = r.stdout.split('\n').filter((l) => l.includes('/registered-models/alias?…: attempt'));
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries[0]).toMatch(/: attempt 1 of 4 failed \(TimeoutError: no response within 500 ms\); trying again in \d\.\d s$/);
  });

  it('publish-model: the same bound and the same error', async () => {
    proxy.reset([{ silent: true, times: 1000 }]);
    const r = await step('publish-model', { registry: proxy.url, name, path: 'model', 'retry-timeout': '1' });
    expect(oneError(r)).toMatch(/^cannot reach the MLflow tracking server at .* failed after \d attempts in \d\.\d s: .*; that is the 1\.0 s input `retry-timeout` allows for one request/);
  });
});
