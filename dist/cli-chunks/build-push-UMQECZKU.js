import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  COMPRESSIONS,
  LAYER_MEDIA_TYPES,
  MEDIA,
  MODEL_LAYER,
  RegistryClient,
  appendLayers,
  blobPath,
  buildLayer,
  checkCompression,
  copyBlobs,
  decompressor,
  dockerArch,
  findLayer,
  imagePathProblem,
  layerDiffId,
  parseArchiveRef,
  pullToLayout,
  pushImage,
  readBlob,
  readDockerArchive,
  resolveRef,
  runCommand,
  tagInLayout,
  writeDockerArchive
} from "./chunk-6AT3NUQ7.js";
import {
  ALL_METRICS,
  ORT_VERSION,
  fetchOrtPackages,
  npmRegistry,
  readContractFile
} from "./chunk-5ASBMTIZ.js";
import {
  listTar
} from "./chunk-XZC4LR2O.js";
import "./chunk-GOJ3UU2V.js";
import {
  stepRetry
} from "./chunk-6SQENMC6.js";
import "./chunk-YQEE2Z4F.js";
import {
  which
} from "./chunk-AC4XLMWU.js";
import {
  VERSION
} from "./chunk-32734S2S.js";
import {
  checkWritable,
  list,
  number,
  oneOf,
  readInputs,
  string,
  writeFileAtomic
} from "./chunk-ZKYIUTKU.js";
import "./chunk-2GYKKTUI.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/build-push.ts
init_define_ACTION_META();
import { fileURLToPath } from "node:url";

// src/image/build-push.ts
init_define_ACTION_META();
import { mkdtempSync as mkdtempSync2, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { join as join6, relative as relative4, resolve as resolve3 } from "node:path";

// src/image/base-node.ts
init_define_ACTION_META();
import { createReadStream, existsSync } from "node:fs";
import { pipeline } from "node:stream";
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function pathDirs(config) {
  const env = config.config?.Env ?? [];
  const path = env.filter((e) => typeof e === "string" && e.startsWith("PATH=")).at(-1)?.slice(5) ?? DEFAULT_PATH;
  const dirs = path.split(":").map((d) => d.replace(/^\/+|\/+$/g, "")).filter((d) => d && !d.split("/").includes(".."));
  return [...new Set(dirs)];
}
async function findNode(layout, base) {
  const dirs = pathDirs(base.config);
  const candidates = dirs.map((d) => `${d}/node`);
  const present = /* @__PURE__ */ new Set();
  for (const layer of base.layers) {
    const file = blobPath(layout, layer.digest);
    if (!existsSync(file)) return { unknown: `the layer ${layer.digest} is not here` };
    const unpack = decompressor(layer.mediaType);
    if (!unpack) return { unknown: `the layer ${layer.digest} is a ${layer.mediaType}` };
    const added = /* @__PURE__ */ new Set();
    const removed = /* @__PURE__ */ new Set();
    const stream = createReadStream(file);
    pipeline(stream, unpack, () => void 0);
    try {
      await listTar(unpack, ({ path }) => {
        const p = path.replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "");
        const slash = p.lastIndexOf("/");
        const dir = slash < 0 ? "" : p.slice(0, slash);
        const name = p.slice(slash + 1);
        if (name === ".wh..wh..opq") {
          for (const c of candidates) if (c.startsWith(`${dir}/`) || !dir) removed.add(c);
        } else if (name.startsWith(".wh.")) {
          const gone = `${dir ? `${dir}/` : ""}${name.slice(4)}`;
          for (const c of candidates) if (c === gone || c.startsWith(`${gone}/`)) removed.add(c);
        } else if (candidates.includes(p)) added.add(p);
      });
    } catch (e) {
      stream.destroy();
      return { unknown: `the layer ${layer.digest} cannot be read (${e.message})` };
    }
    for (const c of removed) present.delete(c);
    for (const c of added) present.add(c);
  }
  const found = candidates.find((c) => present.has(c));
  return found ? { found: `/${found}` } : { missing: dirs.map((d) => `/${d}`) };
}

// src/image/credentials.ts
init_define_ACTION_META();
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var keysFor = (host) => [host, `https://${host}`, `http://${host}`, ...host === "docker.io" || host === "index.docker.io" ? ["https://index.docker.io/v1/"] : []];
async function dockerCredentials(host, env) {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), ".docker");
  let config;
  try {
    config = JSON.parse(await readFile(join(dir, "config.json"), "utf8"));
  } catch {
    return null;
  }
  const helper = config.credHelpers?.[host] ?? config.credsStore;
  if (helper) {
    const found = await runHelper(helper, host, env);
    if (found) return found;
  }
  for (const key of keysFor(host)) {
    const a = config.auths?.[key];
    if (!a) continue;
    if (a.username && a.password) return { username: a.username, password: a.password };
    if (a.auth) {
      const decoded = Buffer.from(a.auth, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
  }
  return null;
}
function runHelper(name, host, env) {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new ServiceError(`the docker config names the credential helper ${JSON.stringify(name)}, which is not a helper name.`);
  return new Promise((resolve4, reject) => {
    const child = execFile(`docker-credential-${name}`, ["get"], { env, timeout: 3e4 }, (error, stdout, stderr) => {
      if (error) {
        if (/not found/i.test(`${stdout}${stderr}`)) return resolve4(null);
        if (error.code === "ENOENT") return reject(new ServiceError(`the docker config asks for the credential helper docker-credential-${name}, which is not on PATH. Install it, or log in with docker/login-action.`));
        return reject(new ServiceError(`docker-credential-${name} failed for ${host}: ${stderr.trim() || error.message}`));
      }
      try {
        const out = JSON.parse(stdout);
        resolve4(out.Username && out.Secret ? { username: out.Username, password: out.Secret } : null);
      } catch {
        reject(new ServiceError(`docker-credential-${name} answered for ${host} with something that is not JSON.`));
      }
    });
    child.stdin?.end(host);
  });
}

// src/image/dockerfile-build.ts
init_define_ACTION_META();
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join as join3, relative as relative2, resolve } from "node:path";

