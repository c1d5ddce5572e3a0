// Runs one of the oracle scripts in test/integration/py with the MLflow venv's Python (the real
// MLflow client, boto3): the tracking URI and S3 variables come from the environment that
// test/setup/services.ts set. Scripts print one JSON object on their last line of stdout.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { servicesEnv } from './env.js';

const PY = join(import.meta.dirname, '..', 'integration', 'py');

export function runPython<T>(script: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(servicesEnv().mlflow.python, [join(PY, script), ...args], { env: { ...process.env, PYTHONUTF8: '1', ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${script} failed: ${error.message}\n${stderr}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T);
      } catch {
        reject(new Error(`${script} printed no JSON:\n${stdout}\n${stderr}`));
      }
    });
  });
}
