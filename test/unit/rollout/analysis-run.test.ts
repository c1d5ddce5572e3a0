// The analysis run's rules (Argo Rollouts' semantics) on a fake clock: providers are scripted lists
// of values (or errors), so each test says what a user's metric would have measured and what the
// run decided.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import { parseMetrics, type MetricSpec } from '../../../src/rollout/analysis/metric-spec.js';
import { judge, runAnalysis, type AnalysisResult } from '../../../src/rollout/analysis/run.js';
import { abortableSleep } from '../../../src/rollout/sleep.js';
import { MeasureError, type MeasuredValue, type MetricProvider } from '../../../src/rollout/types.js';

type Script = (MeasuredValue | Error)[];

function metrics(yaml: Record<string, unknown>[]): MetricSpec<Script>[] {
  return parseMetrics(yaml, 'input `analysis`', (raw) => raw as Script);
}

/** A provider answering its script in order (the last value repeats), noting when it measured. */
function scripted(times: Map<string, number[]>) {
  return (m: MetricSpec<Script>): MetricProvider => {
    let i = 0;
    return {
      describe: m.name,
      measure: async () => {
        times.set(m.name, [...(times.get(m.name) ?? []), Date.now()]);
        const v = m.provider[Math.min(i++, m.provider.length - 1)] as MeasuredValue | Error;
        if (v instanceof Error) throw v;
        return v;
      },
    };
  };
}