// src/image/builder.ts
init_define_ACTION_META();
import { spawn } from "node:child_process";
var UnsupportedError = class extends Error {
  name = "UnsupportedError";
};
function buildFlags(r) {
  const args = ["--file", r.dockerfile, "--tag", r.name];
  if (r.target) args.push("--target", r.target);
  for (const [k, v] of r.buildArgs) args.push("--build-arg", `${k}=${v}`);
  for (const s of r.secrets) args.push("--secret", `id=${s.id},src=${s.path}`);
  for (const k of Object.keys(r.labels).sort()) args.push("--label", `${k}=${r.labels[k]}`);
  return args;
}
function planBuild(builder, r) {
  if (builder === "buildah" || builder === "podman") {
    const store = ["--root", `${r.scratch}/root`, "--runroot", `${r.scratch}/runroot`, "--storage-driver", "vfs"];
    const build3 = builder === "buildah" ? "bud" : "build";
    return {
      builder,
      steps: [
        { file: builder, args: [...store, build3, "--isolation", "chroot", ...buildFlags(r), r.context] },
        { file: builder, args: [...store, "push", r.name, `oci:${r.layout}:${r.ref}`] }
      ],
      output: { kind: "oci", layout: r.layout, ref: r.ref },
      // rmi through the builder: in a rootless store the files belong to mapped users the runner cannot delete.
      cleanup: [{ file: builder, args: [...store, "rmi", "--all", "--force"] }],
      // Large copies go to the builder's TMPDIR (/var/tmp by default); keep them in the scratch folder.
      env: { TMPDIR: `${r.scratch}/tmp` }
    };
  }
  if (builder === "docker" && r.secrets.length) {
    throw new UnsupportedError("build secrets need BuildKit, and this docker has no buildx plugin: install docker-buildx, or use buildah");
  }
  const build2 = builder === "docker-buildx" ? ["buildx", "build", "--load"] : ["build"];
  return {
    builder,
    steps: [
      { file: "docker", args: [...build2, ...buildFlags(r), r.context] },
      { file: "docker", args: ["save", "--output", r.archive, r.name] }
    ],
    output: { kind: "docker-archive", file: r.archive },
    cleanup: [{ file: "docker", args: ["image", "rm", "--force", r.name] }],
    env: {}
  };
}
async function detectBuilder(choice, probe) {
  const docker = async () => {
    if (!probe.has("docker")) return { builder: null, why: "docker is not on PATH" };
    if (!await probe.succeeds({ file: "docker", args: ["version", "--format", "{{.Server.Version}}"] })) {
      return { builder: null, why: "docker is on PATH but its daemon does not answer (`docker version` fails)" };
    }
    return { builder: await probe.succeeds({ file: "docker", args: ["buildx", "version"] }) ? "docker-buildx" : "docker" };
  };
  const daemonless = async (name) => {
    if (!probe.has(name)) return { builder: null, why: `${name} is not on PATH` };
    return await probe.succeeds({ file: name, args: ["--version"] }) ? { builder: name } : { builder: null, why: `${name} is on PATH but \`${name} --version\` fails` };
  };
  if (choice === "docker") return docker();
  if (choice === "buildah" || choice === "podman") return daemonless(choice);
  const whys = [];
  for (const d of [docker, () => daemonless("buildah"), () => daemonless("podman")]) {
    const found = await d();
    if (found.builder) return found;
    whys.push(found.why);
  }
  return { builder: null, why: whys.join("; ") };
}
function parsePairs(lines2) {
  const pairs = [];
  for (const raw of lines2) {
    const line = /^".*"$/.test(raw) ? raw.slice(1, -1).replace(/""/g, '"') : raw;
    const eq = line.indexOf("=");
    if (eq < 1) return { pairs, bad: raw };
    pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1)]);
  }
  return { pairs, bad: null };
}
function lines(raw) {
  return raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
function systemProbe(env, which2) {
  return {
    has: (name) => which2(name) !== null,
    succeeds: (cmd) => new Promise((resolve4) => {
      const child = spawn(cmd.file, cmd.args, { env, stdio: "ignore", timeout: 3e4 });
      child.on("error", () => resolve4(false));
      child.on("close", (code) => resolve4(code === 0));
    })
  };
}

// src/image/model-files.ts
init_define_ACTION_META();
import { readdirSync, statSync } from "node:fs";
import { join as join2, relative, sep } from "node:path";
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function modelFiles(source, modelDir, raw) {
  let st;
  try {
    st = statSync(source);
  } catch {
    throw new ConfigurationError("input `model`", raw, "does not exist. Give the model file or folder (pull-model's `path` output).");
  }
  if (st.isFile()) return [{ path: `${modelDir}/${source.split(sep).pop()}`, source }];
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join2(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ path: `${modelDir}/${relative(source, p).split(sep).join("/")}`, source: p });
    }
  };
  walk(source);
  if (!out.length) throw new ConfigurationError("input `model`", raw, "is an empty folder: there is no model to layer.");
  return out;
}

