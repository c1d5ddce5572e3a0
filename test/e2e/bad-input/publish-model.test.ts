// publish-model given bad inputs (helper.ts says what each case must show), against the real S3
// server and MLflow tracking server; a failed step must also leave the registry as it was.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { S3Client } from '../../../src/registry/s3/client.js';
import { runStep } from '../../harness.js';
import { s3Test, servicesEnv } from '../../setup/env.js';
import { errorsOf, expectCleanFailure, type BadCase } from './helper.js';

const { bucket, endpoint, aws } = s3Test();
const prefix = `bad-input-publish/${Date.now()}-${randomBytes(3).toString('hex')}`;
const registry = `s3://${bucket}/${prefix}`;
const tracking = () => servicesEnv().mlflow.trackingUri;
const mlflowName = `bad-input-publish-${Date.now()}-${randomBytes(3).toString('hex')}`;
let workspace: string;
const s3Base = { registry, 's3-endpoint': endpoint, 's3-path-style': 'true' };

async function keys(): Promise<string[]> {
  const s3 = new S3Client({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
  const out: string[] = [];
  for await (const o of s3.list(bucket, `${prefix}/`)) out.push(o.key);
  return out.sort();
}

async function mlflowVersions(name: string): Promise<string[]> {
  const res = await fetch(`${tracking()}/api/2.0/mlflow/model-versions/search?filter=${encodeURIComponent(`name='${name}'`)}`);
  const body = (await res.json()) as { model_versions?: { version: string }[] };
  return (body.model_versions ?? []).map((v) => v.version).sort();
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'bad-publish-'));
  mkdirSync(join(workspace, 'model'));
  writeFileSync(join(workspace, 'model', 'model.onnx'), 'weights');
  mkdirSync(join(workspace, 'linked'));
  writeFileSync(join(workspace, 'linked', 'model.onnx'), 'weights');
  symlinkSync('tokenizer-that-was-deleted.json', join(workspace, 'linked', 'tokenizer.json'));
  mkdirSync(join(workspace, 'a-folder'));
  // Version 1 with the alias champion, in both registries, for the guard cases.
  for (const target of [{ ...s3Base, name: 'fraud' }, { registry: tracking(), name: mlflowName }]) {
    const r = await runStep('publish-model', { workspace, inputs: { ...target, path: 'model', alias: 'champion' }, env: aws });
    if (r.exitCode !== 0) throw new Error(r.stdout);
  }
}, 60_000);

const cases: BadCase[] = [
  { name: 'an empty name', inputs: { name: '' }, names: 'input `name`' },
  { name: 'a name in unicode', inputs: { name: 'mödel☃' }, names: 'input `name`' },
  { name: 'a path that does not exist', inputs: { path: 'nope' }, names: 'input `path`' },
  { name: 'a folder holding a broken symbolic link', inputs: { path: 'linked' }, names: /^input `path`: ".*linked\/tokenizer.json" is a broken symbolic link: it points to "tokenizer-that-was-deleted.json", which does not exist/ },
  { name: 'a metrics-file that is a folder', inputs: { 'metrics-file': 'a-folder' }, names: 'input `metrics-file`' },
  { name: 'a tag without =', inputs: { tags: 'novalue' }, names: 'input `tags`' },
  { name: 'a negative version', inputs: { path: '', version: '-1', alias: 'prod' }, names: 'input `version`' },
  { name: 'a version that is not a number', inputs: { path: '', version: 'NaN', alias: 'prod' }, names: 'input `version`' },
  { name: 'a huge version', inputs: { path: '', version: '99999999999999999999', alias: 'prod' }, names: 'input `version`' },
  { name: 'a registry with a typo in the scheme', inputs: { registry: 's4://bucket/models' }, names: 'input `registry`' },
  { name: 's3-path-style that is not a boolean', inputs: { 's3-path-style': 'yes' }, names: 'input `s3-path-style`' },
  { name: 'an image-digest that is no digest', inputs: { 'image-digest': 'latest' }, names: 'input `image-digest`' },
  { name: 'an expected-previous-version that is no version', inputs: { alias: 'champion', 'expected-previous-version': 'abc' }, names: 'input `expected-previous-version`' },
  // The guard is checked before anything is written: no version is registered for a stale read.
  { name: 'registering with an alias that moved since it was read', inputs: { alias: 'champion', 'expected-previous-version': '5' }, names: /^alias champion of .* points to version 1, but `expected-previous-version` expects it to point to version 5: .* Nothing was changed/ },
];

describe('publish-model: bad inputs fail cleanly and write nothing', () => {
  for (const c of cases) {
    it(`S3 registry: ${c.name}`, async () => {
      const before = await keys();
      const r = await expectCleanFailure('publish-model', { ...c, inputs: { ...s3Base, name: 'fraud', path: 'model', ...c.inputs } }, { workspace, env: aws });
      expect(await keys()).toEqual(before);
      expect(r.summary).not.toContain('was registered');
    });
  }
  for (const c of cases.filter((x) => /symbolic|moved since/.test(x.name))) {
    it(`MLflow: ${c.name}`, async () => {
      const before = await mlflowVersions(mlflowName);
      await expectCleanFailure('publish-model', { ...c, inputs: { registry: tracking(), name: mlflowName, path: 'model', ...c.inputs } }, { workspace });
      expect(await mlflowVersions(mlflowName)).toEqual(before);
    });
  }
});

describe('publish-model: tags as documented (one key=value per line)', () => {
  it('keeps a comma inside a tag value', async () => {
    const r = await runStep('publish-model', { workspace, inputs: { ...s3Base, name: 'tagged', path: 'model', tags: 'features=age,income,region\nnote=retrained, again' }, env: aws });
    expect(errorsOf(r), r.stdout).toEqual([]);
    const pulled = await runStep('pull-model', { workspace, inputs: { 'model-uri': `${registry}#tagged/1`, path: join(workspace, 'pulled'), 'cache-dir': join(workspace, 'cache'), 's3-endpoint': endpoint, 's3-path-style': 'true' }, env: aws });
    expect(errorsOf(pulled), pulled.stdout).toEqual([]);
    expect(JSON.parse(pulled.outputs.metadata ?? '{}').tags).toMatchObject({ features: 'age,income,region', note: 'retrained, again' });
  });
});
