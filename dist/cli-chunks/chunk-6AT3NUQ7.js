import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  extractTar,
  safeRelative
} from "./chunk-XZC4LR2O.js";
import {
  hashing
} from "./chunk-GOJ3UU2V.js";
import {
  HttpError,
  describeFetchError,
  fetchWithRetry,
  sendingBody
} from "./chunk-6SQENMC6.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/image/compression.ts
init_define_ACTION_META();
import { PassThrough } from "node:stream";
import { promisify as promisify2 } from "node:util";
import * as zlib from "node:zlib";

// src/image/gzip.ts
init_define_ACTION_META();
import { availableParallelism } from "node:os";
import { Transform } from "node:stream";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
var gzipAsync = promisify(gzip);
var MEMBER_SIZE = 1 << 20;
function portable(member) {
  member[9] = 255;
  return member;
}
function parallelGzip(o = {}) {
  const level = o.level ?? 6;
  return parallelChunks(async (chunk) => portable(await gzipAsync(chunk, { level })), o.concurrency);
}
function parallelChunks(compress, concurrency) {
  const limit = Math.max(1, concurrency ?? Math.min(4, availableParallelism()));
  let pending = [];
  let pendingBytes = 0;
  const inFlight = [];
  const start = (chunk) => {
    const p = compress(chunk);
    p.catch(() => void 0);
    inFlight.push(p);
  };
  return new Transform({
    async transform(data, _e, cb) {
      try {
        pending.push(data);
        pendingBytes += data.length;
        while (pendingBytes >= MEMBER_SIZE) {
          const all = Buffer.concat(pending, pendingBytes);
          start(all.subarray(0, MEMBER_SIZE));
          const rest = all.subarray(MEMBER_SIZE);
          pending = rest.length ? [rest] : [];
          pendingBytes = rest.length;
          while (inFlight.length >= limit) this.push(await inFlight.shift());
        }
        cb();
      } catch (e) {
        cb(e);
      }
    },
    async flush(cb) {
      try {
        if (pendingBytes || !inFlight.length) start(Buffer.concat(pending, pendingBytes));
        while (inFlight.length) this.push(await inFlight.shift());
        cb();
      } catch (e) {
        cb(e);
      }
    }
  });
}

// src/image/compression.ts
var COMPRESSIONS = ["none", "gzip", "zstd"];
var LAYER_MEDIA_TYPES = {
  none: "application/vnd.oci.image.layer.v1.tar",
  gzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  zstd: "application/vnd.oci.image.layer.v1.tar+zstd"
};
var GZIP_LEVEL = 1;
var ZSTD_LEVEL = 3;
function hasZstd() {
  return typeof zlib.zstdCompress === "function";
}
function checkCompression(c, input = "input `layer-compression`") {
  if (c === "zstd" && !hasZstd()) {
    throw new ConfigurationError(input, c, `needs a Node with zstd in its zlib (22.15 or 23.8 and later; the actions run on node24), and this is Node ${process.versions.node}. Choose \`none\` or \`gzip\`, or run on a newer Node.`);
  }
  return c;
}
function compressor(c) {
  if (c === "none") return new PassThrough();
  if (c === "gzip") return parallelGzip({ level: GZIP_LEVEL });
  checkCompression(c);
  const zstd = promisify2(zlib.zstdCompress);
  return parallelChunks((chunk) => zstd(chunk, { params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }));
}
function decompressor(mediaType) {
  if (mediaType.endsWith("+gzip") || mediaType.endsWith(".tar.gzip")) return zlib.createGunzip();
  if (mediaType.endsWith("+zstd")) return hasZstd() ? zlib.createZstdDecompress() : null;
  if (mediaType.endsWith(".tar")) return new PassThrough();
  return null;
}

