// The registry with token auth that scripts/services.sh runs (Debian docker-registry + our token
// server): the Bearer challenge flow end to end. A push with good credentials (chunked, too) that
// skopeo reads with --creds; wrong or missing credentials as one clear error naming the registry;
// an account without push rights; mounts the token allows, refuses (the source cannot be pulled)
// or turns into an upload (the source lacks the blob), the push completing every time.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { initLayout, MEDIA, writeBlob, type Descriptor } from '../../src/image/oci.js';
import { parseChallenge, pushImage, RegistryClient } from '../../src/image/registry.js';
import { servicesEnv } from '../setup/env.js';

const reg = servicesEnv().registry;
const run = promisify(execFile);
const runId = `${Date.now()}-${randomBytes(4).toString('hex')}`;
const MiB = 1024 * 1024;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface TestImage {
  layout: string;
  top: Descriptor;
  layerDigest: string;
}

/** An OCI layout holding one image whose single layer is `layerSize` random bytes. */
async function image(layerSize: number): Promise<TestImage> {
  const layout = mkdtempSync(join(tmpdir(), 'registry-token-'));
  await initLayout(layout);
  const layer = await writeBlob(layout, randomBytes(layerSize), 'application/vnd.oci.image.layer.v1.tar');
  const config = await writeBlob(layout, Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} })), MEDIA.config);
  const top = await writeBlob(layout, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.manifest, config, layers: [layer] })), MEDIA.manifest);
  return { layout, top, layerDigest: layer.digest };
}

function client(credentials: { username: string; password: string } | null, log?: string[]): RegistryClient {
  return new RegistryClient({
    host: reg.tokenAddress,
    insecure: true,
    ...(credentials ? { credentials } : {}),
    // Chunked above 1 MiB, so the Bearer token covers PATCH, the session's status and the close.
    monolithicMax: MiB,
    chunkSize: MiB,
    ...(log ? { log: (l: string) => log.push(l) } : {}),
  });
}

const good = () => ({ username: reg.user, password: reg.password });

async function skopeoInspect(ref: string, auth: string[]): Promise<{ Digest: string; Layers: string[] }> {
  const { stdout } = await run('skopeo', ['inspect', '--tls-verify=false', ...auth, `docker://${reg.tokenAddress}/${ref}`], { maxBuffer: 16 * MiB });
  return JSON.parse(stdout) as { Digest: string; Layers: string[] };
}

/** The token the token server gives the test user for `scopes`, decoded. */
async function token(scopes: string[]): Promise<{ header: Record<string, unknown>; claims: { aud: string; access: { type: string; name: string; actions: string[] }[] } }> {
  const challenge = parseChallenge((await fetch(`http://${reg.tokenAddress}/v2/`)).headers.get('www-authenticate') ?? '');
  const url = new URL(challenge.realm as string);
  url.searchParams.set('service', challenge.service as string);
  for (const s of scopes) url.searchParams.append('scope', s);
  const res = await fetch(url, { headers: { authorization: basic(reg.user, reg.password) } });
  expect(res.status).toBe(200);
  const [header, claims] = ((await res.json()) as { token: string }).token.split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown);
  return { header: header as Record<string, unknown>, claims: claims as never };
}

let img: TestImage;
beforeAll(async () => {
  img = await image(3 * MiB + 77);
});

