// check-drift against its named peers, in one run on the same machine, on the same generated CSV
// files (reference and current, --rows rows each, --cols columns: 80% numerical, a third drifted in
// mean, a third in variance, the rest unchanged; 20% categorical with 8-12 categories, some with a
// new category in current), written once per (rows, cols, seed) by bench/py/drift_peers.py into a
// scratch folder under the OS temp dir and reused by later runs:
//  1. Evidently 0.7.23's data drift preset (evidently.legacy Report + DataDriftPreset, defaults,
//     as test/drift/py/evidently_drift.py runs it), on pandas.read_csv of both files;
//  2. scipy per column after pandas.read_csv: the test Evidently picks at these sizes
//     (wasserstein_distance normed by the reference's std; jensenshannon on value shares).
// The same again on a second data set with 10x fewer rows, to show how memory grows with rows.
// The tools alternate over --runs runs (medians). check-drift (the bundled CLI) is timed from spawn
// to exit, Node start-up included (against us); the Python peers are timed inside Python from before
// read_csv to after the last test, start-up and imports excluded (in their favour; the import time
// is printed apart). Peak memory is the max RSS of each process (/usr/bin/time -v for check-drift,
// getrusage in the peers). Checks that check-drift's per-column scores (report.json) and dataset
// verdict agree with Evidently's. Reports and temp files are deleted at the end; the data stays.
//
//   npm run build && node bench/check-drift.mjs [--rows 1000000] [--cols 50] [--runs 3] [--seed 1] [--timeout-min 30]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lastLine, median, opt, root } from './lib.mjs';

const EVIDENTLY_VERSION = '0.7.23'; // pinned and hashed in scripts/tools/drift.txt

const rows = Number(opt('rows', '1000000'));
const cols = Number(opt('cols', '50'));
const runs = Number(opt('runs', '3'));
const seed = Number(opt('seed', '1'));
const timeoutMs = Number(opt('timeout-min', '30')) * 60_000;
for (const [k, v] of Object.entries({ rows, cols, runs, seed })) {
  if (!Number.isInteger(v) || v < (k === 'seed' ? 0 : 1)) throw new Error(`--${k} ${v}: expected a positive integer`);
}
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(join(root, 'dist', 'check-drift')) || !existsSync(cli)) {
  throw new Error('dist/check-drift or dist/cli/index.js is missing: run `npm run build` first');
}
const peers = join(root, 'bench', 'py', 'drift_peers.py');
const python = driftPython();
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : '';
const dir = mkdtempSync(join(tmpdir(), 'bench-drift-'));
// Without GNU time: a wrapper that runs the CLI in its own process and prints its max RSS on exit.
const wrapper = join(dir, 'maxrss.mjs');
writeFileSync(
  wrapper,
  `process.on('exit', () => process.stderr.write('\\nbench-maxrss-kb ' + process.resourceUsage().maxRSS + '\\n'));\n` +
    `process.argv.splice(1, 1);\nawait import(${JSON.stringify(pathToFileURL(cli).href)});\n`,
);

