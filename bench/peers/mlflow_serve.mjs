// `mlflow models serve` as a peer of bench/serve.mjs: the ONNX file saved as an MLflow model
// (test/integration/py/mlflow_onnx_model.py, with the f0..f5 signature) and served from the
// serve-peers venv, --env-manager local, as test/setup/mlflow-serve.ts does in the tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from '../lib.mjs';

export async function startMlflowPeer(python, onnxFile, port, startProcess) {
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-mlflow-')), 'model');
  const saved = spawnSync(python, [join(root, 'test', 'integration', 'py', 'mlflow_onnx_model.py'), onnxFile, dir], { encoding: 'utf8' });
  if (saved.status !== 0) throw new Error(`saving the MLflow model failed: ${saved.stderr}`);
  const bin = dirname(python);
  const base = `http://127.0.0.1:${port}`;
  // MLflow runs `exec uvicorn ...` through bash: uvicorn must be on PATH, as in an activated venv.
  const s = await startProcess(join(bin, 'mlflow'), ['models', 'serve', '-m', dir, '--env-manager', 'local', '-h', '127.0.0.1', '-p', String(port)], { health: `${base}/ping` }, { PATH: `${bin}:${process.env.PATH ?? ''}` });
  return { url: `${base}/invocations`, ...s };
}