// src/image/oci.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
var MEDIA = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var blobPath = (layout, digest) => join(layout, "blobs", ...digest.split(":"));
async function readBlob(layout, digest) {
  const bytes = await readFile(blobPath(layout, digest));
  const got = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  if (got !== digest) throw new Error(`blob ${digest} in ${layout} has digest ${got}: the layout is damaged`);
  return bytes;
}
async function writeBlob(layout, bytes, mediaType) {
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  const path = blobPath(layout, digest);
  await mkdir(join(path, ".."), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, bytes);
  await rename(temp, path);
  return { mediaType, digest, size: bytes.length };
}
async function initLayout(layout) {
  await mkdir(join(layout, "blobs", "sha256"), { recursive: true });
  await writeFile(join(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
}
async function resolveRef(layout, ref) {
  const index = JSON.parse(await readFile(join(layout, "index.json"), "utf8"));
  const named = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] === ref);
  if (named.length === 1) return named[0];
  if (!ref && index.manifests.length === 1) return index.manifests[0];
  const refs = index.manifests.map((m) => m.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
  throw new Error(`no image ${JSON.stringify(ref)} in the layout ${layout} (it has ${refs.length ? refs.join(", ") : "no named images"})`);
}
var MODEL_LAYER = "model-cd build-push: model layer";
async function linkBlob(from, to) {
  try {
    await link(from, to);
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST") return;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw e;
    await copyFile(from, to);
  }
}
async function appendLayers(from, to, base, edit) {
  await initLayout(to);
  const linked = /* @__PURE__ */ new Set();
  const linkAdded = async (added) => {
    for (const a of added) {
      if (!a.file || linked.has(a.layer.digest)) continue;
      await mkdir(join(blobPath(to, a.layer.digest), ".."), { recursive: true });
      await linkBlob(a.file, blobPath(to, a.layer.digest));
      linked.add(a.layer.digest);
    }
  };
  const editManifest = async (d) => {
    const manifest = JSON.parse((await readBlob(from, d.digest)).toString("utf8"));
    if (d.mediaType !== MEDIA.manifest && d.mediaType !== MEDIA.dockerManifest) throw new Error(`${d.digest} is a ${d.mediaType}, not an image manifest`);
    const config = JSON.parse((await readBlob(from, manifest.config.digest)).toString("utf8"));
    const platform = {
      os: String(config.os ?? d.platform?.os ?? ""),
      architecture: String(config.architecture ?? d.platform?.architecture ?? ""),
      ...typeof config.variant === "string" ? { variant: config.variant } : d.platform?.variant ? { variant: d.platform.variant } : {}
    };
    const added = await edit.layers({ platform, layers: manifest.layers, config });
    if (!added) return null;
    await linkAdded(added);
    const newConfig = editConfig(config, edit, added);
    const configDesc = await writeBlob(to, Buffer.from(JSON.stringify(newConfig)), manifest.config.mediaType);
    if (from !== to) for (const l of manifest.layers) await linkBlob(blobPath(from, l.digest), blobPath(to, l.digest));
    const out = {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      config: { mediaType: MEDIA.config, digest: configDesc.digest, size: configDesc.size },
      layers: [...manifest.layers, ...added.map((a) => ({ mediaType: a.layer.mediaType, digest: a.layer.digest, size: a.layer.size }))],
      ...Object.keys(edit.annotations).length ? { annotations: sortKeys(edit.annotations) } : {}
    };
    const desc = await writeBlob(to, Buffer.from(JSON.stringify(out)), MEDIA.manifest);
    return { ...desc, ...d.platform ? { platform: d.platform } : {} };
  };
  if (base.mediaType === MEDIA.index || base.mediaType === MEDIA.dockerList) {
    const index = JSON.parse((await readBlob(from, base.digest)).toString("utf8"));
    const manifests = [];
    for (const m of index.manifests) {
      if (m.platform?.os === "unknown") continue;
      const edited2 = await editManifest(m);
      if (edited2) manifests.push(edited2);
    }
    if (!manifests.length) throw new Error(`no platform of the index ${base.digest} was kept`);
    const out = { schemaVersion: 2, mediaType: MEDIA.index, manifests, ...Object.keys(edit.annotations).length ? { annotations: sortKeys(edit.annotations) } : {} };
    return writeBlob(to, Buffer.from(JSON.stringify(out)), MEDIA.index);
  }
  const edited = await editManifest(base);
  if (!edited) throw new Error(`the image ${base.digest} was not kept`);
  return edited;
}
function editConfig(config, edit, added) {
  const inner = config.config ?? {};
  const baseEnv = inner.Env ?? [];
  const baseKeys = new Set(baseEnv.map((e) => e.split("=")[0]));
  const env = baseEnv.map((e) => {
    const key = e.split("=")[0];
    return key in edit.env ? `${key}=${edit.env[key]}` : e;
  });
  const rootfs = config.rootfs ?? { type: "layers", diff_ids: [] };
  return {
    ...config,
    created: edit.created,
    config: {
      ...inner,
      ...edit.runConfig ?? {},
      Env: [...env, ...Object.entries(edit.env).filter(([k]) => !baseKeys.has(k)).map(([k, v]) => `${k}=${v}`)],
      Labels: sortKeys({ ...inner.Labels ?? {}, ...edit.labels })
    },
    rootfs: { type: rootfs.type ?? "layers", diff_ids: [...rootfs.diff_ids ?? [], ...added.map((a) => a.layer.diffId)] },
    history: [...config.history ?? [], ...added.map((a) => ({ created: edit.created, created_by: a.createdBy, comment: "model-cd" }))]
  };
}
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
async function copyBlobs(from, to) {
  await initLayout(to);
  for (const algorithm of await readdir(join(from, "blobs"))) {
    await mkdir(join(to, "blobs", algorithm), { recursive: true });
    for (const name of await readdir(join(from, "blobs", algorithm))) await linkBlob(join(from, "blobs", algorithm, name), join(to, "blobs", algorithm, name));
  }
}
async function tagInLayout(layout, ref, desc) {
  let index = { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
  try {
    index = JSON.parse(await readFile(join(layout, "index.json"), "utf8"));
  } catch {
  }
  const others = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] !== ref);
  const entry = { mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations: { "org.opencontainers.image.ref.name": ref } };
  const out = { schemaVersion: 2, mediaType: MEDIA.index, manifests: [...others, entry] };
  const temp = join(layout, `index.json.tmp-${process.pid}`);
  await writeFile(temp, JSON.stringify(out));
  await rename(temp, join(layout, "index.json"));
}

