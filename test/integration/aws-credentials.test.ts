// The AWS credential chain of pull-model and publish-model, end to end through the bundles:
// a profile file, credential_process and no credentials against s3proxy (which checks every
// signature against its one key), and STS against moto's server (AssumeRole from a profile,
// AssumeRoleWithWebIdentity from a token file), whose S3 then checks the signature and the
// role's policies of each request. Each case runs with its own HOME and no AWS variables but
// the ones it sets, so nothing of this machine's own AWS set-up can leak in.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { S3Writer } from '../../src/registry/s3/write.js';
import { runStep, type StepResult } from '../harness.js';
import { s3Test } from '../setup/env.js';

const { bucket: BUCKET, endpoint, aws } = s3Test();
const MOTO = process.env.MODEL_CD_MOTO_ENDPOINT ?? '';
const MOTO_PYTHON = process.env.MODEL_CD_MOTO_PYTHON ?? '';
const tag = `${Date.now()}-${randomBytes(3).toString('hex')}`;
const model = randomBytes(300_000);
const sha = createHash('sha256').update(model).digest('hex');
const key = `aws-credentials/${tag}/model.onnx`;
let moto: { roleArn: string; bucket: string; key: string; users: Record<'assumer' | 'nobody', { accessKeyId: string; secretAccessKey: string }> };

// Instance metadata is tried last by the chain; off, a case without credentials does not wait for it.
const BASE = { AWS_EC2_METADATA_DISABLED: 'true' };

/** A fresh HOME holding `config` as ~/.aws/config (and `credentials`), for one case. */
function home(config = '', credentials = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-aws-'));
  mkdirSync(join(dir, '.aws'));
  if (config) writeFileSync(join(dir, '.aws', 'config'), config);
  if (credentials) writeFileSync(join(dir, '.aws', 'credentials'), credentials);
  return dir;
}

function pull(dir: string, env: Record<string, string>, uri = `s3://${BUCKET}/${key}`, s3 = endpoint): Promise<StepResult> {
  return runStep('pull-model', {
    workspace: dir,
    inputs: { 'model-uri': uri, 's3-endpoint': s3, 's3-path-style': 'true', path: join(dir, 'out'), 'cache-dir': join(dir, 'cache') },
    env: { ...BASE, HOME: dir, ...env },
  });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

function expectPulled(r: StepResult): void {
  expect(errors(r)).toEqual([]);
  expect(r.exitCode).toBe(0);
  expect(r.outputs.sha256).toBe(sha);
  expect(readFileSync(r.outputs.path as string).equals(model)).toBe(true);
}

function expectOneError(r: StepResult, dir: string, pattern: RegExp): void {
  expect(r.exitCode).toBe(1);
  expect(errors(r)).toEqual([expect.stringMatching(pattern)]);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |unexpected failure/);
  expect(existsSync(join(dir, 'out'))).toBe(false);
}

/** moto checks signatures and policies after `n` more requests (0: from the next one). */
async function motoChecksAfter(n: number | 'never'): Promise<void> {
  const res = await fetch(`${MOTO}/moto-api/reset-auth`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: n === 'never' ? 'inf' : String(n) });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  const s3 = new S3Writer({ endpoint, region: aws.AWS_REGION as string, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID as string, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY as string } });
  await s3.put(BUCKET, key, model);
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-aws-'));
  writeFileSync(join(dir, 'model.onnx'), model);
  moto = JSON.parse(execFileSync(MOTO_PYTHON, [join(import.meta.dirname, 'py', 'moto_setup.py'), MOTO, tag, join(dir, 'model.onnx')], { encoding: 'utf8' }));
}, 120_000);

describe('credentials from the shared files (s3proxy checks the signature)', () => {
  const keys = `aws_access_key_id = ${aws.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${aws.AWS_SECRET_ACCESS_KEY}\n`;

  it('AWS_PROFILE names a profile of ~/.aws/credentials: pulled, and the log says where the keys came from', async () => {
    const dir = home('', `[ci]\n${keys}`);
    const r = await pull(dir, { AWS_PROFILE: 'ci' });
    expectPulled(r);
    expect(r.stdout).toContain('AWS credentials: from profile ci.');
    expect(r.masks).toContain(aws.AWS_SECRET_ACCESS_KEY);
  });

  it('the default profile is used with no variable set', async () => {
    const dir = home('', `[default]\n${keys}`);
    expectPulled(await pull(dir, {}));
  });

  it('credential_process: the program the profile names gives the keys', async () => {
    const dir = home();
    const program = join(dir, 'creds.mjs');
    writeFileSync(program, `console.log(JSON.stringify({ Version: 1, AccessKeyId: ${JSON.stringify(aws.AWS_ACCESS_KEY_ID)}, SecretAccessKey: ${JSON.stringify(aws.AWS_SECRET_ACCESS_KEY)} }));\n`);
    writeFileSync(join(dir, '.aws', 'config'), `[profile proc]\ncredential_process = ${process.execPath} ${program}\n`);
    expectPulled(await pull(dir, { AWS_PROFILE: 'proc' }));
  });

  it('credential_process that returns expired credentials: one error naming the profile', async () => {
    const dir = home();
    const program = join(dir, 'creds.mjs');
    writeFileSync(program, `console.log(JSON.stringify({ Version: 1, AccessKeyId: 'a', SecretAccessKey: 'b', SessionToken: 'c', Expiration: '2020-01-01T00:00:00Z' }));\n`);
    writeFileSync(join(dir, '.aws', 'config'), `[profile old]\ncredential_process = ${process.execPath} ${program}\n`);
    expectOneError(await pull(dir, { AWS_PROFILE: 'old' }), dir, /could not get AWS credentials from profile old: .*expired.*Check profile old in ~\/\.aws\/config/i);
  });

  it('AWS_PROFILE naming no profile: one error naming the variable, the value and the profiles there are', async () => {
    const dir = home('[profile staging]\nregion = eu-west-1\n', `[ci]\n${keys}`);
    expectOneError(await pull(dir, { AWS_PROFILE: 'prod' }), dir, /environment variable AWS_PROFILE: "prod" names no profile .*the profiles there are ci, staging/);
  });

  it('no credentials anywhere: unsigned requests with a notice, and the refusal says no credentials were found', async () => {
    const dir = home();
    const r = await pull(dir, {});
    expect(r.stdout).toContain('No AWS credentials found');
    expectOneError(r, dir, /access denied .* to an unsigned request .*no AWS credentials were found/);
  });

  it('publish-model with no credentials anywhere: one error before anything is written', async () => {
    const dir = home();
    writeFileSync(join(dir, 'model.onnx'), model);
    const r = await runStep('publish-model', {
      workspace: dir,
      inputs: { registry: `s3://${BUCKET}/aws-credentials/${tag}/registry`, name: 'm', path: join(dir, 'model.onnx'), 's3-endpoint': endpoint, 's3-path-style': 'true' },
      env: { ...BASE, HOME: dir },
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/AWS credentials.*were not found: publishing .* needs them/)]);
  });
});

