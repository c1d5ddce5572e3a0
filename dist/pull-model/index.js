import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// <define:__ACTION_META__>
var define_ACTION_META_default = { "lint-dockerfile": { description: "Lint Dockerfiles with hadolint-compatible rules (DL codes, ShellCheck on RUN) plus ML-serving rules. No Docker, any OS.", inputs: { files: { description: "Dockerfiles to lint: paths or globs (`**` recurses), newline- or comma-separated. A directory means every Dockerfile below it.", default: "**/Dockerfile\n**/Dockerfile.*\n**/*.Dockerfile\n", required: false }, config: { description: "Path to a hadolint config file. When empty, `.hadolint.yaml` or `.hadolint.yml` in the working directory is used, then the user's hadolint config locations.", default: "", required: false }, "failure-threshold": { description: "Fail the step when a finding is at or above this severity (error, warning, info, style, ignore, none). Overrides the config file.", default: "", required: false }, ignore: { description: "Rule codes to ignore (e.g. DL3008, SC2086, MCD1001), newline- or comma-separated. Added to the config's `ignored`.", default: "", required: false }, "trusted-registries": { description: "Registries FROM may use (DL3026), newline- or comma-separated. Added to the config's `trustedRegistries`.", default: "", required: false }, format: { description: "Report format printed to the log and written to `output-file` (tty, json, sarif, checkstyle, codeclimate, gitlab_codeclimate).", default: "tty", required: false }, "output-file": { description: "Write the report in `format` to this file as well.", default: "", required: false }, annotations: { description: "Put each finding as an annotation on its file and line.", default: "true", required: false }, "no-fail": { description: "Never fail the step because of findings (they are still reported).", default: "false", required: false }, shellcheck: { description: "ShellCheck on RUN scripts. `auto` uses a shellcheck on PATH if there is one, `off` disables it, or give the path of a shellcheck binary.", default: "auto", required: false } }, outputs: { findings: { description: "Number of findings at or above `ignore` after config and pragmas." }, errors: { description: "Number of error findings." }, warnings: { description: "Number of warning findings." }, infos: { description: "Number of info findings." }, styles: { description: "Number of style findings." }, results: { description: 'Findings as compact JSON, an array of {"file", "line", "column", "code", "level", "message"}.' }, sarif: { description: "Path of the SARIF 2.1.0 report (always written), ready for github/codeql-action/upload-sarif." } } }, "pull-model": { description: "Pull a model from S3 or a local path into a folder, sha256-verified, cached by content, placed atomically.", inputs: { "model-uri": { description: "The model to pull. `s3://bucket/key` is one file; `s3://bucket/prefix/` (trailing slash) is every object under the prefix, as a folder. A local path or `file:///absolute/path` is a file or a folder. MLflow URIs (`models:/name@alias`, `models:/name/3`, `runs:/id/path`) are recognised but not supported yet.", default: "", required: true }, path: { description: "Folder that will hold the model, replaced whole on success (a single-file model lands as `<path>/<file name>`). Its files are read-only hard links into the cache where the file system allows, copies otherwise. Empty means `model` in the runner's temp folder. Must not be or contain the workspace or the home folder, nor overlap `cache-dir`.", default: "", required: false }, "expected-sha256": { description: "Fail, leaving nothing behind, unless the model has this sha256: for a file, the sha256 of its bytes; for a folder, the sha256 of its manifest, the lines `<sha256>  <relative path>` sorted by path (what `find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints in the folder). The `sha256` output of an earlier pull gives it.", default: "", required: false }, "cache-dir": { description: "Content-addressed cache of pulled models; a pull of an unchanged object transfers nothing. Empty means `model-cd/models` in the runner's tool cache, or `~/.cache/model-cd/models` outside a runner.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them); without them requests go unsigned.", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, concurrency: { description: "Most S3 requests at a time (files of a folder, byte ranges of a large object).", default: "4", required: false }, "range-threshold": { description: "Objects larger than this are downloaded in parallel byte ranges (bytes, or e.g. 8MiB, 1GiB); a range whose connection breaks is resumed where it stopped.", default: "64MiB", required: false } }, outputs: { path: { description: "Where the model is now, the file of a single-file model or the folder." }, name: { description: "The model's name; for S3 and local paths, the last segment of the key or path." }, version: { description: "The model's version; for an S3 file its ETag, empty for folders and local paths." }, alias: { description: "The registry alias the model was pulled by (MLflow); empty otherwise." }, sha256: { description: "sha256 of the file, or of the folder's manifest (see `expected-sha256`)." }, size: { description: "Size of the model in bytes (all files of a folder)." }, "source-uri": { description: "The URI the model was pulled from, in canonical form." }, "run-id": { description: "The MLflow run that produced the model; empty otherwise." }, metadata: { description: 'Compact JSON about the source: for S3, {"etag", "last-modified", "content-type", "objects"} (a folder: {"objects", "last-modified"}).' }, "cache-hit": { description: "true when the model came from the local cache and nothing was downloaded." }, "bytes-transferred": { description: "Bytes downloaded by this pull (0 on a cache hit), including bytes re-sent after a broken connection." } } } };

// src/common/errors.ts
var ConfigurationError = class extends Error {
  /**
   * @param subject what was wrong: the input, flag, file or key, e.g. "input `format`"
   * @param value the value given (quoted in the message)
   * @param fix what to do instead
   */
  constructor(subject, value, fix) {
    super(`${subject}: ${JSON.stringify(truncate(value))} ${fix}`);
    this.subject = subject;
    this.value = value;
    this.fix = fix;
  }
  name = "ConfigurationError";
};
function truncate(s) {
  return s.length > 200 ? `${s.slice(0, 200)}\u2026` : s;
}
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
var ServiceError = class extends ConfigurationError {
  constructor(message, status = null) {
    super("", "", "");
    this.status = status;
    this.message = message;
  }
};

// src/common/action.ts
async function runAction(io, main2) {
  try {
    return await main2(io);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.annotate("error", e.message);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      io.annotate("error", `unexpected failure: ${err.message}. Please report it with the debug log (re-run with debug logging).`);
      io.debug(err.stack ?? String(err));
    }
    return 1;
  }
}

