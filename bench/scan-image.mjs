// scan-image against its named peers, trivy and grype run by hand on the same image, in one run on
// the same machine:
//  1. warm scans (DB cached, trivy's layer cache under cache-dir/trivy/fanal filled by an untimed
//     first scan) of the example serving image, spawn to exit:
//       a. `node dist/cli/index.js scan-image --image oci:<layout>:serve --scanner X --scanner-path
//          <binary> --cache-dir <cache> --offline true` (the CLI runs the action's own entry), and
//          the action's bundle as the runner runs it (dist/scan-image/index.js, INPUT_* variables);
//       b. the scanner by hand, with the flags that give the same JSON report:
//          trivy: `trivy image --input <layout>:serve --format json --output <file> --list-all-pkgs
//          --scanners vuln --cache-dir <cache>/trivy --skip-db-update --skip-java-db-update
//          --offline-scan --skip-version-check --disable-telemetry --quiet` (the flags scan-image
//          passes, written out here); `trivy convert` of that report to CycloneDX is timed on its
//          own, since scan-image writes the SBOM too;
//          grype: `grype oci-dir:<layout> -o json=<file> --quiet` with GRYPE_DB_CACHE_DIR and the
//          DB's update and age checks off, and the same with `-o cyclonedx-json=<file>` added (the
//          one run in which scan-image gets both files).
//     Overhead = a / b - 1, target under 10%. Where our time goes beyond the scan: Node's start,
//     the bundle's load, grype's `db status` probe, trivy convert (the version probes are timed for
//     reference: scan-image runs one only after a failed scan),
//     each timed as its own spawn; the rest is our own work (reading and writing the reports).
//  2. a second scan of unchanged layers: each round a new cache folder holding the DB only, scanned
//     twice (the first fills trivy's layer cache, the second reuses it), by scan-image and by hand.
//     grype keeps no layer cache (its only cache is the DB), so its two scans are the same work.
// The image is what build-push makes with `runtime: serve` on a Node base made with nothing pulled
// (test/integration/node-base.ts, cached in the state folder): Node 24, busybox, the serve runtime
// with onnxruntime-node, the example model and its contract. The DBs are the scan tests' DBs, built
// from test/setup/scan/advisories.json (bench/scan-image-prep.ts). Tools alternate, order flipped
// every round, --runs rounds, medians. The machine's load average is printed.
//
//   npm run build && node bench/scan-image.mjs [--runs 5]
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastLine, median, opt, root } from './lib.mjs';

const runs = Number(opt('runs', '5'));
const cli = join(root, 'dist', 'cli', 'index.js');
const action = join(root, 'dist', 'scan-image', 'index.js');
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/cli/index.js or dist/scan-image/index.js is missing: run `npm run build` first');

const tool = (args) => {
  const r = spawnSync('bash', [join(root, 'scripts', 'setup-tools.sh'), ...args], { encoding: 'utf8' });
  const path = r.stdout.trim();
  if (r.status !== 0 || !existsSync(path)) throw new Error(`scripts/setup-tools.sh ${args.join(' ')} printed ${path || 'nothing'}: install it with bash scripts/setup-tools.sh`);
  return path;
};
const node = tool(['--node24']);
const bin = { trivy: tool(['--bin', 'trivy']), grype: tool(['--bin', 'grype']) };
// Nothing from a CI job's environment: the CLI would write to its files.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && !k.startsWith('RUNNER_')));

