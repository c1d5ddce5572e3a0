// The serve metric provider at its compute seam (two scrapes in, a value out) and its config, and
// the prometheus provider's config and result shapes: every rule without a server.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { parseExposition } from '../../../src/rollout/metrics/exposition.js';
import { parsePrometheusConfig, prometheusResult, queryUrl } from '../../../src/rollout/metrics/prometheus.js';
import { parseProvider } from '../../../src/rollout/metrics/providers.js';
import { agreement, histogramQuantile, type Scrape } from '../../../src/rollout/metrics/serve-compute.js';
import { computeServeMetric, metricsUrl, parseServeMetricConfig, serveMetricProvider } from '../../../src/rollout/metrics/serve-metrics.js';
import { Counter, Histogram, Registry } from '../../../src/serve/metrics.js';

/** A serve process's metrics at one moment, as its own Registry renders them. */
class FakeServe {
  readonly r = new Registry();
  requests = this.r.add(new Counter('model_cd_http_requests_total', ''));
  duration = this.r.add(new Histogram('model_cd_http_request_duration_seconds', '', [0.01, 0.1, 1]));
  predictions = this.r.add(new Counter('model_cd_predictions_total', ''));
  request(route: string, code: number, seconds = 0.005, n = 1): void {
    for (let i = 0; i < n; i++) {
      this.requests.inc({ route, code: String(code) });
      this.duration.observe(seconds, { route });
    }
  }
  scrape(at: number): Scrape {
    return { at, samples: parseExposition(this.r.render()).samples };
  }
}

const INFER = '/v2/models/{name}/infer';

