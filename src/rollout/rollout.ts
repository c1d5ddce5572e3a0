// rollout's core: the inputs read into steps, metrics and a router, the progression run, and what
// the entry shows (outputs, summary, report). No runner imports.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../common/errors.js';
import { writeFileAtomic } from '../common/fsutil.js';
import { parseDuration } from './analysis/duration.js';
import { parseMetrics, type MetricSpec } from './analysis/metric-spec.js';
import { runAnalysis } from './analysis/run.js';
import { testEndpoint } from '../endpoint/test-endpoint.js';
import type { LoadOptions } from '../evaluate/runtime/onnxruntime.js';
import type { EndpointCheckConfig } from './metrics/endpoint-check.js';
import { makeProvider, parseProvider, type ProviderConfig } from './metrics/providers.js';
import { runRollout, type AnalysisOutcome, type Mode, type RolloutOutcome } from './progression.js';
import { waitReady } from './ready.js';
import { abortableSleep } from './sleep.js';
import { NginxRouter } from './router/nginx.js';
import { checkAddress } from './router/nginx-config.js';
import { blueGreenSteps, parseSteps, type Step } from './steps.js';
import { rolloutSummary, type MetricSeries } from './summary.js';
import type { TrafficRouter } from './types.js';

export interface RolloutConfig {
  strategy: 'canary' | 'blue-green';
  mode: Mode;
  provider: 'nginx';
  stable: string;
  canary: string;
  revision: string;
  steps: string;
  analysis: string;
  backgroundAnalysis: string[];
  prePromotionAnalysis: string[];
  postPromotionAnalysis: string[];
  scaleDownDelay: string;
  readyPath: string;
  readyTimeout: string;
  nginxSnippet: string;
  nginxUpstream: string;
  nginxCommand: string[];
  sshHost: string;
  reportDir: string;
  /** GITHUB_SHA, when the runner gives one: the default revision. */
  commit: string;
  cwd: string;
  /** How the test-endpoint provider's parity check finds onnxruntime. */
  ort: LoadOptions;
  env: Readonly<Record<string, string | undefined>>;
  now(): number;
  log(line: string): void;
}

export interface RolloutRun {
  outcome: RolloutOutcome;
  series: MetricSeries[];
  summary: string;
  reportPath: string;
}

interface Plan {
  steps: Step[];
  metrics: MetricSpec<ProviderConfig>[];
  background: string[];
  revision: string;
}

export function plan(c: RolloutConfig): Plan {
  const metrics = c.analysis.trim() ? parseMetrics(parseYaml(c.analysis, 'input `analysis`'), 'input `analysis`', parseProvider) : [];
  const names = metrics.map((m) => m.name);
  const known = (input: string, list: string[]) => {
    for (const n of list) if (!names.includes(n)) throw new ConfigurationError(`input \`${input}\``, n, names.length ? `is not a metric of input \`analysis\` (its metrics: ${names.join(', ')}).` : 'names a metric, and input `analysis` defines none.');
    return list;
  };
  const steps =
    c.strategy === 'canary'
      ? parseSteps(c.steps, names)
      : blueGreenSteps({ prePromotion: known('pre-promotion-analysis', c.prePromotionAnalysis), postPromotion: known('post-promotion-analysis', c.postPromotionAnalysis), scaleDownDelayMs: parseDuration(c.scaleDownDelay, 'input `scale-down-delay`') });
  if (c.mode === 'auto' && steps.some((s) => s.kind === 'pause' && s.ms === null)) {
    throw new ConfigurationError('input `steps`', c.steps, 'has an open `pause: {}`, which waits for a later job, and `mode` is `auto`. Use `mode: start` here and `mode: promote` in the job after the gate, or give the pause a duration.');
  }
  const inSteps = new Set(steps.flatMap((s) => (s.kind === 'analysis' ? s.metrics : [])));
  for (const m of metrics) {
    if (m.provider.kind === 'test-endpoint' && !m.successCondition && !m.failureCondition) throw new ConfigurationError(`input \`analysis\` metric "${m.name}"`, 'no condition', 'measures how many test-endpoint checks failed, and with no condition every measurement passes. Add success-condition: result == 0.');
  }
  // A step waits for its analysis to end; a metric with only an interval never does on its own.
  for (const m of metrics) {
    if (inSteps.has(m.name) && m.count === null) throw new ConfigurationError(`input \`analysis\` metric "${m.name}"`, `interval: ${m.intervalMs! / 1000}s`, 'has no `count`, so an analysis step that runs it would never end. Give it a count, or watch it in `background-analysis` instead.');
  }
  const background = c.backgroundAnalysis.length ? known('background-analysis', c.backgroundAnalysis) : names.filter((n) => !inSteps.has(n));
  const revision = c.revision.trim() || c.commit.slice(0, 12) || (c.mode === 'auto' ? `local-${new Date(c.now()).toISOString()}` : c.mode === 'init' ? 'initial' : '');
  if (!revision && c.mode !== 'abort') throw new ConfigurationError('input `revision`', '', `is empty and there is no GITHUB_SHA to take it from. Mode \`${c.mode}\` needs the same revision in every job: give one.`);
  if (!c.canary.trim() && c.mode !== 'abort' && c.mode !== 'init') throw new ConfigurationError('input `canary`', '', 'is required: give the address of the new revision (nginx: host:port).');
  return { steps, metrics, background, revision };
}