describe('credentials from STS (moto; its S3 checks signatures and the role policy)', () => {
  const s3Uri = () => `s3://${moto.bucket}/${moto.key}`;

  it('a profile with role_arn and source_profile: AssumeRole, then a read only the role may make', async () => {
    const user = moto.users.assumer;
    const dir = home(`[profile reader]\nrole_arn = ${moto.roleArn}\nsource_profile = base\n`, `[base]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`);
    await motoChecksAfter(0);
    try {
      const r = await pull(dir, { AWS_PROFILE: 'reader', AWS_ENDPOINT_URL_STS: MOTO }, s3Uri(), MOTO);
      expectPulled(r);
      // The session token STS gave is masked in the log like the keys.
      expect(r.masks.length).toBeGreaterThanOrEqual(2);
    } finally {
      await motoChecksAfter('never');
    }
  });

  it('the user keys alone may not read the bucket (the role is what allows it)', async () => {
    const user = moto.users.nobody;
    const dir = home();
    await motoChecksAfter(0);
    try {
      const r = await pull(dir, { AWS_ACCESS_KEY_ID: user.accessKeyId, AWS_SECRET_ACCESS_KEY: user.secretAccessKey }, s3Uri(), MOTO);
      expectOneError(r, dir, /credentials rejected for s3:\/\/creds-.*HTTP 403.*AWS_ACCESS_KEY_ID/);
    } finally {
      await motoChecksAfter('never');
    }
  });

  it('a web identity token file (EKS IRSA): AssumeRoleWithWebIdentity, then a signed read', async () => {
    const dir = home();
    writeFileSync(join(dir, 'token'), 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6bWw6cHVsbCJ9.c2ln');
    // AssumeRoleWithWebIdentity is unsigned, which moto's checks cannot take: checks start after it.
    await motoChecksAfter(1);
    try {
      const r = await pull(dir, { AWS_ROLE_ARN: moto.roleArn, AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, 'token'), AWS_ENDPOINT_URL_STS: MOTO }, s3Uri(), MOTO);
      expectPulled(r);
      expect(r.stdout).toContain('from the web identity token file');
    } finally {
      await motoChecksAfter('never');
    }
  });

  it('a web identity token file that does not exist: one error naming the variable', async () => {
    const dir = home();
    const r = await pull(dir, { AWS_ROLE_ARN: moto.roleArn, AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, 'missing-token'), AWS_ENDPOINT_URL_STS: MOTO }, s3Uri(), MOTO);
    expectOneError(r, dir, /could not get AWS credentials from the web identity token file .*Check AWS_WEB_IDENTITY_TOKEN_FILE/);
  });

  it('an STS that refuses (a session name over 64 characters): one error naming the profile and what STS said', async () => {
    const user = moto.users.assumer;
    const dir = home(
      `[profile reader]\nrole_arn = ${moto.roleArn}\nsource_profile = base\nrole_session_name = ${'s'.repeat(65)}\n`,
      `[base]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
    );
    const r = await pull(dir, { AWS_PROFILE: 'reader', AWS_ENDPOINT_URL_STS: MOTO }, s3Uri(), MOTO);
    expectOneError(r, dir, /could not get AWS credentials from profile reader: .*roleSessionName.*Check profile reader/);
  });

  it('a session token the server does not know: rejected, with what to do', async () => {
    const dir = home();
    await motoChecksAfter(0);
    try {
      const r = await pull(dir, { AWS_ACCESS_KEY_ID: 'ASIAEXPIREDEXAMPLE01', AWS_SECRET_ACCESS_KEY: 'x', AWS_SESSION_TOKEN: 'expired' }, s3Uri(), MOTO);
      expectOneError(r, dir, /credentials rejected for s3:\/\/creds-.*HTTP 403/);
      expect(r.masks).toContain('expired');
    } finally {
      await motoChecksAfter('never');
    }
  });
});
