import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  TarError,
  extractTar
} from "./chunk-XZC4LR2O.js";
import {
  hashing
} from "./chunk-GOJ3UU2V.js";
import {
  HttpError,
  describeFetchError,
  fetchWithRetry
} from "./chunk-6SQENMC6.js";
import {
  require_dist
} from "./chunk-YQEE2Z4F.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  __toESM,
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/evaluate/runtime/onnxruntime.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pipeline, Readable } from "node:stream";
import { pipeline as pipelinePromise } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var ORT_PACKAGES = {
  "onnxruntime-node": { version: "1.30.0", integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==" },
  "onnxruntime-common": { version: "1.30.0", integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==" }
};
var ORT_VERSION = ORT_PACKAGES["onnxruntime-node"].version;
function npmRegistry(env) {
  return env.NPM_CONFIG_REGISTRY || env.npm_config_registry || "https://registry.npmjs.org";
}
function runnerOrtOptions(env, path, cwd, log) {
  return {
    path,
    cwd,
    toolCache: env.RUNNER_TOOL_CACHE || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache"), "model-cd", "tools"),
    registry: npmRegistry(env),
    log
  };
}
async function loadOnnxRuntime(o) {
  const log = o.log ?? (() => void 0);
  if (o.path) {
    const dir2 = resolve(o.cwd, o.path);
    const ort = tryLoad(dir2);
    if (!ort.ok) {
      throw new ConfigurationError("input `onnxruntime-path`", o.path, `has no loadable onnxruntime-node (${ort.reason}). Give a folder holding node_modules/onnxruntime-node (e.g. where \`npm install onnxruntime-node\` ran), or leave it empty to download ${ORT_VERSION}.`);
    }
    return { ort: ort.ort, source: "input", dir: dir2 };
  }
  const installed = tryLoad(o.cwd);
  if (installed.ok) return { ort: installed.ort, source: "installed", dir: o.cwd };
  const platform = o.platform ?? process.platform;
  const arch = o.arch ?? process.arch;
  const dir = join(o.toolCache, "onnxruntime-node", ORT_VERSION, `${platform}-${arch}`);
  if (existsSync(`${dir}.complete`)) {
    const cached = tryLoad(dir);
    if (cached.ok) return { ort: cached.ort, source: "tool cache", dir };
    log(`The cached onnxruntime-node in ${dir} does not load (${cached.reason}); downloading it again.`);
  }
  await download(o, dir, platform, arch, log);
  const fresh = tryLoad(dir);
  if (!fresh.ok) throw new ServiceError(`onnxruntime-node ${ORT_VERSION} was downloaded to ${dir} but does not load on ${platform}-${arch} (${fresh.reason}). Install it yourself and set \`onnxruntime-path\`.`);
  return { ort: fresh.ort, source: "downloaded", dir };
}
function tryLoad(dir) {
  try {
    const req = createRequire(join(dir, "node_modules", "model-cd.js"));
    return { ok: true, ort: req("onnxruntime-node") };
  } catch (e) {
    return { ok: false, reason: e.message.split("\n")[0] ?? String(e) };
  }
}
async function download(o, dir, platform, arch, log) {
  const parent = join(dir, "..");
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${platform}-${arch}-`));
  try {
    await fetchOrtPackages({
      registry: o.registry,
      platform,
      arch,
      dest: temp,
      ...o.packages ? { packages: o.packages } : {},
      log,
      fix: `install onnxruntime-node@${ORT_VERSION} and set \`onnxruntime-path\``
    });
    if (existsSync(`${dir}.complete`)) {
      await rm(temp, { recursive: true, force: true });
      return;
    }
    await rm(dir, { recursive: true, force: true });
    await rename(temp, dir);
    await writeFile(`${dir}.complete`, "");
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
}
async function fetchOrtPackages(o) {
  const log = o.log ?? (() => void 0);
  const binDir = `bin/napi-v6/${o.platform}/${o.arch}/`;
  for (const [name2, pkg] of Object.entries(o.packages ?? ORT_PACKAGES)) {
    const url = `${o.registry.replace(/\/+$/, "")}/${name2}/-/${name2}-${pkg.version}.tgz`;
    const keep = name2 === "onnxruntime-node" ? (p) => p === "package/package.json" || p.startsWith("package/dist/") || p.startsWith(`package/${binDir}`) ? p.slice("package/".length) : null : (p) => p.startsWith("package/") ? p.slice("package/".length) : null;
    const into = join(o.dest, "node_modules", name2);
    let written;
    if (o.tarballCache) {
      const cached = join(o.tarballCache, `${name2}-${pkg.version}.tgz`);
      if (!existsSync(cached)) await downloadTarball(url, pkg, cached, o.fix, log);
      try {
        written = await extractVerified(createReadStream(cached), cached, pkg.integrity, into, keep);
      } catch (e) {
        if (!(e instanceof ServiceError)) throw e;
        log(`The cached ${cached} is not the pinned package (${e.message}); downloading it again.`);
        await rm(into, { recursive: true, force: true });
        await downloadTarball(url, pkg, cached, o.fix, log);
        written = await extractVerified(createReadStream(cached), cached, pkg.integrity, into, keep);
      }
    } else {
      log(`Downloading ${name2} ${pkg.version} from ${url}`);
      written = await extractVerified(await fetchBody(url, pkg.version, o.fix), url, pkg.integrity, into, keep);
    }
    if (name2 === "onnxruntime-node" && !written.some((w) => w.startsWith(binDir))) {
      throw new ServiceError(`onnxruntime-node ${pkg.version} has no binary for ${o.platform}-${o.arch} (it ships linux, macOS and Windows ones, for x64 and arm64); ${o.fix}.`);
    }
  }
}
async function fetchBody(url, version, fix) {
  let res;
  try {
    res = await fetchWithRetry(url, {}, { attempts: 4, timeoutMs: 6e4 });
  } catch (e) {
    throw new ServiceError(`cannot download ${url} (${e instanceof HttpError ? e.message : describeFetchError(e)}). Without access to the npm registry, ${fix}; or set NPM_CONFIG_REGISTRY to a mirror.`);
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => void 0);
    throw new ServiceError(`downloading ${url} failed with HTTP ${res.status}. Set NPM_CONFIG_REGISTRY to a registry that serves onnxruntime-node@${version}, or ${fix}.`, res.status);
  }
  return Readable.fromWeb(res.body);
}
async function downloadTarball(url, pkg, file, fix, log) {
  log(`Downloading ${url}`);
  const [algo, expected] = pkg.integrity.split("-", 2);
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const hash = createHash(algo);
  try {
    await pipelinePromise(await fetchBody(url, pkg.version, fix), hashing(hash), createWriteStream(temp));
    const got = hash.digest("base64");
    if (got !== expected) throw new ServiceError(`${url} does not match its pinned ${algo} (expected ${expected}, got ${got}); nothing was kept. Check NPM_CONFIG_REGISTRY.`);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}
async function extractVerified(source, what, integrity, dest, keep) {
  const [algo, expected] = integrity.split("-", 2);
  const hash = createHash(algo);
  const gunzip = createGunzip();
  pipeline(source, hashing(hash), gunzip, () => void 0);
  let written;
  try {
    written = await extractTar(gunzip, dest, keep);
  } catch (e) {
    if (e instanceof TarError || e.code === "Z_DATA_ERROR") {
      throw new ServiceError(`${what} is not the package it should be (${e.message}). Check NPM_CONFIG_REGISTRY.`);
    }
    throw e;
  }
  const got = hash.digest("base64");
  if (got !== expected) throw new ServiceError(`${what} does not match its pinned ${algo} (expected ${expected}, got ${got}); nothing was kept. Check NPM_CONFIG_REGISTRY.`);
  return written;
}

// src/evaluate/contract.ts
init_define_ACTION_META();
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { readFile } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";

// src/evaluate/onnx/model.ts
init_define_ACTION_META();

// src/evaluate/onnx/wire.ts
init_define_ACTION_META();
var WireError = class extends Error {
  name = "WireError";
};
function readVarint(buf, pos) {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new WireError(`the data ends inside a number at byte ${pos}`);
    const b = buf[pos++];
    result |= BigInt(b & 127) << shift;
    if ((b & 128) === 0) return [result, pos];
    shift += 7n;
  }
  throw new WireError(`a number longer than 10 bytes at byte ${pos}`);
}
function fields(buf, base = 0) {
  const out = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    const [tag, afterTag] = readVarint(buf, pos);
    pos = afterTag;
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (no === 0) throw new WireError(`field number 0 at byte ${base + start}`);
    let int = 0n;
    let bytes = EMPTY;
    if (wire === 0) {
      [int, pos] = readVarint(buf, pos);
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (pos + n > buf.length) throw new WireError(`the data ends inside field ${no} at byte ${base + buf.length}`);
      bytes = buf.subarray(pos, pos + n);
      pos += n;
    } else if (wire === 2) {
      const [len, afterLen] = readVarint(buf, pos);
      pos = afterLen;
      if (BigInt(pos) + len > BigInt(buf.length)) throw new WireError(`field ${no} at byte ${base + start} claims ${len} bytes, but only ${buf.length - pos} remain (truncated?)`);
      bytes = buf.subarray(pos, pos + Number(len));
      pos += Number(len);
    } else {
      throw new WireError(`unknown wire type ${wire} for field ${no} at byte ${base + start}`);
    }
    out.push({ no, wire, int, bytes, start: base + start, end: base + pos, raw: buf.subarray(start, pos) });
  }
  return out;
}
var EMPTY = new Uint8Array(0);
var utf8 = new TextDecoder("utf-8", { fatal: false });
var enc = new TextEncoder();
var text = (f) => utf8.decode(f.bytes);
function ints(fs, no) {
  const out = [];
  for (const f of fs) {
    if (f.no !== no) continue;
    if (f.wire === 0) out.push(f.int);
    else if (f.wire === 2) {
      for (let pos = 0; pos < f.bytes.length; ) {
        const [v, next] = readVarint(f.bytes, pos);
        out.push(v);
        pos = next;
      }
    }
  }
  return out;
}
function varint(v) {
  const out = [];
  let x = BigInt.asUintN(64, v);
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x) b |= 128;
    out.push(b);
  } while (x);
  return out;
}
function lengthField(no, payload) {
  const head = [...varint(BigInt(no << 3 | 2)), ...varint(BigInt(payload.length))];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}
