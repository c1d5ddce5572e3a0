// Bounded load: a fixed number of connections (closed loop) or a fixed request rate, for a fixed
// time, with autocannon; then gates on the error rate, p95/p99 latency and throughput.
// autocannon reports p97.5, not p95, so the percentiles here are computed from every successful
// response's own time (autocannon's `response` event), by nearest rank, without autocannon's
// coordinated-omission correction. Throughput counts successful requests only.
import type { Result } from 'autocannon';

export interface LoadPlan {
  url: string;
  body: string;
  contentType: string;
  durationS: number;
  connections: number;
  /** Requests per second over all connections; 0: as fast as the connections go. */
  rate: number;
  timeoutS: number;
  batchRows: number;
}

export interface LoadResult {
  durationS: number;
  connections: number;
  rate: number;
  batchRows: number;
  /** Answers (any status) plus requests that got none. */
  requests: number;
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  errorRate: number;
  /** Successful requests per second. */
  rps: number;
  rowsPerSecond: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  statusCodes: Record<string, number>;
}

export interface LoadGates {
  maxErrorRate: number;
  maxP95Ms: number | null;
  maxP99Ms: number | null;
  minRps: number | null;
}

export interface GateResult {
  gate: string;
  requirement: string;
  value: number | null;
  passed: boolean;
}

export async function runLoad(p: LoadPlan): Promise<LoadResult> {
  const times: number[] = [];
  // Loaded when a load runs: its histograms set up WebAssembly memory (some 17 MB) as the module
  // loads, which every other command of the CLI (serve among them) would otherwise carry.
  const { default: autocannon } = await import('autocannon');
  const instance = autocannon({
    url: p.url,
    method: 'POST',
    headers: { 'content-type': p.contentType },
    body: p.body,
    connections: p.connections,
    duration: p.durationS,
    ...(p.rate > 0 ? { overallRate: p.rate } : {}),
    timeout: p.timeoutS,
    pipelining: 1,
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) times.push(ms);
  });
  const r = await instance;
  return summarise(r, times, p);
}

function summarise(r: Result, times: number[], p: LoadPlan): LoadResult {
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count]));
  const answered = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const ok = r['2xx'];
  const requests = answered + r.errors;
  const sorted = Float64Array.from(times).sort();
  const duration = r.duration > 0 ? r.duration : p.durationS;
  return {
    durationS: duration,
    connections: p.connections,
    rate: p.rate,
    batchRows: p.batchRows,
    requests,
    ok,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    errorRate: requests ? (r.non2xx + r.errors) / requests : 1,
    rps: ok / duration,
    rowsPerSecond: (ok * p.batchRows) / duration,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : null,
    statusCodes,
  };
}

/** Nearest-rank percentile of sorted values; null when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function judgeLoad(r: LoadResult, g: LoadGates): GateResult[] {
  const out: GateResult[] = [{ gate: 'max-error-rate', requirement: `error rate <= ${g.maxErrorRate}`, value: r.errorRate, passed: r.errorRate <= g.maxErrorRate }];
  const upper = (gate: string, what: string, value: number | null, max: number | null) => {
    if (max !== null) out.push({ gate, requirement: `${what} <= ${max} ms`, value, passed: value !== null && value <= max });
  };
  upper('max-p95-ms', 'p95', r.p95Ms, g.maxP95Ms);
  upper('max-p99-ms', 'p99', r.p99Ms, g.maxP99Ms);
  if (g.minRps !== null) out.push({ gate: 'min-rps', requirement: `requests/s >= ${g.minRps}`, value: r.rps, passed: r.rps >= g.minRps });
  return out;
}
