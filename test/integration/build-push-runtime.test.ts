// build-push's `runtime: serve` and `contract`, run as the runner runs them (the bundle), on base
// images written here (fake-image.ts: a `node` file on the PATH is all the check looks for; these
// images are not run, serve-container.test.ts runs one). onnxruntime-node comes from the real npm
// registry, its tarballs kept in a cache-dir shared by runs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { amd64, arm64, fakeBase } from '../unit/image/fake-image.js';
import { stateDir } from './node-base.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const cacheDir = join(stateDir(), 'serve-container-cache');
let workspace: string;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'build-push-runtime-'));
  const nodeLayers = [['bin/sh'], ['usr/local/bin/node']];
  await fakeBase(join(workspace, 'base'), 'multi', [amd64, arm64, { os: 'linux', architecture: 's390x' }].map((platform) => ({ platform, layers: nodeLayers })));
  await fakeBase(join(workspace, 'base'), 'amd64', [{ platform: amd64, layers: nodeLayers }]);
  await fakeBase(join(workspace, 'base'), 'no-node', [{ platform: amd64, layers: [['bin/sh', 'opt/node/bin/node'], ['usr/local/bin/node'], ['usr/local/bin/.wh.node']] }]);
  await fakeBase(join(workspace, 'base'), 's390x', [{ platform: { os: 'linux', architecture: 's390x' }, layers: nodeLayers }]);
  mkdirSync(join(workspace, 'model'));
  copyFileSync(join(ROOT, 'examples', 'model', 'candidate.onnx'), join(workspace, 'model', 'candidate.onnx'));
  copyFileSync(join(ROOT, 'examples', 'model', 'model-contract.yaml'), join(workspace, 'model', 'model-contract.yaml'));
}, 60_000);

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function step(inputs: Record<string, string>): Promise<StepResult> {
  return runStep('build-push', { workspace, inputs: { model: 'model/candidate.onnx', 'cache-dir': cacheDir, ...inputs }, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const layoutJson = <T>(layout: string, digest: string) => JSON.parse(readFileSync(join(workspace, layout, 'blobs', ...digest.split(':')), 'utf8')) as T;
const tarList = (layout: string, digest: string) => execFileSync('tar', ['-tzf', join(workspace, layout, 'blobs', ...digest.split(':'))], { encoding: 'utf8', maxBuffer: 16 << 20 }).trim().split('\n');

interface Manifest {
  config: { digest: string };
  layers: { digest: string; mediaType: string }[];
}

describe('build-push runtime: serve', () => {
  it("adds each platform's onnxruntime-node below the model, leaves out a platform it has none for, and gives the same digest again", async () => {
    const r = await step({ base: 'oci:base:multi', runtime: 'serve', contract: 'model/model-contract.yaml', tags: 'oci:out:a' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.stdout).toContain('linux/s390x: left out of the image, since onnxruntime-node 1.30.0 has no binary for linux/s390x');
    expect(r.summary).toContain('the serve runtime (model-cd ');
    expect(r.summary).toContain('for linux/amd64, linux/arm64/v8 at `/opt/model-cd/serve`, port 8080');
    expect(JSON.parse(r.outputs.metadata ?? '{}')).toMatchObject({ 'model-cd.runtime': 'serve' });

    const index = layoutJson<{ manifests: { digest: string; platform: { architecture: string } }[] }>('out', r.outputs.digest ?? '');
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    for (const [m, arch] of [[index.manifests[0], 'x64'], [index.manifests[1], 'arm64']] as const) {
      const manifest = layoutJson<Manifest>('out', m?.digest ?? '');
      // The base's two layers, the runtime (gzip: shared libraries compress), the model (none, the default).
      expect(manifest.layers.map((l) => l.mediaType)).toEqual([expect.any(String), expect.any(String), 'application/vnd.oci.image.layer.v1.tar+gzip', 'application/vnd.oci.image.layer.v1.tar']);
      const runtime = tarList('out', manifest.layers[2]?.digest ?? '');
      expect(runtime).toContain('opt/model-cd/serve/index.js');
      expect(runtime).toContain('opt/model-cd/serve/package.json');
      expect(runtime).toContain('opt/model-cd/serve/node_modules/onnxruntime-common/package.json');
      expect(runtime).toContain(`opt/model-cd/serve/node_modules/onnxruntime-node/bin/napi-v6/linux/${arch}/onnxruntime_binding.node`);
      // This platform's binary only.
      expect(runtime.filter((p) => p.includes('/bin/napi-v6/') && !p.endsWith('/')).every((p) => p.includes(`/linux/${arch}/`))).toBe(true);
      const config = layoutJson<{ config: { Env: string[]; Cmd: string[]; Labels: Record<string, string> } }>('out', manifest.config.digest);
      expect(config.config.Cmd).toEqual(['node', '/opt/model-cd/serve/index.js']);
      expect(config.config.Env).toEqual(['PATH=/usr/local/bin:/usr/bin:/bin', 'MODEL_PATH=/opt/model/candidate.onnx', 'MODEL_CONTRACT=/opt/model/model-contract.yaml', 'PORT=8080', 'HOST=0.0.0.0']);
      expect(config.config.Labels).toMatchObject({ 'dev.model-cd.runtime': 'serve', 'dev.model-cd.runtime.onnxruntime': '1.30.0', 'dev.model-cd.model.contract': '/opt/model/model-contract.yaml' });
    }

    // The tarballs are kept in cache-dir, and a second build gives the same image.
    expect(existsSync(join(cacheDir, 'onnxruntime', 'onnxruntime-node-1.30.0.tgz'))).toBe(true);
    const again = await step({ base: 'oci:base:multi', runtime: 'serve', contract: 'model/model-contract.yaml', tags: 'oci:out2:a' });
    expect(again.outputs.digest).toBe(r.outputs.digest);
    expect(again.stdout).not.toContain('Downloading');
  }, 120_000);

  it('a base without node on its PATH is one error naming `base` and the fix, and nothing is written', async () => {
    const r = await step({ base: 'oci:base:no-node', runtime: 'serve', tags: 'oci:never:a' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      'input `base`: "oci:base:no-node" has no `node` on its PATH (/usr/local/bin:/usr/bin:/bin) in its linux/amd64 image, and the serve runtime runs on the base\'s Node. Use a base image that has Node 20 or later (node:24-slim, or your platform\'s Node image), or `runtime: none` with a base that brings its own server.',
    ]);
    expect(existsSync(join(workspace, 'never'))).toBe(false);
  });

  it('a single-platform base onnxruntime-node has no binary for is one error', async () => {
    const r = await step({ base: 'oci:base:s390x', runtime: 'serve', tags: 'oci:never:a' });
    expect(errors(r)).toEqual(['input `base`: "oci:base:s390x" is a linux/s390x image, and onnxruntime-node 1.30.0 has no binary for linux/s390x (it has linux/amd64 and linux/arm64). Use a linux/amd64 or linux/arm64 base, or `runtime: none`.']);
  });

  it('runtime none (the default) leaves the base as it is, and a contract still goes beside the model', async () => {
    const r = await step({ base: 'oci:base:amd64', contract: 'model/model-contract.yaml', tags: 'oci:plain:a' });
    expect(errors(r), r.stdout).toEqual([]);
    const manifest = layoutJson<Manifest>('plain', r.outputs.digest ?? '');
    expect(manifest.layers).toHaveLength(3);
    const config = layoutJson<{ config: { Env: string[]; Cmd: string[]; Labels: Record<string, string> } }>('plain', manifest.config.digest);
    expect(config.config.Cmd).toEqual(['sh']);
    expect(config.config.Env).toEqual(['PATH=/usr/local/bin:/usr/bin:/bin', 'MODEL_PATH=/opt/model/candidate.onnx', 'MODEL_CONTRACT=/opt/model/model-contract.yaml']);
    expect(config.config.Labels['dev.model-cd.runtime']).toBeUndefined();
    const layer = execFileSync('tar', ['-tf', join(workspace, 'plain', 'blobs', ...(manifest.layers[2]?.digest ?? '').split(':'))], { encoding: 'utf8' }).trim().split('\n');
    expect(layer).toEqual(['opt/', 'opt/model/', 'opt/model/candidate.onnx', 'opt/model/model-contract.yaml']);
  });

  it('a contract that is missing, not a contract, without a model, or clashing with the model folder is one error', async () => {
    writeFileSync(join(workspace, 'not-a-contract.yaml'), 'version: 1\ntask: sorting\n');
    const cases: [Record<string, string>, RegExp][] = [
      [{ contract: 'missing.yaml' }, /^input `contract`: "missing\.yaml" cannot be read\. Give the path of model-contract\.yaml\.$/],
      [{ contract: 'not-a-contract.yaml' }, /^contract not-a-contract\.yaml: `task`: "sorting"/],
      [{ contract: 'model/model-contract.yaml', model: '' }, /^input `model`: "" is empty/],
      [{ contract: 'model/model-contract.yaml', model: 'model' }, /^input `contract`: "model\/model-contract\.yaml" would go to \/opt\/model\/model-contract\.yaml, where the model folder already has a model-contract\.yaml\./],
    ];
    for (const [inputs, message] of cases) {
      const r = await step({ base: 'oci:base:amd64', tags: 'oci:never:a', ...inputs });
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(message)]);
    }
    expect(existsSync(join(workspace, 'never'))).toBe(false);
  });
});
