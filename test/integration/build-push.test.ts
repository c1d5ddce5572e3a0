// build-push run as the runner runs it (the bundle): a model layered on a base image that umoci
// made in an OCI layout, pushed to the real registry on 127.0.0.1 and written to a layout; skopeo
// and umoci check the result; a second run (another checkout of the model) gives the same digest.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../harness.js';
import { servicesEnv } from '../setup/env.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const reg = servicesEnv().registry;
const repo = `model-cd/build-push-${Date.now()}-${process.pid}`;
const model = randomBytes(300_000);

let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'build-push-'));
  run('umoci', ['init', '--layout', join(workspace, 'base')]);
  run('umoci', ['new', '--image', `${join(workspace, 'base')}:py`]);
  writeFileSync(join(workspace, 'serve.py'), 'print("serving")\n');
  run('umoci', ['insert', '--rootless', '--image', `${join(workspace, 'base')}:py`, join(workspace, 'serve.py'), '/app/serve.py']);
});

/** A checkout of the model: same bytes, this checkout's own time and mode. */
function checkout(time: number, mode: number): string {
  const dir = mkdtempSync(join(workspace, 'model-'));
  writeFileSync(join(dir, 'model.onnx'), model);
  chmodSync(join(dir, 'model.onnx'), mode);
  utimesSync(join(dir, 'model.onnx'), time, time);
  return join(dir, 'model.onnx');
}

function step(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<StepResult> {
  return runStep('build-push', { workspace, inputs: { base: 'oci:base:py', ...inputs }, env: { GITHUB_REPOSITORY: 'acme/fraud-serving', GITHUB_SHA: 'a'.repeat(40), ...env }, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('build-push (daemonless)', () => {
  it('pushes the layered image with its lineage; skopeo reads it, umoci unpacks the model; another checkout gives the same digest', async () => {
    const lineage = { 'model-name': 'fraud', 'model-version': '3', 'model-sha256': sha(model), 'model-source-uri': 'models:/fraud/3' };
    const r = await step({ model: checkout(1_700_000_000, 0o600), tags: `${reg.address}/${repo}:v3\noci:out:v3`, ...lineage });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.image).toBe(`${reg.address}/${repo}@${r.outputs.digest}`);
    const info = JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', `docker://${reg.address}/${repo}:v3`])) as { Digest: string; Env: string[]; Labels: Record<string, string> };
    expect(info.Digest).toBe(r.outputs.digest);
    expect(info.Env).toContain('MODEL_PATH=/opt/model/model.onnx');
    expect(info.Labels).toMatchObject({
      'dev.model-cd.model.name': 'fraud',
      'dev.model-cd.model.version': '3',
      'dev.model-cd.model.sha256': sha(model),
      'dev.model-cd.model.source-uri': 'models:/fraud/3',
      'org.opencontainers.image.source': 'https://github.com/acme/fraud-serving',
      'org.opencontainers.image.revision': 'a'.repeat(40),
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
    });
    const bundle = join(mkdtempSync(join(workspace, 'bundle-')), 'b');
    run('umoci', ['unpack', '--rootless', '--image', `${join(workspace, 'out')}:v3`, bundle]);
    expect(sha(readFileSync(join(bundle, 'rootfs/opt/model/model.onnx')))).toBe(sha(model));
    // Another checkout (other time and mode): the same digest, and no blob bytes sent again.
    const again = await step({ model: checkout(1_800_000_000, 0o644), tags: `${reg.address}/${repo}:v3-again`, ...lineage });
    expect(again.outputs.digest).toBe(r.outputs.digest);
    expect(again.stdout).toMatch(/0 blob\(s\) uploaded \(0 bytes\), 0 mounted from the base, 3 already there/);
  });

  it('reuses the model layer a registry already has (same diffID): not compressed or sent again, the same digest', async () => {
    const lineage = { 'model-name': 'fraud', 'model-version': '3', 'model-sha256': sha(model), 'model-source-uri': 'models:/fraud/3' };
    const first = await step({ model: checkout(1_700_000_000, 0o600), tags: `${reg.address}/${repo}-reuse:v3`, ...lineage });
    expect(first.stdout).not.toMatch(/reused, not compressed/);
    // The same tag again, from another checkout: found in the image the tag points at.
    const same = await step({ model: checkout(1_900_000_000, 0o640), tags: `${reg.address}/${repo}-reuse:v3`, ...lineage });
    expect(errors(same), same.stdout).toEqual([]);
    expect(same.stdout).toContain(`is already in ${reg.address}/${repo}-reuse:v3: reused, not compressed or sent again`);
    expect(same.stdout).not.toContain('Build the model layer');
    expect(same.outputs.digest).toBe(first.outputs.digest);
    // A new tag finds it through cache-from.
    const tagged = await step({ model: checkout(0, 0o644), tags: `${reg.address}/${repo}-reuse:v3-1`, 'cache-from': `${reg.address}/${repo}-reuse:v3`, ...lineage });
    expect(tagged.stdout).toContain('reused, not compressed or sent again');
    expect(tagged.stdout).toMatch(/0 blob\(s\) uploaded \(0 bytes\), 0 mounted from the base, 3 already there/);
    expect(tagged.outputs.digest).toBe(first.outputs.digest);
    // Another model is built and sent; an image without the layer, or no image, is no reason to fail.
    const other = join(mkdtempSync(join(workspace, 'model-')), 'model.onnx');
    writeFileSync(other, randomBytes(1000));
    const changed = await step({ model: other, tags: `${reg.address}/${repo}-reuse:v3`, 'cache-from': `${reg.address}/${repo}-missing:none`, ...lineage });
    expect(errors(changed), changed.stdout).toEqual([]);
    expect(changed.stdout).toContain('Build the model layer');
    expect(changed.outputs.digest).not.toBe(first.outputs.digest);
    const run1 = JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', `docker://${reg.address}/${repo}-reuse:v3-1`])) as { Digest: string };
    expect(run1.Digest).toBe(first.outputs.digest);
  });

  it('pulls a base image from the registry, and mounts its layers instead of sending them', async () => {
    run('skopeo', ['copy', '--dest-tls-verify=false', `oci:${join(workspace, 'base')}:py`, `docker://${reg.address}/${repo}-base:py`]);
    const r = await step({ base: `${reg.address}/${repo}-base:py`, model: checkout(0, 0o644), tags: `${reg.address}/${repo}-pulled:from-registry` });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.stdout).toMatch(/2 blob\(s\) uploaded \(\d+ bytes\), 1 mounted from .*-base, 0 already there/);
    const bundle = join(mkdtempSync(join(workspace, 'bundle-')), 'b');
    const copy = mkdtempSync(join(workspace, 'copy-'));
    run('skopeo', ['copy', '--src-tls-verify=false', `docker://${reg.address}/${repo}-pulled:from-registry`, `oci:${copy}:x`]);
    run('umoci', ['unpack', '--rootless', '--image', `${copy}:x`, bundle]);
    expect(readFileSync(join(bundle, 'rootfs/app/serve.py'), 'utf8')).toBe('print("serving")\n');
    expect(sha(readFileSync(join(bundle, 'rootfs/opt/model/model.onnx')))).toBe(sha(model));
  });

  it('names bad inputs: a missing model, a base that is not there, an invalid tag', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ model: 'nowhere.onnx', tags: 'oci:out:x' }, /^input `model`: "nowhere\.onnx" does not exist/],
      [{ model: checkout(0, 0o644), tags: 'oci:out:x', base: 'oci:base:nope' }, /^input `base`: "oci:base:nope" no image "nope" in the layout/],
      [{ model: checkout(0, 0o644), tags: `${reg.address}/Bad Repo:tag` }, /^input `tags`: ".*Bad Repo:tag" is not an image reference/],
      [{ model: checkout(0, 0o644), tags: 'oci:out:x', base: 'debian:12' }, /^input `base`: "debian:12" is not an image reference\. Give `registry\/repository:tag`/],
      [{ model: checkout(0, 0o644), tags: 'oci:out:x', base: `${reg.address}/${repo}-missing:1` }, /has no image .*-missing:1 \(HTTP 404\)\. Check the base image name and tag/],
    ];
    for (const [inputs, message] of cases) {
      const r = await step(inputs);
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(message)]);
    }
  });
});

