// Runs ShellCheck over every RUN script of every linted file in a few processes (one per core;
// not one per script, as start-up is much of its cost) and maps findings back to the RUN lines.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExternalHit } from '../lint.js';
import type { Severity } from '../rule.js';
import type { RunScript } from './scripts.js';

// Codes hadolint excludes: ash is not supported, and `source` directives cannot be written in a RUN.
const EXCLUDED = ['2187', '1090', '1091'];

interface Json1 {
  comments: { file: string; level: string; code: number; message: string }[];
}

/** ShellCheck could not be used (it failed, hung or printed something else); the SC checks are skipped. */
export class ShellcheckError extends Error {
  override readonly name = 'ShellcheckError';
}

// ShellCheck takes tens of milliseconds on a typical RUN script; 200 ms each is several times
// that, and 10 s covers the start of a cold binary on a loaded runner. Past it the binary is
// taken as hung, so a stuck tool costs a bounded wait, not the job's 6-hour limit.
export const timeoutMs = (scripts: number) => 10_000 + 200 * scripts;

/** Findings per script, keyed like the input. Throws ShellcheckError if the binary cannot be used. */
export async function shellcheck(binary: string, scripts: Map<string, RunScript[]>): Promise<Map<string, ExternalHit[]>> {
  const result = new Map<string, ExternalHit[]>();
  const all = [...scripts.entries()].flatMap(([key, list]) => list.map((s) => ({ key, s })));
  if (all.length === 0) return result;
  // Identical scripts (common across the Dockerfiles of one repository) are checked once.
  const unique = [...new Set(all.map(({ s }) => s.script))];
  const dir = await mkdtemp(join(tmpdir(), 'model-cd-shellcheck-'));
  try {
    const files = unique.map((_, i) => join(dir, `${i}.sh`));
    await Promise.all(unique.map((script, i) => writeFile(files[i] as string, script)));
    // ShellCheck is single-threaded: one process per core, each on a slice of the scripts.
    const slices = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 50)));
    const size = Math.ceil(files.length / slices);
    const outputs = await Promise.all(
      Array.from({ length: slices }, (_, i) => {
        const slice = files.slice(i * size, (i + 1) * size);
        return run(binary, ['--format=json1', `--exclude=${EXCLUDED.join(',')}`, '--severity=style', ...slice], timeoutMs(slice.length));
      }),
    );
    // hadolint reports each (code, message) once per RUN.
    const byScript = new Map<string, Map<string, ExternalHit>>();
    for (const out of outputs) {
      for (const c of parseJson1(binary, out)) {
        const script = unique[files.indexOf(c.file)];
        if (script === undefined) continue;
        const hits = byScript.get(script) ?? new Map<string, ExternalHit>();
        hits.set(`${c.code}:${c.message}`, { line: 0, code: `SC${c.code}`, severity: level(c.level), message: c.message });
        byScript.set(script, hits);
      }
    }
    for (const { key, s } of all) {
      const hits = byScript.get(s.script);
      if (!hits) continue;
      const list = result.get(key) ?? [];
      for (const h of hits.values()) list.push({ ...h, line: s.line });
      result.set(key, list);
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function level(l: string): Severity {
  return l === 'warning' || l === 'info' || l === 'style' ? l : 'error';
}

function parseJson1(binary: string, out: string): Json1['comments'] {
  let doc: Json1 | null = null;
  try {
    doc = JSON.parse(out) as Json1;
  } catch {
    // reported below
  }
  if (!Array.isArray(doc?.comments)) {
    throw new ShellcheckError(`${binary} printed something that is not ShellCheck's json1 output (${JSON.stringify(out.trim().slice(0, 80))})`);
  }
  return doc.comments;
}

function run(binary: string, args: string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also ends what a wrapper script started.
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        process.kill(process.platform === 'win32' ? (child.pid as number) : -(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
      // A grandchild may still hold the pipes open: do not wait for them to close.
      child.stdout.destroy();
      child.stderr.destroy();
      reject(new ShellcheckError(`${binary} did not finish within ${Math.round(timeout / 1000)} s and was stopped`));
    }, timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ShellcheckError(`${binary} could not be started (${e.message})`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // shellcheck exits 1 when it has findings; only 2+ (or no output) is a failure.
      if (code === 0 || (code === 1 && stdout)) resolve(stdout);
      else reject(new ShellcheckError(`${binary} ${signal ? `was ended by ${signal}` : `exited with ${code}`}${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ' and printed no result'}`));
    });
  });
}
