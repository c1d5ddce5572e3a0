// The serve metric provider against real `model-cd serve` processes: each measurement is what
// happened since the previous one. error-rate counts 5xx answers of prediction requests (here a
// model run that throws), not the 4xx refusals of bad requests; a restarted process is a counter
// reset, not a negative rate; class shares and prediction agreement of the champion and the
// candidate on the same holdout rows match Python onnxruntime's predictions of those rows.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServeMetricConfig, serveMetricProvider } from '../../../src/rollout/metrics/serve-metrics.js';
import { MeasureError, type MetricProvider } from '../../../src/rollout/types.js';
import { closedPort } from '../closed-port.js';
import { FEATURES, HOLDOUT, holdoutRows } from '../example-model.js';
import { pythonPredict, startServe, type Served } from '../serve/serve-lib.js';
import { CANDIDATE, CHAMPION, CONTRACT, failingModel, OUT_OF_RANGE_ROW, predict, serveModel, tempDir } from './metrics-lib.js';

const signal = () => AbortSignal.timeout(30_000);

function provider(raw: Record<string, unknown>, urls: Record<string, string>, now?: () => number): MetricProvider {
  const config = parseServeMetricConfig({ window: '200ms', ...raw }, 'metric `test` provider `serve`');
  return serveMetricProvider(config, { resolveTarget: (name) => urls[name] as string, ...(now ? { now } : {}) });
}