// src/common/runner.ts
import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, props, message) {
  const p = Object.entries(props).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${p ? " " + p : ""}::${escapeData(message)}`;
}
var RunnerIO = class {
  constructor(env = process.env, write = (l) => process.stdout.write(l + "\n")) {
    this.env = env;
    this.write = write;
    this.cwd = env.GITHUB_WORKSPACE || process.cwd();
    this.tempDir = env.RUNNER_TEMP || tmpdir();
  }
  cwd;
  tempDir;
  input(name) {
    const v = this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    return v === void 0 ? void 0 : v.trim();
  }
  setOutput(name, value) {
    const file = this.env.GITHUB_OUTPUT;
    if (file) {
      const delim = `ghadelimiter_${randomUUID()}`;
      appendFileSync(file, `${name}<<${delim}
${value}
${delim}
`);
    } else {
      this.write(command("set-output", { name }, value));
    }
  }
  annotate(level, message, props = {}) {
    this.write(command(level, { file: props.file, line: props.line, endLine: props.endLine, col: props.col, title: props.title }, message));
  }
  info(message) {
    this.write(message);
  }
  warning(message) {
    this.annotate("warning", message);
  }
  debug(message) {
    this.write(command("debug", {}, message));
  }
  async group(title, fn) {
    this.write(command("group", {}, title));
    try {
      return await fn();
    } finally {
      this.write("::endgroup::");
    }
  }
  summary(markdown) {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown.endsWith("\n") ? markdown : markdown + "\n");
  }
  setSecret(value) {
    if (value) this.write(command("add-mask", {}, value));
  }
};

// src/actions/pull-model.ts
import { homedir } from "node:os";
import { join as join3, resolve as resolve3 } from "node:path";

// src/common/meta.ts
function actionMeta(name) {
  const meta = define_ACTION_META_default[name];
  if (!meta) throw new Error(`no action.yml was embedded for action "${name}"`);
  return meta;
}

// src/common/inputs.ts
var string = () => ({ kind: "string" });
var bool = () => ({ kind: "bool" });
var number = (opts = {}) => ({ kind: "number", ...opts });
function camel(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function splitList(raw) {
  return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function readInputs(action, spec2, io) {
  const meta = actionMeta(action);
  const out = {};
  for (const [name, kind] of Object.entries(spec2)) {
    const declared = meta.inputs[name];
    if (!declared) throw new Error(`input "${name}" is read by the code but not declared in actions/${action}/action.yml`);
    const raw = io.input(name) ?? declared.default;
    if (declared.required && raw === "") {
      throw new ConfigurationError(`input \`${name}\``, raw, `is required: ${declared.description.split("\n")[0]}`);
    }
    out[camel(name)] = convert(name, kind, raw);
  }
  return out;
}
function convert(name, k, raw) {
  const subject = `input \`${name}\``;
  switch (k.kind) {
    case "string":
      return raw;
    case "list":
      return splitList(raw);
    case "bool":
      if (TRUE.has(raw)) return true;
      if (FALSE.has(raw)) return false;
      throw new ConfigurationError(subject, raw, "is not a boolean. Use true or false.");
    case "number": {
      const n = Number(raw);
      if (raw === "" || !Number.isFinite(n) || k.integer && !Number.isInteger(n)) {
        throw new ConfigurationError(subject, raw, `is not ${k.integer ? "a whole number" : "a number"}.`);
      }
      if (k.min !== void 0 && n < k.min || k.max !== void 0 && n > k.max) {
        throw new ConfigurationError(subject, raw, `is out of range. Use a value from ${k.min ?? "-\u221E"} to ${k.max ?? "\u221E"}.`);
      }
      return n;
    }
    case "enum":
      if (k.values.includes(raw)) return raw;
      throw new ConfigurationError(subject, raw, `is not allowed. Use one of: ${k.values.join(", ")}.`);
  }
}

// src/common/size.ts
var UNITS = {
  "": 1,
  b: 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12
};
function parseSize(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return null;
  const unit = UNITS[m[2].toLowerCase()];
  if (unit === void 0) return null;
  const n = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(n) ? n : null;
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

// src/registry/pull.ts
import { createHash as createHash6 } from "node:crypto";
import { createReadStream, createWriteStream, constants as fsConstants } from "node:fs";
import { chmod as chmod2, copyFile, link, lstat, mkdir as mkdir2, mkdtemp, readdir as readdir2, rename as rename2, rm as rm2, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname2, isAbsolute as isAbsolute2, join as join2, relative, resolve as resolve2, sep } from "node:path";
import { pipeline } from "node:stream/promises";

// src/registry/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";

// src/common/fsutil.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeFileAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

// src/registry/cache.ts
var STALE_TEMP_MS = 24 * 3600 * 1e3;
var ModelCache = class {
  constructor(root) {
    this.root = root;
  }
  entryDir(sha256) {
    return join(this.root, "sha256", sha256);
  }
  contentPath(sha256) {
    return join(this.entryDir(sha256), "content");
  }
  /** A complete, unmodified entry, or null. Sizes and mtimes are checked, not hashes (cheap, and catches truncation and edits). */
  entry(sha256) {
    let entry;
    try {
      entry = JSON.parse(readFileSync(join(this.entryDir(sha256), "entry.json"), "utf8"));
    } catch {
      return null;
    }
    try {
      for (const f of entry.files) {
        const st = statSync(this.filePath(entry, f.path));
        if (st.size !== f.size || st.mtimeMs !== f.mtimeMs) return null;
      }
      return entry;
    } catch {
      return null;
    }
  }
  /** Where a file of an entry lives: the content itself for a single file. */
  filePath(entry, path) {
    const content = this.contentPath(entry.sha256);
    return entry.kind === "file" ? content : join(content, ...path.split("/"));
  }
  /** A fresh folder for a download, inside the cache so that adding it is a rename. */
  async tempDir() {
    const dir = join(this.root, "tmp", `${Date.now()}-${process.pid}-${randomBytes(4).toString("hex")}`);
    await mkdir(dir, { recursive: true });
    return dir;
  }
  /** Leftovers of pulls that were killed. */
  async sweepTemp(now = Date.now()) {
    const dir = join(this.root, "tmp");
    if (!existsSync(dir)) return;
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const st = await stat(path).catch(() => null);
      if (st && now - st.mtimeMs > STALE_TEMP_MS) await rm(path, { recursive: true, force: true });
    }
  }
  /**
   * Moves a temp folder holding `content` into the cache as the entry for its hash, read-only and
   * stamped. When a good entry is already there (another pull won), the temp folder is dropped; a
   * spoilt one is replaced.
   */
  async commit(temp, unstamped) {
    const files = [];
    for (const f of unstamped.files) {
      const path = unstamped.kind === "file" ? join(temp, "content") : join(temp, "content", ...f.path.split("/"));
      await chmod(path, 292);
      files.push({ ...f, mtimeMs: (await stat(path)).mtimeMs });
    }
    const entry = { ...unstamped, files };
    writeFileAtomic(join(temp, "entry.json"), JSON.stringify(entry) + "\n");
    await mkdir(join(this.root, "sha256"), { recursive: true });
    const target = this.entryDir(entry.sha256);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temp, target);
        return entry;
      } catch (e) {
        const code2 = e.code;
        if (attempt > 2 || code2 !== "ENOTEMPTY" && code2 !== "EEXIST") throw e;
        const existing = this.entry(entry.sha256);
        if (existing) {
          await rm(temp, { recursive: true, force: true });
          return existing;
        }
        const trash = join(this.root, "tmp", `spoilt-${process.pid}-${randomBytes(4).toString("hex")}`);
        await rename(target, trash).catch(() => void 0);
        await rm(trash, { recursive: true, force: true });
      }
    }
  }
  indexPath(source) {
    return join(this.root, "index", `${createHash("sha256").update(source).digest("hex")}.json`);
  }
  lookup(source, validator) {
    try {
      const rec = JSON.parse(readFileSync(this.indexPath(source), "utf8"));
      return rec.source === source && rec.validator === validator ? rec : null;
    } catch {
      return null;
    }
  }
  remember(rec) {
    writeFileAtomic(this.indexPath(rec.source), JSON.stringify(rec) + "\n");
  }
};

// src/registry/download.ts
import { createHash as createHash4 } from "node:crypto";
import { open } from "node:fs/promises";

// src/registry/s3/client.ts
import { createHash as createHash3 } from "node:crypto";

