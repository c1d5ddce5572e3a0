// DL-rule parity between hadolint and our lint-dockerfile, as a library: the
// CLI (scripts/parity.mjs) and a vitest test both call runParity().
//
// Both linters run over the same Dockerfiles with test/corpus/hadolint-all.yaml;
// their findings are reduced to (file, line, code) keys for DL codes only
// (hadolint has no switch to turn ShellCheck off, so SC codes are dropped from
// both sides; ours also runs with --shellcheck off) and compared as sets.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_CONFIG = join(REPO_ROOT, 'test/corpus/hadolint-all.yaml');
export const DEFAULT_HAND_DIR = join(REPO_ROOT, 'test/corpus/hand');
export const DEFAULT_CLI = join(REPO_ROOT, 'dist/cli/index.js');
export const DEFAULT_GENERATED = 300;
export const DEFAULT_CHUNK = 100;

const DL_CODE = /^DL\d{4}$/;

// ---------------------------------------------------------------- corpus

/** Dockerfiles under the given folders (or the files themselves), sorted. */
export function collectFiles(paths) {
  const out = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (name.endsWith('.Dockerfile') || name === 'Dockerfile' || name.startsWith('Dockerfile.')) out.push(join(abs, name));
      }
    } else out.push(abs);
  }
  return out;
}

/** Writes `count` generated Dockerfiles into a fresh temp folder (or `dir`). */
export async function generateInto({ count = DEFAULT_GENERATED, seed, dir } = {}) {
  const { writeCorpus, DEFAULT_SEED } = await import(join(REPO_ROOT, 'test/corpus/generate.mjs'));
  const target = dir ?? mkdtempSync(join(tmpdir(), 'model-cd-parity-'));
  const files = writeCorpus(target, { count, seed: seed ?? DEFAULT_SEED });
  return { dir: target, files, cleanup: () => (dir ? undefined : rmSync(target, { recursive: true, force: true })) };
}

// ---------------------------------------------------------------- running the linters

function exec(bin, args, { cwd }) {
  return new Promise((resolvePromise, reject) => {
    execFile(bin, args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout, stderr) => {
      // a non-zero exit is fine as long as the report came out
      if (error && error.code === 'ENOENT') reject(new Error(`${bin}: not found (is it on PATH?)`));
      else resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function chunks(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

async function pool(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, tasks.length)) }, worker));
  return results;
}

function parseJsonReport(text, who) {
  const trimmed = text.trim();
  if (!trimmed) return [];
  try {
    return JSON.parse(trimmed);
  } catch {
    // tolerate log lines around the report: take the outermost array
    const start = trimmed.indexOf('[');
    const end = trimmed.lastIndexOf(']');
    if (start >= 0 && end > start) return JSON.parse(trimmed.slice(start, end + 1));
    throw new Error(`${who}: output is not a JSON report: ${trimmed.slice(0, 200)}`);
  }
}

/** hadolint -f json over all files, in chunks; findings as hadolint prints them. */
export async function runHadolint(files, { bin = process.env.HADOLINT || 'hadolint', config = DEFAULT_CONFIG, chunk = DEFAULT_CHUNK, cwd = REPO_ROOT, jobs } = {}) {
  const tasks = chunks(files, chunk).map((part) => async () => {
    const res = await exec(bin, ['--config', config, '-f', 'json', '--no-fail', ...part], { cwd });
    if (!res.stdout.trim() && res.code !== 0) throw new Error(`hadolint exited ${res.code}: ${res.stderr.trim()}`);
    return parseJsonReport(res.stdout, 'hadolint');
  });
  return (await pool(tasks, jobs ?? availableParallelism())).flat();
}

/** Our CLI (`lint-dockerfile --format json`) over all files, in chunks. */
export async function runOurs(files, { cli = DEFAULT_CLI, node = process.execPath, config = DEFAULT_CONFIG, chunk = DEFAULT_CHUNK, cwd = REPO_ROOT, jobs } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} does not exist: build first (npm run build)`);
  const outDir = mkdtempSync(join(tmpdir(), 'model-cd-parity-ours-'));
  try {
    const tasks = chunks(files, chunk).map((part, i) => async () => {
      const outFile = join(outDir, `report-${i}.json`);
      const args = [
        cli,
        'lint-dockerfile',
        '--config', config,
        '--format', 'json',
        '--no-fail', 'true',
        '--shellcheck', 'off',
        '--annotations', 'false',
        '--output-file', outFile,
        '--files', ...part,
      ];
      const res = await exec(node, args, { cwd });
      if (existsSync(outFile)) return parseJsonReport(readFileSync(outFile, 'utf8'), 'lint-dockerfile');
      if (res.code !== 0) throw new Error(`lint-dockerfile exited ${res.code}: ${(res.stderr || res.stdout).trim().slice(0, 2000)}`);
      return parseJsonReport(res.stdout, 'lint-dockerfile');
    });
    return (await pool(tasks, jobs ?? availableParallelism())).flat();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- comparison

/**
 * Reduce findings to DL keys. With `multiset`, repeated (file, line, code)
 * findings (e.g. one DL3049 per missing label) count separately.
 */
export function findingKeys(findings, { cwd = REPO_ROOT, multiset = false } = {}) {
  const keys = new Map(); // key -> { file, line, code, message }
  const seen = new Map();
  for (const f of findings) {
    if (!DL_CODE.test(String(f.code))) continue;
    const file = resolve(cwd, String(f.file));
    const base = `${file}\t${Number(f.line)}\t${f.code}`;
    let key = base;
    if (multiset) {
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      key = `${base}\t#${n}`;
    }
    if (!keys.has(key)) keys.set(key, { file, line: Number(f.line), code: String(f.code), message: f.message });
  }
  return keys;
}