// src/image/layer.ts
init_define_ACTION_META();
import { createHash as createHash2 } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { once } from "node:events";
import { PassThrough as PassThrough2, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
var LAYER_MEDIA = LAYER_MEDIA_TYPES.gzip;
var BLOCK = 512;
function octal(n, width) {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}
function tarHeader(name, size, mode, type, mtime) {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, "utf8");
  h.write(octal(mode, 8), 100, "ascii");
  h.write(octal(0, 8), 108, "ascii");
  h.write(octal(0, 8), 116, "ascii");
  h.write(octal(size, 12), 124, "ascii");
  h.write(octal(mtime, 12), 136, "ascii");
  h.fill(" ", 148, 156);
  h.write(type, 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + " ", 148, "ascii");
  return h;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`);
}
function entryHeaders(name, size, mode, type, mtime) {
  if (Buffer.byteLength(name) <= 100) return [tarHeader(name, size, mode, type, mtime)];
  const pax = paxRecord("path", name);
  const padded = Buffer.concat([pax, Buffer.alloc((BLOCK - pax.length % BLOCK) % BLOCK)]);
  return [tarHeader("PaxHeader", pax.length, 420, "x", mtime), padded, tarHeader(name.slice(0, 99), size, mode, type, mtime)];
}
function imagePathProblem(path) {
  if (!path || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return 'must be a relative path with "/" separators';
  if (path.split("/").some((s) => s === "" || s === "." || s === "..")) return 'must not have empty, "." or ".." segments';
  return null;
}
async function buildLayer(files, out, mtime = 0, compression = "gzip") {
  const sorted = checkedFiles(files);
  const tarHash = createHash2("sha256");
  const blobHash = createHash2("sha256");
  const tar = new PassThrough2();
  const done = compression === "none" ? pipeline(tar, hashing(tarHash), createWriteStream(out)) : pipeline(tar, hashing(tarHash), compressor(compression), hashing(blobHash), createWriteStream(out));
  await Promise.all([writeTar(sorted, mtime, tar), done]);
  const diffId = `sha256:${tarHash.digest("hex")}`;
  const digest = compression === "none" ? diffId : `sha256:${blobHash.digest("hex")}`;
  return { digest, diffId, size: (await stat(out)).size, mediaType: LAYER_MEDIA_TYPES[compression] };
}
async function layerDiffId(files, mtime = 0) {
  const sorted = checkedFiles(files);
  const tarHash = createHash2("sha256");
  const tar = new PassThrough2();
  let size = 0;
  const done = pipeline(tar, hashing(tarHash), new Writable({ write: (c, _e, cb) => (size += c.length, cb()) }));
  await Promise.all([writeTar(sorted, mtime, tar), done]);
  return { diffId: `sha256:${tarHash.digest("hex")}`, size };
}
function checkedFiles(files) {
  for (const f of files) {
    const problem = imagePathProblem(f.path);
    if (problem) throw new Error(`layer path ${JSON.stringify(f.path)} ${problem}`);
  }
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]?.path === sorted[i - 1]?.path) throw new Error(`two files for ${sorted[i]?.path} in one layer`);
  return sorted;
}
async function writeTar(sorted, mtime, tar) {
  try {
    await writeEntries(sorted, mtime, tar);
  } catch (e) {
    tar.destroy(e);
    throw e;
  }
}
async function writeEntries(sorted, mtime, tar) {
  const write2 = async (b) => {
    if (!tar.write(b)) await once(tar, "drain");
  };
  const folders = /* @__PURE__ */ new Set();
  for (const f of sorted) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join("/")}/`;
      if (folders.has(dir)) continue;
      folders.add(dir);
      for (const h of entryHeaders(dir, 0, 493, "5", mtime)) await write2(h);
    }
    const st = await stat(f.source);
    for (const h of entryHeaders(f.path, st.size, st.mode & 73 ? 493 : 420, "0", mtime)) await write2(h);
    let written = 0;
    for await (const chunk of createReadStream(f.source, { highWaterMark: 1 << 20 })) {
      written += chunk.length;
      await write2(chunk);
    }
    if (written !== st.size) throw new Error(`${f.source} changed size while it was read (${st.size} then ${written} bytes)`);
    const pad = (BLOCK - st.size % BLOCK) % BLOCK;
    if (pad) await write2(Buffer.alloc(pad));
  }
  await write2(Buffer.alloc(BLOCK * 2));
  tar.end();
}