/** A request serve refuses (422): 6 values for 2 rows of 6 features. */
async function badRequest(url: string): Promise<number> {
  const res = await fetch(`${url}/v2/models/fraud/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [2, 6], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6] }] }) });
  await res.arrayBuffer();
  return res.status;
}

describe('serve provider: error rate, request rate, latency of a real serve process', () => {
  let dir: string;
  let model: string;
  let canary: Served;

  beforeAll(async () => {
    dir = tempDir();
    model = await failingModel(dir);
    canary = await serveModel(model);
  }, 120_000);
  afterAll(async () => {
    await canary?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('measures the 5xx share of prediction requests since the last measurement; 4xx are not errors', async () => {
    const p = provider({ target: 'canary', metric: 'error-rate' }, { canary: canary.url });
    expect(p.describe).toBe('serve: error-rate of canary');
    // Nothing sent yet: no requests, nothing failed.
    expect(await p.measure(signal())).toBe(0);
    const ok = await predict(canary.url, holdoutRows(8));
    const failed = await predict(canary.url, [OUT_OF_RANGE_ROW, OUT_OF_RANGE_ROW]);
    const refused = [await badRequest(canary.url), await badRequest(canary.url)];
    expect([...ok, ...failed, ...refused]).toEqual([...Array<number>(8).fill(200), 500, 500, 422, 422]);
    // Health checks and /metrics are not prediction requests.
    await fetch(`${canary.url}/v2/health/ready`);
    expect(await p.measure(signal())).toBeCloseTo(2 / 12, 12);
    // Only what came since: 5 good requests.
    await predict(canary.url, holdoutRows(5));
    expect(await p.measure(signal())).toBe(0);
    await predict(canary.url, [OUT_OF_RANGE_ROW]);
    expect(await p.measure(signal())).toBe(1);
  });

  it('reads a restarted process as a counter reset, not as a negative rate', async () => {
    const port = new URL(canary.url).port;
    const p = provider({ target: 'canary', metric: 'error-rate' }, { canary: canary.url });
    await p.measure(signal());
    await predict(canary.url, holdoutRows(20));
    await canary.stop();
    // The same address, a new process: every counter starts again from 0.
    canary = await startServe(['--model', model, '--contract', CONTRACT, '--name', 'fraud', '--access-log', 'false', '--port', port]);
    expect(canary.url).toContain(`:${port}`);
    await predict(canary.url, [holdoutRows(1)[0] as number[], OUT_OF_RANGE_ROW]);
    expect(await p.measure(signal())).toBe(0.5);
  });

  it('measures prediction requests per second over the time between scrapes', async () => {
    // The provider's clock: 4 s between one scrape and the next.
    let t = 0;
    const p = provider({ target: canary.url, metric: 'request-rate' }, {}, () => (t += 4000));
    expect(await p.measure(signal())).toBe(0);
    await predict(canary.url, holdoutRows(6));
    await badRequest(canary.url);
    await predict(canary.url, [OUT_OF_RANGE_ROW]);
    expect(await p.measure(signal())).toBe(8 / 4);
  });

  it("measures a latency quantile from the histogram's bucket changes (NaN when there were no requests)", async () => {
    const p = provider({ target: 'canary', metric: 'latency', quantile: 0.99 }, { canary: canary.url });
    expect(p.describe).toBe('serve: latency p99 of canary');
    expect(await p.measure(signal())).toBeNaN();
    await predict(canary.url, holdoutRows(30));
    const seconds = (await p.measure(signal())) as number;
    console.log(`serve provider: p99 latency of 30 one-row requests ${(seconds * 1000).toFixed(2)} ms`);
    // Interpolated inside serve's buckets: above 0, at most the highest finite bound (10 s).
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(10);
  });

  it('throws a MeasureError naming the URL when the process cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const p = provider({ target: 'canary', metric: 'error-rate' }, { canary: url });
    const e = await p.measure(signal()).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(MeasureError);
    expect((e as Error).message).toContain(`cannot read serve metrics at ${url}/metrics: ECONNREFUSED`);
  });
});

describe('serve provider: class shares and prediction agreement of the champion and the candidate', () => {
  let stable: Served;
  let canary: Served;
  const n = 400;
  const rows = holdoutRows(n);
  let shares: { champion: Record<string, number>; candidate: Record<string, number> };

  const sharesOf = (labels: string[]) => {
    const out: Record<string, number> = {};
    for (const l of labels) out[l] = (out[l] ?? 0) + 1 / labels.length;
    return out;
  };

  beforeAll(async () => {
    [stable, canary] = await Promise.all([serveModel(CHAMPION), serveModel(CANDIDATE)]);
    const [champion, candidate] = await Promise.all([CHAMPION, CANDIDATE].map((m) => pythonPredict(m, HOLDOUT, FEATURES, 'output_label')));
    shares = { champion: sharesOf((champion?.labels ?? []).slice(0, n).map(String)), candidate: sharesOf((candidate?.labels ?? []).slice(0, n).map(String)) };
  }, 120_000);
  afterAll(async () => {
    await Promise.all([stable?.stop(), canary?.stop()]);
  });

  it("gives each revision's class shares over the window, as onnxruntime predicts the rows", async () => {
    const urls = { canary: canary.url, stable: stable.url };
    const pc = provider({ target: 'canary', metric: 'class-shares' }, urls);
    const ps = provider({ target: 'stable', metric: 'class-shares' }, urls);
    expect(await pc.measure(signal())).toEqual({});
    await ps.measure(signal());
    await Promise.all([predict(canary.url, rows, 20), predict(stable.url, rows, 20)]);
    const [c, s] = [(await pc.measure(signal())) as Record<string, number>, (await ps.measure(signal())) as Record<string, number>];
    console.log(`class shares on ${n} holdout rows: candidate ${JSON.stringify(c)}, champion ${JSON.stringify(s)}`);
    expect(Object.keys(c).sort()).toEqual(Object.keys(shares.candidate).sort());
    for (const k of Object.keys(c)) expect(c[k]).toBeCloseTo(shares.candidate[k] as number, 9);
    for (const k of Object.keys(shares.champion)) expect(s[k]).toBeCloseTo(shares.champion[k] as number, 9);
  });

  it('gives 1 − the total variation distance between the two revisions over the same window', async () => {
    const p = provider({ target: 'canary', metric: 'prediction-agreement' }, { canary: canary.url, stable: stable.url });
    expect(p.describe).toBe('serve: prediction-agreement of canary against stable');
    // A first window with no predictions on either side: nothing to compare.
    const empty = await p.measure(signal()).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(MeasureError);
    expect((empty as Error).message).toContain('predicted no rows since the last measurement');
    await Promise.all([predict(canary.url, rows, 20), predict(stable.url, rows, 20)]);
    const expected = 1 - [...new Set([...Object.keys(shares.candidate), ...Object.keys(shares.champion)])].reduce((d, k) => d + Math.abs((shares.candidate[k] ?? 0) - (shares.champion[k] ?? 0)), 0) / 2;
    const v = (await p.measure(signal())) as number;
    console.log(`prediction agreement candidate vs champion on ${n} holdout rows: ${v}`);
    expect(v).toBeCloseTo(expected, 9);
    expect(v).toBeLessThan(1);
    // The candidate against itself agrees fully.
    const self = provider({ target: 'canary', metric: 'prediction-agreement', baseline: canary.url }, { canary: `${canary.url}/metrics` });
    await self.measure(signal()).catch(() => undefined);
    await predict(canary.url, rows.slice(0, 40), 20);
    expect(await self.measure(signal())).toBe(1);
  });
});
