// Daemonless model layering on a base image in an OCI layout, checked with independent tools:
// umoci makes the base images and unpacks ours; skopeo reads our layout (config, env, labels,
// digests, one platform of an index). Base images are made locally; nothing is pulled.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLayer } from '../../src/image/layer.js';
import { appendModel, MEDIA, resolveRef, tagInLayout, writeBlob, type Descriptor } from '../../src/image/oci.js';
import { pushImage, RegistryClient } from '../../src/image/registry.js';
import { servicesEnv } from '../setup/env.js';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let base: string;
let modelDir: string;
const model = randomBytes(200_000);

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'image-layout-'));
  base = join(work, 'base');
  // A base image with one file, for two architectures, and an index of both (as multi-platform bases are).
  run('umoci', ['init', '--layout', base]);
  run('umoci', ['new', '--image', `${base}:amd64`]);
  writeFileSync(join(work, 'base.txt'), 'from the platform team\n');
  run('umoci', ['insert', '--rootless', '--image', `${base}:amd64`, join(work, 'base.txt'), '/etc/base.txt']);
  run('umoci', ['config', '--image', `${base}:amd64`, '--config.env', 'PATH=/usr/bin', '--config.label', 'team=platform']);
  run('umoci', ['config', '--image', `${base}:amd64`, '--architecture', 'arm64', '--tag', 'arm64']);
  const index = JSON.parse(readFileSync(join(base, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
  const pick = (ref: string, architecture: string) => {
    const d = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === ref) as Descriptor;
    return { mediaType: d.mediaType, digest: d.digest, size: d.size, platform: { architecture, os: 'linux' } };
  };
  const multi = await writeBlob(base, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.index, manifests: [pick('amd64', 'amd64'), pick('arm64', 'arm64')] })), MEDIA.index);
  await tagInLayout(base, 'multi', multi);
  modelDir = mkdtempSync(join(tmpdir(), 'model-'));
  writeFileSync(join(modelDir, 'model.onnx'), model);
});

async function layer(out: string, ref: string, baseRef: string): Promise<Descriptor> {
  const layerFile = join(mkdtempSync(join(tmpdir(), 'layer-')), 'layer.tar.gz');
  const l = await buildLayer([{ path: 'opt/model/model.onnx', source: join(modelDir, 'model.onnx') }], layerFile);
  const desc = await appendModel(base, out, await resolveRef(base, baseRef), {
    layer: l,
    layerFile,
    env: { MODEL_PATH: '/opt/model/model.onnx', PATH: '/usr/local/bin:/usr/bin' },
    labels: { 'org.opencontainers.image.version': '3', 'dev.model-cd.model.sha256': sha(model) },
    annotations: { 'org.opencontainers.image.version': '3' },
    created: '1970-01-01T00:00:00Z',
  });
  await tagInLayout(out, ref, desc);
  return desc;
}

describe('a model layered on a base image in an OCI layout', () => {
  it('unpacks with umoci to the base files plus the model, and skopeo reads its env and labels', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const desc = await layer(out, 'model', 'amd64');
    const bundle = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'b');
    run('umoci', ['unpack', '--rootless', '--image', `${out}:model`, bundle]);
    expect(sha(readFileSync(join(bundle, 'rootfs/opt/model/model.onnx')))).toBe(sha(model));
    expect(readFileSync(join(bundle, 'rootfs/etc/base.txt'), 'utf8')).toBe('from the platform team\n');
    const info = JSON.parse(run('skopeo', ['inspect', `oci:${out}:model`])) as { Digest: string; Env: string[]; Labels: Record<string, string>; Layers: string[] };
    expect(info.Digest).toBe(desc.digest);
    expect(info.Env).toEqual(['PATH=/usr/local/bin:/usr/bin', 'MODEL_PATH=/opt/model/model.onnx']);
    expect(info.Labels).toEqual({ 'dev.model-cd.model.sha256': sha(model), 'org.opencontainers.image.version': '3', team: 'platform' });
    expect(info.Layers).toHaveLength(2);
  });

  it('gives the same digest on every run, into a fresh layout or the base one', async () => {
    const a = await layer(mkdtempSync(join(tmpdir(), 'out-')), 'model', 'amd64');
    const b = await layer(mkdtempSync(join(tmpdir(), 'out-')), 'model', 'amd64');
    expect(b.digest).toBe(a.digest);
  });

  it('adds the layer to every platform of a multi-platform base', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const desc = await layer(out, 'multi', 'multi');
    expect(desc.mediaType).toBe(MEDIA.index);
    const raw = JSON.parse(run('skopeo', ['inspect', '--raw', `oci:${out}:multi`])) as { manifests: Descriptor[] };
    expect(raw.manifests.map((m) => m.platform?.architecture)).toEqual(['amd64', 'arm64']);
    for (const arch of ['amd64', 'arm64']) {
      const info = JSON.parse(run('skopeo', ['inspect', '--override-arch', arch, `oci:${out}:multi`])) as { Architecture: string; Labels: Record<string, string>; Layers: string[] };
      expect(info.Architecture).toBe(arch);
      expect(info.Labels['dev.model-cd.model.sha256']).toBe(sha(model));
      expect(info.Layers).toHaveLength(2);
    }
  });
});