const dir = join(tmpdir(), `bench-scan-image-${Date.now()}-${randomBytes(3).toString('hex')}`);
mkdirSync(dir);
try {
  console.error('bench: the Node base image and the test DBs (bench/scan-image-prep.ts)');
  const prep = JSON.parse(lastLine((await run(join(root, 'node_modules', '.bin', 'vite-node'), [join(root, 'bench', 'scan-image-prep.ts'), '--', '--out', join(dir, 'prep')], { cwd: root })).stdout));

  console.error('bench: building the serving image (build-push, runtime: serve)');
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, 'model'), { recursive: true });
  for (const f of ['candidate.onnx', 'model-contract.yaml']) copyFileSync(join(root, 'examples', 'model', f), join(ws, 'model', f));
  const layout = join(dir, 'image');
  await run(node, [cli, 'build-push', '--base', `oci:${prep.base}:${prep.baseTag}`, '--model', 'model/candidate.onnx', '--contract', 'model/model-contract.yaml', '--runtime', 'serve', '--model-name', 'candidate', '--tags', `oci:${layout}:serve`, '--cache-dir', prep.ortCache], { cwd: ws });
  const image = `oci:${layout}:serve`;
  const layers = imageLayers(layout);

  /** A scan-image cache folder holding the test DBs only (no layer cache). */
  const freshCache = (name) => {
    const c = join(dir, name);
    rmSync(c, { recursive: true, force: true });
    cpSync(prep.trivyCache, join(c, 'trivy'), { recursive: true });
    cpSync(prep.grypeCache, join(c, 'grype'), { recursive: true });
    return c;
  };
  const out = join(dir, 'out');
  mkdirSync(out);
  const grypeEnv = (cache) => ({ GRYPE_DB_CACHE_DIR: join(cache, 'grype'), GRYPE_DB_AUTO_UPDATE: 'false', GRYPE_DB_VALIDATE_AGE: 'false', GRYPE_CHECK_FOR_APP_UPDATE: 'false' });

  const ours = (scanner, cache) => run(node, [cli, 'scan-image', '--image', image, '--scanner', scanner, '--scanner-path', bin[scanner], '--cache-dir', cache, '--offline', 'true', '--report-dir', join(out, `ours-${scanner}`)], { cwd: ws, codes: [0, 1] });
  /** The action's bundle as the runner starts it: inputs as INPUT_* variables, the runner's files. */
  const oursAction = (scanner, cache) => {
    const step = mkdtempSync(join(dir, 'step-'));
    const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV'].map((k) => [k, join(step, k.toLowerCase())]));
    for (const f of Object.values(files)) writeFileSync(f, '');
    const inputs = { image, scanner, 'scanner-path': bin[scanner], 'cache-dir': cache, offline: 'true', 'report-dir': join(out, `action-${scanner}`) };
    const env = { ...childEnv, ...files, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, RUNNER_TEMP: step, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) };
    return run(node, [action], { cwd: ws, env, codes: [0, 1] }).finally(() => rmSync(step, { recursive: true, force: true }));
  };
  const trivyArgs = (cache, output) => ['image', '--input', `${layout}:serve`, '--format', 'json', '--output', output, '--list-all-pkgs', '--scanners', 'vuln', '--cache-dir', join(cache, 'trivy'), '--skip-db-update', '--skip-java-db-update', '--offline-scan', '--skip-version-check', '--disable-telemetry', '--quiet'];
  const trivyByHand = (cache) => run(bin.trivy, trivyArgs(cache, join(out, 'trivy.json')));
  const trivyConvert = () => run(bin.trivy, ['convert', '--format', 'cyclonedx', '--output', join(out, 'trivy.cdx.json'), '--quiet', join(out, 'trivy.json')]);
  const grypeByHand = (cache, sbom) => run(bin.grype, [`oci-dir:${layout}`, '-o', `json=${join(out, 'grype.json')}`, ...(sbom ? ['-o', `cyclonedx-json=${join(out, 'grype.cdx.json')}`] : []), '--quiet'], { env: { ...childEnv, ...grypeEnv(cache) } });

  const load = [loadavg()[0]];
  const warm = freshCache('cache-warm');
  // Untimed: fills trivy's layer cache and the page cache, and shows what each scanner finds.
  console.error('bench: first (untimed) scans, to warm the caches');
  const first = { trivy: await ours('trivy', warm), grype: await ours('grype', warm) };
  await trivyByHand(warm);
  await grypeByHand(warm, true);
  const seen = whatWasSeen(out, layers.some((l) => l.osDb));

  const t = {};
  const time = async (key, f) => ((t[key] ??= []).push((await f()).ms));
  const probes = [
    ['node -e 0 (Node start)', () => run(node, ['-e', '0'])],
    ['node dist/cli/index.js --version (start + CLI bundle)', () => run(node, [cli, '--version'])],
    ['node dist/scan-image/index.js, no inputs (start + action bundle)', () => run(node, [action], { env: { ...childEnv, GITHUB_ACTIONS: 'true' }, codes: [1] })],
    ['trivy --version --format json (version probe)', () => run(bin.trivy, ['--version', '--format', 'json'])],
    ['grype version -o json (version probe)', () => run(bin.grype, ['version', '-o', 'json'])],
    ['grype db status -o json (DB probe)', () => run(bin.grype, ['db', 'status', '-o', 'json'], { env: { ...childEnv, ...grypeEnv(warm) } })],
  ];
  const warmRound = {
    trivy: [
      ['trivy: scan-image CLI', () => ours('trivy', warm)],
      ['trivy: scan-image action bundle', () => oursAction('trivy', warm)],
      ['trivy: by hand (JSON report)', () => trivyByHand(warm)],
      ['trivy: convert to CycloneDX (after the report)', () => trivyConvert()],
    ],
    grype: [
      ['grype: scan-image CLI', () => ours('grype', warm)],
      ['grype: scan-image action bundle', () => oursAction('grype', warm)],
      ['grype: by hand (JSON report)', () => grypeByHand(warm, false)],
      ['grype: by hand (JSON + CycloneDX)', () => grypeByHand(warm, true)],
    ],
  };
  for (let i = 0; i < runs; i++) {
    console.error(`bench: warm round ${i + 1}/${runs}`);
    // The order flips every round, so neither side always runs first (or after the other's page cache).
    const flip = (xs) => (i % 2 ? [...xs].reverse() : xs);
    for (const scanner of flip(['trivy', 'grype'])) {
      // convert reads the by-hand report, so it stays after it.
      const steps = warmRound[scanner];
      const order = scanner === 'trivy' && i % 2 ? [steps[2], steps[3], steps[1], steps[0]] : flip(steps);
      for (const [k, f] of order) await time(k, f);
    }
    for (const [k, f] of flip(probes)) await time(k, f);
  }
  const second = {};
  for (let i = 0; i < runs; i++) {
    console.error(`bench: second-scan round ${i + 1}/${runs}`);
    const pairs = [
      ['trivy: scan-image CLI', (c) => ours('trivy', c)],
      ['trivy: by hand', (c) => trivyByHand(c)],
      ['grype: scan-image CLI', (c) => ours('grype', c)],
      ['grype: by hand (JSON + CycloneDX)', (c) => grypeByHand(c, true)],
    ];
    for (const [k, f] of i % 2 ? [...pairs].reverse() : pairs) {
      const c = freshCache('cache-second');
      const s = (second[k] ??= { first: [], second: [] });
      s.first.push((await f(c)).ms);
      s.second.push((await f(c)).ms);
    }
  }
  load.push(loadavg()[0]);

  const m = (k) => median(t[k]);
  const sec = (ms) => `${(ms / 1000).toFixed(3)} s`;
  const pct = (a, b) => `${(100 * (a / b - 1)).toFixed(0).padStart(5)}%`;
  const version = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout.trim();
  console.log(`image: ${image.replace(dir, '<tmp>')}: ${layers.map((l) => `${l.role} ${(l.size / 1e6).toFixed(1)} MB`).join(', ')} (compressed)`);
  console.log(`  what the scanners see: ${seen}`);
  console.log(`node ${version(node, ['--version'])}, trivy ${JSON.parse(version(bin.trivy, ['--version', '--format', 'json'])).Version}, grype ${JSON.parse(version(bin.grype, ['version', '-o', 'json'])).version}; test DBs from advisories.json; ${runs} rounds, order flipped each round, medians`);
  console.log(`${cpus().length} CPUs, 1-minute load average ${load.map((l) => l.toFixed(1)).join(' before, ')} after`);
  console.log(`findings: scan-image with trivy ${first.trivy.code === 0 ? 'passed' : 'failed its gate'}, with grype ${first.grype.code === 0 ? 'passed' : 'failed its gate'}`);
  console.log('');
  console.log('warm scan (DB cached, layer cache warm), spawn to exit: median (min-max)');
  // The spread is printed: grype's own run-to-run spread is larger than our whole overhead.
  const spread = (k) => `(${(Math.min(...t[k]) / 1000).toFixed(2)}-${(Math.max(...t[k]) / 1000).toFixed(2)})`;
  const row = (k, peer) => console.log(`  ${k.padEnd(62)} ${sec(m(k)).padStart(9)} ${spread(k).padStart(11)}${peer ? `   ${pct(m(k), m(peer))} over ${peer.replace(/^\w+: /, '')}` : ''}`);
  for (const scanner of ['trivy', 'grype']) {
    const hand = `${scanner}: by hand (JSON report)`;
    row(hand);
    if (scanner === 'trivy') {
      row('trivy: convert to CycloneDX (after the report)');
      console.log(`  ${'trivy: by hand, report + convert'.padEnd(62)} ${sec(m(hand) + m('trivy: convert to CycloneDX (after the report)')).padStart(9)}`);
    } else row('grype: by hand (JSON + CycloneDX)');
    row(`${scanner}: scan-image CLI`, hand);
    row(`${scanner}: scan-image action bundle`, hand);
  }
  console.log('');
  console.log('where the time goes, each its own spawn:');
  for (const [k] of probes) row(k);
  console.log('');
  const convert = m('trivy: convert to CycloneDX (after the report)');
  const parts = {
    // The scanner's version comes from its report; the version probe runs only after a failed scan.
    trivy: { hand: m('trivy: by hand (JSON report)'), extra: [['trivy convert', convert]] },
    // Offline, scan-image reads grype's DB status once (src/scan/engine.ts).
    grype: { hand: m('grype: by hand (JSON + CycloneDX)'), extra: [['db status probe', m('grype db status -o json (DB probe)')]] },
  };
  const bundleOf = { cli: m('node dist/cli/index.js --version (start + CLI bundle)'), action: m('node dist/scan-image/index.js, no inputs (start + action bundle)') };
  for (const scanner of ['trivy', 'grype']) {
    for (const [entry, label] of [['cli', 'CLI'], ['action', 'action bundle']]) {
      const total = m(`${scanner}: scan-image ${label}`);
      const p = parts[scanner];
      const known = bundleOf[entry] + p.hand + p.extra.reduce((n, [, ms]) => n + ms, 0);
      const items = [[`Node start + ${label} load`, bundleOf[entry]], ['the scan', p.hand], ...p.extra, ['the rest (our own work, noise)', total - known]];
      console.log(`${scanner} via the ${label}, ${sec(total)}: ${items.map(([n, ms]) => `${n} ${sec(ms)}`).join(', ')}`);
    }
  }
  console.log('');
  console.log('a second scan of unchanged layers (a new cache folder with the DB only, scanned twice):');
  for (const [k, s] of Object.entries(second)) {
    console.log(`  ${k.padEnd(40)} first ${sec(median(s.first)).padStart(9)}, second ${sec(median(s.second)).padStart(9)} (${(median(s.first) / median(s.second)).toFixed(2)}x)`);
  }
  console.log('  (grype keeps no layer cache: its only cache folder is the DB, so both scans do the same work)');
  console.log('');
  const o = (s, entry, peerMs) => pct(m(`${s}: scan-image ${entry}`), peerMs).trim();
  const peers = {
    trivy: [['trivy by hand (JSON report)', m('trivy: by hand (JSON report)')], ['report + convert (the same files)', m('trivy: by hand (JSON report)') + convert]],
    grype: [['grype by hand (JSON report)', m('grype: by hand (JSON report)')], ['JSON + CycloneDX (the same files)', m('grype: by hand (JSON + CycloneDX)')]],
  };
  console.log('target: overhead (scan-image / by hand - 1) < 10%:');
  for (const s of ['trivy', 'grype']) for (const [label, ms] of peers[s]) console.log(`  over ${label.padEnd(36)} CLI ${o(s, 'CLI', ms).padStart(5)}, action bundle ${o(s, 'action bundle', ms).padStart(5)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs a command (argument array, no shell); resolves with its output, exit code and wall time. */
function run(cmd, argv, { env = childEnv, cwd = root, codes = [0] } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!codes.includes(code)) reject(new Error(`${cmd} ${argv.slice(0, 3).join(' ')} exited ${code}: ${(stdout + stderr).slice(-2000)}`));
      else resolve({ ms, code, stdout, stderr });
    });
  });
}

/** The image's layers (base, serve runtime, model), their blob sizes, and whether any holds an OS package database. */
function imageLayers(layout) {
  const blobPath = (d) => join(layout, 'blobs', ...d.split(':'));
  const blob = (d) => JSON.parse(readFileSync(blobPath(d), 'utf8'));
  let manifest = blob(JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')).manifests[0].digest);
  if (manifest.manifests) manifest = blob(manifest.manifests[0].digest);
  const roles = ['Node base', 'serve runtime', 'model'];
  // Where dpkg, apk and rpm keep what is installed: what trivy and grype read OS packages from.
  const osDb = /^(\.\/)?(var\/lib\/dpkg\/status|lib\/apk\/db\/installed|var\/lib\/rpm\/|usr\/lib\/sysimage\/rpm\/)/m;
  return manifest.layers.map((l, i) => {
    const list = spawnSync('tar', ['-tf', blobPath(l.digest)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (list.status !== 0) throw new Error(`tar -tf layer ${l.digest}: ${list.stderr}`);
    return { role: roles[i] ?? `layer ${i}`, size: l.size, osDb: osDb.test(list.stdout) };
  });
}

/** What the untimed by-hand scans found: the OS (or none) and the packages. */
function whatWasSeen(folder, hasOsDb) {
  const trivy = JSON.parse(readFileSync(join(folder, 'trivy.json'), 'utf8'));
  const grype = JSON.parse(readFileSync(join(folder, 'grype.json'), 'utf8'));
  const sbom = JSON.parse(readFileSync(join(folder, 'grype.cdx.json'), 'utf8'));
  const tPkgs = (trivy.Results ?? []).map((r) => `${r.Packages?.length ?? 0} ${r.Type}`).join(', ') || 'no';
  const gPkgs = (sbom.components ?? []).filter((c) => c.type === 'library' || c.type === 'application').map((c) => `${c.name} ${c.version}`);
  const tOs = trivy.Metadata?.OS ? `${trivy.Metadata.OS.Family} ${trivy.Metadata.OS.Name ?? ''}`.trim() : 'no OS';
  const distro = grype.distro?.name ? `${grype.distro.name} ${grype.distro.version ?? ''}`.trim() : 'none';
  return [
    hasOsDb ? 'the image has an OS package database' : 'the image has NO OS package database (no dpkg, apk or rpm database in any layer): the scanners see npm packages and binaries only',
    `trivy: ${tOs}, ${tPkgs} packages`,
    `grype: distro ${distro} (from the busybox binary), ${gPkgs.join(', ')}`,
  ].join('\n  ');
}
