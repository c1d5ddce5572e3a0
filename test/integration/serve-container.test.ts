// The serving image, run as a real container: build-push makes it with no hand-written server
// (`runtime: serve`) from a Node base image made here (node-base.ts: nothing is pulled), the example
// model and its contract, into an OCI layout; podman runs it as a cluster would (the image's own
// Cmd, Env and Healthcheck); and it answers both protocols the way serve answers on this machine.
// podman runs rootful with vfs and the host's network (podman-lib.ts); the container is told
// HOST=127.0.0.1 and a free PORT so it listens on loopback only.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBlobs } from '../../src/image/oci.js';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { closedPort } from './closed-port.js';
import { NODE_BASE_TAG, node24, nodeBase, stateDir } from './node-base.js';
import { Podman } from './podman-lib.js';
import { run } from './buildah-lib.js';
import { startServe, type Served } from './serve/serve-lib.js';

const MODEL = join(ROOT, 'examples', 'model', 'candidate.onnx');
const CONTRACT = join(ROOT, 'examples', 'model', 'model-contract.yaml');
const HOLDOUT = join(ROOT, 'examples', 'model', 'holdout.csv');
const COLUMNS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const rows = readFileSync(HOLDOUT, 'utf8')
  .trim()
  .split('\n')
  .slice(1, 9)
  .map((l) => l.split(',').slice(0, 6).map(Number));

// Lower case: podman names an image read from `oci:<path>` after the path, and a name must be lower case.
const workspace = join(tmpdir(), `serve-container-${process.pid}-${Date.now()}`);
// Shared by runs: onnxruntime-node's tarballs are downloaded once (node-base.ts reads them too).
const cacheDir = join(stateDir(), 'serve-container-cache');
let podman: Podman;
let built: StepResult;
let url = '';
let container = '';
let local: Served;
let baseLayout = '';

const readBlobText = (layout: string, digest: string) => readFileSync(join(layout, 'blobs', ...digest.split(':')), 'utf8');