describe('registry with token auth', () => {
  it('challenges with Bearer, and its token service refuses wrong or missing credentials with 401', async () => {
    const anonymous = await fetch(`http://${reg.tokenAddress}/v2/`);
    expect(anonymous.status).toBe(401);
    const challenge = anonymous.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(/^Bearer realm="http:\/\/127\.0\.0\.1:\d+\/token",service="[^"]+"/);
    const { realm, service } = parseChallenge(challenge);
    const url = `${realm}?service=${encodeURIComponent(service as string)}&scope=${encodeURIComponent('repository:any:pull')}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: basic(reg.user, `${reg.password}-wrong`) } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: basic(reg.user, reg.password) } })).status).toBe(200);
  });

  it('signs ES256 tokens carrying the certificate, for the registry, granting pull only under readonly/ and nothing under private/', async () => {
    const t = await token([`repository:model-cd-test/a-${runId}:pull,push`, 'repository:readonly/b:pull,push', 'repository:private/c:pull']);
    expect(t.header).toMatchObject({ alg: 'ES256', typ: 'JWT' });
    expect(t.header.x5c).toHaveLength(1);
    expect(t.claims.access).toEqual([
      { type: 'repository', name: `model-cd-test/a-${runId}`, actions: ['pull', 'push'] },
      { type: 'repository', name: 'readonly/b', actions: ['pull'] },
    ]);
  });

  it('takes a push with good credentials (a chunked layer too); skopeo reads it with --creds and not without', async () => {
    const repo = `model-cd-test/token-${runId}`;
    const r = await pushImage(client(good()), img.layout, img.top, repo, 'v1');
    expect(r).toMatchObject({ digest: img.top.digest, blobsUploaded: 2, blobsSkipped: 0 });
    const info = await skopeoInspect(`${repo}:v1`, ['--creds', `${reg.user}:${reg.password}`]);
    expect(info.Digest).toBe(img.top.digest);
    expect(info.Layers).toEqual([img.layerDigest]);
    await expect(skopeoInspect(`${repo}:v1`, ['--no-creds'])).rejects.toThrow();
    // Pushed again: every blob is there, nothing is sent.
    const again = await pushImage(client(good()), img.layout, img.top, repo, 'v1');
    expect(again).toMatchObject({ blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: 2 });
  });

  it('names the registry and says to check the credentials when they are wrong, and asks for them when there are none', async () => {
    const repo = `model-cd-test/token-bad-${runId}`;
    await expect(pushImage(client({ username: reg.user, password: 'wrong' }), img.layout, img.top, repo, 'v1')).rejects.toThrow(
      new RegExp(`^the registry ${reg.tokenAddress.replaceAll('.', '\\.')} \\(token service http://127\\.0\\.0\\.1:\\d+\\) refused a token for repository:${repo}:pull,push \\(HTTP 401\\)\\. Check the username and password`),
    );
    await expect(pushImage(client(null), img.layout, img.top, repo, 'v1')).rejects.toThrow(/^the registry 127\.0\.0\.1:\d+ \(token service .*\) refused a token .* It needs credentials: log in first/);
    expect((await fetch(`http://${reg.tokenAddress}/v2/${repo}/manifests/v1`)).status).toBe(401);
  });

  it('says the account lacks push rights when the token grants pull only', async () => {
    await expect(pushImage(client(good()), img.layout, img.top, `readonly/token-${runId}`, 'v1')).rejects.toThrow(
      /^the registry 127\.0\.0\.1:\d+ does not grant repository:readonly\/token-.*:pull,push to these credentials \(HTTP 401, insufficient_scope\)\. Check that the account may push/,
    );
  });

  it('mounts the blobs of a source repository the token lets it pull', async () => {
    const base = `model-cd-test/token-base-${runId}`;
    await pushImage(client(good()), img.layout, img.top, base, 'v1');
    const r = await pushImage(client(good()), img.layout, img.top, `model-cd-test/token-mounted-${runId}`, 'v1', base);
    expect(r).toMatchObject({ digest: img.top.digest, blobsMounted: 2, blobsUploaded: 0, bytesUploaded: 0 });
  });

  it('uploads the blobs when the token refuses a mount from a source it cannot pull, and the push completes', async () => {
    const repo = `model-cd-test/token-refused-${runId}`;
    const log: string[] = [];
    const r = await pushImage(client(good(), log), img.layout, img.top, repo, 'v1', `private/base-${runId}`);
    expect(r).toMatchObject({ digest: img.top.digest, blobsMounted: 0, blobsUploaded: 2 });
    expect(log.join('\n')).toMatch(new RegExp(`no mount of ${img.layerDigest} from private/base-${runId} \\(HTTP 401\\); uploading it`));
    const info = await skopeoInspect(`${repo}:v1`, ['--creds', `${reg.user}:${reg.password}`]);
    expect(info.Digest).toBe(img.top.digest);
  });

  it('uploads into the session the registry opened when the source it may pull lacks the blob', async () => {
    const repo = `model-cd-test/token-session-${runId}`;
    const r = await pushImage(client(good()), img.layout, img.top, repo, 'v1', `readonly/empty-${runId}`);
    expect(r).toMatchObject({ digest: img.top.digest, blobsMounted: 0, blobsUploaded: 2 });
    const info = await skopeoInspect(`${repo}:v1`, ['--creds', `${reg.user}:${reg.password}`]);
    expect(info.Layers).toEqual([img.layerDigest]);
  });
});