function varintField(no, v) {
  return Uint8Array.from([...varint(BigInt(no << 3)), ...varint(BigInt(v))]);
}
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// src/evaluate/onnx/model.ts
var ELEM = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  14: "complex64",
  15: "complex128",
  16: "bfloat16"
};
var elemType = (n) => ELEM[n] ?? `type${n}`;
function readModel(bytes) {
  const model = fields(bytes);
  const graphField = model.find((f) => f.no === 7 && f.wire === 2);
  if (!graphField) throw new WireError("there is no graph in it");
  const irVersion = Number(model.find((f) => f.no === 1 && f.wire === 0)?.int ?? 0n);
  if (irVersion < 1 || irVersion > 64) throw new WireError(`its IR version ${irVersion} is not one ONNX defines`);
  const graph = fields(graphField.bytes, graphField.start);
  const initializers = new Set(graph.filter((f) => f.no === 5).map((f) => textOf(fields(f.bytes), 8)));
  const nodes = graph.filter((f) => f.no === 1).map((f) => node(f));
  const zip = nodes.find((n) => n.opType === "ZipMap" && n.domain === "ai.onnx.ml");
  const metadata = {};
  for (const f of model.filter((x) => x.no === 14)) {
    const kv = fields(f.bytes);
    metadata[textOf(kv, 1)] = textOf(kv, 2);
  }
  return {
    irVersion,
    producer: [textOf(model, 2), textOf(model, 3)].filter(Boolean).join(" "),
    opsets: model.filter((f) => f.no === 8).map((f) => {
      const o = fields(f.bytes);
      return { domain: textOf(o, 1), version: Number(o.find((x) => x.no === 2)?.int ?? 0n) };
    }),
    // Before IR 4, initializers were listed as inputs too; they are weights, not features.
    inputs: graph.filter((f) => f.no === 11).map(valueInfo).filter((v) => !initializers.has(v.name)),
    outputs: graph.filter((f) => f.no === 12).map(valueInfo),
    classLabels: (zip && labelsOf(zip)) ?? nodes.map(labelsOf).find((l) => l !== null) ?? null,
    zipMap: zip && zip.inputs[0] && zip.outputs[0] ? { input: zip.inputs[0], output: zip.outputs[0] } : null,
    operators: [...new Set(nodes.map((n) => n.domain ? `${n.domain}.${n.opType}` : n.opType))].sort(),
    metadata
  };
}
function withoutZipMap(bytes, info) {
  const zip = info.zipMap;
  if (!zip) return bytes;
  const model = fields(bytes);
  const graphField = model.find((f) => f.no === 7 && f.wire === 2);
  const graph = fields(graphField.bytes);
  const classes = info.classLabels?.length ?? null;
  const probability = concat([
    lengthField(1, new TextEncoder().encode(zip.input)),
    lengthField(2, tensorType(1, [null, classes]))
  ]);
  const newGraph = concat(
    graph.flatMap((f) => {
      if (f.no === 1 && node(f).opType === "ZipMap" && node(f).outputs[0] === zip.output) return [];
      if (f.no === 12 && name(fields(f.bytes)) === zip.output) return [lengthField(12, probability)];
      return [f.raw];
    })
  );
  return concat(model.map((f) => f === graphField ? lengthField(7, newGraph) : f.raw));
}
function tensorType(elem, shape) {
  const dims = shape.map((d) => lengthField(1, typeof d === "number" ? varintField(1, d) : new Uint8Array(0)));
  const tensor = concat([varintField(1, elem), lengthField(2, concat(dims))]);
  return lengthField(1, tensor);
}
function node(f) {
  const n = fields(f.bytes, f.start);
  return {
    opType: textOf(n, 4),
    domain: textOf(n, 7),
    inputs: n.filter((x) => x.no === 1).map(text),
    outputs: n.filter((x) => x.no === 2).map(text),
    attributes: n.filter((x) => x.no === 5).map((x) => fields(x.bytes, x.start))
  };
}
function labelsOf(n) {
  for (const a of n.attributes) {
    const attr = textOf(a, 1);
    if (attr === "classlabels_strings") return a.filter((x) => x.no === 9).map(text);
    if (attr === "classlabels_int64s" || attr === "classlabels_ints") return ints(a, 8).map((v) => BigInt.asIntN(64, v).toString());
  }
  return null;
}
function valueInfo(f) {
  const v = fields(f.bytes, f.start);
  const t = v.find((x) => x.no === 2);
  return { name: textOf(v, 1), type: t ? typeOf(fields(t.bytes, t.start)) : null };
}
function typeOf(t) {
  const tensor = t.find((x) => x.no === 1);
  if (tensor) {
    const tt = fields(tensor.bytes, tensor.start);
    const shapeField = tt.find((x) => x.no === 2);
    const shape = shapeField ? fields(shapeField.bytes, shapeField.start).filter((x) => x.no === 1).map((d) => {
      const dim = fields(d.bytes, d.start);
      const value = dim.find((x) => x.no === 1);
      if (value) return Number(BigInt.asIntN(64, value.int));
      const param = dim.find((x) => x.no === 2);
      return param && text(param) ? text(param) : null;
    }) : null;
    return { kind: "tensor", elem: elemType(Number(tt.find((x) => x.no === 1)?.int ?? 0n)), shape };
  }
  const seq = t.find((x) => x.no === 4);
  if (seq) {
    const inner = fields(seq.bytes, seq.start).find((x) => x.no === 1);
    return { kind: "sequence", elem: inner ? typeOf(fields(inner.bytes, inner.start)) : null };
  }
  const map = t.find((x) => x.no === 5);
  if (map) {
    const m = fields(map.bytes, map.start);
    const value = m.find((x) => x.no === 2);
    return { kind: "map", key: elemType(Number(m.find((x) => x.no === 1)?.int ?? 0n)), value: value ? typeOf(fields(value.bytes, value.start)) : null };
  }
  return { kind: "other" };
}
var name = (f) => textOf(f, 1);
function textOf(fs, no) {
  const f = fs.find((x) => x.no === no && x.wire === 2);
  return f ? text(f) : "";
}
function describeType(t) {
  if (!t) return "unknown";
  switch (t.kind) {
    case "tensor":
      return `${t.elem}${t.shape ? `[${t.shape.map((d) => d === null ? "?" : String(d)).join(",")}]` : ""}`;
    case "sequence":
      return `seq(${describeType(t.elem)})`;
    case "map":
      return `map(${t.key},${describeType(t.value)})`;
    default:
      return "other";
  }
}

