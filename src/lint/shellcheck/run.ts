// Runs one shellcheck process over every RUN script of every linted file (process start-up is
// most of ShellCheck's cost) and maps its findings back to the RUN lines.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
  const dir = await mkdtemp(join(tmpdir(), 'model-cd-shellcheck-'));
  try {
    const files = all.map((_, i) => join(dir, `${i}.sh`));
    await Promise.all(all.map(({ s }, i) => writeFile(files[i] as string, s.script)));
    const out = await run(binary, ['--format=json1', `--exclude=${EXCLUDED.join(',')}`, '--severity=style', ...files]);
    const parsed = JSON.parse(out) as Json1;
    const seen = new Set<string>();
    for (const c of parsed.comments) {
      const index = files.indexOf(c.file);
      const entry = all[index];
      if (!entry) continue;
      const dedupe = `${index}:${c.code}:${c.message}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const hits = result.get(entry.key) ?? [];
      hits.push({ line: entry.s.line, code: `SC${c.code}`, severity: level(c.level), message: c.message });
      result.set(entry.key, hits);
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
