// pull-model (the bundle, as the runner runs it) when the S3 registry holds an object that is not
// ours, written into the real S3 server's bucket: a manifest or alias that is not JSON or not our
// schema. And an S3 server that stops answering (a proxy on loopback in front of the real one).
// Each is one error naming the object and the field, no stack trace, nothing left at `path`.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Writer } from '../../src/registry/s3/write.js';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { s3Test } from '../setup/env.js';
import { FaultProxy } from './fault-proxy.js';
import { oneError } from './one-error.js';

const { bucket: BUCKET, endpoint, aws } = s3Test();
const prefix = `s3-answers/${Date.now()}-${randomBytes(3).toString('hex')}`;
const registry = `s3://${BUCKET}/${prefix}`;
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

let workspace: string;
let s3: S3Writer;
let proxy: FaultProxy;

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

function step(action: 'pull-model' | 'publish-model', inputs: Record<string, string>): Promise<StepResult> {
  return runStep(action, { workspace, inputs: { 's3-endpoint': endpoint, 's3-path-style': 'true', ...inputs }, env: aws, ...(node ? { node } : {}) });
}

const put = (key: string, body: string) => s3.put(BUCKET, `${prefix}/${key}`, Buffer.from(body));

beforeAll(async () => {
  for (const a of ['publish-model', 'pull-model']) if (!existsSync(join(ROOT, 'dist', a, 'index.js'))) throw new Error(`dist/${a} is missing: run \`npm run build\` first.`);
  workspace = mkdtempSync(join(tmpdir(), 's3-answers-'));
  mkdirSync(join(workspace, 'model'));
  writeFileSync(join(workspace, 'model', 'model.onnx'), randomBytes(10_000));
  s3 = new S3Writer({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
  const r = await step('publish-model', { registry, name: 'fraud', path: 'model' });
  expect(errors(r), r.stdout).toEqual([]);
  proxy = await FaultProxy.start(endpoint);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
});

const DAMAGED = 'The registry object is corrupted or was written by something other than publish-model (a proxy answering in place of the S3 server sends a page instead).';

describe('pull-model from an S3 registry holding objects that are not ours', () => {
  it.each([
    ['aliases/html', '<html><body>Access portal</body></html>', 'is not JSON (it starts "<html><body>Access portal</body></html>"), expected an alias pointer'],
    ['aliases/null', 'null', 'is not an alias pointer {"schema": "model-cd/s3-registry/alias/v1", "version": <n>, "previous": <n|null>, "updated": <time>}: the document is null, expected an object'],
    ['aliases/text', '{"version": "1", "previous": null}', 'version is string "1", expected a whole number from 1'],
    ['aliases/other', '{"schema": "acme/pointer/v2", "version": 1, "previous": null}', 'schema is string "acme/pointer/v2", expected "model-cd/s3-registry/alias/v1"'],
  ])('alias %s holding %s', async (key, body, said) => {
    await put(`fraud/${key}`, body);
    const dest = join(mkdtempSync(join(workspace, 'pull-')), 'model');
    const r = await step('pull-model', { 'model-uri': `${registry}#fraud@${key.split('/')[1]}`, path: dest, 'cache-dir': `${dest}-cache` });
    const message = oneError(r);
    expect(message.startsWith(`the alias s3://${BUCKET}/${prefix}/fraud/${key} `)).toBe(true);
    expect(message).toContain(said);
    expect(message.endsWith(DAMAGED)).toBe(true);
    expect(existsSync(dest)).toBe(false);
  });

  it.each([
    ['7', 'not json at all', 'is not JSON (it starts "not json at all"), expected a model-cd/s3-registry/manifest/v1 manifest'],
    ['8', '[]', 'the document is an array, expected an object'],
    ['9', '{"schema": "model-cd/s3-registry/manifest/v1", "version": 9, "sha256": "abc", "files": []}', 'sha256 is string "abc", expected 64 hex digits'],
    ['10', `{"schema": "model-cd/s3-registry/manifest/v1", "version": 10, "sha256": "${'a'.repeat(64)}", "files": [{"path": "m.onnx", "size": "10"}]}`, 'files[0].size is string "10", expected a whole number from 0'],
  ])('manifest of version %s holding %s', async (version, body, said) => {
    await put(`fraud/versions/${version}/manifest.json`, body);
    const dest = join(mkdtempSync(join(workspace, 'pull-')), 'model');
    const r = await step('pull-model', { 'model-uri': `${registry}#fraud/${version}`, path: dest, 'cache-dir': `${dest}-cache` });
    const message = oneError(r);
    expect(message.startsWith(`the manifest s3://${BUCKET}/${prefix}/fraud/versions/${version}/manifest.json `)).toBe(true);
    expect(message).toContain(said);
    expect(message.endsWith(DAMAGED)).toBe(true);
    expect(existsSync(dest)).toBe(false);
  });

  it('publish-model promoting to such a version says the same and moves nothing', async () => {
    const r = await step('publish-model', { registry, name: 'fraud', version: '8', alias: 'champion' });
    expect(oneError(r)).toMatch(/^the manifest \S+\/fraud\/versions\/8\/manifest\.json is not a model-cd\/s3-registry\/manifest\/v1 manifest: the document is an array, expected an object\. The registry object is corrupted .* Promote another version, or publish this model again\.$/);
  });
});

describe('an S3 server that stops answering', () => {
  it('pull-model: retries logged, then one error saying how long it waited and which input bounds it', async () => {
    proxy.reset([{ silent: true, times: 1000 }]);
    const dest = join(mkdtempSync(join(workspace, 'silent-')), 'model');
    const r = await step('pull-model', { 'model-uri': `${registry}#fraud/1`, path: dest, 's3-endpoint': proxy.url, 'retry-timeout': '1.5' });
    expect(oneError(r)).toMatch(
      new RegExp(
        `^cannot reach the S3 endpoint ${proxy.url}/ for s3://${BUCKET}/${prefix}/fraud/versions/1/manifest\\.json: failed after [2-5] attempts in \\d\\.\\d s: TimeoutError: no response within \\d+ ms; that is the 1\\.5 s input \`retry-timeout\` allows for one request: raise it for a server that needs longer\\. Check \`s3-endpoint\``,
      ),
    );
    expect(r.stdout).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/\S+\/manifest\.json: attempt 1 of 5 failed \(TimeoutError: no response within 500 ms\); trying again in \d\.\d s/);
    expect(existsSync(dest)).toBe(false);
  });
});