// src/evaluate/gates.ts
init_define_ACTION_META();

// src/evaluate/paired.ts
init_define_ACTION_META();

// src/evaluate/metrics/f64.ts
init_define_ACTION_META();
function encodeFloat64(values) {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i], true);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}
function decodeFloat64(text2) {
  const bytes = Buffer.from(text2, "base64");
  if (bytes.length % 8 !== 0) throw new Error("not a base64 Float64Array: byte length is not a multiple of 8");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(bytes.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(i * 8, true);
  return out;
}

// src/evaluate/significance.ts
init_define_ACTION_META();
function mcnemarExact(b, c) {
  const n = b + c;
  if (n === 0) return 1;
  const m = Math.min(b, c);
  let logPmf = -n * Math.LN2;
  let logCdf = logPmf;
  for (let k = 0; k < m; k++) {
    logPmf += Math.log((n - k) / (k + 1));
    logCdf = logAddExp(logCdf, logPmf);
  }
  return Math.min(1, 2 * Math.exp(logCdf));
}
function logAddExp(a, b) {
  const hi = Math.max(a, b);
  return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
}
function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507);
    z = Math.imul(z ^ z >>> 13, 3266489909);
    return (z ^ z >>> 16) >>> 0;
  };
  const st = [next(), next(), next(), next()];
  return () => {
    const result = Math.imul(rotl(Math.imul(st[1], 5), 7), 9) >>> 0;
    const t = st[1] << 9;
    st[2] ^= st[0];
    st[3] ^= st[1];
    st[1] ^= st[2];
    st[0] ^= st[3];
    st[2] ^= t;
    st[3] = rotl(st[3], 11);
    return result / 2 ** 32;
  };
}
var rotl = (x, k) => x << k | x >>> 32 - k;
function resampleCounts(n, random, into = new Uint32Array(n)) {
  into.fill(0);
  for (let i = 0; i < n; i++) into[Math.floor(random() * n)]++;
  return into;
}
function quantileSorted(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function pairedBootstrap(n, metric, o) {
  const ones = new Uint32Array(n).fill(1);
  const delta = metric(ones, 0) - metric(ones, 1);
  const random = rng(o.seed);
  const weights = new Uint32Array(n);
  const diffs = [];
  for (let b = 0; b < o.resamples; b++) {
    resampleCounts(n, random, weights);
    const d = metric(weights, 0) - metric(weights, 1);
    if (Number.isFinite(d)) diffs.push(d);
  }
  if (!Number.isFinite(delta) || diffs.length < o.resamples / 2) return null;
  const sorted = Float64Array.from(diffs).sort();
  const tail = (1 - o.confidence) / 2;
  return { delta, low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail), confidence: o.confidence, resamples: diffs.length };
}
function weightedAuc(scores, positive, order, w) {
  let pos = 0;
  let neg = 0;
  let twiceArea = 0;
  let i = 0;
  while (i < order.length) {
    let groupPos = 0;
    let groupNeg = 0;
    const s = scores[order[i]];
    for (; i < order.length && scores[order[i]] === s; i++) {
      const row = order[i];
      if (positive[row]) groupPos += w[row];
      else groupNeg += w[row];
    }
    twiceArea += groupNeg * (2 * pos + groupPos);
    pos += groupPos;
    neg += groupNeg;
  }
  if (pos === 0 || neg === 0) return NaN;
  return twiceArea / 2 / (pos * neg);
}
function descendingOrder(scores) {
  const order = new Uint32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[b] - scores[a]);
}

