// build-push with a Dockerfile (run as the runner runs it: the bundle), built by the real buildah
// on a busybox base this test packs (no image can be pulled from the internet) and pushes to the
// registry on 127.0.0.1; skopeo reads the labels, buildah runs the result. Then the docker archive
// output, read by skopeo (labels, a config whose digest is the image ID) and copied to a layout;
// and the inputs a user gets wrong, with no builder at all among them.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, type StepResult } from '../harness.js';
import { servicesEnv } from '../setup/env.js';
import { Buildah, busyboxBase, run } from './buildah-lib.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const reg = servicesEnv().registry;
const repo = `model-cd/build-push-df-${Date.now()}-${process.pid}`;
const model = randomBytes(150_000);
const secret = 'tok-3f9a27';

let workspace: string;
let buildah: Buildah;
/** registries.conf marking the loopback test registry as plain HTTP, for buildah (as dockerd does by default). */
let registriesConf: string;

beforeAll(() => {
  // Lower case: buildah names an image read from `oci:<path>` after the path.
  workspace = join(tmpdir(), `build-push-df-${process.pid}-${Date.now()}`);
  mkdirSync(workspace);
  buildah = new Buildah(workspace);

  // The service base image: busybox and its applets, pushed to the test registry.
  const base = join(workspace, 'base');
  busyboxBase(workspace, base, 'busybox', ['sh', 'sha256sum', 'cat', 'ls', 'test', 'echo', 'wc', 'touch']);
  run('skopeo', ['copy', '--dest-tls-verify=false', `oci:${base}:busybox`, `docker://${reg.address}/${repo}-base:busybox`]);
  registriesConf = join(workspace, 'registries.conf');
  writeFileSync(registriesConf, `[[registry]]\nlocation = "${reg.address}"\ninsecure = true\n`);

  // The serving project: a Dockerfile that takes the base as a build arg, a model, a secret.
  const serving = join(workspace, 'serving');
  mkdirSync(serving);
  writeFileSync(join(serving, 'model.onnx'), model);
  writeFileSync(
    join(serving, 'Dockerfile'),
    [
      'ARG BASE',
      'FROM ${BASE} AS serve',
      'ARG MODEL_VERSION=0',
      'COPY model.onnx /opt/model/model.onnx',
      'ENV MODEL_PATH=/opt/model/model.onnx',
      'RUN --mount=type=secret,id=token sh -c \'echo "built model $MODEL_VERSION with a $(cat /run/secrets/token | wc -c)-byte token"; sha256sum "$MODEL_PATH" > /opt/model/model.onnx.sha256\'',
      'FROM serve AS debug',
      'RUN touch /debug-tools',
      '',
    ].join('\n'),
  );
  writeFileSync(join(workspace, 'token.txt'), secret);
});

afterAll(() => buildah?.remove());