describe('build-push credentials from the docker config', () => {
  it('uses the auths a login action wrote, then a credential helper, and masks the password', async () => {
    const docker = mkdtempSync(join(workspace, 'docker-'));
    const auth = Buffer.from(`${reg.user}:${reg.password}`).toString('base64');
    writeFileSync(join(docker, 'config.json'), JSON.stringify({ auths: { [reg.authAddress]: { auth } } }));
    const viaAuths = await step({ model: checkout(0, 0o644), tags: `${reg.authAddress}/${repo}:auths` }, { DOCKER_CONFIG: docker });
    expect(errors(viaAuths), viaAuths.stdout).toEqual([]);
    expect(viaAuths.masks).toContain(reg.password);

    // A helper on PATH answers for the registry; `auths` is empty this time.
    const bin = mkdtempSync(join(workspace, 'bin-'));
    writeFileSync(join(bin, 'docker-credential-modelcdtest'), `#!/bin/sh\nread host\necho '{"ServerURL":"'$host'","Username":"${reg.user}","Secret":"${reg.password}"}'\n`);
    chmodSync(join(bin, 'docker-credential-modelcdtest'), 0o755);
    writeFileSync(join(docker, 'config.json'), JSON.stringify({ credHelpers: { [reg.authAddress]: 'modelcdtest' } }));
    const viaHelper = await step({ model: checkout(0, 0o644), tags: `${reg.authAddress}/${repo}:helper` }, { DOCKER_CONFIG: docker, PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(errors(viaHelper), viaHelper.stdout).toEqual([]);

    // Without any: the registry's challenge is named.
    const none = await step({ model: checkout(0, 0o644), tags: `${reg.authAddress}/${repo}:none` }, { DOCKER_CONFIG: mkdtempSync(join(workspace, 'empty-')) });
    expect(errors(none)[0]).toMatch(/needs credentials \(Basic auth\)/);
  });
});