// src/evaluate/paired.ts
var PAIRED_METRICS = ["accuracy", "roc_auc", "rmse", "mse", "mae", "r2"];
var BOOTSTRAP = { resamples: 1e3, seed: 20240607 };
var PairedRows = class _PairedRows {
  /** `classes`: the candidate's (the probability columns kept), in sklearn's order; null for regression. */
  constructor(classes) {
    this.classes = classes;
    this.labels = [...classes ?? []];
    this.ids = new Map(this.labels.map((c, i) => [c, i]));
  }
  /** Each row's number in the data: shards are merged back into the data's order. */
  row = [];
  /** Classification: the true label's index in `labels`. Regression: the target. */
  truth = [];
  predictions = [[], []];
  /** Row-major, rows x classes, in `classes` order; dropped (null) once a batch lacks them. */
  scores = [[], []];
  /** Every label seen, true or predicted: the model's classes first, in their order. */
  labels;
  ids;
  id(label) {
    let i = this.ids.get(label);
    if (i === void 0) {
      i = this.labels.push(label) - 1;
      this.ids.set(label, i);
    }
    return i;
  }
  get rows() {
    return this.truth.length;
  }
  /** One batch of a classifier pair from row `firstRow`: true labels, predicted labels, each model's probabilities (rows x its classes, or null). */
  addClassification(firstRow, truth, predicted, proba) {
    const classes = this.classes;
    for (let i = 0; i < truth.length; i++) {
      this.row.push(firstRow + i);
      this.truth.push(this.id(truth[i]));
      for (const m of [0, 1]) this.predictions[m].push(this.id(predicted[m][i]));
    }
    const columns = proba.map((p) => p && classes.length ? classes.map((c) => p.classes.indexOf(c)) : null);
    if (!this.scores || columns.some((cols) => !cols || cols.includes(-1))) {
      this.scores = null;
      return;
    }
    for (const m of [0, 1]) {
      const { classes: own, values } = proba[m];
      const cols = columns[m];
      for (let i = 0; i < truth.length; i++) for (const j of cols) this.scores[m].push(values[i * own.length + j]);
    }
  }
  addRegression(firstRow, truth, predicted) {
    for (let i = 0; i < truth.length; i++) {
      this.row.push(firstRow + i);
      this.truth.push(truth[i]);
      this.predictions[0].push(predicted[0][i]);
      this.predictions[1].push(predicted[1][i]);
    }
  }
  merge(other) {
    const remap = (i) => this.classes ? this.id(other.labels[i]) : i;
    this.row = this.row.concat(other.row);
    this.truth = this.truth.concat(other.truth.map(remap));
    this.predictions = [this.predictions[0].concat(other.predictions[0].map(remap)), this.predictions[1].concat(other.predictions[1].map(remap))];
    this.scores = this.scores && other.scores ? [this.scores[0].concat(other.scores[0]), this.scores[1].concat(other.scores[1])] : null;
  }
  toJSON() {
    const enc2 = (a) => encodeFloat64(Float64Array.from(a));
    return {
      format: "model-cd.paired/1",
      classes: this.classes,
      labels: this.labels,
      rows: enc2(this.row),
      truth: enc2(this.truth),
      predictions: [enc2(this.predictions[0]), enc2(this.predictions[1])],
      scores: this.scores ? [enc2(this.scores[0]), enc2(this.scores[1])] : null
    };
  }
  static fromJSON(j) {
    const p = new _PairedRows(j.classes);
    for (const l of j.labels) p.id(l);
    const dec = (s) => Array.from(decodeFloat64(s));
    p.row = dec(j.rows);
    p.truth = dec(j.truth);
    p.predictions = [dec(j.predictions[0]), dec(j.predictions[1])];
    p.scores = j.scores ? [dec(j.scores[0]), dec(j.scores[1])] : null;
    return p;
  }
  /**
   * The paired test of one metric at significance `level`, or why there is none. `reported` holds
   * the two models' values from the report: the paired rows must reproduce them, so a test never
   * speaks about numbers other than the ones in the table.
   */
  test(metric, level, greaterIsBetter, reported) {
    this.inDataOrder();
    const n = this.rows;
    if (n === 0) return { unavailable: "no rows were scored by both models" };
    if (metric === "accuracy" && this.classes) {
      let b = 0;
      let c = 0;
      const right = [0, 0];
      for (let i = 0; i < n; i++) {
        const t = this.truth[i];
        const ok = [this.predictions[0][i] === t, this.predictions[1][i] === t];
        if (ok[0]) right[0]++;
        if (ok[1]) right[1]++;
        if (ok[0] && !ok[1]) b++;
        if (ok[1] && !ok[0]) c++;
      }
      const mismatch2 = this.mismatch(metric, reported, [right[0] / n, right[1] / n]);
      if (mismatch2) return mismatch2;
      const pValue = mcnemarExact(b, c);
      const delta = (b - c) / n;
      return { metric, delta, method: "mcnemar-exact", pValue, b, c, level, significantlyWorse: pValue < level && delta < 0, significantlyBetter: pValue < level && delta > 0 };
    }
    const score = this.scorer(metric);
    if (typeof score === "string") return { unavailable: score };
    const ones = new Uint32Array(n).fill(1);
    const mismatch = this.mismatch(metric, reported, [score(ones, 0), score(ones, 1)]);
    if (mismatch) return mismatch;
    const interval = pairedBootstrap(n, score, { ...BOOTSTRAP, confidence: 1 - level });
    if (!interval) return { unavailable: `${metric} is undefined on most bootstrap resamples of these ${n} rows (too few rows of a class)` };
    const below = interval.high < 0;
    const above = interval.low > 0;
    return {
      metric,
      delta: interval.delta,
      method: "paired-bootstrap",
      interval,
      level,
      significantlyWorse: greaterIsBetter ? below : above,
      significantlyBetter: greaterIsBetter ? above : below
    };
  }
  /** Rows sorted by their number, so the resamples (and so the interval) do not depend on sharding. */
  inDataOrder() {
    if (this.row.every((r, i) => i === 0 || this.row[i - 1] < r)) return;
    const order = this.row.map((_, i) => i).sort((a, b) => this.row[a] - this.row[b]);
    const pick = (a, width = 1) => order.flatMap((i) => a.slice(i * width, (i + 1) * width));
    const k = this.classes?.length ?? 0;
    this.row = pick(this.row);
    this.truth = pick(this.truth);
    this.predictions = [pick(this.predictions[0]), pick(this.predictions[1])];
    if (this.scores) this.scores = [pick(this.scores[0], k), pick(this.scores[1], k)];
  }
  mismatch(metric, reported, recomputed) {
    for (const m of [0, 1]) {
      const r = reported[m];
      if (r === null || !Number.isFinite(r)) return { unavailable: `the ${m === 0 ? "candidate" : "champion"} has no ${metric}` };
      if (Math.abs(r - recomputed[m]) > 1e-9 * Math.max(1, Math.abs(r))) {
        return { unavailable: `the paired rows give ${metric} ${recomputed[m]} for the ${m === 0 ? "candidate" : "champion"}, not the reported ${r} (labels outside the model's classes?)` };
      }
    }
    return null;
  }
  /** metric(weights, model) for the bootstrap, or why this metric cannot be resampled here. */
  scorer(metric) {
    const y = this.truth;
    const pred = this.predictions;
    if (!this.classes) {
      const sums = (w, m) => {
        let total = 0;
        let sq = 0;
        let abs = 0;
        for (let i = 0; i < y.length; i++) {
          const e = y[i] - pred[m][i];
          total += w[i];
          sq += w[i] * e * e;
          abs += w[i] * Math.abs(e);
        }
        return { total, sq, abs };
      };
      if (metric === "mse") return (w, m) => ((s) => s.sq / s.total)(sums(w, m));
      if (metric === "rmse") return (w, m) => ((s) => Math.sqrt(s.sq / s.total))(sums(w, m));
      if (metric === "mae") return (w, m) => ((s) => s.abs / s.total)(sums(w, m));
      if (metric === "r2") {
        return (w, m) => {
          const { total, sq } = sums(w, m);
          let mean = 0;
          for (let i = 0; i < y.length; i++) mean += w[i] * y[i];
          mean /= total;
          let ss = 0;
          for (let i = 0; i < y.length; i++) ss += w[i] * (y[i] - mean) ** 2;
          return ss === 0 ? NaN : 1 - sq / ss;
        };
      }
      return `${metric} is not a regression metric with a paired test (${PAIRED_METRICS.filter((x) => x !== "accuracy" && x !== "roc_auc").join(", ")} have one)`;
    }
    if (metric !== "roc_auc") return `${metric} has no paired test (accuracy and roc_auc have one for classification)`;
    if (!this.scores) return "roc_auc needs both models to give probabilities over the same classes";
    const classes = this.classes;
    const k = classes.length;
    const targets = k === 2 ? [1] : classes.map((_, i) => i);
    const problems = [0, 1].map(
      (m) => targets.map((t) => {
        const scores = new Float64Array(y.length);
        const positive = new Uint8Array(y.length);
        for (let i = 0; i < y.length; i++) {
          scores[i] = this.scores[m][i * k + t];
          positive[i] = y[i] === t ? 1 : 0;
        }
        return { scores, positive, order: descendingOrder(scores) };
      })
    );
    return (w, m) => {
      let sum = 0;
      for (const p of problems[m]) sum += weightedAuc(p.scores, p.positive, p.order, w);
      return sum / targets.length;
    };
  }
};

