// The prometheus metric provider against the real Prometheus of scripts/services.sh, scraping two
// real serve processes: stable (the champion) and canary (a candidate that fails on rows out of
// range). What the analysis' conditions would see: the shapes Argo Rollouts gives (vector -> array,
// scalar -> number, no data -> []), and MeasureErrors a user can act on.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePrometheusConfig, prometheusProvider } from '../../../src/rollout/metrics/prometheus.js';
import { MeasureError, type MeasuredValue } from '../../../src/rollout/types.js';
import { servicesEnv } from '../../setup/env.js';
import { closedPort } from '../closed-port.js';
import { holdoutRows } from '../example-model.js';
import type { Served } from '../serve/serve-lib.js';
import { CHAMPION, failingModel, OUT_OF_RANGE_ROW, predict, serveModel, tempDir, testId, writeTargets } from './metrics-lib.js';

const prom = servicesEnv().prometheus;
const id = testId();
const sel = (more = '') => `{rollout_test="${id}",route=~".*/infer"${more}}`;

function measure(query: string, address = prom.url): Promise<MeasuredValue> {
  const config = parsePrometheusConfig({ address, query, timeout: '10s' }, 'metric `test` provider `prometheus`');
  return prometheusProvider(config).measure(AbortSignal.timeout(20_000));
}

async function measureError(query: string, address = prom.url): Promise<string> {
  const e = await measure(query, address).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MeasureError);
  return (e as MeasureError).message;
}

/** Polls until `query` gives `want` (Prometheus scrapes every 1s); a safety bound, not a timing assertion. */
async function until(query: string, want: (v: MeasuredValue) => boolean): Promise<MeasuredValue> {
  const deadline = Date.now() + 30_000;
  let last: MeasuredValue = [];
  while (Date.now() < deadline) {
    last = await measure(query);
    if (want(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Prometheus never gave the expected value for ${query}; last: ${JSON.stringify(last)}`);
}

describe('prometheus provider: real Prometheus scraping real serve processes', () => {
  let dir: string;
  let stable: Served;
  let canary: Served;
  let removeTargets = () => undefined as void;

  beforeAll(async () => {
    dir = tempDir();
    [stable, canary] = await Promise.all([serveModel(CHAMPION), failingModel(dir).then((m) => serveModel(m))]);
    removeTargets = writeTargets(prom.targetsDir, id, [
      { url: stable.url, labels: { revision: 'stable' } },
      { url: canary.url, labels: { revision: 'canary' } },
    ]);
    // Both scraped (up) before any request, so rate() sees the counters grow.
    await until(`sum(up{rollout_test="${id}"})`, (v) => Array.isArray(v) && v[0] === 2);
    const rows = holdoutRows(7);
    // canary: 7 answered, 3 failed by the model run (500); stable: 5 answered.
    const codes = [...(await predict(canary.url, rows)), ...(await predict(canary.url, [OUT_OF_RANGE_ROW, OUT_OF_RANGE_ROW, OUT_OF_RANGE_ROW]))];
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 200, 500, 500, 500]);
    expect(await predict(stable.url, rows.slice(0, 5))).toEqual([200, 200, 200, 200, 200]);
    await until(`sum(model_cd_http_requests_total${sel()})`, (v) => Array.isArray(v) && v[0] === 15);
  }, 120_000);

  afterAll(async () => {
    removeTargets();
    await Promise.all([stable?.stop(), canary?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("gives a vector as the array of its values: the canary's error rate", async () => {
    const v = await measure(`sum(model_cd_http_requests_total${sel(',revision="canary",code=~"5.."')}) / sum(model_cd_http_requests_total${sel(',revision="canary"')})`);
    expect(Array.isArray(v)).toBe(true);
    expect(v as number[]).toHaveLength(1);
    expect((v as number[])[0]).toBeCloseTo(0.3, 12);
    // The stable revision had no 5xx series at all: no sample, so the quotient is an empty vector.
    expect(await measure(`sum(model_cd_http_requests_total${sel(',revision="stable",code=~"5.."')}) / sum(model_cd_http_requests_total${sel(',revision="stable"')})`)).toEqual([]);
  });

  it('gives several series as the array, one value each', async () => {
    const v = (await measure(`sum by (revision) (model_cd_http_requests_total${sel()})`)) as number[];
    expect([...v].sort((a, b) => a - b)).toEqual([5, 10]);
  });

  it('gives a scalar as a number, NaN kept', async () => {
    expect(await measure(`scalar(sum(model_cd_http_requests_total${sel(',revision="canary"')}))`)).toBe(10);
    expect(await measure('0 / 0')).toBeNaN();
    const v = (await measure(`sum(model_cd_http_requests_total${sel(',revision="canary"')}) * 0 / 0`)) as number[];
    expect(v).toHaveLength(1);
    expect(v[0]).toBeNaN();
  });

  it('gives [] when nothing matches', async () => {
    expect(await measure(`model_cd_http_requests_total{rollout_test="${id}-none"}`)).toEqual([]);
  });

  it('throws a MeasureError naming the address, the query and what Prometheus said for a bad query', async () => {
    const m = await measureError('sum(rate(model_cd_http_requests_total[1m])');
    expect(m).toContain(`Prometheus at ${prom.url}`);
    expect(m).toContain('"sum(rate(model_cd_http_requests_total[1m])"');
    expect(m).toContain('HTTP 400');
    expect(m).toMatch(/bad_data: .*parse error/);
    expect(m).toContain('fix the query');
  });

  it('throws a MeasureError for an unreachable address and for an address that is not Prometheus', async () => {
    const port = await closedPort();
    const down = await measureError('up', `http://127.0.0.1:${port}`);
    expect(down).toContain(`Prometheus at http://127.0.0.1:${port} cannot be reached for query "up"`);
    expect(down).toContain('ECONNREFUSED');
    // serve answers its own JSON 404, not Prometheus': the status and what it said are shown.
    const notProm = await measureError('up', stable.url);
    expect(notProm).toContain(`Prometheus at ${stable.url} refused query "up" (HTTP 404)`);
  });

  // Last: it sends more requests. A series' first sample is where rate() starts (Prometheus does
  // not count a new series from 0), so the increase must come after the series was scraped once.
  it('gives a request rate per second from rate()', async () => {
    expect(await predict(stable.url, holdoutRows(3))).toEqual([200, 200, 200]);
    const v = (await until(`sum(rate(model_cd_http_requests_total${sel(',revision="stable"')}[1m]))`, (x) => Array.isArray(x) && (x[0] ?? 0) > 0)) as number[];
    expect(v).toHaveLength(1);
    expect(Number.isFinite(v[0])).toBe(true);
  });
});