export async function rollout(c: RolloutConfig): Promise<RolloutRun> {
  const p = plan(c);
  const router = makeRouter(c);
  const readyTimeoutMs = parseDuration(c.readyTimeout, 'input `ready-timeout`');
  const series = new Map<string, MetricSeries>(p.metrics.map((m) => [m.name, { name: m.name, conditions: conditionsOf(m), points: [] }]));
  const address = (target: string) => {
    const where = target === 'canary' || target === 'preview' ? c.canary : target === 'stable' || target === 'active' ? c.stable : target;
    return /^https?:\/\//.test(where) ? where : `http://${where}`;
  };
  const sleep = abortableSleep;
  // `background` is the progression's to tell its two kinds of analysis apart; both run the same way here.
  const analyse = async (names: string[], { signal }: { signal: AbortSignal; background: boolean }): Promise<AnalysisOutcome> => {
    const chosen = p.metrics.filter((m) => names.includes(m.name));
    const r = await runAnalysis(chosen, (m) => makeProvider(m.provider, { resolveTarget: address, runEndpointChecks: (e, url) => endpointChecks(c, e, url), log: c.log }), {
      now: c.now,
      sleep,
      signal,
      onMeasurement: (m, x) => {
        series.get(m.name)?.points.push({ at: x.finishedAt, value: x.error ?? JSON.stringify(x.value), numeric: numericOf(x.value), phase: x.phase });
        c.log(`${m.name}: ${x.error ?? JSON.stringify(x.value)} (${x.phase})`);
      },
    });
    return { phase: r.phase, message: r.message, breachAt: r.breachAt ?? null };
  };
  const outcome = await runRollout({
    mode: c.mode,
    revision: p.revision,
    stable: c.stable.trim(),
    canary: c.canary.trim(),
    steps: p.steps,
    background: p.background,
    router,
    analyse,
    waitReady: (signal) => waitReady({ url: `${address('canary').replace(/\/$/, '')}${c.readyPath}`, timeoutMs: readyTimeoutMs, signal, now: c.now, sleep }),
    now: c.now,
    sleep,
    log: c.log,
  });
  const all = [...series.values()].filter((s) => s.points.length);
  mkdirSync(c.reportDir, { recursive: true });
  const reportPath = join(c.reportDir, 'rollout-report.json');
  writeFileAtomic(reportPath, JSON.stringify({ strategy: c.strategy, router: router.describe, ...outcome, measurements: all }, null, 2), 'the rollout report');
  const summary = rolloutSummary({ outcome, strategy: c.strategy, router: router.describe, stable: outcome.stable, canary: c.canary, series: all });
  return { outcome, series: all, summary, reportPath };
}

/** test-endpoint's checks on a revision, its report in the rollout's report folder. */
async function endpointChecks(c: RolloutConfig, e: EndpointCheckConfig, url: string): Promise<{ failed: string[]; detail: string }> {
  const r = await testEndpoint({
    url,
    protocol: 'auto',
    modelName: e.modelName,
    contract: e.contract || 'none',
    data: e.data,
    dataFormat: 'auto',
    rows: e.rows,
    model: e.model,
    tolerance: 1e-5,
    expectedSha256: e.expectedSha256,
    checks: e.checks,
    negativeCases: ['missing-field', 'wrong-type', 'extra-column', 'empty-body', 'not-json'],
    oversizedBodySize: '16MiB',
    loadDuration: 1,
    loadConnections: 1,
    loadRate: 0,
    loadBatchRows: 1,
    maxErrorRate: 0,
    maxP95Ms: '',
    maxP99Ms: '',
    minRps: '',
    timeout: e.timeoutMs / 1000,
    reportDir: join(c.reportDir, 'test-endpoint', e.target.replace(/[^A-Za-z0-9.-]+/g, '_')),
    cwd: c.cwd,
    ort: c.ort,
    // Its own log goes to its report; the rollout logs the checks that failed.
    log: { info: () => {}, group: (_title, fn) => fn() },
  });
  return { failed: Object.entries(r.checks).filter(([, v]) => v === 'failed').map(([k]) => k), detail: r.errors.map((x) => x.message).join('; ') };
}

function makeRouter(c: RolloutConfig): TrafficRouter {
  if (!c.nginxSnippet.trim()) throw new ConfigurationError('input `nginx-snippet`', '', 'is required with `provider: nginx`: give the path of the file rollout owns, included by your nginx config inside `http {}` (docs/rollout.md shows how).');
  if (c.stable.trim()) checkAddress(c.stable.trim(), 'input `stable`');
  if (c.canary.trim()) checkAddress(c.canary.trim(), 'input `canary`');
  return new NginxRouter({ snippet: c.nginxSnippet, upstream: c.nginxUpstream, command: c.nginxCommand, sshHost: c.sshHost || undefined });
}

function parseYaml(text: string, subject: string): unknown {
  try {
    return parse(text);
  } catch (e) {
    throw new ConfigurationError(subject, text, `is not YAML (${(e as Error).message.split('\n')[0]}).`);
  }
}

function conditionsOf(m: MetricSpec<ProviderConfig>): string {
  return [m.successCondition && `success: ${m.successCondition.source}`, m.failureCondition && `failure: ${m.failureCondition.source}`].filter(Boolean).join('; ') || 'no condition';
}

function numericOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (Array.isArray(v) && typeof v[0] === 'number' && Number.isFinite(v[0])) return v[0];
  return null;
}
