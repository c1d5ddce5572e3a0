// build-push (the bundle, as the runner runs it) pushing to a registry it cannot reach: a closed
// port, a name that does not resolve, an https:// registry that speaks plain HTTP, and a registry
// that stops answering (a proxy on loopback in front of the real one). Each is one error naming the
// registry, the image and what to check; nothing is tagged.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runStep, type StepResult } from '../harness.js';
import { servicesEnv } from '../setup/env.js';
import { closedPort } from './closed-port.js';
import { FaultProxy } from './fault-proxy.js';
import { oneError } from './one-error.js';

const node = process.env.MODEL_CD_NODE24 && existsSync(process.env.MODEL_CD_NODE24) ? process.env.MODEL_CD_NODE24 : undefined;
const reg = servicesEnv().registry;
const repo = `model-cd/unreachable-${Date.now()}-${process.pid}`;

let workspace: string;
let proxy: FaultProxy;
let plain: Server;


function push(tag: string, extra: Record<string, string> = {}): Promise<StepResult> {
  return runStep('build-push', { workspace, inputs: { base: 'oci:base:py', model: 'model.onnx', tags: tag, ...extra }, env: { GITHUB_REPOSITORY: 'acme/serving' }, ...(node ? { node } : {}) });
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'build-push', 'index.js'))) throw new Error('dist/build-push is missing: run `npm run build` first.');
  workspace = mkdtempSync(join(tmpdir(), 'build-push-unreachable-'));
  execFileSync('umoci', ['init', '--layout', join(workspace, 'base')]);
  execFileSync('umoci', ['new', '--image', `${join(workspace, 'base')}:py`]);
  writeFileSync(join(workspace, 'model.onnx'), randomBytes(10_000));
  proxy = await FaultProxy.start(`http://${reg.address}`);
  // Plain HTTP on a loopback address other than 127.0.0.1, which build-push speaks HTTPS to.
  plain = createServer((_q, res) => res.end('{}'));
  await new Promise<void>((r) => plain.listen(0, '127.0.0.2', r));
});

afterAll(async () => {
  await proxy?.close();
  await new Promise<void>((r) => (plain ? plain.close(() => r()) : r()));
});

describe('build-push to a registry it cannot reach', () => {
  it('a closed port: names the registry and the image, says what to check', async () => {
    const host = `127.0.0.1:${await closedPort()}`;
    const message = oneError(await push(`${host}/${repo}:v1`, { 'retry-timeout': '5' }));
    expect(message).toMatch(new RegExp(`^cannot reach the registry ${host} for the image ${host}/${repo} \\(.*ECONNREFUSED.*\\)\\. Check the registry host and port in the image reference, and that the registry is up and reachable from this runner\\.$`));
  });

  it('a name that does not resolve', async () => {
    const message = oneError(await push(`registry.invalid/${repo}:v1`));
    expect(message).toMatch(new RegExp(`^cannot reach the registry registry\\.invalid for the image registry\\.invalid/${repo}: ENOTFOUND .*The host name does not resolve: check the registry part of the image reference`));
  });

  it('an https registry that speaks plain HTTP', async () => {
    const host = `127.0.0.2:${(plain.address() as { port: number }).port}`;
    const message = oneError(await push(`${host}/${repo}:v1`));
    expect(message).toMatch(new RegExp(`^cannot reach the registry ${host.replace(/\./g, '\\.')} for the image ${host.replace(/\./g, '\\.')}/${repo}: ERR_SSL_WRONG_VERSION_NUMBER \\([^\\n]*wrong version number\\); the server does not speak TLS at that address\\. build-push uses plain HTTP only for localhost and 127\\.0\\.0\\.1: check the port in the image reference, or serve the registry over HTTPS\\.$`));
  });

  it('a registry that stops answering: retries logged, then one error saying how long it waited and which input bounds it', async () => {
    proxy.reset([{ silent: true, times: 1000 }]);
    const host = new URL(proxy.url).host;
    const r = await push(`${host}/${repo}:v1`, { 'retry-timeout': '1.5' });
    const message = oneError(r);
    expect(message).toMatch(
      new RegExp(`^cannot reach the registry ${host} for the image ${host}/${repo} \\(\\w+ http://${host}/v2/${repo}/\\S+ failed after [2-4] attempts in \\d\\.\\d s: TimeoutError: no response within \\d+ ms; that is the 1\\.5 s input \`retry-timeout\` allows for one request: raise it for a server that needs longer\\)\\. Check`),
    );
    expect(r.stdout).toMatch(new RegExp(`\\w+ http://${host}/v2/${repo}/\\S+: attempt 1 of 4 failed \\(TimeoutError: no response within 500 ms\\); trying again in \\d\\.\\d s`));
    const tags = proxy.seen.filter((s) => s.method === 'PUT' && s.path.includes('/manifests/'));
    expect(tags).toEqual([]);
  });
});