// src/common/http.ts
var RETRY_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
function isTransient(e) {
  if (!(e instanceof Error)) return false;
  if (e.name === "TimeoutError" || e.name === "AbortError") return true;
  const code2 = e.cause?.code ?? e.code;
  return code2 !== void 0 && ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"].includes(code2);
}
function retryAfterMs(header, now) {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
var HttpError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  name = "HttpError";
};
async function fetchWithRetry(url, init = {}, opts = {}) {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? 500;
  const cap = opts.maxDelayMs ?? 3e4;
  const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const target = redact(String(url));
  let reason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfter = null;
    try {
      const signal = opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : init.signal;
      const res = await fetch(url, { ...init, ...signal ? { signal } : {} });
      if (!RETRY_STATUS.has(res.status)) return res;
      reason = `HTTP ${res.status}`;
      retryAfter = retryAfterMs(res.headers.get("retry-after"), now());
      await res.body?.cancel().catch(() => void 0);
      if (attempt === attempts) throw new HttpError(`${init.method ?? "GET"} ${target} failed after ${attempts} attempts: ${reason}`, res.status);
    } catch (e) {
      if (e instanceof HttpError) throw e;
      if (init.signal?.aborted) throw e;
      if (!isTransient(e)) throw e;
      reason = describe(e);
      if (attempt === attempts) throw new HttpError(`${init.method ?? "GET"} ${target} failed after ${attempts} attempts: ${reason}`, null);
    }
    const backoff = random() * Math.min(cap, base * 2 ** (attempt - 1));
    const delayMs = Math.min(cap, Math.max(backoff, retryAfter ?? 0));
    opts.onRetry?.({ attempt, delayMs, reason });
    await sleep(delayMs);
  }
  throw new Error("unreachable");
}
function describe(e) {
  const err = e;
  return err.cause?.code ? `${err.cause.code} (${err.cause.message ?? err.message})` : `${err.name}: ${err.message}`;
}
function redact(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    const hadQuery = u.search !== "";
    u.search = "";
    return u.toString() + (hadQuery ? "?\u2026" : "");
  } catch {
    return url;
  }
}

// src/registry/s3/sigv4.ts
import { createHash as createHash2, createHmac } from "node:crypto";
var UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var UNSIGNED_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "connection",
  "expect",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id"
]);
function uriEncode(s, keepSlash = false) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c) || keepSlash && c === "/") out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function uriDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function canonicalQuery(search) {
  const raw = search.startsWith("?") ? search.slice(1) : search;
  if (!raw) return "";
  const pairs = raw.split("&").filter((p) => p !== "").map((p) => {
    const eq = p.indexOf("=");
    const k = eq < 0 ? p : p.slice(0, eq);
    const v = eq < 0 ? "" : p.slice(eq + 1);
    return [uriEncode(uriDecode(k)), uriEncode(uriDecode(v))];
  });
  pairs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
function hostOf(url) {
  return url.host.toLowerCase();
}
function amzDate(d) {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
function sign(input) {
  const service = input.service ?? "s3";
  const stamp = amzDate(input.date);
  const day = stamp.slice(0, 8);
  const headers = {};
  for (const [k, v] of Object.entries(input.headers)) {
    if (k.toLowerCase() === "authorization") continue;
    headers[k] = v;
  }
  dropHeader(headers, "x-amz-date");
  dropHeader(headers, "x-amz-content-sha256");
  dropHeader(headers, "x-amz-security-token");
  headers["x-amz-date"] = stamp;
  headers["x-amz-content-sha256"] = input.payloadHash;
  if (input.credentials.sessionToken) headers["x-amz-security-token"] = input.credentials.sessionToken;
  const toSign = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(headers)) {
    const name = k.toLowerCase();
    if (UNSIGNED_HEADERS.has(name)) continue;
    toSign.set(name, [...toSign.get(name) ?? [], v.trim().split(/\s+/).join(" ")]);
  }
  if (!toSign.has("host")) toSign.set("host", [hostOf(input.url)]);
  const names = [...toSign.keys()].sort();
  const canonicalHeaders = names.map((n) => `${n}:${(toSign.get(n) ?? []).join(",")}
`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.url.pathname || "/",
    canonicalQuery(input.url.search),
    canonicalHeaders,
    signedHeaders,
    input.payloadHash
  ].join("\n");
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, createHash2("sha256").update(canonicalRequest).digest("hex")].join("\n");
  const key = signingKey(input.credentials.secretAccessKey, day, input.region, service);
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  headers["authorization"] = `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign };
}
function signingKey(secret, day, region, service) {
  const kDate = createHmac("sha256", `AWS4${secret}`).update(day).digest();
  const kRegion = createHmac("sha256", kDate).update(region).digest();
  const kService = createHmac("sha256", kRegion).update(service).digest();
  return createHmac("sha256", kService).update("aws4_request").digest();
}
function dropHeader(headers, name) {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) delete headers[k];
}

// src/registry/s3/client.ts
var s3Uri = (bucket, key = "") => `s3://${bucket}/${key}`;
function encodeQuery(params) {
  return params.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join("&");
}
var S3Client = class {
  constructor(config) {
    this.config = config;
    const endpoint = config.endpoint || `https://s3.${config.region}.amazonaws.com`;
    try {
      this.base = new URL(endpoint);
    } catch {
      throw new ServiceError(`the S3 endpoint ${JSON.stringify(endpoint)} is not a URL. Give one like https://s3.example.com or http://127.0.0.1:9000.`);
    }
    if (this.base.protocol !== "http:" && this.base.protocol !== "https:") {
      throw new ServiceError(`the S3 endpoint ${JSON.stringify(endpoint)} is not an http(s) URL.`);
    }
  }
  base;
  get endpoint() {
    return this.base.origin + this.base.pathname.replace(/\/$/, "");
  }
  /** The URL of an object (or of the bucket when key is undefined), path-style or virtual-host. */
  url(bucket, key, query = "") {
    const u = new URL(this.base.href);
    const prefix = u.pathname.replace(/\/$/, "");
    if (key?.split("/").some((s) => s === "." || s === "..")) throw new ServiceError(`the object key ${JSON.stringify(key)} has a "." or ".." segment, which cannot be addressed safely.`);
    const encodedKey = key === void 0 ? "" : uriEncode(key, true);
    if (this.usePathStyle(bucket)) {
      u.pathname = `${prefix}/${uriEncode(bucket)}/${encodedKey}`;
    } else {
      u.hostname = `${bucket}.${u.hostname}`;
      u.pathname = `${prefix}/${encodedKey}`;
    }
    u.search = query;
    return u;
  }
  /** Virtual-host addressing needs a DNS name for the bucket; IP and localhost endpoints cannot. */
  usePathStyle(bucket) {
    if (this.config.pathStyle) return true;
    const host = this.base.hostname;
    if (host === "localhost" || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith("[")) return true;
    return this.base.protocol === "https:" && bucket.includes(".");
  }
  async head(bucket, key) {
    const res = await this.send("HEAD", bucket, key, {}, { what: s3Uri(bucket, key) });
    await res.body?.cancel().catch(() => void 0);
    if (!res.ok) throw await this.failure(res, bucket, key);
    return infoFrom(key, res);
  }
  async get(bucket, key, opts = {}) {
    const headers = {};
    if (opts.range) headers["range"] = `bytes=${opts.range.start}-${opts.range.end ?? ""}`;
    if (opts.ifMatch) headers["if-match"] = quoteEtag(opts.ifMatch);
    const res = await this.send("GET", bucket, key, headers, { what: s3Uri(bucket, key), ...opts.signal ? { signal: opts.signal } : {} });
    if (res.status !== 200 && res.status !== 206) throw await this.failure(res, bucket, key);
    if (!res.body) throw new ServiceError(`the S3 server sent no body for ${s3Uri(bucket, key)} (HTTP ${res.status}).`, res.status);
    let offset = 0;
    let size = Number(res.headers.get("content-length") ?? NaN);
    if (res.status === 206) {
      const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(res.headers.get("content-range") ?? "");
      if (!m) throw new ServiceError(`the S3 server answered a range request for ${s3Uri(bucket, key)} without a readable Content-Range.`, 206);
      offset = Number(m[1]);
      size = m[3] === "*" ? NaN : Number(m[3]);
    }
    const info = infoFrom(key, res);
    info.size = size;
    return { status: res.status, info, offset, body: res.body };
  }
  /** Every object under a prefix, following continuation tokens. */
  async *list(bucket, prefix) {
    let token;
    do {
      const params = [
        ["list-type", "2"],
        ["prefix", prefix],
        ["encoding-type", "url"]
      ];
      if (token) params.push(["continuation-token", token]);
      const query = encodeQuery(params);
      const res = await this.send("GET", bucket, void 0, {}, { what: s3Uri(bucket, prefix), query });
      if (!res.ok) throw await this.failure(res, bucket, prefix, true);
      const xml = await res.text();
      const page = parseListPage(xml);
      for (const o of page.objects) yield o;
      token = page.truncated ? page.nextToken : void 0;
      if (page.truncated && !token) throw new ServiceError(`the S3 server truncated the listing of ${s3Uri(bucket, prefix)} without a continuation token.`);
    } while (token);
  }
  async put(bucket, key, body, opts = {}) {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    const headers = { "content-length": String(bytes.length) };
    if (opts.contentType) headers["content-type"] = opts.contentType;
    if (opts.ifNoneMatch) headers["if-none-match"] = "*";
    const payloadHash = createHash3("sha256").update(bytes).digest("hex");
    const res = await this.send("PUT", bucket, key, headers, { what: s3Uri(bucket, key), body: bytes, payloadHash });
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 412 && opts.ifNoneMatch) throw new ServiceError(`${s3Uri(bucket, key)} already exists (a conditional write lost the race).`, 412);
    if (!res.ok) throw await this.failure(res, bucket, key);
    return { etag: unquoteEtag(res.headers.get("etag") ?? "") };
  }
  async send(method, bucket, key, headers, opts) {
    const url = this.url(bucket, key, opts.query ?? "");
    const payloadHash = opts.payloadHash ?? (opts.body ? createHash3("sha256").update(opts.body).digest("hex") : method === "GET" || method === "HEAD" ? UNSIGNED_PAYLOAD : EMPTY_SHA256);
    const signed = this.config.credentials ? sign({ method, url, headers, payloadHash, credentials: this.config.credentials, region: this.config.region, date: (this.config.now ?? (() => /* @__PURE__ */ new Date()))() }).headers : { ...headers };
    if (!headers["range"]) signed["accept-encoding"] = "identity";
    const init = { method, headers: signed, redirect: "manual" };
    if (opts.signal) init.signal = opts.signal;
    if (opts.body) init.body = opts.body;
    try {
      return await fetchWithRetry(url, init, this.config.retry);
    } catch (e) {
      if (e instanceof HttpError && e.status === null) {
        throw new ServiceError(
          `cannot reach the S3 endpoint ${redact(this.endpoint)} for ${opts.what}: ${e.message.replace(/^.*failed after/, "failed after")}. Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`
        );
      }
      if (e instanceof HttpError) throw new ServiceError(`the S3 server kept failing for ${opts.what}: ${e.message}.`, e.status);
      if (opts.signal?.aborted) throw e;
      if (e instanceof TypeError) {
        const cause = e.cause;
        throw new ServiceError(
          `cannot reach the S3 endpoint ${redact(this.endpoint)} for ${opts.what}: ${cause?.code ?? ""}${cause?.code ? " " : ""}(${cause?.message ?? e.message}). Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`
        );
      }
      throw e;
    }
  }
  async failure(res, bucket, key, listing = false) {
    const text = res.status === 304 || !res.body ? "" : await res.text().catch(() => "");
    const code2 = xmlText(text, "Code") ?? "";
    const message = xmlText(text, "Message") ?? "";
    const said = [code2, message].filter(Boolean).join(": ");
    const detail = `HTTP ${res.status}${said ? ` ${said}` : ""}`;
    const target = s3Uri(bucket, key);
    if ((res.status === 401 || res.status === 403) && !this.config.credentials) {
      return new ServiceError(
        `access denied for ${target} to an unsigned request (${detail}): no AWS credentials were given. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials), e.g. with aws-actions/configure-aws-credentials.`,
        res.status
      );
    }
    if (res.status === 401 || res.status === 403) {
      return new ServiceError(
        `credentials rejected for ${target} (${detail}). Check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (e.g. from aws-actions/configure-aws-credentials), \`aws-region\`, and that they may read this ${listing ? "bucket (s3:ListBucket)" : "object (s3:GetObject; a missing object also answers 403 without s3:ListBucket)"}.`,
        res.status
      );
    }
    if (res.status === 404) {
      if (code2 === "NoSuchBucket") return new ServiceError(`no bucket s3://${bucket} at ${redact(this.endpoint)} (${detail}). Check the bucket name, \`s3-endpoint\` and \`aws-region\`.`, 404);
      return new ServiceError(`no object ${target} at ${redact(this.endpoint)} (${detail}). Check the key; a folder needs a trailing slash (s3://bucket/prefix/).`, 404);
    }
    if (res.status === 301 || res.status === 307 || res.status === 400) {
      const region = res.headers.get("x-amz-bucket-region");
      if (region && region !== this.config.region) {
        return new ServiceError(`${target} is in region ${region}, not ${this.config.region} (${detail}). Set \`aws-region: ${region}\`.`, res.status);
      }
    }
    if (res.status === 412) return new ServiceError(`${target} changed while it was being read (${detail}). Run again.`, 412);
    return new ServiceError(`the S3 server refused ${target} (${detail}).`, res.status);
  }
};
function infoFrom(key, res) {
  return {
    key,
    size: Number(res.headers.get("content-length") ?? NaN),
    etag: unquoteEtag(res.headers.get("etag") ?? ""),
    lastModified: res.headers.get("last-modified") ?? "",
    contentType: res.headers.get("content-type") ?? ""
  };
}
function unquoteEtag(etag) {
  return etag.replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}
