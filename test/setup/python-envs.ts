// vitest globalSetup: the Python environments the tests use as fixture makers and oracles
// (scripts/py-env.sh: `ml` with scikit-learn, skl2onnx and onnxruntime; `drift` with Evidently,
// scipy and pandas; `serve-peers` with mlflow-skinny, onnxruntime and Flask, the Python peers of
// serve; each pinned and hashed), and the seeded data each one makes: the test-model
// models and holdout sets (scripts/fixtures/make-models.py) and the check-drift reference/current
// pairs (test/drift/py/make_drift_data.py). The data is cached by the hash of its generator and
// requirements, so a changed generator makes it again. Paths reach the tests as
// MODEL_CD_ML_PYTHON / MODEL_CD_ML_FIXTURES, MODEL_CD_DRIFT_PYTHON / MODEL_CD_DRIFT_DATA and
// MODEL_CD_SERVE_PEERS_PYTHON (installed alongside the others: a cold install of it is ~25 s, in
// parallel with theirs, and a check of a few milliseconds once installed).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

async function venvPython(env: string): Promise<string> {
  const { stdout } = await run('bash', [join(ROOT, 'scripts', 'py-env.sh'), env, '--python'], { maxBuffer: 16 << 20 });
  return stdout.trim();
}

/** The env's python, and the folder its generator filled (made once per generator version). */
async function prepare(env: string, generator: string, label: string): Promise<{ python: string; dir: string }> {
  const python = await venvPython(env);
  const script = join(ROOT, generator);
  const key = createHash('sha256').update(readFileSync(script)).update(readFileSync(join(ROOT, 'scripts', 'tools', `${env}.txt`))).digest('hex').slice(0, 12);
  const state = process.env.MODEL_CD_STATE || join(homedir(), '.cache', 'model-cd', 'state');
  const dir = join(state, `${label}-${key}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    await mkdir(state, { recursive: true });
    const temp = `${dir}.tmp-${process.pid}`;
    await rm(temp, { recursive: true, force: true });
    await run(python, [script, temp, '--seed', '7'], { maxBuffer: 16 << 20, env: { ...process.env, PYTHONHASHSEED: '0' } });
    await rm(dir, { recursive: true, force: true });
    await rename(temp, dir);
  }
  return { python, dir };
}

export async function setup(): Promise<void> {
  const [ml, drift, servePeers] = await Promise.all([
    prepare('ml', 'scripts/fixtures/make-models.py', 'ml-fixtures'),
    prepare('drift', 'test/drift/py/make_drift_data.py', 'drift-data'),
    venvPython('serve-peers'),
  ]);
  process.env.MODEL_CD_ML_PYTHON = ml.python;
  process.env.MODEL_CD_ML_FIXTURES = ml.dir;
  process.env.MODEL_CD_DRIFT_PYTHON = drift.python;
  process.env.MODEL_CD_DRIFT_DATA = drift.dir;
  process.env.MODEL_CD_SERVE_PEERS_PYTHON = servePeers;
}
