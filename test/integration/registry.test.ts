// The OCI distribution registries that scripts/services.sh runs (Debian docker-registry, plain and
// behind htpasswd Basic auth) take a monolithic push of a minimal OCI image from Node's fetch, and
// skopeo and umoci read back exactly what was pushed: the ground the build-push action stands on.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { servicesEnv } from '../setup/env.js';

const env = servicesEnv().registry;
const run = promisify(execFile);
const runId = `${Date.now()}-${randomBytes(4).toString('hex')}`;

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';

const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A ustar archive of regular files (enough for a layer): 512-byte headers, data padded to 512. */
function tar(files: { name: string; data: Buffer; mode?: number }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const file of files) {
    const header = Buffer.alloc(512);
    const field = (offset: number, length: number, value: string): void => {
      header.write(value, offset, length, 'utf8');
    };
    const octal = (offset: number, length: number, value: number): void =>
      field(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
    if (Buffer.byteLength(file.name) > 100) throw new Error(`tar: name too long: ${file.name}`);
    field(0, 100, file.name);
    octal(100, 8, file.mode ?? 0o644);
    octal(108, 8, 0); // uid
    octal(116, 8, 0); // gid
    octal(124, 12, file.data.length);
    octal(136, 12, 0); // mtime: reproducible
    field(156, 1, '0'); // regular file
    field(257, 6, 'ustar\0');
    field(263, 2, '00');
    // The checksum counts its own field as eight spaces.
    header.fill(' ', 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    field(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    blocks.push(header, file.data, Buffer.alloc((512 - (file.data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024)); // end of archive
  return Buffer.concat(blocks);
}

interface Image {
  fileContent: Buffer;
  layer: Buffer;
  config: Buffer;
  manifest: Buffer;
}

/** A one-layer OCI image whose layer holds hello.txt. */
function makeImage(): Image {
  const fileContent = Buffer.from(`hello from model-cd ${runId}\n`);
  const layerTar = tar([{ name: 'hello.txt', data: fileContent }]);
  const layer = gzipSync(layerTar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [sha256(layerTar)] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha256(config), size: config.length },
      layers: [{ mediaType: OCI_LAYER_GZIP, digest: sha256(layer), size: layer.length }],
    }),
  );
  return { fileContent, layer, config, manifest };
}

function basicAuth(user: string, password: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

/** Monolithic upload: POST /blobs/uploads/ then one PUT with the whole blob and its digest. */
async function pushBlob(base: string, name: string, blob: Buffer, headers: Record<string, string>): Promise<string> {
  const start = await fetch(`${base}/v2/${name}/blobs/uploads/`, { method: 'POST', headers });
  expect(start.status).toBe(202);
  const location = start.headers.get('location');
  expect(location).toBeTruthy();
  const url = new URL(location as string, base);
  const digest = sha256(blob);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': String(blob.length) },
    body: new Uint8Array(blob),
  });
  expect(put.status).toBe(201);
  expect(put.headers.get('docker-content-digest')).toBe(digest);
  return digest;
}

/** Pushes the image's blobs and manifest under name:tag; returns the manifest's digest. */
async function pushImage(base: string, name: string, tag: string, image: Image, headers: Record<string, string> = {}): Promise<string> {
  await pushBlob(base, name, image.config, headers);
  await pushBlob(base, name, image.layer, headers);
  const put = await fetch(`${base}/v2/${name}/manifests/${tag}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': OCI_MANIFEST },
    body: new Uint8Array(image.manifest),
  });
  expect(put.status).toBe(201);
  const digest = sha256(image.manifest);
  expect(put.headers.get('docker-content-digest')).toBe(digest);
  return digest;
}

async function skopeo(args: string[]): Promise<string> {
  const { stdout } = await run('skopeo', args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const folder = mkdtempSync(join(tmpdir(), 'model-cd-registry-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
// Explicit, so the machine's /etc/containers/policy.json (absent or stricter) does not matter.
const policy = join(folder, 'policy.json');
writeFileSync(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));

describe('OCI registry (plain HTTP, no auth)', () => {
  const base = `http://${env.address}`;
  const name = `model-cd-test/plain-${runId}`;
  const tag = 'v1';
  const image = makeImage();
  let digest = '';

  it('answers the version check', async () => {
    const res = await fetch(`${base}/v2/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('takes monolithic blob uploads and a manifest, and serves them back', async () => {
    digest = await pushImage(base, name, tag, image);

    const head = await fetch(`${base}/v2/${name}/blobs/${sha256(image.layer)}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(image.layer.length));
    expect(head.headers.get('docker-content-digest')).toBe(sha256(image.layer));
    const missing = await fetch(`${base}/v2/${name}/blobs/${sha256(Buffer.from('absent'))}`, { method: 'HEAD' });
    expect(missing.status).toBe(404);

    const blob = await fetch(`${base}/v2/${name}/blobs/${sha256(image.config)}`);
    expect(Buffer.from(await blob.arrayBuffer()).equals(image.config)).toBe(true);

    for (const ref of [tag, digest]) {
      const res = await fetch(`${base}/v2/${name}/manifests/${ref}`, { headers: { accept: OCI_MANIFEST } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(OCI_MANIFEST);
      expect(res.headers.get('docker-content-digest')).toBe(digest);
      expect(Buffer.from(await res.arrayBuffer()).equals(image.manifest)).toBe(true);
    }

    const tags = await fetch(`${base}/v2/${name}/tags/list`);
    expect(await tags.json()).toEqual({ name, tags: [tag] });
  });

  it('skopeo inspects the pushed manifest by its digest', async () => {
    expect(digest).toMatch(/^sha256:/);
    const ref = `docker://${env.address}/${name}:${tag}`;
    const info = JSON.parse(await skopeo(['inspect', '--tls-verify=false', ref])) as {
      Digest: string;
      Architecture: string;
      Os: string;
      Layers: string[];
    };
    expect(info.Digest).toBe(digest);
    expect(info.Digest).toBe(sha256(image.manifest));
    expect(info.Architecture).toBe('amd64');
    expect(info.Os).toBe('linux');
    expect(info.Layers).toEqual([sha256(image.layer)]);
    const raw = await skopeo(['inspect', '--tls-verify=false', '--raw', ref]);
    expect(Buffer.from(raw).equals(image.manifest)).toBe(true);
  });

  it('skopeo copies it to an OCI layout that umoci unpacks to the layer file', async () => {
    const layout = join(folder, 'layout');
    await skopeo(['--policy', policy, 'copy', '--src-tls-verify=false', `docker://${env.address}/${name}:${tag}`, `oci:${layout}:${tag}`]);
    const bundle = join(folder, 'bundle');
    await run('umoci', ['unpack', '--rootless', '--image', `${layout}:${tag}`, bundle]);
    expect(readFileSync(join(bundle, 'rootfs', 'hello.txt')).equals(image.fileContent)).toBe(true);
  });

  it('deletes a manifest by digest (storage.delete.enabled)', async () => {
    const res = await fetch(`${base}/v2/${name}/manifests/${digest}`, { method: 'DELETE' });
    expect(res.status).toBe(202);
    const gone = await fetch(`${base}/v2/${name}/manifests/${digest}`, { headers: { accept: OCI_MANIFEST } });
    expect(gone.status).toBe(404);
  });
});

describe('OCI registry (htpasswd Basic auth)', () => {
  const base = `http://${env.authAddress}`;
  const auth = basicAuth(env.user, env.password);
  const name = `model-cd-test/auth-${runId}`;
  const tag = 'v1';

  it('challenges anonymous and wrong credentials, accepts the test user', async () => {
    const anonymous = await fetch(`${base}/v2/`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm="[^"]+"/);

    const wrong = await fetch(`${base}/v2/`, { headers: basicAuth(env.user, `${env.password}-wrong`) });
    expect(wrong.status).toBe(401);

    const ok = await fetch(`${base}/v2/`, { headers: auth });
    expect(ok.status).toBe(200);

    const upload = await fetch(`${base}/v2/${name}/blobs/uploads/`, { method: 'POST' });
    expect(upload.status).toBe(401);
  });

  it('takes a push with credentials that skopeo reads with --creds only', async () => {
    const image = makeImage();
    const digest = await pushImage(base, name, tag, image, auth);
    const ref = `docker://${env.authAddress}/${name}:${tag}`;
    await expect(skopeo(['inspect', '--tls-verify=false', '--no-creds', ref])).rejects.toThrow();
    const info = JSON.parse(await skopeo(['inspect', '--tls-verify=false', '--creds', `${env.user}:${env.password}`, ref])) as {
      Digest: string;
    };
    expect(info.Digest).toBe(digest);
  });
});
