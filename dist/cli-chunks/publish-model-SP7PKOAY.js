import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ALIAS_SCHEMA,
  EMPTY_SHA256,
  Limiter,
  MANIFEST_SCHEMA,
  MODEL_VERSION,
  MlflowError,
  RUN,
  S3Client,
  aliasKey,
  anything,
  checkName,
  claimKey,
  encodeQuery,
  fileKey,
  keyProblem,
  manifestKey,
  manifestSha256,
  mlflowServer,
  object,
  parseAlias,
  parseManifest,
  parseRegistry,
  parseTags,
  parseVersion,
  proxiedPath,
  rejectionHint,
  resolveCredentials,
  runUrl,
  runnerTags,
  s3ConfigFrom,
  s3Uri,
  sign,
  sortEntries,
  str,
  unquoteEtag,
  versionUri,
  xmlUnescape
} from "./chunk-J736Y27J.js";
import {
  formatBytes
} from "./chunk-FGGIRIWE.js";
import {
  sha256File
} from "./chunk-GOJ3UU2V.js";
import {
  HttpError,
  fetchWithRetry,
  redact,
  sendingBody,
  stepRetry
} from "./chunk-6SQENMC6.js";
import {
  bool,
  number,
  readInputs,
  string
} from "./chunk-ZKYIUTKU.js";
import "./chunk-2GYKKTUI.js";
import {
  ConfigurationError,
  ServiceError,
  errorMessage
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/publish-model.ts
init_define_ACTION_META();

// src/registry/publish-step.ts
init_define_ACTION_META();
import { resolve } from "node:path";

// src/registry/mlflow-publish.ts
init_define_ACTION_META();
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";

// src/registry/s3registry/publish.ts
init_define_ACTION_META();
import { readFile, readdir, readlink, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";

// src/registry/s3/write.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
var PreconditionFailed = class extends ServiceError {
  constructor(what) {
    super(`${what} changed or already exists (a conditional write lost a race).`, 412);
  }
};
var S3Writer = class {
  constructor(config) {
    this.config = config;
    this.reader = new S3Client(config);
  }
  reader;
  async put(bucket, key, body, opts = {}) {
    const headers = {};
    if (opts.contentType) headers["content-type"] = opts.contentType;
    if (opts.ifNoneMatch) headers["if-none-match"] = "*";
    if (opts.ifMatch) headers["if-match"] = opts.ifMatch.startsWith('"') ? opts.ifMatch : `"${opts.ifMatch}"`;
    const res = await this.send("PUT", bucket, key, "", headers, body);
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 412 && (opts.ifNoneMatch || opts.ifMatch)) throw new PreconditionFailed(s3Uri(bucket, key));
    if (res.status === 409 && opts.ifNoneMatch) throw new PreconditionFailed(s3Uri(bucket, key));
    if (!res.ok) throw await this.failure(res, bucket, key, "write");
    return { etag: unquoteEtag(res.headers.get("etag") ?? "") };
  }
  /** The object's text and ETag, or null when there is none. */
  async getText(bucket, key) {
    try {
      const r = await this.reader.get(bucket, key);
      const text = await new Response(r.body).text();
      return { text, etag: r.info.etag };
    } catch (e) {
      if (e instanceof ServiceError && e.status === 404) return null;
      throw e;
    }
  }
  async exists(bucket, key) {
    try {
      await this.reader.head(bucket, key);
      return true;
    } catch (e) {
      if (e instanceof ServiceError && e.status === 404) return false;
      throw e;
    }
  }
  async delete(bucket, key) {
    const res = await this.send("DELETE", bucket, key, "", {});
    await res.body?.cancel().catch(() => void 0);
    if (!res.ok && res.status !== 404) throw await this.failure(res, bucket, key, "delete");
  }
  /** Uploads a local file, in one PUT or in parts; returns the object's ETag. */
  async uploadFile(bucket, key, path, size, o) {
    const fh = await open(path, "r");
    try {
      const read = async (start, length) => {
        const buf = Buffer.allocUnsafe(length);
        let got = 0;
        while (got < length) {
          const { bytesRead } = await fh.read(buf, got, length - got, start + got);
          if (bytesRead === 0) throw new ServiceError(`${path} became shorter while it was being published; nothing was registered. Publish again once the file is final.`);
          got += bytesRead;
        }
        return buf;
      };
      const hash = createHash("sha256");
      let reads = Promise.resolve();
      const readInOrder = (start, length) => {
        const next = reads.then(() => read(start, length)).then((buf) => (hash.update(buf), buf));
        reads = next.catch(() => void 0);
        return next;
      };
      const checkHash = () => {
        const got = hash.digest("hex");
        if (o.expectedSha256 && got !== o.expectedSha256) throw new ServiceError(`${path} changed while it was being published (sha256 ${got}, was ${o.expectedSha256}); nothing was registered. Publish again once the file is final.`);
      };
      if (size <= o.multipartThreshold) {
        return await o.run(async () => {
          const body = await readInOrder(0, size);
          checkHash();
          const { etag } = await this.put(bucket, key, body, { contentType: "application/octet-stream" });
          o.onBytes?.(size);
          return etag;
        });
      }
      const uploadId = await this.createMultipart(bucket, key);
      try {
        const parts = [];
        for (let n = 1, start = 0; start < size; n++, start += o.partSize) {
          const length = Math.min(o.partSize, size - start);
          const partNumber = n;
          parts.push(
            o.run(async () => {
              const etag = await this.uploadPart(bucket, key, uploadId, partNumber, await readInOrder(start, length));
              o.onBytes?.(length);
              return { n: partNumber, etag };
            })
          );
        }
        const settled = await Promise.allSettled(parts);
        const failed = settled.find((s) => s.status === "rejected");
        if (failed) throw failed.reason;
        checkHash();
        return await this.completeMultipart(bucket, key, uploadId, settled.map((s) => s.value));
      } catch (e) {
        await this.abortMultipart(bucket, key, uploadId).catch(() => void 0);
        throw e;
      }
    } finally {
      await fh.close();
    }
  }
  async createMultipart(bucket, key) {
    const res = await this.send("POST", bucket, key, "uploads=", { "content-type": "application/octet-stream" });
    if (!res.ok) throw await this.failure(res, bucket, key, "write");
    const id = xmlText(await res.text(), "UploadId");
    if (!id) throw new ServiceError(`the S3 server started a multipart upload of ${s3Uri(bucket, key)} without an UploadId.`, res.status);
    return id;
  }
  async uploadPart(bucket, key, uploadId, partNumber, body) {
    const query = encodeQuery([
      ["partNumber", String(partNumber)],
      ["uploadId", uploadId]
    ]);
    const res = await this.send("PUT", bucket, key, query, {}, body);
    await res.body?.cancel().catch(() => void 0);
    if (!res.ok) throw await this.failure(res, bucket, key, "write");
    const etag = res.headers.get("etag");
    if (!etag) throw new ServiceError(`the S3 server accepted part ${partNumber} of ${s3Uri(bucket, key)} without an ETag.`, res.status);
    return etag;
  }
  async completeMultipart(bucket, key, uploadId, parts) {
    const xml = "<CompleteMultipartUpload>" + [...parts].sort((a, b) => a.n - b.n).map((p) => `<Part><PartNumber>${p.n}</PartNumber><ETag>${p.etag.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</ETag></Part>`).join("") + "</CompleteMultipartUpload>";
    const res = await this.send("POST", bucket, key, encodeQuery([["uploadId", uploadId]]), { "content-type": "application/xml" }, Buffer.from(xml));
    if (!res.ok) throw await this.failure(res, bucket, key, "write");
    const text = await res.text();
    if (/<Error>/.test(text)) throw new ServiceError(`the S3 server could not complete the upload of ${s3Uri(bucket, key)} (${xmlText(text, "Code") ?? ""}: ${xmlText(text, "Message") ?? ""}).`, res.status);
    return unquoteEtag(xmlText(text, "ETag") ?? "");
  }
  async abortMultipart(bucket, key, uploadId) {
    const res = await this.send("DELETE", bucket, key, encodeQuery([["uploadId", uploadId]]), {});
    await res.body?.cancel().catch(() => void 0);
  }
  async send(method, bucket, key, query, headers, body) {
    const url = this.reader.url(bucket, key, query);
    const all = { ...headers };
    if (body) all["content-length"] = String(body.length);
    const payloadHash = body ? createHash("sha256").update(body).digest("hex") : EMPTY_SHA256;
    const credentials = await resolveCredentials(this.config.credentials);
    const signed = credentials ? sign({ method, url, headers: all, payloadHash, credentials, region: this.config.region, date: (this.config.now ?? (() => /* @__PURE__ */ new Date()))() }).headers : all;
    const init = { method, headers: signed, redirect: "manual" };
    if (body) init.body = body;
    try {
      return await fetchWithRetry(url, init, sendingBody(this.config.retry ?? {}, body?.length ?? 0));
    } catch (e) {
      const endpoint = redact(this.reader.endpoint);
      if (e instanceof HttpError && e.status !== null) throw new ServiceError(`the S3 server kept failing for ${s3Uri(bucket, key)}: ${e.message}.`, e.status);
      if (e instanceof HttpError || e instanceof TypeError) {
        throw new ServiceError(`cannot reach the S3 endpoint ${endpoint} for ${s3Uri(bucket, key)}: ${e.message}. Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`);
      }
      throw e;
    }
  }
  async failure(res, bucket, key, op) {
    const text = await res.text().catch(() => "");
    const said = [xmlText(text, "Code"), xmlText(text, "Message")].filter(Boolean).join(": ");
    const detail = `HTTP ${res.status}${said ? ` ${said}` : ""}`;
    const target = s3Uri(bucket, key);
    if (res.status === 401 || res.status === 403) {
      return new ServiceError(
        this.config.credentials ? `credentials rejected for ${target} (${detail}). ${rejectionHint(xmlText(text, "Code") ?? "", this.config.credentialSource)} They must be allowed to ${op === "write" ? "write (s3:PutObject)" : "delete (s3:DeleteObject)"} under the registry root.` : `access denied for ${target} to an unsigned request (${detail}): publishing needs credentials. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, e.g. with aws-actions/configure-aws-credentials.`,
        res.status
      );
    }
    if (res.status === 404 && xmlText(text, "Code") === "NoSuchBucket") return new ServiceError(`no bucket s3://${bucket} at ${redact(this.reader.endpoint)} (${detail}). Check \`registry\`, \`s3-endpoint\` and \`aws-region\`.`, 404);
    return new ServiceError(`the S3 server refused to ${op} ${target} (${detail}).`, res.status);
  }
};
function xmlText(xml, tag) {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? xmlUnescape(m[1]) : void 0;
}

// src/registry/s3registry/publish.ts
function planPublish(i) {
  if (i.path) {
    if (i.version !== null) {
      throw new ConfigurationError("input `version`", String(i.version), "cannot be given with `path`: a new version gets the next free number. Leave `version` empty to register, or leave `path` empty to promote an existing version.");
    }
    return { kind: "register", path: i.path, alias: i.alias || null };
  }
  if (!i.alias) {
    throw new ConfigurationError("input `path`", "", "is empty and so is `alias`: nothing to do. Give `path` to register a new version, or `version` and `alias` to promote one.");
  }
  if (i.version === null) {
    throw new ConfigurationError("input `version`", "", `is needed to move alias ${JSON.stringify(i.alias)} without \`path\`: give the version to promote (the \`version\` output of the publish that registered it).`);
  }
  if (i.hasLineage) {
    throw new ConfigurationError("input `path`", "", "is empty, but `metrics-file`, `tags`, `description` or `image-digest` were given: a registered version is immutable, so these can only be attached when registering. Give `path`, or drop them for a promotion.");
  }
  return { kind: "promote", version: i.version, alias: i.alias };
}
var MIB = 1 << 20;
async function publishModel(o) {
  const log = o.log ?? (() => void 0);
  const now = o.now ?? (() => /* @__PURE__ */ new Date());
  const { s3, root, name } = o;
  if (o.plan.kind === "promote") {
    const manifest = await readManifest(o, o.plan.version);
    const alias2 = await moveAlias(o, o.plan.alias, o.plan.version);
    return { name, version: o.plan.version, uri: versionUri(root, name, o.plan.version), sha256: manifest.sha256, size: manifest.size, files: manifest.files.length, registered: false, bytesUploaded: 0, alias: alias2 };
  }
  if (o.plan.alias && o.expectedPrevious !== void 0) {
    checkExpectedPrevious(name, o.plan.alias, (await readAlias(o, o.plan.alias)).previous, o.expectedPrevious);
  }
  const files = await hashLocal(o.plan.path, o.concurrency ?? 4);
  const sha256 = manifestSha256(files);
  const size = files.reduce((s, f) => s + f.size, 0);
  log(`${files.length} file${files.length === 1 ? "" : "s"}, ${size} bytes, sha256 ${sha256}`);
  const version = await claimVersion(o);
  log(`Claimed version ${version} of ${name}`);
  const limiter = new Limiter(o.concurrency ?? 4);
  const run = (fn) => limiter.run(fn);
  let bytesUploaded = 0;
  const uploaded = [];
  try {
    const results = await Promise.allSettled(
      files.map(async (f) => {
        const key = fileKey(root, name, version, f.path);
        await s3.uploadFile(root.bucket, key, f.abs, f.size, {
          multipartThreshold: o.multipartThreshold ?? 64 * MIB,
          partSize: o.partSize ?? 16 * MIB,
          run,
          onBytes: (n) => bytesUploaded += n,
          expectedSha256: f.sha256
        });
        uploaded.push(key);
      })
    );
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    const manifest = {
      schema: MANIFEST_SCHEMA,
      name,
      version,
      created: now().toISOString(),
      sha256,
      size,
      files: sortEntries(files.map(({ path, size: s, sha256: h }) => ({ path, size: s, sha256: h }))),
      tags: o.tags ?? {},
      metrics: o.metrics ?? {},
      ...o.description ? { description: o.description } : {}
    };
    await s3.put(root.bucket, manifestKey(root, name, version), Buffer.from(JSON.stringify(manifest, null, 2) + "\n"), { contentType: "application/json", ifNoneMatch: true });
  } catch (e) {
    await Promise.allSettled(uploaded.map((k) => s3.delete(root.bucket, k)));
    throw e;
  }
  log(`Registered ${name} version ${version}`);
  const alias = o.plan.alias ? await afterRegistering(name, version, versionUri(root, name, version), o.plan.alias, () => moveAlias(o, o.plan.alias, version)) : null;
  return { name, version, uri: versionUri(root, name, version), sha256, size, files: files.length, registered: true, bytesUploaded, alias };
}
async function hashLocal(path, concurrency) {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new ConfigurationError("input `path`", path, "does not exist. Give the model file or folder to publish.");
  }
  const found = [];
  if (st.isFile()) {
    found.push({ abs: path, path: basename(path), size: st.size });
  } else if (st.isDirectory()) {
    await walk(path, path, found);
    if (found.length === 0) throw new ConfigurationError("input `path`", path, "is an empty folder. Give a folder with the model files.");
  } else {
    throw new ConfigurationError("input `path`", path, "is neither a file nor a folder.");
  }
  const limiter = new Limiter(concurrency);
  return Promise.all(
    found.map(
      (f) => limiter.run(async () => {
        return { ...f, sha256: await sha256File(f.abs) };
      })
    )
  );
}
async function walk(root, dir, out) {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const abs = join(dir, d.name);
    const rel = relative(root, abs).split(sep).join("/");
    const problem = keyProblem(rel);
    if (problem) throw new ConfigurationError("input `path`", abs, `holds a file whose name ${problem}; rename it.`);
    const st = d.isSymbolicLink() ? await linkTarget(abs) : null;
    if (d.isDirectory()) await walk(root, abs, out);
    else if (d.isFile() || st?.isFile()) out.push({ abs, path: rel, size: st?.size ?? (await stat(abs)).size });
    else if (st?.isDirectory()) throw new ConfigurationError("input `path`", abs, "is a symbolic link to a folder, which is not followed. Copy the folder in, or link the files.");
  }
}
async function linkTarget(abs) {
  try {
    return await stat(abs);
  } catch (e) {
    const to = await readlink(abs).catch(() => "?");
    const why = e.code === "ELOOP" ? "a loop of links" : `${JSON.stringify(to)}, which does not exist`;
    throw new ConfigurationError("input `path`", abs, `is a broken symbolic link: it points to ${why}. Fix the link, replace it with the file, or remove it.`);
  }
}
async function claimVersion(o) {
  const { s3, root, name } = o;
  const taken = (n2) => s3.exists(root.bucket, claimKey(root, name, n2));
  let n = 1;
  if (await taken(1)) {
    let lo = 1;
    let hi = 2;
    while (await taken(hi)) {
      lo = hi;
      hi *= 2;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await taken(mid)) lo = mid;
      else hi = mid;
    }
    n = hi;
  }
  const marker = (v) => Buffer.from(JSON.stringify({ version: v, claimed: (o.now ?? (() => /* @__PURE__ */ new Date()))().toISOString(), ...o.by ? { by: o.by } : {} }) + "\n");
  for (let tries = 0; tries < 1e3; tries++, n++) {
    try {
      await s3.put(root.bucket, claimKey(root, name, n), marker(n), { contentType: "application/json", ifNoneMatch: true });
      return n;
    } catch (e) {
      if (!(e instanceof PreconditionFailed)) throw e;
      o.log?.(`Version ${n} of ${name} was just claimed by another publisher; trying ${n + 1}`);
    }
  }
  throw new ServiceError(`could not claim a version of ${name} under ${s3Uri(root.bucket, root.prefix)} after 1000 tries: too many publishers at once.`);
}
async function readManifest(o, version) {
  const key = manifestKey(o.root, o.name, version);
  const got = await o.s3.getText(o.root.bucket, key);
  if (!got) {
    const claimed = await o.s3.exists(o.root.bucket, claimKey(o.root, o.name, version));
    throw new ServiceError(
      claimed ? `version ${version} of ${o.name} is incomplete (its publish did not finish: no ${s3Uri(o.root.bucket, key)}), so it cannot be promoted. Promote a complete version.` : `version ${version} of ${o.name} does not exist in ${s3Uri(o.root.bucket, o.root.prefix)} (no ${s3Uri(o.root.bucket, key)}). Check \`name\`, \`version\` and \`registry\`.`,
      404
    );
  }
  try {
    return parseManifest(got.text, s3Uri(o.root.bucket, key));
  } catch (e) {
    throw new ServiceError(`${e.message} Promote another version, or publish this model again.`);
  }
}
async function readAlias(o, alias) {
  const key = aliasKey(o.root, o.name, alias);
  const cur = await o.s3.getText(o.root.bucket, key);
  if (!cur) return { cur, previous: null };
  try {
    return { cur, previous: parseAlias(cur.text, s3Uri(o.root.bucket, key)).version };
  } catch (e) {
    throw new ServiceError(`${e.message} Fix or delete it, then run again.`);
  }
}
async function moveAlias(o, alias, version) {
  const key = aliasKey(o.root, o.name, alias);
  const where = s3Uri(o.root.bucket, key);
  for (let attempt = 0; attempt < 20; attempt++) {
    const { cur, previous } = await readAlias(o, alias);
    checkExpectedPrevious(o.name, alias, previous, o.expectedPrevious);
    if (previous === version) return { alias, previous, moved: false };
    const pointer = { schema: ALIAS_SCHEMA, version, previous, updated: (o.now ?? (() => /* @__PURE__ */ new Date()))().toISOString(), ...o.by ? { by: o.by } : {} };
    try {
      await o.s3.put(o.root.bucket, key, Buffer.from(JSON.stringify(pointer) + "\n"), { contentType: "application/json", ...cur ? { ifMatch: cur.etag } : { ifNoneMatch: true } });
      o.log?.(`Moved alias ${alias} of ${o.name}: ${previous ?? "(new)"} \u2192 ${version}`);
      return { alias, previous, moved: true };
    } catch (e) {
      if (!(e instanceof PreconditionFailed)) throw e;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 100));
    }
  }
  throw new ServiceError(`alias ${alias} of ${o.name} kept changing while it was being moved (${where}); run again.`);
}
var NOTHING_CHANGED = " Nothing was changed; read the registry again and decide.";
function checkExpectedPrevious(name, alias, previous, expected) {
  if (expected === void 0 || previous === expected) return;
  const now = previous === null ? "does not exist" : `points to version ${previous}`;
  const wanted = expected === null ? "not to exist yet" : `to point to version ${expected}`;
  throw new ServiceError(`alias ${alias} of ${name} ${now}, but \`expected-previous-version\` expects it ${wanted}: it was moved since that was read.${NOTHING_CHANGED}`, 409);
}
var AliasNotMoved = class extends ServiceError {
  constructor(message, version, uri) {
    super(message, 409);
    this.version = version;
    this.uri = uri;
  }
};
async function afterRegistering(name, version, uri, alias, move) {
  try {
    return await move();
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    const said = e.message.endsWith(NOTHING_CHANGED) ? e.message.slice(0, -NOTHING_CHANGED.length) : e.message;
    throw new AliasNotMoved(`${said} Version ${version} of ${name} was registered (${uri}), but alias ${alias} was not moved to it: promote it with \`version: ${version}\` and \`alias: ${alias}\` once you have decided.`, version, uri);
  }
}
async function readMetrics(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError("input `metrics-file`", path, 'cannot be read. Give a JSON file of metrics, e.g. {"accuracy": 0.93}.');
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError("input `metrics-file`", path, `is not JSON (${e.message}). Give a JSON object of metrics, e.g. {"accuracy": 0.93}.`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new ConfigurationError("input `metrics-file`", path, 'holds JSON that is not an object. Give an object of metrics, e.g. {"accuracy": 0.93}.');
  return doc;
}

// src/registry/mlflow-publish.ts
var SHA256_TAG = "model-cd.sha256";
var encodePath = (p) => p.split("/").map(encodeURIComponent).join("/");
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function publishMlflow(o) {
  const { client, name } = o;
  const log = o.log ?? (() => void 0);
  if (o.plan.kind === "promote") {
    const version2 = o.plan.version;
    const mv = await client.modelVersion(name, String(version2));
    const sha = (mv.tags ?? []).find((t) => t.key === SHA256_TAG)?.value ?? "";
    const alias2 = await setAlias(o, o.plan.alias, version2);
    return { name, version: version2, uri: `models:/${name}/${version2}`, sha256: sha, size: 0, files: 0, registered: false, bytesUploaded: 0, runId: mv.run_id ?? "", alias: alias2 };
  }
  if (o.plan.alias && o.expectedPrevious !== void 0) checkExpectedPrevious(name, o.plan.alias, await aliasVersion(o, o.plan.alias), o.expectedPrevious);
  const files = await hashLocal(o.plan.path, 4);
  const size = files.reduce((s, f) => s + f.size, 0);
  const sha256 = manifestSha256(files);
  log(`${files.length} file${files.length === 1 ? "" : "s"}, ${size} bytes, sha256 ${sha256}`);
  try {
    await client.api("registered-models/create", anything, {}, { name });
    log(`Created the registered model ${name}`);
  } catch (e) {
    if (!(e instanceof MlflowError && e.code === "RESOURCE_ALREADY_EXISTS")) throw e;
  }
  const experimentId = await experiment(o);
  const started = Date.now();
  const run = (await client.api("runs/create", object({ run: RUN }), {}, {
    experiment_id: experimentId,
    start_time: started,
    run_name: `publish-${name}`,
    tags: [
      { key: "mlflow.source.name", value: "model-cd publish-model" },
      ...Object.entries(o.tags ?? {}).map(([key, value]) => ({ key, value }))
    ]
  })).run;
  const runId = run.info.run_id;
  const artifactUri = run.info.artifact_uri.replace(/\/+$/, "");
  if (!/^mlflow-artifacts:/i.test(artifactUri)) {
    await endRun(client, runId, "FAILED");
    throw new ServiceError(
      `the tracking server gives run ${runId} the artifact location ${artifactUri}, which publish-model cannot upload to: it uploads through the server's proxied artifact store. Start the server with --serve-artifacts (the default) and an --artifacts-destination, or use an experiment whose artifact location is mlflow-artifacts:/.`
    );
  }
  log(`Uploading to run ${runId} (${artifactUri}/model)`);
  let bytesUploaded = 0;
  try {
    const root = `${proxiedPath(artifactUri)}/model`;
    for (const f of files) {
      const got = await upload(client, `${root}/${f.path}`, f.abs, f.size, (n) => bytesUploaded += n);
      if (got !== f.sha256) {
        throw new ServiceError(`${f.abs} changed while it was being published (sha256 ${f.sha256} before, ${got} while uploading). Publish again once nothing writes to it.`);
      }
    }
    const { metrics, params } = splitMetrics(o.metrics ?? {});
    if (metrics.length || params.length) {
      await client.api("runs/log-batch", anything, {}, { run_id: runId, metrics: metrics.map(([key, value]) => ({ key, value, timestamp: Date.now(), step: 0 })), params: params.map(([key, value]) => ({ key, value })) });
    }
    await endRun(client, runId, "FINISHED");
  } catch (e) {
    await endRun(client, runId, "FAILED").catch(() => void 0);
    throw e;
  }
  const versionTags = { ...o.tags ?? {}, [SHA256_TAG]: sha256 };
  const created = (await client.api("model-versions/create", object({ model_version: MODEL_VERSION }), {}, {
    name,
    source: `${artifactUri}/model`,
    run_id: runId,
    ...o.description ? { description: o.description } : {},
    tags: Object.entries(versionTags).map(([key, value]) => ({ key, value }))
    // Not retried: a create that reached the server before a 5xx or a reset would make a second version.
  }, { attempts: 1 })).model_version;
  const version = Number(created.version);
  log(`Created ${name} version ${version}; waiting until it is READY`);
  await waitReady(o, created);
  log(`Registered ${name} version ${version}`);
  const alias = o.plan.alias ? await afterRegistering(name, version, `models:/${name}/${version}`, o.plan.alias, () => setAlias(o, o.plan.alias, version)) : null;
  return { name, version, uri: `models:/${name}/${version}`, sha256, size, files: files.length, registered: true, bytesUploaded, runId, alias };
}
async function experiment(o) {
  if (!o.experiment) return "0";
  const get = async () => (await o.client.api("experiments/get-by-name", object({ experiment: object({ experiment_id: str }) }), { experiment_name: o.experiment })).experiment.experiment_id;
  try {
    return await get();
  } catch (e) {
    if (!(e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST")) throw e;
  }
  try {
    return (await o.client.api("experiments/create", object({ experiment_id: str }), {}, { name: o.experiment })).experiment_id;
  } catch (e) {
    if (e instanceof MlflowError && e.code === "RESOURCE_ALREADY_EXISTS") return get();
    throw e;
  }
}
async function endRun(client, runId, status) {
  await client.api("runs/update", anything, {}, { run_id: runId, status, end_time: Date.now() });
}
function splitMetrics(m) {
  const metrics = [];
  const params = [];
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === "number" && Number.isFinite(v)) metrics.push([k, v]);
    else if (typeof v === "boolean") metrics.push([k, v ? 1 : 0]);
    else params.push([k, (typeof v === "string" ? v : JSON.stringify(v)).slice(0, 6e3)]);
  }
  return { metrics, params };
}
async function upload(client, path, abs, size, onBytes) {
  for (let attempt = 1; ; attempt++) {
    const hash = createHash2("sha256");
    let sent = 0;
    const tap = new Transform({
      transform(chunk, _enc, cb) {
        hash.update(chunk);
        sent += chunk.length;
        cb(null, chunk);
      }
    });
    const body = createReadStream(abs).pipe(tap);
    let res;
    try {
      res = await client.fetch(
        client.url(`api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`),
        { method: "PUT", body, headers: { "content-type": "application/octet-stream", "content-length": String(size) }, duplex: "half" },
        { attempts: 1 },
        size
      );
    } catch (e) {
      body.destroy();
      if (e instanceof MlflowError || attempt >= 3) throw e;
      await sleep(500 * 2 ** attempt);
      continue;
    }
    await res.body?.cancel().catch(() => void 0);
    if (res.ok) {
      onBytes(sent);
      return hash.digest("hex");
    }
    if (res.status >= 500 && attempt < 3) {
      await sleep(500 * 2 ** attempt);
      continue;
    }
    throw new ServiceError(`uploading ${abs} to mlflow-artifacts:/${path} failed with HTTP ${res.status}. Is the tracking server serving artifacts (mlflow server --serve-artifacts)?`, res.status);
  }
}
async function waitReady(o, first) {
  const deadline = Date.now() + (o.readyTimeoutMs ?? 3e5);
  let mv = first;
  let delay = 200;
  for (; ; ) {
    const status = mv.status ?? "READY";
    if (status === "READY") return;
    if (status === "FAILED_REGISTRATION") {
      throw new ServiceError(`MLflow could not register ${o.name} version ${mv.version} (FAILED_REGISTRATION${mv.status_message ? `: ${mv.status_message}` : ""}). Check the tracking server's logs and publish again.`);
    }
    if (Date.now() + delay > deadline) {
      throw new ServiceError(`${o.name} version ${mv.version} was still ${status} after ${Math.round((o.readyTimeoutMs ?? 3e5) / 1e3)} s. Check the tracking server; the version may become READY later.`);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 5e3);
    mv = (await o.client.api("model-versions/get", object({ model_version: MODEL_VERSION }), { name: o.name, version: mv.version })).model_version;
  }
}
async function aliasVersion(o, alias) {
  try {
    return Number((await o.client.api("registered-models/alias", object({ model_version: MODEL_VERSION }), { name: o.name, alias })).model_version.version);
  } catch (e) {
    if (!(e instanceof MlflowError && (e.code === "RESOURCE_DOES_NOT_EXIST" || e.code === "INVALID_PARAMETER_VALUE"))) throw e;
    return null;
  }
}
async function setAlias(o, alias, version) {
  const { client, name } = o;
  const previous = await aliasVersion(o, alias);
  await client.modelVersion(name, String(version));
  checkExpectedPrevious(name, alias, previous, o.expectedPrevious);
  if (previous === version) return { alias, previous, moved: false };
  try {
    await client.api("registered-models/alias", anything, {}, { name, alias, version: String(version) });
  } catch (e) {
    if (e instanceof MlflowError && e.code === "INVALID_PARAMETER_VALUE") {
      throw new ConfigurationError("input `alias`", alias, `was refused by MLflow (${e.message}).`);
    }
    throw e;
  }
  o.log?.(`Moved alias ${alias} of ${name}: ${previous ?? "(new)"} \u2192 ${version}`);
  return { alias, previous, moved: true };
}

// src/registry/s3registry/summary.ts
init_define_ACTION_META();
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function publishSummary(r) {
  const move = r.alias ? r.alias.moved ? `${code(r.alias.alias)}: ${r.alias.previous === null ? "(new alias)" : `version ${r.alias.previous}`} \u2192 version ${r.version}` : `${code(r.alias.alias)}: already at version ${r.version}, unchanged` : "";
  const verdict = r.registered ? `### \u2705 publish-model: registered ${code(r.name)} version ${r.version}${r.alias ? ` as ${code(r.alias.alias)}` : ""}` : `### \u2705 publish-model: promoted ${code(r.name)} version ${r.version} to ${code(r.alias?.alias ?? "")}`;
  const rows = [
    ["Model", code(r.name)],
    ["Version", String(r.version)],
    ...move ? [["Alias", move]] : [],
    // An MLflow promotion does not read the version's files, so it has no count to show.
    ...r.registered || r.files ? [["Files", `${r.files} file${r.files === 1 ? "" : "s"}, ${formatBytes(r.size)}${r.registered ? ` (${formatBytes(r.bytesUploaded)} uploaded)` : ""}`]] : [],
    ...r.sha256 ? [["sha256", code(r.sha256)]] : [],
    ["URI", code(r.uri)]
  ];
  return [verdict, "", "| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`), ""].join("\n");
}
function publishFailureSummary(name, e) {
  const written = e instanceof AliasNotMoved ? `Version ${e.version} was registered (${code(e.uri)}); the alias was not moved.` : "No new version or alias move is visible: a version counts only once its manifest is written, and aliases change in one conditional write.";
  return [`### \u274C publish-model failed${name ? `: ${code(name)}` : ""}`, "", errorMessage(e), "", written, ""].join("\n");
}

// src/registry/publish-step.ts
async function publishStep(inputs, io) {
  const env = io.env;
  const retry = stepRetry(inputs.retryTimeout, (line) => io.info(line));
  const mlflow = mlflowTarget(inputs, io, retry);
  const name = checkName("name", inputs.name.trim());
  const alias = inputs.alias.trim() ? checkName("alias", inputs.alias.trim()) : "";
  const version = inputs.version.trim() ? parseVersion(inputs.version) : null;
  const digest = inputs.imageDigest.trim();
  if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new ConfigurationError("input `image-digest`", digest, "is not an image digest: give sha256: followed by 64 hex digits (the `digest` output of the build).");
  }
  const plan = planPublish({
    path: inputs.path.trim() ? resolve(io.cwd, inputs.path.trim()) : "",
    version,
    alias,
    hasLineage: inputs.metricsFile.trim() !== "" || inputs.tags.trim() !== "" || digest !== "" || inputs.description.trim() !== ""
  });
  const expectedRaw = inputs.expectedPreviousVersion.trim();
  if (expectedRaw && !alias) {
    throw new ConfigurationError("input `expected-previous-version`", expectedRaw, "guards an alias move, but `alias` is empty. Give `alias`, or leave this empty.");
  }
  const expected = expectedRaw === "" ? {} : { expectedPrevious: expectedRaw.toLowerCase() === "none" ? null : parseVersion(expectedRaw, "expected-previous-version") };
  const description = inputs.description.trim() ? { description: inputs.description.trim() } : {};
  const tags = { ...runnerTags(env), ...parseTags(inputs.tags), ...digest ? { "image.digest": digest } : {} };
  const metrics = inputs.metricsFile.trim() ? await readMetrics(resolve(io.cwd, inputs.metricsFile.trim())) : {};
  const what = plan.kind === "register" ? `Register ${name}${mlflow ? " in MLflow" : ""} from ${plan.path}` : `Promote ${name} version ${plan.version} to ${plan.alias}${mlflow ? " in MLflow" : ""}`;
  let result;
  let where;
  let summary;
  if (mlflow) {
    const experiment2 = inputs.mlflowExperiment.trim();
    const r = await io.group(what, () => publishMlflow({ client: mlflow, name, plan, experiment: experiment2, tags, metrics, ...description, ...expected, log: (m) => io.info(m) }));
    result = r;
    summary = publishSummary({ ...r, uri: `${r.uri} (${mlflow.trackingUri})` });
    where = ` at ${mlflow.trackingUri}` + (r.registered ? ` (${r.files} files, ${formatBytes(r.size)}, sha256 ${r.sha256}, run ${r.runId})` : "");
  } else {
    const root = parseRegistry(inputs.registry);
    const s3 = new S3Writer({ ...await s3ConfigFrom(inputs, env, { required: true, setSecret: (v) => io.setSecret(v), info: (m) => io.info(m) }), retry });
    const by = runUrl(env);
    result = await io.group(what, () => publishModel({ s3, root, name, plan, tags, metrics, ...description, ...expected, ...by ? { by } : {}, log: (m) => io.info(m) }));
    where = ` (${result.files} files, ${formatBytes(result.size)}, sha256 ${result.sha256})`;
    summary = publishSummary(result);
  }
  io.info(
    `${result.registered ? "Registered" : "Promoted"} ${name} version ${result.version}${where}` + (result.alias ? `; alias ${result.alias.alias}: ${result.alias.previous ?? "(new)"} \u2192 ${result.version}` : "") + "."
  );
  return { result, summary };
}
function mlflowTarget(inputs, io, retry) {
  const value = inputs.registry.trim();
  const setSecret = (s) => io.setSecret(s);
  if (value.toLowerCase() === "mlflow") return mlflowServer(inputs.mlflowTrackingUri, io.env, setSecret, retry, "but `registry` is `mlflow`");
  if (/^https?:\/\//i.test(value)) return mlflowServer(value, io.env, setSecret, retry, "");
  return null;
}

// src/actions/publish-model.ts
var spec = {
  registry: string(),
  name: string(),
  path: string(),
  version: string(),
  alias: string(),
  "metrics-file": string(),
  // Newline-separated only (not `list`): a tag value may hold commas.
  tags: string(),
  "image-digest": string(),
  description: string(),
  "expected-previous-version": string(),
  "s3-endpoint": string(),
  "aws-region": string(),
  "s3-path-style": bool(),
  "mlflow-tracking-uri": string(),
  "mlflow-experiment": string(),
  "retry-timeout": number({ min: 1 })
};
async function main(io) {
  const inputs = readInputs("publish-model", spec, io);
  let published;
  try {
    published = await publishStep(inputs, io);
  } catch (e) {
    io.summary(publishFailureSummary(inputs.name, e));
    throw e;
  }
  const r = published.result;
  io.setOutput("version", String(r.version));
  io.setOutput("uri", r.uri);
  io.setOutput("previous-version", r.alias?.previous == null ? "" : String(r.alias.previous));
  io.setOutput("sha256", r.sha256);
  io.summary(published.summary);
  return 0;
}
export {
  main,
  spec
};
