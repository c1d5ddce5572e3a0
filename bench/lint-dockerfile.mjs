// lint-dockerfile against hadolint (the named peer), in one run on the same machine:
//  1. wall time over a generated 1000-file corpus, one process each, process start included;
//  2. cold start: spawn to first byte of output, one small Dockerfile, median of several runs.
// Prints ratios (hadolint time / ours); higher is better for us. Also checks that both report
// the same (file, line, rule) set for DL rules on the corpus, so the speed is for equal work.
//
//   npm run build && node bench/lint-dockerfile.mjs [--count 1000] [--runs 5]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, opt, root } from './lib.mjs';

const count = Number(opt('count', '1000'));
const runs = Number(opt('runs', '5'));
const hadolint = process.env.HADOLINT ?? 'hadolint';
const cli = join(root, 'dist', 'cli', 'index.js');
const bundle = join(root, 'dist', 'lint-dockerfile', 'index.js');

const dir = mkdtempSync(join(tmpdir(), 'bench-lint-'));
try {
  spawnSync(process.execPath, [join(root, 'test', 'corpus', 'generate.mjs'), '--out', dir, '--count', String(count)], { stdio: 'inherit' });
  const files = readdirSync(dir).filter((f) => f.endsWith('Dockerfile')).sort();
  const cfg = join(dir, 'empty.yaml');
  writeFileSync(cfg, '{}\n');

  const hadolintArgs = ['--config', cfg, '--no-fail', '-f', 'json', ...files];
  const oursArgs = (sc) => [cli, 'lint-dockerfile', '--config', cfg, '--no-fail', '--format', 'json', '--annotations', 'false', '--shellcheck', sc, '--files', ...files];

  const time = (cmd, argv) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return { ms, out: r.stdout };
  };
  const dlSet = (json) =>
    new Set(
      JSON.parse(json)
        .filter((f) => f.code.startsWith('DL'))
        .map((f) => `${f.file}:${f.line}:${f.code}`),
    );

  // Warm the file cache once, then alternate the tools so drift in machine load hits both.
  time(hadolint, hadolintArgs);
  const h = [];
  const o = [];
  const osc = [];
  let hOut = '';
  let oOut = '';
  for (let i = 0; i < runs; i++) {
    const a = time(hadolint, hadolintArgs);
    const b = time(process.execPath, oursArgs('off'));
    const c = time(process.execPath, oursArgs('auto'));
    h.push(a.ms);
    o.push(b.ms);
    osc.push(c.ms);
    hOut = a.out;
    oOut = b.out;
  }
  const hs = dlSet(hOut);
  const os = dlSet(oOut);
  const same = hs.size === os.size && [...hs].every((x) => os.has(x));

  const firstByte = (cmd, argv, env) =>
    new Promise((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const child = spawn(cmd, argv, { cwd: dir, env: { ...process.env, ...env } });
      let done = false;
      child.stdout.once('data', () => {
        done = true;
        resolve(Number(process.hrtime.bigint() - t0) / 1e6);
      });
      child.on('error', reject);
      child.on('close', () => !done && reject(new Error(`${cmd} printed nothing`)));
    });
  const one = files.find((f) => f.endsWith('.Dockerfile')) ?? files[0];
  const coldOurs = [];
  const coldHadolint = [];
  for (let i = 0; i < 15; i++) {
    coldOurs.push(await firstByte(process.execPath, [bundle], { INPUT_FILES: one, INPUT_SHELLCHECK: 'off', 'INPUT_NO-FAIL': 'true', GITHUB_WORKSPACE: dir }));
    coldHadolint.push(await firstByte(hadolint, ['--no-fail', one], {}));
  }

  const fmt = (x) => x.toFixed(0).padStart(7);
  console.log(`corpus: ${files.length} generated Dockerfiles; ${runs} runs each, medians; node ${process.version}`);
  console.log(`DL findings identical (file, line, rule): ${same ? 'yes' : 'NO'} (${hs.size} hadolint, ${os.size} ours)`);
  console.log(`hadolint ${hadolintVersion()}                  ${fmt(median(h))} ms`);
  console.log(`lint-dockerfile, ShellCheck off     ${fmt(median(o))} ms   ${(median(h) / median(o)).toFixed(1)}x faster than hadolint`);
  console.log(`lint-dockerfile, ShellCheck on      ${fmt(median(osc))} ms   ${(median(h) / median(osc)).toFixed(1)}x faster than hadolint`);
  console.log(`cold start, spawn to first output:  ours ${median(coldOurs).toFixed(0)} ms, hadolint ${median(coldHadolint).toFixed(0)} ms (median of 15)`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function hadolintVersion() {
  return spawnSync(hadolint, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').at(-1);
}