// src/image/dockerfile-build.ts
async function buildDockerfile(io, inputs, labels, work) {
  const dockerfile = resolve(io.cwd, inputs.dockerfile.trim());
  if (!isFile(dockerfile)) throw new ConfigurationError("input `dockerfile`", inputs.dockerfile, "is not a file. Give the Dockerfile's path, relative to the workspace.");
  const context = resolve(io.cwd, inputs.context.trim() || ".");
  if (!isDir(context)) throw new ConfigurationError("input `context`", inputs.context, "is not a folder. Give the build context, relative to the workspace (default: the workspace).");
  const args = parsePairs(lines(inputs.buildArgs));
  if (args.bad !== null) throw new ConfigurationError("input `build-args`", args.bad, "is not `NAME=value` (one per line).");
  const secretLines = parsePairs(lines(inputs.secretFiles));
  if (secretLines.bad !== null) throw new ConfigurationError("input `secret-files`", secretLines.bad, "is not `id=path` (one per line; the Dockerfile mounts it with `RUN --mount=type=secret,id=...`).");
  const secrets = secretLines.pairs.map(([id, path]) => {
    const file = resolve(io.cwd, path.trim());
    if (!isFile(file)) throw new ConfigurationError("input `secret-files`", `${id}=${path}`, "names a file that does not exist. Give `id=path` with the path relative to the workspace.");
    return { id, path: file };
  });
  const found = await detectBuilder(inputs.builder, systemProbe(io.env, (n) => which(n, io.env)));
  if (!found.builder) {
    const daemonless = "or remove `dockerfile` to use the daemonless path (`base` + `model`, no builder needed)";
    if (inputs.builder === "auto") throw new ConfigurationError("input `dockerfile`", inputs.dockerfile, `needs an image builder, and none works here (${found.why}). Install buildah (apt-get install buildah), podman or docker, ${daemonless}.`);
    throw new ConfigurationError("input `builder`", inputs.builder, `cannot build here: ${found.why}. Install it, set \`builder: auto\` to take whichever of docker, buildah and podman works, ${daemonless}.`);
  }
  const scratch = mkdtempSync(join3(io.tempDir, "build-push-builder-"));
  const layout = join3(work, "built");
  let plan;
  try {
    plan = planBuild(found.builder, {
      dockerfile,
      context,
      buildArgs: args.pairs,
      target: inputs.target.trim(),
      secrets,
      labels,
      name: `localhost/model-cd-build:${randomBytes(8).toString("hex")}`,
      scratch,
      layout,
      ref: "built",
      archive: join3(scratch, "image.tar")
    });
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    if (e instanceof UnsupportedError) throw new ConfigurationError("input `builder`", found.builder, `${e.message}.`);
    throw e;
  }
  const env = { ...io.env, ...plan.env };
  if (plan.env.TMPDIR) mkdirSync(plan.env.TMPDIR, { recursive: true });
  try {
    await io.group(`Build ${relative2(io.cwd, dockerfile)} with ${plan.builder}`, async () => {
      for (const step of plan.steps) {
        io.info(`$ ${step.file} ${step.args.join(" ")}`);
        const r = await runCommand(step, { env, cwd: io.cwd, onLine: (l) => io.info(`[${plan.builder}] ${l}`) });
        if (r.code !== 0) throw new ServiceError(`${step.file} ${step.args.find((a) => /^(bud|build|buildx|push|save)$/.test(a)) ?? ""} failed (exit ${r.code}) building ${relative2(io.cwd, dockerfile)}; its last lines:
${r.tail.slice(-10).join("\n")}`);
      }
    });
    if (plan.output.kind === "docker-archive") {
      const top = await readDockerArchive(plan.output.file, layout, null, scratch);
      await tagInLayout(layout, "built", top);
    }
    return { layout, ref: "built", builder: plan.builder };
  } finally {
    for (const c of plan.cleanup) await runCommand(c, { env, cwd: io.cwd, onLine: (l) => io.debug(l) }).catch(() => void 0);
    try {
      rmSync(scratch, { recursive: true, force: true });
    } catch (e) {
      io.debug(`could not remove ${scratch}: ${e.message}`);
    }
  }
}

