// The nginx router against a real nginx (its own master, see nginx-lib.ts) in front of two real
// `model-cd serve` processes (stable: the champion, canary: the candidate), with a keepalive load
// running through every switch: 0 failed requests, each revision's share of requests (from its own
// /metrics) at the weight applied; a config nginx refuses changes nothing; read() finds what
// apply() left, and refuses a snippet that is not ours.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, ServiceError } from '../../../src/common/errors.js';
import { renderSnippet } from '../../../src/rollout/router/nginx-config.js';
import { NginxRouter } from '../../../src/rollout/router/nginx.js';
import { LocalHost } from '../../../src/rollout/router/host.js';
import type { TrafficState } from '../../../src/rollout/types.js';
import { ROOT } from '../../harness.js';
import { startServe, type Served } from '../serve/serve-lib.js';
import { startLoad } from './keepalive-load.js';
import { PROXY_SERVER, startNginx, type Nginx } from './nginx-lib.js';
import { startSshd } from './sshd-lib.js';

const EXAMPLE = join(ROOT, 'examples', 'model');
const CONTRACT = join(EXAMPLE, 'model-contract.yaml');

// Four holdout rows per request, in MLflow's dataframe_split form.
const rows = readFileSync(join(EXAMPLE, 'holdout.csv'), 'utf8').trim().split('\n');
const features = (rows[0] as string).split(',').slice(0, 6);
const BODY = JSON.stringify({ dataframe_split: { columns: features, data: rows.slice(1, 5).map((l) => l.split(',').slice(0, 6).map(Number)) } });


let stable: Served;
let canary: Served;
let nginx: Nginx;
let router: NginxRouter;
const address = (s: Served) => new URL(s.url).host;
const state = (weight: number, over: Partial<TrafficState> = {}): TrafficState => ({
  stable: address(stable),
  canary: address(canary),
  weight,
  revision: 'champion-to-candidate',
  status: 'progressing',
  step: 0,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});
const RENDER = { upstream: 'model-cd', keepalive: 16, keepaliveTimeoutS: 4 };