function quoteEtag(etag) {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function xmlUnescape(s) {
  return s.replace(
    /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g,
    (_, e) => e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]
  );
}
function xmlText(xml, tag) {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? xmlUnescape(m[1]) : void 0;
}
function parseListPage(xml) {
  const urlEncoded = xmlText(xml, "EncodingType") === "url";
  const objects = [];
  for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
    const block = m[1];
    const rawKey = xmlText(block, "Key") ?? "";
    objects.push({
      key: urlEncoded ? decodeURIComponent(rawKey.replace(/\+/g, " ")) : rawKey,
      size: Number(xmlText(block, "Size") ?? NaN),
      etag: unquoteEtag(xmlText(block, "ETag") ?? ""),
      lastModified: xmlText(block, "LastModified") ?? "",
      contentType: ""
    });
  }
  const page = { objects, truncated: xmlText(xml, "IsTruncated") === "true" };
  const next = xmlText(xml, "NextContinuationToken");
  if (next !== void 0) page.nextToken = next;
  return page;
}

// src/registry/download.ts
var Limiter = class {
  constructor(n) {
    this.n = n;
  }
  active = 0;
  waiting = [];
  async run(fn) {
    if (this.active >= this.n) await new Promise((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
};
var partLength = (p) => p.end - p.start + 1;
var COALESCE = 1 << 20;
function splitParts(size, partSize) {
  const parts = [];
  for (let start = 0; start < size; start += partSize) parts.push({ start, end: Math.min(size, start + partSize) - 1, written: 0 });
  return parts;
}
function isResumable(e) {
  if (e instanceof ServiceError) return false;
  if (e instanceof ShortBodyError) return true;
  if (!(e instanceof Error)) return false;
  if (e.name === "AbortError" || e.name === "TimeoutError") return true;
  const code2 = e.code ?? e.cause?.code;
  if (code2 && ["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_BODY_TIMEOUT", "UND_ERR_ABORTED", "ECONNREFUSED"].includes(code2)) return true;
  return e instanceof TypeError && /terminated|fetch failed/.test(e.message);
}
var ShortBodyError = class extends Error {
  name = "ShortBodyError";
};
var OrderedHasher = class {
  constructor(fh, frontier) {
    this.fh = fh;
    this.frontier = frontier;
  }
  cursor = 0;
  hash = createHash4("sha256");
  pumping = null;
  failure = null;
  written(offset, chunk) {
    if (!this.pumping && offset === this.cursor) {
      this.hash.update(chunk);
      this.cursor += chunk.length;
    }
    if (this.frontier() > this.cursor) this.kick();
  }
  kick() {
    if (this.pumping || this.failure) return;
    this.pumping = this.pump().catch((e) => {
      this.failure = { error: e };
    }).finally(() => {
      this.pumping = null;
    });
  }
  async pump() {
    const buf = Buffer.allocUnsafe(COALESCE);
    for (let end = this.frontier(); this.cursor < end; end = this.frontier()) {
      const want = Math.min(buf.length, end - this.cursor);
      const { bytesRead } = await this.fh.read(buf, 0, want, this.cursor);
      if (bytesRead <= 0) throw new Error(`read back ${bytesRead} bytes at ${this.cursor}`);
      this.hash.update(buf.subarray(0, bytesRead));
      this.cursor += bytesRead;
    }
  }
  async idle() {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure.error;
  }
  reset() {
    this.cursor = 0;
    this.hash = createHash4("sha256");
  }
  async digest(size) {
    await this.idle();
    this.kick();
    await this.idle();
    if (this.cursor !== size) throw new Error(`hashed ${this.cursor} of ${size} bytes`);
    return this.hash.digest("hex");
  }
};
async function downloadObject(o) {
  const what = s3Uri(o.bucket, o.key);
  const ranged = o.size > o.rangeThreshold;
  const parts = ranged ? splitParts(o.size, o.partSize) : [{ start: 0, end: o.size - 1, written: 0 }];
  const maxResumes = o.maxResumes ?? 5;
  const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  let transferred = 0;
  let resumes = 0;
  const fh = await open(o.file, "w+");
  try {
    const frontier = () => {
      for (const p of parts) if (p.written < partLength(p)) return p.start + p.written;
      return o.size;
    };
    const hasher = new OrderedHasher(fh, frontier);
    const writeAt = async (p, chunk) => {
      const pos = p.start + p.written;
      for (let off = 0; off < chunk.length; ) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.length - off, pos + off);
        off += bytesWritten;
      }
      p.written += chunk.length;
      hasher.written(pos, chunk);
    };
    const stop = new AbortController();
    let firstError = null;
    const fetchPart = async (p) => {
      for (let attempt = 0; ; attempt++) {
        if (stop.signal.aborted) throw stop.signal.reason;
        const from = p.start + p.written;
        const useRange = ranged || p.written > 0;
        try {
          const res = await o.client.get(o.bucket, o.key, {
            ...useRange ? { range: { start: from, end: p.end } } : {},
            ...o.etag ? { ifMatch: o.etag } : {},
            signal: stop.signal
          });
          if (useRange && res.status !== 206) {
            if (ranged) {
              await res.body.cancel().catch(() => void 0);
              throw new ServiceError(`the S3 server ignored a byte-range request for ${what}; set \`range-threshold\` above the object's size to fetch it in one piece.`);
            }
            await hasher.idle();
            hasher.reset();
            p.written = 0;
          } else if (useRange && res.offset !== from) {
            await res.body.cancel().catch(() => void 0);
            throw new ServiceError(`the S3 server sent bytes from ${res.offset} when ${from} was asked for ${what}.`);
          }
          let pending = [];
          let buffered = 0;
          const flush = async () => {
            if (buffered === 0) return;
            const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, buffered);
            pending = [];
            buffered = 0;
            await writeAt(p, chunk);
          };
          try {
            for await (const c of res.body) {
              if (p.written + buffered + c.length > partLength(p)) {
                throw new ServiceError(`the S3 server sent more than the ${o.size} bytes of ${what} (the object changed?). Run again.`);
              }
              pending.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
              buffered += c.length;
              transferred += c.length;
              o.onBytes?.(c.length);
              if (buffered >= COALESCE) await flush();
            }
          } finally {
            await flush();
          }
          if (p.written < partLength(p)) throw new ShortBodyError(`body ended after ${p.written} of ${partLength(p)} bytes`);
          return;
        } catch (e) {
          if (stop.signal.aborted) throw e;
          if (!isResumable(e) || attempt >= maxResumes) {
            if (isResumable(e)) {
              throw new ServiceError(`the download of ${what} kept breaking off (${describe2(e)}) after ${maxResumes} resumes, at byte ${p.start + p.written} of ${o.size}. Check the network and run again.`);
            }
            throw e;
          }
          resumes++;
          await sleep(Math.min(5e3, 200 * 2 ** attempt));
        }
      }
    };
    const guarded = (p) => fetchPart(p).catch((e) => {
      if (!stop.signal.aborted) {
        firstError = e;
        stop.abort(new Error("another range failed"));
      }
      throw e;
    });
    const settled = ranged ? await Promise.allSettled(parts.map((p) => o.limiter.run(() => guarded(p)))) : await Promise.allSettled([guarded(parts[0])]);
    if (settled.some((r) => r.status === "rejected")) throw firstError;
    const sha256 = await hasher.digest(o.size);
    return { sha256, transferred, ranges: ranged ? parts.length : 1, resumes };
  } finally {
    await fh.close();
  }
}
function describe2(e) {
  const err = e;
  return err.cause?.code ? `${err.cause.code}: ${err.cause.message ?? ""}`.trim() : err.message ?? String(e);
}