function step(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<StepResult> {
  return runStep('build-push', {
    workspace,
    inputs,
    env: { GITHUB_REPOSITORY: 'acme/fraud-serving', GITHUB_SHA: 'c'.repeat(40), CONTAINERS_REGISTRIES_CONF: registriesConf, ...env },
    ...(node ? { node } : {}),
  });
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

const dockerfileInputs = () => ({
  dockerfile: 'serving/Dockerfile',
  context: 'serving',
  'build-args': `BASE=${reg.address}/${repo}-base:busybox\nMODEL_VERSION=3`,
  target: 'serve',
  'secret-files': 'token=token.txt',
  builder: 'buildah',
  labels: 'org.opencontainers.image.title=fraud-serving',
  'model-name': 'fraud',
  'model-version': '3',
  'model-sha256': sha(model),
  'model-source-uri': 'models:/fraud/3',
});

describe('build-push with a Dockerfile (buildah)', () => {
  it('builds the target stage with build args and a secret, labels its lineage, pushes it; skopeo reads it, buildah runs it', async () => {
    const r = await step({ ...dockerfileInputs(), tags: `${reg.address}/${repo}:3` }, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode, r.stderr).toBe(0);
    // The RUN step ran, with the build arg and the mounted secret (its length only is printed).
    expect(r.stdout).toContain(`built model 3 with a ${secret.length}-byte token`);
    expect(r.stdout).not.toContain(secret);
    expect(JSON.parse(r.outputs.metadata as string)).toMatchObject({ 'containerimage.digest': r.outputs.digest, 'image.name': `${reg.address}/${repo}:3`, 'model-cd.builder': 'buildah' });
    expect(r.outputs.image).toBe(`${reg.address}/${repo}@${r.outputs.digest}`);

    const ref = `docker://${reg.address}/${repo}:3`;
    const info = JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', ref])) as { Digest: string; Env: string[]; Labels: Record<string, string> };
    expect(info.Digest).toBe(r.outputs.digest);
    expect(info.Env).toContain('MODEL_PATH=/opt/model/model.onnx');
    expect(info.Labels).toMatchObject({
      'dev.model-cd.model.name': 'fraud',
      'dev.model-cd.model.version': '3',
      'dev.model-cd.model.sha256': sha(model),
      'dev.model-cd.model.source-uri': 'models:/fraud/3',
      'org.opencontainers.image.source': 'https://github.com/acme/fraud-serving',
      'org.opencontainers.image.revision': 'c'.repeat(40),
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.version': '3',
      'org.opencontainers.image.title': 'fraud-serving',
    });
    // imageid is the config's digest, as docker reports an image ID.
    const manifest = JSON.parse(run('skopeo', ['inspect', '--raw', '--tls-verify=false', ref])) as { config: { digest: string } };
    expect(r.outputs.imageid).toBe(manifest.config.digest);

    // Run it: the model and the checksum the RUN step wrote; the `debug` stage was not built; the secret is not in the image.
    const out = buildah.runIn(ref, 'sha256sum "$MODEL_PATH"; cat /opt/model/model.onnx.sha256; test -e /debug-tools && echo debug; ls /run/secrets 2>/dev/null; echo done', ['--tls-verify=false']);
    expect(out).toBe(`${sha(model)}  /opt/model/model.onnx\n${sha(model)}  /opt/model/model.onnx\ndone\n`);
    // buildah ran as runners can run it: chroot isolation, vfs, a private store under the runner's temp folder.
    expect(r.stdout).toMatch(/buildah --root \S+build-push-builder-\S+\/root --runroot \S+ --storage-driver vfs bud --isolation chroot/);
  });

  it('layers a model given with the Dockerfile on the built image', async () => {
    mkdirSync(join(workspace, 'extra'), { recursive: true });
    const extra = randomBytes(10_000);
    writeFileSync(join(workspace, 'extra', 'calibration.bin'), extra);
    const r = await step({ ...dockerfileInputs(), model: 'extra/calibration.bin', 'model-dir': '/opt/calibration', 'model-env': 'CALIBRATION_PATH', tags: `${reg.address}/${repo}:3-calibrated` });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode, r.stderr).toBe(0);
    const meta = JSON.parse(r.outputs.metadata as string) as Record<string, unknown>;
    expect(meta['model-cd.layer.digest']).toMatch(/^sha256:/);
    const out = buildah.runIn(`docker://${reg.address}/${repo}:3-calibrated`, 'sha256sum "$MODEL_PATH" "$CALIBRATION_PATH"', ['--tls-verify=false']);
    expect(out).toBe(`${sha(model)}  /opt/model/model.onnx\n${sha(extra)}  /opt/calibration/calibration.bin\n`);
  });

  it('a failing RUN step fails the step with the build\'s last lines, and no tag is pushed; its output cannot issue workflow commands', async () => {
    writeFileSync(join(workspace, 'serving', 'Broken.Dockerfile'), `FROM ${reg.address}/${repo}-base:busybox\nRUN echo "::warning::injected by the build" && echo "preparing the model server" && exit 3\n`);
    const r = await step({ dockerfile: 'serving/Broken.Dockerfile', context: 'serving', builder: 'buildah', tags: `${reg.address}/${repo}:broken` });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^buildah bud failed \(exit \d+\) building serving\/Broken\.Dockerfile; its last lines:\n[\s\S]*preparing the model server/)]);
    expect(r.annotations.filter((a) => a.command === 'warning')).toEqual([]);
    expect(r.stdout).toContain('[buildah] ::warning::injected by the build');
    expect(() => run('skopeo', ['inspect', '--tls-verify=false', `docker://${reg.address}/${repo}:broken`])).toThrow();
  });
});

