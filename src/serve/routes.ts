// Which route a request is for: the route template (the `route` label of the metrics, so a
// model name in the path does not make a new series) and what it asks.

export type Route =
  | { kind: 'live' | 'ready' | 'server' | 'ping' | 'version' | 'metrics'; template: string }
  | { kind: 'model' | 'model-ready' | 'infer'; template: string; name: string; version: string | null }
  | { kind: 'invocations'; template: string }
  | { kind: 'unknown'; template: string };

const FIXED: Record<string, { kind: 'live' | 'ready' | 'server' | 'ping' | 'version' | 'metrics'; method: string }> = {
  '/v2/health/live': { kind: 'live', method: 'GET' },
  '/v2/health/ready': { kind: 'ready', method: 'GET' },
  '/v2': { kind: 'server', method: 'GET' },
  '/ping': { kind: 'ping', method: 'GET' },
  '/health': { kind: 'ping', method: 'GET' },
  '/version': { kind: 'version', method: 'GET' },
  '/metrics': { kind: 'metrics', method: 'GET' },
};

const MODEL = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;

/** The route and the method it takes; `unknown` for any other path. */
export function route(path: string): { route: Route; method: string } {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const fixed = FIXED[p];
  if (fixed) return { route: { kind: fixed.kind, template: p }, method: fixed.method };
  if (p === '/invocations') return { route: { kind: 'invocations', template: p }, method: 'POST' };
  const m = MODEL.exec(p);
  if (m) {
    const name = decodeURIComponent(m[1] as string);
    const version = m[2] ? decodeURIComponent(m[2]) : null;
    const base = `/v2/models/{name}${version !== null ? '/versions/{version}' : ''}`;
    if (m[3] === '/infer') return { route: { kind: 'infer', template: `${base}/infer`, name, version }, method: 'POST' };
    if (m[3] === '/ready') return { route: { kind: 'model-ready', template: `${base}/ready`, name, version }, method: 'GET' };
    return { route: { kind: 'model', template: base, name, version }, method: 'GET' };
  }
  // One series for every unknown path, however many a scanner tries.
  return { route: { kind: 'unknown', template: 'other' }, method: '' };
}
