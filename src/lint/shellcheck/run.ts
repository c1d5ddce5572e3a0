// Runs ShellCheck over every RUN script of every linted file in a few processes (one per core;
// not one per script, as start-up is much of its cost) and maps findings back to the RUN lines.
import { execFile } from 'node:child_process';
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

/** Findings per script, keyed like the input. Throws if the binary cannot run. */
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
      Array.from({ length: slices }, (_, i) => run(binary, ['--format=json1', `--exclude=${EXCLUDED.join(',')}`, '--severity=style', ...files.slice(i * size, (i + 1) * size)])),
    );
    // hadolint reports each (code, message) once per RUN.
    const byScript = new Map<string, Map<string, ExternalHit>>();
    for (const out of outputs) {
      for (const c of (JSON.parse(out) as Json1).comments) {
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

function run(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      // shellcheck exits 1 when it has findings; only 2+ (or no output) is a failure.
      const code = err && typeof err.code === 'number' ? err.code : err ? -1 : 0;
      if (code === 0 || (code === 1 && stdout)) resolve(stdout);
      else reject(new Error(`shellcheck failed (${err?.message ?? code}): ${stderr.trim()}`));
    });
  });
}