/** Predictions a revision has answered (its /invocations requests, any status). */
async function served(s: Served): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('model_cd_http_requests_total{') && l.includes('route="/invocations"'))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
}
const both = async () => ({ stable: await served(stable), canary: await served(canary) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 1.5 s of load through nginx: the connection errors, and the canary's share of the requests in percent. */
async function canaryShare(): Promise<{ errors: Record<string, number>; share: number }> {
  const before = await both();
  const load = startLoad(`${nginx.url}/invocations`, BODY, { connections: 4, timeoutMs: 10_000, maxDurationMs: 10_000 });
  await sleep(1_500);
  const counts = await load.stop();
  const after = await both();
  const c = after.canary - before.canary;
  return { errors: counts.errors, share: (100 * c) / (c + after.stable - before.stable) };
}
const workers = async () => (await new LocalHost().children(Number(readFileSync(nginx.pidFile, 'utf8').trim()))).map((p) => p.pid).sort();

beforeAll(async () => {
  [stable, canary] = await Promise.all(
    ['champion.onnx', 'candidate.onnx'].map((m) => startServe(['--model', join(EXAMPLE, m), '--contract', CONTRACT, '--access-log', 'false'])),
  );
  nginx = await startNginx({ server: PROXY_SERVER, snippet: renderSnippet(state(0), RENDER) });
  router = new NginxRouter({ snippet: nginx.snippetPath, command: nginx.command });
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all([stable?.stop(), canary?.stop()]);
});

describe('nginx router', () => {
  it('shifts 0 → 10 → 50 → 100 → 0 under keepalive load with no failed request, each share at its weight', async () => {
    const load = startLoad(`${nginx.url}/invocations`, BODY, { connections: 8, timeoutMs: 10_000, maxDurationMs: 90_000 });
    const steps: { weight: number; stable: number; canary: number; share: number; applyMs: number }[] = [];
    await sleep(500);
    for (const weight of [0, 10, 50, 100, 0]) {
      const t = Date.now();
      await router.apply(state(weight));
      const applyMs = Date.now() - t;
      const before = await both();
      await sleep(2_000);
      const after = await both();
      const s = after.stable - before.stable;
      const c = after.canary - before.canary;
      steps.push({ weight, stable: s, canary: c, share: (100 * c) / (s + c), applyMs });
    }
    await sleep(500);
    const counts = await load.stop();
    console.log(JSON.stringify({ load: counts, steps }));

    expect(counts.sent).toBeGreaterThan(1000);
    expect(counts.errors).toEqual({});
    expect(counts.timeouts).toBe(0);
    expect(counts.non2xx).toEqual({});
    expect(counts.ok).toBe(counts.sent);
    for (const step of steps) {
      expect(step.stable + step.canary).toBeGreaterThan(200);
      // Requests the old workers still finish after a switch fall into the next window: a few at most.
      expect(Math.abs(step.share - step.weight), `weight ${step.weight}: ${JSON.stringify(step)}`).toBeLessThanOrEqual(2);
    }
    expect(nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit|error)\]/);
  }, 120_000);

  it('a snippet nginx refuses fails apply with nginx’s message, leaves the file byte for byte and the traffic as it was', async () => {
    await router.apply(state(10));
    const bytes = readFileSync(nginx.snippetPath);
    const pids = await workers();
    const bad = state(50, { canary: '127.0.0.1:99999' });
    const err = await router.apply(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as Error).message).toMatch(/nothing was applied/);
    expect((err as Error).message).toContain('127.0.0.1:99999');
    expect((err as Error).message).toContain('[emerg]');
    expect(readFileSync(nginx.snippetPath).equals(bytes)).toBe(true);
    expect(await workers()).toEqual(pids);
    expect(await router.read()).toEqual(state(10));
    // Still 10 %: nginx's weighted round robin gives each worker exactly 1 in 10.
    const ten = await canaryShare();
    expect(ten.errors).toEqual({});
    expect(Math.abs(ten.share - 10)).toBeLessThanOrEqual(2);
  }, 60_000);

  it('read() returns what apply() left; a missing snippet is null; a snippet edited by hand is refused, naming the file', async () => {
    const promoted = state(100, { status: 'promoted', step: 4, updatedAt: '2025-01-02T03:04:05.000Z' });
    await router.apply(promoted);
    expect(await router.read()).toEqual(promoted);
    expect(await new NginxRouter({ snippet: join(nginx.prefix, 'none.conf'), command: nginx.command }).read()).toBeNull();

    const edited = join(nginx.prefix, 'edited.conf');
    const other = new NginxRouter({ snippet: edited, command: nginx.command });
    writeFileSync(edited, readFileSync(nginx.snippetPath, 'utf8').replace(`server ${address(canary)};`, `server ${address(stable)};`));
    const e1 = await other.read().catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ConfigurationError);
    expect((e1 as Error).message).toContain(edited);
    expect((e1 as Error).message).toMatch(/differs from what model-cd wrote/);

    writeFileSync(edited, 'upstream model-cd { server 127.0.0.1:1; }\n');
    const e2 = await other.read().catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(ConfigurationError);
    expect((e2 as Error).message).toContain(edited);
    expect((e2 as Error).message).toMatch(/not a snippet model-cd wrote/);
  }, 60_000);
});

describe('nginx router over ssh (a real sshd on 127.0.0.1)', () => {
  it('applies, reads back and refuses a bad snippet the same way, through the runner\'s ssh', async () => {
    const sshd = await startSshd();
    try {
      const remote = new NginxRouter({ snippet: nginx.snippetPath, command: nginx.command, sshHost: sshd.host, sshArgs: sshd.sshArgs });
      expect(remote.describe).toBe(`nginx (${sshd.host}:${nginx.snippetPath})`);
      const split = state(50, { revision: "it's a \"quoted\" $(id) revision" });
      const pids = await workers();
      await remote.apply(split);
      expect(await workers()).not.toEqual(pids);
      expect(await remote.read()).toEqual(split);
      expect(await router.read()).toEqual(split);

      const bytes = readFileSync(nginx.snippetPath);
      const err = await remote.apply(state(50, { canary: '127.0.0.1:99999' })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ServiceError);
      expect((err as Error).message).toContain(`on ${sshd.host}`);
      expect((err as Error).message).toContain('127.0.0.1:99999');
      expect(readFileSync(nginx.snippetPath).equals(bytes)).toBe(true);

      const fifty = await canaryShare();
      expect(fifty.errors).toEqual({});
      expect(Math.abs(fifty.share - 50)).toBeLessThanOrEqual(2);
      expect(await new NginxRouter({ snippet: join(nginx.prefix, 'none.conf'), sshHost: sshd.host, sshArgs: sshd.sshArgs }).read()).toBeNull();
    } finally {
      await sshd.stop();
    }
  }, 60_000);
});
