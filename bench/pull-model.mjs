// pull-model against its named peers, in one run on the same machine, on the local servers that
// scripts/services.sh starts (s3proxy and an MLflow tracking server with proxied artifacts):
//  1. an S3 object:         `aws s3 cp s3://... file` (awscli from PyPI) vs pull-model s3://...
//  2. an MLflow model:      mlflow.artifacts.download_artifacts(models:/name@alias) vs
//                           pull-model models:/name@alias
//  3. a cached re-run of pull-model (same cache folder): must transfer 0 bytes.
// One random model of --size bytes (default 1GiB), uploaded once with awscli and once as the
// artifact of a registered MLflow model version. The tools alternate over --runs runs (medians),
// each after a sync and in the opposite order on every other run, so no tool always runs in the
// writeback of the one before;
// every pull-model run gets a fresh cache folder. aws and pull-model are timed from spawn to exit
// (process start included); the MLflow client is timed inside Python, imports excluded (in its
// favour). Prints MB/s and ratios (ours / peer's throughput; higher is better for us), and checks
// that every downloaded file is byte-identical (sha256) to the model. Uploaded objects, the
// registered model and the temp files are deleted at the end.
//
//   npm run build && node bench/pull-model.mjs [--size 1GiB] [--runs 3] [--concurrency N] [--range-threshold SIZE]
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtSize, lastLine, median, opt, parseSize, root, servicesEnv, writeRandom } from './lib.mjs';

const AWSCLI_VERSION = '1.46.3'; // PyPI awscli; the venv is pinned and hashed in scripts/tools/awscli.txt

const size = parseSize(opt('size', '1GiB'));
const runs = Number(opt('runs', '3'));
const concurrency = opt('concurrency', '');
const rangeThreshold = opt('range-threshold', '');
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');

const env = servicesEnv('all', ['MODEL_CD_S3_ENDPOINT', 'MODEL_CD_S3_BUCKET', 'MLFLOW_TRACKING_URI', 'MODEL_CD_MLFLOW_PYTHON']);
const awsPython = installAwscli();
const bucket = env.MODEL_CD_S3_BUCKET;
const endpoint = env.MODEL_CD_S3_ENDPOINT;
const mlflowPython = env.MODEL_CD_MLFLOW_PYTHON;
const tag = `${Date.now()}-${randomBytes(3).toString('hex')}`;
const key = `bench/pull-model-${tag}/model.bin`;
const s3Uri = `s3://${bucket}/${key}`;
const modelName = `bench-pull-model-${tag}`;
const modelUri = `models:/${modelName}@bench`;

