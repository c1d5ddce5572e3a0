// MLflow's own scoring server as a real peer of `model-cd serve`: `mlflow models serve` (pyfunc,
// --env-manager local) from the pinned `serve-peers` venv (scripts/py-env.sh), on a free loopback
// port, for an ONNX file saved as an MLflow model by test/integration/py/mlflow_onnx_model.py.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startPeerProcess, type PeerProcess } from './peer-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

let venvPython: Promise<string> | undefined;

/**
 * The serve-peers venv's python: the one globalSetup installed (test/setup/python-envs.ts), or
 * installed on first use when run outside vitest's setup.
 */
export function servePeersPython(): Promise<string> {
  const installed = process.env.MODEL_CD_SERVE_PEERS_PYTHON;
  if (installed) return Promise.resolve(installed);
  venvPython ??= run('bash', [join(ROOT, 'scripts', 'py-env.sh'), 'serve-peers', '--python'], { maxBuffer: 16 << 20 }).then(({ stdout }) => stdout.trim());
  return venvPython;
}

/**
 * Saves `onnxFile` as an MLflow model folder at `outDir` (onnx flavour, pyfunc). With a signature
 * (the default) the model declares float columns (default f0..f5) and MLflow checks requests against
 * them; with `signature: false` the pyfunc wrapper feeds the DataFrame's values in the order sent.
 */
export async function saveMlflowOnnxModel(onnxFile: string, outDir: string, options: { signature?: boolean; columns?: string[] } = {}): Promise<void> {
  const args = [join(ROOT, 'test', 'integration', 'py', 'mlflow_onnx_model.py'), onnxFile, outDir];
  if (options.signature === false) args.push('--no-signature');
  else if (options.columns) args.push('--columns', options.columns.join(','));
  await run(await servePeersPython(), args, { maxBuffer: 16 << 20 });
}

/** Starts `mlflow models serve` for an MLflow model folder; resolves once GET /ping answers 200. */
export async function startMlflowServe(modelDir: string, options: { timeoutMs?: number } = {}): Promise<PeerProcess> {
  const bin = dirname(await servePeersPython());
  return startPeerProcess({
    label: `mlflow models serve -m ${modelDir}`,
    command: join(bin, 'mlflow'),
    args: (port) => ['models', 'serve', '-m', modelDir, '--env-manager', 'local', '-h', '127.0.0.1', '-p', String(port)],
    // MLflow runs `exec uvicorn ...` through bash: uvicorn must be on PATH, as in an activated venv.
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PYTHONUNBUFFERED: '1' },
    readyPath: '/ping',
    timeoutMs: options.timeoutMs ?? 90_000,
  });
}