// src/image/layer-record.ts
init_define_ACTION_META();
import { readFileSync } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join4 } from "node:path";
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function recordPath(dir, compression, diffId) {
  return join4(dir, compression, `${diffId.replace(/^sha256:/, "")}.json`);
}
function readLayerRecord(dir, compression, diffId) {
  if (!DIGEST.test(diffId)) return null;
  let r;
  try {
    r = JSON.parse(readFileSync(recordPath(dir, compression, diffId), "utf8"));
  } catch {
    return null;
  }
  const mediaType = LAYER_MEDIA_TYPES[compression];
  if (!r || typeof r !== "object" || r.diffId !== diffId || r.mediaType !== mediaType || typeof r.digest !== "string" || !DIGEST.test(r.digest)) return null;
  if (typeof r.size !== "number" || !Number.isSafeInteger(r.size) || r.size < 0) return null;
  return { digest: r.digest, diffId, size: r.size, mediaType };
}
function writeLayerRecord(dir, compression, layer) {
  const record = { diffId: layer.diffId, digest: layer.digest, size: layer.size, mediaType: layer.mediaType };
  writeFileAtomic(recordPath(dir, compression, layer.diffId), JSON.stringify(record) + "\n");
}
function defaultLayerCacheDir(env) {
  const root = env.RUNNER_TOOL_CACHE || join4(env.XDG_CACHE_HOME || join4(env.HOME || homedir2(), ".cache"));
  return join4(root, "model-cd", "layers");
}

// src/image/refs.ts
init_define_ACTION_META();
import { resolve as resolve2 } from "node:path";
function parseOciRef(raw, input, cwd) {
  const m = /^oci:(.+?)(?::([A-Za-z0-9._-]+))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, "is not an OCI layout reference. Give `oci:<folder>:<tag>`, e.g. `oci:base-image:3.12` (skopeo copy or buildah push can write one).");
  return { layout: resolve2(cwd, m[1]), ref: m[2] ?? "" };
}
function parseRegistryRef(raw, input = "tags") {
  const m = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, 'is not an image reference. Give `registry/repository:tag` (lower-case repository; tags up to 128 of letters, digits, ".", "_", "-"), or `oci:<folder>:<tag>`.');
  return { host: m[1], repo: m[2], tag: m[3] ?? "latest" };
}
function parseDestination(raw, cwd) {
  if (raw.startsWith("oci:")) {
    const ref = parseOciRef(raw, "tags", cwd);
    checkWritable("input `tags`", ref.layout, cwd, "folder");
    return { kind: "oci", ...ref };
  }
  if (raw.startsWith("docker-archive:")) {
    const a = parseArchiveRef(raw);
    if (!a) throw new ConfigurationError("input `tags`", raw, "is not a docker archive destination. Give `docker-archive:<file.tar>` or `docker-archive:<file.tar>:<name>:<tag>` (the name `docker load` gives the image).");
    return { kind: "docker-archive", file: checkWritable("input `tags`", a.file, cwd, "file"), repoTag: a.repoTag };
  }
  return { kind: "registry", ...parseRegistryRef(raw) };
}

// src/image/serve-runtime.ts
init_define_ACTION_META();
import { writeFile } from "node:fs/promises";
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join5, relative as relative3, sep as sep2 } from "node:path";
var RUNTIMES = ["none", "serve"];
var SERVE_DIR = "opt/model-cd/serve";
var SERVE_PORT = "8080";
var ENTRY = `/${SERVE_DIR}/index.js`;
function ortArch(p) {
  if (p.os !== "linux") return null;
  if (p.architecture === "amd64") return "x64";
  if (p.architecture === "arm64" && (!p.variant || p.variant === "v8")) return "arm64";
  return null;
}
var platformName = (p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}`;
function serveRunConfig() {
  const seconds = (s) => s * 1e9;
  return {
    Cmd: ["node", ENTRY],
    ExposedPorts: { [`${SERVE_PORT}/tcp`]: {} },
    // Docker's config field (OCI's has none): docker and podman run it; Kubernetes uses its own probes (/v2/health/*).
    Healthcheck: { Test: ["CMD", "node", ENTRY, "healthcheck"], Interval: seconds(30), Timeout: seconds(5), StartPeriod: seconds(60), Retries: 3 }
  };
}
function serveEnv() {
  return { PORT: SERVE_PORT, HOST: "0.0.0.0" };
}
function serveLabels() {
  return { "dev.model-cd.runtime": "serve", "dev.model-cd.runtime.version": VERSION, "dev.model-cd.runtime.onnxruntime": ORT_VERSION };
}
function runtimeCompression(model) {
  return model === "zstd" ? "zstd" : "gzip";
}
async function serveFiles(o) {
  if (!isFile(o.bundle)) throw new Error(`the serve bundle ${o.bundle} is missing: this copy of model-cd was built without dist/serve (npm run build makes it)`);
  const packages = join5(o.work, `onnxruntime-linux-${o.arch}`);
  await fetchOrtPackages({
    registry: o.registry,
    platform: "linux",
    arch: o.arch,
    dest: packages,
    tarballCache: o.tarballCache,
    log: o.log,
    fix: `let the runner reach the npm registry, or use \`runtime: none\` with a base image that brings its own server`
  });
  const pkg = join5(o.work, `serve-package-${o.arch}.json`);
  await writeFile(pkg, `${JSON.stringify({ name: "model-cd-serve", version: VERSION, private: true, type: "module" })}
`);
  const files = [
    { path: `${SERVE_DIR}/index.js`, source: o.bundle },
    { path: `${SERVE_DIR}/package.json`, source: pkg }
  ];
  const walk = (dir) => {
    for (const e of readdirSync2(dir, { withFileTypes: true })) {
      const p = join5(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push({ path: `${SERVE_DIR}/${relative3(packages, p).split(sep2).join("/")}`, source: p });
    }
  };
  walk(join5(packages, "node_modules"));
  return files;
}
async function buildServeLayer(o) {
  const files = await serveFiles(o);
  const file = join5(o.work, `serve-runtime-${o.arch}.blob`);
  const layer = await buildLayer(files, file, o.epoch, o.compression);
  return { layer, file, createdBy: `model-cd build-push: serve runtime (model-cd ${VERSION}, onnxruntime-node ${ORT_VERSION} linux/${o.arch})` };
}

