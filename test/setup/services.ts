// vitest globalSetup: starts the real S3, MLflow, OCI registry and Prometheus servers (scripts/services.sh
// `all`: s3, mlflow, registry, registry-auth, registry-token, moto, prometheus; installs them on a fresh machine, a
// no-op when they already run) and hands their addresses to the tests.
//
// globalSetup runs in vitest's main process before the test workers exist, and vitest 3 builds
// each worker's environment from process.env when it starts the run, so variables set here reach
// every test file (and the Python processes the tests spawn) without inject().
//
// Services are left running for the next run; MODEL_CD_STOP_SERVICES=1 stops them at the end.
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseExports } from './env.js';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'services.sh');

// Lines of progress (installs, ports) go straight to the terminal.
function services(...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`bash scripts/services.sh ${args.join(' ')} exited with ${code}`)),
    );
  });
}

export async function setup(): Promise<void> {
  await services('start', 'all');
  const { stdout } = await promisify(execFile)('bash', [SCRIPT, 'env', 'all']);
  Object.assign(process.env, parseExports(stdout));
}

export async function teardown(): Promise<void> {
  if (process.env.MODEL_CD_STOP_SERVICES === '1') await services('stop', 'all');
}
