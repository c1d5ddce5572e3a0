// The acceptance, end to end: a model layered (daemonless) on a runnable base image is
// pushed to the real registry on 127.0.0.1, pulled back by skopeo and by buildah, and run by
// buildah; inside, MODEL_PATH names the model and its sha256 is the model's. The base is busybox
// (Debian's busybox-static) packed by umoci here, since no image can be pulled from the internet.
// buildah runs as the runners can (--isolation chroot, vfs) in a private store removed afterwards;
// scripts/builders.sh installs it, and the tests fail, never skip, without it.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../harness.js';
import { servicesEnv } from '../setup/env.js';
import { Buildah, busyboxBase, run } from './buildah-lib.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const reg = servicesEnv().registry;
const repo = `model-cd/build-push-run-${Date.now()}-${process.pid}`;
const model = randomBytes(200_000);

let workspace: string;
let buildah: Buildah;

beforeAll(() => {
  // Lower case throughout: buildah names an image read from `oci:<path>` after the path, and a
  // reference must be lower case (mkdtemp's random letters are not).
  workspace = join(tmpdir(), `build-push-run-${process.pid}-${Date.now()}`);
  mkdirSync(workspace);
  buildah = new Buildah(workspace);
  busyboxBase(workspace, join(workspace, 'base'), 'busybox', ['sh', 'sha256sum', 'cat', 'ls', 'test', 'echo']);
});

afterAll(() => buildah?.remove());

function step(inputs: Record<string, string>): Promise<StepResult> {
  return runStep('build-push', { workspace, inputs: { base: 'oci:base:busybox', ...inputs }, env: { GITHUB_REPOSITORY: 'acme/fraud-serving', GITHUB_SHA: 'b'.repeat(40) }, ...(node ? { node } : {}) });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('build-push: the pushed image runs', () => {
  it('is pulled back by skopeo and by buildah and run by buildah: MODEL_PATH is the model, with its sha256', async () => {
    mkdirSync(join(workspace, 'model'), { recursive: true });
    writeFileSync(join(workspace, 'model', 'fraud.onnx'), model);
    const r = await step({ model: 'model/fraud.onnx', tags: `${reg.address}/${repo}:v1`, 'model-name': 'fraud', 'model-version': '1', 'model-sha256': sha(model) });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode, r.stderr).toBe(0);

    // buildah pulls it from the registry (plain HTTP on loopback) and runs it.
    const pulled = buildah.runIn(`docker://${reg.address}/${repo}:v1`, 'echo "$MODEL_PATH"; sha256sum "$MODEL_PATH"', ['--tls-verify=false']);
    expect(pulled.split('\n').slice(0, 2)).toEqual(['/opt/model/fraud.onnx', `${sha(model)}  /opt/model/fraud.onnx`]);

    // skopeo pulls it into a layout (same digest: skopeo would gzip an uncompressed layer unless
    // told to keep digests), which buildah runs too.
    const copy = join(workspace, 'copy');
    run('skopeo', ['copy', '--preserve-digests', '--src-tls-verify=false', `docker://${reg.address}/${repo}:v1`, `oci:${copy}:v1`]);
    expect(JSON.parse(run('skopeo', ['inspect', `oci:${copy}:v1`])).Digest).toBe(r.outputs.digest);
    expect(buildah.runIn(`oci:${copy}:v1`, 'sha256sum "$MODEL_PATH"')).toBe(`${sha(model)}  /opt/model/fraud.onnx\n`);
  });

  it('a model folder: MODEL_PATH is the folder under model-dir, every file in it with its sha256', async () => {
    const dir = join(workspace, 'bundle');
    mkdirSync(join(dir, 'tokenizer'), { recursive: true });
    const vocab = randomBytes(5_000);
    writeFileSync(join(dir, 'model.onnx'), model);
    writeFileSync(join(dir, 'tokenizer', 'vocab.bin'), vocab);
    const r = await step({ model: 'bundle', 'model-dir': '/srv/models/fraud', 'model-env': 'FRAUD_MODEL', tags: `${reg.address}/${repo}:folder` });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode, r.stderr).toBe(0);
    const out = buildah.runIn(`docker://${reg.address}/${repo}:folder`, 'echo "$FRAUD_MODEL"; cd "$FRAUD_MODEL" && sha256sum model.onnx tokenizer/vocab.bin', ['--tls-verify=false']);
    expect(out).toBe(`/srv/models/fraud\n${sha(model)}  model.onnx\n${sha(vocab)}  tokenizer/vocab.bin\n`);
  });
});
