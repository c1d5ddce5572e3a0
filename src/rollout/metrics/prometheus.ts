// The `prometheus` metric provider: one instant query (GET /api/v1/query) per measurement, its
// result handed to the conditions the way Argo Rollouts' Prometheus provider hands it:
//
//   provider:
//     prometheus:
//       address: http://prometheus:9090
//       query: sum(rate(model_cd_http_requests_total{revision="canary",code=~"5.."}[1m])) / sum(rate(model_cd_http_requests_total{revision="canary"}[1m]))
//       timeout: 10s
//       headers: {Authorization: "Bearer ${{ secrets.PROM_TOKEN }}"}
//
// One try per measurement, no retries: the analysis counts errors (consecutive-error-limit) and
// decides, as Argo does. TLS is verified (NODE_EXTRA_CA_CERTS for a private CA).
import { ConfigurationError, errorMessage } from '../../common/errors.js';
import { describeFetchError } from '../../common/http.js';
import { parseDuration } from '../analysis/duration.js';
import { MeasureError, type MeasuredValue, type MetricProvider } from '../types.js';
import { mapping, show, text } from './config-keys.js';
import { parseValue } from './exposition.js';

export interface PrometheusConfig {
  /** The server's base URL, a path prefix included (https://host/prometheus). */
  address: string;
  query: string;
  timeoutMs: number;
  /** Sent with every query: Authorization (Bearer or Basic) and the like. */
  headers: Record<string, string>;
}

const KEYS = ['address', 'query', 'timeout', 'headers'];
const EXAMPLE = '{prometheus: {address: http://127.0.0.1:9090, query: "sum(up)"}}';
/** Argo Rollouts' default. */
const DEFAULT_TIMEOUT = '30s';

