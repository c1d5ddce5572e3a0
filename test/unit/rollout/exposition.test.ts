// The Prometheus text-format reader: what serve's own Registry prints reads back to the same
// samples, and the parts of the format other exporters use (escapes, timestamps, special values).
import { describe, expect, it } from 'vitest';
import { ExpositionError, parseExposition, parseValue } from '../../../src/rollout/metrics/exposition.js';
import { Counter, Histogram, Registry } from '../../../src/serve/metrics.js';

describe('parseExposition', () => {
  it("reads back serve's own /metrics: counters with labels, histogram buckets, sum and count", () => {
    const r = new Registry();
    const c = r.add(new Counter('model_cd_http_requests_total', 'Requests.'));
    const h = r.add(new Histogram('model_cd_http_request_duration_seconds', 'Latency.', [0.1, 1]));
    c.inc({ route: '/invocations', code: '200' }, 3);
    c.inc({ route: 'a "quoted"\\path\nnext', code: '500' });
    h.observe(0.05, { route: '/invocations' });
    h.observe(5, { route: '/invocations' });
    const { samples, types } = parseExposition(r.render());
    expect(types.get('model_cd_http_requests_total')).toBe('counter');
    expect(types.get('model_cd_http_request_duration_seconds')).toBe('histogram');
    expect(samples).toEqual([
      { name: 'model_cd_http_requests_total', labels: { route: '/invocations', code: '200' }, value: 3 },
      { name: 'model_cd_http_requests_total', labels: { route: 'a "quoted"\\path\nnext', code: '500' }, value: 1 },
      { name: 'model_cd_http_request_duration_seconds_bucket', labels: { route: '/invocations', le: '0.1' }, value: 1 },
      { name: 'model_cd_http_request_duration_seconds_bucket', labels: { route: '/invocations', le: '1' }, value: 1 },
      { name: 'model_cd_http_request_duration_seconds_bucket', labels: { route: '/invocations', le: '+Inf' }, value: 2 },
      { name: 'model_cd_http_request_duration_seconds_sum', labels: { route: '/invocations' }, value: 5.05 },
      { name: 'model_cd_http_request_duration_seconds_count', labels: { route: '/invocations' }, value: 2 },
    ]);
  });

  it('takes timestamps, spaces, a trailing comma, CRLF, comments and special values', () => {
    const text = ['# HELP x Some help.', '# a comment', 'x{a="1",} 1.5e3 1700000000000\r', 'y { b = "2" , c="3" } -Inf', 'z NaN', 'w +Inf', '', 'v 0'].join('\n');
    const { samples } = parseExposition(text);
    expect(samples.map((s) => [s.name, s.labels, s.value])).toEqual([
      ['x', { a: '1' }, 1500],
      ['y', { b: '2', c: '3' }, -Infinity],
      ['z', {}, NaN],
      ['w', {}, Infinity],
      ['v', {}, 0],
    ]);
  });

  it('refuses what is not the format, naming the line', () => {
    expect(() => parseExposition('ok 1\n<html>')).toThrow(ExpositionError);
    expect(() => parseExposition('ok 1\n<html>')).toThrow(/line 2: a metric name is expected/);
    expect(() => parseExposition('x{a=1} 2')).toThrow(/line 1: label a's value must be in double quotes/);
    expect(() => parseExposition('x{a="1" 2')).toThrow(/line 1: "," or "}" is expected after label a/);
    expect(() => parseExposition('x{a="1} 2')).toThrow(/no closing quote/);
    expect(() => parseExposition('x')).toThrow(/a value .* is expected after x/);
    expect(() => parseExposition('x one')).toThrow(/"one" is not a sample value/);
    expect(() => parseExposition('x 0x10')).toThrow(/"0x10" is not a sample value/);
  });

  it('reads values as Go writes floats', () => {
    expect([parseValue('1'), parseValue('-2.5'), parseValue('.5'), parseValue('1e-3'), parseValue('+3')]).toEqual([1, -2.5, 0.5, 0.001, 3]);
    expect(parseValue('')).toBeNaN();
  });
});