async function post(base: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Runs the image with its own Cmd on a free loopback port; returns the container and its URL once it is ready. */
async function start(image: string): Promise<{ id: string; url: string }> {
  const port = await closedPort();
  const id = (await podman.run('run', '--detach', '--network', 'host', ...Podman.ulimits(), '--env', 'HOST=127.0.0.1', '--env', `PORT=${port}`, image)).trim();
  const at = `http://127.0.0.1:${port}`;
  // It loads and warms up the model before it listens.
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (await fetch(`${at}/v2/health/ready`).then((r) => r.ok, () => false)) return { id, url: at };
    if ((await podman.run('inspect', '--format', '{{.State.Status}}', id)).trim() !== 'running') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const logs = await podman.status('logs', id);
  throw new Error(`the container did not get ready: ${logs.stdout}${logs.stderr}`);
}

beforeAll(async () => {
  mkdirSync(join(workspace, 'model'), { recursive: true });
  copyFileSync(MODEL, join(workspace, 'model', 'candidate.onnx'));
  copyFileSync(CONTRACT, join(workspace, 'model', 'model-contract.yaml'));
  baseLayout = await nodeBase(cacheDir);
  built = await runStep('build-push', {
    workspace,
    inputs: { base: `oci:${baseLayout}:${NODE_BASE_TAG}`, model: 'model/candidate.onnx', contract: 'model/model-contract.yaml', runtime: 'serve', tags: 'oci:image:serve\ndocker-archive:image.tar:model-cd/candidate:v1', 'cache-dir': cacheDir, 'model-name': 'candidate' },
    node: node24(),
  });
  if (built.exitCode !== 0) throw new Error(`build-push failed: ${built.stdout}${built.stderr}`);

  podman = new Podman(mkdtempSync(join(tmpdir(), 'podman-')));
  ({ id: container, url } = await start(`oci:${join(workspace, 'image')}:serve`));
  local = await startServe(['--model', MODEL, '--contract', CONTRACT]);
}, 600_000);

afterAll(async () => {
  await local?.stop();
  await podman?.remove();
  rmSync(workspace, { recursive: true, force: true });
});

describe('the serving image build-push makes with runtime: serve, run by podman', () => {
  it('has the runtime and the model where its config says: Cmd, Env, ExposedPorts, Healthcheck, labels', () => {
    // The config's bytes (skopeo would read it into OCI's struct, which has no Healthcheck).
    const layout = join(workspace, 'image');
    const manifest = JSON.parse(run('skopeo', ['inspect', '--raw', `oci:${layout}:serve`])) as { config: { digest: string } };
    const config = JSON.parse(readBlobText(layout, manifest.config.digest)) as { architecture: string; config: Record<string, unknown> };
    expect(config.architecture).toBe('amd64');
    expect(config.config.Cmd).toEqual(['node', '/opt/model-cd/serve/index.js']);
    expect(config.config.Env).toEqual(['PATH=/usr/local/bin:/usr/bin:/bin', 'MODEL_PATH=/opt/model/candidate.onnx', 'MODEL_CONTRACT=/opt/model/model-contract.yaml', 'PORT=8080', 'HOST=0.0.0.0']);
    expect(config.config.ExposedPorts).toEqual({ '8080/tcp': {} });
    expect(config.config.Healthcheck).toMatchObject({ Test: ['CMD', 'node', '/opt/model-cd/serve/index.js', 'healthcheck'] });
    expect(config.config.Labels).toMatchObject({ 'dev.model-cd.runtime': 'serve', 'dev.model-cd.runtime.onnxruntime': '1.30.0', 'dev.model-cd.model.contract': '/opt/model/model-contract.yaml' });
    expect(built.summary).toContain('the serve runtime');
  });

  it('starts from its own Cmd and is ready: the model loaded from MODEL_PATH, onnxruntime-node from beside the bundle', async () => {
    expect(await (await fetch(`${url}/v2/health/ready`)).json()).toEqual({ ready: true });
    const logs = (await podman.run('logs', container)).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logs.find((l) => l.msg === 'ready')).toMatchObject({ model: 'candidate', url });
    // Nothing was downloaded in the container: the runtime layer's copy was used.
    expect(logs.some((l) => String(l.msg).startsWith('Downloading'))).toBe(false);
    const meta = (await (await fetch(`${url}/v2/models/candidate`)).json()) as { parameters: { columns: { name: string }[] } };
    expect(meta.parameters.columns.map((c) => c.name)).toEqual(COLUMNS);
  });

  it('answers POST /v2/models/candidate/infer as serve does on this machine', async () => {
    const body = { inputs: COLUMNS.map((name, i) => ({ name, shape: [rows.length], datatype: 'FP64', data: rows.map((r) => r[i]) })) };
    const inContainer = await post(url, '/v2/models/candidate/infer', body);
    expect(inContainer.status).toBe(200);
    expect(inContainer.json).toEqual((await post(local.url, '/v2/models/candidate/infer', body)).json);
    const outputs = inContainer.json.outputs as { name: string; data: unknown[] }[];
    expect(outputs.map((o) => o.name)).toEqual(['output_label', 'output_probability']);
    expect(outputs[0]?.data).toHaveLength(rows.length);
  });

  it('answers POST /invocations as serve does on this machine, and enforces the contract it carries', async () => {
    const body = { dataframe_split: { columns: COLUMNS, data: rows } };
    const inContainer = await post(url, '/invocations', body);
    expect(inContainer.status).toBe(200);
    expect(inContainer.json).toEqual((await post(local.url, '/invocations', body)).json);
    expect(inContainer.json.predictions).toHaveLength(rows.length);
    const wrong = await post(url, '/invocations', { dataframe_records: [{ f0: 1, f1: 2, f2: 3, f3: 4, f4: 5, f5: 'false' }] });
    expect(wrong.status).toBe(422);
    expect(wrong.json).toMatchObject({ reason: 'wrong_type', field: 'f5', value: 'false' });
  });

  it('its healthcheck command passes inside the container, and podman stop ends it cleanly', async () => {
    const health = await podman.status('exec', container, 'node', '/opt/model-cd/serve/index.js', 'healthcheck');
    expect(health.code, health.stderr).toBe(0);
    await podman.run('stop', '--time', '20', container);
    expect((await podman.run('inspect', '--format', '{{.State.ExitCode}}', container)).trim()).toBe('0');
    const last = (await podman.run('logs', container)).trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(last)).toMatchObject({ msg: 'stopped' });
  });

  it("loaded from the docker archive, it has the image's Healthcheck, and podman's run of it passes", async () => {
    // podman keeps a Healthcheck only from a Docker-format config: read from an OCI layout or an
    // OCI manifest it has none (containers/image reads OCI's struct, which lacks the field).
    await podman.run('load', '--quiet', '--input', join(workspace, 'image.tar'));
    const loaded = await start('localhost/model-cd/candidate:v1');
    const check = JSON.parse(await podman.run('inspect', '--format', '{{json .Config.Healthcheck}}', loaded.id)) as { Test: string[] };
    expect(check.Test).toEqual(['CMD', 'node', '/opt/model-cd/serve/index.js', 'healthcheck']);
    const health = await podman.status('healthcheck', 'run', loaded.id);
    expect(health.code, health.stderr).toBe(0);
    expect((await post(loaded.url, '/invocations', { dataframe_split: { columns: COLUMNS, data: rows.slice(0, 1) } })).status).toBe(200);
  });
});

