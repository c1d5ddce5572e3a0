// The HTTP service: both protocols' routes over one served model, the body limit and timeouts,
// an x-request-id on every answer, one JSON log line per request, the metrics, and a graceful
// shutdown (readiness goes false, no new connections, in-flight requests finish, then close).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VERSION } from '../common/version.js';
import type { ServeMetrics } from './metrics.js';
import { csvRows, mlflowAnswer, mlflowRows } from './protocol-mlflow.js';
import { v2Answer, v2Metadata, v2OutputNames, v2Rows } from './protocol-v2.js';
import { parseBody } from './json.js';
import type { Predictor, Prediction } from './predictor.js';
import { RequestError } from './request-error.js';
import { route as routeOf, type Route } from './routes.js';
import { validate, type RawRows } from './rows.js';

export interface ServerOptions {
  host: string;
  port: number;
  maxBodyBytes: number;
  /** How long a client may take to send its body. */
  bodyTimeoutMs: number;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  drainTimeoutMs: number;
  accessLog: boolean;
}

export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export interface RunningServer {
  url: string;
  /** Stops taking requests, lets in-flight ones finish (up to the drain timeout), closes. */
  close(): Promise<void>;
}

// How much of a refused body is read and dropped so the client sees the answer, and for how long.
const DRAIN_BYTES = 64 << 20;
const DRAIN_MS = 5_000;

// Client mistakes about the content count as validation failures; a wrong path or method does not.
const NOT_VALIDATION = new Set(['not_found', 'method_not_allowed']);

