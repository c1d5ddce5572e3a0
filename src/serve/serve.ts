// serve's core: onnxruntime found, the model and its contract loaded and checked, one warm-up
// inference, then the server listening. Nothing listens until the model has answered once, so a
// missing or broken model ends the process with its error instead of a half-ready server.
import { ServiceError } from '../common/errors.js';
import { loadOnnxRuntime, type LoadOptions } from '../evaluate/runtime/onnxruntime.js';
import type { Batch, Cell } from '../data/table.js';
import { serveMetrics } from './metrics.js';
import type { ServeOptions } from './options.js';
import { Predictor } from './predictor.js';
import { loadServedModel, type ServedModel } from './served-model.js';
import { startServer, type Log, type RunningServer } from './server.js';

export interface Serving extends RunningServer {
  served: ServedModel;
  /** Shuts the server down and frees the model. */
  stop(): Promise<void>;
}

// Regressor outputs have no known range: buckets from 0.001 to 1e6 on both sides of zero.
const VALUE_BUCKETS = [-1e6, -1e3, -100, -10, -1, -0.1, -0.001, 0, 0.001, 0.1, 1, 10, 100, 1e3, 1e6];

export async function serve(o: ServeOptions, ort: LoadOptions, cwd: string, log: Log): Promise<Serving> {
  const started = Date.now();
  const runtime = await loadOnnxRuntime(ort);
  const served = await loadServedModel({ model: o.model, contract: o.contract, name: o.name, version: o.modelVersion, cwd, ort: runtime.ort });
  const metrics = serveMetrics(served, served.task === 'regression' ? VALUE_BUCKETS : null);
  let warm = false;
  const predictor = new Predictor(runtime.ort, served, o.maxBatchRows, (rows) => warm && metrics.batch.observe(rows));
  try {
    await predictor.predict(warmUpRow(served));
  } catch (e) {
    throw new ServiceError(`The model ${served.path} failed its warm-up inference on one row: ${(e as Error).message}`);
  }
  warm = true;
  let server: RunningServer;
  try {
    server = await startServer(predictor, metrics, o, log);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ServiceError(`Port ${o.port} on ${o.host} is in use. Stop what listens there, or give another --port (0 picks a free one).`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new ServiceError(`Cannot listen on ${o.host}: not an address of this machine. Give --host 127.0.0.1, 0.0.0.0 or one of its addresses.`);
    throw e;
  }
  log('info', 'ready', {
    url: server.url,
    model: served.name,
    version: served.version,
    sha256: served.sha256,
    task: served.task,
    contract: served.contract?.file ?? null,
    onnxruntime: runtime.source,
    startup_ms: Date.now() - started,
  });
  return {
    ...server,
    served,
    stop: async () => {
      await server.close();
      await served.model.session.release();
    },
  };
}

/** One row of neutral values (0, false, empty text), the same types a request would carry. */
function warmUpRow(served: ServedModel): Batch {
  const value = (t: string): Cell => (t === 'string' ? '' : t === 'bool' ? false : 0);
  return { firstRow: 1, rows: 1, columns: Object.fromEntries(served.columns.map((c) => [c.name, [value(c.type)]])) };
}