// src/evaluate/gates.ts
var DEFAULT_SIGNIFICANCE_LEVEL = 0.05;
function defaultGate(task, bothHaveRocAuc) {
  const metric = task === "regression" ? "rmse" : bothHaveRocAuc ? "roc_auc" : "accuracy";
  return { metric, significanceLevel: DEFAULT_SIGNIFICANCE_LEVEL, greaterIsBetter: metric !== "rmse", isDefault: true };
}
function comparesWithChampion(gates) {
  return gates.some((g) => g.minAbsoluteChange !== void 0 || g.minRelativeChange !== void 0 || g.significanceLevel !== void 0);
}
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["log_loss", "mae", "mse", "rmse", "mape", "latency_p50_ms", "latency_p95_ms", "latency_p99_ms"]);
var METRIC_ALIASES = {
  accuracy_score: "accuracy",
  precision_score: "precision",
  recall_score: "recall",
  f1_score: "f1",
  mean_absolute_error: "mae",
  mean_squared_error: "mse",
  root_mean_squared_error: "rmse",
  r2_score: "r2",
  mean_absolute_percentage_error: "mape"
};
function canonicalMetric(name2) {
  return METRIC_ALIASES[name2] ?? name2;
}
function defaultGreaterIsBetter(metric) {
  return LOWER_IS_BETTER.has(metric) ? false : null;
}
function parseGate(metric, raw, where, known) {
  const name2 = canonicalMetric(metric);
  const subject = `${where}: gate \`${metric}\``;
  if (!known.includes(name2)) throw new ConfigurationError(subject, metric, `is not a metric test-model computes. Use one of: ${known.join(", ")}.`);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigurationError(subject, JSON.stringify(raw), "must be a mapping such as {threshold: 0.85} or {min_relative_change: 0.0, greater_is_better: true}.");
  }
  const r = raw;
  for (const key of Object.keys(r)) {
    if (!["threshold", "min_absolute_change", "min_relative_change", "significance_level", "greater_is_better"].includes(key)) {
      throw new ConfigurationError(subject, key, "is not a gate setting. Use threshold, min_absolute_change, min_relative_change, significance_level and greater_is_better.");
    }
  }
  const num2 = (key) => {
    const v = r[key];
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ConfigurationError(`${subject}.${key}`, String(v), "must be a finite number.");
    return v;
  };
  const threshold = num2("threshold");
  const minAbsoluteChange = num2("min_absolute_change");
  const minRelativeChange = num2("min_relative_change");
  if (minAbsoluteChange !== void 0 && minAbsoluteChange <= 0) {
    throw new ConfigurationError(`${subject}.min_absolute_change`, String(minAbsoluteChange), 'must be a positive number (MLflow rejects 0 too); for "no worse than the champion" use min_relative_change: 0.');
  }
  if (minRelativeChange !== void 0 && (minRelativeChange < 0 || minRelativeChange > 1)) {
    throw new ConfigurationError(`${subject}.min_relative_change`, String(minRelativeChange), "must be between 0 and 1 (a fraction of the champion value: 0.02 is 2%).");
  }
  const significanceLevel = num2("significance_level");
  if (significanceLevel !== void 0) {
    if (!(significanceLevel > 0 && significanceLevel < 0.5)) {
      throw new ConfigurationError(`${subject}.significance_level`, String(significanceLevel), "must be above 0 and below 0.5: the chance of calling noise a regression, e.g. 0.05.");
    }
    if (!PAIRED_METRICS.includes(name2)) {
      throw new ConfigurationError(`${subject}.significance_level`, metric, `has no paired test. significance_level works on ${PAIRED_METRICS.join(", ")}; use min_relative_change for ${metric}.`);
    }
  }
  if (threshold === void 0 && minAbsoluteChange === void 0 && minRelativeChange === void 0 && significanceLevel === void 0) {
    throw new ConfigurationError(subject, JSON.stringify(raw), "sets no check. Give threshold, min_absolute_change, min_relative_change or significance_level.");
  }
  let greaterIsBetter = r.greater_is_better;
  if (greaterIsBetter === void 0 || greaterIsBetter === null) greaterIsBetter = defaultGreaterIsBetter(name2) ?? true;
  if (typeof greaterIsBetter !== "boolean") throw new ConfigurationError(`${subject}.greater_is_better`, String(greaterIsBetter), "must be true or false.");
  return {
    metric: name2,
    greaterIsBetter,
    ...threshold !== void 0 ? { threshold } : {},
    ...minAbsoluteChange !== void 0 ? { minAbsoluteChange } : {},
    ...minRelativeChange !== void 0 ? { minRelativeChange } : {},
    ...significanceLevel !== void 0 ? { significanceLevel } : {}
  };
}
var fmt = (n) => Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
function checkGate(g, candidate, champion, championMissing, paired = null) {
  const ge = g.greaterIsBetter;
  const cmp = (a, b) => ge ? a >= b : a <= b;
  const op = ge ? ">=" : "<=";
  const checks = [];
  const noCandidate = candidate === null || Number.isNaN(candidate);
  if (g.threshold !== void 0) {
    checks.push(
      noCandidate ? { kind: "threshold", requirement: `${op} ${fmt(g.threshold)}`, passed: false, skipped: "the candidate has no value for this metric" } : { kind: "threshold", requirement: `${op} ${fmt(g.threshold)}`, passed: cmp(candidate, g.threshold) }
    );
  }
  const comparisons = [
    ["min_absolute_change", g.minAbsoluteChange],
    ["min_relative_change", g.minRelativeChange]
  ];
  for (const [kind, amount] of comparisons) {
    if (amount === void 0) continue;
    const sign = ge ? "+" : "-";
    const wording = kind === "min_absolute_change" ? `${op} champion ${sign} ${fmt(amount)}` : amount === 0 ? `${op} champion` : `${op} champion ${sign} ${fmt(amount * 100)}% of its magnitude`;
    if (noCandidate) {
      checks.push({ kind, requirement: wording, passed: false, skipped: "the candidate has no value for this metric" });
      continue;
    }
    if (champion === null || Number.isNaN(champion)) {
      checks.push({ kind, requirement: wording, passed: championMissing === "pass", skipped: "no champion value (first deployment, or the champion lacks this metric)" });
      continue;
    }
    let passed;
    let bound;
    if (kind === "min_absolute_change") {
      bound = ge ? champion + amount : champion - amount;
      passed = cmp(candidate, bound);
    } else if (champion === 0) {
      bound = ge ? champion + 1e-10 : champion - 1e-10;
      passed = cmp(candidate, bound);
    } else {
      const change = ge ? (candidate - champion) / Math.abs(champion) : (champion - candidate) / Math.abs(champion);
      bound = ge ? champion + amount * Math.abs(champion) : champion - amount * Math.abs(champion);
      passed = !(change < amount);
    }
    checks.push({ kind, requirement: `${wording} (${fmt(bound)})`, passed });
  }
  if (g.significanceLevel !== void 0) checks.push(significanceCheck(g.significanceLevel, noCandidate, champion, championMissing, paired));
  return { metric: g.metric, candidate, champion, checks, passed: checks.every((c) => c.passed), ...g.isDefault ? { isDefault: true } : {} };
}
function significanceCheck(level, noCandidate, champion, championMissing, paired) {
  const requirement = `not significantly worse than champion (level ${fmt(level)})`;
  const kind = "significance_level";
  if (noCandidate) return { kind, requirement, passed: false, skipped: "the candidate has no value for this metric" };
  if (champion === null || Number.isNaN(champion)) return { kind, requirement, passed: championMissing === "pass", skipped: "no champion value (first deployment, or the champion lacks this metric)" };
  if (!paired || "unavailable" in paired) return { kind, requirement, passed: false, skipped: `no paired test: ${paired ? paired.unavailable : "the rows were not kept"}` };
  return { kind, requirement: `${requirement}: ${describePaired(paired)}`, passed: !paired.significantlyWorse };
}
function describePaired(t) {
  if (t.method === "mcnemar-exact") {
    return `McNemar exact p = ${fmt(t.pValue)} (${t.b} rows only the candidate got right, ${t.c} only the champion)`;
  }
  const i = t.interval;
  return `\u0394 ${fmt(t.delta)}, ${fmt(i.confidence * 100)}% paired bootstrap interval [${fmt(i.low)}, ${fmt(i.high)}] (${i.resamples} resamples)`;
}