// src/image/docker-archive.ts
init_define_ACTION_META();
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir as mkdir2, mkdtemp, readFile as readFile2, rename as rename2, rm, stat as stat2 } from "node:fs/promises";
import { once as once2 } from "node:events";
import { dirname, join as join2 } from "node:path";
import { PassThrough as PassThrough3 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import { createGunzip as createGunzip2 } from "node:zlib";
var BLOCK2 = 512;
var hex = (digest) => digest.replace(/^sha256:/, "");
function dockerArch(nodeArch) {
  return { x64: "amd64", ia32: "386", arm: "arm", arm64: "arm64", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" }[nodeArch] ?? nodeArch;
}
function pickPlatform(manifests, arch) {
  const images = manifests.filter((m) => m.platform?.os !== "unknown");
  return images.find((m) => m.platform?.os === "linux" && m.platform.architecture === arch) ?? images.find((m) => !m.platform || m.platform.os === "linux") ?? images[0] ?? null;
}
function parseArchiveRef(raw) {
  const m = /^docker-archive:([^:]+)(?::(.+))?$/.exec(raw.trim());
  if (!m) return null;
  const name = m[2];
  if (name === void 0) return { file: m[1], repoTag: null };
  const n = /^((?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(name);
  if (!n) return null;
  return { file: m[1], repoTag: `${n[1]}:${n[2] ?? "latest"}` };
}
var fileHeader = (name, size) => tarHeader(name, size, 420, "0", 0);
async function write(out, b) {
  if (!out.write(b)) await once2(out, "drain");
}
async function writeEntry(out, name, bytes) {
  await write(out, fileHeader(name, bytes.length));
  await write(out, bytes);
  const pad = (BLOCK2 - bytes.length % BLOCK2) % BLOCK2;
  if (pad) await write(out, Buffer.alloc(pad));
}
async function writeFileEntry(out, name, file) {
  const { size } = await stat2(file);
  await write(out, fileHeader(name, size));
  for await (const chunk of createReadStream2(file)) await write(out, chunk);
  const pad = (BLOCK2 - size % BLOCK2) % BLOCK2;
  if (pad) await write(out, Buffer.alloc(pad));
}
async function uncompressedLayer(layout, layer, diffId, scratch) {
  const file = join2(scratch, `${hex(diffId)}.tar`);
  const blob = blobPath(layout, layer.digest);
  const unpack = decompressor(layer.mediaType);
  if (!unpack) {
    const why = layer.mediaType.endsWith("+zstd") ? `: this Node (${process.versions.node}) has no zstd; run on node24` : ": a docker archive holds gzip, zstd or plain tar layers only";
    throw new Error(`layer ${layer.digest} is ${layer.mediaType}${why}`);
  }
  const blobHash = createHash3("sha256");
  const tarHash = createHash3("sha256");
  await pipeline2(createReadStream2(blob), hashing(blobHash), unpack, hashing(tarHash), createWriteStream2(file));
  if (`sha256:${blobHash.digest("hex")}` !== layer.digest) throw new Error(`blob ${layer.digest} in ${layout} does not match its digest: the layout is damaged`);
  const got = `sha256:${tarHash.digest("hex")}`;
  if (got !== diffId) throw new Error(`layer ${layer.digest} uncompresses to ${got}, but the config names ${diffId}`);
  return file;
}
async function writeDockerArchive(layout, top, file, repoTag, arch) {
  let chosen = top;
  if (top.mediaType === MEDIA.index || top.mediaType === MEDIA.dockerList) {
    const index = JSON.parse((await readBlob(layout, top.digest)).toString("utf8"));
    const pick = pickPlatform(index.manifests, arch);
    if (!pick) throw new Error(`the index ${top.digest} has no image manifest`);
    chosen = pick;
  }
  const manifest = JSON.parse((await readBlob(layout, chosen.digest)).toString("utf8"));
  const configBytes = await readBlob(layout, manifest.config.digest);
  const diffIds = JSON.parse(configBytes.toString("utf8")).rootfs?.diff_ids ?? [];
  if (diffIds.length !== manifest.layers.length) throw new Error(`the image ${chosen.digest} has ${manifest.layers.length} layers but its config lists ${diffIds.length} diffIDs`);
  await mkdir2(dirname(file), { recursive: true });
  const scratch = await mkdtemp(join2(dirname(file), ".docker-archive-"));
  const temp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream2(temp);
  const closed = once2(out, "close");
  try {
    const names = [];
    const written = /* @__PURE__ */ new Set();
    for (const [i, layer] of manifest.layers.entries()) {
      const diffId = diffIds[i];
      const name = `${hex(diffId)}.tar`;
      names.push(name);
      if (written.has(name)) continue;
      written.add(name);
      const tar = await uncompressedLayer(layout, layer, diffId, scratch);
      await writeFileEntry(out, name, tar);
      await rm(tar);
    }
    const configName = `${hex(manifest.config.digest)}.json`;
    await writeEntry(out, configName, configBytes);
    const entry = { Config: configName, RepoTags: repoTag ? [repoTag] : null, Layers: names };
    await writeEntry(out, "manifest.json", Buffer.from(JSON.stringify([entry])));
    if (repoTag) {
      const colon = repoTag.lastIndexOf(":");
      const topLayer = diffIds.length ? hex(diffIds[diffIds.length - 1]) : hex(manifest.config.digest);
      await writeEntry(out, "repositories", Buffer.from(JSON.stringify({ [repoTag.slice(0, colon)]: { [repoTag.slice(colon + 1)]: topLayer } })));
    }
    await write(out, Buffer.alloc(BLOCK2 * 2));
    out.end();
    await closed;
    await rename2(temp, file);
  } catch (e) {
    out.destroy();
    await closed.catch(() => void 0);
    await rm(temp, { force: true });
    throw e;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { manifest: chosen };
}
async function readDockerArchive(file, layout, repoTag, scratch) {
  const dir = await mkdtemp(join2(scratch, "docker-archive-"));
  try {
    await extractTar(createReadStream2(file), dir, (p) => p.replace(/^\.\//, ""));
    let entries;
    try {
      entries = JSON.parse(await readFile2(join2(dir, "manifest.json"), "utf8"));
    } catch {
      throw new Error(`${file} has no readable manifest.json: it is not a docker archive (docker save)`);
    }
    const entry = repoTag ? entries.find((e) => e.RepoTags?.includes(repoTag)) : entries.length === 1 ? entries[0] : void 0;
    if (!entry) throw new Error(`${file} has ${entries.length} images${repoTag ? `, none tagged ${repoTag}` : "; say which by its tag"}`);
    const member = (name) => {
      if (!safeRelative(name)) throw new Error(`${file} names ${JSON.stringify(name)}, outside the archive`);
      return join2(dir, ...name.split("/"));
    };
    const configBytes = await readFile2(member(entry.Config));
    const diffIds = JSON.parse(configBytes.toString("utf8")).rootfs?.diff_ids ?? [];
    if (diffIds.length !== entry.Layers.length) throw new Error(`${file}: the image has ${entry.Layers.length} layers but its config lists ${diffIds.length} diffIDs`);
    await initLayout(layout);
    const config = await writeBlob(layout, configBytes, MEDIA.config);
    const layers = [];
    for (const [i, name] of entry.Layers.entries()) {
      const tarHash = createHash3("sha256");
      const gzHash = createHash3("sha256");
      const temp = join2(layout, "blobs", "sha256", `.layer-${process.pid}-${i}`);
      const source = member(name);
      const head = await readHead(source);
      try {
        await pipeline2(createReadStream2(source), head[0] === 31 && head[1] === 139 ? createGunzip2() : new PassThrough3(), hashing(tarHash), parallelGzip(), hashing(gzHash), createWriteStream2(temp));
        const diffId = `sha256:${tarHash.digest("hex")}`;
        if (diffId !== diffIds[i]) throw new Error(`${file}: layer ${name} has diffID ${diffId}, but the config names ${diffIds[i]}`);
        const digest = `sha256:${gzHash.digest("hex")}`;
        await rename2(temp, blobPath(layout, digest));
        layers.push({ mediaType: LAYER_MEDIA, digest, size: (await stat2(blobPath(layout, digest))).size });
      } finally {
        await rm(temp, { force: true });
      }
    }
    const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, config: { mediaType: MEDIA.config, digest: config.digest, size: config.size }, layers };
    return writeBlob(layout, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function readHead(file) {
  for await (const chunk of createReadStream2(file, { start: 0, end: 1 })) return chunk;
  return Buffer.alloc(0);
}

// src/image/registry.ts
init_define_ACTION_META();
import { createReadStream as createReadStream3, createWriteStream as createWriteStream3, existsSync } from "node:fs";
import { createHash as createHash4 } from "node:crypto";
import { readFile as readFile3, rm as rm2, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { pipeline as pipeline3 } from "node:stream/promises";
import { Readable } from "node:stream";
var MiB = 1024 * 1024;
var MONOLITHIC_MAX = 64 * MiB;
var CHUNK_SIZE = 64 * MiB;
var BLOB_CONCURRENCY = 3;
var UPLOAD_TRIES = 4;
var SessionGone = class extends Error {
};
var SessionMoved = class extends Error {
};
var NoAnswer = class extends ServiceError {
};
var NoChunks = class extends Error {
};
var RegistryClient = class {
  constructor(o) {
    this.o = o;
    this.base = `${o.insecure ? "http" : "https"}://${o.host}`;
    this.monolithicMax = o.monolithicMax ?? MONOLITHIC_MAX;
    this.chunkSize = o.chunkSize ?? CHUNK_SIZE;
  }
  base;
  authorization = null;
  monolithicMax;
  chunkSize;
  chunks = true;
  /**
   * A request with the current authorization; on a 401, answers the challenge once and retries.
   * A second 401, or a 403, is an error unless `refusal` asks for the response instead.
   */
  async send(method, path, init) {
    const attempt = () => this.retrying(
      path.startsWith("http") ? path : `${this.base}${path}`,
      {
        method,
        headers: { ...init.headers ?? {}, ...this.authorization ? { authorization: this.authorization } : {} },
        ...init.body ? { body: init.body(), duplex: "half" } : {}
      },
      // A streamed body cannot be sent twice: uploads get one attempt here and are retried by the caller.
      sendingBody({ timeoutMs: 6e4, ...this.o.retry, attempts: init.attempts ?? (init.body ? 1 : 4) }, init.bytes ?? 0)
    );
    let res = await attempt();
    if (res.status === 401) {
      const challenge = res.headers.get("www-authenticate") ?? "";
      await res.body?.cancel().catch(() => void 0);
      try {
        await this.authenticate(challenge, init.scope);
      } catch (e) {
        if (init.refusal === "return" && e instanceof ServiceError && (e.status === 401 || e.status === 403)) return new Response(null, { status: e.status });
        throw e;
      }
      res = await attempt();
      if (res.status === 401 && init.refusal !== "return") {
        await res.body?.cancel().catch(() => void 0);
        if (/error="insufficient_scope"/.test(res.headers.get("www-authenticate") ?? "")) {
          const may = init.scope.includes("push") ? "may push to" : "may pull from";
          throw new ServiceError(`the registry ${this.o.host} does not grant ${init.scope} to these credentials (HTTP 401, insufficient_scope). Check that the account ${may} that repository.`, 401);
        }
        throw new ServiceError(`the registry ${this.o.host} refused the credentials for ${init.scope} (HTTP 401). ${this.o.credentials ? "Check the username and password (or token)." : "It needs credentials: log in first (docker/login-action) or give `username` and `password`."}`, 401);
      }
    }
    if (res.status === 403 && init.refusal !== "return") {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the registry ${this.o.host} forbids ${init.scope} (HTTP 403). The credentials lack push access to that repository.`, 403);
    }
    return res;
  }
  /** Basic: the credentials themselves. Bearer: a token from the realm, for the scope asked. */
  async authenticate(challenge, scope) {
    const [scheme, params] = [challenge.split(" ")[0]?.toLowerCase() ?? "", parseChallenge(challenge)];
    const basic = this.o.credentials ? `Basic ${Buffer.from(`${this.o.credentials.username}:${this.o.credentials.password}`).toString("base64")}` : null;
    if (scheme === "basic") {
      if (!basic) throw new ServiceError(`the registry ${this.o.host} needs credentials (Basic auth) for ${scope}. Log in first (docker/login-action) or give \`username\` and \`password\`.`, 401);
      this.authorization = basic;
      return;
    }
    if (scheme !== "bearer" || !params.realm) throw new ServiceError(`the registry ${this.o.host} asked for an authentication this client does not speak: ${JSON.stringify(challenge)}.`, 401);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set("service", params.service);
    for (const s of splitScopes(params.scope ?? scope)) url.searchParams.append("scope", s);
    const res = await this.retrying(url.toString(), { headers: basic ? { authorization: basic } : {} }, { timeoutMs: 3e4, ...this.o.retry, attempts: 4 }, scope);
    if (!res.ok) {
      await res.body?.cancel().catch(() => void 0);
      const fix = basic ? "Check the username and password (or token)." : "It needs credentials: log in first (docker/login-action) or give `username` and `password`.";
      throw new ServiceError(`the registry ${this.o.host} (token service ${url.origin}) refused a token for ${scope} (HTTP ${res.status}). ${fix}`, res.status);
    }
    const body = await res.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new ServiceError(`the registry ${this.o.host} (token service ${url.origin}) answered without a token.`);
    this.authorization = `Bearer ${token}`;
  }
  async hasBlob(repo, digest) {
    const res = await this.send("HEAD", `/v2/${repo}/blobs/${digest}`, { scope: pushScope(repo) });
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw new ServiceError(`the registry ${this.o.host} answered HEAD of blob ${digest} in ${repo} with HTTP ${res.status}.`, res.status);
  }
  /**
   * Mounts a blob from another repository of the same registry. When the registry will not (the
   * blob is not there, the credentials cannot pull `from`, mounts are not supported) it may open
   * an upload session instead (202 and a Location), which `session` hands to uploadBlob; a
   * refusal (401, 403) is not an error here: the blob is then uploaded like any other.
   */
  async mountBlob(repo, digest, from) {
    const res = await this.send("POST", `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, { scope: `${pushScope(repo)} repository:${from}:pull`, refusal: "return" });
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 201) return { mounted: true };
    const location = res.headers.get("location");
    if (res.status === 202 && location) return { mounted: false, session: new URL(location, this.base).toString() };
    this.o.log?.(`${this.o.host}: no mount of ${digest} from ${from} (HTTP ${res.status}); uploading it`);
    return { mounted: false, session: null };
  }
  /**
   * Uploads a blob from disk: in one PUT up to `monolithicMax`, in chunks above. `session` is an
   * upload the registry already opened (a mount that became an upload).
   */
  async uploadBlob(repo, digest, file, session) {
    const size = (await stat3(file)).size;
    if (!this.chunks || uploadMode(size, this.monolithicMax) === "monolithic") return this.uploadMonolithic(repo, digest, file, size, session ?? null);
    try {
      return await this.uploadChunked(repo, digest, file, size, session ?? null);
    } catch (e) {
      if (!(e instanceof NoChunks)) throw e;
      this.chunks = false;
      this.o.log?.(`${this.o.host}: ${e.message}; sending whole blobs instead`);
      return this.uploadMonolithic(repo, digest, file, size, null);
    }
  }
  /**
   * One POST (unless a session is given) and the whole blob in one streamed PUT ?digest=. A stream
   * cannot be resent, so a failure (5xx, 429, a broken connection) starts a new session, up to
   * UPLOAD_TRIES times.
   */
  async uploadMonolithic(repo, digest, file, size, first) {
    for (let attempt = 1; ; attempt++) {
      try {
        const location = attempt === 1 && first ? first : await this.startUpload(repo);
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        const res = await this.send("PUT", url.toString(), {
          headers: { "content-type": "application/octet-stream", "content-length": String(size) },
          body: () => fileStream(file, 0, size),
          bytes: size,
          scope: pushScope(repo)
        });
        const text = await res.text().catch(() => "");
        if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused blob ${digest} for ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
        return size;
      } catch (e) {
        if (!uploadFailure(e)) throw e;
        if (attempt >= UPLOAD_TRIES) {
          const said = e instanceof ServiceError ? e.message : `the registry ${this.o.host} kept failing (${e.message}). Run again; if it persists, check the registry.`;
          throw new ServiceError(`${said} Blob ${digest} for ${repo}: ${UPLOAD_TRIES} upload sessions failed; nothing was tagged.`, e instanceof ServiceError ? e.status : null);
        }
        this.o.log?.(`${this.o.host}: upload of ${digest} failed (${e.message}); starting again in a new session`);
        await sleep(250 * 2 ** attempt);
      }
    }
  }
  /**
   * POST, then PATCH chunks with Content-Range, then PUT ?digest= to close. After a failure the
   * session is asked where it stands (GET → Range: 0-N) and the upload goes on from there; a
   * session the registry no longer knows is replaced by a new one. It gives up after UPLOAD_TRIES
   * failures in a row without a byte gained (beyond the furthest any session reached, so a registry
   * that keeps dropping sessions is not fed the same bytes forever), with one error; the caller
   * then writes no tag.
   */
  async uploadChunked(repo, digest, file, size, first) {
    let session = first ? { location: first, offset: 0 } : null;
    let ask = false;
    let failures = 0;
    let furthest = 0;
    let last = null;
    for (; ; ) {
      try {
        if (session && ask) {
          session = await this.uploadStatus(repo, session.location);
          if (session) this.o.log?.(`${this.o.host}: resuming the upload of ${digest} at byte ${session.offset} of ${size}`);
        }
        ask = false;
        if (!session) {
          if (failures > 0 && await this.hasBlob(repo, digest)) return size;
          if (failures > 0) this.o.log?.(`${this.o.host}: the upload session of ${digest} is gone; starting a new one`);
          session = { location: await this.startUpload(repo), offset: 0 };
        }
        if (session.offset < size) {
          session = await this.patchChunk(repo, session, file, nextChunk(session.offset, size, this.chunkSize));
          if (session.offset > furthest) {
            furthest = session.offset;
            failures = 0;
          }
          continue;
        }
        await this.closeUpload(repo, session.location, digest);
        return size;
      } catch (e) {
        if (e instanceof NoChunks) throw e;
        if (e instanceof SessionGone) session = null;
        else if (!(e instanceof SessionMoved) && !uploadFailure(e)) throw e;
        last = e;
        failures++;
        if (failures >= UPLOAD_TRIES) throw this.gaveUp(repo, digest, furthest, size, last);
        ask = true;
        await sleep(250 * 2 ** failures);
      }
    }
  }
  gaveUp(repo, digest, offset, size, last) {
    const status = last instanceof ServiceError ? last.status : null;
    return new ServiceError(
      `the registry ${this.o.host} kept failing while receiving blob ${digest} for ${repo}: ${UPLOAD_TRIES} tries in a row got no further than byte ${offset} of ${size} (last: ${last.message}). Nothing was tagged. Run again (the upload resumes if the registry kept its session); if it persists, check the registry and any proxy in front of it (its request size and time limits).`,
      status
    );
  }
  /** POST /blobs/uploads/: a new session's URL. */
  async startUpload(repo) {
    const res = await this.send("POST", `/v2/${repo}/blobs/uploads/`, { scope: pushScope(repo) });
    await res.body?.cancel().catch(() => void 0);
    const location = res.headers.get("location");
    if (res.status !== 202 || !location) throw new ServiceError(`the registry ${this.o.host} did not start an upload to ${repo} (HTTP ${res.status}).`, res.status);
    return new URL(location, this.base).toString();
  }
  /** One chunk [start, end) streamed from the file; the session as the registry answers it. */
  async patchChunk(repo, session, file, chunk) {
    const length = chunk.end - chunk.start;
    const res = await this.send("PATCH", session.location, {
      headers: { "content-type": "application/octet-stream", "content-range": contentRange(chunk.start, chunk.end), "content-length": String(length) },
      body: () => fileStream(file, chunk.start, chunk.end),
      bytes: length,
      scope: pushScope(repo)
    });
    const text = await res.text().catch(() => "");
    if ((res.status === 405 || res.status === 501) && chunk.start === 0) throw new NoChunks(`the registry ${this.o.host} does not take chunked uploads (PATCH: HTTP ${res.status})`);
    if (res.status === 416) throw new SessionMoved(`the registry ${this.o.host} holds another length of the upload than ${chunk.start} bytes (HTTP 416)`);
    this.checkSession(res, text);
    if (res.status !== 202) throw new ServiceError(`the registry ${this.o.host} refused bytes ${chunk.start}-${chunk.end - 1} of an upload to ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
    const offset = parseUploadRange(res.headers.get("range")) ?? chunk.end;
    return { location: this.next(res, session.location), offset };
  }
  /** GET on the session: where it stands, or null when the registry no longer knows it. */
  async uploadStatus(repo, location) {
    const res = await this.send("GET", location, { scope: pushScope(repo) });
    const text = await res.text().catch(() => "");
    try {
      this.checkSession(res, text);
    } catch (e) {
      if (e instanceof SessionGone) return null;
      throw e;
    }
    const offset = parseUploadRange(res.headers.get("range"));
    if (res.status !== 204 && res.status !== 200 || offset === null) throw new ServiceError(`the registry ${this.o.host} answered the status of an upload to ${repo} with HTTP ${res.status} and no Range.`, res.status);
    return { location: this.next(res, location), offset };
  }
  /** PUT ?digest= with no body: the registry checks the digest and stores the blob. */
  async closeUpload(repo, location, digest) {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    const res = await this.send("PUT", url.toString(), { headers: { "content-length": "0" }, attempts: 1, scope: pushScope(repo) });
    const text = await res.text().catch(() => "");
    this.checkSession(res, text);
    if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused blob ${digest} for ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
  }
  /**
   * 404, or distribution's BLOB_UPLOAD_INVALID / BLOB_UPLOAD_UNKNOWN: the session is gone
   * (distribution cancels one whose stored length no longer matches its state, as after a
   * chunk that arrived only in part).
   */
  checkSession(res, text) {
    if (res.status === 404 || res.status === 400 && /BLOB_UPLOAD_(INVALID|UNKNOWN)/.test(text)) {
      throw new SessionGone(`the registry ${this.o.host} no longer knows the upload session (HTTP ${res.status}: ${text.slice(0, 200)})`);
    }
  }
  /** The session's next URL (the registry may change it with every answer). */
  next(res, current) {
    const location = res.headers.get("location");
    return location ? new URL(location, this.base).toString() : current;
  }
  /**
   * fetchWithRetry, with its final failure (5xx, 429, no answer in time) and fetch's own (refused,
   * no such host, TLS) as one ServiceError naming the registry, the image and what to check.
   */
  async retrying(url, init, opts, scope) {
    try {
      return await fetchWithRetry(url, init, opts);
    } catch (e) {
      if (init.signal?.aborted) throw e;
      if (!(e instanceof HttpError) && !(e instanceof TypeError)) throw e;
      const repo = /\/v2\/(.+?)\/(?:blobs|manifests|tags)\//.exec(new URL(url).pathname)?.[1] ?? /repository:([^:]+):/.exec(scope ?? "")?.[1];
      const image = repo ? `the image ${this.o.host}/${repo}` : `the registry ${this.o.host}`;
      const host = new URL(url).host;
      const at = host === this.o.host ? `the registry ${host}` : `the token service ${host} of the registry ${this.o.host}`;
      if (e instanceof HttpError && e.status !== null) throw new ServiceError(`${at} kept failing for ${image} (${e.message}). Run again; if it persists, check the registry and any proxy in front of it.`, e.status);
      if (e instanceof HttpError) throw new NoAnswer(`cannot reach ${at} for ${image} (${e.message}). ${reachHint(e, this.o.insecure ?? false)}`);
      throw new ServiceError(`cannot reach ${at} for ${image}: ${describeFetchError(e)}. ${reachHint(e, this.o.insecure ?? false)}`);
    }
  }
  /** A manifest or index by tag or digest, with its media type and the digest of its bytes. */
  async getManifest(repo, reference) {
    const accept = [MEDIA.index, MEDIA.manifest, MEDIA.dockerList, MEDIA.dockerManifest].join(", ");
    const res = await this.send("GET", `/v2/${repo}/manifests/${reference}`, { headers: { accept }, scope: `repository:${repo}:pull` });
    if (res.status === 404) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the registry ${this.o.host} has no image ${repo}:${reference} (HTTP 404). Check the base image name and tag.`, 404);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the registry ${this.o.host} answered ${repo}:${reference} with HTTP ${res.status}.`, res.status);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = `sha256:${createHash4("sha256").update(bytes).digest("hex")}`;
    if (reference.startsWith("sha256:") && digest !== reference) throw new ServiceError(`the registry ${this.o.host} sent ${repo}@${reference} with the digest ${digest}.`);
    return { mediaType: (res.headers.get("content-type") ?? "").split(";")[0], digest, bytes };
  }
  /** A small blob (a config) in memory, checked against its digest. */
  async getBlob(repo, digest) {
    const res = await this.send("GET", `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
    if (!res.ok) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the registry ${this.o.host} answered blob ${digest} of ${repo} with HTTP ${res.status}.`, res.status);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const got = `sha256:${createHash4("sha256").update(bytes).digest("hex")}`;
    if (got !== digest) throw new ServiceError(`the registry ${this.o.host} sent blob ${digest} of ${repo} with the digest ${got}.`);
    return bytes;
  }
  /** A blob streamed to `file` through sha256; a blob that does not match its digest is refused and removed. */
  async downloadBlob(repo, digest, file) {
    const res = await this.send("GET", `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
    if (!res.ok || !res.body) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the registry ${this.o.host} answered blob ${digest} of ${repo} with HTTP ${res.status}.`, res.status);
    }
    const hash = createHash4("sha256");
    await pipeline3(Readable.fromWeb(res.body), hashing(hash), createWriteStream3(file));
    const got = `sha256:${hash.digest("hex")}`;
    if (got !== digest) {
      await rm2(file, { force: true });
      throw new ServiceError(`the registry ${this.o.host} sent blob ${digest} of ${repo} with the digest ${got}; nothing was kept.`);
    }
  }
  async putManifest(repo, reference, mediaType, bytes) {
    const res = await this.send("PUT", `/v2/${repo}/manifests/${reference}`, { headers: { "content-type": mediaType }, body: () => new Uint8Array(bytes), scope: `repository:${repo}:pull,push` });
    const text = await res.text().catch(() => "");
    if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused the manifest ${repo}:${reference} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
    return res.headers.get("docker-content-digest") ?? "";
  }
};
function reachHint(e, insecure) {
  const code = e.cause?.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "The host name does not resolve: check the registry part of the image reference (and the runner's DNS).";
  if (/WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|EPROTO/.test(code)) {
    return "build-push uses plain HTTP only for localhost and 127.0.0.1: check the port in the image reference, or serve the registry over HTTPS.";
  }
  if (/CERT|SSL|TLS/.test(code)) return "Check the registry's certificate.";
  return `Check the registry host and port in the image reference, and that the registry is up and reachable from this runner${insecure ? "" : " over HTTPS"}.`;
}
function parseChallenge(header) {
  const out = {};
  for (const m of header.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) out[m[1].toLowerCase()] = m[2];
  return out;
}
function splitScopes(scope) {
  return scope.split(/\s+/).filter(Boolean);
}
function pushScope(repo) {
  return `repository:${repo}:pull,push`;
}
function uploadMode(size, monolithicMax) {
  return size <= monolithicMax ? "monolithic" : "chunked";
}
function nextChunk(offset, size, chunkSize) {
  return { start: offset, end: Math.min(size, offset + chunkSize) };
}
function contentRange(start, end) {
  return `${start}-${end - 1}`;
}
function parseUploadRange(header) {
  const m = /^\s*(?:bytes=)?0-(\d+)\s*$/.exec(header ?? "");
  if (!m) return null;
  const last = Number(m[1]);
  return last === 0 ? 0 : last + 1;
}
function uploadFailure(e) {
  if (e instanceof NoAnswer) return true;
  if (e instanceof ServiceError) return e.status === null ? /kept failing/.test(e.message) : e.status >= 500 || e.status === 429 || e.status === 408;
  return e instanceof TypeError || e instanceof Error && /terminated|reset|socket|closed/i.test(e.message);
}
function fileStream(file, start, end) {
  if (end <= start) return new Uint8Array(0);
  return Readable.toWeb(createReadStream3(file, { start, end: end - 1, highWaterMark: MiB }));
}
function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
async function pushImage(client, layout, top, repo, tag, mountFrom) {
  const blob = (digest) => blobPath(layout, digest);
  const result = { digest: top.digest, blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
  const manifests = [];
  if (top.mediaType.endsWith("index.v1+json") || top.mediaType.endsWith("manifest.list.v2+json")) {
    const index = JSON.parse(await readFile3(blob(top.digest), "utf8"));
    manifests.push(...index.manifests);
  } else manifests.push(top);
  const blobs = /* @__PURE__ */ new Set();
  for (const m of manifests) {
    const manifest = JSON.parse(await readFile3(blob(m.digest), "utf8"));
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) blobs.add(d);
  }
  const sendBlob = async (d) => {
    if (await client.hasBlob(repo, d)) {
      result.blobsSkipped++;
      return;
    }
    let session = null;
    if (mountFrom && mountFrom !== repo) {
      const mount = await client.mountBlob(repo, d, mountFrom);
      if (mount.mounted) {
        result.blobsMounted++;
        return;
      }
      session = mount.session;
    }
    const sent = await client.uploadBlob(repo, d, blob(d), session);
    result.bytesUploaded += sent;
    result.blobsUploaded++;
  };
  const queue = [...blobs];
  const workers = Array.from({ length: Math.min(BLOB_CONCURRENCY, queue.length) }, async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      try {
        await sendBlob(d);
      } catch (e) {
        queue.length = 0;
        throw e;
      }
    }
  });
  const failed = (await Promise.allSettled(workers)).find((w) => w.status === "rejected");
  if (failed) throw failed.reason;
  if (manifests[0] !== top) {
    for (const m of manifests) await client.putManifest(repo, m.digest, m.mediaType, await readFile3(blob(m.digest)));
  }
  await client.putManifest(repo, tag, top.mediaType, await readFile3(blob(top.digest)));
  return result;
}
async function findLayer(client, repo, reference, diffId) {
  let top;
  try {
    top = await client.getManifest(repo, reference);
  } catch (e) {
    if (e instanceof ServiceError && e.status === 404) return null;
    throw e;
  }
  let manifest = JSON.parse(top.bytes.toString("utf8"));
  if (manifest.manifests) {
    const first = manifest.manifests[0];
    if (!first) return null;
    manifest = JSON.parse((await client.getManifest(repo, first.digest)).bytes.toString("utf8"));
  }
  if (!manifest.config || !manifest.layers) return null;
  const config = JSON.parse((await client.getBlob(repo, manifest.config.digest)).toString("utf8"));
  const i = config.rootfs?.diff_ids?.lastIndexOf(diffId) ?? -1;
  const layer = i >= 0 ? manifest.layers[i] : void 0;
  return layer ? { mediaType: layer.mediaType, digest: layer.digest, size: layer.size } : null;
}
async function pullToLayout(client, repo, reference, layout) {
  const blob = (digest) => blobPath(layout, digest);
  await initLayout(layout);
  const saveManifest = async (ref) => {
    const m = await client.getManifest(repo, ref);
    await writeFile2(blob(m.digest), m.bytes);
    return m;
  };
  const top = await saveManifest(reference);
  const parsed = JSON.parse(top.bytes.toString("utf8"));
  const manifests = parsed.manifests ? await Promise.all(parsed.manifests.filter((m) => m.platform?.os !== "unknown").map((m) => saveManifest(m.digest))) : [top];
  for (const m of manifests) {
    const manifest = JSON.parse(m.bytes.toString("utf8"));
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) {
      if (!existsSync(blob(d))) await client.downloadBlob(repo, d, blob(d));
    }
  }
  return { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
}

// src/common/run-command.ts
init_define_ACTION_META();
import { spawn } from "node:child_process";
function runCommand(cmd, o) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd.file, cmd.args, { cwd: o.cwd, env: o.env, stdio: ["ignore", "pipe", "pipe"] });
    const tail = [];
    let timedOut = false;
    const timer = o.timeoutMs ? setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, o.timeoutMs) : null;
    const feed = (stream) => {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        const parts = (rest + chunk).split("\n");
        rest = parts.pop() ?? "";
        for (const l of parts) emit(l);
      });
      stream.on("end", () => rest && emit(rest));
    };
    const emit = (line) => {
      const l = line.replace(/\r$/, "");
      o.onLine(l);
      tail.push(l);
      if (tail.length > 20) tail.shift();
    };
    feed(child.stdout);
    feed(child.stderr);
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? -1, tail, timedOut });
    });
  });
}

export {
  COMPRESSIONS,
  LAYER_MEDIA_TYPES,
  checkCompression,
  decompressor,
  MEDIA,
  blobPath,
  readBlob,
  resolveRef,
  MODEL_LAYER,
  appendLayers,
  copyBlobs,
  tagInLayout,
  imagePathProblem,
  buildLayer,
  layerDiffId,
  dockerArch,
  pickPlatform,
  parseArchiveRef,
  writeDockerArchive,
  readDockerArchive,
  runCommand,
  RegistryClient,
  pushImage,
  findLayer,
  pullToLayout
};