async function run(yaml: Record<string, unknown>[], o: { abortAfterMs?: number } = {}): Promise<{ r: AnalysisResult; times: Map<string, number[]> }> {
  const times = new Map<string, number[]>();
  const stop = new AbortController();
  if (o.abortAfterMs !== undefined) setTimeout(() => stop.abort(), o.abortAfterMs);
  const p = runAnalysis(metrics(yaml), scripted(times), { now: () => Date.now(), sleep: abortableSleep, signal: stop.signal });
  await vi.runAllTimersAsync();
  return { r: await p, times };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('one measurement against the conditions', () => {
  const spec = (c: Record<string, string>) => metrics([{ name: 'm', provider: [], ...c }])[0] as MetricSpec<Script>;
  it('passes with no condition, and judges a success condition alone, a failure condition alone and both', () => {
    expect(judge(spec({}), 5)).toBe('Successful');
    expect(judge(spec({ 'success-condition': 'result < 1' }), 0.5)).toBe('Successful');
    expect(judge(spec({ 'success-condition': 'result < 1' }), 2)).toBe('Failed');
    expect(judge(spec({ 'failure-condition': 'result > 1' }), 0.5)).toBe('Successful');
    expect(judge(spec({ 'failure-condition': 'result > 1' }), 2)).toBe('Failed');
    const both = spec({ 'success-condition': 'result < 1', 'failure-condition': 'result > 5' });
    expect([judge(both, 0.5), judge(both, 3), judge(both, 9)]).toEqual(['Successful', 'Inconclusive', 'Failed']);
  });
});

describe('a metric', () => {
  it('is Successful once count judged measurements passed, each an interval after the last', async () => {
    const { r, times } = await run([{ name: 'error-rate', interval: '10s', count: 3, 'success-condition': 'result < 0.01', provider: [0.001, 0.002, 0.003] }]);
    expect(r.phase).toBe('Successful');
    expect(times.get('error-rate')).toEqual([0, 10_000, 20_000]);
    expect(r.message).toBe('error-rate: 3 of 3 successful (last 0.003)');
    expect(r.breachAt).toBeNull();
  });

  it('measures once when neither count nor interval is given, after its initial delay', async () => {
    const { r, times } = await run([{ name: 'm', 'initial-delay': '30s', provider: [1] }]);
    expect(times.get('m')).toEqual([30_000]);
    expect(r.metrics[0]?.count).toBe(1);
  });

  it('fails on the first failed measurement with the default failure-limit 0, and says with what', async () => {
    const { r, times } = await run([{ name: 'error-rate', interval: '10s', count: 5, 'success-condition': 'result < 0.01', provider: [0.001, 0.12] }]);
    expect(r.phase).toBe('Failed');
    expect(times.get('error-rate')).toHaveLength(2);
    expect(r.message).toBe('error-rate failed: 0.12 against success-condition "result < 0.01" (1 failed of 2 measured, failure-limit 0)');
    expect(r.breachAt).toBe(10_000);
  });

  it('tolerates failure-limit failures and fails on one more; -1 never fails', async () => {
    const one = await run([{ name: 'm', interval: '1s', count: 4, 'failure-limit': 1, 'success-condition': 'result == 0', provider: [1, 0, 1, 0] }]);
    expect(one.r.phase).toBe('Failed');
    expect(one.times.get('m')).toHaveLength(3);
    const tolerated = await run([{ name: 'm', interval: '1s', count: 4, 'failure-limit': 1, 'success-condition': 'result == 0', provider: [1, 0, 0, 0] }]);
    expect(tolerated.r.phase).toBe('Successful');
    const unlimited = await run([{ name: 'm', interval: '1s', count: 3, 'failure-limit': -1, 'success-condition': 'result == 0', provider: [1, 1, 1] }]);
    expect(unlimited.r.phase).toBe('Successful');
    expect(unlimited.r.metrics[0]?.failed).toBe(3);
  });

  it('is Inconclusive past inconclusive-limit', async () => {
    const { r } = await run([{ name: 'm', interval: '1s', count: 3, 'success-condition': 'result < 1', 'failure-condition': 'result > 5', provider: [3] }]);
    expect(r.phase).toBe('Inconclusive');
    expect(r.message).toBe('m inconclusive: 3 met neither success-condition "result < 1" and failure-condition "result > 5" (1 inconclusive, inconclusive-limit 0)');
  });

  it('errors after more than consecutive-error-limit errors in a row, retried sooner than the interval; errors do not count', async () => {
    const down = new MeasureError('Prometheus at http://127.0.0.1:9 did not answer: connect ECONNREFUSED');
    const { r, times } = await run([{ name: 'p', interval: '30s', count: 2, provider: [down] }]);
    expect(r.phase).toBe('Error');
    // The default limit 4: the fifth error in a row ends it, each retried 10 s after the last.
    expect(times.get('p')).toEqual([0, 10_000, 20_000, 30_000, 40_000]);
    expect(r.metrics[0]?.count).toBe(0);
    expect(r.message).toContain('p errored: 5 measurements in a row could not be taken (consecutive-error-limit 4); the last: Prometheus at http://127.0.0.1:9 did not answer');
  });

  it('resets the errors in a row on a judged measurement', async () => {
    const e = new MeasureError('no data');
    const { r } = await run([{ name: 'p', interval: '1s', count: 3, 'consecutive-error-limit': 1, provider: [e, 1, e, 1, 1] }]);
    expect(r.phase).toBe('Successful');
    expect(r.metrics[0]).toMatchObject({ errors: 2, count: 3 });
  });

  it('records a condition that cannot be evaluated as an Error, not a Failure', async () => {
    const { r } = await run([{ name: 'm', 'success-condition': 'result[3] < 1', 'consecutive-error-limit': 0, provider: [[0.5]] }]);
    expect(r.phase).toBe('Error');
    expect(r.metrics[0]?.measurements[0]?.error).toMatch(/index 3/i);
  });
});

describe('several metrics', () => {
  it('stop at once when one breaks, and the run takes the worst phase', async () => {
    const { r, times } = await run([
      { name: 'latency', interval: '10s', count: 10, provider: [0.1] },
      { name: 'error-rate', interval: '3s', count: 10, 'success-condition': 'result < 0.01', provider: [0, 0, 0.5] },
    ]);
    expect(r.phase).toBe('Failed');
    expect(r.breachAt).toBe(6_000);
    // latency measured at 0 only: its wait for 10 s was cut short by the breach at 6 s.
    expect(times.get('latency')).toEqual([0]);
    expect(r.metrics.map((m) => m.phase)).toEqual(['Successful', 'Failed']);
    expect(r.message).toMatch(/^error-rate failed: 0.5/);
  });

  it('in the background, run until stopped and then pass when nothing broke', async () => {
    const { r, times } = await run([{ name: 'error-rate', interval: '5s', 'success-condition': 'result < 0.01', provider: [0] }], { abortAfterMs: 12_000 });
    expect(r.phase).toBe('Successful');
    expect(times.get('error-rate')).toEqual([0, 5_000, 10_000]);
  });
});

describe('a mistake in the metric', () => {
  it('ends the run as an Error at once, with the mistake, not after consecutive-error-limit retries', async () => {
    const mistake = new ConfigurationError('input `model-name`', '', 'is empty and the server lists no models. Give the name the server serves the model under.');
    const { r, times } = await run([{ name: 'checks', interval: '5s', count: 3, provider: [mistake] }]);
    expect(r.phase).toBe('Error');
    expect(times.get('checks')).toEqual([0]);
    expect(r.message).toBe(`checks errored: ${mistake.message}`);
  });
});
