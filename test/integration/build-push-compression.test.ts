// build-push's layer compression (none, gzip, zstd) and its diffID -> digest record, through the
// bundle on the runner's Node (node24: zstd is in its zlib), against the real registry: the
// pushed image has the layer media type asked for, skopeo reads it at our digest, buildah pulls
// and runs it; an unchanged model re-pushed to another tag is found by the record without being
// compressed again, and a record that lies or is damaged costs a compression, never the push.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { servicesEnv } from '../setup/env.js';
import { Buildah, busyboxBase, run } from './buildah-lib.js';

const node24 = process.env.MODEL_CD_NODE24 ?? execFileSync('bash', [join(ROOT, 'scripts', 'setup-tools.sh'), '--node24'], { encoding: 'utf8' }).trim();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const reg = servicesEnv().registry;
const repo = `model-cd/build-push-compression-${Date.now()}-${process.pid}`;
const model = randomBytes(300_000);

let workspace: string;
let buildah: Buildah;

beforeAll(() => {
  if (!existsSync(node24)) throw new Error(`no Node 24 at ${node24}: run bash scripts/setup-tools.sh (npm test does)`);
  // Lower case: buildah names an image read from `oci:<path>` after the path.
  workspace = join(tmpdir(), `build-push-compression-${process.pid}-${Date.now()}`);
  mkdirSync(join(workspace, 'model'), { recursive: true });
  buildah = new Buildah(workspace);
  busyboxBase(workspace, join(workspace, 'base'), 'busybox', ['sh', 'sha256sum']);
  writeFileSync(join(workspace, 'model', 'model.onnx'), model);
});

afterAll(() => buildah?.remove());

function step(inputs: Record<string, string>, node = node24): Promise<StepResult> {
  return runStep('build-push', { workspace, inputs: { base: 'oci:base:busybox', model: 'model/model.onnx', 'cache-dir': 'layer-cache', ...inputs }, node });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const manifestOf = (ref: string) => JSON.parse(run('skopeo', ['inspect', '--raw', '--tls-verify=false', ref])) as { layers: { mediaType: string; digest: string }[] };
const recordFile = (compression: string) => join(workspace, 'layer-cache', compression, readdirSync(join(workspace, 'layer-cache', compression))[0] as string);

describe('build-push layer compression', () => {
  it.each([
    ['none', 'application/vnd.oci.image.layer.v1.tar'],
    ['gzip', 'application/vnd.oci.image.layer.v1.tar+gzip'],
    ['zstd', 'application/vnd.oci.image.layer.v1.tar+zstd'],
  ])('%s: the model layer has media type %s; skopeo reads our digest, buildah pulls and runs it', async (compression, mediaType) => {
    const r = await step({ 'layer-compression': compression, tags: `${reg.address}/${repo}:${compression}` });
    expect(errors(r), r.stdout).toEqual([]);
    const ref = `docker://${reg.address}/${repo}:${compression}`;
    expect(JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', ref])).Digest).toBe(r.outputs.digest);
    expect(manifestOf(ref).layers.at(-1)?.mediaType).toBe(mediaType);
    const out = buildah.runIn(ref, 'sha256sum "$MODEL_PATH"', ['--tls-verify=false']);
    expect(out).toBe(`${sha(model)}  /opt/model/model.onnx\n`);
  });

  it('zstd and gzip are reproducible: the same model from another push gives the same layer digest', async () => {
    for (const compression of ['gzip', 'zstd']) {
      const a = await step({ 'layer-compression': compression, 'cache-dir': `fresh-a-${compression}`, tags: `oci:out-a:${compression}` });
      const b = await step({ 'layer-compression': compression, 'cache-dir': `fresh-b-${compression}`, tags: `oci:out-b:${compression}` });
      expect(errors(a), a.stdout).toEqual([]);
      expect(b.outputs.digest).toBe(a.outputs.digest);
      expect(JSON.parse(b.outputs.metadata as string)['model-cd.layer.digest']).toBe(JSON.parse(a.outputs.metadata as string)['model-cd.layer.digest']);
    }
  });

  it('an unchanged model re-pushed to another tag is found by its record in cache-dir: not compressed or sent again', async () => {
    const first = await step({ 'layer-compression': 'zstd', tags: `${reg.address}/${repo}-again:v1` });
    expect(errors(first), first.stdout).toEqual([]);
    const again = await step({ 'layer-compression': 'zstd', tags: `${reg.address}/${repo}-again:v1-again` });
    expect(errors(again), again.stdout).toEqual([]);
    expect(again.stdout).toContain(`is already in ${reg.address}/${repo}-again:v1-again: reused, not compressed or sent again`);
    expect(again.stdout).not.toContain('Build the model layer');
    expect(again.stdout).toMatch(/0 blob\(s\) uploaded \(0 bytes\), 0 mounted from the base, 3 already there/);
    expect(again.outputs.digest).toBe(first.outputs.digest);
  });

  it('a record the registry does not bear out, or a damaged one, means compressing again; the push succeeds and the record is put right', async () => {
    const first = await step({ 'layer-compression': 'gzip', tags: `${reg.address}/${repo}-lies:v1` });
    expect(errors(first), first.stdout).toEqual([]);
    const file = recordFile('gzip');
    const truth = readFileSync(file, 'utf8');
    // A fresh repository does not hold the recorded blob: the layer is built and uploaded.
    const fresh = await step({ 'layer-compression': 'gzip', tags: `${reg.address}/${repo}-lies-fresh:v1` });
    expect(errors(fresh), fresh.stdout).toEqual([]);
    expect(fresh.stdout).toContain('Build the model layer');
    expect(fresh.stdout).toMatch(/3 blob\(s\) uploaded/);
    for (const lie of [JSON.stringify({ ...JSON.parse(truth), digest: `sha256:${'0'.repeat(64)}` }), '{"diffId": ', 'null']) {
      writeFileSync(file, lie);
      const r = await step({ 'layer-compression': 'gzip', tags: `${reg.address}/${repo}-lies:v1-${sha(Buffer.from(lie)).slice(0, 8)}` });
      expect(errors(r), r.stdout).toEqual([]);
      expect(r.stdout).toContain('Build the model layer');
      expect(r.outputs.digest).toBe(first.outputs.digest);
      expect(readFileSync(file, 'utf8')).toBe(truth);
    }
  });

  it('a cache-dir that cannot be written is one error naming it; no tag is pushed', async () => {
    writeFileSync(join(workspace, 'not-a-folder'), 'x');
    const r = await step({ 'layer-compression': 'gzip', 'cache-dir': 'not-a-folder', tags: `${reg.address}/${repo}-nocache:v1` });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^input `cache-dir`: "not-a-folder" cannot be written .*Give a folder this job may write/)]);
    expect(() => run('skopeo', ['inspect', '--tls-verify=false', `docker://${reg.address}/${repo}-nocache:v1`])).toThrow();
  });

  it.runIf(process.versions.zstd === undefined)('zstd on a Node without it: one error naming the input and the fix', async () => {
    const r = await step({ 'layer-compression': 'zstd', tags: 'oci:out-old:v1' }, process.execPath);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^input `layer-compression`: "zstd" needs a Node with zstd .*Choose `none` or `gzip`/)]);
    expect(existsSync(join(workspace, 'out-old'))).toBe(false);
  });
});