// src/evaluate/contract.ts
var TOP = ["version", "task", "model", "data", "gates"];
var ELEM_TYPES = ["float32", "float64", "float16", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool", "string"];
var ELEM_ALIASES = { float: "float32", double: "float64", half: "float16", boolean: "bool", str: "string", tensor_float: "float32", tensor_double: "float64" };
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseContract(text2, file, knownMetrics) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text2);
  } catch (e) {
    throw new ConfigurationError(`contract ${file}`, e.message.split("\n")[0] ?? "", "is not valid YAML. Fix the syntax; docs/model-contract.md has examples.");
  }
  if (!isObj(doc)) throw new ConfigurationError(`contract ${file}`, String(doc), "must be a mapping with model, data and gates sections.");
  const where = (key) => `contract ${file}: \`${key}\``;
  unknownKeys(doc, TOP, file, "");
  if (doc.version !== void 0 && doc.version !== 1) throw new ConfigurationError(where("version"), String(doc.version), "must be 1 (the only version of the format).");
  const c = { file, gates: [] };
  if (doc.task !== void 0) {
    if (doc.task !== "binary" && doc.task !== "multiclass" && doc.task !== "regression") throw new ConfigurationError(where("task"), String(doc.task), "must be binary, multiclass or regression.");
    c.task = doc.task;
  }
  if (doc.model !== void 0) {
    if (!isObj(doc.model)) throw new ConfigurationError(where("model"), JSON.stringify(doc.model), "must be a mapping with inputs, outputs and labels.");
    unknownKeys(doc.model, ["inputs", "outputs", "labels"], file, "model.");
    if (doc.model.inputs !== void 0) c.inputs = tensors(doc.model.inputs, where("model.inputs"));
    if (doc.model.outputs !== void 0) c.outputs = tensors(doc.model.outputs, where("model.outputs"));
    if (doc.model.labels !== void 0) {
      if (!Array.isArray(doc.model.labels) || doc.model.labels.some((l) => typeof l !== "string" && typeof l !== "number" && typeof l !== "boolean")) {
        throw new ConfigurationError(where("model.labels"), JSON.stringify(doc.model.labels), "must be a list of labels, e.g. [0, 1] or [cat, dog].");
      }
      c.labels = doc.model.labels.map(String);
    }
  }
  if (doc.data !== void 0) {
    if (!isObj(doc.data)) throw new ConfigurationError(where("data"), JSON.stringify(doc.data), "must be a mapping with label, columns and features or inputs.");
    const d = doc.data;
    unknownKeys(d, ["label", "columns", "features", "inputs"], file, "data.");
    if (d.label !== void 0) {
      if (typeof d.label !== "string" || !d.label) throw new ConfigurationError(where("data.label"), String(d.label), "must be the name of the label (target) column.");
      c.label = d.label;
    }
    if (d.columns !== void 0) {
      if (!isObj(d.columns)) throw new ConfigurationError(where("data.columns"), JSON.stringify(d.columns), "must map column names to {type, nulls}.");
      c.columns = {};
      for (const [col, spec] of Object.entries(d.columns)) c.columns[col] = column(spec, where(`data.columns.${col}`));
    }
    if (d.features !== void 0) c.features = names(d.features, where("data.features"));
    if (d.inputs !== void 0) {
      if (!isObj(d.inputs)) throw new ConfigurationError(where("data.inputs"), JSON.stringify(d.inputs), "must map each model input to its list of columns.");
      c.inputColumns = {};
      for (const [input, cols] of Object.entries(d.inputs)) c.inputColumns[input] = names(cols, where(`data.inputs.${input}`));
    }
    if (c.features && c.inputColumns) throw new ConfigurationError(where("data"), "features and inputs", "are both given: use features for a model with one input, inputs for several.");
  }
  if (doc.gates !== void 0) {
    if (!isObj(doc.gates)) throw new ConfigurationError(where("gates"), JSON.stringify(doc.gates), "must map metric names to {threshold, min_absolute_change, min_relative_change, greater_is_better}.");
    c.gates = Object.entries(doc.gates).map(([metric, raw]) => parseGate(metric, raw, `contract ${file}`, knownMetrics));
  }
  return c;
}
async function readContractFile(given, cwd, findDefault, knownMetrics) {
  if (findDefault && given.toLowerCase() === "none") return null;
  const file = given ? resolve2(cwd, given) : findDefault ? ["model-contract.yaml", "model-contract.yml"].map((f) => join2(cwd, f)).find((f) => existsSync2(f)) : void 0;
  if (!file) return null;
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch {
    throw new ConfigurationError("input `contract`", given, `cannot be read. Give the path of model-contract.yaml${findDefault ? ", or `none` to run without a contract" : ""}.`);
  }
  return parseContract(text2, given || file.slice(cwd.length + 1), knownMetrics);
}
function unknownKeys(o, allowed, file, prefix) {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw new ConfigurationError(`contract ${file}: \`${prefix}${key}\``, key, `is not a contract key. Allowed here: ${allowed.join(", ")}.`);
  }
}
function names(v, where) {
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== "string" || !x)) throw new ConfigurationError(where, JSON.stringify(v), "must be a non-empty list of column names.");
  const seen = /* @__PURE__ */ new Set();
  for (const x of v) {
    if (seen.has(x)) throw new ConfigurationError(where, x, "is listed twice.");
    seen.add(x);
  }
  return v;
}
function normaliseType(t) {
  return t.replace(/\s+/g, "").replace(/[a-z_0-9]+/gi, (w) => ELEM_ALIASES[w.toLowerCase()] ?? w.toLowerCase());
}
function tensors(v, where) {
  if (!Array.isArray(v)) throw new ConfigurationError(where, JSON.stringify(v), "must be a list of {name, type, shape}.");
  return v.map((t, i) => {
    if (!isObj(t) || typeof t.name !== "string" || !t.name) throw new ConfigurationError(`${where}[${i}]`, JSON.stringify(t), "needs a name.");
    for (const key of Object.keys(t)) if (!["name", "type", "dtype", "shape"].includes(key)) throw new ConfigurationError(`${where}[${i}].${key}`, key, "is not a key here. Use name, type (or dtype) and shape.");
    const raw = t.type ?? t.dtype;
    if (typeof raw !== "string" || !raw) throw new ConfigurationError(`${where}[${i}] (${t.name})`, JSON.stringify(raw), `needs a type: an element type (${ELEM_TYPES.join(", ")}) or seq(map(int64,float32)).`);
    const type = normaliseType(raw);
    if (!/^(seq|map)\(/.test(type) && !ELEM_TYPES.includes(type)) throw new ConfigurationError(`${where}[${i}] (${t.name}).type`, raw, `is not an ONNX type. Use one of ${ELEM_TYPES.join(", ")}, or seq(...)/map(...).`);
    const out = { name: t.name, type };
    if (t.shape !== void 0) {
      if (!Array.isArray(t.shape) || t.shape.some((d) => !(d === null || typeof d === "string" || typeof d === "number" && Number.isInteger(d) && d >= -1))) {
        throw new ConfigurationError(`${where}[${i}] (${t.name}).shape`, JSON.stringify(t.shape), "must be a list of sizes, with a name, null or -1 for a dynamic dimension, e.g. [batch, 6].");
      }
      out.shape = t.shape.map((d) => d === -1 ? null : d);
    }
    return out;
  });
}
function column(spec, where) {
  const s = typeof spec === "string" ? { type: spec } : spec;
  if (!isObj(s)) throw new ConfigurationError(where, JSON.stringify(spec), "must be a type (float, int, string, bool) or {type, nulls}.");
  for (const key of Object.keys(s)) if (key !== "type" && key !== "nulls") throw new ConfigurationError(`${where}.${key}`, key, "is not a column key. Use type and nulls.");
  if (s.type !== "float" && s.type !== "int" && s.type !== "string" && s.type !== "bool") throw new ConfigurationError(`${where}.type`, String(s.type), "must be float, int, string or bool.");
  const nulls = s.nulls ?? "forbid";
  if (nulls !== "forbid" && nulls !== "allow") throw new ConfigurationError(`${where}.nulls`, String(nulls), "must be forbid or allow.");
  return { type: s.type, nulls };
}
function signatureDiff(c, m, which) {
  const diffs = [];
  const compare = (kind, declared, found) => {
    if (!declared) return;
    const byName = new Map(found.map((f) => [f.name, f]));
    for (const d of declared) {
      const f = byName.get(d.name);
      if (!f) {
        diffs.push(`${kind} \`${d.name}\`: declared, but the ${which} has no such ${kind} (it has ${found.map((x) => `\`${x.name}\``).join(", ") || "none"}).`);
        continue;
      }
      const t = f.type;
      const foundType = t?.kind === "tensor" ? t.elem : describeType(t);
      if (normaliseType(foundType) !== d.type) diffs.push(`${kind} \`${d.name}\`: type declared ${d.type}, found ${foundType}.`);
      if (d.shape && t?.kind === "tensor" && t.shape) {
        const shapeDiff = compareShape(d.shape, t.shape);
        if (shapeDiff) diffs.push(`${kind} \`${d.name}\`: shape declared [${d.shape.map(showDim).join(", ")}], found [${t.shape.map(showDim).join(", ")}] (${shapeDiff}).`);
      }
    }
    const declaredNames = new Set(declared.map((d) => d.name));
    for (const f of found) if (!declaredNames.has(f.name)) diffs.push(`${kind} \`${f.name}\`: not declared, but the ${which} has it (${describeType(f.type)}).`);
  };
  compare("input", c.inputs, m.inputs);
  compare("output", c.outputs, m.outputs);
  if (c.labels && m.classLabels) {
    const missing = c.labels.filter((l) => !m.classLabels?.includes(l));
    const extra = m.classLabels.filter((l) => !c.labels?.includes(l));
    if (missing.length || extra.length) diffs.push(`labels: declared [${c.labels.join(", ")}], found [${m.classLabels.join(", ")}].`);
  }
  return diffs;
}
var showDim = (d) => d === null ? "dynamic" : String(d);
function compareShape(declared, found) {
  if (declared.length !== found.length) return `rank ${declared.length} declared, ${found.length} found`;
  for (let i = 0; i < declared.length; i++) {
    const d = declared[i];
    const f = found[i];
    const dDynamic = typeof d !== "number";
    const fDynamic = typeof f !== "number";
    if (dDynamic && !fDynamic) return `dimension ${i} is fixed to ${f} in the model but declared dynamic`;
    if (!dDynamic && fDynamic) return `dimension ${i} is dynamic in the model but declared ${d}`;
    if (!dDynamic && d !== f) return `dimension ${i} differs`;
  }
  return null;
}

