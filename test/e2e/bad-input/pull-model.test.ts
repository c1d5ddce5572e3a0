// pull-model given bad inputs, and given registry entries that exist but are damaged, which
// `if-missing: skip` must not pass off as "no champion yet" (helper.ts says what each case must show).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { ALIAS_SCHEMA } from '../../../src/registry/s3registry/layout.js';
import { S3Writer } from '../../../src/registry/s3/write.js';
import { runStep } from '../../harness.js';
import { s3Test, servicesEnv } from '../../setup/env.js';
import { corpus, errorsOf, expectCleanFailure, UNWRITABLE, unwritableFolderCases, type BadCase } from './helper.js';

const { bucket, endpoint, aws } = s3Test();
let workspace: string;
const base = () => ({ 'model-uri': 'model', path: join(workspace, 'out'), 'cache-dir': join(workspace, 'cache'), concurrency: '8', 'range-threshold': '8MiB', 'if-missing': 'fail' });

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bad-pull-'));
  mkdirSync(join(workspace, 'model'));
  writeFileSync(join(workspace, 'model', 'model.onnx'), 'weights');
  writeFileSync(join(workspace, 'a-file'), 'not a folder');
});

const cases: BadCase[] = [
  { name: 'a file:// URL with an encoded slash', inputs: { 'model-uri': 'file:///tmp/models%2Fmodel.onnx' }, names: /^input `model-uri`: "file:\/\/\/tmp\/models%2Fmodel.onnx" has an encoded slash \(%2F\)/ },
  { name: 'a file:// URL with a broken %-escape', inputs: { 'model-uri': 'file:///tmp/model%zz.onnx' }, names: /^input `model-uri`: .* has a broken %-escape/ },
  { name: 'a file:// URL naming another host', inputs: { 'model-uri': 'file://host/model.onnx' }, names: 'input `model-uri`' },
  { name: 'an unknown scheme', inputs: { 'model-uri': 'sx://bucket/key' }, names: 'input `model-uri`' },
  { name: 'a local model that does not exist', inputs: { 'model-uri': 'nope.onnx' }, names: 'input `model-uri`' },
  { name: 'concurrency that is not a number', inputs: { concurrency: 'NaN' }, names: 'input `concurrency`' },
  { name: 'a negative concurrency', inputs: { concurrency: '-1' }, names: 'input `concurrency`' },
  { name: 'a huge concurrency', inputs: { concurrency: '1e309' }, names: 'input `concurrency`' },
  { name: 'a range-threshold in no unit', inputs: { 'range-threshold': '5 parsecs' }, names: 'input `range-threshold`' },
  { name: 'a typo in if-missing', inputs: { 'if-missing': 'skp' }, names: 'input `if-missing`' },
  { name: 'an expected-sha256 that is no sha256', inputs: { 'expected-sha256': 'xyz' }, names: 'input `expected-sha256`' },
  { name: 'an MLflow URI without a tracking server', inputs: { 'model-uri': 'models:/fraud/1' }, names: 'input `mlflow-tracking-uri`' },
  { name: 'path is the workspace', inputs: { path: '.' }, names: 'input `path`' },
  ...unwritableFolderCases('cache-dir', 'a-file'),
  ...Object.entries(UNWRITABLE('a-file')).map(([where, p]) => ({ name: `path ${where}`, inputs: { path: p }, names: `input \`path\`: ${JSON.stringify(p)}` })),
  { name: 'path on a device', inputs: { path: '/dev/full' }, names: /^input `path`: "\/dev\/full" is a device/ },
];

corpus('pull-model', cases, () => ({ workspace, base: base() }));

describe('pull-model: if-missing skip skips only what is truly not there', () => {
  const root = `bad-input-pull/${Date.now()}-${randomBytes(3).toString('hex')}`;
  const s3 = () => new S3Writer({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });
  const s3Inputs = { 's3-endpoint': endpoint, 's3-path-style': 'true', 'if-missing': 'skip' };

  it('a registry version whose files were deleted is an error, not a skip', async () => {
    const pub = await runStep('publish-model', { workspace, inputs: { registry: `s3://${bucket}/${root}`, name: 'fraud', path: 'model', 's3-endpoint': endpoint, 's3-path-style': 'true' }, env: aws });
    if (pub.exitCode !== 0) throw new Error(pub.stdout);
    await s3().delete(bucket, `${root}/fraud/versions/1/files/model.onnx`);
    await expectCleanFailure('pull-model', { name: 'damaged version', inputs: { ...base(), ...s3Inputs, 'model-uri': `s3://${bucket}/${root}#fraud/1` }, names: /^version 1 of fraud .* has a manifest .* but its files are missing/ }, { workspace, env: aws });
  });

  it('an alias that points to a version that does not exist is an error, not a skip', async () => {
    await s3().put(bucket, `${root}/fraud/aliases/champion`, Buffer.from(JSON.stringify({ schema: ALIAS_SCHEMA, version: 99, previous: null, updated: new Date().toISOString() })));
    await expectCleanFailure('pull-model', { name: 'dangling alias', inputs: { ...base(), ...s3Inputs, 'model-uri': `s3://${bucket}/${root}#fraud@champion` }, names: /^alias "champion" of fraud .* points to version 99, which does not exist/ }, { workspace, env: aws });
  });

  it('an MLflow version whose files are not where it says is an error, not a skip', async () => {
    const tracking = servicesEnv().mlflow.trackingUri;
    const name = `bad-input-${Date.now()}-${randomBytes(3).toString('hex')}`;
    const api = async (path: string, body: unknown) => {
      const res = await fetch(`${tracking}/api/2.0/mlflow/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    };
    await api('registered-models/create', { name });
    await api('model-versions/create', { name, source: `s3://${bucket}/${root}/gone/model` });
    await expectCleanFailure(
      'pull-model',
      { name: 'MLflow version without files', inputs: { ...base(), ...s3Inputs, 'model-uri': `models:/${name}/1`, 'mlflow-tracking-uri': tracking }, names: new RegExp(`^models:/${name}/1 is registered, but its files are missing`) },
      { workspace, env: aws },
    );
  });

  it('a model that was never registered is still skipped', async () => {
    const r = await runStep('pull-model', { workspace, inputs: { ...base(), ...s3Inputs, 'model-uri': `s3://${bucket}/${root}#nobody@champion` }, env: aws });
    if (errorsOf(r).length || r.exitCode !== 0 || r.outputs.found !== 'false') throw new Error(r.stdout);
  });
});