describe('pushing the layered image to a real registry', () => {
  const reg = servicesEnv().registry;
  const repo = `model-cd/push-${Date.now()}-${process.pid}`;

  it('pushes blobs, then the manifest; skopeo reads the same digest back; a re-push sends no blob bytes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const desc = await layer(out, 'model', 'amd64');
    const client = new RegistryClient({ host: reg.address, insecure: true });
    const first = await pushImage(client, out, desc, repo, 'v3');
    expect(first).toMatchObject({ digest: desc.digest, blobsUploaded: 3, blobsSkipped: 0 });
    const info = JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', `docker://${reg.address}/${repo}:v3`])) as { Digest: string; Labels: Record<string, string> };
    expect(info.Digest).toBe(desc.digest);
    expect(info.Labels['dev.model-cd.model.sha256']).toBe(sha(model));
    const again = await pushImage(client, out, desc, repo, 'v3');
    expect(again).toMatchObject({ blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: 3 });
    // skopeo copies it back into a layout with the same digest.
    const back = mkdtempSync(join(tmpdir(), 'back-'));
    run('skopeo', ['copy', '--src-tls-verify=false', `docker://${reg.address}/${repo}:v3`, `oci:${back}:v3`]);
    expect(JSON.parse(run('skopeo', ['inspect', `oci:${back}:v3`])).Digest).toBe(desc.digest);
  });

  it('pushes a multi-platform index with its platform manifests first', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const desc = await layer(out, 'multi', 'multi');
    const r = await pushImage(new RegistryClient({ host: reg.address, insecure: true }), out, desc, repo, 'multi');
    expect(r.digest).toBe(desc.digest);
    const arm = JSON.parse(run('skopeo', ['inspect', '--tls-verify=false', '--override-arch', 'arm64', `docker://${reg.address}/${repo}:multi`])) as { Architecture: string };
    expect(arm.Architecture).toBe('arm64');
  });

  it('answers the Basic challenge with credentials, and names the problem without them or with wrong ones', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const desc = await layer(out, 'model', 'amd64');
    const ok = await pushImage(new RegistryClient({ host: reg.authAddress, insecure: true, credentials: { username: reg.user, password: reg.password } }), out, desc, repo, 'auth');
    expect(ok.digest).toBe(desc.digest);
    await expect(pushImage(new RegistryClient({ host: reg.authAddress, insecure: true }), out, desc, repo, 'anon')).rejects.toThrow(/needs credentials \(Basic auth\)/);
    await expect(pushImage(new RegistryClient({ host: reg.authAddress, insecure: true, credentials: { username: reg.user, password: 'wrong' } }), out, desc, repo, 'bad')).rejects.toThrow(/refused the credentials .* \(HTTP 401\)\. Check the username and password/);
  });
});

describe('pushing through a registry that fails', () => {
  const reg = servicesEnv().registry;
  it('starts a blob upload again after a 503, and with a registry that keeps failing gives one error and no tag', async () => {
    const { FaultProxy } = await import('./fault-proxy.js');
    const proxy = await FaultProxy.start(`http://${reg.address}`);
    try {
      const out = mkdtempSync(join(tmpdir(), 'out-'));
      const desc = await layer(out, 'model', 'amd64');
      const host = proxy.url.replace(/^http:\/\//, '').replace(/\/$/, '');
      const repo = `model-cd/faults-${Date.now()}-${process.pid}`;
      proxy.reset([{ match: (req) => req.method === 'PUT' && (req.url ?? '').includes('/blobs/uploads/'), status: 503, times: 1 }]);
      const ok = await pushImage(new RegistryClient({ host, insecure: true }), out, desc, repo, 'retried');
      expect(ok.digest).toBe(desc.digest);
      expect(proxy.seen.filter((s) => s.fault === 'status')).toHaveLength(1);
      proxy.reset([{ match: (req) => req.method === 'PUT' && (req.url ?? '').includes('/blobs/uploads/'), status: 503, times: 100 }]);
      const other = `${repo}-down`;
      await expect(pushImage(new RegistryClient({ host, insecure: true }), out, desc, other, 'never')).rejects.toThrow(/^the registry 127\.0\.0\.1:\d+ kept failing for the image 127\.0\.0\.1:\d+\/\S+ \(PUT .* failed after 1 attempt in \d+\.\d s: HTTP 503\)\. Run again/);
      // The tag was never written: the manifest is pushed only after every blob.
      const tag = await fetch(`http://${reg.address}/v2/${other}/manifests/never`);
      expect(tag.status).toBe(404);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