// src/registry/manifest.ts
import { createHash as createHash5 } from "node:crypto";
function sortEntries(entries) {
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}
function manifestText(entries) {
  return sortEntries(entries).map((e) => `${e.sha256}  ${e.path}
`).join("");
}
function manifestSha256(entries) {
  if (entries.length === 0) throw new Error("a manifest needs at least one file");
  return createHash5("sha256").update(manifestText(entries)).digest("hex");
}

// src/registry/uri.ts
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var ACCEPTED_FORMS = "s3://bucket/key (a file), s3://bucket/prefix/ (a folder), models:/<name>@<alias>, models:/<name>/<version>, models:/<name>/latest, runs:/<run-id>/<path>, file:///absolute/path or a local path";
var INPUT = "input `model-uri`";
function bad(value, why) {
  return new ConfigurationError(INPUT, value, `${why}. Accepted forms: ${ACCEPTED_FORMS}.`);
}
var BUCKET = /^[a-z0-9][a-z0-9._-]{2,254}$/i;
var MODEL_NAME = /^[^/@]+$/;
function parseModelUri(value, cwd) {
  const uri = value.trim();
  if (!uri) throw bad(value, "is empty");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(uri)?.[1]?.toLowerCase();
  switch (scheme) {
    case void 0:
      return { kind: "local", path: resolve(cwd, uri) };
    case "s3":
    case "s3a":
    case "s3n":
      return parseS3(uri, value);
    case "file":
      return parseFile(uri, value);
    case "models":
      return parseModels(uri, value);
    case "runs":
      return parseRuns(uri, value);
    default:
      throw bad(value, `has the unknown scheme "${scheme}:"`);
  }
}
function parseS3(uri, value) {
  const m = /^[a-z0-9]+:\/\/([^/]*)(?:\/(.*))?$/is.exec(uri);
  if (!m) throw bad(value, "is not an S3 URI (s3:// then the bucket)");
  const bucket = m[1];
  const key = m[2];
  if (!BUCKET.test(bucket)) throw bad(value, `names the bucket ${JSON.stringify(bucket)}, which is not a valid bucket name`);
  if (key === void 0) throw bad(value, `names a bucket but no key: use s3://${bucket}/ for every object in the bucket, or s3://${bucket}/<key>`);
  const folder = key === "" || key.endsWith("/");
  const problem = keyProblem(folder ? key.replace(/\/$/, "") : key, folder);
  if (problem) throw bad(value, `has an object key that ${problem}`);
  return { kind: "s3", bucket, key, folder };
}
function keyProblem(key, allowEmpty = false) {
  if (key === "") return allowEmpty ? null : "is empty";
  if (key.startsWith("/")) return 'is absolute (starts with "/")';
  if (/^[a-zA-Z]:/.test(key)) return "starts with a drive letter";
  if (key.includes("\\")) return "contains a backslash";
  if (/[\u0000-\u001f\u007f]/.test(key)) return "contains a control character";
  const segments = key.split("/");
  if (segments.some((s) => s === "..")) return 'contains a ".." segment and would escape the destination';
  if (segments.some((s) => s === ".")) return 'contains a "." segment';
  if (segments.some((s) => s === "")) return 'contains an empty segment ("//" or a trailing "/")';
  return null;
}
function parseFile(uri, value) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    throw bad(value, "is not a valid file:// URL");
  }
  if (url.hostname && url.hostname !== "localhost") throw bad(value, `names the host "${url.hostname}"; file URLs must be local (file:///path)`);
  if (url.search || url.hash) throw bad(value, "has a query or fragment, which a file URL for a model cannot have");
  const path = fileURLToPath(new URL(`file://${url.pathname}`));
  if (!isAbsolute(path)) throw bad(value, "is not an absolute path");
  return { kind: "local", path };
}
function parseModels(uri, value) {
  const m = /^models:\/([^/].*)$/i.exec(uri);
  if (!m || uri.startsWith("models://")) throw bad(value, "is not a registry URI: write models:/<name>@<alias> or models:/<name>/<version>");
  const rest = m[1];
  const at = /^([^/@]+)@([^/@]+)$/.exec(rest);
  if (at) return { kind: "mlflow-model", name: at[1], ref: { alias: at[2] } };
  const parts = rest.split("/");
  if (parts.length !== 2 || !MODEL_NAME.test(parts[0]) || !parts[1]) {
    throw bad(value, 'needs a model name and one version, alias or "latest" (models:/<name>@<alias>, models:/<name>/<version>, models:/<name>/latest)');
  }
  const [name, ref] = parts;
  if (/^\d+$/.test(ref)) return { kind: "mlflow-model", name, ref: { version: String(Number(ref)) } };
  if (ref === "latest") return { kind: "mlflow-model", name, ref: { latest: true } };
  return { kind: "mlflow-model", name, ref: { stage: ref } };
}
function parseRuns(uri, value) {
  const m = /^runs:\/([A-Za-z0-9_-]+)(?:\/(.*))?$/.exec(uri);
  if (!m || uri.startsWith("runs://")) throw bad(value, "is not a run URI: write runs:/<run-id>/<artifact path>");
  const path = (m[2] ?? "").replace(/\/$/, "");
  const problem = keyProblem(path, true);
  if (problem) throw bad(value, `has an artifact path that ${problem}`);
  return { kind: "mlflow-run", runId: m[1], path };
}
function formatModelUri(u) {
  switch (u.kind) {
    case "s3":
      return `s3://${u.bucket}/${u.key}`;
    case "local":
      return u.path;
    case "mlflow-model":
      if ("alias" in u.ref) return `models:/${u.name}@${u.ref.alias}`;
      if ("version" in u.ref) return `models:/${u.name}/${u.ref.version}`;
      if ("stage" in u.ref) return `models:/${u.name}/${u.ref.stage}`;
      return `models:/${u.name}/latest`;
    case "mlflow-run":
      return `runs:/${u.runId}${u.path ? `/${u.path}` : ""}`;
  }
}