describe('serve metrics: computed from two scrapes', () => {
  it('error-rate: 5xx among prediction requests only; 4xx and other routes are not errors; 0 with no requests', () => {
    const s = new FakeServe();
    s.request(INFER, 200, 0.005, 50);
    const before = s.scrape(0);
    expect(computeServeMetric({ metric: 'error-rate', quantile: 0 }, { before, after: s.scrape(1000) })).toBe(0);
    s.request(INFER, 200, 0.005, 6);
    s.request('/invocations', 500, 0.005, 2);
    s.request(INFER, 422, 0.005, 2);
    s.request('/metrics', 500, 0.005, 10);
    s.request('/v2/health/ready', 503, 0.005, 10);
    expect(computeServeMetric({ metric: 'error-rate', quantile: 0 }, { before, after: s.scrape(1000) })).toBe(0.2);
  });

  it('request-rate: prediction requests per second between the scrapes', () => {
    const s = new FakeServe();
    const before = s.scrape(10_000);
    s.request(INFER, 200, 0.005, 30);
    s.request('/v2/models/{name}/versions/{version}/infer', 500, 0.005, 10);
    s.request('/metrics', 200, 0.005, 99);
    expect(computeServeMetric({ metric: 'request-rate', quantile: 0 }, { before, after: s.scrape(30_000) })).toBe(2);
  });

  it('latency: histogram_quantile over the bucket changes of prediction routes', () => {
    const s = new FakeServe();
    s.request(INFER, 200, 5, 100); // before the window: not counted
    const before = s.scrape(0);
    s.request(INFER, 200, 0.005, 90);
    s.request(INFER, 200, 0.05, 10);
    s.request('/metrics', 200, 0.5, 1000);
    const after = s.scrape(1000);
    // rank 0.5 * 100 = 50 falls in (0, 0.01] holding 90: 0.01 * 50/90.
    expect(computeServeMetric({ metric: 'latency', quantile: 0.5 }, { before, after })).toBeCloseTo((0.01 * 50) / 90, 12);
    // rank 95 falls in (0.01, 0.1] holding 10: 0.01 + 0.09 * 5/10.
    expect(computeServeMetric({ metric: 'latency', quantile: 0.95 }, { before, after })).toBeCloseTo(0.055, 12);
    expect(computeServeMetric({ metric: 'latency', quantile: 0.99 }, { before: after, after })).toBeNaN();
  });

  it('histogramQuantile follows PromQL at the edges', () => {
    const b = [
      { le: 0.1, count: 0 },
      { le: 1, count: 10 },
      { le: Infinity, count: 20 },
    ];
    // In the +Inf bucket: the highest finite bound.
    expect(histogramQuantile(0.99, b)).toBe(1);
    expect(histogramQuantile(0.25, b)).toBeCloseTo(0.1 + 0.9 * 0.5, 12);
    expect(histogramQuantile(-1, b)).toBe(-Infinity);
    expect(histogramQuantile(2, b)).toBe(Infinity);
    expect(histogramQuantile(0.5, [{ le: 1, count: 3 }])).toBeNaN();
    expect(histogramQuantile(0.5, [{ le: 1, count: 3 }, { le: 2, count: 3 }])).toBeNaN();
    // Not monotonic (scraped mid-update): evened out, not negative.
    expect(histogramQuantile(0.5, [{ le: 1, count: 10 }, { le: 2, count: 8 }, { le: Infinity, count: 10 }])).toBe(0.5);
  });

  it('class-shares: rows by class in the window; {} when none', () => {
    const s = new FakeServe();
    s.predictions.inc({ class: '1' }, 100);
    const before = s.scrape(0);
    expect(computeServeMetric({ metric: 'class-shares', quantile: 0 }, { before, after: s.scrape(1) })).toEqual({});
    s.predictions.inc({ class: '0' }, 3);
    s.predictions.inc({ class: '1' }, 1);
    expect(computeServeMetric({ metric: 'class-shares', quantile: 0 }, { before, after: s.scrape(1) })).toEqual({ '0': 0.75, '1': 0.25 });
  });

  it('prediction-agreement: 1 − total variation distance; a side with no predictions is an error', () => {
    expect(agreement({ a: 0.5, b: 0.5 }, { a: 0.5, b: 0.5 })).toBe(1);
    expect(agreement({ a: 1 }, { b: 1 })).toBe(0);
    expect(agreement({ a: 0.7, b: 0.3 }, { a: 0.5, b: 0.4, c: 0.1 })).toBeCloseTo(0.8, 12);
    const canary = new FakeServe();
    const stable = new FakeServe();
    const cb = canary.scrape(0);
    const sb = stable.scrape(0);
    canary.predictions.inc({ class: '0' }, 6);
    canary.predictions.inc({ class: '1' }, 4);
    stable.predictions.inc({ class: '0' }, 8);
    stable.predictions.inc({ class: '1' }, 2);
    const c = { metric: 'prediction-agreement', quantile: 0 } as const;
    expect(computeServeMetric(c, { before: cb, after: canary.scrape(1) }, { before: sb, after: stable.scrape(1) })).toBeCloseTo(0.8, 12);
    expect(() => computeServeMetric(c, { before: cb, after: canary.scrape(1) }, { before: sb, after: sb })).toThrow(/the baseline predicted no rows/);
  });

  it('a restart between scrapes is a counter reset: the new counts, never a negative rate', () => {
    const old = new FakeServe();
    old.request(INFER, 200, 0.005, 100);
    old.request(INFER, 500, 0.005, 1);
    const before = old.scrape(0);
    const fresh = new FakeServe();
    // Past its old value already, but the 200s went down: the whole process restarted.
    fresh.request(INFER, 500, 0.005, 3);
    fresh.request(INFER, 200, 0.005, 1);
    const after = fresh.scrape(2000);
    expect(computeServeMetric({ metric: 'error-rate', quantile: 0 }, { before, after })).toBe(0.75);
    expect(computeServeMetric({ metric: 'request-rate', quantile: 0 }, { before, after })).toBe(2);
  });

  it('the provider scrapes twice `window` apart at first, then once per measurement', async () => {
    const s = new FakeServe();
    const sleeps: number[] = [];
    const seen: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      seen.push(String(url));
      return new Response(s.r.render());
    }) as typeof fetch;
    try {
      const p = serveMetricProvider(parseServeMetricConfig({ metric: 'error-rate', window: '3s' }, 'w'), { resolveTarget: () => 'http://canary:8080', sleep: async (ms) => void sleeps.push(ms) });
      s.request(INFER, 500, 0.005, 1);
      expect(await p.measure(new AbortController().signal)).toBe(0);
      s.request(INFER, 500, 0.005, 1);
      expect(await p.measure(new AbortController().signal)).toBe(1);
      expect(sleeps).toEqual([3000]);
      expect(seen).toEqual(['http://canary:8080/metrics', 'http://canary:8080/metrics', 'http://canary:8080/metrics']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

const configError = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error('no ConfigurationError');
};

describe('serve provider config', () => {
  it('has defaults: target canary, quantile 0.99, window 10s, baseline stable, timeout 10s', () => {
    expect(parseServeMetricConfig({ metric: 'latency' }, 'w')).toEqual({ target: 'canary', metric: 'latency', quantile: 0.99, windowMs: 10_000, baseline: 'stable', timeoutMs: 10_000 });
    expect(parseServeMetricConfig({ metric: 'error-rate', target: 'http://10.0.0.5:8080' }, 'w').target).toBe('http://10.0.0.5:8080');
  });

  it('names the key, the value and the fix', () => {
    expect(configError(() => parseServeMetricConfig({ metric: 'errors' }, 'metric "e" provider `serve`'))).toBe('metric "e" provider `serve`: `metric`: "errors" is not a serve metric. Metrics: error-rate, latency, request-rate, class-shares, prediction-agreement.');
    expect(configError(() => parseServeMetricConfig({ metric: 'latency', quantile: 99 }, 'w'))).toMatch(/`quantile`: "99" is not a quantile. Give a number from 0 to 1/);
    expect(configError(() => parseServeMetricConfig({ metric: 'error-rate', quantile: 0.5 }, 'w'))).toMatch(/applies to metric latency only/);
    expect(configError(() => parseServeMetricConfig({ metric: 'error-rate', target: 'canary-2' }, 'w'))).toMatch(/`target`: "canary-2" is not a revision or a URL. Give canary, stable, preview, active/);
    expect(configError(() => parseServeMetricConfig({ metric: 'error-rate', window: 10 }, 'w'))).toMatch(/`window`: "10" has no unit/);
    expect(configError(() => parseServeMetricConfig({ metric: 'error-rate', widow: '1s' }, 'w'))).toMatch(/key `widow`: "1s" is not a key here. Keys: target, metric, quantile, window, baseline, timeout/);
    expect(configError(() => parseServeMetricConfig({ metric: 'prediction-agreement', target: 'stable' }, 'w'))).toMatch(/is the target itself/);
    expect(configError(() => parseServeMetricConfig('error-rate', 'w'))).toMatch(/is not a mapping/);
  });

  it('finds /metrics under a base URL with or without a path', () => {
    expect(metricsUrl('http://h:1')).toBe('http://h:1/metrics');
    expect(metricsUrl('http://h:1/canary/')).toBe('http://h:1/canary/metrics');
    expect(metricsUrl('http://h:1/metrics')).toBe('http://h:1/metrics');
  });
});

describe('prometheus provider: config and result shapes', () => {
  it('reads address, query, timeout and headers; the query URL carries both', () => {
    const c = parsePrometheusConfig({ address: 'https://prom.example/prometheus/', query: 'sum(up{job="a b"})', timeout: '5s', headers: { Authorization: 'Bearer t' } }, 'w');
    expect(c).toEqual({ address: 'https://prom.example/prometheus', query: 'sum(up{job="a b"})', timeoutMs: 5000, headers: { Authorization: 'Bearer t' } });
    const u = new URL(queryUrl(c));
    expect(u.pathname).toBe('/prometheus/api/v1/query');
    expect(u.searchParams.get('query')).toBe('sum(up{job="a b"})');
    expect(u.searchParams.get('timeout')).toBe('5s');
    expect(parsePrometheusConfig({ address: 'http://p:9090', query: 'up' }, 'w').timeoutMs).toBe(30_000);
  });

  it('names the key, the value and the fix; header values stay hidden', () => {
    expect(configError(() => parsePrometheusConfig({ query: 'up' }, 'w'))).toMatch(/^w: `address`: "" is missing or empty/);
    expect(configError(() => parsePrometheusConfig({ address: 'prometheus:9090', query: 'up' }, 'w'))).toMatch(/`address`: "prometheus:9090" is not an http\(s\) URL/);
    expect(configError(() => parsePrometheusConfig({ address: 'http://u:hunter2@p:9090', query: 'up' }, 'w'))).not.toContain('hunter2');
    expect(configError(() => parsePrometheusConfig({ address: 'http://p:9090', query: ' ' }, 'w'))).toMatch(/`query`: " " is missing or empty. Give a PromQL expression/);
    const h = configError(() => parsePrometheusConfig({ address: 'http://p:9090', query: 'up', headers: { Authorization: 'Bearer hunter2\nx' } }, 'w'));
    expect(h).toMatch(/header `Authorization`: "\(value hidden\)" must be a one-line string/);
    expect(h).not.toContain('hunter2');
    expect(configError(() => parsePrometheusConfig({ address: 'http://p:9090', query: 'up', insecure: true }, 'w'))).toMatch(/key `insecure`.*Keys: address, query, timeout, headers/);
  });

  it("gives Argo's shapes: vector -> values (NaN, ±Inf kept), scalar -> number, matrix -> flattened, [] for no data", () => {
    const vector = (...v: string[]) => ({ resultType: 'vector', result: v.map((x, i) => ({ metric: { i: String(i) }, value: [1, x] })) });
    expect(prometheusResult(vector('0.25'))).toEqual([0.25]);
    expect(prometheusResult(vector('1', 'NaN', '+Inf', '-Inf'))).toEqual([1, NaN, Infinity, -Infinity]);
    expect(prometheusResult(vector())).toEqual([]);
    expect(prometheusResult({ resultType: 'scalar', result: [1, '3'] })).toBe(3);
    expect(prometheusResult({ resultType: 'matrix', result: [{ values: [[1, '1'], [2, '2']] }, { values: [[1, '3']] }] })).toEqual([1, 2, 3]);
    expect(() => prometheusResult({ resultType: 'string', result: [1, 'x'] })).toThrow(/a string/);
    expect(() => prometheusResult({ resultType: 'vector', result: [{ histogram: [1, {}] }] })).toThrow(/native histogram/);
  });

  it('parseProvider takes exactly one provider', () => {
    expect(parseProvider({ serve: { metric: 'error-rate' } }, 'metric "e" `provider`').kind).toBe('serve');
    expect(parseProvider({ prometheus: { address: 'http://p:9090', query: 'up' } }, 'p').kind).toBe('prometheus');
    expect(configError(() => parseProvider({ datadog: {} }, 'metric "e" `provider`'))).toMatch(/must name one provider: prometheus, serve, test-endpoint/);
    expect(configError(() => parseProvider({ serve: { metric: 'x' } }, 'metric "e" `provider`'))).toMatch(/^metric "e" `provider` `serve`: `metric`/);
  });
});