// src/image/build-push.ts
async function buildAndPush(inputs, io) {
  io.setSecret(inputs.password);
  const dockerfile = inputs.dockerfile.trim();
  const model = inputs.model.trim();
  if (dockerfile && inputs.base.trim()) {
    throw new ConfigurationError("input `base`", inputs.base, "is given with `dockerfile`, whose FROM names the base image. Remove `base` (a Dockerfile can take it as a build arg: `ARG BASE` then `FROM $BASE`, with `build-args: BASE=...`), or remove `dockerfile` to layer the model on `base` without a build.");
  }
  if (!dockerfile && !inputs.base.trim()) throw new ConfigurationError("input `base`", "", "is empty. Give the service base image: `registry/repository:tag` or `oci:<folder>:<tag>` (or a `dockerfile` to build).");
  if (!dockerfile && !model) throw new ConfigurationError("input `model`", "", "is empty. Give the model file or folder (pull-model's `path` output).");
  if (!inputs.tags.length) throw new ConfigurationError("input `tags`", "", "is empty. Give where to write the image: `registry/repository:tag` lines, `oci:<folder>:<tag>` or `docker-archive:<file.tar>`.");
  if (model || inputs.runtime === "serve") checkCompression(inputs.layerCompression);
  if (inputs.contract.trim() && !model) throw new ConfigurationError("input `contract`", inputs.contract, "is given without `model`: the contract goes into the model layer, beside the model. Give `model` too, or remove `contract`.");
  const username = inputs.username.trim();
  const clients = /* @__PURE__ */ new Map();
  const newClient = async (host) => {
    const credentials = username ? { username, password: inputs.password } : await dockerCredentials(host, io.env);
    if (credentials) io.setSecret(credentials.password);
    const log = (line) => io.info(line);
    return new RegistryClient({ host, insecure: /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host), ...credentials ? { credentials } : {}, log, retry: stepRetry(inputs.retryTimeout, log) });
  };
  const clientFor = (host) => {
    let client = clients.get(host);
    if (!client) clients.set(host, client = newClient(host));
    return client;
  };
  const destinations = inputs.tags.map((t) => parseDestination(t, io.cwd));
  const modelDir = (inputs.modelDir.trim() || "/opt/model").replace(/^\/+|\/+$/g, "");
  const dirProblem = imagePathProblem(modelDir);
  if (dirProblem) throw new ConfigurationError("input `model-dir`", inputs.modelDir, `${dirProblem}: give an absolute folder in the image such as /opt/model.`);
  const files = model ? modelFiles(resolve3(io.cwd, model), modelDir, inputs.model) : [];
  const modelPath = !files.length ? "" : files.length === 1 && statSync2(resolve3(io.cwd, model)).isFile() ? `/${files[0]?.path}` : `/${modelDir}`;
  const contractPath = await contractFile(inputs, io.cwd, files, modelDir);
  const cacheDir = inputs.cacheDir.trim() ? resolve3(io.cwd, inputs.cacheDir.trim()) : defaultLayerCacheDir(io.env);
  const work = mkdtempSync2(join6(io.tempDir, "build-push-"));
  try {
    return await build(io, inputs, { files, modelPath, contractPath, destinations, clientFor, model, modelDir, dockerfile, cacheDir }, work);
  } finally {
    rmSync2(work, { recursive: true, force: true });
  }
}
async function build(io, inputs, o, work) {
  const { files, destinations, clientFor, dockerfile } = o;
  const epochRaw = Number(io.env.SOURCE_DATE_EPOCH ?? (dockerfile ? Math.floor(Date.now() / 1e3) : 0));
  const epoch = Number.isFinite(epochRaw) ? epochRaw : 0;
  const created = new Date(epoch * 1e3).toISOString().replace(".000Z", "Z");
  const labels = lineageLabels(io, inputs, created);
  let base;
  let baseRepo = null;
  let builder = null;
  if (dockerfile) {
    const built = await buildDockerfile(io, inputs, labels, work);
    base = { layout: built.layout, ref: built.ref };
    builder = built.builder;
  } else if (inputs.base.trim().startsWith("oci:")) base = parseOciRef(inputs.base, "base", io.cwd);
  else {
    const b = parseRegistryRef(inputs.base, "base");
    const layout = mkdtempSync2(join6(work, "base-"));
    const top = await io.group(`Pull the base image ${b.host}/${b.repo}:${b.tag}`, async () => pullToLayout(await clientFor(b.host), b.repo, b.tag, layout));
    await tagInLayout(layout, "base", top);
    base = { layout, ref: "base" };
    baseRepo = b;
  }
  const baseTop = await resolveRef(base.layout, base.ref).catch((e) => {
    throw new ConfigurationError("input `base`", inputs.base, `${e.message}.`);
  });
  let out = base.layout;
  let image = baseTop;
  let layer = null;
  const envName = inputs.modelEnv.trim() || "MODEL_PATH";
  const env = {};
  const modelLayer = [];
  if (files.length) {
    let layerFile = join6(work, "layer.blob");
    layer = await reusableLayer(io, inputs, o, epoch);
    if (layer) layerFile = null;
    else {
      const compression = inputs.layerCompression;
      layer = await io.group(`Build the model layer (${files.length} file${files.length === 1 ? "" : "s"}, compression ${compression})`, () => buildLayer(files, layerFile, epoch, compression));
      if (compression !== "none") recordLayer(inputs, o.cacheDir, layer);
    }
    io.info(`Model layer ${layer.digest} (${layer.size} bytes, ${layer.mediaType}), diffID ${layer.diffId}`);
    labels["dev.model-cd.model.path"] = o.modelPath;
    labels["dev.model-cd.model.layer"] = layer.digest;
    env[envName] = o.modelPath;
    if (o.contractPath) {
      labels["dev.model-cd.model.contract"] = o.contractPath;
      env.MODEL_CONTRACT = o.contractPath;
    }
    modelLayer.push({ layer, file: layerFile, createdBy: MODEL_LAYER });
  }
  const runtime = inputs.runtime === "serve" ? serveRuntime(io, inputs, o, work, epoch, { layout: base.layout, top: baseTop }) : null;
  if (runtime) {
    Object.assign(labels, serveLabels());
    Object.assign(env, serveEnv());
  }
  const runtimePlatforms = [];
  if (modelLayer.length || runtime) {
    out = join6(work, "image");
    image = await appendLayers(base.layout, out, baseTop, {
      layers: async (b) => {
        if (!runtime) return modelLayer;
        const added = await runtime(b);
        if (!added) return null;
        runtimePlatforms.push(platformName(b.platform));
        return [added, ...modelLayer];
      },
      env,
      labels,
      ...runtime ? { runConfig: serveRunConfig() } : {},
      annotations: { "org.opencontainers.image.created": created },
      created
    });
  }
  io.info(`Image ${image.digest} (${image.mediaType})`);
  const pushed = await writeDestinations(io, destinations, out, image, clientFor, baseRepo);
  const first = destinations[0];
  const name = first?.kind === "registry" ? `${first.host}/${first.repo}` : first?.kind === "docker-archive" ? `docker-archive:${first.file}` : `oci:${first?.layout}`;
  const metadata = {
    "containerimage.digest": image.digest,
    "image.name": pushed.join(","),
    ...layer ? { "model-cd.layer.digest": layer.digest } : {},
    ...runtime ? { "model-cd.runtime": "serve" } : {},
    ...builder ? { "model-cd.builder": builder } : {},
    labels
  };
  const how = [
    ...builder ? [`built from \`${relative4(io.cwd, resolve3(io.cwd, dockerfile))}\` by ${builder}`] : [],
    ...runtime ? [`the serve runtime (model-cd ${VERSION}, onnxruntime-node ${ORT_VERSION}) for ${runtimePlatforms.join(", ")} at \`/${SERVE_DIR}\`, port ${SERVE_PORT}`] : [],
    ...layer ? [`the model (${files.length} file${files.length === 1 ? "" : "s"}) is one layer \`${layer.digest}\` at \`${o.modelPath}\` (\`${envName}\`)${o.contractPath ? `, its contract at \`${o.contractPath}\`` : ""}`] : []
  ];
  const summary = [`### \u2705 build-push: ${pushed.map((p) => `\`${p}\``).join(", ")}`, "", `Digest \`${image.digest}\`${how.length ? `; ${how.join("; ")}` : ""}.`, ""].join("\n");
  return { digest: image.digest, image: `${name}@${image.digest}`, imageid: await configDigest(out, image), metadata, summary };
}
async function contractFile(inputs, cwd, files, modelDir) {
  const given = inputs.contract.trim();
  if (!given) return "";
  await readContractFile(given, cwd, false, ALL_METRICS);
  const path = `${modelDir}/model-contract.yaml`;
  if (files.some((f) => f.path === path)) {
    throw new ConfigurationError("input `contract`", inputs.contract, `would go to /${path}, where the model folder already has a model-contract.yaml. Remove \`contract\` to keep the folder's own, or remove that file from the folder.`);
  }
  files.push({ path, source: resolve3(cwd, given) });
  return `/${path}`;
}
function serveRuntime(io, inputs, o, work, epoch, base) {
  const built = /* @__PURE__ */ new Map();
  const isIndex = base.top.mediaType === MEDIA.index || base.top.mediaType === MEDIA.dockerList;
  return async (b) => {
    const name = platformName(b.platform);
    const arch = ortArch(b.platform);
    if (!arch) {
      const why = `onnxruntime-node ${ORT_VERSION} has no binary for ${name} (it has linux/amd64 and linux/arm64)`;
      if (isIndex) {
        io.info(`${name}: left out of the image, since ${why}`);
        return null;
      }
      throw new ConfigurationError("input `base`", inputs.base || inputs.dockerfile, `is a ${name} image, and ${why}. Use a linux/amd64 or linux/arm64 base, or \`runtime: none\`.`);
    }
    const node = await findNode(base.layout, b);
    if ("missing" in node) {
      throw new ConfigurationError("input `base`", inputs.base || inputs.dockerfile, `has no \`node\` on its PATH (${node.missing.join(":")}) in its ${name} image, and the serve runtime runs on the base's Node. Use a base image that has Node 20 or later (node:24-slim, or your platform's Node image), or \`runtime: none\` with a base that brings its own server.`);
    }
    if ("unknown" in node) io.info(`${name}: could not check that the base has node (${node.unknown})`);
    let layer = built.get(arch);
    if (!layer) {
      const compression = runtimeCompression(inputs.layerCompression);
      const make = () => buildServeLayer({ bundle: inputs.serveBundle, arch, work, tarballCache: join6(o.cacheDir, "onnxruntime"), registry: npmRegistry(io.env), compression, epoch, log: (m) => io.info(m) });
      layer = io.group(`Build the serve runtime layer (linux/${arch}, compression ${compression})`, make);
      built.set(arch, layer);
    }
    const added = await layer;
    io.info(`Serve runtime layer ${added.layer.digest} (${added.layer.size} bytes, ${added.layer.mediaType}) for ${name}`);
    return added;
  };
}
function lineageLabels(io, inputs, created) {
  const labels = {
    "org.opencontainers.image.created": created,
    ...io.env.GITHUB_REPOSITORY ? { "org.opencontainers.image.source": `${io.env.GITHUB_SERVER_URL || "https://github.com"}/${io.env.GITHUB_REPOSITORY}` } : {},
    ...io.env.GITHUB_SHA ? { "org.opencontainers.image.revision": io.env.GITHUB_SHA } : {},
    ...inputs.modelVersion.trim() ? { "org.opencontainers.image.version": inputs.modelVersion.trim() } : {},
    ...inputs.modelName.trim() ? { "dev.model-cd.model.name": inputs.modelName.trim() } : {},
    ...inputs.modelVersion.trim() ? { "dev.model-cd.model.version": inputs.modelVersion.trim() } : {},
    ...inputs.modelSha256.trim() ? { "dev.model-cd.model.sha256": inputs.modelSha256.trim() } : {},
    ...inputs.modelSourceUri.trim() ? { "dev.model-cd.model.source-uri": inputs.modelSourceUri.trim() } : {}
  };
  for (const l of inputs.labels) {
    const eq = l.indexOf("=");
    if (eq < 1) throw new ConfigurationError("input `labels`", l, "is not `key=value` (docker/metadata-action's `labels` output has that form).");
    labels[l.slice(0, eq).trim()] = l.slice(eq + 1);
  }
  return labels;
}
async function writeDestinations(io, destinations, out, image, clientFor, baseRepo) {
  const pushed = [];
  for (const d of destinations) {
    if (d.kind === "oci") {
      await copyBlobs(out, d.layout);
      await tagInLayout(d.layout, d.ref || "latest", image);
      pushed.push(`oci:${relative4(io.cwd, d.layout) || "."}:${d.ref || "latest"}`);
      continue;
    }
    if (d.kind === "docker-archive") {
      const name = `docker-archive:${relative4(io.cwd, d.file)}`;
      const written = await io.group(`Write ${name}`, () => writeDockerArchive(out, image, d.file, d.repoTag, dockerArch(process.arch)));
      if (written.manifest.digest !== image.digest) io.info(`${name}: the ${written.manifest.platform?.os ?? ""}/${written.manifest.platform?.architecture ?? ""} image ${written.manifest.digest} of the index (an archive holds one platform)`);
      pushed.push(d.repoTag ? `${name}:${d.repoTag}` : name);
      continue;
    }
    const mountFrom = baseRepo?.host === d.host ? baseRepo.repo : void 0;
    const r = await io.group(`Push ${d.host}/${d.repo}:${d.tag}`, async () => pushImage(await clientFor(d.host), out, image, d.repo, d.tag, mountFrom));
    io.info(`${d.host}/${d.repo}:${d.tag}: ${r.blobsUploaded} blob(s) uploaded (${r.bytesUploaded} bytes), ${r.blobsMounted} mounted from ${mountFrom ?? "the base"}, ${r.blobsSkipped} already there`);
    pushed.push(`${d.host}/${d.repo}:${d.tag}`);
  }
  return pushed;
}
async function reusableLayer(io, inputs, o, epoch) {
  const registries = o.destinations.filter((d) => d.kind === "registry");
  if (!registries.length || registries.length !== o.destinations.length) return null;
  const { diffId, size } = await layerDiffId(o.files, epoch);
  const compression = inputs.layerCompression;
  const mediaType = LAYER_MEDIA_TYPES[compression];
  const everywhere = async (digest) => {
    for (const d of registries) if (!await (await o.clientFor(d.host)).hasBlob(d.repo, digest)) return false;
    return true;
  };
  const names = registries.map((d) => `${d.host}/${d.repo}:${d.tag}`).join(", ");
  const known = compression === "none" ? { digest: diffId, diffId, size, mediaType } : readLayerRecord(o.cacheDir, compression, diffId);
  if (known) {
    try {
      if (await everywhere(known.digest)) {
        io.info(`The model layer (diffID ${diffId}) is already in ${names}: reused, not compressed or sent again`);
        return known;
      }
    } catch (e) {
      io.debug(`could not ask ${names} for ${known.digest}: ${e.message}`);
    }
  }
  const candidates = [...inputs.cacheFrom.map((c) => parseRegistryRef(c, "cache-from")), ...registries];
  for (const c of candidates) {
    try {
      const client = await o.clientFor(c.host);
      const found = await findLayer(client, c.repo, c.tag, diffId);
      if (!found || found.mediaType !== mediaType || found.digest === known?.digest) continue;
      if (registries.some((d) => d.host !== c.host) || !await everywhere(found.digest)) return null;
      io.info(`The model layer (diffID ${diffId}) is already in ${c.host}/${c.repo}:${c.tag}: reused, not compressed or sent again`);
      return { digest: found.digest, diffId, size: found.size, mediaType };
    } catch (e) {
      io.debug(`no reusable layer in ${c.host}/${c.repo}:${c.tag}: ${e.message}`);
    }
  }
  return null;
}
function recordLayer(inputs, cacheDir, layer) {
  try {
    writeLayerRecord(cacheDir, inputs.layerCompression, layer);
  } catch (e) {
    throw new ConfigurationError("input `cache-dir`", inputs.cacheDir.trim() || cacheDir, `cannot be written (${e.message}). Give a folder this job may write, or leave it empty for the runner's tool cache.`);
  }
}
async function configDigest(layout, d) {
  const blob = async (digest) => JSON.parse((await readBlob(layout, digest)).toString("utf8"));
  const top = await blob(d.digest);
  const manifest = top.manifests ? await blob(top.manifests[0].digest) : top;
  return manifest.config?.digest ?? "";
}

// src/actions/build-push.ts
var spec = {
  base: string(),
  model: string(),
  "model-dir": string(),
  "model-env": string(),
  tags: list(),
  labels: list(),
  "model-name": string(),
  "model-version": string(),
  "model-sha256": string(),
  "model-source-uri": string(),
  username: string(),
  password: string(),
  dockerfile: string(),
  context: string(),
  // Newline-separated only (not `list`): a build arg's value may hold commas.
  "build-args": string(),
  target: string(),
  "secret-files": string(),
  builder: oneOf(["auto", "docker", "buildah", "podman"]),
  "cache-from": list(),
  "layer-compression": oneOf(COMPRESSIONS),
  "cache-dir": string(),
  "retry-timeout": number({ min: 1 }),
  runtime: oneOf(RUNTIMES),
  contract: string()
};
var SERVE_BUNDLE = fileURLToPath(new URL("../serve/index.js", import.meta.url));
async function main(io) {
  const inputs = readInputs("build-push", spec, io);
  const r = await buildAndPush(
    {
      base: inputs.base,
      model: inputs.model,
      modelDir: inputs.modelDir,
      modelEnv: inputs.modelEnv,
      tags: inputs.tags,
      labels: inputs.labels,
      modelName: inputs.modelName,
      modelVersion: inputs.modelVersion,
      modelSha256: inputs.modelSha256,
      modelSourceUri: inputs.modelSourceUri,
      username: inputs.username,
      password: inputs.password,
      dockerfile: inputs.dockerfile,
      context: inputs.context,
      buildArgs: inputs.buildArgs,
      target: inputs.target,
      secretFiles: inputs.secretFiles,
      builder: inputs.builder,
      cacheFrom: inputs.cacheFrom,
      layerCompression: inputs.layerCompression,
      cacheDir: inputs.cacheDir,
      retryTimeout: inputs.retryTimeout,
      runtime: inputs.runtime,
      contract: inputs.contract,
      serveBundle: SERVE_BUNDLE
    },
    io
  );
  io.setOutput("digest", r.digest);
  io.setOutput("image", r.image);
  io.setOutput("imageid", r.imageid);
  io.setOutput("metadata", JSON.stringify(r.metadata));
  io.summary(r.summary);
  return 0;
}
export {
  main,
  spec
};
