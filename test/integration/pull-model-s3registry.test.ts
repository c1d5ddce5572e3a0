// pull-model reading the plain S3 registry (docs/s3-registry.md) by name and alias or version:
// publish-model's bundle writes versions and an alias to the real S3-compatible server that
// test/setup/services.ts starts, and pull-model's bundle reads them back (test/harness.ts).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestSha256 } from '../../src/registry/manifest.js';
import { S3Client } from '../../src/registry/s3/client.js';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { s3Test } from '../setup/env.js';

const { bucket: BUCKET, endpoint, aws } = s3Test();
const prefix = `pull-s3registry/${Date.now()}-${randomBytes(3).toString('hex')}`;
const registry = `s3://${BUCKET}/${prefix}`;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;

const v1: Record<string, Buffer> = { MLmodel: Buffer.from('flavors:\n  onnx: {}\n'), 'model.onnx': randomBytes(200_000), 'sub/weights.bin': randomBytes(700_000) };
const v2: Record<string, Buffer> = { MLmodel: Buffer.from('flavors:\n  onnx: {}\n'), 'model.onnx': randomBytes(250_000) };
const folderSha = (files: Record<string, Buffer>) => manifestSha256(Object.entries(files).map(([path, b]) => ({ path, size: b.length, sha256: sha(b) })));

let workspace: string;
let s3: S3Client;

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

function writeTree(dir: string, files: Record<string, Buffer>): void {
  for (const [k, v] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, k)), { recursive: true });
    writeFileSync(join(dir, k), v);
  }
}

function readTree(dir: string, rel = ''): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const d of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) Object.assign(out, readTree(dir, r));
    else out[r] = readFileSync(join(dir, r));
  }
  return out;
}

function publish(inputs: Record<string, string>, env: Record<string, string> = aws): Promise<StepResult> {
  return runStep('publish-model', { workspace, inputs: { registry, 's3-endpoint': endpoint, 's3-path-style': 'true', ...inputs }, env, ...(node ? { node } : {}) });
}

function pull(uri: string, dest: string, extra: Record<string, string> = {}): Promise<StepResult> {
  return runStep('pull-model', {
    workspace,
    inputs: { 'model-uri': uri, path: join(workspace, dest), 'cache-dir': join(workspace, `cache-${dest}`), 's3-endpoint': endpoint, 's3-path-style': 'true', ...extra },
    env: aws,
    ...(node ? { node } : {}),
  });
}

beforeAll(async () => {
  if (!endpoint) throw new Error('MODEL_CD_S3_ENDPOINT is not set: these tests need the S3 server that test/setup/services.ts starts (run them through scripts/test.sh).');
  for (const a of ['publish-model', 'pull-model']) if (!existsSync(join(ROOT, 'dist', a, 'index.js'))) throw new Error(`dist/${a} is missing: run \`npm run build\` first.`);
  workspace = mkdtempSync(join(tmpdir(), 'pull-s3registry-'));
  writeTree(join(workspace, 'm1'), v1);
  writeTree(join(workspace, 'm2'), v2);
  writeFileSync(join(workspace, 'metrics.json'), JSON.stringify({ accuracy: 0.93 }));
  s3 = new S3Client({ endpoint, region: aws.AWS_REGION, pathStyle: true, credentials: { accessKeyId: aws.AWS_ACCESS_KEY_ID, secretAccessKey: aws.AWS_SECRET_ACCESS_KEY } });

  const first = await publish({ name: 'fraud', path: 'm1', alias: 'champion', 'metrics-file': 'metrics.json', tags: 'dataset=2026-11' });
  expect(errors(first), first.stdout + first.stderr).toEqual([]);
  expect(first.outputs.version).toBe('1');
  const second = await publish({ name: 'fraud', path: 'm2' });
  expect(errors(second), second.stdout + second.stderr).toEqual([]);
  expect(second.outputs.version).toBe('2');
}, 120_000);

