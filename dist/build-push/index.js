import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// <define:__ACTION_META__>
var define_ACTION_META_default = { "build-push": { description: "The serving image without a Docker daemon - the model added as one reproducible layer on a service base image, labelled with its lineage, written to OCI layouts and pushed to registries.", inputs: { base: { description: "The service base image: `registry/repository:tag` (pulled and verified by digest; on the destination's registry its layers are mounted, not sent again) or an OCI image layout `oci:<folder>:<tag>` (skopeo copy or buildah push can write one). A multi-platform index gets the layer on every platform.", default: "", required: true }, model: { description: "The model file or folder to add (pull-model's `path` output).", default: "", required: true }, "model-dir": { description: "Where the model goes in the image.", default: "/opt/model", required: false }, "model-env": { description: "Environment variable set in the image to the model's path (the file for a single file, else the folder).", default: "MODEL_PATH", required: false }, tags: { description: "Where to write the image, one per line: `registry/repository:tag` (pushed; docker/metadata-action's `tags` output fits) or `oci:<folder>:<tag>` (an OCI layout). Registries on localhost or 127.0.0.1 are reached over plain HTTP, all others over HTTPS with TLS verified.", default: "", required: true }, labels: { description: "Extra labels, one `key=value` per line (docker/metadata-action's `labels` output fits).", default: "", required: false }, "model-name": { description: "Recorded as the label dev.model-cd.model.name (pull-model's `name` output).", default: "", required: false }, "model-version": { description: "Recorded as dev.model-cd.model.version and org.opencontainers.image.version.", default: "", required: false }, "model-sha256": { description: "Recorded as dev.model-cd.model.sha256 (pull-model's `sha256` output).", default: "", required: false }, "model-source-uri": { description: "Recorded as dev.model-cd.model.source-uri (pull-model's `source-uri` output).", default: "", required: false }, username: { description: "Registry username. Empty means the docker config.json a login action wrote (DOCKER_CONFIG, else ~/.docker): its credential helpers, then its `auths`; else anonymous.", default: "", required: false }, password: { description: "Registry password or token (masked).", default: "", required: false } }, outputs: { digest: { description: "The image digest (of the index for a multi-platform base)." }, image: { description: "The first destination as `name@digest`." }, imageid: { description: "The config digest (of the first platform), as docker reports an image ID." }, metadata: { description: 'Compact JSON: {"containerimage.digest", "image.name", "model-cd.layer.digest", "labels"}.' } } }, "check-drift": { description: "Data drift between a reference and a current dataset, column by column, with Evidently's default tests and thresholds (K-S, chi-squared, Z, normed Wasserstein, Jensen-Shannon; PSI, KL, Hellinger on request).", inputs: { reference: { description: "The reference dataset (e.g. the training data), as CSV, JSON Lines (`.jsonl`) or Parquet. Column types are read from it.", default: "", required: true }, current: { description: "The current dataset (e.g. recent production inputs), same format and columns.", default: "", required: true }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, columns: { description: "Columns to compare (newline- or comma-separated). Empty means every column both datasets have, minus `ignore-columns`.", default: "", required: false }, "ignore-columns": { description: "Columns not to compare (ids, timestamps, the target when it is not wanted).", default: "", required: false }, "numerical-columns": { description: "Columns to treat as numerical whatever the data looks like. By default a column is numerical when every non-null reference value is a number, as pandas reads it.", default: "", required: false }, "categorical-columns": { description: "Columns to treat as categorical (e.g. integer codes). Everything not numerical is categorical by default.", default: "", required: false }, method: { description: "One test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div or hellinger. Empty means Evidently's choice per column: with at most 1000 non-null reference values, K-S for numerical columns with more than 5 distinct values, chi-squared for 3 or more categories, the Z-test for 2; above 1000, normed Wasserstein for numerical columns with more than 5 values, Jensen-Shannon otherwise.", default: "", required: false }, threshold: { description: "Threshold for `method` (a p-value for ks/chisquare/z, a distance otherwise). Empty means the test's default (0.05 for p-values, 0.1 for distances).", default: "", required: false }, "column-methods": { description: "Per-column tests, one `column=method` or `column=method:threshold` per line, e.g. `age=psi:0.2`. They win over `method`.", default: "", required: false }, "drift-share": { description: "The dataset has drifted when at least this share of the tested columns drifted (Evidently's default 0.5).", default: "0.5", required: false }, "exact-limit": { description: "Numerical columns with more values than this (both datasets together) are not kept in memory but summarised while reading (a 65536-bin histogram, Evidently's Sturges bins, the first 21 distinct values, the reference's mean and variance), so memory stays flat however many rows there are. Every score stays exact except the Wasserstein distance, which is then within one histogram bin (range / 65536, normed); the report gives that bound per column. K-S and Hellinger need every value and are not available on summarised columns.", default: "200000", required: false }, "fail-on-drift": { description: "Fail the step when the dataset or the predictions drifted. `false` only reports (the outputs still say).", default: "true", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "target-column": { description: "The label or target column, when both datasets have it: its drift is reported apart (target drift, output `target-drifted`) and it does not count in the share of drifted features.", default: "", required: false }, champion: { description: "Prediction drift: the model serving now (a `.onnx` file). With `candidate`, both run on the current data and their predicted labels, class probabilities or values are compared, the champion's as the reference. The predicted label (or value) decides `prediction-drifted`.", default: "", required: false }, candidate: { description: "The model that wants to ship (a `.onnx` file), for prediction drift with `champion`.", default: "", required: false }, features: { description: "Feature columns feeding the models' single input, as in test-model. Empty means the contract's, else the columns named like the inputs, else every column but the target.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md) for the models' column mapping and labels. Empty means none.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, as in test-model; empty downloads the pinned one once.", default: "", required: false } }, outputs: { "target-drifted": { description: "true when the target column drifted; empty without `target-column`." }, "prediction-drifted": { description: "true when the candidate's predicted labels (or values) drifted from the champion's; empty without both models." }, drifted: { description: "true when the dataset has drifted (share of drifted columns at or above `drift-share`)." }, "drift-share": { description: "The share of tested columns that drifted, from 0 to 1." }, "drifted-columns": { description: "JSON array of the columns that drifted." }, report: { description: "Path of report.json (every column's type, test, score, threshold, verdict, null counts, and why a column was not tested)." } } }, "lint-dockerfile": { description: "Lint Dockerfiles with hadolint-compatible rules (DL codes, ShellCheck on RUN) plus ML-serving rules. No Docker, any OS.", inputs: { files: { description: "Dockerfiles to lint: paths or globs (`**` recurses), newline- or comma-separated. A directory means every Dockerfile below it.", default: "**/Dockerfile\n**/Dockerfile.*\n**/*.Dockerfile\n", required: false }, config: { description: "Path to a hadolint config file. When empty, `.hadolint.yaml` or `.hadolint.yml` in the working directory is used, then the user's hadolint config locations.", default: "", required: false }, "failure-threshold": { description: "Fail the step when a finding is at or above this severity (error, warning, info, style, ignore, none). Overrides the config file.", default: "", required: false }, ignore: { description: "Rule codes to ignore (e.g. DL3008, SC2086, MCD1001), newline- or comma-separated. Added to the config's `ignored`.", default: "", required: false }, "trusted-registries": { description: "Registries FROM may use (DL3026), newline- or comma-separated. Added to the config's `trustedRegistries`.", default: "", required: false }, format: { description: "Report format printed to the log and written to `output-file` (tty, json, sarif, checkstyle, codeclimate, gitlab_codeclimate).", default: "tty", required: false }, "output-file": { description: "Write the report in `format` to this file as well.", default: "", required: false }, annotations: { description: "Put each finding as an annotation on its file and line.", default: "true", required: false }, "no-fail": { description: "Never fail the step because of findings (they are still reported).", default: "false", required: false }, shellcheck: { description: "ShellCheck on RUN scripts. `auto` uses a shellcheck on PATH if there is one, `off` disables it, or give the path of a shellcheck binary.", default: "auto", required: false } }, outputs: { findings: { description: "Number of findings at or above `ignore` after config and pragmas." }, errors: { description: "Number of error findings." }, warnings: { description: "Number of warning findings." }, infos: { description: "Number of info findings." }, styles: { description: "Number of style findings." }, results: { description: 'Findings as compact JSON, an array of {"file", "line", "column", "code", "level", "message"}.' }, sarif: { description: "Path of the SARIF 2.1.0 report (always written), ready for github/codeql-action/upload-sarif." } } }, "publish-model": { description: "Register a model version in a plain S3 registry (race-free version numbers, sha256 manifest, lineage) or in the MLflow model registry, and set or move an alias.", inputs: { registry: { description: "Where to register. `s3://bucket/prefix`: the root of a plain S3 registry; versions go to `<root>/<name>/versions/<n>/files/`, aliases to `<root>/<name>/aliases/<alias>` (the layout is described in docs/s3-registry.md). `mlflow`: the MLflow model registry of the tracking server in `mlflow-tracking-uri` (or `MLFLOW_TRACKING_URI`); an http(s) URL: that tracking server. MLflow versions are uploaded through the server's proxied artifact store (`mlflow server --serve-artifacts`) under a run created for the upload, then registered, waited for until READY and tagged; aliases are set with the registry's alias API.", default: "", required: true }, name: { description: 'Model name (letters, digits, ".", "_" and "-").', default: "", required: true }, path: { description: "Local model file or folder to register as a new version. Empty means a promotion: move `alias` to `version`.", default: "", required: false }, version: { description: "The existing version to promote (with `alias` and no `path`). Leave empty when registering.", default: "", required: false }, alias: { description: "Alias to set or move (e.g. `champion`, `staging`) to the new version, or to `version` in a promotion. The previous version is reported in `previous-version` (so a rollback can move it back). In the S3 registry the move is a conditional write that records the previous version; see `expected-previous-version` for guarding against concurrent moves.", default: "", required: false }, "metrics-file": { description: 'JSON file with an object of metrics to attach to the new version, e.g. `{"accuracy": 0.93}`.', default: "", required: false }, tags: { description: "Lineage tags for the new version, one `key=value` per line. The git commit and the workflow run URL are added from the runner's environment.", default: "", required: false }, "image-digest": { description: "Digest of the serving image built from this model (`sha256:...`), recorded as the tag `image.digest`.", default: "", required: false }, description: { description: "Free text describing the new version (what changed, why), shown by the MLflow UI and kept in the S3 registry's manifest; pull-model returns it in `metadata`.", default: "", required: false }, "expected-previous-version": { description: "Move `alias` only if it points to this version now (`none`: only if the alias does not exist yet); otherwise fail and change nothing. Use it for rollbacks and promotions decided from an earlier read, so they never undo a move made in between. The S3 registry checks it in the same conditional write that moves the alias; MLflow has no conditional alias API, so there it is checked just before the move. Empty: move whatever the alias points to.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them).", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server when `registry` is `mlflow`. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs.", default: "", required: false }, "mlflow-experiment": { description: "MLflow experiment that owns the runs publish-model creates to upload a version's files (created if missing); `metrics-file` is logged on that run. Empty means the Default experiment (id 0).", default: "", required: false } }, outputs: { version: { description: "The version registered or promoted." }, uri: { description: "The version's files folder, `s3://bucket/prefix/<name>/versions/<n>/files/`, or `models:/<name>/<n>` for MLflow: give it to pull-model as `model-uri`." }, "previous-version": { description: "The version `alias` pointed to before this run; empty without an alias or for a new one." }, sha256: { description: "sha256 of the version's folder manifest, the same value pull-model reports for `uri` (and accepts as `expected-sha256`). MLflow versions also carry it as the tag `model-cd.sha256`; promoting an MLflow version registered by something else (without that tag) leaves it empty." } } }, "pull-model": { description: "Pull a model from the MLflow registry, S3 or a local path into a folder, sha256-verified, cached by content, placed atomically.", inputs: { "model-uri": { description: "The model to pull. `s3://bucket/key` is one file; `s3://bucket/prefix/` (trailing slash) is every object under the prefix, as a folder. The plain S3 registry that publish-model writes (docs/s3-registry.md): the registry root, then `#name@alias` or `#name/<version>`, e.g. `s3://models/registry#fraud@champion` or `s3://models/registry#fraud/3`; the version's files are checked against its manifest (every file's sha256 and the folder's), and a version without a manifest is refused as incomplete. A local path or `file:///absolute/path` is a file or a folder. MLflow: `models:/name@alias` (e.g. `models:/fraud@champion`), `models:/name/3`, `models:/name/latest` (the highest version number) and `runs:/<run-id>/<artifact path>`, resolved on the tracking server (see `mlflow-tracking-uri`) and downloaded from where it keeps the files: its proxied artifact store (`mlflow-artifacts:/`), S3 (the `s3-*` inputs and AWS variables apply) or a local path.", default: "", required: true }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server for `models:/` and `runs:/` URIs. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs; TLS certificates are always verified.", default: "", required: false }, path: { description: "Folder that will hold the model, replaced whole on success (a single-file model lands as `<path>/<file name>`). Its files are read-only hard links into the cache where the file system allows, copies otherwise. Empty means `model` in the runner's temp folder. Must not be or contain the workspace or the home folder, nor overlap `cache-dir`.", default: "", required: false }, "expected-sha256": { description: "Fail, leaving nothing behind, unless the model has this sha256: for a file, the sha256 of its bytes; for a folder, the sha256 of its manifest, the lines `<sha256>  <relative path>` sorted by path (what `find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints in the folder). The `sha256` output of an earlier pull gives it.", default: "", required: false }, "cache-dir": { description: "Content-addressed cache of pulled models; a pull of an unchanged object transfers nothing. Empty means `model-cd/models` in the runner's tool cache, or `~/.cache/model-cd/models` outside a runner.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them); without them requests go unsigned.", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, concurrency: { description: "Most download requests at a time (files of a folder, byte ranges of a large file), to S3 or to MLflow's artifact store.", default: "4", required: false }, "range-threshold": { description: "Files larger than this are downloaded in parallel byte ranges (bytes, or e.g. 8MiB, 1GiB), from S3 and from MLflow's proxied artifact store alike; a download whose connection breaks is resumed where it stopped. Ranges pay off over real networks; next to the server (same host or rack) one stream per file can be faster, so raise this there.", default: "64MiB", required: false }, "if-missing": { description: "What to do when the model, version or alias does not exist (yet): `fail` the step, or `skip` it with a notice and `found` set to false. `skip` is for the champion of a first deployment; anything else (no access, a damaged version, a wrong bucket) still fails.", default: "fail", required: false } }, outputs: { found: { description: "true when the model was pulled; false when it does not exist and `if-missing` is `skip` (every other output is then empty)." }, path: { description: "Where the model is now, the file of a single-file model or the folder." }, name: { description: "The model's name; the registered model for `models:/` and the S3 registry, else the last segment of the key or path." }, version: { description: "The model's version; the registry version number for `models:/` and the S3 registry, for an S3 file its ETag, empty otherwise." }, alias: { description: "The registry alias the model was pulled by (MLflow or the S3 registry); empty otherwise." }, sha256: { description: "sha256 of the file, or of the folder's manifest (see `expected-sha256`)." }, size: { description: "Size of the model in bytes (all files of a folder)." }, "source-uri": { description: "The URI the model was pulled from, in canonical form (`models:/name/<version>` for any MLflow registry URI, `s3://bucket/root#name/<version>` for the S3 registry)." }, "run-id": { description: "The MLflow run that produced the model; empty otherwise." }, metadata: { description: `Compact JSON about the source. MLflow: {"tags", "version-tags", "description", "metrics", "params", "signature"} (registry tags, the run's metrics and params when the run exists, the MLmodel signature when present). S3 registry: {"tags", "metrics"} from the version's manifest. S3: {"etag", "last-modified", "content-type", "objects"} (a folder: {"objects", "last-modified"}).` }, "cache-hit": { description: "true when the model came from the local cache and nothing was downloaded." }, "bytes-transferred": { description: "Bytes downloaded by this pull (0 on a cache hit), including bytes re-sent after a broken connection." } } }, "test-model": { description: "Run the ONNX candidate and the champion on a holdout set; the model contract and metric gates (MLflow's threshold semantics) decide whether the candidate may ship.", inputs: { candidate: { description: "The candidate model, a `.onnx` file or a folder holding exactly one (the `path` output of pull-model). Required, except in the job that only merges shards.", default: "", required: false }, champion: { description: "The model serving now, as `candidate`. Empty means there is none (a first deployment, or pull-model's `found` was false): gates comparing with the champion are then settled by `champion-missing`.", default: "", required: false }, data: { description: "The holdout set with the true label or target, as CSV, JSON Lines (`.jsonl`) or Parquet. Read as a stream in batches. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, "label-column": { description: "The column with the true label (classification) or target (regression). Empty means the contract's `data.label`, else `label`.", default: "", required: false }, features: { description: "Feature columns, in the order the model's single input takes them (newline- or comma-separated). Empty means the contract's `data.features`; else, when every model input is named after a column, one column each; else every column but the label, in file order.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md): declared inputs, outputs, labels, columns and gates, checked against the candidate's real signature and the data. Empty means `model-contract.yaml` (or `.yml`) in the working directory when there is one; `none` skips it.", default: "", required: false }, gates: { description: "Metric gates, as a YAML/JSON file or inline YAML, e.g. `{accuracy: {threshold: 0.85, min_relative_change: 0.0}, log_loss: {threshold: 0.4}}`. Per metric: `threshold`, `min_absolute_change`, `min_relative_change` (vs the champion) and `greater_is_better` (inferred for built-in metrics), with MLflow's semantics. They replace the contract's gates for the same metric.", default: "", required: false }, task: { description: "`auto` (from the contract, else the model's outputs), `binary`, `multiclass` or `regression`.", default: "auto", required: false }, "champion-missing": { description: "When there is no champion value for a gate that compares with it: `pass` skips that comparison (a first deployment ships on its absolute thresholds), `fail` fails it (MLflow's rule).", default: "pass", required: false }, "fail-on-gates": { description: "Fail the step when a gate fails or the contract is broken. `false` only reports (`passed` still says).", default: "true", required: false }, "batch-size": { description: "Rows per batch fed to the models.", default: "1024", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, for runners without access to the npm registry. Empty: an onnxruntime-node installed in the workspace, else the runner's tool cache, else the pinned package (1.30.0) downloaded once from the npm registry (NPM_CONFIG_REGISTRY honoured), checked against its pinned sha512, with only this platform's binary kept.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job evaluates batches i, i+n, i+2n, \u2026 of the data (every job still reads the whole file; inference, the expensive part, is split) and writes its partial result (output `partial`) instead of a verdict. For a matrix of n jobs over a holdout set too big for one runner; a last job merges them with `merge`.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged exactly, then gated and reported as one run. Models and data are not needed in this job; the contract's and `gates`' gates apply.", default: "", required: false }, "github-token": { description: "A token allowed to write pull-request comments (the `github.token` of the run, with `permissions: pull-requests: write`). When set on a pull request, the report is posted as one comment and updated in place on re-runs. Empty: no comment.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, passed: { description: "true when the contract holds and every gate passed." }, metrics: { description: 'Compact JSON: {"candidate": {metric: value}, "champion": {\u2026} or null, "deltas": {\u2026}}.' }, report: { description: "Path of report.json (every metric, the confusion matrices, the gate results and the contract differences)." }, "report-markdown": { description: "Path of report.md, the same as the job summary." } } } };

// src/common/errors.ts
var ConfigurationError = class extends Error {
  /**
   * @param subject what was wrong: the input, flag, file or key, e.g. "input `format`"
   * @param value the value given (quoted in the message)
   * @param fix what to do instead
   */
  constructor(subject, value, fix) {
    super(`${subject}: ${JSON.stringify(truncate(String(value ?? "")))} ${fix}`);
    this.subject = subject;
    this.value = value;
    this.fix = fix;
  }
  name = "ConfigurationError";
};
function truncate(s) {
  return s.length > 200 ? `${s.slice(0, 200)}\u2026` : s;
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

// src/actions/build-push.ts
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { readFile as readFile4 } from "node:fs/promises";
import { join as join4, relative, resolve, sep } from "node:path";

// src/common/meta.ts
function actionMeta(name) {
  const meta = define_ACTION_META_default[name];
  if (!meta) throw new Error(`no action.yml was embedded for action "${name}"`);
  return meta;
}

// src/common/inputs.ts
var string = () => ({ kind: "string" });
var list = () => ({ kind: "list" });
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

// src/image/layer.ts
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { once } from "node:events";
import { PassThrough, Transform as Transform2 } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

// src/common/hash-stream.ts
import { Transform } from "node:stream";
function hashing(hash) {
  return new Transform({
    transform(chunk, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    }
  });
}

// src/image/layer.ts
var BLOCK = 512;
function octal(n, width) {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}
function header(name, size, mode, type, mtime) {
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
  if (Buffer.byteLength(name) <= 100) return [header(name, size, mode, type, mtime)];
  const pax = paxRecord("path", name);
  const padded = Buffer.concat([pax, Buffer.alloc((BLOCK - pax.length % BLOCK) % BLOCK)]);
  return [header("PaxHeader", pax.length, 420, "x", mtime), padded, header(name.slice(0, 99), size, mode, type, mtime)];
}
function imagePathProblem(path) {
  if (!path || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return 'must be a relative path with "/" separators';
  if (path.split("/").some((s) => s === "" || s === "." || s === "..")) return 'must not have empty, "." or ".." segments';
  return null;
}
async function buildLayer(files, out, mtime = 0) {
  for (const f of files) {
    const problem = imagePathProblem(f.path);
    if (problem) throw new Error(`layer path ${JSON.stringify(f.path)} ${problem}`);
  }
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]?.path === sorted[i - 1]?.path) throw new Error(`two files for ${sorted[i]?.path} in one layer`);
  const tarHash = createHash("sha256");
  const gzHash = createHash("sha256");
  let size = 0;
  let headerFixed = false;
  const tar = new PassThrough();
  const hashGz = new Transform2({
    transform(chunk, _e, cb) {
      let c = chunk;
      if (!headerFixed) {
        if (chunk.length < 10) return cb(new Error("gzip produced a header split across chunks"));
        c = Buffer.from(chunk);
        c[9] = 255;
        headerFixed = true;
      }
      gzHash.update(c);
      size += c.length;
      cb(null, c);
    }
  });
  const done = pipeline(tar, hashing(tarHash), createGzip({ level: 6 }), hashGz, createWriteStream(out));
  const write = async (b) => {
    if (!tar.write(b)) await once(tar, "drain");
  };
  const folders = /* @__PURE__ */ new Set();
  for (const f of sorted) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join("/")}/`;
      if (folders.has(dir)) continue;
      folders.add(dir);
      for (const h of entryHeaders(dir, 0, 493, "5", mtime)) await write(h);
    }
    const st = await stat(f.source);
    for (const h of entryHeaders(f.path, st.size, st.mode & 73 ? 493 : 420, "0", mtime)) await write(h);
    let written = 0;
    for await (const chunk of createReadStream(f.source)) {
      written += chunk.length;
      await write(chunk);
    }
    if (written !== st.size) throw new Error(`${f.source} changed size while it was read (${st.size} then ${written} bytes)`);
    const pad = (BLOCK - st.size % BLOCK) % BLOCK;
    if (pad) await write(Buffer.alloc(pad));
  }
  await write(Buffer.alloc(BLOCK * 2));
  tar.end();
  await done;
  return { digest: `sha256:${gzHash.digest("hex")}`, diffId: `sha256:${tarHash.digest("hex")}`, size, mediaType: "application/vnd.oci.image.layer.v1.tar+gzip" };
}

// src/image/oci.ts
import { createHash as createHash2 } from "node:crypto";
import { copyFile, cp, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
var MEDIA = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var blobPath = (layout, digest) => join(layout, "blobs", ...digest.split(":"));
async function readBlob(layout, d) {
  const bytes = await readFile(blobPath(layout, d.digest));
  const got = `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
  if (got !== d.digest) throw new Error(`blob ${d.digest} in ${layout} has digest ${got}: the layout is damaged`);
  return bytes;
}
async function writeBlob(layout, bytes, mediaType) {
  const digest = `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
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
async function appendModel(from, to, base, edit) {
  await initLayout(to);
  const layerDesc = { mediaType: edit.layer.mediaType, digest: edit.layer.digest, size: edit.layer.size };
  await mkdir(join(blobPath(to, edit.layer.digest), ".."), { recursive: true });
  await copyFile(edit.layerFile, blobPath(to, edit.layer.digest));
  const editManifest = async (d) => {
    const manifest = JSON.parse((await readBlob(from, d)).toString("utf8"));
    if (d.mediaType !== MEDIA.manifest && d.mediaType !== MEDIA.dockerManifest) throw new Error(`${d.digest} is a ${d.mediaType}, not an image manifest`);
    const config = JSON.parse((await readBlob(from, manifest.config)).toString("utf8"));
    const newConfig = editConfig(config, edit);
    const configDesc = await writeBlob(to, Buffer.from(JSON.stringify(newConfig)), manifest.config.mediaType);
    if (from !== to) for (const l of manifest.layers) await copyFile(blobPath(from, l.digest), blobPath(to, l.digest));
    const out = {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      config: { mediaType: MEDIA.config, digest: configDesc.digest, size: configDesc.size },
      layers: [...manifest.layers, layerDesc],
      ...Object.keys(edit.annotations).length ? { annotations: sortKeys(edit.annotations) } : {}
    };
    const desc = await writeBlob(to, Buffer.from(JSON.stringify(out)), MEDIA.manifest);
    return { ...desc, ...d.platform ? { platform: d.platform } : {} };
  };
  if (base.mediaType === MEDIA.index || base.mediaType === MEDIA.dockerList) {
    const index = JSON.parse((await readBlob(from, base)).toString("utf8"));
    const manifests = [];
    for (const m of index.manifests) {
      if (m.platform?.os === "unknown") continue;
      manifests.push(await editManifest(m));
    }
    const out = { schemaVersion: 2, mediaType: MEDIA.index, manifests, ...Object.keys(edit.annotations).length ? { annotations: sortKeys(edit.annotations) } : {} };
    return writeBlob(to, Buffer.from(JSON.stringify(out)), MEDIA.index);
  }
  return editManifest(base);
}
function editConfig(config, edit) {
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
      Env: [...env, ...Object.entries(edit.env).filter(([k]) => !baseKeys.has(k)).map(([k, v]) => `${k}=${v}`)],
      Labels: sortKeys({ ...inner.Labels ?? {}, ...edit.labels })
    },
    rootfs: { type: rootfs.type ?? "layers", diff_ids: [...rootfs.diff_ids ?? [], edit.layer.diffId] },
    history: [...config.history ?? [], { created: edit.created, created_by: "model-cd build-push: model layer", comment: "model-cd" }]
  };
}
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
async function copyBlobs(from, to) {
  await initLayout(to);
  await cp(join(from, "blobs"), join(to, "blobs"), { recursive: true });
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

// src/image/credentials.ts
import { execFile } from "node:child_process";
import { readFile as readFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
var keysFor = (host) => [host, `https://${host}`, `http://${host}`, ...host === "docker.io" || host === "index.docker.io" ? ["https://index.docker.io/v1/"] : []];
async function dockerCredentials(host, env) {
  const dir = env.DOCKER_CONFIG || join2(env.HOME || homedir(), ".docker");
  let config;
  try {
    config = JSON.parse(await readFile2(join2(dir, "config.json"), "utf8"));
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
  return new Promise((resolve2, reject) => {
    const child = execFile(`docker-credential-${name}`, ["get"], { env, timeout: 3e4 }, (error, stdout, stderr) => {
      if (error) {
        if (/not found/i.test(`${stdout}${stderr}`)) return resolve2(null);
        if (error.code === "ENOENT") return reject(new ServiceError(`the docker config asks for the credential helper docker-credential-${name}, which is not on PATH. Install it, or log in with docker/login-action.`));
        return reject(new ServiceError(`docker-credential-${name} failed for ${host}: ${stderr.trim() || error.message}`));
      }
      try {
        const out = JSON.parse(stdout);
        resolve2(out.Username && out.Secret ? { username: out.Username, password: out.Secret } : null);
      } catch {
        reject(new ServiceError(`docker-credential-${name} answered for ${host} with something that is not JSON.`));
      }
    });
    child.stdin?.end(host);
  });
}

// src/image/registry.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
import { createWriteStream as createWriteStream2, existsSync } from "node:fs";
import { mkdir as mkdir2, readFile as readFile3, rm, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import { pipeline as pipeline2 } from "node:stream/promises";
import { join as join3 } from "node:path";
import { Readable } from "node:stream";

// src/common/http.ts
var RETRY_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
function isTransient(e) {
  if (!(e instanceof Error)) return false;
  if (e.name === "TimeoutError" || e.name === "AbortError") return true;
  const code = e.cause?.code ?? e.code;
  return code !== void 0 && ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"].includes(code);
}
function retryAfterMs(header2, now) {
  if (!header2) return null;
  const trimmed = header2.trim();
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
      const res = await fetchWithin(url, init, opts.timeoutMs);
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
async function fetchWithin(url, init, timeoutMs) {
  if (!timeoutMs) return fetch(url, init);
  const headers = new AbortController();
  const timer = setTimeout(() => headers.abort(new DOMException(`no response within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, headers.signal]) : headers.signal });
  } finally {
    clearTimeout(timer);
  }
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

// src/image/registry.ts
var MEDIA_INDEX = "application/vnd.oci.image.index.v1+json";
var MEDIA_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var RegistryClient = class {
  constructor(o) {
    this.o = o;
    this.base = `${o.insecure ? "http" : "https"}://${o.host}`;
  }
  base;
  authorization = null;
  /** A request with the current authorization; on a 401, answers the challenge once and retries. */
  async send(method, path, init) {
    const attempt = () => retrying(
      path.startsWith("http") ? path : `${this.base}${path}`,
      {
        method,
        headers: { ...init.headers ?? {}, ...this.authorization ? { authorization: this.authorization } : {} },
        ...init.body ? { body: init.body(), duplex: "half" } : {}
      },
      // A streamed body cannot be sent twice: uploads get one attempt here and are retried whole by the caller.
      { attempts: init.body ? 1 : 4, timeoutMs: 6e4 }
    );
    let res = await attempt();
    if (res.status === 401) {
      const challenge = res.headers.get("www-authenticate") ?? "";
      await res.body?.cancel().catch(() => void 0);
      await this.authenticate(challenge, init.scope);
      res = await attempt();
      if (res.status === 401) {
        await res.body?.cancel().catch(() => void 0);
        throw new ServiceError(`the registry ${this.o.host} refused the credentials for ${init.scope} (HTTP 401). ${this.o.credentials ? "Check the username and password (or token)." : "It needs credentials: log in first (docker/login-action) or give `username` and `password`."}`, 401);
      }
    }
    if (res.status === 403) {
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
    url.searchParams.set("scope", params.scope ?? scope);
    const res = await fetchWithRetry(url, { headers: basic ? { authorization: basic } : {} }, { attempts: 4, timeoutMs: 3e4 });
    if (!res.ok) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the token service ${url.origin} refused a token for ${scope} (HTTP ${res.status}). Check the credentials.`, res.status);
    }
    const body = await res.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new ServiceError(`the token service ${url.origin} answered without a token.`);
    this.authorization = `Bearer ${token}`;
  }
  async hasBlob(repo, digest) {
    const res = await this.send("HEAD", `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull,push` });
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw new ServiceError(`the registry ${this.o.host} answered HEAD of blob ${digest} in ${repo} with HTTP ${res.status}.`, res.status);
  }
  /** Mounts a blob from another repository of the same registry; false when the registry would rather have it uploaded. */
  async mountBlob(repo, digest, from) {
    const res = await this.send("POST", `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, { scope: `repository:${repo}:pull,push repository:${from}:pull` });
    await res.body?.cancel().catch(() => void 0);
    return res.status === 201;
  }
  /**
   * Uploads a blob, starting again from a new upload session when the registry answers 5xx or 429
   * or the connection breaks (a streamed body cannot be resent within one session).
   */
  async uploadBlob(repo, digest, file, attempts = 4) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.uploadOnce(repo, digest, file);
      } catch (e) {
        const status = e instanceof ServiceError ? e.status : null;
        const transient = status === null ? !(e instanceof ServiceError) || /broke|reset|terminated|fetch failed/i.test(e.message) : status >= 500 || status === 429;
        if (!transient || attempt >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    }
  }
  /** One upload session: POST for a location, then the whole blob in one streamed PUT ?digest=. */
  async uploadOnce(repo, digest, file) {
    const size = (await stat2(file)).size;
    const start = await this.send("POST", `/v2/${repo}/blobs/uploads/`, { scope: `repository:${repo}:pull,push` });
    await start.body?.cancel().catch(() => void 0);
    const location = start.headers.get("location");
    if (start.status !== 202 || !location) throw new ServiceError(`the registry ${this.o.host} did not start an upload to ${repo} (HTTP ${start.status}).`, start.status);
    const url = new URL(location, this.base);
    url.searchParams.set("digest", digest);
    const res = await this.send("PUT", url.toString(), {
      headers: { "content-type": "application/octet-stream", "content-length": String(size) },
      body: () => Readable.toWeb(createReadStream2(file)),
      scope: `repository:${repo}:pull,push`
    });
    const text = await res.text().catch(() => "");
    if (res.status !== 201) throw new ServiceError(`the registry ${this.o.host} refused blob ${digest} for ${repo} (HTTP ${res.status}: ${text.slice(0, 200)}).`, res.status);
    return size;
  }
  /** A manifest or index by tag or digest, with its media type and the digest of its bytes. */
  async getManifest(repo, reference) {
    const accept = [MEDIA_INDEX, MEDIA_MANIFEST, "application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.docker.distribution.manifest.v2+json"].join(", ");
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
    const digest = `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
    if (reference.startsWith("sha256:") && digest !== reference) throw new ServiceError(`the registry ${this.o.host} sent ${repo}@${reference} with the digest ${digest}.`);
    return { mediaType: (res.headers.get("content-type") ?? "").split(";")[0], digest, bytes };
  }
  /** A blob streamed to `file` through sha256; a blob that does not match its digest is refused and removed. */
  async downloadBlob(repo, digest, file) {
    const res = await this.send("GET", `/v2/${repo}/blobs/${digest}`, { scope: `repository:${repo}:pull` });
    if (!res.ok || !res.body) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`the registry ${this.o.host} answered blob ${digest} of ${repo} with HTTP ${res.status}.`, res.status);
    }
    const hash = createHash3("sha256");
    await pipeline2(Readable.fromWeb(res.body), hashing(hash), createWriteStream2(file));
    const got = `sha256:${hash.digest("hex")}`;
    if (got !== digest) {
      await rm(file, { force: true });
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
async function retrying(url, init, opts) {
  try {
    return await fetchWithRetry(url, init, opts);
  } catch (e) {
    if (e instanceof HttpError) {
      throw new ServiceError(`the registry at ${new URL(url).host} kept failing (${e.message}). Run again; if it persists, check the registry.`, e.status);
    }
    throw e;
  }
}
function parseChallenge(header2) {
  const out = {};
  for (const m of header2.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) out[m[1].toLowerCase()] = m[2];
  return out;
}
async function pushImage(client, layout, top, repo, tag, mountFrom) {
  const blob = (digest) => join3(layout, "blobs", ...digest.split(":"));
  const result = { digest: top.digest, blobsUploaded: 0, bytesUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
  const manifests = [];
  if (top.mediaType.endsWith("index.v1+json") || top.mediaType.endsWith("manifest.list.v2+json")) {
    const index = JSON.parse(await readFile3(blob(top.digest), "utf8"));
    manifests.push(...index.manifests);
  } else manifests.push(top);
  const seen = /* @__PURE__ */ new Set();
  for (const m of manifests) {
    const manifest = JSON.parse(await readFile3(blob(m.digest), "utf8"));
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (await client.hasBlob(repo, d)) {
        result.blobsSkipped++;
        continue;
      }
      if (mountFrom && mountFrom !== repo && await client.mountBlob(repo, d, mountFrom)) {
        result.blobsMounted++;
        continue;
      }
      result.bytesUploaded += await client.uploadBlob(repo, d, blob(d));
      result.blobsUploaded++;
    }
  }
  if (manifests[0] !== top) {
    for (const m of manifests) await client.putManifest(repo, m.digest, m.mediaType, await readFile3(blob(m.digest)));
  }
  await client.putManifest(repo, tag, top.mediaType, await readFile3(blob(top.digest)));
  return result;
}
async function pullToLayout(client, repo, reference, layout) {
  const blob = (digest) => join3(layout, "blobs", ...digest.split(":"));
  await mkdir2(join3(layout, "blobs", "sha256"), { recursive: true });
  await writeFile2(join3(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
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
  password: string()
};
function parseOciRef(raw, input, cwd) {
  const m = /^oci:(.+?)(?::([A-Za-z0-9._-]+))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, "is not an OCI layout reference. Give `oci:<folder>:<tag>`, e.g. `oci:base-image:3.12` (skopeo copy or buildah push can write one).");
  return { layout: resolve(cwd, m[1]), ref: m[2] ?? "" };
}
function parseRegistryRef(raw, input = "tags") {
  const m = /^([a-z0-9.-]+(?::\d+)?)\/([a-z0-9]+(?:[._/-][a-z0-9]+)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, 'is not an image reference. Give `registry/repository:tag` (lower-case repository; tags up to 128 of letters, digits, ".", "_", "-"), or `oci:<folder>:<tag>`.');
  return { host: m[1], repo: m[2], tag: m[3] ?? "latest" };
}
async function main(io) {
  const inputs = readInputs("build-push", spec, io);
  io.setSecret(inputs.password);
  if (!inputs.base.trim()) throw new ConfigurationError("input `base`", "", "is empty. Give the service base image: `registry/repository:tag` or `oci:<folder>:<tag>`.");
  if (!inputs.model.trim()) throw new ConfigurationError("input `model`", "", "is empty. Give the model file or folder (pull-model's `path` output).");
  if (!inputs.tags.length) throw new ConfigurationError("input `tags`", "", "is empty. Give where to write the image: `registry/repository:tag` lines, or `oci:<folder>:<tag>`.");
  const username = inputs.username.trim();
  const clientFor = async (host) => {
    const credentials = username ? { username, password: inputs.password } : await dockerCredentials(host, io.env);
    if (credentials) io.setSecret(credentials.password);
    return new RegistryClient({ host, insecure: /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host), ...credentials ? { credentials } : {} });
  };
  let base;
  let baseRepo = null;
  if (inputs.base.trim().startsWith("oci:")) base = parseOciRef(inputs.base, "base", io.cwd);
  else {
    const b = parseRegistryRef(inputs.base, "base");
    const layout = mkdtempSync(join4(io.tempDir, "build-push-base-"));
    const top = await io.group(`Pull the base image ${b.host}/${b.repo}:${b.tag}`, async () => pullToLayout(await clientFor(b.host), b.repo, b.tag, layout));
    await tagInLayout(layout, "base", top);
    base = { layout, ref: "base" };
    baseRepo = b;
  }
  const destinations = inputs.tags.map((t) => t.startsWith("oci:") ? { kind: "oci", ...parseOciRef(t, "tags", io.cwd) } : { kind: "registry", ...parseRegistryRef(t) });
  const modelDir = (inputs.modelDir.trim() || "/opt/model").replace(/^\/+|\/+$/g, "");
  const dirProblem = imagePathProblem(modelDir);
  if (dirProblem) throw new ConfigurationError("input `model-dir`", inputs.modelDir, `${dirProblem}: give an absolute folder in the image such as /opt/model.`);
  const files = modelFiles(resolve(io.cwd, inputs.model.trim()), modelDir, inputs.model);
  const work = mkdtempSync(join4(io.tempDir, "build-push-"));
  const layerFile = join4(work, "layer.tar.gz");
  const epoch = Number(io.env.SOURCE_DATE_EPOCH ?? 0);
  const created = new Date((Number.isFinite(epoch) ? epoch : 0) * 1e3).toISOString().replace(".000Z", "Z");
  const layer = await io.group(`Build the model layer (${files.length} file${files.length === 1 ? "" : "s"})`, () => buildLayer(files, layerFile, Number.isFinite(epoch) ? epoch : 0));
  io.info(`Model layer ${layer.digest} (${layer.size} bytes compressed), diffID ${layer.diffId}`);
  const modelPath = files.length === 1 && statSync(resolve(io.cwd, inputs.model.trim())).isFile() ? `/${files[0]?.path}` : `/${modelDir}`;
  const labels = {
    "org.opencontainers.image.created": created,
    ...io.env.GITHUB_REPOSITORY ? { "org.opencontainers.image.source": `${io.env.GITHUB_SERVER_URL || "https://github.com"}/${io.env.GITHUB_REPOSITORY}` } : {},
    ...io.env.GITHUB_SHA ? { "org.opencontainers.image.revision": io.env.GITHUB_SHA } : {},
    ...inputs.modelVersion.trim() ? { "org.opencontainers.image.version": inputs.modelVersion.trim() } : {},
    ...inputs.modelName.trim() ? { "dev.model-cd.model.name": inputs.modelName.trim() } : {},
    ...inputs.modelVersion.trim() ? { "dev.model-cd.model.version": inputs.modelVersion.trim() } : {},
    ...inputs.modelSha256.trim() ? { "dev.model-cd.model.sha256": inputs.modelSha256.trim() } : {},
    ...inputs.modelSourceUri.trim() ? { "dev.model-cd.model.source-uri": inputs.modelSourceUri.trim() } : {},
    "dev.model-cd.model.path": modelPath,
    "dev.model-cd.model.layer": layer.digest
  };
  for (const l of inputs.labels) {
    const eq = l.indexOf("=");
    if (eq < 1) throw new ConfigurationError("input `labels`", l, "is not `key=value` (docker/metadata-action's `labels` output has that form).");
    labels[l.slice(0, eq).trim()] = l.slice(eq + 1);
  }
  const envName = inputs.modelEnv.trim() || "MODEL_PATH";
  const out = join4(work, "image");
  const image = await appendModel(base.layout, out, await resolveRef(base.layout, base.ref).catch((e) => {
    throw new ConfigurationError("input `base`", inputs.base, `${e.message}.`);
  }), { layer, layerFile, env: { [envName]: modelPath }, labels, annotations: { "org.opencontainers.image.created": created }, created });
  io.info(`Image ${image.digest} (${image.mediaType})`);
  const pushed = [];
  for (const d of destinations) {
    if (d.kind === "oci") {
      await copyBlobs(out, d.layout);
      await tagInLayout(d.layout, d.ref || "latest", image);
      pushed.push(`oci:${relative(io.cwd, d.layout) || "."}:${d.ref || "latest"}`);
      continue;
    }
    const mountFrom = baseRepo?.host === d.host ? baseRepo.repo : void 0;
    const r = await io.group(`Push ${d.host}/${d.repo}:${d.tag}`, async () => pushImage(await clientFor(d.host), out, image, d.repo, d.tag, mountFrom));
    io.info(`${d.host}/${d.repo}:${d.tag}: ${r.blobsUploaded} blob(s) uploaded (${r.bytesUploaded} bytes), ${r.blobsMounted} mounted from ${mountFrom ?? "the base"}, ${r.blobsSkipped} already there`);
    pushed.push(`${d.host}/${d.repo}:${d.tag}`);
  }
  const first = destinations[0];
  const name = first?.kind === "registry" ? `${first.host}/${first.repo}` : `oci:${first?.layout}`;
  io.setOutput("digest", image.digest);
  io.setOutput("image", `${name}@${image.digest}`);
  io.setOutput("imageid", await configDigest(out, image));
  io.setOutput("metadata", JSON.stringify({ "containerimage.digest": image.digest, "image.name": pushed.join(","), "model-cd.layer.digest": layer.digest, labels }));
  io.summary([`### \u2705 build-push: ${pushed.map((p) => `\`${p}\``).join(", ")}`, "", `Digest \`${image.digest}\`; the model (${files.length} file${files.length === 1 ? "" : "s"}) is one layer \`${layer.digest}\` at \`${modelPath}\` (\`${envName}\`).`, ""].join("\n"));
  return 0;
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
      const p = join4(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ path: `${modelDir}/${relative(source, p).split(sep).join("/")}`, source: p });
    }
  };
  walk(source);
  if (!out.length) throw new ConfigurationError("input `model`", raw, "is an empty folder: there is no model to layer.");
  return out;
}
async function configDigest(layout, d) {
  const blob = async (digest) => JSON.parse(await readFile4(join4(layout, "blobs", ...digest.split(":")), "utf8"));
  const top = await blob(d.digest);
  const manifest = top.manifests ? await blob(top.manifests[0].digest) : top;
  return manifest.config?.digest ?? "";
}

// build-push-entry.ts
process.exitCode = await runAction(new RunnerIO(), main);
