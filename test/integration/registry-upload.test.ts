// Chunked blob uploads to the real registry (Debian docker-registry, plain HTTP), through the fault
// proxy: a large layer goes in PATCH chunks and is closed with PUT ?digest=; a chunk whose
// connection drops or that meets a 5xx is resumed where the session stands, not sent again from
// byte 0; a session the registry dropped is replaced; a registry that keeps failing is one clear
// error and the tag is never written; a mount the registry turns into an upload uses that session.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initLayout, MEDIA, writeBlob, type Descriptor } from '../../src/image/oci.js';
import { pushImage, RegistryClient } from '../../src/image/registry.js';
import { servicesEnv } from '../setup/env.js';
import { FaultProxy, type SeenRequest } from './fault-proxy.js';

const reg = servicesEnv().registry;
const MiB = 1024 * 1024;
const CHUNK = MiB;
const runId = `${Date.now()}-${randomBytes(4).toString('hex')}`;
const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

interface TestImage {
  layout: string;
  top: Descriptor;
  layer: Buffer;
  layerDigest: string;
}

/** An OCI layout holding one image whose single layer is `layerSize` random bytes. */
async function image(layerSize: number): Promise<TestImage> {
  const layout = mkdtempSync(join(tmpdir(), 'registry-upload-'));
  await initLayout(layout);
  const layer = randomBytes(layerSize);
  const layerDesc = await writeBlob(layout, layer, 'application/vnd.oci.image.layer.v1.tar');
  const config = await writeBlob(layout, Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layerDesc.digest] }, config: {} })), MEDIA.config);
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifest, config, layers: [layerDesc] }));
  const top = await writeBlob(layout, manifest, MEDIA.manifest);
  return { layout, top, layer, layerDigest: layerDesc.digest };
}

let proxy: FaultProxy;
let host: string;
let big: TestImage;