const dir = mkdtempSync(join(tmpdir(), 'bench-pull-'));
// awscli reads its settings from here, not from the user's ~/.aws.
const awsConfig = join(dir, 'aws-config');
writeFileSync(
  awsConfig,
  // Path-style for the loopback server; checksums only where S3 requires them, as for any
  // S3-compatible endpoint (the default CRC trailers are not supported everywhere).
  '[default]\ns3 =\n  addressing_style = path\nrequest_checksum_calculation = when_required\nresponse_checksum_validation = when_required\n',
);
const childEnv = { ...process.env, ...env, AWS_CONFIG_FILE: awsConfig, AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'), AWS_PAGER: '' };
const aws = (...argv) => run(awsPython, ['-m', 'awscli', ...argv, '--endpoint-url', endpoint, '--only-show-errors']);

let uploadedS3 = false;
let published;
try {
  const src = join(dir, 'src', 'model.bin');
  mkdirSync(join(dir, 'src'));
  const want = writeRandom(src, size);
  console.error(`bench: uploading ${fmtSize(size)} to S3 (awscli) and to MLflow (${modelUri})`);
  aws('s3', 'cp', src, s3Uri);
  uploadedS3 = true;
  published = JSON.parse(lastLine(run(mlflowPython, [join(root, 'bench', 'py', 'mlflow_bench.py'), 'publish', modelName, join(dir, 'src'), 'bench']).stdout));

  const ours = (uri, cache) => {
    const out = join(dir, `ours-${randomBytes(4).toString('hex')}`);
    const extra = [...(concurrency ? ['--concurrency', concurrency] : []), ...(rangeThreshold ? ['--range-threshold', rangeThreshold] : [])];
    const r = timed(process.execPath, [cli, 'pull-model', '--model-uri', uri, '--path', out, '--cache-dir', cache, '--s3-endpoint', endpoint, '--s3-path-style', 'true', ...extra]);
    const outputs = Object.fromEntries(
      [...r.stderr.matchAll(/^output ([\w-]+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
    );
    const file = statSync(outputs.path).isDirectory() ? join(outputs.path, 'model.bin') : outputs.path;
    return { ms: r.ms, file, out, outputs };
  };
  const checks = [];
  const verify = async (label, file) => {
    const got = await sha256File(file);
    checks.push({ label, ok: got === want });
    if (got !== want) console.error(`bench: ${label}: sha256 ${got}, want ${want}`);
  };

  const t = { aws: [], oursS3: [], mlflow: [], oursMlflow: [] };
  let lastCache = '';
  let lastCacheS3 = '';
  for (let i = 0; i < runs; i++) {
    console.error(`bench: run ${i + 1}/${runs}`);
    // Each tool starts with no dirty pages of the one before (sync), and the order flips on every
    // run, so neither side always pays for the other's writeback.
    const awsRun = async () => {
      settle();
      const awsOut = join(dir, 'aws.bin');
      const a = timed(awsPython, ['-m', 'awscli', 's3', 'cp', s3Uri, awsOut, '--endpoint-url', endpoint, '--only-show-errors']);
      t.aws.push(a.ms);
      await verify(`aws s3 cp, run ${i + 1}`, awsOut);
      rmSync(awsOut, { force: true });
    };
    const oursS3Run = async () => {
      settle();
      if (lastCacheS3) rmSync(lastCacheS3, { recursive: true, force: true });
      lastCacheS3 = join(dir, `cache-s3-${i}`);
      const o = ours(s3Uri, lastCacheS3);
      t.oursS3.push(o.ms);
      await verify(`pull-model s3://, run ${i + 1}`, o.file);
      rmSync(o.out, { recursive: true, force: true });
    };
    const mlflowRun = async () => {
      settle();
      const mlOut = join(dir, 'mlflow-out');
      const m = JSON.parse(lastLine(run(mlflowPython, [join(root, 'bench', 'py', 'mlflow_bench.py'), 'download', modelUri, mlOut]).stdout));
      t.mlflow.push(m.seconds * 1000);
      await verify(`mlflow download_artifacts, run ${i + 1}`, join(m.path, 'model.bin'));
      rmSync(mlOut, { recursive: true, force: true });
    };
    const oursMlflowRun = async () => {
      settle();
      if (lastCache) rmSync(lastCache, { recursive: true, force: true });
      lastCache = join(dir, `cache-mlflow-${i}`);
      const om = ours(modelUri, lastCache);
      t.oursMlflow.push(om.ms);
      await verify(`pull-model models:/, run ${i + 1}`, om.file);
      rmSync(om.out, { recursive: true, force: true });
    };
    const order = i % 2 === 0 ? [awsRun, oursS3Run, mlflowRun, oursMlflowRun] : [oursS3Run, awsRun, oursMlflowRun, mlflowRun];
    for (const step of order) await step();
  }

  // The same URIs again, each into the cache its last run filled.
  const cached = ours(modelUri, lastCache);
  await verify('pull-model models:/, cached re-run', cached.file);
  const cachedS3 = ours(s3Uri, lastCacheS3);
  await verify('pull-model s3://, cached re-run', cachedS3.file);

  const mbps = (ms) => size / 1e6 / (ms / 1000);
  const row = (label, ms, peerMs) =>
    console.log(`${label.padEnd(44)} ${mbps(ms).toFixed(0).padStart(6)} MB/s  ${(ms / 1000).toFixed(2).padStart(7)} s` + (peerMs ? `   ${(peerMs / ms).toFixed(2)}x the peer` : ''));
  const allOk = checks.every((c) => c.ok);
  const zero = cached.outputs['bytes-transferred'] === '0' && cachedS3.outputs['bytes-transferred'] === '0';
  console.log(`model: ${fmtSize(size)} of random bytes; ${runs} runs each, order flipped every run, sync before each tool, medians; node ${process.version}, ${awscliVersion()}, mlflow ${mlflowVersion()}`);
  console.log(`pull-model concurrency: ${concurrency || 'default'}, range-threshold: ${rangeThreshold || 'default'}; timed spawn to exit (aws, pull-model), in-process (MLflow client)`);
  console.log('');
  row(`aws s3 cp (awscli ${AWSCLI_VERSION})`, median(t.aws));
  row('pull-model s3://', median(t.oursS3), median(t.aws));
  row('mlflow.artifacts.download_artifacts', median(t.mlflow));
  row('pull-model models:/name@alias', median(t.oursMlflow), median(t.mlflow));
  console.log('');
  console.log(`cached re-run, models:/:  bytes-transferred=${cached.outputs['bytes-transferred']} cache-hit=${cached.outputs['cache-hit']} in ${(cached.ms / 1000).toFixed(2)} s`);
  console.log(`cached re-run, s3://:     bytes-transferred=${cachedS3.outputs['bytes-transferred']} cache-hit=${cachedS3.outputs['cache-hit']} in ${(cachedS3.ms / 1000).toFixed(2)} s`);
  console.log(`byte-identical (sha256) outputs: ${checks.filter((c) => c.ok).length}/${checks.length}${allOk ? '' : ' (MISMATCH, see above)'}`);
  if (!allOk || !zero) process.exitCode = 1;
} finally {
  const notes = [];
  if (uploadedS3) {
    const r = spawnSync(awsPython, ['-m', 'awscli', 's3', 'rm', s3Uri, '--endpoint-url', endpoint, '--only-show-errors'], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0) notes.push(`deleting ${s3Uri}: ${r.stderr.trim()}`);
  }
  if (published) {
    const r = spawnSync(mlflowPython, [join(root, 'bench', 'py', 'mlflow_bench.py'), 'cleanup', modelName, published.run_id], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0) notes.push(`deleting ${modelName}: ${r.stderr.trim().split('\n').at(-1)}`);
    else notes.push(...JSON.parse(lastLine(r.stdout)).notes.map((n) => `MLflow cleanup: ${n}`));
  }
  rmSync(dir, { recursive: true, force: true });
  for (const n of notes) console.error(`bench: ${n}`);
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { env: childEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.slice(0, 3).join(' ')} exited ${r.status}: ${(r.stderr || r.error?.message || '').slice(-2000)}`);
  return r;
}

function timed(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = run(cmd, argv);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: r.stdout, stderr: r.stderr };
}



/** awscli's venv (scripts/py-env.sh awscli: pinned pip, then the hashed lock); returns its python. */
function installAwscli() {
  const r = spawnSync('bash', [join(root, 'scripts', 'py-env.sh'), 'awscli', '--python'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/py-env.sh awscli exited ${r.status}`);
  return r.stdout.trim();
}

function awscliVersion() {
  const r = spawnSync(awsPython, ['-m', 'awscli', '--version'], { env: childEnv, encoding: 'utf8' });
  return (r.stdout + r.stderr).trim().split(' ')[0];
}

/** Flushes dirty pages, so the next timed tool does not pay for the last one's writes. */
function settle() {
  spawnSync('sync');
}

function mlflowVersion() {
  return spawnSync(mlflowPython, ['-c', 'import importlib.metadata as m; print(m.version("mlflow-skinny"))'], { encoding: 'utf8' }).stdout.trim();
}


function sha256File(file) {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}