/** Compare two finding lists; per-rule counts and the disagreeing keys. */
export function compareFindings(hadolintFindings, ourFindings, options = {}) {
  const h = findingKeys(hadolintFindings, options);
  const o = findingKeys(ourFindings, options);
  const rules = new Map();
  const row = (code) => {
    if (!rules.has(code)) rules.set(code, { rule: code, hadolint: 0, ours: 0, both: 0, onlyHadolint: [], onlyOurs: [] });
    return rules.get(code);
  };
  for (const [key, v] of h) {
    const r = row(v.code);
    r.hadolint++;
    if (o.has(key)) r.both++;
    else r.onlyHadolint.push(v);
  }
  for (const [key, v] of o) {
    const r = row(v.code);
    r.ours++;
    if (!h.has(key)) r.onlyOurs.push(v);
  }
  const sorted = [...rules.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  const byPos = (a, b) => a.file.localeCompare(b.file) || a.line - b.line;
  for (const r of sorted) {
    r.onlyHadolint.sort(byPos);
    r.onlyOurs.sort(byPos);
  }
  const disagreements = sorted.reduce((n, r) => n + r.onlyHadolint.length + r.onlyOurs.length, 0);
  return { rules: sorted, disagreements, agree: disagreements === 0 };
}

/** Per-rule hadolint counts (findings, not keys) and files with parse errors. */
export function countByRule(findings) {
  const counts = new Map();
  for (const f of findings) {
    if (!DL_CODE.test(String(f.code))) continue;
    counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// ---------------------------------------------------------------- reporting

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatComparison(comparison, { show = 5, cwd = REPO_ROOT } = {}) {
  const rows = comparison.rules.map((r) => [r.rule, r.hadolint, r.ours, r.both, r.onlyHadolint.length, r.onlyOurs.length]);
  const total = comparison.rules.reduce(
    (t, r) => [t[0] + r.hadolint, t[1] + r.ours, t[2] + r.both, t[3] + r.onlyHadolint.length, t[4] + r.onlyOurs.length],
    [0, 0, 0, 0, 0],
  );
  rows.push(['total', ...total]);
  const out = [table(['rule', 'hadolint', 'ours', 'both', 'only-hadolint', 'only-ours'], rows)];
  const rel = (f) => {
    const r = relative(cwd, f);
    return r.startsWith('..') ? f : r;
  };
  for (const r of comparison.rules) {
    if (!r.onlyHadolint.length && !r.onlyOurs.length) continue;
    out.push('', `${r.rule}: ${r.onlyHadolint.length} only in hadolint, ${r.onlyOurs.length} only in ours`);
    for (const d of r.onlyHadolint.slice(0, show)) out.push(`  hadolint only  ${rel(d.file)}:${d.line}  ${oneLine(d.message)}`);
    if (r.onlyHadolint.length > show) out.push(`  ... ${r.onlyHadolint.length - show} more only in hadolint`);
    for (const d of r.onlyOurs.slice(0, show)) out.push(`  ours only      ${rel(d.file)}:${d.line}  ${oneLine(d.message)}`);
    if (r.onlyOurs.length > show) out.push(`  ... ${r.onlyOurs.length - show} more only in ours`);
  }
  out.push('', comparison.agree ? 'parity: all DL findings agree' : `parity: ${comparison.disagreements} disagreement(s)`);
  return out.join('\n');
}

function oneLine(text) {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > 100 ? `${s.slice(0, 99)}…` : s;
}

export function formatCounts(counts, { files } = {}) {
  const rows = counts.map(([code, n]) => [code, n]);
  const total = counts.reduce((s, [, n]) => s + n, 0);
  rows.push(['total', total]);
  const head = files !== undefined ? `hadolint findings over ${files} files\n` : '';
  return head + table(['rule', 'hadolint'], rows);
}

// ---------------------------------------------------------------- one call

/**
 * Run the whole parity check.
 *   corpus:    folders/files to lint; default the hand corpus
 *   generated: how many generated files to add (0 for none), `seed` for them
 *   hadolintOnly: skip our linter
 */
export async function runParity({
  corpus = [DEFAULT_HAND_DIR],
  generated = DEFAULT_GENERATED,
  seed,
  genDir,
  config = DEFAULT_CONFIG,
  hadolint,
  cli,
  chunk = DEFAULT_CHUNK,
  jobs,
  multiset = false,
  hadolintOnly = false,
} = {}) {
  if (!hadolintOnly && !existsSync(cli ?? DEFAULT_CLI)) throw new Error(`${cli ?? DEFAULT_CLI} does not exist: build first (npm run build)`);
  const files = collectFiles(corpus);
  let gen = null;
  if (generated > 0) {
    gen = await generateInto({ count: generated, seed, dir: genDir });
    files.push(...gen.files.map((f) => resolve(f)));
  }
  try {
    const hadolintFindings = await runHadolint(files, { bin: hadolint, config, chunk, jobs });
    const parseErrors = hadolintFindings.filter((f) => f.code === 'DL1000').map((f) => `${f.file}:${f.line}`);
    if (hadolintOnly) return { files, hadolint: hadolintFindings, counts: countByRule(hadolintFindings), parseErrors };
    const ourFindings = await runOurs(files, { cli, config, chunk, jobs });
    const comparison = compareFindings(hadolintFindings, ourFindings, { multiset });
    return { files, hadolint: hadolintFindings, ours: ourFindings, counts: countByRule(hadolintFindings), parseErrors, comparison };
  } finally {
    gen?.cleanup();
  }
}