/** Reads the mapping under `prometheus:`; `where` names it in errors. */
export function parsePrometheusConfig(raw: unknown, where: string): PrometheusConfig {
  const m = mapping(raw, where, KEYS, EXAMPLE);
  const address = text(m, 'address', where, 'is missing or empty. Give the http(s) URL of the Prometheus server, e.g. http://prometheus:9090.');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ConfigurationError(`${where}: \`address\``, address, 'is not a URL. Give the http(s) URL of the Prometheus server, e.g. http://prometheus:9090.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError(`${where}: \`address\``, address, 'is not an http(s) URL. Give e.g. http://prometheus:9090.');
  if (url.username || url.password) throw new ConfigurationError(`${where}: \`address\``, `${url.protocol}//…@${url.host}`, 'holds credentials, which would show in logs. Put them in `headers` (Authorization: Basic …) from a secret.');
  if (url.search) throw new ConfigurationError(`${where}: \`address\``, address, 'has a query string. Give the server URL only; the query goes in `query`.');
  const query = text(m, 'query', where, 'is missing or empty. Give a PromQL expression, e.g. sum(rate(model_cd_http_requests_total[1m])).');
  const timeoutMs = parseDuration(m.timeout ?? DEFAULT_TIMEOUT, `${where}: \`timeout\``);
  if (timeoutMs <= 0) throw new ConfigurationError(`${where}: \`timeout\``, show(m.timeout), 'must be longer than 0. Give e.g. 10s.');
  const headers: Record<string, string> = {};
  if (m.headers !== undefined) {
    const h = m.headers;
    if (h === null || typeof h !== 'object' || Array.isArray(h)) throw new ConfigurationError(`${where}: \`headers\``, show(h), 'is not a mapping. Write it as {Authorization: "Bearer …"}.');
    for (const [name, value] of Object.entries(h as Record<string, unknown>)) {
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new ConfigurationError(`${where}: \`headers\``, name, 'is not an HTTP header name.');
      // The value is not shown: it is usually a token.
      if (typeof value !== 'string' || /[\r\n]/.test(value)) throw new ConfigurationError(`${where}: header \`${name}\``, '(value hidden)', 'must be a one-line string.');
      headers[name] = value;
    }
  }
  return { address: address.replace(/\/+$/, ''), query, timeoutMs, headers };
}

interface Answer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

function sampleValue(pair: unknown): number {
  if (!Array.isArray(pair) || typeof pair[1] !== 'string') throw new Error('a sample without a [time, "value"] pair (a native histogram?)');
  return parseValue(pair[1]);
}

/**
 * The `result` conditions see, from a successful /api/v1/query answer's `data`, as Argo's provider
 * makes it: a scalar is a number; a vector is the array of its samples' values (every series, in
 * Prometheus' order, NaN kept), so an empty vector is [] and `result[0]` then fails to evaluate,
 * which makes the measurement an Error rather than a pass (Argo behaves the same); a matrix (a range
 * selector) is every sample of every series, flattened. A string result is refused, as in Argo.
 */
export function prometheusResult(data: Answer['data']): MeasuredValue {
  const type = data?.resultType;
  const result = data?.result;
  switch (type) {
    case 'scalar':
      return sampleValue(result);
    case 'vector':
      if (!Array.isArray(result)) break;
      return result.map((s: { value?: unknown }) => sampleValue(s?.value));
    case 'matrix':
      if (!Array.isArray(result)) break;
      return result.flatMap((s: { values?: unknown }) => (Array.isArray(s?.values) ? s.values.map(sampleValue) : []));
    case 'string':
      throw new Error('the query gives a string, which conditions cannot judge; make it return a number');
  }
  throw new Error(`an answer of type ${JSON.stringify(type)} is not one Prometheus gives (scalar, vector, matrix)`);
}

/** The /api/v1/query URL for a query, with Prometheus' own evaluation timeout set to ours. */
export function queryUrl(c: PrometheusConfig): string {
  const u = new URL(`${c.address}/api/v1/query`);
  u.searchParams.set('query', c.query);
  u.searchParams.set('timeout', `${Math.max(1, Math.round(c.timeoutMs / 1000))}s`);
  return u.toString();
}

export function prometheusProvider(c: PrometheusConfig): MetricProvider {
  const at = `Prometheus at ${c.address}`;
  const q = JSON.stringify(c.query.length > 300 ? `${c.query.slice(0, 300)}…` : c.query);
  return {
    describe: `prometheus: ${c.query}`,
    async measure(signal: AbortSignal): Promise<MeasuredValue> {
      let res: Response;
      try {
        res = await fetch(queryUrl(c), { headers: { accept: 'application/json', ...c.headers }, signal: AbortSignal.any([signal, AbortSignal.timeout(c.timeoutMs)]) });
      } catch (e) {
        if (signal.aborted) throw e;
        const why = (e as Error).name === 'TimeoutError' ? `no answer within ${c.timeoutMs / 1000} s (raise \`timeout\`, or make the query cheaper)` : describeFetchError(e);
        throw new MeasureError(`${at} cannot be reached for query ${q}: ${why}`);
      }
      let body: string;
      try {
        body = await res.text();
      } catch (e) {
        if (signal.aborted) throw e;
        throw new MeasureError(`${at} broke off its answer to query ${q}: ${errorMessage(e)}`);
      }
      let answer: Answer;
      try {
        answer = JSON.parse(body) as Answer;
      } catch {
        const type = res.headers.get('content-type') ?? 'no content type';
        throw new MeasureError(`${at} answered query ${q} with HTTP ${res.status} ${type}, not Prometheus JSON: ${JSON.stringify(body.slice(0, 120))}; is \`address\` the Prometheus server (not a UI or a proxy's login page)?`);
      }
      if (!res.ok || answer.status !== 'success') {
        const hint =
          res.status === 401 || res.status === 403
            ? '; check the credentials in `headers`'
            : answer.errorType === 'bad_data'
              ? '; fix the query'
              : answer.errorType === 'timeout'
                ? '; raise `timeout` or make the query cheaper'
                : '';
        const said = answer.error ? `${answer.errorType ?? 'error'}: ${answer.error}` : body.slice(0, 200).trim();
        throw new MeasureError(`${at} refused query ${q} (HTTP ${res.status}) ${said}${hint}`);
      }
      try {
        return prometheusResult(answer.data);
      } catch (e) {
        throw new MeasureError(`${at}, query ${q}: ${errorMessage(e)}`);
      }
    },
  };
}