export async function startServer(predictor: Predictor, metrics: ServeMetrics, o: ServerOptions, log: Log): Promise<RunningServer> {
  const served = predictor.served;
  let closing = false;

  /** `body` as JSON, or as it is when it is text already (a ready-made JSON answer, or plain text). */
  const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.statusCode = status;
    res.setHeader('content-type', type === 'application/json' ? 'application/json' : type);
    res.setHeader('content-length', Buffer.byteLength(text));
    if (closing) res.setHeader('connection', 'close');
    res.end(text);
  };

  const predictRows = async (raw: RawRows): Promise<Prediction> => {
    const batch = validate(raw, served);
    const p = await predictor.predict(batch);
    metrics.rows.inc({}, p.rows);
    if (p.labels) for (const l of p.labels) metrics.predictions.inc({ class: String(l) });
    if (p.values && metrics.values) for (const v of p.values) metrics.values.observe(v);
    return p;
  };

  const checkModel = (r: Extract<Route, { name: string }>) => {
    if (r.name !== served.name) throw new RequestError('not_found', `No model \`${r.name}\` here; this server serves \`${served.name}\`.`, { field: 'name', value: r.name, expected: served.name });
    if (r.version !== null && r.version !== served.version) throw new RequestError('not_found', `No version \`${r.version}\` of ${served.name} here; this server serves version \`${served.version}\`.`, { field: 'version', value: r.version, expected: served.version });
  };

  async function answer(req: IncomingMessage, res: ServerResponse, r: Route): Promise<number> {
    switch (r.kind) {
      case 'live':
        send(res, 200, { live: true });
        return 0;
      case 'ready':
        send(res, closing ? 503 : 200, { ready: !closing });
        return 0;
      case 'server':
        send(res, 200, { name: 'model-cd', version: VERSION, extensions: [] });
        return 0;
      case 'ping':
        send(res, closing ? 503 : 200, '\n', 'text/plain');
        return 0;
      case 'version':
        send(res, 200, VERSION, 'text/plain');
        return 0;
      case 'metrics':
        send(res, 200, metrics.registry.render(), 'text/plain; version=0.0.4; charset=utf-8');
        return 0;
      case 'model':
        checkModel(r);
        send(res, 200, v2Metadata(served));
        return 0;
      case 'model-ready':
        checkModel(r);
        send(res, closing ? 503 : 200, { name: served.name, ready: !closing });
        return 0;
      case 'infer': {
        checkModel(r);
        const v2 = v2Rows(parseBody(await readBody(req, res, o, 'json')), served);
        const known = v2OutputNames(served);
        const unknown = v2.outputs?.find((n) => !known.includes(n));
        if (unknown !== undefined) throw new RequestError('bad_request', `outputs asks for \`${unknown}\`, which the model does not have. Its outputs: ${known.join(', ')}.`, { field: 'outputs', value: unknown, expected: known.join(', ') });
        const p = await predictRows(v2.rows);
        send(res, 200, v2Answer(p, served, v2));
        return p.rows;
      }
      case 'invocations': {
        const kind = mediaType(req, ['json', 'csv']);
        const text = await readBody(req, res, o, kind);
        const p = await predictRows(kind === 'csv' ? csvRows(text) : mlflowRows(parseBody(text), served));
        send(res, 200, mlflowAnswer(p, served));
        return p.rows;
      }
      case 'unknown':
        throw new RequestError('not_found', 'No such route. Routes: /v2/health/live, /v2/health/ready, /v2/models/{name}, /v2/models/{name}/infer, /invocations, /ping, /health, /metrics.');
    }
  }

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    const path = (req.url ?? '/').split('?')[0] as string;
    const { route: r, method } = routeOf(path);
    let rows = 0;
    const done = (status: number, error?: string) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({ route: r.template, code: String(status) });
      metrics.duration.observe(seconds, { route: r.template });
      if (o.accessLog || status >= 500) {
        log(status >= 500 ? 'error' : 'info', 'request', { request_id: id, method: req.method, path, route: r.template, status, duration_ms: Math.round(seconds * 1e5) / 100, rows, ...(error ? { error } : {}) });
      }
    };
    const run = async () => {
      if (r.kind !== 'unknown' && req.method !== method && !(method === 'GET' && req.method === 'HEAD')) {
        throw new RequestError('method_not_allowed', `${r.template} takes ${method}, not ${req.method}.`, { field: 'method', value: req.method, expected: method });
      }
      rows = await answer(req, res, r);
    };
    run().then(
      () => done(res.statusCode),
      (e: unknown) => {
        if (e instanceof RequestError) {
          if (!NOT_VALIDATION.has(e.reason)) metrics.invalid.inc({ reason: e.reason });
          if (!res.headersSent) send(res, e.status, e.body());
          done(e.status, e.message);
          return;
        }
        const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
        if (!res.headersSent) send(res, 500, { error: `The server failed on this request: ${message}`, error_code: 'INTERNAL_ERROR', message: `The server failed on this request: ${message}`, reason: 'internal' });
        done(500, e instanceof Error ? (e.stack ?? message) : message);
      },
    );
  });
  // Slow clients: headers within 10 s; the body within bodyTimeoutMs (readBody answers 408 itself,
  // this is the backstop that frees the socket).
  server.headersTimeout = 10_000;
  server.requestTimeout = o.bodyTimeoutMs + 5_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host}:${address.port}`,
    close: async () => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), o.drainTimeoutMs)))]);
      clearTimeout(timer);
      if (!drained) {
        log('warn', 'drain timeout: closing connections still open', { drain_timeout_ms: o.drainTimeoutMs });
        server.closeAllConnections();
        await closed;
      }
    },
  };
}

/** json or csv from Content-Type; a missing one or text/plain (fetch's default for a string body) is read as JSON. */
function mediaType(req: IncomingMessage, allowed: ('json' | 'csv')[]): 'json' | 'csv' {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || type === 'application/json' || type.endsWith('+json') || type === 'text/plain') return 'json';
  if (allowed.includes('csv') && (type === 'text/csv' || type === 'application/csv')) return 'csv';
  throw new RequestError('unsupported_media_type', `Content-Type ${type} is not one this route reads. Send application/json${allowed.includes('csv') ? ' or text/csv' : ''}.`, { field: 'content-type', value: type, expected: allowed.map((a) => (a === 'json' ? 'application/json' : 'text/csv')).join(' or ') });
}

/** The whole body as text, refused past the size limit or the time limit. */
function readBody(req: IncomingMessage, res: ServerResponse, o: ServerOptions, kind: 'json' | 'csv'): Promise<string> {
  if (kind === 'json') mediaType(req, ['json']);
  const limit = o.maxBodyBytes;
  const tooLarge = () => new RequestError('body_too_large', `The request body is over the ${limit}-byte limit. Send fewer rows per request, or raise --max-body.`, { expected: `at most ${limit} bytes` });
  const declared = Number(req.headers['content-length'] ?? NaN);
  // A body refused before it was read is still read and dropped, up to a bound, before the answer
  // goes out: answering while the client writes and then closing makes most clients see a reset
  // instead of the 413. Past the bound (or the time), the connection is dropped.
  const refuse = (e: RequestError, resolveLater: (e: RequestError) => void) => {
    res.setHeader('connection', 'close');
    let dropped = 0;
    const timer = setTimeout(() => req.destroy(), DRAIN_MS);
    timer.unref();
    // The reader's own handlers go: its 'end' would otherwise resolve with a partial body.
    req.removeAllListeners('data');
    req.removeAllListeners('end');
    req.on('data', (c: Buffer) => {
      dropped += c.length;
      if (dropped > DRAIN_BYTES) req.destroy();
    });
    const settle = () => {
      clearTimeout(timer);
      resolveLater(e);
    };
    req.once('end', settle);
    req.once('close', settle);
    req.resume();
  };
  if (declared > limit) return new Promise((_resolve, reject) => refuse(tooLarge(), reject));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // A client too slow to send its body is not waited for again: answer now, then close.
    const timer = setTimeout(() => {
      res.setHeader('connection', 'close');
      res.once('finish', () => req.destroy());
      reject(new RequestError('timeout', `The request body did not arrive within ${o.bodyTimeoutMs / 1000} s.`));
    }, o.bodyTimeoutMs);
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        clearTimeout(timer);
        refuse(tooLarge(), reject);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
