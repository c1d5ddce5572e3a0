// What the rollout action's end-to-end tests share: a real nginx in front of three real serve
// processes (the champion, the candidate and a copy of the candidate that fails on out-of-range
// rows), Prometheus scraping them, and the action run as a workflow step with a keepalive load
// through nginx for as long as it runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSnippet, renderSnippet } from '../../../src/rollout/router/nginx-config.js';
import { NginxRouter } from '../../../src/rollout/router/nginx.js';
import type { TrafficState } from '../../../src/rollout/types.js';
import { ROOT, runStep, type StepResult } from '../../harness.js';
import { servicesEnv } from '../../setup/env.js';
import type { Served } from '../serve/serve-lib.js';
import { startLoad, type LoadCounts } from './keepalive-load.js';
import { CANDIDATE, CHAMPION, OUT_OF_RANGE_ROW, failingModel, serveModel, tempDir, testId, writeTargets } from './metrics-lib.js';
import { PROXY_SERVER, prepareNginx, type Nginx } from './nginx-lib.js';

const rows = readFileSync(join(ROOT, 'examples', 'model', 'holdout.csv'), 'utf8').trim().split('\n');
const columns = (rows[0] as string).split(',').slice(0, 6);
const holdout = rows.slice(1, 4).map((l) => l.split(',').slice(0, 6).map(Number));
const body = (data: number[][]) => JSON.stringify({ dataframe_split: { columns, data } });
/** Three holdout rows, as a caller sends them. */
export const GOOD = body(holdout);
/** The same and a fourth row the failing model refuses (500), the others answer. */
export const WITH_BAD_ROW = body([...holdout, OUT_OF_RANGE_ROW]);

const RENDER = { upstream: 'model-cd', keepalive: 16, keepaliveTimeoutS: 4 };

export interface Stack {
  champion: Served;
  candidate: Served;
  failing: Served;
  nginx: Nginx;
  /** The label the stack's Prometheus targets carry. */
  id: string;
  stop(): Promise<void>;
}

export const host = (s: Served) => new URL(s.url).host;

export async function startStack(): Promise<Stack> {
  const dir = tempDir();
  const [champion, candidate, failing] = await Promise.all([serveModel(CHAMPION), serveModel(CANDIDATE), failingModel(dir).then((m) => serveModel(m))]);
  // Before its first rollout, mode `init` writes the snippet nginx starts with.
  const nginx = await prepareNginx({ server: PROXY_SERVER });
  const init = await runRollout({ nginx }, { mode: 'init', stable: host(champion) }, null);
  if (init.step.exitCode !== 0) throw new Error(`rollout init failed: ${init.step.stdout}${init.step.stderr}`);
  await nginx.start();
  const id = testId();
  const removeTargets = writeTargets(servicesEnv().prometheus.targetsDir, id, [
    { url: champion.url, labels: { model: 'champion' } },
    { url: candidate.url, labels: { model: 'candidate' } },
    { url: failing.url, labels: { model: 'failing' } },
  ]);
  return {
    champion,
    candidate,
    failing,
    nginx,
    id,
    stop: async () => {
      removeTargets();
      await Promise.all([nginx.stop(), champion.stop(), candidate.stop(), failing.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The snippet rollout writes for `s` (what nginx starts with before a first rollout). */
export function snippet(s: Omit<TrafficState, 'updatedAt'>): string {
  return renderSnippet({ ...s, updatedAt: new Date().toISOString() }, RENDER);
}

/** What the snippet on disk holds now. */
export function held(nginx: Nginx): TrafficState {
  return parseSnippet(readFileSync(nginx.snippetPath, 'utf8'), nginx.snippetPath, RENDER);
}

/** Routes by `s`, as an earlier run that stopped there would have left nginx. */
export function leave(stack: Stack, s: Omit<TrafficState, 'updatedAt'>): Promise<void> {
  return new NginxRouter({ snippet: stack.nginx.snippetPath, command: stack.nginx.command }).apply({ ...s, updatedAt: new Date().toISOString() });
}

export interface RolloutRun {
  step: StepResult;
  counts: LoadCounts;
  /** rollout-report.json, read before the step's workspace is removed. */
  report: { events: { kind: string; weight: number; detail: string; at: number }[]; failure: { breachAt: number | null } | null } | null;
}

/** The rollout step with a keepalive load through nginx for as long as it runs. */
export async function runRollout(stack: Pick<Stack, 'nginx'>, inputs: Record<string, string>, requestBody: string | null = GOOD): Promise<RolloutRun> {
  const load = requestBody === null ? null : startLoad(`${stack.nginx.url}/invocations`, requestBody, { connections: 4, timeoutMs: 10_000, maxDurationMs: 180_000 });
  const workspace = mkdtempSync(join(tmpdir(), 'model-cd-rollout-'));
  try {
    const step = await runStep('rollout', {
      workspace,
      inputs: { 'nginx-snippet': stack.nginx.snippetPath, 'nginx-command': stack.nginx.command.join(','), 'report-dir': join(workspace, 'report'), ...inputs },
    });
    const counts = load ? await load.stop() : { sent: 0, ok: 0, non2xx: {}, errors: {}, timeouts: 0 };
    const report = step.outputs.report ? (JSON.parse(readFileSync(step.outputs.report, 'utf8')) as RolloutRun['report']) : null;
    return { step, counts, report };
  } finally {
    await load?.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** Requests lost in transit: connection errors and timeouts, whatever status the others had. */
export const lost = (c: LoadCounts) => ({ errors: c.errors, timeouts: c.timeouts });

export const weights = (r: RolloutRun) => r.report?.events.filter((e) => e.kind === 'weight').map((e) => e.weight);

/** Prediction requests a serve process has answered, from its own /metrics. */
export async function predictions(s: Served): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return [...text.matchAll(/^model_cd_http_requests_total\{[^}]*route="\/invocations"[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
}

/** A PromQL error rate of one of the stack's models over the last 10 s (0 with no 5xx series). */
export const promErrorRate = (stack: Stack, model: string) =>
  `(sum(rate(model_cd_http_requests_total{rollout_test="${stack.id}",model="${model}",code=~"5.."}[10s])) or vector(0)) / sum(rate(model_cd_http_requests_total{rollout_test="${stack.id}",model="${model}"}[10s]))`;
