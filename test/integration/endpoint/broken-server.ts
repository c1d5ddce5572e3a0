// A model server for tests of test-endpoint, speaking KServe v2 and MLflow's scoring protocol for
// the example contract (f0..f5 float, int labels 0/1), with one deliberate fault per mode. Its
// "model" is a rule (label 1 when f0 > 0, p = sigmoid(f0)), so it needs no runtime; `good` answers
// as a correct server does, so the checks are seen to pass too.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Mode =
  | 'good'
  /** Labels as the strings "false" and "1", where the contract declares int labels. */
  | 'false-strings'
  /** Every bad request is answered 500, as an app without input validation does. */
  | 'error-500'
  /** Probabilities that do not sum to 1. */
  | 'bad-probabilities'
  /** Every route answers an HTML page, as a misrouted ingress does. */
  | 'html'
  /** Accepts connections and never answers. */
  | 'hang';

export const MODEL_NAME = 'candidate';
const COLUMNS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const LIMIT = 1 << 20;

export interface Running {
  url: string;
  /** Requests seen, as "METHOD path". */
  seen: string[];
  close(): Promise<void>;
}

class Bad extends Error {}

export async function startBrokenServer(mode: Mode): Promise<Running> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (mode === 'hang') return;
    void handle(mode, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size <= LIMIT) chunks.push(c);
  }
  if (size > LIMIT) throw Object.assign(new Bad('body too large'), { status: 413 });
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string): Record<string, unknown> {
  if (!text.trim()) throw new Bad('empty body');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Bad('not JSON');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Bad('not an object');
  return v as Record<string, unknown>;
}

function rowsOf(values: unknown[], n: number): number[][] {
  if (values.length !== n * COLUMNS.length) throw new Bad(`expected ${n * COLUMNS.length} values`);
  if (!values.every((v) => typeof v === 'number')) throw new Bad('values must be numbers');
  return Array.from({ length: n }, (_, i) => values.slice(i * 6, i * 6 + 6) as number[]);
}

function predict(mode: Mode, rows: number[][]): { labels: (number | string)[]; proba: number[][] } {
  const p1 = rows.map((r) => 1 / (1 + Math.exp(-(r[0] as number))));
  const labels = rows.map((r) => ((r[0] as number) > 0 ? 1 : 0));
  return {
    labels: mode === 'false-strings' ? labels.map((l) => (l === 1 ? '1' : 'false')) : labels,
    proba: p1.map((p) => (mode === 'bad-probabilities' ? [0.6, 0.6] : [1 - p, p])),
  };
}

async function handle(mode: Mode, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] as string;
  if (mode === 'html') {
    await body(req).catch(() => '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>');
    return;
  }
  try {
    if (req.method === 'GET' && (path === '/v2/health/live' || path === '/v2/health/ready')) return json(res, 200, path.endsWith('live') ? { live: true } : { ready: true });
    if (req.method === 'GET' && (path === '/ping' || path === '/health')) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('\n');
      return;
    }
    if (req.method === 'GET' && path === `/v2/models/${MODEL_NAME}`) {
      return json(res, 200, {
        name: MODEL_NAME,
        versions: ['1'],
        platform: 'rule',
        inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 6] }],
        outputs: [
          { name: 'output_label', datatype: mode === 'false-strings' ? 'BYTES' : 'INT64', shape: [-1] },
          { name: 'output_probability', datatype: 'FP32', shape: [-1, 2] },
        ],
        parameters: { classes: [0, 1], columns: COLUMNS.map((name) => ({ name, type: 'float', nulls: 'forbid' })) },
      });
    }
    // The repository extension (Triton, MLServer): how a client finds the model's name.
    if (req.method === 'POST' && path === '/v2/repository/index') return json(res, 200, [{ name: MODEL_NAME, version: '1', state: 'READY' }]);
    if (req.method === 'GET' && path === `/v2/models/${MODEL_NAME}/ready`) return json(res, 200, { name: MODEL_NAME, ready: true });
    if (req.method === 'POST' && path === `/v2/models/${MODEL_NAME}/infer`) {
      const b = parse(await body(req));
      const inputs = b.inputs as { name?: unknown; shape?: unknown; data?: unknown }[] | undefined;
      const t = Array.isArray(inputs) && inputs.length === 1 ? inputs[0] : undefined;
      if (!t || t.name !== 'features' || !Array.isArray(t.shape) || t.shape.length !== 2 || t.shape[1] !== 6 || !Array.isArray(t.data)) throw new Bad('expected one input `features` [N, 6]');
      const n = t.shape[0] as number;
      const p = predict(mode, rowsOf(t.data, n));
      return json(res, 200, {
        model_name: MODEL_NAME,
        model_version: '1',
        outputs: [
          { name: 'output_label', datatype: mode === 'false-strings' ? 'BYTES' : 'INT64', shape: [n], data: p.labels },
          { name: 'output_probability', datatype: 'FP32', shape: [n, 2], data: p.proba.flat(), parameters: { classes: [0, 1] } },
        ],
      });
    }
    if (req.method === 'POST' && path === '/invocations') {
      const b = parse(await body(req));
      const split = b.dataframe_split as { columns?: unknown; data?: unknown } | undefined;
      if (!split || JSON.stringify(split.columns) !== JSON.stringify(COLUMNS) || !Array.isArray(split.data)) throw new Bad(`expected dataframe_split with columns ${COLUMNS.join(', ')}`);
      const p = predict(mode, rowsOf((split.data as unknown[]).flat(), split.data.length));
      return json(res, 200, { predictions: p.labels.map((l, i) => ({ output_label: l, output_probability: { '0': p.proba[i]?.[0], '1': p.proba[i]?.[1] } })) });
    }
    return json(res, 404, { error: `no route ${req.method} ${path}` });
  } catch (e) {
    if (!(e instanceof Bad)) throw e;
    if (mode === 'error-500') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`Internal Server Error\nTraceback (most recent call last):\n  ValueError: ${e.message}`);
      return;
    }
    return json(res, (e as Bad & { status?: number }).status ?? 422, { error: e.message, error_code: 'BAD_REQUEST', message: e.message });
  }
}
