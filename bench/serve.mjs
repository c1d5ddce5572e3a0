// serve against the way teams serve a model today, in one run on the same machine, same model
// (examples/model/candidate.onnx, a 6-feature classifier), same rows, same load generator
// (a closed loop of keep-alive clients in this process, see load()):
//  1. model-cd serve at its defaults (dist/serve/index.js; access log on), MLflow protocol;
//  2. the seed's way: Flask + onnxruntime in Python, a typical app.py (bench/peers/flask_app.py, run
//     with Flask's own server as `python app.py` does), when the serve-peers Python env is installed;
//  3. `mlflow models serve` of the same ONNX file (pyfunc flavour, --env-manager local), same env;
//  4. a raw onnxruntime-node `session.run` loop on the same batches, in this process, one run at a
//     time: the floor serve's overhead is measured against.
// Two loads: single-row requests over --connections-row connections, and 256-row batches over
// --connections-batch connections, each for --seconds. Prints requests/s, rows/s, p50/p99 latency,
// errors, the ratios against Flask and mlflow, serve's overhead over the raw loop at 256 rows, serve's
// RSS after the load and its cold start to ready. Every server's answers for the same 64 rows are
// compared first: a peer that predicts differently is reported, not timed.
//
//   npm run build && node bench/serve.mjs [--seconds 10] [--connections-row 32] [--connections-batch 8]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { opt, root } from './lib.mjs';

const seconds = Number(opt('seconds', '10'));
const connRow = Number(opt('connections-row', '32'));
const connBatch = Number(opt('connections-batch', '8'));
const MODEL = join(root, 'examples', 'model', 'candidate.onnx');
const CONTRACT = join(root, 'examples', 'model', 'model-contract.yaml');
const FEATURES = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const holdout = readFileSync(join(root, 'examples', 'model', 'holdout.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 6).map(Number));
const batchOf = (n) => Array.from({ length: n }, (_, i) => holdout[i % holdout.length]);

/** Spawns a server and waits until `ready(url)` answers; returns its URL, pid, start-up time and stop(). */
async function startProcess(cmd, args, url, env = {}) {
  const t0 = performance.now();
  // Its own process group, so a server that starts workers (mlflow -> uvicorn) stops whole.
  const proc = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)));
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited ${proc.exitCode}: ${stderr}`);
    try {
      const r = await fetch(url.health);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startupMs = performance.now() - t0;
  return { proc, startupMs, stop: () => new Promise((resolve) => (proc.exitCode !== null ? resolve() : (proc.once('exit', resolve), process.kill(-proc.pid, 'SIGTERM')))) };
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

const mlflowBody = (rows) => JSON.stringify({ dataframe_split: { columns: FEATURES, data: rows } });
const mlflowLabels = (json) => json.predictions.map((p) => Number(p.output_label ?? p));

/**
 * A closed loop of `connections` clients, each sending its next request when the last answer is in,
 * over a keep-alive agent that opens a new connection whenever a server closes one. autocannon stalls
 * on servers that close every connection (Flask's development server answers with
 * "Connection: close"), so one generator that copes with both is used for every server.
 */
async function load(url, body, connections) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const u = new URL(url);
  const latencies = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t0);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] : NaN);
  return { rps: latencies.length / elapsed, p50: q(0.5).toFixed(1), p99: q(0.99).toFixed(1), errors, total: latencies.length };
}

const servers = [];
{
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const s = await startProcess(process.execPath, [join(root, 'dist', 'serve', 'index.js'), '--model', MODEL, '--contract', CONTRACT, '--port', String(port)], { health: `${base}/v2/health/ready` });
  servers.push({ name: 'model-cd serve', url: `${base}/invocations`, body: mlflowBody, labels: mlflowLabels, ...s });
}
const peersPython = spawnSync('bash', [join(root, 'scripts', 'py-env.sh'), 'serve-peers', '--python'], { encoding: 'utf8' });
if (peersPython.status === 0) {
  const python = peersPython.stdout.trim();
  const port = await freePort();
  const s = await startProcess(python, [join(root, 'bench', 'peers', 'flask_app.py'), MODEL, String(port)], { health: `http://127.0.0.1:${port}/health` });
  servers.push({ name: 'Flask + onnxruntime (app.py)', url: `http://127.0.0.1:${port}/predict`, body: (rows) => JSON.stringify({ instances: rows }), labels: (j) => j.predictions.map((p) => Number(p.label ?? p)), ...s });
  try {
    const { startMlflowPeer } = await import('./peers/mlflow_serve.mjs');
    servers.push({ name: 'mlflow models serve', body: mlflowBody, labels: mlflowLabels, ...(await startMlflowPeer(python, MODEL, await freePort(), startProcess)) });
  } catch (e) {
    console.log(`(mlflow models serve not run: ${e.message})`);
  }
} else {
  console.log('(Flask and mlflow peers not run: `bash scripts/py-env.sh serve-peers` is not installed here)');
}