describe('pull-model from the plain S3 registry (bundles, as the runner runs them)', () => {
  it('pulls by alias: the version the alias points to, byte-identical, with the manifest as metadata', async () => {
    const r = await pull(`${registry}#fraud@champion`, 'by-alias');
    expect(errors(r), r.stdout + r.stderr).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(readTree(join(workspace, 'by-alias'))).toEqual(v1);
    expect(r.outputs).toMatchObject({ name: 'fraud', version: '1', alias: 'champion', sha256: folderSha(v1), 'source-uri': `${registry}#fraud/1` });
    const metadata = JSON.parse(r.outputs.metadata as string) as { tags: Record<string, string>; metrics: Record<string, number> };
    expect(metadata.metrics).toEqual({ accuracy: 0.93 });
    expect(metadata.tags.dataset).toBe('2026-11');
  });

  it('pulls by version, and the same version by alias and by number gives the same sha256', async () => {
    const r2 = await pull(`${registry}#fraud/2`, 'v2');
    expect(errors(r2), r2.stdout + r2.stderr).toEqual([]);
    expect(readTree(join(workspace, 'v2'))).toEqual(v2);
    expect(r2.outputs).toMatchObject({ name: 'fraud', version: '2', alias: '', sha256: folderSha(v2) });

    const r1 = await pull(`${registry}#fraud/1`, 'v1', { 'expected-sha256': folderSha(v1) });
    expect(errors(r1), r1.stdout + r1.stderr).toEqual([]);
    expect(readTree(join(workspace, 'v1'))).toEqual(v1);
    expect(r1.outputs.sha256).toBe(folderSha(v1));
  });

  it('fails clearly on an unknown alias, version or name, and on an incomplete version', async () => {
    const alias = await pull(`${registry}#fraud@nope`, 'x1');
    expect(alias.exitCode).not.toBe(0);
    expect(errors(alias).join('\n')).toMatch(/unknown alias "nope" of fraud/);

    const version = await pull(`${registry}#fraud/9`, 'x2');
    expect(version.exitCode).not.toBe(0);
    expect(errors(version).join('\n')).toMatch(/unknown version 9 of fraud/);

    const name = await pull(`${registry}#nobody@champion`, 'x3');
    expect(name.exitCode).not.toBe(0);
    expect(errors(name).join('\n')).toMatch(/unknown model nobody/);

    // A claim without a manifest: a publish that failed or is still running.
    await s3.put(BUCKET, `${prefix}/fraud/versions/7/claim.json`, '{}');
    const incomplete = await pull(`${registry}#fraud/7`, 'x4');
    expect(incomplete.exitCode).not.toBe(0);
    expect(errors(incomplete).join('\n')).toMatch(/version 7 of fraud .* is incomplete \(no manifest\): a publish failed or is in progress/);
    for (const d of ['x1', 'x2', 'x3', 'x4']) expect(existsSync(join(workspace, d))).toBe(false);
  });

  it('refuses a manifest that lies about a hash, keeping nothing', async () => {
    const key = `${prefix}/fraud/versions/2/manifest.json`;
    const original = await new Response((await s3.get(BUCKET, key)).body).text();
    const manifest = JSON.parse(original) as { sha256: string; files: { path: string; sha256: string }[] };

    // One file's hash changed: the manifest no longer agrees with itself.
    const lying = structuredClone(manifest);
    (lying.files[0] as { sha256: string }).sha256 = 'f'.repeat(64);
    await s3.put(BUCKET, key, JSON.stringify(lying));
    const r1 = await pull(`${registry}#fraud/2`, 'tampered1');
    expect(r1.exitCode).not.toBe(0);
    expect(errors(r1).join('\n')).toMatch(/manifest .* is inconsistent/);
    expect(existsSync(join(workspace, 'tampered1'))).toBe(false);

    // A consistent lie (file hash and folder hash both rewritten): caught when the files arrive.
    lying.sha256 = manifestSha256(lying.files as { path: string; size: number; sha256: string }[]);
    await s3.put(BUCKET, key, JSON.stringify(lying));
    const r2 = await pull(`${registry}#fraud/2`, 'tampered2');
    expect(r2.exitCode).not.toBe(0);
    expect(errors(r2).join('\n')).toMatch(/do not match its manifest/);
    expect(existsSync(join(workspace, 'tampered2'))).toBe(false);
    // Nothing reached the content-addressed cache either (docs in src/registry/cache.ts).
    const entries = join(workspace, 'cache-tampered2', 'sha256');
    expect(existsSync(entries) ? readdirSync(entries) : []).toEqual([]);

    await s3.put(BUCKET, key, original);
  });
});