try {
  const sizes = [Math.max(1, Math.round(rows / 10)), rows];
  const results = [];
  for (const n of sizes) {
    const data = dataset(n);
    const t = { ours: [], evidently: [], scipy: [] };
    let last = {};
    for (let i = 0; i < runs; i++) {
      console.error(`bench: ${n} rows x ${cols} columns, run ${i + 1}/${runs}`);
      const o = ours(data);
      t.ours.push(o);
      last.ours = o;
      for (const peer of ['evidently', 'scipy']) {
        const p = python_(peer, data);
        t[peer].push(p);
        last[peer] = p;
      }
    }
    results.push({ n, data, t, last });
  }

  const ok = (xs) => xs.filter((x) => !x.failed);
  const secs = (ms) => `${(ms / 1000).toFixed(2).padStart(8)} s`;
  const mb = (xs) => xs.map((x) => (x.failed ? '-' : x.rssMb.toFixed(0))).join(', ');
  console.log(`check-drift vs Evidently ${evidentlyVersion()} (DataDriftPreset, evidently.legacy) and scipy ${pyVersion('scipy')} per column; pandas ${pyVersion('pandas')}, node ${process.version}`);
  console.log(`data: reference and current CSV, ${cols} columns (${Math.round(cols * 0.8)} numerical, ${cols - Math.round(cols * 0.8)} categorical), seed ${seed}; ${runs} runs each, alternating, medians`);
  console.log('ratios: peer time / check-drift time (above 1: check-drift is faster). check-drift is timed from spawn to exit');
  console.log('(Node start-up included: against us); the Python peers from before read_csv to after the last test');
  console.log('(Python start-up and imports excluded: in their favour; the import time is shown apart)');
  for (const res of results) {
    const { n, data, t } = res;
    console.log('');
    console.log(`== ${n.toLocaleString('en')} rows each (reference.csv ${fmtMb(statSync(data.ref).size)}, current.csv ${fmtMb(statSync(data.cur).size)}) ==`);
    const oursMs = median(t.ours.map((x) => x.ms));
    const row = (label, xs, extra = '') => {
      const good = ok(xs);
      if (!good.length) return console.log(`${label.padEnd(40)} did not finish: ${xs[0].failed}`);
      const ms = median(good.map((x) => x.ms));
      const ratio = label.startsWith('check-drift') ? '' : `   ${(ms / oursMs).toFixed(2)}x check-drift's time`;
      console.log(`${label.padEnd(40)} ${secs(ms)}${ratio}${extra}`);
    };
    const imports = (xs) => (ok(xs).length ? `   (+ imports ${(median(ok(xs).map((x) => x.importMs)) / 1000).toFixed(2)} s)` : '');
    row('check-drift (node dist/cli/index.js)', t.ours);
    row(`Evidently ${EVIDENTLY_VERSION} DataDriftPreset`, t.evidently, imports(t.evidently));
    row('scipy per column', t.scipy, imports(t.scipy));
    console.log(`max RSS per run, MB: check-drift ${mb(t.ours)}; Evidently ${mb(t.evidently)}; scipy ${mb(t.scipy)}`);
    agreement(res);
  }
  if (results.length === 2 && results.every((r) => ok(r.t.ours).length)) {
    const [small, big] = results.map((r) => median(r.t.ours.map((x) => x.rssMb)));
    const numValues = 2 * rows * Math.round(cols * 0.8);
    console.log('');
    console.log(`check-drift max RSS: ${small.toFixed(0)} MB at ${results[0].n.toLocaleString('en')} rows, ${big.toFixed(0)} MB at ${rows.toLocaleString('en')} rows`);
    console.log(`(numerical columns over exact-limit values are summarised, about 1 MB each; kept as values they would be`);
    console.log(` ${numValues.toLocaleString('en')} numbers on both sides = ${fmtMb(numValues * 8)} at ${rows.toLocaleString('en')} rows)`);
  }
  if (!results.every((r) => r.agree)) process.exitCode = 1;

  /** Per-column scores and verdicts of check-drift and scipy against Evidently's, on the last run. */
  function agreement(res) {
    const { last } = res;
    if (!last.ours || last.ours.failed) return;
    if (!last.evidently || last.evidently.failed) return console.log('agreement: Evidently did not finish, nothing to compare');
    const ev = last.evidently;
    // Exact scores must agree to 1e-9 relative; a summarised column's (check-drift's `bound`) within its bound.
    const cmp = (label, scores, drifted, verdict, bounds = {}) => {
      let worst = { rel: 0, col: '' };
      const missing = [];
      const outside = [];
      let bounded = 0;
      for (const [col, want] of Object.entries(ev.columns)) {
        const got = scores[col];
        if (got == null || want == null) {
          if (got !== want) missing.push(col);
          continue;
        }
        if (bounds[col]) {
          bounded++;
          if (Math.abs(got - want) > bounds[col]) outside.push(`${col} (${got} vs ${want}, bound ${bounds[col]})`);
          continue;
        }
        const rel = Math.abs(got - want) / Math.max(Math.abs(want), Number.MIN_VALUE);
        if (rel > worst.rel || !worst.col) worst = { rel, col, got, want };
      }
      const extra = Object.keys(scores).filter((c) => !(c in ev.columns));
      const flips = Object.keys(ev.drifted).filter((c) => c in drifted && drifted[c] !== ev.drifted[c]);
      const agree = !missing.length && !extra.length && !outside.length && worst.rel <= 1e-9 && verdict === ev.dataset_drift && !flips.length;
      console.log(
        `${label}: ${Object.keys(ev.columns).length} columns, max relative score difference ${worst.rel.toExponential(1)}` +
          (worst.col ? ` (${worst.col}: ${worst.got} vs ${worst.want})` : '') +
          (bounded ? `; ${bounded} summarised columns within their bound${outside.length ? ` except ${outside.join(', ')}` : ''}` : '') +
          `; column verdicts differing: ${flips.length ? flips.join(', ') : 'none'}` +
          (missing.length ? `; unscored: ${missing.join(', ')}` : '') +
          (extra.length ? `; not in Evidently: ${extra.join(', ')}` : '') +
          (agree ? '  OK' : '  MISMATCH'),
      );
      return agree;
    };
    const s = last.ours.report;
    const oursCols = Object.fromEntries(s.columns.map((c) => [c.column, c]));
    const methods = Object.entries(oursCols).filter(([c, x]) => x.method !== evMethod(ev.tests[c]));
    if (methods.length) console.log(`tests differing from Evidently's: ${methods.map(([c, x]) => `${c} (${x.method} vs ${ev.tests[c]})`).join(', ')}`);
    const count = (m) => `${Object.values(m).filter(Boolean).length}/${Object.keys(m).length}`;
    const sc = last.scipy && !last.scipy.failed ? last.scipy : null;
    console.log(`dataset drift: check-drift ${s.datasetDrift} (${s.drifted}/${s.tested} columns drifted), Evidently ${ev.dataset_drift} (${count(ev.drifted)})` + (sc ? `, scipy ${sc.dataset_drift} (${count(sc.drifted)})` : ''));
    res.agree = cmp(
      'check-drift vs Evidently',
      Object.fromEntries(s.columns.map((c) => [c.column, c.score])),
      Object.fromEntries(s.columns.map((c) => [c.column, c.drifted])),
      s.datasetDrift,
      Object.fromEntries(s.columns.filter((c) => c.bound).map((c) => [c.column, c.bound])),
    );
    if (sc) cmp('scipy vs Evidently      ', sc.columns, sc.drifted, sc.dataset_drift);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The generated pair for `n` rows, written once per (rows, cols, seed) and reused. */
function dataset(n) {
  const out = join(tmpdir(), `model-cd-bench-drift-${n}x${cols}-seed${seed}`);
  const data = { ref: join(out, 'reference.csv'), cur: join(out, 'current.csv') };
  if (existsSync(join(out, '.complete'))) return data;
  console.error(`bench: generating ${n} rows x ${cols} columns into ${out}`);
  rmSync(out, { recursive: true, force: true });
  run(python, [peers, 'generate', out, '--rows', String(n), '--cols', String(cols), '--seed', String(seed)]);
  return data;
}

/** One check-drift run: wall time from spawn to exit, max RSS, and its report.json. */
function ours(data) {
  const reportDir = mkdtempSync(join(dir, 'report-'));
  const argv = [cli, 'check-drift', '--reference', data.ref, '--current', data.cur, '--fail-on-drift', 'false', '--report-dir', reportDir];
  const r = gnuTime ? timed(gnuTime, ['-v', process.execPath, ...argv]) : timed(process.execPath, [wrapper, ...argv]);
  if (r.failed) return r;
  const kb = gnuTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) : /^bench-maxrss-kb (\d+)$/m.exec(r.stderr);
  if (!kb) throw new Error(`no max RSS in the check-drift run's stderr: ${r.stderr.slice(-1000)}`);
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8'));
  rmSync(reportDir, { recursive: true, force: true });
  return { ms: r.ms, rssMb: Number(kb[1]) / 1024, report };
}

/** One Python peer run (timed in-process); a timeout or a crash (e.g. out of memory) is recorded. */
function python_(peer, data) {
  const r = timed(python, [peers, peer, data.ref, data.cur]);
  if (r.failed) return r;
  const j = JSON.parse(lastLine(r.stdout));
  return { ms: j.seconds * 1000, importMs: j.import_seconds * 1000, rssMb: j.max_rss_mb, columns: j.columns, drifted: j.drifted, tests: j.tests, dataset_drift: j.dataset_drift };
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.slice(0, 3).join(' ')} exited ${r.status}: ${(r.stderr || r.error?.message || '').slice(-2000)}`);
  return r;
}

/** Like run, but a timeout, a signal (the OOM killer) or an error exit is returned as { failed }. */
function timed(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26, timeout: timeoutMs, killSignal: 'SIGKILL' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const what = argv.find((a) => /check-drift$|^evidently$|^scipy$/.test(a)) ?? cmd;
  if (r.error?.code === 'ETIMEDOUT' || (r.signal && ms >= timeoutMs)) {
    console.error(`bench: ${what} stopped after ${(ms / 60000).toFixed(1)} min (--timeout-min)`);
    return { failed: `stopped after ${(ms / 60000).toFixed(1)} min (--timeout-min ${timeoutMs / 60000})`, ms };
  }
  // GNU time exits with the child's status, or 128+signal when the child was killed.
  const killed = r.signal || (gnuTime && cmd === gnuTime && /Command terminated by signal (\d+)/.exec(r.stderr)?.[0]);
  if (killed || r.status !== 0) {
    const why = killed ? `killed (${killed}; out of memory?)` : `exited ${r.status}`;
    console.error(`bench: ${what} ${why}: ${(r.stderr || r.error?.message || '').slice(-1500)}`);
    return { failed: why, ms };
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}


/** The drift environment's python (scripts/py-env.sh installs it when missing). */
function driftPython() {
  const r = spawnSync('bash', [join(root, 'scripts', 'py-env.sh'), 'drift', '--python'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/py-env.sh drift --python exited ${r.status}`);
  return lastLine(r.stdout);
}

function pyVersion(pkg) {
  return spawnSync(python, ['-c', `import importlib.metadata as m; print(m.version("${pkg}"))`], { encoding: 'utf8' }).stdout.trim();
}

function evidentlyVersion() {
  return pyVersion('evidently') || EVIDENTLY_VERSION;
}

/** Evidently's display name of a test -> check-drift's method name. */
function evMethod(display) {
  return { 'Wasserstein distance (normed)': 'wasserstein', 'Jensen-Shannon distance': 'jensenshannon', 'K-S p_value': 'ks', 'chi-square p_value': 'chisquare', 'Z-test p_value': 'z' }[display] ?? display;
}

function fmtMb(n) {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${(n / 1e6).toFixed(1)} MB`;
}