// Same answers first.
const check = batchOf(64);
const reference = mlflowLabels(await (await fetch(servers[0].url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: mlflowBody(check) })).json());
for (const s of servers.slice(1)) {
  const got = s.labels(await (await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: s.body(check) })).json());
  s.same = JSON.stringify(got) === JSON.stringify(reference);
}

// The raw loop: the same onnxruntime-node, the same 256-row batches, one run after another.
const ortDir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'model-cd', 'tools', 'onnxruntime-node', '1.30.0', `${process.platform}-${process.arch}`);
const ort = createRequire(join(ortDir, 'node_modules', 'x.js'))('onnxruntime-node');
const session = await ort.InferenceSession.create(readFileSync(MODEL));
async function rawLoop(rows) {
  const feeds = { features: new ort.Tensor('float32', Float32Array.from(batchOf(rows).flat()), [rows, 6]) };
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    await session.run(feeds, ['output_label']);
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

const results = [];
for (const [label, rows, connections] of [['1 row', 1, connRow], ['256 rows', 256, connBatch]]) {
  for (const s of servers) {
    const r = await load(s.url, s.body(batchOf(rows)), connections);
    results.push({ load: label, rows, server: s.name, ...r });
  }
}
const rawRps = await rawLoop(256);
const rss = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

console.log(`\nmodel: examples/model/candidate.onnx; ${seconds} s per load; closed-loop clients in-process; node ${process.version}`);
for (const s of servers.slice(1)) console.log(`${s.name}: ${s.same ? 'same labels as serve on 64 rows' : 'DIFFERENT labels from serve on 64 rows'}`);
console.log('');
console.log('load       server                            req/s     rows/s    p50 ms   p99 ms   errors');
for (const r of results) {
  console.log(`${r.load.padEnd(10)} ${r.server.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} ${(r.rps * r.rows).toFixed(0).padStart(10)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}`);
}
console.log(`raw session.run loop, 256 rows              ${rawRps.toFixed(0).padStart(7)} ${(rawRps * 256).toFixed(0).padStart(10)}`);
console.log('');
const ours = (load) => results.find((r) => r.load === load && r.server === 'model-cd serve');
for (const peer of servers.slice(1)) {
  for (const load of ['1 row', '256 rows']) {
    const p = results.find((r) => r.load === load && r.server === peer.name);
    console.log(`${load}: serve ${(ours(load).rps / p.rps).toFixed(2)}x ${peer.name} throughput; p99 ${ours(load).p99} ms vs ${p.p99} ms`);
  }
}
console.log(`256 rows: serve at ${((ours('256 rows').rps / rawRps) * 100).toFixed(0)}% of the raw loop's rate (overhead ${((1 - ours('256 rows').rps / rawRps) * 100).toFixed(0)}%; target < 20%)`);
console.log(`serve: peak RSS ${rss(servers[0].proc.pid).toFixed(0)} MiB; cold start to ready ${servers[0].startupMs.toFixed(0)} ms (spawn to first ready answer)`);
for (const s of servers.slice(1)) console.log(`${s.name}: peak RSS ${rss(s.proc.pid).toFixed(0)} MiB; start to ready ${s.startupMs.toFixed(0)} ms`);
for (const s of servers) await s.stop();