// src/registry/pull.ts
var DEFAULT_PART_SIZE = 8 << 20;
async function pullModel(o) {
  const dest = resolve2(o.dest);
  checkDestination(dest, o);
  if (o.expectedSha256 !== void 0 && !/^[0-9a-f]{64}$/.test(o.expectedSha256)) {
    throw new ConfigurationError("input `expected-sha256`", o.expectedSha256, "is not a sha256: give 64 hex digits (for a folder, the sha256 of its manifest).");
  }
  switch (o.uri.kind) {
    case "s3":
      return pullS3(o, o.uri, dest);
    case "local":
      return pullLocal(o, o.uri.path, dest);
    case "mlflow-model":
    case "mlflow-run":
      throw new ConfigurationError(
        "input `model-uri`",
        formatModelUri(o.uri),
        "is an MLflow URI: MLflow URIs are not supported yet. Use an s3:// URI or a local path for now."
      );
  }
}
function within(child, parent) {
  const rel = relative(parent, child);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute2(rel);
}
function checkDestination(dest, o) {
  if (dirname2(dest) === dest) throw new ConfigurationError("input `path`", dest, "is the root of the file system. Give a folder of its own for the model.");
  for (const p of o.protectedPaths ?? []) {
    if (p && within(resolve2(p), dest)) {
      throw new ConfigurationError("input `path`", dest, `would replace ${resolve2(p)}, which holds other files. Give a folder of its own for the model (e.g. \${{ runner.temp }}/model).`);
    }
  }
  const cache = resolve2(o.cacheDir);
  if (within(dest, cache) || within(cache, dest)) {
    throw new ConfigurationError("input `path`", dest, `overlaps the cache folder ${cache}. Give a destination outside \`cache-dir\`.`);
  }
  if (o.uri.kind === "local" && (within(dest, o.uri.path) || within(o.uri.path, dest))) {
    throw new ConfigurationError("input `path`", dest, `overlaps the model's own location ${o.uri.path}. Give a different destination.`);
  }
}
function verify(sha256, expected, what, folder) {
  if (expected !== void 0 && sha256 !== expected) {
    throw new ServiceError(
      `sha256 mismatch for ${what}: expected ${expected}, got ${sha256}${folder ? ' (the sha256 of the folder manifest: sorted lines "<sha256>  <relative path>")' : ""}. The model changed or \`expected-sha256\` is wrong; nothing was kept.`
    );
  }
}
async function pullS3(o, uri, dest) {
  const s3 = o.s3;
  if (!s3) throw new Error("pullS3 needs an S3 client");
  const cache = new ModelCache(o.cacheDir);
  await cache.sweepTemp().catch(() => void 0);
  const what = s3Uri(uri.bucket, uri.key);
  const source = `s3|${s3.endpoint}|${uri.bucket}|${uri.key}`;
  const limiter = new Limiter(o.concurrency);
  const partSize = Math.max(1, Math.min(o.partSize ?? DEFAULT_PART_SIZE, o.rangeThreshold));
  const name = basename(uri.key.replace(/\/$/, "")) || uri.bucket;
  const log = o.log ?? (() => void 0);
  let objects;
  let metadata;
  if (uri.folder) {
    objects = await listFolder(s3, uri.bucket, uri.key);
    const newest = objects.map((x) => x.info.lastModified).sort().pop() ?? "";
    metadata = { objects: objects.length, "last-modified": newest };
  } else {
    const info = await s3.head(uri.bucket, uri.key);
    objects = [{ rel: name, info }];
    metadata = { etag: info.etag, "last-modified": info.lastModified, "content-type": info.contentType, objects: 1 };
  }
  const validator = uri.folder ? createHash6("sha256").update(sortEntries(objects.map((x) => ({ path: x.rel, line: `${x.rel}	${x.info.etag}	${x.info.size}
` }))).map((x) => x.line).join("")).digest("hex") : `${objects[0]?.info.etag}|${objects[0]?.info.size}|${objects[0]?.info.lastModified}`;
  const version = uri.folder ? "" : objects[0]?.info.etag ?? "";
  let entry = null;
  let transferred = 0;
  let requests = 0;
  let resumes = 0;
  const hit = cache.lookup(source, validator);
  if (hit) entry = cache.entry(hit.sha256);
  const fromCache = entry !== null;
  if (entry) {
    log(`${what}: unchanged since it was cached (sha256 ${entry.sha256}); nothing to download.`);
  } else {
    const temp = await cache.tempDir().catch((e) => {
      throw diskError(e, o.cacheDir, "cache-dir");
    });
    try {
      const content = join2(temp, "content");
      const files = [];
      const total = objects.reduce((n, x) => n + x.info.size, 0);
      log(`Downloading ${what}: ${objects.length} object${objects.length === 1 ? "" : "s"}, ${total} bytes, up to ${o.concurrency} requests at a time.`);
      let failed = false;
      const one = async (x) => {
        if (failed) return;
        const file = uri.folder ? join2(content, ...x.rel.split("/")) : content;
        await mkdir2(dirname2(file), { recursive: true });
        const r = await downloadObject({
          client: s3,
          bucket: uri.bucket,
          key: x.info.key,
          size: x.info.size,
          etag: x.info.etag,
          file,
          rangeThreshold: o.rangeThreshold,
          partSize,
          limiter,
          ...o.sleep ? { sleep: o.sleep } : {}
        });
        transferred += r.transferred;
        requests += r.ranges + r.resumes;
        resumes += r.resumes;
        files.push({ path: x.rel, size: x.info.size, sha256: r.sha256 });
      };
      const large = objects.filter((x) => x.info.size > o.rangeThreshold);
      const small = objects.filter((x) => x.info.size <= o.rangeThreshold);
      const guard = (p) => p.catch((e) => {
        failed = true;
        throw e;
      });
      await allOrNothing([
        ...small.map((x) => () => guard(limiter.run(() => one(x)))),
        async () => {
          for (const x of large) await guard(one(x));
        }
      ]);
      const sha256 = uri.folder ? manifestSha256(files) : files[0].sha256;
      verify(sha256, o.expectedSha256, what, uri.folder);
      entry = await cache.commit(temp, { kind: uri.folder ? "folder" : "file", sha256, size: total, files: sortEntries(files) });
    } catch (e) {
      throw diskError(e, o.cacheDir, "cache-dir");
    } finally {
      await rm2(temp, { recursive: true, force: true });
    }
    cache.remember({ source, validator, sha256: entry.sha256, metadata });
  }
  verify(entry.sha256, o.expectedSha256, what, uri.folder);
  const placed = await place(dest, uri.folder ? null : name, cache, entry).catch((e) => {
    throw diskError(e, dirname2(dest), "path");
  });
  return {
    path: placed,
    name,
    version,
    sha256: entry.sha256,
    size: entry.size,
    files: entry.files.length,
    sourceUri: what,
    cacheHit: fromCache,
    bytesTransferred: transferred,
    requests,
    resumes,
    source: "s3",
    metadata
  };
}
function diskError(e, folder, input) {
  const code2 = e.code;
  if (code2 === "ENOSPC" || code2 === "EDQUOT") {
    return new ServiceError(`no space left to write the model under ${folder} (${code2}); nothing was kept. Free some space, or point \`${input}\` at a larger disk.`);
  }
  if (code2 === "EACCES" || code2 === "EROFS" || code2 === "EPERM" || code2 === "ENOTDIR") {
    return new ConfigurationError(`input \`${input}\``, folder, `cannot be written (${code2}). Give a folder this job may write.`);
  }
  return e;
}
async function allOrNothing(tasks) {
  const settled = await Promise.allSettled(tasks.map((t) => t()));
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
async function listFolder(s3, bucket, prefix) {
  const out = [];
  for await (const info of s3.list(bucket, prefix)) {
    if (info.key.endsWith("/")) continue;
    const rel = info.key.slice(prefix.length);
    const problem = keyProblem(rel);
    if (problem) {
      throw new ServiceError(`refusing to pull ${s3Uri(bucket, prefix)}: the object ${s3Uri(bucket, info.key)} has a key that ${problem}. Rename or remove that object.`);
    }
    out.push({ rel, info });
  }
  if (out.length === 0) {
    throw new ServiceError(`no objects under ${s3Uri(bucket, prefix)}. Check the prefix; for a single file leave out the trailing slash.`, 404);
  }
  const names = new Set(out.map((x) => x.rel));
  for (const x of out) {
    const segs = x.rel.split("/");
    for (let i = 1; i < segs.length; i++) {
      const dir = segs.slice(0, i).join("/");
      if (names.has(dir)) throw new ServiceError(`refusing to pull ${s3Uri(bucket, prefix)}: ${s3Uri(bucket, prefix + dir)} is both an object and a folder.`);
    }
  }
  return out;
}
async function place(dest, fileName, cache, entry) {
  await mkdir2(dirname2(dest), { recursive: true });
  const staging = await mkdtemp(join2(dirname2(dest), `.${basename(dest)}.pull-`));
  try {
    await chmod2(staging, 493);
    for (const f of entry.files) {
      const to = fileName !== null ? join2(staging, fileName) : join2(staging, ...f.path.split("/"));
      await mkdir2(dirname2(to), { recursive: true });
      await linkOrCopy(cache.filePath(entry, f.path), to);
    }
    await swapInto(staging, dest);
  } catch (e) {
    await rm2(staging, { recursive: true, force: true });
    throw e;
  }
  return fileName !== null ? join2(dest, fileName) : dest;
}
async function linkOrCopy(from, to) {
  try {
    await link(from, to);
  } catch (e) {
    const code2 = e.code;
    if (!code2 || !["EXDEV", "EPERM", "EMLINK", "ENOTSUP", "EACCES", "EOPNOTSUPP"].includes(code2)) throw e;
    await copyFile(from, to, fsConstants.COPYFILE_FICLONE);
    await chmod2(to, 420);
  }
}
async function swapInto(staging, dest) {
  const old = `${staging}.old`;
  const existing = await lstat(dest).catch(() => null);
  if (existing) await rename2(dest, old);
  try {
    await rename2(staging, dest);
  } catch (e) {
    if (existing) await rename2(old, dest).catch(() => void 0);
    throw e;
  }
  if (existing) await rm2(old, { recursive: true, force: true });
}
async function pullLocal(o, src, dest) {
  const st = await stat2(src).catch(() => null);
  if (!st || !st.isFile() && !st.isDirectory()) {
    throw new ConfigurationError("input `model-uri`", src, "is not a file or folder. Give the path of the model file or of its folder.");
  }
  const name = basename(src);
  const folder = st.isDirectory();
  const rels = folder ? await walk(src) : [name];
  if (folder && rels.length === 0) throw new ConfigurationError("input `model-uri`", src, "is an empty folder: there is no model to pull.");
  await mkdir2(dirname2(dest), { recursive: true });
  const staging = await mkdtemp(join2(dirname2(dest), `.${basename(dest)}.pull-`));
  try {
    await chmod2(staging, 493);
    const files = [];
    for (const rel of rels) {
      const from = folder ? join2(src, ...rel.split("/")) : src;
      const to = join2(staging, ...rel.split("/"));
      await mkdir2(dirname2(to), { recursive: true });
      files.push({ path: rel, ...await copyHashing(from, to) });
    }
    const sha256 = folder ? manifestSha256(files) : files[0].sha256;
    verify(sha256, o.expectedSha256, src, folder);
    await swapInto(staging, dest);
    const size = files.reduce((n, f) => n + f.size, 0);
    return {
      path: folder ? dest : join2(dest, name),
      name,
      version: "",
      sha256,
      size,
      files: files.length,
      sourceUri: src,
      cacheHit: false,
      bytesTransferred: 0,
      requests: 0,
      resumes: 0,
      source: "local",
      metadata: { objects: files.length, "last-modified": st.mtime.toUTCString() }
    };
  } catch (e) {
    await rm2(staging, { recursive: true, force: true });
    throw e;
  }
}
async function walk(root) {
  const out = [];
  const visit = async (dir, prefix) => {
    for (const d of await readdir2(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${d.name}` : d.name;
      const problem = keyProblem(rel);
      if (problem) throw new ConfigurationError("input `model-uri`", join2(root, rel), `holds a file whose path ${problem}.`);
      const full = join2(dir, d.name);
      if (d.isDirectory()) await visit(full, rel);
      else if (d.isFile()) out.push(rel);
      else if (d.isSymbolicLink()) {
        const t = await stat2(full).catch(() => null);
        if (t?.isFile()) out.push(rel);
        else throw new ConfigurationError("input `model-uri`", full, "is a symbolic link to a folder or to nothing; copy the files in instead.");
      }
    }
  };
  await visit(root, "");
  return out;
}
async function copyHashing(from, to) {
  const hash = createHash6("sha256");
  let size = 0;
  const reader = createReadStream(from);
  reader.on("data", (c) => {
    hash.update(c);
    size += c.length;
  });
  await pipeline(reader, createWriteStream(to));
  return { size, sha256: hash.digest("hex") };
}

// src/registry/summary.ts
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function transferLine(r) {
  if (r.source === "local") return `0 bytes transferred (copied from a local path)`;
  if (r.cacheHit) return `0 bytes transferred (from the cache)`;
  const resumed = r.resumes ? `, ${r.resumes} resumed after a broken connection` : "";
  return `${r.bytesTransferred} bytes transferred (${formatBytes(r.bytesTransferred)}) in ${r.requests} request${r.requests === 1 ? "" : "s"}${resumed}`;
}
function pullSummary(r, verified) {
  const from = r.source === "local" ? "a local path" : r.cacheHit ? "the cache" : "S3";
  const rows = [
    ["Source", code(r.sourceUri)],
    ["Model", code(r.path)],
    ["sha256", `${code(r.sha256)} ${verified ? "\u2014 matches `expected-sha256`" : "\u2014 not pinned (set `expected-sha256` to verify it)"}`],
    ["Size", `${formatBytes(r.size)} in ${r.files} file${r.files === 1 ? "" : "s"}`],
    ["Transfer", transferLine(r)]
  ];
  if (r.version) rows.splice(2, 0, ["Version", code(r.version)]);
  return [
    `### \u2705 pull-model: ${code(r.name)} from ${from}`,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`),
    "",
    "<details><summary>Metadata</summary>",
    "",
    "```json",
    JSON.stringify(r.metadata, null, 2),
    "```",
    "",
    "</details>",
    ""
  ].join("\n");
}
function pullFailureSummary(source, message) {
  return [`### \u274C pull-model failed${source ? `: ${code(source)}` : ""}`, "", message, "", "Nothing was left in the destination or the cache.", ""].join("\n");
}

// src/actions/pull-model.ts
var spec = {
  "model-uri": string(),
  path: string(),
  "expected-sha256": string(),
  "cache-dir": string(),
  "s3-endpoint": string(),
  "aws-region": string(),
  "s3-path-style": bool(),
  concurrency: number({ min: 1, max: 64, integer: true }),
  "range-threshold": string()
};
async function main(io) {
  const inputs = readInputs("pull-model", spec, io);
  try {
    return await pull(io, inputs);
  } catch (e) {
    io.summary(pullFailureSummary(inputs.modelUri, errorMessage(e)));
    throw e;
  }
}
async function pull(io, inputs) {
  const env = io.env;
  const uri = parseModelUri(inputs.modelUri, io.cwd);
  const rangeThreshold = parseSize(inputs.rangeThreshold);
  if (rangeThreshold === null || rangeThreshold < 1) {
    throw new ConfigurationError("input `range-threshold`", inputs.rangeThreshold, "is not a size. Give bytes or a size such as 512KiB, 64MiB or 1GiB.");
  }
  const expected = inputs.expectedSha256.trim().toLowerCase();
  const dest = inputs.path ? resolve3(io.cwd, inputs.path) : join3(io.tempDir, "model");
  const cacheDir = inputs.cacheDir ? resolve3(io.cwd, inputs.cacheDir) : defaultCacheDir(env);
  const s3 = uri.kind === "s3" ? new S3Client({
    endpoint: inputs.s3Endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || "",
    region: inputs.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    pathStyle: inputs.s3PathStyle,
    credentials: awsCredentials(io)
  }) : void 0;
  const result = await io.group(
    `Pull ${inputs.modelUri}`,
    () => pullModel({
      uri,
      dest,
      ...expected ? { expectedSha256: expected } : {},
      cacheDir,
      ...s3 ? { s3 } : {},
      concurrency: inputs.concurrency,
      rangeThreshold,
      protectedPaths: [io.cwd, env.GITHUB_WORKSPACE ?? "", env.HOME ?? homedir()],
      log: (m) => io.info(m)
    })
  );
  io.info(`Pulled ${result.sourceUri} to ${result.path}: ${formatBytes(result.size)}, sha256 ${result.sha256}; ${transferLine(result)}.`);
  io.setOutput("path", result.path);
  io.setOutput("name", result.name);
  io.setOutput("version", result.version);
  io.setOutput("alias", "");
  io.setOutput("run-id", "");
  io.setOutput("sha256", result.sha256);
  io.setOutput("size", String(result.size));
  io.setOutput("source-uri", result.sourceUri);
  io.setOutput("metadata", JSON.stringify(result.metadata));
  io.setOutput("cache-hit", String(result.cacheHit));
  io.setOutput("bytes-transferred", String(result.bytesTransferred));
  io.summary(pullSummary(result, expected !== ""));
  return 0;
}
function defaultCacheDir(env) {
  if (env.RUNNER_TOOL_CACHE) return join3(env.RUNNER_TOOL_CACHE, "model-cd", "models");
  return join3(env.XDG_CACHE_HOME || join3(env.HOME || homedir(), ".cache"), "model-cd", "models");
}
function awsCredentials(io) {
  const id = io.env.AWS_ACCESS_KEY_ID ?? "";
  const secret = io.env.AWS_SECRET_ACCESS_KEY ?? "";
  const token = io.env.AWS_SESSION_TOKEN ?? "";
  io.setSecret(secret);
  io.setSecret(token);
  if (!id && !secret) {
    io.info("No AWS credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY): sending unsigned requests, which only public buckets answer.");
    return null;
  }
  if (!id || !secret) {
    throw new ConfigurationError(
      "environment variable",
      id ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID",
      "is not set while its partner is. Set both (aws-actions/configure-aws-credentials does), or neither for a public bucket."
    );
  }
  return token ? { accessKeyId: id, secretAccessKey: secret, sessionToken: token } : { accessKeyId: id, secretAccessKey: secret };
}

// pull-model-entry.ts
process.exitCode = await runAction(new RunnerIO(), main);