describe('build-push with a Dockerfile (the docker path, without a daemon)', () => {
  // No dockerd runs here, so a stand-in `docker` hands the same arguments to buildah: `buildx
  // build --load <flags> <context>` becomes `buildah bud <flags> <context>` (the flags are the
  // same), `save --output <file> <name>` becomes `buildah push <name> docker-archive:<file>`
  // (containers/image writes the docker save format). What is real: the plan's arguments, accepted
  // by a real builder, and the reading of a real docker archive into the image that is pushed.
  it('builds with buildx --load, reads the docker save archive, pushes the image with the same config', async () => {
    const bin = mkdtempSync(join(workspace, 'fake-docker-'));
    const fakeStore = join(workspace, '.fake-docker');
    writeFileSync(
      join(bin, 'docker'),
      [
        '#!/bin/sh',
        `b() { buildah --root ${fakeStore}/root --runroot ${fakeStore}/runroot --storage-driver vfs "$@"; }`,
        'case "$1 $2" in',
        '  "version --format") echo 28.0.0 ;;',
        '  "buildx version") echo "github.com/docker/buildx v0.20.0" ;;',
        '  "buildx build") [ "$3" = --load ] || exit 2; shift 3; b bud --isolation chroot "$@" ;;',
        '  "save --output") b push "$4" "docker-archive:$3" ;;',
        '  "image rm") b rmi --force "$4" ;;',
        '  *) echo "fake docker: unexpected $*" >&2; exit 2 ;;',
        'esac',
        '',
      ].join('\n'),
    );
    chmodSync(join(bin, 'docker'), 0o755);
    const r = await step({ ...dockerfileInputs(), builder: 'docker', tags: `${reg.address}/${repo}:via-docker` }, { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\$ docker buildx build --load --file \S+serving\/Dockerfile --tag localhost\/model-cd-build:[0-9a-f]+ --target serve/m);
    expect(r.stdout).toMatch(/^\$ docker save --output \S+image\.tar localhost\/model-cd-build:[0-9a-f]+$/m);
    expect(JSON.parse(r.outputs.metadata as string)['model-cd.builder']).toBe('docker-buildx');
    const ref = `docker://${reg.address}/${repo}:via-docker`;
    const info = JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', ref])) as { Digest: string; Labels: Record<string, string> };
    expect(info.Digest).toBe(r.outputs.digest);
    expect(info.Labels).toMatchObject({ 'dev.model-cd.model.name': 'fraud', 'dev.model-cd.model.sha256': sha(model) });
    const manifest = JSON.parse(run('skopeo', ['inspect', '--raw', '--tls-verify=false', ref])) as { config: { digest: string }; layers: { mediaType: string }[] };
    expect(r.outputs.imageid).toBe(manifest.config.digest);
    expect(manifest.layers.every((l) => l.mediaType === 'application/vnd.oci.image.layer.v1.tar+gzip')).toBe(true);
    expect(buildah.runIn(ref, 'sha256sum "$MODEL_PATH"', ['--tls-verify=false'])).toBe(`${sha(model)}  /opt/model/model.onnx\n`);
    run('buildah', ['--root', `${fakeStore}/root`, '--runroot', `${fakeStore}/runroot`, '--storage-driver', 'vfs', 'rmi', '--all', '--force']);
  });
});

describe('build-push docker archive output', () => {
  it('writes a docker save archive that skopeo reads (our labels, config digest = imageid) and copies to a layout that runs', async () => {
    mkdirSync(join(workspace, 'm'), { recursive: true });
    writeFileSync(join(workspace, 'm', 'model.onnx'), model);
    const r = await step({ base: `${reg.address}/${repo}-base:busybox`, model: 'm/model.onnx', 'model-name': 'fraud', tags: `docker-archive:archives/fraud.tar:fraud-serving:3\n${reg.address}/${repo}:archived` });
    expect(errors(r), r.stdout).toEqual([]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs.image).toBe(`docker-archive:${join(workspace, 'archives', 'fraud.tar')}@${r.outputs.digest}`);
    const archive = join(workspace, 'archives', 'fraud.tar');
    // Only the archive: no temp file or scratch folder left next to it.
    expect(readdirSync(join(workspace, 'archives'))).toEqual(['fraud.tar']);

    const info = JSON.parse(run('skopeo', ['inspect', `docker-archive:${archive}`])) as { Env: string[]; Labels: Record<string, string>; Layers: string[] };
    expect(info.Labels).toMatchObject({ 'dev.model-cd.model.name': 'fraud', 'dev.model-cd.model.path': '/opt/model/model.onnx', 'org.opencontainers.image.source': 'https://github.com/acme/fraud-serving' });
    expect(info.Env).toContain('MODEL_PATH=/opt/model/model.onnx');
    // The config in the archive is byte for byte the pushed image's: its digest is the image ID.
    const config = execFileSync('skopeo', ['inspect', '--config', '--raw', `docker-archive:${archive}`]);
    expect(`sha256:${sha(config)}`).toBe(r.outputs.imageid);
    expect(run('tar', ['-xOf', archive, 'manifest.json'])).toContain('"RepoTags":["fraud-serving:3"]');

    const copy = join(workspace, 'from-archive');
    run('skopeo', ['copy', `docker-archive:${archive}`, `oci:${copy}:3`]);
    const copied = JSON.parse(run('skopeo', ['inspect', '--raw', `oci:${copy}:3`])) as { config: { digest: string }; layers: unknown[] };
    expect(copied.config.digest).toBe(r.outputs.imageid);
    expect(copied.layers).toHaveLength(2);
    expect(buildah.runIn(`oci:${copy}:3`, 'sha256sum "$MODEL_PATH"')).toBe(`${sha(model)}  /opt/model/model.onnx\n`);
    // buildah reads the archive itself too (as docker load would).
    expect(buildah.runIn(`docker-archive:${archive}`, 'sha256sum "$MODEL_PATH"')).toBe(`${sha(model)}  /opt/model/model.onnx\n`);
  });

  it('names a bad docker archive destination', async () => {
    const r = await step({ base: `${reg.address}/${repo}-base:busybox`, model: 'm/model.onnx', tags: 'docker-archive:out.tar:Not A Name' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^input `tags`: "docker-archive:out\.tar:Not A Name" is not a docker archive destination/)]);
  });
});