// src/evaluate/report.ts
init_define_ACTION_META();
var CLASSIFICATION_METRICS = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "roc_auc",
  "log_loss"
];
var REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape"];
var LATENCY_METRICS = ["latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "rows_per_second"];
var ALL_METRICS = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS, ...LATENCY_METRICS];
function flatten(task, c, r, l) {
  const out = {};
  if (c) {
    const positive = task === "binary" ? c.classes[c.classes.length - 1] : void 0;
    const main = (s) => positive !== void 0 ? s.perClass[positive] ?? null : s.weighted;
    Object.assign(out, {
      accuracy: c.accuracy,
      balanced_accuracy: c.balancedAccuracy,
      precision: main(c.precision),
      recall: main(c.recall),
      f1: main(c.f1),
      precision_macro: c.precision.macro,
      recall_macro: c.recall.macro,
      f1_macro: c.f1.macro,
      precision_micro: c.precision.micro,
      recall_micro: c.recall.micro,
      f1_micro: c.f1.micro,
      precision_weighted: c.precision.weighted,
      recall_weighted: c.recall.weighted,
      f1_weighted: c.f1.weighted,
      roc_auc: c.rocAuc,
      log_loss: c.logLoss
    });
  }
  if (r) Object.assign(out, { mae: r.mae, mse: r.mse, rmse: r.rmse, r2: r.r2, mape: r.mape });
  Object.assign(out, { latency_p50_ms: l.p50, latency_p95_ms: l.p95, latency_p99_ms: l.p99, rows_per_second: l.rowsPerSecond });
  return out;
}
function deltas(candidate, champion) {
  const out = {};
  if (!champion) return out;
  for (const [k, v] of Object.entries(candidate)) {
    const base = champion[k];
    out[k] = v === null || base === null || base === void 0 ? null : v - base;
  }
  return out;
}
var num = (v, digits = 4) => v === null || v === void 0 || Number.isNaN(v) ? "\u2014" : Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(3) : v.toFixed(digits);
var signed = (v) => v === null || v === void 0 ? "\u2014" : `${v > 0 ? "+" : ""}${num(v)}`;
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function verdictLine(r) {
  const failed = r.gates.filter((g) => !g.passed);
  if (r.contract?.differences.length) return `### \u274C test-model: the candidate breaks the model contract (${r.contract.differences.length} difference${r.contract.differences.length === 1 ? "" : "s"})`;
  if (failed.length) return `### \u274C test-model: the candidate may not ship \u2014 ${failed.length} gate${failed.length === 1 ? "" : "s"} failed (${failed.map((g) => g.metric).join(", ")})`;
  const gates = r.gates.length ? `all ${r.gates.length} gate${r.gates.length === 1 ? "" : "s"} passed` : "no gates set";
  return `### \u2705 test-model: the candidate may ship \u2014 ${gates}${r.champion ? "" : " (no champion: first deployment)"}`;
}
function markdown(r) {
  const lines = [verdictLine(r), ""];
  lines.push(`${r.task} model on ${r.rows} rows of ${code(r.data)}; candidate ${code(r.candidate.path)}${r.champion ? `, champion ${code(r.champion.path)}` : ", no champion"}.`, "");
  if (r.contract?.differences.length) {
    lines.push(`**Contract ${code(r.contract.file)}**: declared vs found`, "", ...r.contract.differences.map((d) => `- ${d}`), "");
  }
  const gated = new Map(r.gates.map((g) => [g.metric, g]));
  const names2 = Object.keys(r.candidate.metrics).filter((k) => r.candidate.metrics[k] !== null || (r.champion?.metrics[k] ?? null) !== null || gated.has(k));
  lines.push(r.champion ? "| Metric | Candidate | Champion | \u0394 | Gate |" : "| Metric | Candidate | Gate |", r.champion ? "|---|---:|---:|---:|---|" : "|---|---:|---|");
  for (const k of names2) {
    const g = gated.get(k);
    const gate = g ? g.checks.map((c) => `${c.passed ? "\u2705" : "\u274C"} ${c.requirement}${c.skipped ? ` (skipped: ${c.skipped})` : ""}`).join("<br>") : "";
    const cells = r.champion ? [k, num(r.candidate.metrics[k]), num(r.champion.metrics[k]), signed(r.deltas[k]), gate] : [k, num(r.candidate.metrics[k]), gate];
    lines.push(`| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  lines.push("");
  if (r.comparison) lines.push(comparisonLine(r.comparison), "");
  if (r.gates.some((g) => g.isDefault)) {
    lines.push(`No gate compared with the champion, so test-model applied its default: ${code(r.gates.find((g) => g.isDefault)?.metric ?? "")} must not be significantly worse (set \`gates\`, or \`default-gate: none\`).`, "");
  }
  const warnings = [...r.candidate.warnings.map((w) => `candidate: ${w}`), ...r.champion?.warnings.map((w) => `champion: ${w}`) ?? []];
  if (warnings.length) lines.push("<details><summary>Warnings</summary>", "", ...warnings.map((w) => `- ${w}`), "", "</details>", "");
  for (const [who, m] of [["candidate", r.candidate], ["champion", r.champion]]) {
    if (!m || !("confusionMatrix" in m.details)) continue;
    const cm = m.details.confusionMatrix;
    lines.push(`<details><summary>Confusion matrix (${who}; rows true, columns predicted)</summary>`, "", `| | ${cm.labels.map(code).join(" | ")} |`, `|---|${cm.labels.map(() => "---:").join("|")}|`);
    cm.matrix.forEach((row, i) => lines.push(`| ${code(cm.labels[i])} | ${row.join(" | ")} |`));
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}
function comparisonLine(c) {
  if ("unavailable" in c) return `**Paired test**: none (${c.unavailable}).`;
  const verdict = c.significantlyWorse ? "significantly worse" : c.significantlyBetter ? "significantly better" : "no significant difference";
  return `**Paired test on ${code(c.metric)}** (the same ${c.method === "mcnemar-exact" ? "rows" : "rows, resampled"}): ${verdict} at level ${c.level}; ${describePaired(c)}.`;
}

export {
  WireError,
  readModel,
  withoutZipMap,
  encodeFloat64,
  decodeFloat64,
  PairedRows,
  DEFAULT_SIGNIFICANCE_LEVEL,
  defaultGate,
  comparesWithChampion,
  parseGate,
  checkGate,
  readContractFile,
  signatureDiff,
  ALL_METRICS,
  flatten,
  deltas,
  markdown,
  ORT_VERSION,
  npmRegistry,
  runnerOrtOptions,
  loadOnnxRuntime,
  fetchOrtPackages
};