beforeAll(async () => {
  proxy = await FaultProxy.start(`http://${reg.address}`);
  host = proxy.url.replace(/^http:\/\//, '');
  // Five chunks and a short sixth.
  big = await image(5 * CHUNK + 12_345);
});
afterAll(() => proxy.close());

/** A client that sends anything over one chunk in 1 MiB chunks, and the lines it logs. */
function client(): { c: RegistryClient; log: string[] } {
  const log: string[] = [];
  return { c: new RegistryClient({ host, insecure: true, monolithicMax: CHUNK, chunkSize: CHUNK, log: (l) => log.push(l) }), log };
}

const patches = (seen: SeenRequest[]) => seen.filter((s) => s.method === 'PATCH');
const start = (s: SeenRequest) => Number((s.contentRange ?? '').split('-')[0]);
const isPatchAt = (offset: number) => (req: import('node:http').IncomingMessage) => req.method === 'PATCH' && (req.headers['content-range'] ?? '').startsWith(`${offset}-`);

/** The blob as the registry serves it, straight (not through the proxy). */
async function stored(repo: string, digest: string): Promise<string> {
  const res = await fetch(`http://${reg.address}/v2/${repo}/blobs/${digest}`);
  expect(res.status).toBe(200);
  return sha256(Buffer.from(await res.arrayBuffer()));
}

describe('chunked uploads to the registry', () => {
  it('sends a layer above the limit in PATCH chunks with Content-Range, closes it with PUT ?digest=, and skopeo reads the image', async () => {
    const repo = `model-cd-test/chunked-${runId}`;
    proxy.reset();
    const r = await pushImage(client().c, big.layout, big.top, repo, 'v1');
    expect(r).toMatchObject({ digest: big.top.digest, blobsUploaded: 2, bytesUploaded: big.layer.length + (await configSize(big)) });
    const size = big.layer.length;
    expect(patches(proxy.seen).map((s) => s.contentRange)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `${i * CHUNK}-${Math.min(size, (i + 1) * CHUNK) - 1}`));
    const close = proxy.seen.filter((s) => s.method === 'PUT' && s.path.includes('/blobs/uploads/') && s.path.includes(encodeURIComponent(big.layerDigest)));
    expect(close).toHaveLength(1);
    expect(close[0]?.requestBytes).toBe(0);
    expect(await stored(repo, big.layerDigest)).toBe(big.layerDigest);
    const info = JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${reg.address}/${repo}:v1`], { encoding: 'utf8' })) as { Digest: string; Layers: string[] };
    expect(info.Digest).toBe(big.top.digest);
    expect(info.Layers).toEqual([big.layerDigest]);
  });

  it('resumes after a connection dropped mid-chunk at the chunk the registry holds, not from byte 0', async () => {
    const repo = `model-cd-test/dropped-${runId}`;
    // A buffering front proxy (nginx's default): the cut chunk never reaches the registry, whose session stays good.
    proxy.reset([{ match: isPatchAt(2 * CHUNK), cutRequestAfterBytes: 300_000, holdRequest: true, times: 1 }]);
    const { c, log } = client();
    const r = await pushImage(c, big.layout, big.top, repo, 'v1');
    expect(r.digest).toBe(big.top.digest);
    expect(proxy.requestCuts).toBe(1);
    const all = patches(proxy.seen);
    const cut = all.findIndex((s) => s.fault === 'cut-request');
    expect(start(all[cut] as SeenRequest)).toBe(2 * CHUNK);
    // After the cut: the session was asked where it stands, and the next PATCH starts there.
    const after = proxy.seen.slice(proxy.seen.indexOf(all[cut] as SeenRequest) + 1);
    expect(after[0]).toMatchObject({ method: 'GET' });
    expect(after[0]?.path).toContain('/blobs/uploads/');
    expect(start(all[cut + 1] as SeenRequest)).toBe(2 * CHUNK);
    expect(all.slice(cut + 1).every((s) => start(s) > 0)).toBe(true);
    // What went over the wire for the layer: the blob once, plus the part of the chunk that was cut.
    const sent = all.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(sent).toBe(big.layer.length + 300_000);
    expect(sent).toBeLessThan(2 * big.layer.length);
    expect(log.join('\n')).toMatch(new RegExp(`resuming the upload of ${big.layerDigest} at byte ${2 * CHUNK} of ${big.layer.length}`));
    expect(await stored(repo, big.layerDigest)).toBe(big.layerDigest);
  });

  it('resumes after a 5xx on a chunk at the same offset', async () => {
    const repo = `model-cd-test/5xx-${runId}`;
    proxy.reset([{ match: isPatchAt(3 * CHUNK), status: 503, times: 1 }]);
    const r = await pushImage(client().c, big.layout, big.top, repo, 'v1');
    expect(r.digest).toBe(big.top.digest);
    const all = patches(proxy.seen);
    expect(all.map((s) => [start(s), s.fault])).toEqual([
      [0, null],
      [CHUNK, null],
      [2 * CHUNK, null],
      [3 * CHUNK, 'status'],
      [3 * CHUNK, null],
      [4 * CHUNK, null],
      [5 * CHUNK, null],
    ]);
    expect(await stored(repo, big.layerDigest)).toBe(big.layerDigest);
  });

  it('starts a new session when the registry dropped the one a cut chunk reached in part', async () => {
    const repo = `model-cd-test/partial-${runId}`;
    // Straight through: the registry stores part of the chunk, then (distribution 2.x) cancels the
    // session whose length no longer matches its state. The blob still arrives, in a new session.
    proxy.reset([{ match: isPatchAt(CHUNK), cutRequestAfterBytes: 300_000, times: 1 }]);
    const { c, log } = client();
    const r = await pushImage(c, big.layout, big.top, repo, 'v1');
    expect(r.digest).toBe(big.top.digest);
    expect(proxy.requestCuts).toBe(1);
    const posts = proxy.seen.filter((s) => s.method === 'POST' && s.path.includes('/blobs/uploads/'));
    // The config's session, the layer's first, and the layer's second.
    expect(posts).toHaveLength(3);
    expect(log.join('\n')).toMatch(/the upload session of sha256:[0-9a-f]{64} is gone; starting a new one/);
    expect(await stored(repo, big.layerDigest)).toBe(big.layerDigest);
  });

  it('gives one clear error and writes no tag when every chunk fails', async () => {
    const repo = `model-cd-test/down-${runId}`;
    proxy.reset([{ match: (req) => req.method === 'PATCH', status: 503, times: 1000 }]);
    await expect(pushImage(client().c, big.layout, big.top, repo, 'never')).rejects.toThrow(
      new RegExp(`^the registry 127\\.0\\.0\\.1:\\d+ kept failing while receiving blob ${big.layerDigest} for ${repo}: 4 tries in a row got no further than byte 0 of ${big.layer.length} \\(last: .*HTTP 503.*\\)\\. Nothing was tagged\\. Run again`),
    );
    expect(proxy.seen.some((s) => s.path.includes('/manifests/'))).toBe(false);
    const tag = await fetch(`http://${reg.address}/v2/${repo}/manifests/never`);
    expect(tag.status).toBe(404);
  });

  it('gives up on a registry that drops every session at the same chunk, instead of sending it the same bytes forever', async () => {
    const repo = `model-cd-test/drops-${runId}`;
    proxy.reset([{ match: isPatchAt(2 * CHUNK), cutRequestAfterBytes: 1000, times: 1000 }]);
    await expect(pushImage(client().c, big.layout, big.top, repo, 'never')).rejects.toThrow(new RegExp(`kept failing while receiving blob ${big.layerDigest} .* got no further than byte ${2 * CHUNK} of`));
    expect(proxy.requestCuts).toBe(4);
    expect((await fetch(`http://${reg.address}/v2/${repo}/manifests/never`)).status).toBe(404);
  });

  it('gives one clear error and writes no tag when the closing PUT keeps failing', async () => {
    const repo = `model-cd-test/noclose-${runId}`;
    proxy.reset([{ match: (req) => req.method === 'PUT' && req.headers['content-length'] === '0' && (req.url ?? '').includes('/blobs/uploads/'), status: 500, times: 1000 }]);
    await expect(pushImage(client().c, big.layout, big.top, repo, 'never')).rejects.toThrow(new RegExp(`kept failing while receiving blob ${big.layerDigest} .* got no further than byte ${big.layer.length} of ${big.layer.length} .*Nothing was tagged`));
    // Every chunk went once: the retries were of the close alone.
    expect(patches(proxy.seen)).toHaveLength(6);
    const tag = await fetch(`http://${reg.address}/v2/${repo}/manifests/never`);
    expect(tag.status).toBe(404);
  });

  it('sends whole blobs to a registry that refuses PATCH', async () => {
    const repo = `model-cd-test/nopatch-${runId}`;
    proxy.reset([{ match: (req) => req.method === 'PATCH', status: 405, times: 1000 }]);
    const { c, log } = client();
    const r = await pushImage(c, big.layout, big.top, repo, 'v1');
    expect(r.digest).toBe(big.top.digest);
    expect(patches(proxy.seen)).toHaveLength(1);
    expect(log.join('\n')).toMatch(/does not take chunked uploads \(PATCH: HTTP 405\); sending whole blobs instead/);
    expect(await stored(repo, big.layerDigest)).toBe(big.layerDigest);
  });

  it('uploads into the session the registry opened when a mount found no blob to mount', async () => {
    const repo = `model-cd-test/mount-${runId}`;
    const small = await image(200_000);
    proxy.reset();
    const r = await pushImage(client().c, small.layout, small.top, repo, 'v1', `model-cd-test/empty-${runId}`);
    expect(r).toMatchObject({ digest: small.top.digest, blobsMounted: 0, blobsUploaded: 2 });
    const posts = proxy.seen.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts.every((s) => s.path.includes('mount='))).toBe(true);
    expect(await stored(repo, small.layerDigest)).toBe(small.layerDigest);
  });
});

async function configSize(img: TestImage): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(join(img.layout, 'blobs', ...img.top.digest.split(':')), 'utf8')) as { config: { size: number } };
  return manifest.config.size;
}