describe('build-push with a Dockerfile: what a user gets wrong', () => {
  /** A PATH with nothing but the given fake tools (the bundle runs on an absolute node). */
  function pathWith(tools: Record<string, string>): string {
    const bin = mkdtempSync(join(workspace, 'bin-'));
    for (const [name, script] of Object.entries(tools)) {
      writeFileSync(join(bin, name), script);
      chmodSync(join(bin, name), 0o755);
    }
    return bin;
  }

  it('no builder: a named one that is missing, and auto with only a docker CLI whose daemon does not answer', async () => {
    const named = await step({ dockerfile: 'serving/Dockerfile', builder: 'podman', tags: 'oci:out:x' }, { PATH: pathWith({}) });
    expect(named.exitCode).toBe(1);
    expect(errors(named)).toEqual([expect.stringMatching(/^input `builder`: "podman" cannot build here: podman is not on PATH\. Install it, .*or remove `dockerfile` to use the daemonless path/)]);

    const noDaemon = pathWith({ docker: '#!/bin/sh\necho "Cannot connect to the Docker daemon" >&2\nexit 1\n' });
    const auto = await step({ dockerfile: 'serving/Dockerfile', tags: 'oci:out:x' }, { PATH: noDaemon });
    expect(auto.exitCode).toBe(1);
    expect(errors(auto)).toEqual([
      'input `dockerfile`: "serving/Dockerfile" needs an image builder, and none works here (docker is on PATH but its daemon does not answer (`docker version` fails); buildah is not on PATH; podman is not on PATH). Install buildah (apt-get install buildah), podman or docker, or remove `dockerfile` to use the daemonless path (`base` + `model`, no builder needed).',
    ]);
  });

  it('names the input: base with a Dockerfile, a missing Dockerfile, a bad build arg, a missing secret file', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ dockerfile: 'serving/Dockerfile', base: 'oci:base:busybox' }, /^input `base`: "oci:base:busybox" is given with `dockerfile`, whose FROM names the base image/],
      [{ dockerfile: 'serving/Nope.Dockerfile' }, /^input `dockerfile`: "serving\/Nope\.Dockerfile" is not a file/],
      [{ dockerfile: 'serving/Dockerfile', 'build-args': 'BASE' }, /^input `build-args`: "BASE" is not `NAME=value`/],
      [{ dockerfile: 'serving/Dockerfile', 'secret-files': 'token=missing.txt' }, /^input `secret-files`: "token=missing\.txt" names a file that does not exist/],
      [{ base: 'oci:base:busybox' }, /^input `model`: "" is empty/],
    ];
    for (const [inputs, message] of cases) {
      const r = await step({ tags: 'oci:out:x', builder: 'buildah', ...inputs });
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(errors(r)).toEqual([expect.stringMatching(message)]);
    }
  });
});
