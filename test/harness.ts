// Runs a built bundle in a child process exactly as the GitHub runner does: inputs as INPUT_*
// variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, GITHUB_WORKSPACE as the
// working directory. Returns what a workflow author would see.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

/**
 * What a child process keeps of this machine's environment: PATH, and the TLS and proxy settings a
 * runner has too (a network that inspects TLS gives its CA through NODE_EXTRA_CA_CERTS; without it
 * every download fails certificate verification). Nothing else leaks into the step.
 */
export function machineEnv(): Record<string, string> {
  const keep = ['PATH', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k] as string]));
}

export interface WorkflowCommand {
  command: string;
  props: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number;
  outputs: Record<string, string>;
  commands: WorkflowCommand[];
  /** Annotations (error, warning, notice commands). */
  annotations: WorkflowCommand[];
  masks: string[];
  summary: string;
  stdout: string;
  stderr: string;
}

export interface StepOptions {
  inputs?: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  /** Node binary; defaults to the one running the tests. */
  node?: string;
  stdin?: string;
}

function unescape(s: string): string {
  return s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
    }
    out.push({ command: m[1] as string, props, message: unescape(m[3] as string) });
  }
  return out;
}

/** Parses the `name<<delimiter` blocks the runner's output file holds. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string);
      out[m[1] as string] = value.join('\n');
    } else if ((lines[i] as string).includes('=')) {
      const line = lines[i] as string;
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export async function runStep(action: string, opts: StepOptions): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'model-cd-step-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_ENV: join(dir, 'env') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Record<string, string> = {
    ...machineEnv(),
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: dir,
    ...files,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const bundle = join(ROOT, 'dist', action, 'index.js');
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(opts.node ?? process.execPath, [bundle], { cwd: opts.workspace, env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c ?? -1, stdout, stderr }));
      child.stdin.end(opts.stdin ?? '');
    });
    const commands = parseCommands(stdout);
    return {
      exitCode: code,
      outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      commands,
      annotations: commands.filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice'),
      masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      stdout,
      stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
