// Starts `model-cd serve` the way an image runs it (node dist/serve/index.js, flags and env) on a
// free port of 127.0.0.1, and waits for its "ready" log line. For tests of serve and of what talks
// to it (test-endpoint, rollout).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixtures } from '../../setup/fixtures.js';
import { machineEnv, ROOT } from '../../harness.js';

export interface Served {
  url: string;
  proc: ChildProcess;
  /** Every stdout line so far, parsed (the JSON log). */
  logs: Record<string, unknown>[];
  stderr: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export const SERVE_BUNDLE = join(ROOT, 'dist', 'serve', 'index.js');

/** The process ends before it is ready: its exit code and output, for tests of start-up errors. */
export async function serveFails(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [SERVE_BUNDLE, ...args], { env: { ...machineEnv(), HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (c: Buffer) => (stdout += c));
  proc.stderr.on('data', (c: Buffer) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}

export async function startServe(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<Served> {
  const proc = spawn(process.execPath, [SERVE_BUNDLE, '--port', '0', ...args], { env: { ...machineEnv(), HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let partial = '';
  proc.stderr?.on('data', (c: Buffer) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve was not ready within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    proc.stdout?.on('data', (c: Buffer) => {
      partial += c.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'ready') {
          clearTimeout(timer);
          resolve(entry.url as string);
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before it was ready; stderr: ${stderr}`));
    });
  });
  return {
    url,
    proc,
    logs,
    stderr: () => stderr,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}

const ORT_PREDICT = join(ROOT, 'test', 'evaluate', 'py', 'ort_predict.py');

/** Python onnxruntime's predictions of the same rows: the oracle (test/evaluate/py/ort_predict.py). */
export interface Oracle {
  labels: string[] | null;
  probabilities: number[][] | null;
  classes: string[] | null;
  values: number[] | null;
}

export async function pythonPredict(model: string, data: string, features: unknown, labelOutput: string, probaOutput = ''): Promise<Oracle> {
  const { stdout } = await promisify(execFile)(fixtures().python, [ORT_PREDICT, model, data, JSON.stringify(features), labelOutput, probaOutput], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Oracle;
}
