// build-push against its named peers, `skopeo copy` (the push) and buildah (the whole build), in
// one run on the same machine, on the local OCI registry that scripts/services.sh starts (Debian
// docker-registry, plain HTTP on 127.0.0.1):
//  1. push alone: the same image (a small umoci base + one model layer) from the same OCI layout
//     to a fresh repository. skopeo: `skopeo copy --preserve-digests oci:<layout>:v1
//     docker://<registry>/<repo>:v1` (without --preserve-digests skopeo gzips an uncompressed
//     layer on the way: another image, and not the same bytes sent), timed from spawn to exit. build-push has no "push an existing layout" mode (it always builds
//     the model layer first), so its push is measured two ways, both printed:
//       a. the push phase of a whole run: from the moment it prints "Image sha256:…" (layer built
//          and the image written to its work layout) to its exit, timestamped as its stdout lines
//          arrive (Node writes to pipes synchronously, so a line's arrival is when it was written);
//       b. the whole run (registry tag only) minus a run that writes the same image to an `oci:`
//          layout only (no registry), paired per run. (b) leans our way (the layout-only run also
//          copies every blob into that layout, work a registry-only run does not do) but carries
//          the noise of two layer builds; (a) is the figure to quote.
//  2. whole build-push runs: build the model layer (default compression), write the image, push
//     it, timed from spawn to exit, with where the time goes (layer, copy into the work layout,
//     push); against buildah doing the same build the way users script it: `buildah from
//     oci:<base>` + `copy` of the model + `config --env` + `commit` + `push` to a fresh repository
//     (vfs store and chroot isolation, as build-push runs buildah), timed from `from` to the end
//     of `push`. Then one run per `layer-compression` (none, gzip, zstd): the layer's build time
//     and size, the numbers the default was chosen by.
//  3. a re-push of the unchanged model: build-push again, same model, same repository, another tag
//     (once as is, once with `cache-from` naming the first push, so the layer is reused),
//     through a counting HTTP proxy (in this file) that sums the request body bytes of POST/PATCH/
//     PUT to /v2/<name>/blobs/uploads/…: the blob bytes really sent, independent of our log (target
//     0). The same proxy first counts a fresh push, to show that it counts. skopeo re-copies too.
// The model is a realistic one of --size bytes (default 1GiB): an ONNX graph (scripts/py-env.sh
// ml: onnx) whose weights, float32 values drawn from N(0, 0.02) as trained weights look, are in
// its external data file, as ONNX keeps models above 2 GB; such weights barely compress. The CLI
// runs on the runners' Node 24 (scripts/setup-tools.sh --node24; its zlib has zstd). Throughput
// is the image's compressed blob bytes (config + layers) / seconds. The tools alternate (order
// flipped every run) over --runs runs, medians; every timed push goes to a fresh repository so
// nothing is skipped. skopeo, run as root, remembers in its system blob-info cache where it pushed
// each blob and would mount it from there instead of uploading; so the previous skopeo repository is
// deleted (manifests and blob links) before each skopeo run, and its --debug log is checked for a
// reused or mounted blob. The machine's load average is printed: other work on it (tests running
// beside the bench) shows up as noise in every number. Checks that the registry serves each pushed
// tag at build-push's `digest` output, and the same model layer in every repository.
// Pushed manifests (and their blob links) and temp files are deleted at the end; the registry keeps
// the blob data until its garbage-collect.
//
//   npm run build && node bench/build-push.mjs [--size 1GiB] [--runs 3]
// Prints the ratios against the targets: push >= 1x skopeo, whole build >= 2x buildah, an
// unchanged re-push under 2 s.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtSize, median, opt, parseSize, root, servicesEnv } from './lib.mjs';

const size = parseSize(opt('size', '1GiB'));
const runs = Number(opt('runs', '3'));
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');

const registry = servicesEnv('registry', ['MODEL_CD_REGISTRY']).MODEL_CD_REGISTRY;
const id = `${Date.now()}-${randomBytes(3).toString('hex')}`;
const repoPrefix = `model-cd/bench-build-push-${id}`;
// Lower case: buildah names an image read from `oci:<path>` after the path.
const dir = join(tmpdir(), `bench-build-push-${id}`);
mkdirSync(dir);
const cacheDir = join(dir, 'layer-cache');
const node = node24();
// Same labels in every run (so the same digest): nothing from a CI job's environment.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && k !== 'SOURCE_DATE_EPOCH'));