describe('examples/serving/Dockerfile', () => {
  it('lints clean, and built by build-push (buildah) from the same Node base it serves from podman', async () => {
    const dockerfile = join(ROOT, 'examples', 'serving', 'Dockerfile');
    const lint = await runStep('lint-dockerfile', { workspace, inputs: { files: dockerfile } });
    expect(lint.outputs.findings, lint.stdout).toBe('0');

    // The context its comments describe: the serve bundle with onnxruntime-node beside it, and the model.
    const context = join(workspace, 'serving');
    mkdirSync(join(context, 'model'), { recursive: true });
    cpSync(join(ROOT, 'dist', 'serve', 'index.js'), join(context, 'serve', 'index.js'));
    writeFileSync(join(context, 'serve', 'package.json'), '{"type": "module"}\n');
    cpSync(join(cacheDir, 'onnxruntime-linux-x64', 'node_modules'), join(context, 'serve', 'node_modules'), { recursive: true });
    copyFileSync(MODEL, join(context, 'model', 'candidate.onnx'));
    copyFileSync(CONTRACT, join(context, 'model', 'model-contract.yaml'));
    copyFileSync(dockerfile, join(context, 'Dockerfile'));
    // buildah names a FROM oci:<path> image after the path, which must make a valid name: no `.cache`.
    const base = join(workspace, 'node-base');
    await copyBlobs(baseLayout, base);
    copyFileSync(join(baseLayout, 'index.json'), join(base, 'index.json'));
    const r = await runStep('build-push', {
      workspace,
      inputs: { dockerfile: 'serving/Dockerfile', context: 'serving', builder: 'buildah', 'build-args': `BASE=oci:${base}:${NODE_BASE_TAG}`, tags: 'oci:from-dockerfile:v1' },
      node: node24(),
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const served = await start(`oci:${join(workspace, 'from-dockerfile')}:v1`);
    const answer = await post(served.url, '/invocations', { dataframe_split: { columns: COLUMNS, data: rows } });
    expect(answer.json).toEqual((await post(local.url, '/invocations', { dataframe_split: { columns: COLUMNS, data: rows } })).json);
  }, 300_000);
});

