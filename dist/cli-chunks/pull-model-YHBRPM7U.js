import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  S3Client,
  mlflowServer,
  parseModelUri,
  pullModel,
  s3ConfigFrom
} from "./chunk-J736Y27J.js";
import {
  formatBytes,
  parseSize
} from "./chunk-FGGIRIWE.js";
import {
  stepRetry
} from "./chunk-6SQENMC6.js";
import {
  bool,
  number,
  oneOf,
  output,
  readInputs,
  string
} from "./chunk-ZKYIUTKU.js";
import "./chunk-2GYKKTUI.js";
import {
  ConfigurationError,
  NotFoundError,
  errorMessage
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/pull-model.ts
init_define_ACTION_META();

// src/registry/pull-step.ts
init_define_ACTION_META();
import { homedir } from "node:os";
import { join, resolve } from "node:path";

// src/registry/summary.ts
init_define_ACTION_META();
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function transferLine(r) {
  if (r.source === "local") return `0 bytes transferred (copied from a local path)`;
  if (r.cacheHit) return `0 bytes transferred (from the cache)`;
  const resumed = r.resumes ? `, ${r.resumes} resumed after a broken connection` : "";
  return `${r.bytesTransferred} bytes transferred (${formatBytes(r.bytesTransferred)}) in ${r.requests} request${r.requests === 1 ? "" : "s"}${resumed}`;
}
function pullSummary(r, verified) {
  const from = r.source === "local" ? "a local path" : r.cacheHit ? "the cache" : r.source === "mlflow" ? "MLflow" : "S3";
  const rows = [
    ["Source", code(r.sourceUri)],
    ["Model", code(r.path)],
    ["sha256", `${code(r.sha256)} ${verified ? "\u2014 matches `expected-sha256`" : "\u2014 not pinned (set `expected-sha256` to verify it)"}`],
    ["Size", `${formatBytes(r.size)} in ${r.files} file${r.files === 1 ? "" : "s"}`],
    ["Transfer", transferLine(r)]
  ];
  if (r.version) rows.splice(2, 0, ["Version", `${code(r.version)}${r.alias ? ` (alias ${code(r.alias)})` : ""}`]);
  if (r.runId) rows.splice(3, 0, ["Run", code(r.runId)]);
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
function pullMissingSummary(source, message) {
  return [`### \u23ED\uFE0F pull-model: ${code(source)} does not exist, skipped`, "", message, "", "`if-missing` is `skip`, so the job goes on without this model (`found` is false). On a first deployment this is the champion that is not there yet.", ""].join("\n");
}
function pullFailureSummary(source, message) {
  return [`### \u274C pull-model failed${source ? `: ${code(source)}` : ""}`, "", message, "", "Nothing was left in the destination or the cache.", ""].join("\n");
}

// src/registry/pull-step.ts
async function pullStep(inputs, io) {
  const env = io.env;
  const uri = parseModelUri(inputs.modelUri, io.cwd);
  const rangeThreshold = parseSize(inputs.rangeThreshold);
  if (rangeThreshold === null || rangeThreshold < 1) {
    throw new ConfigurationError("input `range-threshold`", inputs.rangeThreshold, "is not a size. Give bytes or a size such as 512KiB, 64MiB or 1GiB.");
  }
  const expected = inputs.expectedSha256.trim().toLowerCase();
  const retry = stepRetry(inputs.retryTimeout, (line) => io.info(line));
  const setSecret = (v) => io.setSecret(v);
  const s3 = async () => new S3Client({ ...await s3ConfigFrom(inputs, env, { required: false, setSecret, info: (m) => io.info(m) }), retry });
  const mlflow = uri.kind === "mlflow-model" || uri.kind === "mlflow-run" ? mlflowServer(inputs.mlflowTrackingUri, env, setSecret, retry, "so there is no MLflow server to resolve the model URI") : void 0;
  const result = await io.group(
    `Pull ${inputs.modelUri}`,
    () => pullModel({
      uri,
      dest: inputs.path ? resolve(io.cwd, inputs.path) : join(io.tempDir, "model"),
      ...expected ? { expectedSha256: expected } : {},
      cacheDir: inputs.cacheDir ? resolve(io.cwd, inputs.cacheDir) : defaultCacheDir(env),
      s3,
      ...mlflow ? { mlflow } : {},
      concurrency: inputs.concurrency,
      rangeThreshold,
      protectedPaths: [io.cwd, env.GITHUB_WORKSPACE ?? "", env.HOME ?? homedir()],
      log: (m) => io.info(m)
    })
  );
  io.info(`Pulled ${result.sourceUri} to ${result.path}: ${formatBytes(result.size)}, sha256 ${result.sha256}; ${transferLine(result)}.`);
  return { result, summary: pullSummary(result, expected !== "") };
}
function defaultCacheDir(env) {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, "model-cd", "models");
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache"), "model-cd", "models");
}

// src/actions/pull-model.ts
var spec = {
  "model-uri": string(),
  path: output("file or folder"),
  "mlflow-tracking-uri": string(),
  "expected-sha256": string(),
  "cache-dir": output("folder"),
  "s3-endpoint": string(),
  "aws-region": string(),
  "s3-path-style": bool(),
  concurrency: number({ min: 1, max: 64, integer: true }),
  "range-threshold": string(),
  "if-missing": oneOf(["fail", "skip"]),
  "retry-timeout": number({ min: 1 })
};
async function main(io) {
  const inputs = readInputs("pull-model", spec, io);
  let pulled;
  try {
    pulled = await pullStep(inputs, io);
  } catch (e) {
    if (e instanceof NotFoundError && inputs.ifMissing === "skip") {
      io.annotate("notice", `${inputs.modelUri} is not there: ${e.message} Going on without it (\`if-missing: skip\`); \`found\` is false.`);
      io.setOutput("found", "false");
      io.summary(pullMissingSummary(inputs.modelUri, e.message));
      return 0;
    }
    io.summary(pullFailureSummary(inputs.modelUri, errorMessage(e)));
    throw e;
  }
  const r = pulled.result;
  io.setOutput("found", "true");
  io.setOutput("path", r.path);
  io.setOutput("name", r.name);
  io.setOutput("version", r.version);
  io.setOutput("alias", r.alias ?? "");
  io.setOutput("run-id", r.runId ?? "");
  io.setOutput("sha256", r.sha256);
  io.setOutput("size", String(r.size));
  io.setOutput("source-uri", r.sourceUri);
  io.setOutput("metadata", JSON.stringify(r.metadata));
  io.setOutput("cache-hit", String(r.cacheHit));
  io.setOutput("bytes-transferred", String(r.bytesTransferred));
  io.summary(pulled.summary);
  return 0;
}
export {
  main,
  spec
};