const pushed = []; // repositories to delete at the end
let proxy;
let imgForCleanup; // the image whose blob links every pushed repository loses at the end
try {
  const base = join(dir, 'base');
  // A small base image, as test/integration/build-push.test.ts makes one.
  await run('umoci', ['init', '--layout', base]);
  await run('umoci', ['new', '--image', `${base}:py`]);
  writeFileSync(join(dir, 'serve.py'), 'print("serving")\n');
  await run('umoci', ['insert', '--rootless', '--image', `${base}:py`, join(dir, 'serve.py'), '/app/serve.py']);
  const model = join(dir, 'model');
  mkdirSync(model);
  console.error(`bench: writing an ONNX model with ${fmtSize(size)} of float32 weights`);
  onnxModel(model, size);

  proxy = await countingProxy(registry);
  const layout = join(dir, 'image');

  /** One build-push run into `tags`, its own temp dir (the CLI leaves its work folder there). */
  const ours = async (tags, extra = []) => {
    const tmp = mkdtempSync(join(dir, 'tmp-'));
    try {
      const r = await run(node, [cli, 'build-push', '--base', `oci:${base}:py`, '--model', model, '--cache-dir', cacheDir, '--tags', tags.join('\n'), ...extra], { ...childEnv, TMPDIR: tmp });
      const outputs = Object.fromEntries([...r.stderr.matchAll(/^output ([\w-]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
      const at = (re) => r.lines.find((l) => re.test(l.text));
      const layered = at(/^Model layer sha256:/);
      const layerSize = Number(/\((\d+) bytes/.exec(layered?.text ?? '')?.[1]);
      const image = at(/^Image sha256:/);
      const uploaded = at(/blob\(s\) uploaded/);
      return { ms: r.ms, outputs, layerSize, layerMs: layered?.ms, imageMs: image?.ms, uploadedMs: uploaded?.ms, uploadedLine: uploaded?.text ?? '' };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  };
  const skopeo = (src, dest, debug = false) => run('skopeo', [...(debug ? ['--debug'] : []), 'copy', '--preserve-digests', '--insecure-policy', '--dest-tls-verify=false', src, dest]);
  const load = [loadavg()[0]];

  // The untimed first run: writes the layout both tools push from, warms the page cache, and
  // pushes through the counting proxy to show that the proxy counts a fresh push.
  console.error(`bench: building the image of a ${fmtSize(size)} model (first run, to ${layout} and through the counting proxy)`);
  const firstRepo = `${repoPrefix}/ours-first`;
  pushed.push(firstRepo);
  proxy.reset();
  const first = await ours([`oci:${layout}:v1`, `${proxy.address}/${firstRepo}:v1`]);
  const freshCount = proxy.reset();
  const digest = first.outputs.digest;
  const img = imageBlobs(layout, 'v1');
  imgForCleanup = img;
  if (img.digest !== digest) throw new Error(`the layout's v1 is ${img.digest}, build-push said ${digest}`);

  const checks = [];
  const check = async (label, repo, tag, want) => {
    const info = JSON.parse((await run('skopeo', ['inspect', '--tls-verify=false', `docker://${registry}/${repo}:${tag}`])).stdout);
    const ok = info.Digest === want && info.Layers.at(-1) === img.modelLayer;
    checks.push({ label, ok });
    if (!ok) console.error(`bench: ${label}: registry has ${info.Digest} (model layer ${info.Layers.at(-1)}), want ${want} (${img.modelLayer})`);
  };
  await check('build-push, first run', firstRepo, 'v1', digest);

  const t = { skopeo: [], whole: [], buildah: [], ociOnly: [], layer: [], copy: [], push: [], tail: [], diff: [] };
  let lastSkopeoRepo = '';
  const runSkopeo = async (i) => {
    // skopeo would mount the blob from the repository it pushed to last time (its blob-info cache),
    // not upload it: that repository goes first.
    if (lastSkopeoRepo) await deleteRepo(registry, lastSkopeoRepo, img);
    const repo = `${repoPrefix}/skopeo-${i}`;
    pushed.push(repo);
    // --debug: without a terminal skopeo prints nothing else that tells an upload from a mount.
    const s = await skopeo(`oci:${layout}:v1`, `docker://${registry}/${repo}:v1`, true);
    const reused = s.stderr.split('\n').filter((l) => /mount OK|\(already present\)/.test(l));
    if (reused.length) throw new Error(`skopeo reused blobs instead of uploading them:\n${reused.join('\n')}`);
    t.skopeo.push(s.ms);
    lastSkopeoRepo = repo;
    await check(`skopeo copy, run ${i + 1}`, repo, 'v1', digest);
  };
  const runOurs = async (i) => {
    const repo = `${repoPrefix}/ours-${i}`;
    pushed.push(repo);
    const o = await ours([`${registry}/${repo}:v1`]);
    if ([o.layerMs, o.imageMs, o.uploadedMs].includes(undefined)) throw new Error('build-push printed no "Model layer sha256:", "Image sha256:" or "blob(s) uploaded" line: the bench splits a run at those');
    t.whole.push(o.ms);
    t.layer.push(o.layerMs);
    t.copy.push(o.imageMs - o.layerMs);
    t.push.push(o.ms - o.imageMs);
    t.tail.push(o.ms - o.uploadedMs);
    if (o.outputs.digest !== digest) console.error(`bench: build-push run ${i + 1} made ${o.outputs.digest}, the first run ${digest}`);
    await check(`build-push, run ${i + 1}`, repo, 'v1', digest);
    // Unlinked as skopeo's are, so every run meets a registry holding the same links.
    await deleteRepo(registry, repo, img);
    return o.ms;
  };
  const runOciOnly = async (i) => {
    const out = join(dir, `oci-only-${i}`);
    const o = await ours([`oci:${out}:v1`]);
    t.ociOnly.push(o.ms);
    rmSync(out, { recursive: true, force: true });
    return o.ms;
  };
  const store = ['--root', join(dir, 'buildah', 'root'), '--runroot', join(dir, 'buildah', 'runroot'), '--storage-driver', 'vfs'];
  const buildah = (...args) => run('buildah', [...store, ...args], { ...childEnv, TMPDIR: join(dir, 'buildah') });
  mkdirSync(join(dir, 'buildah'), { recursive: true });
  const runBuildah = async (i) => {
    const repo = `${repoPrefix}/buildah-${i}`;
    pushed.push(repo);
    const t0 = process.hrtime.bigint();
    const ctr = (await buildah('from', '--quiet', `oci:${base}:py`)).stdout.trim();
    await buildah('copy', '--quiet', ctr, model, '/opt/model');
    await buildah('config', '--env', 'MODEL_PATH=/opt/model', ctr);
    const image = `localhost/bench-build-push-${i}`;
    await buildah('commit', '--quiet', ctr, image);
    await buildah('push', '--quiet', '--tls-verify=false', image, `docker://${registry}/${repo}:v1`);
    t.buildah.push(Number(process.hrtime.bigint() - t0) / 1e6);
    // skopeo's blob-info cache (shared with buildah) would mount the base layer from here: unlinked.
    await deleteRepo(registry, repo, img);
    // Its store emptied, so every run starts from the base alone.
    await buildah('rm', '--all');
    await buildah('rmi', '--all', '--force');
  };
  for (let i = 0; i < runs; i++) {
    console.error(`bench: run ${i + 1}/${runs}`);
    // The order flips every run, so neither tool always meets a warmer page cache or registry.
    if (i % 2 === 0) {
      await runSkopeo(i);
      const whole = await runOurs(i);
      t.diff.push(whole - (await runOciOnly(i)));
    } else {
      const oci = await runOciOnly(i);
      t.diff.push((await runOurs(i)) - oci);
      await runSkopeo(i);
    }
    await runBuildah(i);
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.error(`bench: run ${i + 1}: skopeo ${s(t.skopeo[i])}; build-push ${s(t.whole[i])} (layer ${s(t.layer[i])}, copy ${s(t.copy[i])}, push ${s(t.push[i])}); buildah ${s(t.buildah[i])}; oci:-only ${s(t.ociOnly[i])}; load average ${loadavg()[0].toFixed(1)}`);
  }
  load.push(loadavg()[0]);

  // Re-push of the unchanged model: same repository as the first run, another tag, through the proxy.
  console.error('bench: re-pushing the unchanged model through the counting proxy');
  proxy.reset();
  const again = await ours([`${proxy.address}/${firstRepo}:v1-again`]);
  const againCount = proxy.reset();
  await check('build-push, re-push', firstRepo, 'v1-again', digest);
  // The same with `cache-from` naming the first push: the layer is found by its diffID and reused.
  const reused = await ours([`${proxy.address}/${firstRepo}:v1-reused`], ['--cache-from', `${proxy.address}/${firstRepo}:v1`]);
  const reusedCount = proxy.reset();
  await check('build-push, re-push with cache-from', firstRepo, 'v1-reused', digest);
  const skopeoAgain = await skopeo(`oci:${layout}:v1`, `docker://${proxy.address}/${lastSkopeoRepo}:v1-again`);
  const skopeoAgainCount = proxy.reset();

  // One run per compression, to the first repository (so the re-push below finds zstd's blob there).
  const byCompression = [];
  for (const c of ['none', 'gzip', 'zstd']) {
    console.error(`bench: layer-compression ${c}`);
    const o = await ours([`${registry}/${firstRepo}:${c}`], ['--layer-compression', c]);
    byCompression.push({ c, layerMs: o.layerMs, size: o.layerSize, ms: o.ms });
  }
  // zstd's re-push to another tag: the digest comes from the cache-dir record, not from compressing.
  const zstdAgain = await ours([`${proxy.address}/${firstRepo}:zstd-again`], ['--layer-compression', 'zstd']);
  const zstdAgainCount = proxy.reset();

  const mbps = (ms) => img.bytes / 1e6 / (ms / 1000);
  const sec = (ms) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  const row = (label, ms, peerMs) =>
    console.log(`${label.padEnd(52)} ${mbps(ms).toFixed(0).padStart(6)} MB/s  ${sec(ms)}` + (peerMs ? `   ${(peerMs / ms).toFixed(2)}x skopeo` : ''));
  const allOk = checks.every((c) => c.ok);
  const zero = againCount.blobBytes === 0 && reusedCount.blobBytes === 0;
  console.log(`model: ONNX, ${fmtSize(size)} of float32 weights N(0, 0.02); image blobs ${img.bytes} bytes (model layer ${img.modelLayerSize}, default compression); ${runs} runs each, alternating, medians`);
  console.log(`build-push on node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${skopeoVersion()}, ${buildahVersion()}, ${registryVersion()} on 127.0.0.1 (plain HTTP, filesystem store); every timed push to a fresh repository`);
  console.log(`${cpus().length} CPUs, 1-minute load average ${load.map((l) => l.toFixed(1)).join(' before, ')} after the timed runs`);
  console.log('MB/s = image blob bytes (config + layers, compressed) / seconds; ratio = our throughput / skopeo\'s (above 1: build-push is faster)');
  console.log('');
  console.log('push alone, the same layout content:');
  row('skopeo copy oci: -> docker:// (spawn to exit)', median(t.skopeo));
  row('build-push push phase ("Image" line to exit)', median(t.push), median(t.skopeo));
  // Two gzip runs' noise can outweigh the push itself (another job on the machine): no rate then.
  if (median(t.diff) > 0) row('build-push whole run - oci:-only run (paired)', median(t.diff), median(t.skopeo));
  else console.log(`${'build-push whole run - oci:-only run (paired)'.padEnd(52)}    n/a  ${sec(median(t.diff))}   (the oci:-only runs took longer: noise)`);
  console.log('');
  console.log('whole build-push runs (spawn to exit):');
  row('build-push -> registry (layer + push)', median(t.whole));
  row('build-push -> oci: layout only (layer + layout copy)', median(t.ociOnly));
  console.log(`${'buildah from + copy + config + commit + push'.padEnd(52)} ${mbps(median(t.buildah)).toFixed(0).padStart(6)} MB/s  ${sec(median(t.buildah))}   (build-push ${(median(t.buildah) / median(t.whole)).toFixed(2)}x faster)`);
  console.log(`  where a registry run's time goes (medians): model layer ${sec(median(t.layer))}, copy into work layout ${sec(median(t.copy))}, push ${sec(median(t.push))} (of which after the push line ${sec(median(t.tail))})`);
  console.log('');
  console.log('the model layer by layer-compression (one run each, to the registry): time to build the layer, its size, the whole run:');
  for (const b of byCompression) console.log(`  ${b.c.padEnd(5)} layer ${sec(b.layerMs)}  ${String(b.size).padStart(12)} bytes (${((100 * b.size) / byCompression[0].size).toFixed(1)}% of the tar)  whole run ${sec(b.ms)}`);
  console.log('');
  console.log('re-push of the unchanged model (same repository, another tag), bytes counted by the proxy:');
  console.log(`  build-push: ${againCount.blobBytes} blob bytes in ${againCount.blobRequests} upload request(s), ${againCount.manifestBytes} manifest bytes, ${sec(again.ms).trim()}; it printed "${again.uploadedLine.replace(/^.*?: /, '')}"`);
  console.log(`  build-push --cache-from the first push: ${reusedCount.blobBytes} blob bytes in ${reusedCount.blobRequests} upload request(s), ${reusedCount.manifestBytes} manifest bytes, ${sec(reused.ms).trim()} (the layer found by its diffID, not compressed again)`);
  console.log(`  build-push --layer-compression zstd (its digest from the cache-dir record): ${zstdAgainCount.blobBytes} blob bytes in ${zstdAgainCount.blobRequests} upload request(s), ${sec(zstdAgain.ms).trim()}`);
  console.log(`  skopeo copy: ${skopeoAgainCount.blobBytes} blob bytes in ${skopeoAgainCount.blobRequests} upload request(s), ${skopeoAgainCount.manifestBytes} manifest bytes, ${sec(skopeoAgain.ms).trim()}`);
  console.log(`  (the proxy counted ${freshCount.blobBytes} blob bytes for the first, fresh push of ${img.bytes} bytes of blobs; build-push printed "${first.uploadedLine.replace(/^.*?: /, '')}")`);
  console.log(`registry digests equal to build-push's digest output (${digest}), same model layer: ${checks.filter((c) => c.ok).length}/${checks.length}${allOk ? '' : ' (MISMATCH, see above)'}`);
  console.log('');
  const ratio = (x) => x.toFixed(2);
  console.log(`targets: push ${ratio(median(t.skopeo) / median(t.push))}x skopeo (>= 1x); whole build ${ratio(median(t.buildah) / median(t.whole))}x buildah (>= 2x); unchanged re-push ${(again.ms / 1000).toFixed(2)} s (< 2 s)`);
  if (!allOk || !zero || zstdAgainCount.blobBytes !== 0) process.exitCode = 1;
} finally {
  proxy?.close();
  const notes = [];
  for (const repo of pushed) {
    try {
      // With the blob links too: skopeo's blob-info cache outlives this run and would mount from here next time.
      await deleteRepo(registry, repo, imgForCleanup);
    } catch (e) {
      notes.push(`deleting ${repo}: ${e.message}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  for (const n of notes) console.error(`bench: ${n}`);
}

/** Runs a command (argument array, no shell); resolves with its output, its stdout lines as they arrived, and its wall time. */
function run(cmd, argv, env = childEnv) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const child = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const lines = [];
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      const parts = (partial + d).split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ ms: since(), text });
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = since();
      if (code !== 0) reject(new Error(`${cmd} ${argv.slice(0, 3).join(' ')} exited ${code}: ${(stdout + stderr).slice(-2000)}`));
      else resolve({ ms, stdout, stderr, lines });
    });
  });
}

/**
 * A reverse proxy to the registry on 127.0.0.1 that counts what clients send: request body bytes of
 * blob uploads (POST/PATCH/PUT under /v2/<name>/blobs/uploads/) and of manifest PUTs. The Host
 * header is passed on, so the registry's upload Locations point back at the proxy.
 */
async function countingProxy(target) {
  const [host, port] = target.split(':');
  const agent = new Agent({ keepAlive: true });
  let counts;
  const reset = () => {
    const was = counts;
    counts = { blobBytes: 0, blobRequests: 0, manifestBytes: 0 };
    return was;
  };
  reset();
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    const blob = ['POST', 'PATCH', 'PUT'].includes(req.method) && /^\/v2\/.+\/blobs\/uploads\//.test(path);
    const manifest = req.method === 'PUT' && /^\/v2\/.+\/manifests\//.test(path);
    if (blob) counts.blobRequests++;
    const up = httpRequest({ host, port, method: req.method, path: req.url, headers: req.headers, agent }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(e));
    });
    req.on('data', (d) => {
      if (blob) counts.blobBytes += d.length;
      if (manifest) counts.manifestBytes += d.length;
    });
    req.pipe(up);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${server.address().port}`,
    reset,
    close: () => {
      server.close();
      agent.destroy();
    },
  };
}

/** The image `ref` of a layout: its digest, its blob bytes (config + layers), the model (last) layer. */
function imageBlobs(layout, ref) {
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'));
  const top = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === ref);
  const manifest = JSON.parse(readFileSync(join(layout, 'blobs', ...top.digest.split(':')), 'utf8'));
  const layers = manifest.layers;
  return {
    digest: top.digest,
    bytes: manifest.config.size + layers.reduce((n, l) => n + l.size, 0),
    blobs: [manifest.config.digest, ...layers.map((l) => l.digest)],
    modelLayer: layers.at(-1).digest,
    modelLayerSize: layers.at(-1).size,
  };
}

/**
 * Deletes a repository's manifests (and with them its tags) and, when `img` is given, its links to
 * the image's blobs, so no client can mount them from there. The registry has deletes enabled.
 */
async function deleteRepo(reg, repo, img) {
  const url = `http://${reg}/v2/${repo}`;
  const tags = await fetch(`${url}/tags/list`);
  const names = tags.ok ? ((await tags.json()).tags ?? []) : [];
  const digests = new Set();
  for (const tag of names) {
    const head = await fetch(`${url}/manifests/${tag}`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' } });
    const d = head.headers.get('docker-content-digest');
    if (d) digests.add(d);
  }
  for (const d of digests) {
    const r = await fetch(`${url}/manifests/${d}`, { method: 'DELETE' });
    if (r.status !== 202 && r.status !== 404) throw new Error(`DELETE manifest ${d}: HTTP ${r.status}`);
  }
  for (const d of img?.blobs ?? []) {
    const r = await fetch(`${url}/blobs/${d}`, { method: 'DELETE' });
    if (r.status !== 202 && r.status !== 404) throw new Error(`DELETE blob ${d}: HTTP ${r.status}`);
  }
}


function skopeoVersion() {
  return spawnSync('skopeo', ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/ version /, ' ');
}

function buildahVersion() {
  return spawnSync('buildah', ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/ version /, ' ').replace(/ \(.*$/, '');
}

/** The runners' Node (node24), which scripts/setup-tools.sh installs; this Node when it is missing. */
function node24() {
  const r = spawnSync('bash', [join(root, 'scripts', 'setup-tools.sh'), '--node24'], { encoding: 'utf8' });
  const path = r.stdout.trim();
  if (r.status === 0 && existsSync(path)) return path;
  console.error(`bench: no Node 24 at ${path} (bash scripts/setup-tools.sh installs it); using ${process.execPath}, which may lack zstd`);
  return process.execPath;
}

/** An ONNX model (a MatMul) whose float32 weights, N(0, 0.02), fill `bytes` in its external data file weights.bin. */
function onnxModel(folder, bytes) {
  const py = spawnSync('bash', [join(root, 'scripts', 'py-env.sh'), 'ml', '--python'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (py.status !== 0) throw new Error(`scripts/py-env.sh ml --python exited ${py.status}`);
  const script = [
    'import sys, numpy as np, onnx',
    'from onnx import helper, numpy_helper, TensorProto',
    'rows = 1024',
    'cols = int(sys.argv[1]) // 4 // rows',
    'w = np.random.default_rng(0).normal(0, 0.02, (rows, cols)).astype(np.float32)',
    "g = helper.make_graph([helper.make_node('MatMul', ['X', 'W'], ['Y'])], 'bench', [helper.make_tensor_value_info('X', TensorProto.FLOAT, [1, rows])], [helper.make_tensor_value_info('Y', TensorProto.FLOAT, [1, cols])], [numpy_helper.from_array(w, 'W')])",
    "onnx.save_model(helper.make_model(g), sys.argv[2] + '/model.onnx', save_as_external_data=True, all_tensors_to_one_file=True, location='weights.bin', size_threshold=1024)",
  ].join('\n');
  const r = spawnSync(py.stdout.trim(), ['-c', script, String(bytes), folder], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`writing the ONNX model exited ${r.status}`);
}

function registryVersion() {
  return spawnSync('docker-registry', ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').filter((w, i) => i === 0 || /^\d/.test(w)).join(' ');
}



