import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__ACTION_META__>
var define_ACTION_META_default;
var init_define_ACTION_META = __esm({
  "<define:__ACTION_META__>"() {
    define_ACTION_META_default = { "build-push": { description: "The serving image - the model added as one reproducible layer on a service base image without a Docker daemon, or a Dockerfile built by docker, buildah or podman - labelled with its lineage, pushed to registries and written to OCI layouts or docker archives.", inputs: { base: { description: "The service base image: `registry/repository:tag` (pulled and verified by digest; on the destination's registry its layers are mounted, not sent again) or an OCI image layout `oci:<folder>:<tag>` (skopeo copy or buildah push can write one). A multi-platform index gets the layer on every platform. Required unless `dockerfile` is given (then leave it empty: the Dockerfile's FROM names the base).", default: "", required: false }, model: { description: "The model file or folder to add as one layer (pull-model's `path` output). Required unless `dockerfile` is given; with a Dockerfile it is optional and, when given, is layered on the built image.", default: "", required: false }, "model-dir": { description: "Where the model goes in the image.", default: "/opt/model", required: false }, "model-env": { description: "Environment variable set in the image to the model's path (the file for a single file, else the folder).", default: "MODEL_PATH", required: false }, tags: { description: "Where to write the image, one per line: `registry/repository:tag` (pushed; docker/metadata-action's `tags` output fits), `oci:<folder>:<tag>` (an OCI layout) or `docker-archive:<file.tar>[:<name>:<tag>]` (a `docker save` archive for `docker load`, one platform, written atomically). Registries on localhost or 127.0.0.1 are reached over plain HTTP, all others over HTTPS with TLS verified.", default: "", required: true }, labels: { description: "Extra labels, one `key=value` per line (docker/metadata-action's `labels` output fits).", default: "", required: false }, "model-name": { description: "Recorded as the label dev.model-cd.model.name (pull-model's `name` output).", default: "", required: false }, "model-version": { description: "Recorded as dev.model-cd.model.version and org.opencontainers.image.version.", default: "", required: false }, "model-sha256": { description: "Recorded as dev.model-cd.model.sha256 (pull-model's `sha256` output).", default: "", required: false }, "model-source-uri": { description: "Recorded as dev.model-cd.model.source-uri (pull-model's `source-uri` output).", default: "", required: false }, username: { description: "Registry username. Empty means the docker config.json a login action wrote (DOCKER_CONFIG, else ~/.docker): its credential helpers, then its `auths`; else anonymous.", default: "", required: false }, password: { description: "Registry password or token (masked).", default: "", required: false }, dockerfile: { description: "A Dockerfile to build instead of the daemonless path, e.g. `Dockerfile` or `serving/Dockerfile` (relative to the workspace). The image is built by `builder`, labelled with the lineage, and then pushed like any other (the model input, if given, is layered on top). Empty: no build.", default: "", required: false }, context: { description: "The build context for `dockerfile`, relative to the workspace.", default: ".", required: false }, "build-args": { description: "Build arguments for `dockerfile`, one `NAME=value` per line (commas are part of the value).", default: "", required: false }, target: { description: "The stage of a multi-stage `dockerfile` to build. Empty means the last.", default: "", required: false }, "secret-files": { description: "Files the build may mount as secrets, one `id=path` per line (as docker/build-push-action's `secret-files`); the Dockerfile reads one with `RUN --mount=type=secret,id=<id>`. They never enter the image.", default: "", required: false }, builder: { description: "What builds `dockerfile` - `auto` takes the first that works of docker buildx, docker (a CLI whose daemon answers), buildah and podman; or name one of `docker`, `buildah`, `podman`. buildah and podman run with --isolation chroot and --storage-driver vfs in a private store under the runner's temp folder (no daemon, no runc, nothing left behind).", default: "auto", required: false }, "cache-from": { description: "Images (`registry/repository:tag`, one per line) whose model layer may be reused. When every destination is a registry, build-push first hashes the model's tar (its diffID, cheap) and looks for a layer with that diffID in these images and in the tags being pushed; one that the destinations already hold is reused, neither compressed nor sent again. Empty: the tags being pushed only.", default: "", required: false }, "retry-timeout": { description: "How long, in seconds, one request to a registry may take in all, retries included. Connection failures, timeouts, 408, 425, 429 and 5xx answers are retried with backoff, each retry logged; at this bound the step fails, saying how long it waited. An upload gets this plus the time its bytes need at 256 KiB/s. Raise it for a server that is only slow.", default: "120", required: false }, "layer-compression": { description: "How the model layer is compressed - `none` (an uncompressed tar layer, application/vnd.oci.image.layer.v1.tar: its digest is its diffID, one sha256 pass and no compression; model weights shrink by about 7% with gzip or zstd, not worth the time), `gzip` (level 1, on every core) or `zstd` (application/vnd.oci.image.layer.v1.tar+zstd, level 3 on every core; needs Docker 23+ or containerd 1.5+ to pull). Every choice is reproducible: the same model gives the same layer digest.", default: "none", required: false }, "cache-dir": { description: "Where build-push remembers the blob digest of each model layer it compressed (diffID -> digest), so a re-push of an unchanged model to another tag skips compressing it when the registry already has the blob. Empty means `model-cd/layers` in the runner's tool cache, or `~/.cache/model-cd/layers` outside a runner.", default: "", required: false }, runtime: { description: "`serve` adds the model-cd serve runtime as one layer below the model - the serve server (KServe v2 and MLflow scoring protocols, the contract enforced, Prometheus metrics) and onnxruntime-node for the image's platform (linux/amd64, linux/arm64; the pinned npm tarballs, sha512 checked, kept in `cache-dir`) under /opt/model-cd/serve - and sets Cmd (node /opt/model-cd/serve/index.js), PORT=8080, HOST=0.0.0.0, ExposedPorts 8080/tcp and a Healthcheck. The base must have Node 20 or later on its PATH (node:24-slim, say). `none` leaves the base's own server and settings as they are.", default: "none", required: false }, contract: { description: "The model contract (model-contract.yaml) to put in the model layer beside the model, as `<model-dir>/model-contract.yaml`; MODEL_CONTRACT names it in the image, and serve enforces it on requests. Checked like test-model's. Empty: none.", default: "", required: false } }, outputs: { digest: { description: "The image digest (of the index for a multi-platform base)." }, image: { description: "The first destination as `name@digest`." }, imageid: { description: "The config digest (of the first platform), as docker reports an image ID." }, metadata: { description: 'Compact JSON: {"containerimage.digest", "image.name", "model-cd.layer.digest" (with a model), "model-cd.builder" (with a Dockerfile), "labels"}.' } } }, "check-drift": { description: "Data drift between a reference and a current dataset, column by column, with Evidently's default tests and thresholds (K-S, chi-squared, Z, normed Wasserstein, Jensen-Shannon; PSI, KL, Hellinger on request).", inputs: { reference: { description: "The reference dataset (e.g. the training data), as CSV, JSON Lines (`.jsonl`) or Parquet. Column types are read from it. Required, except in the job that only merges shards.", default: "", required: false }, current: { description: "The current dataset (e.g. recent production inputs), same format and columns. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, columns: { description: "Columns to compare (newline- or comma-separated). Empty means every column both datasets have, minus `ignore-columns`.", default: "", required: false }, "ignore-columns": { description: "Columns not to compare (ids, timestamps, the target when it is not wanted).", default: "", required: false }, "missing-columns": { description: "With `columns` empty, a column that only one of the datasets has: `fail` (the default) stops with an error naming it, since it would go untested; `ignore` compares the columns both have and names the others in the report. No column in common is always an error.", default: "fail", required: false }, "numerical-columns": { description: "Columns to treat as numerical whatever the data looks like. By default a column is numerical when every non-null reference value is a number, as pandas reads it.", default: "", required: false }, "categorical-columns": { description: "Columns to treat as categorical (e.g. integer codes). Everything not numerical is categorical by default.", default: "", required: false }, method: { description: "One test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div or hellinger. Empty means Evidently's choice per column: with at most 1000 non-null reference values, K-S for numerical columns with more than 5 distinct values, chi-squared for 3 or more categories, the Z-test for 2; above 1000, normed Wasserstein for numerical columns with more than 5 values, Jensen-Shannon otherwise.", default: "", required: false }, threshold: { description: "Threshold for `method` (a p-value for ks/chisquare/z, a distance otherwise). Empty means the test's default (0.05 for p-values, 0.1 for distances).", default: "", required: false }, "column-methods": { description: "Per-column tests, one `column=method` or `column=method:threshold` per line, e.g. `age=psi:0.2`. They win over `method`.", default: "", required: false }, "drift-share": { description: "The dataset has drifted when at least this share of the tested columns drifted (Evidently's default 0.5).", default: "0.5", required: false }, "exact-limit": { description: "Numerical columns with more values than this (both datasets together) and more than 1000 in the reference are not kept in memory but summarised while reading (a 65536-bin histogram on a power-of-two grid, the first 21 distinct values, the mean and variance), so memory stays flat however many rows there are. Every score stays exact except the Wasserstein distance, which is then within one histogram bin (normally at most 4 x range / 65536, normed); the report gives that bound per column. K-S and Hellinger need every value and are not available on summarised columns; PSI, KL and Jensen-Shannon on them take one more pass over those columns.", default: "200000", required: false }, "fail-on-drift": { description: "Fail the step when the dataset or the predictions drifted. `false` only reports (the outputs still say).", default: "true", required: false }, "report-dir": { description: "Folder for report.json, report.md and plots/ (an SVG chart of each drifted column, target and model output), or a shard's partial file. Empty means a folder in the runner's temp directory.", default: "", required: false }, "target-column": { description: "The label or target column, when both datasets have it: its drift is reported apart (target drift, output `target-drifted`) and it does not count in the share of drifted features.", default: "", required: false }, champion: { description: "Prediction drift: the model serving now (a `.onnx` file). With `candidate`, both run on the current data and their predicted labels, class probabilities or values are compared, the champion's as the reference. The predicted label (or value) decides `prediction-drifted`.", default: "", required: false }, candidate: { description: "The model that wants to ship (a `.onnx` file), for prediction drift with `champion`.", default: "", required: false }, features: { description: "Feature columns feeding the models' single input, as in test-model. Empty means the contract's, else the columns named like the inputs, else every column but the target.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md) for the models' column mapping and labels. Empty means none.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, as in test-model; empty downloads the pinned one once.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job takes blocks i, i+n, i+2n, \u2026 of 1024 rows of both datasets (other blocks are counted, not parsed, in CSV and JSON Lines), runs the models on its blocks of the current data, and writes its per-column state (output `partial`) instead of a verdict. For a matrix of n jobs over data too big for one runner; a last job merges them with `merge`. Every shard must be given the same inputs.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged into the state one job would have read, then tested and reported as one run. The datasets and models are not needed in this job; the tests, thresholds and `drift-share` given here apply. PSI, KL and Jensen-Shannon on a summarised numerical column with more than 20 values need a pass over both whole datasets and are not available in a merge.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, "target-drifted": { description: "true when the target column drifted; empty without `target-column`." }, "prediction-drifted": { description: "true when the candidate's predicted labels (or values) drifted from the champion's; empty without both models." }, drifted: { description: "true when the dataset has drifted (share of drifted columns at or above `drift-share`)." }, "drift-share": { description: "The share of tested columns that drifted, from 0 to 1." }, "drifted-columns": { description: "JSON array of the columns that drifted." }, report: { description: "Path of report.json (every column's type, test, score, threshold, verdict, null counts, why a column was not tested, and `plots`, the SVG chart of each drifted column)." } } }, "lint-dockerfile": { description: "Lint Dockerfiles with hadolint-compatible rules (DL codes, ShellCheck on RUN) plus ML-serving rules. No Docker, any OS.", inputs: { files: { description: "Dockerfiles to lint: paths or globs (`**` recurses), newline- or comma-separated. A directory means every Dockerfile below it.", default: "**/Dockerfile\n**/Dockerfile.*\n**/*.Dockerfile\n", required: false }, config: { description: "Path to a hadolint config file. When empty, `.hadolint.yaml` or `.hadolint.yml` in the working directory is used, then the user's hadolint config locations.", default: "", required: false }, "failure-threshold": { description: "Fail the step when a finding is at or above this severity (error, warning, info, style, ignore, none). Overrides the config file.", default: "", required: false }, ignore: { description: "Rule codes to ignore (e.g. DL3008, SC2086, MCD1001), newline- or comma-separated. Added to the config's `ignored`.", default: "", required: false }, "trusted-registries": { description: "Registries FROM may use (DL3026), newline- or comma-separated. Added to the config's `trustedRegistries`.", default: "", required: false }, format: { description: "Report format printed to the log and written to `output-file` (tty, json, sarif, checkstyle, codeclimate, gitlab_codeclimate).", default: "tty", required: false }, "output-file": { description: "Write the report in `format` to this file as well.", default: "", required: false }, annotations: { description: "Put each finding as an annotation on its file and line.", default: "true", required: false }, "no-fail": { description: "Never fail the step because of findings (they are still reported).", default: "false", required: false }, shellcheck: { description: "ShellCheck on RUN scripts. `auto` uses a shellcheck on PATH if there is one, `off` disables it, or give the path of a shellcheck binary.", default: "auto", required: false } }, outputs: { findings: { description: "Number of findings at or above `ignore` after config and pragmas." }, errors: { description: "Number of error findings." }, warnings: { description: "Number of warning findings." }, infos: { description: "Number of info findings." }, styles: { description: "Number of style findings." }, results: { description: 'Findings as compact JSON, an array of {"file", "line", "column", "code", "level", "message"}.' }, sarif: { description: "Path of the SARIF 2.1.0 report (always written), ready for github/codeql-action/upload-sarif." } } }, "publish-model": { description: "Register a model version in a plain S3 registry (race-free version numbers, sha256 manifest, lineage) or in the MLflow model registry, and set or move an alias.", inputs: { registry: { description: "Where to register. `s3://bucket/prefix`: the root of a plain S3 registry; versions go to `<root>/<name>/versions/<n>/files/`, aliases to `<root>/<name>/aliases/<alias>` (the layout is described in docs/s3-registry.md). `mlflow`: the MLflow model registry of the tracking server in `mlflow-tracking-uri` (or `MLFLOW_TRACKING_URI`); an http(s) URL: that tracking server. MLflow versions are uploaded through the server's proxied artifact store (`mlflow server --serve-artifacts`) under a run created for the upload, then registered, waited for until READY and tagged; aliases are set with the registry's alias API.", default: "", required: true }, name: { description: 'Model name (letters, digits, ".", "_" and "-").', default: "", required: true }, path: { description: "Local model file or folder to register as a new version. Empty means a promotion: move `alias` to `version`.", default: "", required: false }, version: { description: "The existing version to promote (with `alias` and no `path`). Leave empty when registering.", default: "", required: false }, alias: { description: "Alias to set or move (e.g. `champion`, `staging`) to the new version, or to `version` in a promotion. The previous version is reported in `previous-version` (so a rollback can move it back). In the S3 registry the move is a conditional write that records the previous version; see `expected-previous-version` for guarding against concurrent moves.", default: "", required: false }, "metrics-file": { description: 'JSON file with an object of metrics to attach to the new version, e.g. `{"accuracy": 0.93}`.', default: "", required: false }, tags: { description: "Lineage tags for the new version, one `key=value` per line. The git commit and the workflow run URL are added from the runner's environment.", default: "", required: false }, "image-digest": { description: "Digest of the serving image built from this model (`sha256:...`), recorded as the tag `image.digest`.", default: "", required: false }, description: { description: "Free text describing the new version (what changed, why), shown by the MLflow UI and kept in the S3 registry's manifest; pull-model returns it in `metadata`.", default: "", required: false }, "expected-previous-version": { description: "Move `alias` only if it points to this version now (`none`: only if the alias does not exist yet); otherwise fail and change nothing. Use it for rollbacks and promotions decided from an earlier read, so they never undo a move made in between. The S3 registry checks it in the same conditional write that moves the alias; MLflow has no conditional alias API, so there it is checked just before the move. Empty: move whatever the alias points to.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them).", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server when `registry` is `mlflow`. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs.", default: "", required: false }, "mlflow-experiment": { description: "MLflow experiment that owns the runs publish-model creates to upload a version's files (created if missing); `metrics-file` is logged on that run. Empty means the Default experiment (id 0).", default: "", required: false }, "retry-timeout": { description: "How long, in seconds, one request to S3 or the MLflow tracking server may take in all, retries included. Connection failures, timeouts, 408, 425, 429 and 5xx answers are retried with backoff, each retry logged; at this bound the step fails, saying how long it waited. An upload gets this plus the time its bytes need at 256 KiB/s. Raise it for a server that is only slow.", default: "120", required: false } }, outputs: { version: { description: "The version registered or promoted." }, uri: { description: "The version's files folder, `s3://bucket/prefix/<name>/versions/<n>/files/`, or `models:/<name>/<n>` for MLflow: give it to pull-model as `model-uri`." }, "previous-version": { description: "The version `alias` pointed to before this run; empty without an alias or for a new one." }, sha256: { description: "sha256 of the version's folder manifest, the same value pull-model reports for `uri` (and accepts as `expected-sha256`). MLflow versions also carry it as the tag `model-cd.sha256`; promoting an MLflow version registered by something else (without that tag) leaves it empty." } } }, "pull-model": { description: "Pull a model from the MLflow registry, S3 or a local path into a folder, sha256-verified, cached by content, placed atomically.", inputs: { "model-uri": { description: "The model to pull. `s3://bucket/key` is one file; `s3://bucket/prefix/` (trailing slash) is every object under the prefix, as a folder. The plain S3 registry that publish-model writes (docs/s3-registry.md): the registry root, then `#name@alias` or `#name/<version>`, e.g. `s3://models/registry#fraud@champion` or `s3://models/registry#fraud/3`; the version's files are checked against its manifest (every file's sha256 and the folder's), and a version without a manifest is refused as incomplete. A local path or `file:///absolute/path` is a file or a folder. MLflow: `models:/name@alias` (e.g. `models:/fraud@champion`), `models:/name/3`, `models:/name/latest` (the highest version number) and `runs:/<run-id>/<artifact path>`, resolved on the tracking server (see `mlflow-tracking-uri`) and downloaded from where it keeps the files: its proxied artifact store (`mlflow-artifacts:/`), S3 (the `s3-*` inputs and AWS variables apply) or a local path.", default: "", required: true }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server for `models:/` and `runs:/` URIs. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs; TLS certificates are always verified.", default: "", required: false }, path: { description: "Folder that will hold the model, replaced whole on success (a single-file model lands as `<path>/<file name>`). Its files are read-only hard links into the cache where the file system allows, copies otherwise. Empty means `model` in the runner's temp folder. Must not be or contain the workspace or the home folder, nor overlap `cache-dir`.", default: "", required: false }, "expected-sha256": { description: "Fail, leaving nothing behind, unless the model has this sha256: for a file, the sha256 of its bytes; for a folder, the sha256 of its manifest, the lines `<sha256>  <relative path>` sorted by path (what `find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints in the folder). The `sha256` output of an earlier pull gives it.", default: "", required: false }, "cache-dir": { description: "Content-addressed cache of pulled models; a pull of an unchanged object transfers nothing. Empty means `model-cd/models` in the runner's tool cache, or `~/.cache/model-cd/models` outside a runner.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them); without them requests go unsigned.", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, concurrency: { description: "Most download requests at a time (files of a folder, byte ranges of a large file), to S3 or to MLflow's artifact store.", default: "4", required: false }, "range-threshold": { description: "Files larger than this are downloaded in parallel byte ranges (bytes, or e.g. 8MiB, 1GiB), from S3 and from MLflow's proxied artifact store alike; a download whose connection breaks is resumed where it stopped. Ranges pay off over real networks; next to the server (same host or rack) one stream per file can be faster, so raise this there.", default: "64MiB", required: false }, "if-missing": { description: "What to do when the model, version or alias does not exist (yet): `fail` the step, or `skip` it with a notice and `found` set to false. `skip` is for the champion of a first deployment; anything else (no access, a damaged version, a wrong bucket) still fails.", default: "fail", required: false }, "retry-timeout": { description: "How long, in seconds, one request to S3 or the MLflow tracking server may take in all, retries included. Connection failures, timeouts, 408, 425, 429 and 5xx answers are retried with backoff, each retry logged; at this bound the step fails, saying how long it waited. An upload gets this plus the time its bytes need at 256 KiB/s. Raise it for a server that is only slow.", default: "120", required: false } }, outputs: { found: { description: "true when the model was pulled; false when it does not exist and `if-missing` is `skip` (every other output is then empty)." }, path: { description: "Where the model is now, the file of a single-file model or the folder." }, name: { description: "The model's name; the registered model for `models:/` and the S3 registry, else the last segment of the key or path." }, version: { description: "The model's version; the registry version number for `models:/` and the S3 registry, for an S3 file its ETag, empty otherwise." }, alias: { description: "The registry alias the model was pulled by (MLflow or the S3 registry); empty otherwise." }, sha256: { description: "sha256 of the file, or of the folder's manifest (see `expected-sha256`)." }, size: { description: "Size of the model in bytes (all files of a folder)." }, "source-uri": { description: "The URI the model was pulled from, in canonical form (`models:/name/<version>` for any MLflow registry URI, `s3://bucket/root#name/<version>` for the S3 registry)." }, "run-id": { description: "The MLflow run that produced the model; empty otherwise." }, metadata: { description: `Compact JSON about the source. MLflow: {"tags", "version-tags", "description", "metrics", "params", "signature"} (registry tags, the run's metrics and params when the run exists, the MLmodel signature when present). S3 registry: {"tags", "metrics"} from the version's manifest. S3: {"etag", "last-modified", "content-type", "objects"} (a folder: {"objects", "last-modified"}).` }, "cache-hit": { description: "true when the model came from the local cache and nothing was downloaded." }, "bytes-transferred": { description: "Bytes downloaded by this pull (0 on a cache hit), including bytes re-sent after a broken connection." } } }, rollout: { description: "Canary or blue/green rollout of a new model revision behind nginx, with live analysis (Prometheus queries, the serve metrics) and automatic rollback, run from the workflow with nothing installed on the server.", inputs: { strategy: { description: "`canary` (traffic shifted by `steps`) or `blue-green` (the preview analysed, then all traffic switched at once).", default: "canary", required: false }, mode: { description: "`auto`: the whole progression in this step. `start`: run the steps up to the first open `pause: {}` and stop there (status `paused`), so a GitHub environment with required reviewers can sit between this job and the next. `promote`: go on from where `start` paused. `abort`: take all traffic back to the stable revision. `init`: write the router's first state, `stable` alone (before nginx first starts, or in place of a hand-written upstream).", default: "auto", required: false }, provider: { description: "Where traffic is shifted: `nginx` (a managed snippet with weighted upstreams, validated with `nginx -t`, applied with a graceful reload).", default: "nginx", required: false }, stable: { description: "The revision serving now, as the router reaches it (nginx: `host:port` of its upstream server). Empty: the one the router already serves (after a first rollout).", default: "", required: false }, canary: { description: "The new revision, as the router reaches it (nginx: `host:port`), already started. Required except for mode `abort`.", default: "", required: false }, revision: { description: "An id of this rollout, the same across reruns and across the start/promote jobs. Empty: the commit (`GITHUB_SHA`, 12 characters); required outside GitHub Actions for modes other than `auto`.", default: "", required: false }, steps: { description: "Canary steps as YAML, like Argo Rollouts': `set-weight: <percent>`, `pause: <duration>` (or `pause: {}` to wait for mode `promote`), `analysis: [<metric>, \u2026]`. After the last step the canary takes all traffic. Weights only go up.", default: "[{set-weight: 10}, {pause: 30s}, {set-weight: 50}, {pause: 30s}]", required: false }, analysis: { description: "The metrics, as YAML: a list of `{name, provider, interval, count, success-condition, failure-condition, failure-limit, inconclusive-limit, consecutive-error-limit, initial-delay}` with Argo Rollouts' semantics; `provider` is `prometheus: {address, query}`, `serve: {target, metric}` or `test-endpoint: {target, checks, contract, data}`. docs/rollout.md has examples. Empty: no analysis.", default: "", required: false }, "background-analysis": { description: "Metrics of `analysis` watched from the first weight change to promotion; the moment one fails, traffic goes back to stable. Empty: every metric of `analysis` that no step names.", default: "", required: false }, "pre-promotion-analysis": { description: "blue-green: metrics run against the preview before the switch.", default: "", required: false }, "post-promotion-analysis": { description: "blue-green: metrics run after the switch; a failure switches back.", default: "", required: false }, "scale-down-delay": { description: "blue-green: how long the old revision stands by after the switch, watched by `background-analysis` (a failure switches back).", default: "30s", required: false }, "ready-path": { description: "The path on the new revision that answers 200 once it is ready (serve: `/v2/health/ready`).", default: "/v2/health/ready", required: false }, "ready-timeout": { description: "How long the new revision may take to get ready before the rollout gives up (nothing is routed to it).", default: "120s", required: false }, "nginx-snippet": { description: "nginx: the file rollout owns, included by your nginx config inside `http {}`; it holds the `upstream` block and the rollout's state. Required with `provider: nginx`.", default: "", required: false }, "nginx-upstream": { description: "nginx: the upstream's name, the one your `proxy_pass http://<name>;` uses.", default: "model-cd", required: false }, "nginx-command": { description: "nginx: the program and its fixed arguments, comma- or newline-separated (e.g. `sudo,nginx` or `nginx,-c,/etc/nginx/nginx.conf`).", default: "nginx", required: false }, "ssh-host": { description: "nginx: a host to run nginx on through the runner's `ssh` (keys from the runner's ssh setup). Empty: this machine.", default: "", required: false }, "report-dir": { description: "Where rollout-report.json (and the reports of test-endpoint metrics) go. Empty: a folder under the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "For test-endpoint metrics with the `parity` check: a folder holding node_modules/onnxruntime-node, as in test-endpoint. Empty: found as test-model finds it.", default: "", required: false } }, outputs: { status: { description: "`promoted`, `paused`, `aborted` or `rolled-back`." }, revision: { description: "The rollout's id." }, weight: { description: "The new revision's share of traffic when the step ended, in percent." }, "rollback-seconds": { description: "After a rollback, the time from the breach being measured to traffic back on stable; empty otherwise." }, measurements: { description: "Every analysis measurement as compact JSON." }, report: { description: "The path of rollout-report.json." } } }, "scan-image": { description: "Vulnerability gate on the serving image - trivy (default) or grype at a pinned, verified version, the DB cached across runs, an ignore file with expiry dates and OpenVEX, SARIF with real severities, a CycloneDX SBOM; scans a registry image, an OCI layout or a docker archive, no daemon needed.", inputs: { image: { description: "The image to scan: a registry reference (`registry/repository:tag`, or build-push's `image` output `name@sha256:\u2026`), an OCI layout `oci:<folder>[:<tag>]`, or a docker archive `docker-archive:<file.tar>`. A layout or an archive is read from disk, so the scan can run before the push and needs no Docker daemon. Required.", default: "", required: false }, scanner: { description: "`trivy` (the default) or `grype`.", default: "trivy", required: false }, "scanner-path": { description: "A scanner binary to run instead of the pinned release: a path, or a command name looked up on PATH (e.g. `trivy`), for air-gapped runners. Empty: the pinned release (trivy 0.74.0, grype 0.120.1), downloaded once into the tool cache and checked against its pinned sha256.", default: "", required: false }, "scanner-download-url": { description: "Where to download the pinned release from, for mirrors: a URL with `{version}` and `{file}`, e.g. `https://mirror.example/trivy/v{version}/{file}`. The file must still match the pinned sha256. Empty: the project's GitHub release.", default: "", required: false }, "cache-dir": { description: "Where the vulnerability DB (and trivy's layer cache) is kept between runs, one folder per scanner. Keep it with actions/cache keyed by date (docs/scan-image.md). Empty: `~/.cache/model-cd/scan`.", default: "", required: false }, "db-repository": { description: "Where the DB comes from. trivy: OCI repositories, comma-separated, tried in order (e.g. `mirror.gcr.io/aquasec/trivy-db:2`); grype: the listing URL (GRYPE_DB_UPDATE_URL). Empty: the scanner's default.", default: "", required: false }, offline: { description: "Scan with the DB in `cache-dir` as it is, without any download or update check. Fails when there is none; the summary says how old it is.", default: "false", required: false }, "max-db-age": { description: "How old the DB may be (since it was built upstream), e.g. `36h` or `5d`; `0` for no limit. An older DB fails the step or warns, as `old-db` says.", default: "5d", required: false }, "old-db": { description: "What a DB older than `max-db-age` does: `fail` (the default) or `warn`.", default: "fail", required: false }, "fail-on": { description: "The lowest severity that fails the gate: `critical`, `high`, `medium`, `low`, or `none` (report only). Ignored, VEX-suppressed and (with `ignore-unfixed`) unfixed findings do not count. The SARIF file carries every finding with its own severity whatever this says.", default: "high", required: false }, "ignore-unfixed": { description: "Findings with no fixed version do not fail the gate (they are still reported).", default: "false", required: false }, "ignore-file": { description: "A YAML file of accepted findings, each with an `id`, a `reason` and an `expires` date (docs/scan-image.md); an expired entry stops hiding its finding and is reported. Empty: none.", default: "", required: false }, vex: { description: "OpenVEX documents (JSON files), newline- or comma-separated; `not_affected` and `fixed` statements for this image suppress their findings.", default: "", required: false }, dockerfile: { description: "The Dockerfile the image was built from, for annotations and SARIF locations (findings the base image brings point at its FROM line). Empty: none.", default: "", required: false }, "base-image": { description: "The base image, in the same forms as `image` (build-push's `base`): its layers tell which findings the base brings, for the FROM-line annotations. Empty: findings are not attributed.", default: "", required: false }, platform: { description: "The platform to scan in a multi-platform image, e.g. `linux/arm64`. Empty: the scanner's choice (this machine's).", default: "", required: false }, username: { description: "Registry user for a registry `image` (else the docker config of docker/login-action is used).", default: "", required: false }, password: { description: "Registry password or token; masked in logs.", default: "", required: false }, timeout: { description: "Seconds the scan may take, DB download included.", default: "900", required: false }, "report-dir": { description: "Where the reports go (scan-report.json, the scanner's own JSON, results.sarif, sbom.cdx.json). Empty: a folder under the runner's temp.", default: "", required: false } }, outputs: { passed: { description: "`true` when no counted finding is at or above `fail-on`." }, vulnerabilities: { description: 'Counts of counted findings by severity, compact JSON: {"critical":0,"high":1,"medium":0,"low":2,"negligible":0,"unknown":0}.' }, critical: { description: "Counted critical findings." }, high: { description: "Counted high findings." }, sarif: { description: "Path of the SARIF file (every finding, for github/codeql-action/upload-sarif)." }, sbom: { description: "Path of the CycloneDX SBOM of the image." }, report: { description: "Path of scan-report.json (the findings, how each was judged, the DB's age)." }, "db-age-hours": { description: "How old the DB the scan used is, in hours." } } }, "test-endpoint": { description: "Test a live model endpoint (KServe v2 or MLflow scoring protocol) before and during a rollout - smoke, the contract on its answers, negative cases, online/offline parity with the model file, and bounded load with gates.", inputs: { url: { description: "The endpoint's base URL, e.g. `http://127.0.0.1:8080` (without `/v2/...` or `/invocations`). HTTPS certificates are verified (NODE_EXTRA_CA_CERTS for a private CA). Required.", default: "", required: false }, protocol: { description: "`auto` (GET /v2/health/ready answers: KServe v2; else GET /ping answers: MLflow), `v2` or `mlflow`.", default: "auto", required: false }, "model-name": { description: "The model's name on a v2 server (`/v2/models/{name}`). Empty: the only model the server lists (POST /v2/repository/index), else the `model` file's name without .onnx (model-cd serve's default).", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md): the feature columns requests carry, the label type and classes answers must have, the outputs. Empty means `model-contract.yaml` (or `.yml`) in the working directory when there is one; `none` tests without one (answers are then checked for shape and probabilities only).", default: "", required: false }, data: { description: "Rows to send: the holdout set or a file of examples, as CSV, JSON Lines or Parquet (the label column is left out). Empty: rows made up from the contract's column types.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, rows: { description: "How many rows (the first ones of `data`) the contract and parity checks send.", default: "64", required: false }, model: { description: "The .onnx file the endpoint serves (or the folder pull-model wrote), for parity: the same rows are predicted here with onnxruntime as test-model runs it and compared with the endpoint's answers. Empty: parity is skipped with a notice.", default: "", required: false }, tolerance: { description: "How close floats must be, relative and absolute: |endpoint - model file| <= tolerance + tolerance * |model file| (numpy's isclose with rtol = atol = tolerance). Also how far a row of probabilities may sum from 1 (plus float32 rounding, 2^-23 per class).", default: "1e-5", required: false }, "expected-sha256": { description: "The sha256 of the model the endpoint must serve (test-model's or pull-model's `sha256`), checked against the v2 metadata (`parameters.sha256`) and the `model` file. Empty: not checked.", default: "", required: false }, checks: { description: "Checks to run, newline- or comma-separated: `smoke`, `contract`, `negative`, `parity`, `load`.", default: "smoke,contract,negative,parity", required: false }, "negative-cases": { description: "The bad requests the `negative` check sends; each must get a 4xx with a JSON error body: `missing-field`, `wrong-type`, `extra-column`, `empty-body`, `not-json`, `oversized-body`.", default: "missing-field,wrong-type,extra-column,empty-body,not-json,oversized-body", required: false }, "oversized-body-size": { description: "The size of the `oversized-body` request (a good row padded with whitespace), e.g. `16MiB`; more than the server's body limit.", default: "16MiB", required: false }, "load-duration": { description: "Seconds of load in the `load` check.", default: "10", required: false }, "load-connections": { description: "Concurrent connections of the `load` check (each sends its next request when the last is answered).", default: "10", required: false }, "load-rate": { description: "Requests per second over all connections for the `load` check; 0 means as fast as `load-connections` go.", default: "0", required: false }, "load-batch-rows": { description: "Rows per request in the `load` check.", default: "1", required: false }, "max-error-rate": { description: "`load` gate: the largest share of requests (0 to 1) that may fail (non-2xx answers, connection errors, timeouts).", default: "0", required: false }, "max-p95-ms": { description: "`load` gate: the largest p95 latency of successful requests, in milliseconds. Empty: no gate.", default: "", required: false }, "max-p99-ms": { description: "`load` gate: the largest p99 latency of successful requests, in milliseconds. Empty: no gate.", default: "", required: false }, "min-rps": { description: "`load` gate: the fewest successful requests per second. Empty: no gate.", default: "", required: false }, timeout: { description: "Seconds one request may take (an answer not there by then is a failure).", default: "30", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, for parity on runners without access to the npm registry. Empty: as test-model finds it (the workspace, the tool cache, else the pinned package downloaded once).", default: "", required: false } }, outputs: { passed: { description: "true when every check that ran passed." }, report: { description: "Path of report.json (every check's cases, the requests and answers that failed, the load numbers)." }, checks: { description: 'Compact JSON: {"smoke": "passed", "contract": "failed", "parity": "skipped", ...}.' }, rps: { description: "Load check, successful requests per second (empty when load did not run)." }, "p50-ms": { description: "Load check, median latency of successful requests in milliseconds." }, "p95-ms": { description: "Load check, p95 latency of successful requests in milliseconds." }, "p99-ms": { description: "Load check, p99 latency of successful requests in milliseconds." }, "error-rate": { description: "Load check, the share of requests that failed (0 to 1)." } } }, "test-model": { description: "Run the ONNX candidate and the champion on a holdout set; the model contract and metric gates (MLflow's threshold semantics) decide whether the candidate may ship.", inputs: { candidate: { description: "The candidate model, a `.onnx` file or a folder holding exactly one (the `path` output of pull-model). Required, except in the job that only merges shards.", default: "", required: false }, champion: { description: "The model serving now, as `candidate`. Empty means there is none (a first deployment, or pull-model's `found` was false): gates comparing with the champion are then settled by `champion-missing`.", default: "", required: false }, data: { description: "The holdout set with the true label or target, as CSV, JSON Lines (`.jsonl`) or Parquet. Read as a stream in batches. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, "label-column": { description: "The column with the true label (classification) or target (regression). Empty means the contract's `data.label`, else `label`.", default: "", required: false }, features: { description: "Feature columns, in the order the model's single input takes them (newline- or comma-separated). Empty means the contract's `data.features`; else, when every model input is named after a column, one column each; else every column but the label, in file order.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md): declared inputs, outputs, labels, columns and gates, checked against the candidate's real signature and the data. Empty means `model-contract.yaml` (or `.yml`) in the working directory when there is one; `none` skips it.", default: "", required: false }, gates: { description: "Metric gates, as a YAML/JSON file or inline YAML, e.g. `{accuracy: {threshold: 0.85, min_relative_change: 0.0}, log_loss: {threshold: 0.4}}`. Per metric: `threshold`, `min_absolute_change`, `min_relative_change` (vs the champion) and `greater_is_better` (inferred for built-in metrics), with MLflow's semantics, and `significance_level` (fail only when significantly worse than the champion on these rows: McNemar's exact test for accuracy, a paired bootstrap for roc_auc, rmse, mse, mae, r2). They replace the contract's gates for the same metric.", default: "", required: false }, "default-gate": { description: "`auto`: with a champion and no gate that compares with it, the primary metric (roc_auc when both models give probabilities, else accuracy; rmse for regression) must not be significantly worse than the champion's (`significance_level: 0.05`). `none`: no default gate.", default: "auto", required: false }, task: { description: "`auto` (from the contract, else the model's outputs), `binary`, `multiclass` or `regression`.", default: "auto", required: false }, "champion-missing": { description: "When there is no champion value for a gate that compares with it: `pass` skips that comparison (a first deployment ships on its absolute thresholds), `fail` fails it (MLflow's rule).", default: "pass", required: false }, "fail-on-gates": { description: "Fail the step when a gate fails or the contract is broken. `false` only reports (`passed` still says).", default: "true", required: false }, "batch-size": { description: "Rows per batch fed to the models.", default: "1024", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, for runners without access to the npm registry. Empty: an onnxruntime-node installed in the workspace, else the runner's tool cache, else the pinned package (1.30.0) downloaded once from the npm registry (NPM_CONFIG_REGISTRY honoured), checked against its pinned sha512, with only this platform's binary kept.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job evaluates batches i, i+n, i+2n, \u2026 of the data (every job still reads the whole file; inference, the expensive part, is split) and writes its partial result (output `partial`) instead of a verdict. For a matrix of n jobs over a holdout set too big for one runner; a last job merges them with `merge`.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged exactly, then gated and reported as one run. Models and data are not needed in this job; the contract's and `gates`' gates apply.", default: "", required: false }, "github-token": { description: "A token allowed to write pull-request comments (the `github.token` of the run, with `permissions: pull-requests: write`). When set on a pull request, the report is posted as one comment and updated in place on re-runs. Empty: no comment.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, passed: { description: "true when the contract holds and every gate passed." }, metrics: { description: 'Compact JSON: {"candidate": {metric: value}, "champion": {\u2026} or null, "deltas": {\u2026}}.' }, report: { description: "Path of report.json (every metric, the confusion matrices, the gate results and the contract differences)." }, "report-markdown": { description: "Path of report.md, the same as the job summary." } } } };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch2) => escapeChars[ch2]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy2 = new _Directives(this.yaml, this.tags);
        copy2.docStart = this.docStart;
        return copy2;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy2.schema = schema;
        copy2.items = copy2.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str2, indent, comment2) => str2.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str2.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch2; ch2 = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch2 === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch2 === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch2 === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch2;
                ch2 = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch2;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold3 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold3 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold3])
            res += `${text[fold3]}\\`;
          res += `
${indent}${text.slice(fold3 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch2 = text[start];
      while (ch2 === " " || ch2 === "	") {
        if (i < start + indent) {
          ch2 = text[++i];
        } else {
          do {
            ch2 = text[++i];
          } while (ch2 && ch2 !== "\n");
          end = i;
          start = i + 1;
          ch2 = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch2 = json2[i]; ch2; ch2 = json2[++i]) {
        if (ch2 === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch2 = "\\";
        }
        if (ch2 === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code2 = json2.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString2(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString2(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch2 = value[endStart - 1];
        if (ch2 !== "\n" && ch2 !== "	" && ch2 !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch2 = value[startEnd];
        if (ch2 === " ")
          startWithSpace = true;
        else if (ch2 === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString2(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString2(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString2(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString2(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString2(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string2 = require_string();
    var bool3 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq2.seq,
      string2.string,
      _null.nullTag,
      bool3.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool3 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq2.seq,
      string2.string,
      _null.nullTag,
      bool3.trueTag,
      bool3.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string2 = require_string();
    var bool3 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq2.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool3.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq2.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var map = require_map();
    var seq2 = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy2 = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy2.tags = this.tags.slice();
        return copy2;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy2 = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy2.commentBefore = this.commentBefore;
        copy2.comment = this.comment;
        copy2.errors = this.errors.slice();
        copy2.warnings = this.warnings.slice();
        copy2.options = Object.assign({}, this.options);
        if (this.directives)
          copy2.directives = this.directives.clone();
        copy2.schema = this.schema.clone();
        copy2.contents = identity.isNode(this.contents) ? this.contents.clone(copy2.schema) : this.contents;
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment2)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf2 = content[content.length - 1] === "\r";
        if (crlf2)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf2 ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch2 = source[i];
        if (!chomp && (ch2 === "-" || ch2 === "+"))
          chomp = ch2;
        else {
          const n = Number(ch2);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch2 = source[i];
        if (ch2 === "\r" && source[i + 1] === "\n")
          continue;
        if (ch2 === "\n") {
          const { fold: fold3, offset } = foldNewline(source, i);
          res += fold3;
          i = offset;
        } else if (ch2 === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch2 === " " || ch2 === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch2;
        } else {
          res += ch2;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold3 = "";
      let ch2 = source[offset + 1];
      while (ch2 === " " || ch2 === "	" || ch2 === "\n" || ch2 === "\r") {
        if (ch2 === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch2 === "\n")
          fold3 += "\n";
        offset += 1;
        ch2 = source[offset + 1];
      }
      if (!fold3)
        fold3 = " ";
      return { fold: fold3, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var cst = require_cst();
    function isEmpty(ch2) {
      switch (ch2) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch2) => !ch2 || invalidAnchorChars.has(ch2);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch2 = this.buffer[i];
        while (ch2 === " " || ch2 === "	")
          ch2 = this.buffer[++i];
        if (!ch2 || ch2 === "#" || ch2 === "\n")
          return true;
        if (ch2 === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch2 = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch2 === " ")
            ch2 = this.buffer[++indent + offset];
          if (ch2 === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch2 === "\n" || indent >= this.indentNext || !ch2 && !this.atEnd ? offset + indent : -1;
        }
        if (ch2 === "-" || ch2 === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch2 = line[cs - 1];
            if (ch2 === " " || ch2 === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch2 = line[dirEnd - 1];
            if (ch2 === " " || ch2 === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch2 = this.charAt(0);
        if (!ch2 && !this.atEnd)
          return this.setNext("line-start");
        if (ch2 === "-" || ch2 === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch2 = this.buffer[++i];
          if (ch2 === "+")
            this.blockScalarKeep = true;
          else if (ch2 > "0" && ch2 <= "9")
            this.blockScalarIndent = Number(ch2) - 1;
          else if (ch2 !== "-")
            break;
        }
        return yield* this.pushUntil((ch2) => isEmpty(ch2) || ch2 === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch2;
        loop: for (let i2 = this.pos; ch2 = this.buffer[i2]; ++i2) {
          switch (ch2) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch2 && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch2 = this.buffer[i];
        while (ch2 === " ")
          ch2 = this.buffer[++i];
        if (ch2 === "	") {
          while (ch2 === "	" || ch2 === " " || ch2 === "\r" || ch2 === "\n")
            ch2 = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch3 = this.buffer[i2];
            if (ch3 === "\r")
              ch3 = this.buffer[--i2];
            const lastChar = i2;
            while (ch3 === " ")
              ch3 = this.buffer[--i2];
            if (ch3 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch2;
        while (ch2 = this.buffer[++i]) {
          if (ch2 === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch2)) {
            let next = this.buffer[i + 1];
            if (ch2 === "\r") {
              if (next === "\n") {
                i += 1;
                ch2 = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch2 === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch2))
              break;
            end = i;
          }
        }
        if (!ch2 && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch2 = this.buffer[i];
          while (!isEmpty(ch2) && ch2 !== ">")
            ch2 = this.buffer[++i];
          return yield* this.pushToIndex(ch2 === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch2 = this.buffer[i];
          while (ch2) {
            if (tagChars.has(ch2))
              ch2 = this.buffer[++i];
            else if (ch2 === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch2 = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch2 = this.buffer[this.pos];
        if (ch2 === "\n")
          return yield* this.pushCount(1);
        else if (ch2 === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch2;
        do {
          ch2 = this.buffer[++i];
        } while (ch2 === " " || allowTabs && ch2 === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch2 = this.buffer[i];
        while (!test(ch2))
          ch2 = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_ACTION_META();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// lint-dockerfile-entry.ts
init_define_ACTION_META();

// src/common/action.ts
init_define_ACTION_META();

// src/common/errors.ts
init_define_ACTION_META();
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
init_define_ACTION_META();
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
  annotate(level2, message, props = {}) {
    this.write(command(level2, { file: props.file, line: props.line, endLine: props.endLine, col: props.col, title: props.title }, message));
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

// src/actions/lint-dockerfile.ts
init_define_ACTION_META();

// src/common/inputs.ts
init_define_ACTION_META();

// src/common/fsutil.ts
init_define_ACTION_META();
import { mkdirSync, mkdtempSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var code = (e) => e?.code ?? "";
var stat = (p) => {
  try {
    return statSync(p);
  } catch (e) {
    if (code(e) === "ENOENT" || code(e) === "ENOTDIR") return null;
    throw e;
  }
};
function existingAncestor(path) {
  let p = path;
  while (!stat(p) && dirname(p) !== p) p = dirname(p);
  return p;
}
var REASONS = {
  EACCES: "permission denied",
  EPERM: "the operating system does not allow it",
  EROFS: "it is on a read-only file system",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of it is a file, not a folder",
  // /proc and /sys answer ENOENT when asked to create a file in a folder that exists.
  ENOENT: "that location does not accept new files",
  EEXIST: "a file of that name is in the way",
  EINVAL: "that location does not accept files"
};
function writeError(e, path, subject) {
  const c = code(e);
  if (!c || e instanceof ConfigurationError) return e;
  if (c === "ENOSPC" || c === "EDQUOT") {
    const input = subject.replace(/^input /, "");
    return new ServiceError(`no space left to write ${path} (${c}); nothing was kept. Free some space, or point ${input} at a larger disk.`);
  }
  return new ConfigurationError(subject, path, `cannot be written: ${REASONS[c] ?? e.message} (${c}). Give a path this job may write, such as one under $RUNNER_TEMP.`);
}
function checkWritable(subject, value, cwd, kind) {
  const path = resolve(cwd, value);
  const fail = (fix) => new ConfigurationError(subject, value, fix);
  const file = kind === "file" || kind === "file or device";
  if (file && /[\\/]$/.test(value)) throw fail("ends with a slash, so it names a folder. Give the path of a file, e.g. report.sarif.");
  const st = stat(path);
  if (st?.isDirectory() && file) throw fail(`is a folder (${path}). Give the path of a file inside it.`);
  if (st?.isFile() && kind === "folder") throw fail(`is a file (${path}), not a folder. Give a folder path, or remove the file.`);
  if (st && !st.isFile() && !st.isDirectory()) {
    if (kind === "file or device") return path;
    const what = kind === "folder" ? "folder" : "file";
    throw fail(`is a device or other special file (${path}), not a ${what}. Give a ${what} path.`);
  }
  const dir = st?.isDirectory() ? path : existingAncestor(dirname(path));
  if (!stat(dir)?.isDirectory()) throw fail(`cannot be created: ${dir} is a file, not a folder. Give a path whose folders are folders.`);
  try {
    rmdirSync(mkdtempSync(join(dir, ".model-cd-write-check-")));
  } catch (e) {
    throw writeError(e, value, subject);
  }
  return path;
}
function makeDirs(dir) {
  const missing = [];
  for (let p = dir; !stat(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) mkdirSync(p);
}
function writeFileAtomic(path, data, subject = "the file") {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    makeDirs(dirname(path));
    const st = stat(path);
    if (st && !st.isFile() && !st.isDirectory()) {
      writeFileSync(path, data);
      return;
    }
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } catch (e) {
    throw writeError(e, path, subject);
  }
}

// src/common/meta.ts
init_define_ACTION_META();
function actionMeta(name) {
  const meta = define_ACTION_META_default[name];
  if (!meta) throw new Error(`no action.yml was embedded for action "${name}"`);
  return meta;
}

// src/common/inputs.ts
var string = () => ({ kind: "string" });
var list = () => ({ kind: "list" });
var bool = () => ({ kind: "bool" });
var output = (writes) => ({ kind: "output", writes });
var oneOf = (values) => ({ kind: "enum", values });
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
    if (kind.kind === "output" && raw.trim()) checkWritable(`input \`${name}\``, raw.trim(), io.cwd, kind.writes);
  }
  return out;
}
function convert(name, k, raw) {
  const subject = `input \`${name}\``;
  switch (k.kind) {
    case "string":
    case "output":
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

// src/lint/format/formats.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
var FORMATS = ["tty", "json", "sarif", "checkstyle", "codeclimate", "gitlab_codeclimate"];
function formatReport(format, results, rules, version, color = false) {
  switch (format) {
    case "tty":
      return tty(results, color);
    case "json":
      return json(results);
    case "checkstyle":
      return checkstyle(results);
    case "codeclimate":
      return codeclimate(results, false);
    case "gitlab_codeclimate":
      return codeclimate(results, true);
    case "sarif":
      return JSON.stringify(sarif(results, rules, version), null, 2) + "\n";
  }
}
var COLORS = { error: "\x1B[1;91m", warning: "\x1B[1;93m", info: "\x1B[92m", style: "\x1B[92m", ignore: "" };
function tty(results, color) {
  const lines = [];
  for (const r of results) {
    for (const f of r.findings) {
      const level2 = color ? `${COLORS[f.severity]}${f.severity}\x1B[0m` : f.severity;
      lines.push(`${r.file}:${f.line} ${f.code} ${level2}: ${f.message}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
function json(results) {
  const rows = results.flatMap(
    (r) => r.findings.map((f) => ({ code: f.code, column: f.column, file: r.file, level: f.severity, line: f.line, message: f.message }))
  );
  return JSON.stringify(rows) + "\n";
}
function xmlEscape(s) {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]);
}
function checkstyle(results) {
  let out = `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
`;
  for (const r of results) {
    out += `  <file name="${xmlEscape(r.file)}">
`;
    for (const f of r.findings) {
      out += `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${xmlEscape(f.message)}" source="${xmlEscape(f.code)}"/>
`;
    }
    out += `  </file>
`;
  }
  return out + `</checkstyle>
`;
}
var IMPACT = { error: "blocker", warning: "major", info: "info", style: "minor", ignore: "" };
function codeclimate(results, gitlab) {
  const issues = results.flatMap(
    (r) => r.findings.map((f) => {
      const base = {
        categories: ["Bug Risk"],
        check_name: f.code,
        description: f.message,
        location: { lines: { begin: f.line, end: f.line }, path: r.file },
        severity: IMPACT[f.severity],
        type: "issue"
      };
      if (!gitlab) return base;
      const fingerprint = createHash("sha1").update(JSON.stringify(base)).digest("hex");
      const { categories, check_name, description, ...rest } = base;
      return { categories, check_name, description, fingerprint, ...rest };
    })
  );
  return gitlab ? JSON.stringify(issues) + "\n" : issues.map((i) => JSON.stringify(i) + "\0").join("");
}
var SARIF_LEVEL = {
  error: "error",
  warning: "warning",
  info: "note",
  style: "note",
  ignore: "none"
};
function sarif(results, rules, version) {
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const descriptors = used.map((code2) => {
    const meta = rules.get(code2);
    const text = meta?.message ?? (code2.startsWith("SC") ? `ShellCheck ${code2}` : code2);
    const uri2 = meta?.helpUri ?? helpUri(code2);
    const why = meta?.rationale ? `

${meta.rationale}` : "";
    return {
      id: code2,
      shortDescription: { text },
      fullDescription: { text: text + why },
      // GitHub code scanning requires a help text; it shows it beside the alert.
      help: { text: `${text}${why}

Documentation: ${uri2}`, markdown: `${text}${why}

[${code2} documentation](${uri2})` },
      helpUri: uri2,
      defaultConfiguration: { level: SARIF_LEVEL[meta?.severity ?? "warning"] },
      properties: { tags: [code2.startsWith("SC") ? "shell" : "dockerfile"] }
    };
  });
  const index = new Map(used.map((c, i) => [c, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "model-cd lint-dockerfile",
            informationUri: "https://github.com/model-cd/model-cd",
            version,
            semanticVersion: version,
            rules: descriptors
          }
        },
        results: results.flatMap(
          (r) => r.findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: index.get(f.code),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: { startLine: f.line, startColumn: f.column }
                }
              }
            ],
            partialFingerprints: { primaryLocationLineHash: createHash("sha256").update(`${r.file}:${f.code}:${f.message}`).digest("hex").slice(0, 16) }
          }))
        )
      }
    ]
  };
}
function toUri(file) {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
function helpUri(code2) {
  if (code2.startsWith("SC")) return `https://www.shellcheck.net/wiki/${code2}`;
  if (code2.startsWith("DL")) return `https://github.com/hadolint/hadolint/wiki/${code2}`;
  return `https://github.com/model-cd/model-cd/blob/main/docs/rules/${code2}.md`;
}

// src/lint/lint-step.ts
init_define_ACTION_META();
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join6, resolve as resolve6 } from "node:path";

// src/common/version.ts
init_define_ACTION_META();
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/common/which.ts
init_define_ACTION_META();
import { accessSync, constants, statSync as statSync2 } from "node:fs";
import { delimiter, join as join2 } from "node:path";
function which(name, env) {
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = join2(dir, name + ext);
      try {
        if (!statSync2(p).isFile()) continue;
        accessSync(p, constants.X_OK);
        return p;
      } catch {
      }
    }
  }
  return null;
}

// src/lint/files.ts
init_define_ACTION_META();
import { existsSync, statSync as statSync4 } from "node:fs";
import { basename, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// src/common/glob.ts
init_define_ACTION_META();
import { readdirSync, statSync as statSync3 } from "node:fs";
import { join as join3, relative, resolve as resolve2, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
function isGlob(pattern) {
  return /[*?[{]/.test(pattern);
}
function globToRegExp(pattern, subject = "pattern") {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        if (pattern[i + 2] === "/") {
          re += "(?:.*/)?";
          i += 2;
        } else {
          re += ".*";
          i++;
        }
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += "(?:" + pattern.slice(i + 1, end).split(",").map(escapeRe).join("|") + ")";
        i = end;
      }
    } else if (c === "[") {
      const end = pattern.indexOf("]", i);
      if (end < 0) re += "\\[";
      else {
        const cls = "[" + pattern.slice(i + 1, end).replace(/^!/, "^") + "]";
        checkClass(cls, pattern.slice(i, end + 1), pattern, subject);
        re += cls;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}
function checkClass(cls, typed, pattern, subject) {
  try {
    new RegExp(cls);
  } catch {
    throw new ConfigurationError(subject, pattern, `has the invalid character class ${typed}: a range runs from the lower character to the higher. Write it that way, e.g. [a-z] or [0-9].`);
  }
}
function escapeRe(s) {
  return s.replace(/[.+^$()|\\\]]/g, "\\$&");
}
function staticPrefix(pattern) {
  const parts = pattern.split("/");
  const fixed = [];
  for (const p of parts.slice(0, -1)) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.join("/");
}
function expandGlobs(patterns, cwd, subject = "pattern") {
  const byRoot = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const normalized = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
    const root = resolve2(cwd, staticPrefix(normalized) || ".");
    byRoot.set(root, [...byRoot.get(root) ?? [], globToRegExp(normalized, subject)]);
  }
  const out = /* @__PURE__ */ new Set();
  for (const [root, res] of byRoot) {
    walk(root, (file) => {
      const rel = relative(cwd, file).split(sep).join("/");
      if (res.some((re) => re.test(rel))) out.add(rel);
    });
  }
  return [...out].sort();
}
function walk(dir, onFile) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join3(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, onFile);
    } else if (e.isFile()) onFile(p);
    else if (e.isSymbolicLink()) {
      try {
        if (statSync3(p).isFile()) onFile(p);
      } catch {
      }
    }
  }
}

// src/lint/files.ts
function looksLikeDockerfile(name) {
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /\.(Dockerfile|dockerfile|Containerfile)$/.test(name);
}
function resolveFiles(patterns, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (const f of expandGlobs(patterns.filter(isGlob), cwd, "input `files`")) found.add(f);
  for (const pattern of patterns) {
    if (isGlob(pattern)) continue;
    if (pattern === "-") {
      found.add("-");
      continue;
    }
    const abs = resolve3(cwd, pattern);
    if (!existsSync(abs)) {
      throw new ConfigurationError("input `files`", pattern, `does not exist (looked in ${relative2(cwd, abs) === pattern ? "the working directory" : abs}). Give a path to a Dockerfile, a folder or a glob such as \`**/Dockerfile\`.`);
    }
    if (statSync4(abs).isDirectory()) {
      walk(abs, (f) => {
        if (looksLikeDockerfile(basename(f))) found.add(display(f, cwd));
      });
    } else found.add(display(abs, cwd));
  }
  if (found.size === 0) {
    throw new ConfigurationError("input `files`", patterns.join(", "), "matched no Dockerfile. Give the path of your Dockerfile or a glob that matches it, e.g. `docker/**/Dockerfile`.");
  }
  return [...found].sort();
}
function display(abs, cwd) {
  const rel = relative2(cwd, abs);
  return rel.startsWith("..") ? abs : rel.split(sep2).join("/");
}

// src/lint/lint.ts
init_define_ACTION_META();

// src/lint/pragma.ts
init_define_ACTION_META();
var PRAGMA = /^[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([A-Z0-9]+(?:[ \t]*,[ \t]*[A-Z0-9]+)*)[ \t]*(?:#.*)?$/;
var SHELL_PRAGMA = /^[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*([^\s]+)[ \t]*(?:#.*)?$/;
function parseIgnorePragma(text, line) {
  const m = PRAGMA.exec(text);
  if (!m) return null;
  const codes = m[2].split(",").map((c) => c.trim());
  const scope = m[1] === "global" ? "global" : m[1] === "stage" ? "stage" : "line";
  return { scope, codes, line };
}
function parseShellPragma(text) {
  return SHELL_PRAGMA.exec(text)?.[1] ?? null;
}
function ignorePragmas(file) {
  const out = [];
  for (const c of file.comments) {
    const p = parseIgnorePragma(c.text, c.line);
    if (p) out.push(p);
  }
  return out;
}
function pragmaFilter(file) {
  const byLine = /* @__PURE__ */ new Map();
  const byStage = /* @__PURE__ */ new Map();
  const global = /* @__PURE__ */ new Set();
  const pragmas = ignorePragmas(file);
  for (const p of pragmas) {
    if (p.scope === "global") for (const c of p.codes) global.add(c);
    else if (p.scope === "line") byLine.set(p.line + 1, new Set(p.codes));
    else byStage.set(p.line + 1, new Set(p.codes));
  }
  for (const inst of file.instructions) {
    if (inst.keyword === "FROM" && !byStage.has(inst.line)) byStage.set(inst.line, /* @__PURE__ */ new Set());
  }
  const stageStarts = [...byStage.keys()].sort((a, b) => a - b);
  return (line, code2) => {
    if (global.has(code2) || byLine.get(line)?.has(code2)) return true;
    let lo = 0;
    let hi = stageStarts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (stageStarts[mid] < line) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? stageStarts[lo - 1] : 0;
    return byStage.get(start)?.has(code2) ?? false;
  };
}

// src/lint/rule.ts
init_define_ACTION_META();

// src/lint/shell/commands.ts
init_define_ACTION_META();

// src/lint/shell/parse.ts
init_define_ACTION_META();
var ShellSyntaxError = class extends Error {
};
var RESERVED_END = /* @__PURE__ */ new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
var META = /* @__PURE__ */ new Set([" ", "	", "\n", ";", "&", "|", "(", ")", "<", ">"]);
var MAX_DEPTH = 200;
function parseShell(text) {
  return new Parser(text).parseTop();
}
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  pos = 0;
  depth = 0;
  pendingHeredocs = [];
  parseTop() {
    const script = this.parseList(/* @__PURE__ */ new Set());
    this.skipBlank();
    if (this.pos < this.src.length) this.fail(`unexpected '${this.src[this.pos]}'`);
    return script;
  }
  fail(msg) {
    throw new ShellSyntaxError(`${msg} at offset ${this.pos}`);
  }
  peek(offset = 0) {
    return this.src[this.pos + offset] ?? "";
  }
  startsWith(s) {
    return this.src.startsWith(s, this.pos);
  }
  /** Spaces, tabs, line continuations and comments, but not newlines. */
  skipSpaces() {
    for (; ; ) {
      const c = this.peek();
      if (c === " " || c === "	" || c === "\r") this.pos++;
      else if (c === "\\" && this.peek(1) === "\n") this.pos += 2;
      else if (c === "#") {
        while (this.pos < this.src.length && this.peek() !== "\n") this.pos++;
      } else return;
    }
  }
  /** Spaces and newlines (reading any here-document bodies the newlines end). */
  skipBlank() {
    for (; ; ) {
      this.skipSpaces();
      if (this.peek() === "\n") this.newline();
      else return;
    }
  }
  newline() {
    this.pos++;
    const docs = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const doc of docs) this.readHeredocBody(doc.delim, doc.strip);
  }
  readHeredocBody(delim, strip) {
    while (this.pos < this.src.length) {
      let end = this.src.indexOf("\n", this.pos);
      if (end < 0) end = this.src.length;
      let line = this.src.slice(this.pos, end);
      this.pos = Math.min(end + 1, this.src.length);
      if (strip) line = line.replace(/^\t+/, "");
      if (line.replace(/\r$/, "") === delim) return;
    }
  }
  /** The next bare word, if it is one of `words`, without consuming it. */
  peekReserved() {
    const m = /^[a-z]+|^[{}!]|^\[\[|^\]\]/.exec(this.src.slice(this.pos, this.pos + 10));
    if (!m) return null;
    const after = this.src[this.pos + m[0].length] ?? "";
    if (after !== "" && !META.has(after)) return null;
    return m[0];
  }
  expectReserved(word2) {
    this.skipBlank();
    if (this.peekReserved() !== word2) this.fail(`expected '${word2}'`);
    this.pos += word2.length;
  }
  parseList(terminators) {
    if (++this.depth > MAX_DEPTH) this.fail("nesting too deep");
    const items = [];
    for (; ; ) {
      this.skipBlank();
      if (this.pos >= this.src.length) break;
      const c = this.peek();
      if (c === ")" || c === ";" && this.peek(1) === ";") break;
      const word2 = this.peekReserved();
      if (word2 !== null && (RESERVED_END.has(word2) || terminators.has(word2))) break;
      const item = this.parseAndOr();
      items.push(item);
      this.skipSpaces();
      const sep3 = this.peek();
      if (sep3 === ";" && this.peek(1) !== ";") this.pos++;
      else if (sep3 === "&" && this.peek(1) !== "&") {
        item.background = true;
        this.pos++;
      } else if (sep3 === "\n") this.newline();
      else break;
    }
    this.depth--;
    return { items };
  }
  parseAndOr() {
    const pipelines = [this.parsePipeline()];
    const ops = [];
    for (; ; ) {
      this.skipSpaces();
      if (this.startsWith("&&") || this.startsWith("||")) {
        ops.push(this.src.slice(this.pos, this.pos + 2));
        this.pos += 2;
        this.skipBlank();
        pipelines.push(this.parsePipeline());
      } else break;
    }
    return { pipelines, ops, background: false };
  }
  parsePipeline() {
    this.skipSpaces();
    let bang = false;
    if (this.peekReserved() === "!") {
      bang = true;
      this.pos++;
      this.skipSpaces();
    }
    if (this.peekReserved() === "time") {
      this.pos += 4;
      this.skipSpaces();
      if (this.startsWith("-p") && META.has(this.peek(2) || " ")) this.pos += 2;
      this.skipSpaces();
    }
    const commands = [this.parseCommand()];
    for (; ; ) {
      this.skipSpaces();
      if (this.peek() === "|" && this.peek(1) !== "|") {
        this.pos += this.peek(1) === "&" ? 2 : 1;
        this.skipBlank();
        commands.push(this.parseCommand());
      } else break;
    }
    return { bang, commands };
  }
  parseCommand() {
    this.skipSpaces();
    const c = this.peek();
    if (c === "(") {
      if (this.peek(1) === "(") return this.withRedirects(this.parseArithCommand());
      this.pos++;
      const body = this.parseList(/* @__PURE__ */ new Set());
      this.skipBlank();
      if (this.peek() !== ")") this.fail("expected ')'");
      this.pos++;
      return this.withRedirects(compound("subshell", [body]));
    }
    switch (this.peekReserved()) {
      case "{": {
        this.pos++;
        const body = this.parseList(/* @__PURE__ */ new Set());
        this.expectReserved("}");
        return this.withRedirects(compound("group", [body]));
      }
      case "if":
        return this.withRedirects(this.parseIf());
      case "for":
        return this.withRedirects(this.parseFor());
      case "while":
      case "until":
        return this.withRedirects(this.parseWhile());
      case "case":
        return this.withRedirects(this.parseCase());
      case "[[":
        return this.withRedirects(this.parseCond());
      case "function":
        return this.parseFunction(true);
    }
    const fn = /^([A-Za-z_][\w.:-]*)[ \t]*\([ \t]*\)/.exec(this.src.slice(this.pos, this.pos + 200));
    if (fn) {
      return this.parseFunction(false);
    }
    return this.parseSimple();
  }
  withRedirects(cmd) {
    for (; ; ) {
      this.skipSpaces();
      const r = this.tryRedirect();
      if (!r) return cmd;
      cmd.redirects.push(r);
    }
  }
  parseFunction(keyword) {
    if (keyword) {
      this.pos += "function".length;
      this.skipSpaces();
    }
    while (this.pos < this.src.length && !META.has(this.peek())) this.pos++;
    this.skipSpaces();
    if (this.peek() === "(") {
      this.pos++;
      this.skipSpaces();
      if (this.peek() !== ")") this.fail("expected ')'");
      this.pos++;
    }
    this.skipBlank();
    const body = this.parseCommand();
    return compound("function", [{ items: [{ pipelines: [{ bang: false, commands: [body] }], ops: [], background: false }] }]);
  }
  parseIf() {
    this.pos += 2;
    const bodies = [this.parseList(/* @__PURE__ */ new Set(["then"]))];
    this.expectReserved("then");
    bodies.push(this.parseList(/* @__PURE__ */ new Set()));
    for (; ; ) {
      this.skipBlank();
      const w = this.peekReserved();
      if (w === "elif") {
        this.pos += 4;
        bodies.push(this.parseList(/* @__PURE__ */ new Set(["then"])));
        this.expectReserved("then");
        bodies.push(this.parseList(/* @__PURE__ */ new Set()));
      } else if (w === "else") {
        this.pos += 4;
        bodies.push(this.parseList(/* @__PURE__ */ new Set()));
      } else break;
    }
    this.expectReserved("fi");
    return compound("if", bodies);
  }
  parseFor() {
    this.pos += 3;
    this.skipSpaces();
    const words2 = [];
    if (this.startsWith("((")) {
      this.readArith();
    } else {
      this.readWord();
      this.skipBlank();
      if (this.peekReserved() === "in") {
        this.pos += 2;
        for (; ; ) {
          this.skipSpaces();
          const c = this.peek();
          if (c === ";" || c === "\n" || c === "") break;
          words2.push(this.readWord());
        }
      }
    }
    this.skipSpaces();
    if (this.peek() === ";") this.pos++;
    this.skipBlank();
    const body = this.parseDoBody();
    return { ...compound("for", [body]), words: words2 };
  }
  parseWhile() {
    const kind = this.peekReserved();
    this.pos += kind.length;
    const cond = this.parseList(/* @__PURE__ */ new Set(["do"]));
    this.skipBlank();
    const body = this.parseDoBody();
    return compound(kind, [cond, body]);
  }
  parseDoBody() {
    if (this.peekReserved() === "{") {
      this.pos++;
      const body2 = this.parseList(/* @__PURE__ */ new Set());
      this.expectReserved("}");
      return body2;
    }
    this.expectReserved("do");
    const body = this.parseList(/* @__PURE__ */ new Set());
    this.expectReserved("done");
    return body;
  }
  parseCase() {
    this.pos += 4;
    this.skipSpaces();
    const words2 = [this.readWord()];
    this.expectReserved("in");
    const bodies = [];
    for (; ; ) {
      this.skipBlank();
      if (this.peekReserved() === "esac") break;
      if (this.pos >= this.src.length) this.fail("expected 'esac'");
      if (this.peek() === "(") this.pos++;
      for (; ; ) {
        this.skipSpaces();
        words2.push(this.readWord());
        this.skipSpaces();
        if (this.peek() === "|") this.pos++;
        else break;
      }
      if (this.peek() !== ")") this.fail("expected ')' in case pattern");
      this.pos++;
      bodies.push(this.parseList(/* @__PURE__ */ new Set()));
      this.skipBlank();
      if (this.startsWith(";;&")) this.pos += 3;
      else if (this.startsWith(";;") || this.startsWith(";&")) this.pos += 2;
    }
    this.pos += 4;
    return { ...compound("case", bodies), words: words2 };
  }
  parseCond() {
    this.pos += 2;
    const words2 = [];
    for (; ; ) {
      this.skipBlank();
      if (this.peekReserved() === "]]") {
        this.pos += 2;
        break;
      }
      if (this.pos >= this.src.length) this.fail("expected ']]'");
      const c = this.peek();
      if (c === "(" || c === ")" || c === "<" || c === ">" || c === "!") {
        this.pos++;
      } else if (this.startsWith("&&") || this.startsWith("||")) {
        this.pos += 2;
      } else {
        words2.push(this.readWord());
      }
    }
    return { ...compound("cond", []), words: words2 };
  }
  parseArithCommand() {
    this.readArith();
    return compound("arith", []);
  }
  /** Skips `(( ... ))` with balanced parentheses and returns the inner text. */
  readArith() {
    const start = this.pos + 2;
    this.pos = start;
    let depth = 2;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return this.src.slice(start, this.pos - 2);
    }
    return this.fail("unterminated arithmetic");
  }
  parseSimple() {
    const cmd = { type: "simple", assigns: [], words: [], redirects: [] };
    for (; ; ) {
      this.skipSpaces();
      const r = this.tryRedirect();
      if (r) {
        cmd.redirects.push(r);
        continue;
      }
      const c = this.peek();
      if (c === "" || c === "\n" || c === ";" || c === "&" || c === "|" || c === ")") break;
      if (c === "(") this.fail("unexpected '('");
      if (cmd.words.length === 0 && this.isAssignment()) {
        cmd.assigns.push(this.readAssignment());
        continue;
      }
      cmd.words.push(this.readWord());
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) {
      this.fail(this.pos >= this.src.length ? "unexpected end of script" : `unexpected '${this.peek()}'`);
    }
    return cmd;
  }
  isAssignment() {
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.exec(this.src.slice(this.pos, this.pos + 256));
    return m !== null;
  }
  readAssignment() {
    const start = this.pos;
    const eq = this.src.indexOf("=", this.pos);
    this.pos = eq + 1;
    if (this.peek() === "(") {
      this.pos++;
      for (; ; ) {
        this.skipBlank();
        if (this.peek() === ")") {
          this.pos++;
          break;
        }
        if (this.pos >= this.src.length) this.fail("expected ')'");
        this.readWord();
      }
      return { parts: [{ kind: "lit", text: this.src.slice(start, this.pos) }], start };
    }
    const value = META.has(this.peek()) || this.peek() === "" ? { parts: [], start: this.pos } : this.readWord();
    return { parts: [{ kind: "lit", text: this.src.slice(start, eq + 1) }, ...value.parts], start };
  }
  tryRedirect() {
    const m = /^(\d+|\{[A-Za-z_]\w*\})?(<<<|<<-|<<|>>|<&|>&|<>|>\||&>>|&>|<|>)/.exec(this.src.slice(this.pos, this.pos + 40));
    if (!m) return null;
    const after = this.src[this.pos + m[0].length];
    if ((m[2] === "<" || m[2] === ">") && !m[1] && after === "(") return null;
    this.pos += m[0].length;
    const op = m[2];
    this.skipSpaces();
    if (op === "<<" || op === "<<-") {
      const word2 = this.readWord();
      const delim = word2.parts.map(partText).join("");
      this.pendingHeredocs.push({ delim, strip: op === "<<-" });
      return { op, target: word2 };
    }
    if ((op === "<&" || op === ">&") && (this.peek() === "-" || /\d/.test(this.peek()))) {
      while (/[\d-]/.test(this.peek())) this.pos++;
      return { op, target: null };
    }
    const c = this.peek();
    if (c === "" || c === "\n" || c === ";" || c === "&" || c === "|" || c === ")") this.fail(`expected a file after '${op}'`);
    return { op, target: this.readWord() };
  }
  /** Reads one word: everything up to an unquoted metacharacter. */
  readWord() {
    const start = this.pos;
    const parts = [];
    let lit = "";
    const flush = () => {
      if (lit) parts.push({ kind: "lit", text: lit });
      lit = "";
    };
    for (; ; ) {
      const c = this.peek();
      if (c === "") break;
      if (META.has(c)) {
        if ((c === "<" || c === ">") && this.peek(1) === "(") {
          flush();
          this.pos += 2;
          const body = this.parseList(/* @__PURE__ */ new Set());
          this.skipBlank();
          if (this.peek() !== ")") this.fail("expected ')'");
          this.pos++;
          parts.push({ kind: "procsub", body });
          continue;
        }
        if (c === "(" && /[@!?*+]$/.test(lit)) {
          lit += this.readBalanced("(", ")");
          continue;
        }
        break;
      }
      if (c === "\\") {
        if (this.peek(1) === "\n") this.pos += 2;
        else {
          lit += this.peek(1);
          this.pos += 2;
        }
        continue;
      }
      if (c === "'") {
        flush();
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) this.fail("unterminated single quote");
        parts.push({ kind: "single", text: this.src.slice(this.pos + 1, end) });
        this.pos = end + 1;
        continue;
      }
      if (c === '"') {
        flush();
        this.pos++;
        parts.push({ kind: "double", parts: this.readDoubleQuoted() });
        continue;
      }
      if (c === "`") {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === "$") {
        const part = this.readDollar();
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
        lit += "$";
        this.pos++;
        continue;
      }
      if (c === "{") {
        const brace = /^\{[^\s{}]*,[^\s{}]*\}/.exec(this.src.slice(this.pos, this.pos + 500));
        if (brace) {
          flush();
          parts.push({ kind: "brace", text: brace[0] });
          this.pos += brace[0].length;
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    if (this.pos === start) this.fail(`unexpected '${this.peek() || "end of script"}'`);
    return { parts, start };
  }
  readBalanced(open, close) {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === "\\") this.pos++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return this.src.slice(start, this.pos);
    }
    return this.fail(`unterminated '${open}'`);
  }
  readDoubleQuoted() {
    const parts = [];
    let lit = "";
    const flush = () => {
      if (lit) parts.push({ kind: "lit", text: lit });
      lit = "";
    };
    for (; ; ) {
      const c = this.peek();
      if (c === "") this.fail("unterminated double quote");
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = this.peek(1);
        if (n === "\n") this.pos += 2;
        else if (n === "$" || n === "`" || n === '"' || n === "\\") {
          lit += n;
          this.pos += 2;
        } else {
          lit += c;
          this.pos++;
        }
        continue;
      }
      if (c === "`") {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === "$") {
        const part = this.readDollar();
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
      }
      lit += c;
      this.pos++;
    }
    flush();
    return parts;
  }
  readBacktick() {
    let inner = "";
    this.pos++;
    for (; ; ) {
      const c = this.peek();
      if (c === "") this.fail("unterminated backtick");
      if (c === "`") {
        this.pos++;
        break;
      }
      if (c === "\\" && (this.peek(1) === "`" || this.peek(1) === "\\" || this.peek(1) === "$")) {
        inner += this.peek(1);
        this.pos += 2;
        continue;
      }
      inner += c;
      this.pos++;
    }
    return { kind: "cmdsub", body: parseNested(inner, this.depth), backtick: true };
  }
  /** `$...` at the cursor, or null when the dollar is a plain character. */
  readDollar() {
    const n = this.peek(1);
    if (n === "(" && this.peek(2) === "(") {
      this.pos++;
      return { kind: "arith", text: this.readArith() };
    }
    if (n === "(") {
      this.pos += 2;
      const body = this.parseList(/* @__PURE__ */ new Set());
      this.skipBlank();
      if (this.peek() !== ")") this.fail("expected ')' to close '$('");
      this.pos++;
      return { kind: "cmdsub", body, backtick: false };
    }
    if (n === "{") {
      this.pos++;
      const text = this.readBalanced("{", "}");
      return { kind: "param", text: text.slice(1, -1) };
    }
    if (n === "'") {
      this.pos += 2;
      let text = "";
      for (; ; ) {
        const c = this.peek();
        if (c === "") this.fail("unterminated quote");
        if (c === "'") {
          this.pos++;
          break;
        }
        if (c === "\\") {
          text += c + this.peek(1);
          this.pos += 2;
          continue;
        }
        text += c;
        this.pos++;
      }
      return { kind: "single", text };
    }
    if (n === '"') {
      this.pos += 2;
      return { kind: "double", parts: this.readDoubleQuoted() };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(this.src.slice(this.pos + 1, this.pos + 200));
    if (!m) return null;
    this.pos += 1 + m[0].length;
    return { kind: "param", text: m[0] };
  }
};
function parseNested(text, depth) {
  if (depth > MAX_DEPTH) throw new ShellSyntaxError("nesting too deep");
  return parseShell(text);
}
function compound(kind, bodies) {
  return { type: "compound", kind, bodies, words: [], redirects: [] };
}
function partText(p) {
  switch (p.kind) {
    case "lit":
    case "single":
      return p.text;
    case "double":
      return p.parts.map(partText).join("");
    default:
      return "";
  }
}

// src/lint/shell/commands.ts
function parseCommands(original) {
  let script;
  try {
    script = parseShell(original);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { original, valid: false, commands: [], hasPipes: false };
    throw e;
  }
  const state = { commands: [], pipes: false };
  walkScript(script, state);
  return { original, valid: true, commands: state.commands, hasPipes: state.pipes };
}
function walkScript(script, st) {
  for (const item of script.items) {
    for (const p of item.pipelines) {
      if (p.commands.length > 1) st.pipes = true;
      for (const c of p.commands) walkCommand(c, st);
    }
  }
}
function walkCommand(cmd, st) {
  if (cmd.type === "simple") {
    const c = toCommand(cmd.words);
    if (c) st.commands.push(c);
    for (const w of cmd.assigns) walkWord(w, st);
    for (const w of cmd.words) walkWord(w, st);
  } else {
    for (const w of cmd.words) walkWord(w, st);
    for (const b of cmd.bodies) walkScript(b, st);
  }
  for (const r of cmd.redirects) if (r.target) walkWord(r.target, st);
}
function walkWord(w, st) {
  for (const p of w.parts) walkPart(p, st);
}
function walkPart(p, st) {
  if (p.kind === "cmdsub" || p.kind === "procsub") walkScript(p.body, st);
  else if (p.kind === "double") for (const q of p.parts) walkPart(q, st);
}
function toCommand(words2) {
  const first = words2[0];
  if (!first) return null;
  let name = literal(first);
  if (name === null || name === "[") return null;
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (base === "busybox" || base === "builtin" || base === "command" || base === "run" || base === "exec") {
    const target = base === "exec" ? execTarget(words2.slice(1)) : words2[1];
    if (target) {
      const resolved = literal(target);
      if (resolved === null) return null;
      name = resolved;
    }
  }
  const args = words2.slice(1).map((w, i) => ({ arg: simplifyWord(w), id: i }));
  return { name, arguments: args, flags: flagsOf(args) };
}
function execTarget(words2) {
  for (let i = 0; i < words2.length; i++) {
    const text = literal(words2[i]);
    if (text === null || !text.startsWith("-") || text === "-") return words2[i];
    if (text === "--") return words2[i + 1];
    if (text.includes("a") && text.endsWith("a")) i++;
  }
  return void 0;
}
function literal(w) {
  let out = "";
  for (const p of w.parts) {
    const s = literalPart(p);
    if (s === null) return null;
    out += s;
  }
  return out;
}
function literalPart(p) {
  switch (p.kind) {
    case "lit":
    case "single":
      return p.text;
    case "double": {
      let out = "";
      for (const q of p.parts) {
        const s = literalPart(q);
        if (s === null) return null;
        out += s;
      }
      return out;
    }
    default:
      return null;
  }
}
function simplifyWord(w) {
  return w.parts.map(simplifyPart).join("");
}
function simplifyPart(p) {
  switch (p.kind) {
    case "lit":
    case "single":
      return p.text;
    case "double":
      return p.parts.map(simplifyPart).join("");
    case "param":
      return "${" + p.text + "}";
    case "cmdsub":
      return p.backtick ? "${VAR}" : "${" + simplifyScript(p.body) + "}";
    case "arith":
      return "${VAR}";
    case "procsub":
    case "brace":
      return "";
  }
}
function simplifyScript(s) {
  let out = "";
  for (const item of s.items) {
    const only = item.pipelines.length === 1 && !item.background ? item.pipelines[0] : void 0;
    const cmd = only && !only.bang && only.commands.length === 1 ? only.commands[0] : void 0;
    if (cmd?.type === "simple") out += cmd.words.map(simplifyWord).join("");
  }
  return out;
}
function flagsOf(args) {
  const flags = [];
  for (const { arg, id } of args) {
    if (arg === "--" || arg === "-") continue;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      flags.push({ arg: arg.slice(2, eq < 0 ? void 0 : eq), id });
    } else if (arg.startsWith("-")) {
      for (const ch2 of arg.slice(1)) flags.push({ arg: ch2, id });
    }
  }
  return flags;
}
var getArgs = (cmd) => cmd.arguments.map((a) => a.arg);
function cmdHasArgs(name, args, cmd) {
  return cmdsHaveArgs([name], args, cmd);
}
function cmdsHaveArgs(names, args, cmd) {
  return names.includes(cmd.name) && cmd.arguments.some((a) => args.includes(a.arg));
}
function cmdHasPrefixArg(name, prefix, cmd) {
  return cmd.name === name && cmd.arguments.some((a) => a.arg.startsWith(prefix));
}
function getArgsNoFlags(cmd) {
  const flagIds = new Set(cmd.flags.map((f) => f.id));
  return cmd.arguments.filter((a) => !flagIds.has(a.id)).map((a) => a.arg);
}
var countFlag = (flag, cmd) => cmd.flags.filter((f) => f.arg === flag).length;
var hasFlag = (flag, cmd) => countFlag(flag, cmd) > 0;
var hasAnyFlag = (flags, cmd) => cmd.flags.some((f) => flags.includes(f.arg));
var hasArg = (arg, cmd) => cmd.arguments.some((a) => a.arg === arg);
function valueId(flagId, args) {
  let best = Number.MAX_SAFE_INTEGER;
  for (const a of args) if (a.id > flagId && a.id < best) best = a.id;
  return best;
}
function dropFlagArg(flagsToDrop, cmd) {
  const drop = /* @__PURE__ */ new Set();
  for (const f of cmd.flags) {
    if (!flagsToDrop.includes(f.arg)) continue;
    const inline = cmd.arguments.some((a) => a.id === f.id && a.arg.includes("="));
    if (!inline) drop.add(valueId(f.id, cmd.arguments));
  }
  return { ...cmd, arguments: cmd.arguments.filter((a) => !drop.has(a.id)) };
}
function getFlagArg(flag, cmd) {
  const ids = new Set(cmd.flags.filter((f) => f.arg === flag).map((f) => valueId(f.id, cmd.arguments)));
  return cmd.arguments.filter((a) => ids.has(a.id)).map((a) => a.arg);
}
var findCommandNames = (shell) => shell.commands.map((c) => c.name);
var usingProgram = (prog2, shell) => shell.commands.some((c) => c.name === prog2);
var anyCommands = (check2, shell) => shell.commands.some(check2);
var noCommands = (check2, shell) => !shell.commands.some(check2);
function isInfixOf(needle, hay) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
function isPipInstall(cmd) {
  const args = getArgs(cmd);
  const std = cmd.name.startsWith("pip") && !cmd.name.startsWith("pipenv") && isInfixOf(["install"], args);
  const viaPython = cmd.name.startsWith("python") && isInfixOf(["-m", "pip", "install"], args);
  return std || viaPython;
}

// src/lint/rule.ts
var RuleContext = class {
  constructor(file, options) {
    this.file = file;
    this.options = options;
  }
  shells = /* @__PURE__ */ new Map();
  get instructions() {
    return this.file.instructions;
  }
  /**
   * The shell script of a RUN (or any instruction with shell arguments), parsed once. The exec
   * form is read as its words joined by spaces, as hadolint does.
   */
  shell(inst) {
    let parsed = this.shells.get(inst);
    if (!parsed) {
      parsed = parseCommands(inst.json ? inst.json.join(" ") : inst.args);
      this.shells.set(inst, parsed);
    }
    return parsed;
  }
};
function eachInstruction(ctx, check2, opts) {
  const hits = [];
  for (const inst of ctx.instructions) {
    if (!check2(inst)) hits.push({ line: inst.line });
    else if (opts.onbuild && inst.inner && !check2(inst.inner)) hits.push({ line: inst.line });
  }
  return hits;
}

// src/lint/lint.ts
function lintParsed(file, config, rules, external = []) {
  if (file.error) {
    return [{ line: file.error.line, column: file.error.column, code: "DL1000", severity: "error", message: file.error.message }];
  }
  const ctx = new RuleContext(file, {
    trustedRegistries: config.trustedRegistries,
    labelSchema: config.labelSchema,
    strictLabels: config.strictLabels
  });
  let findings = [];
  for (const rule of rules) {
    for (const hit of rule.check(ctx)) {
      findings.push({ line: hit.line, column: 1, code: rule.code, severity: rule.severity, message: hit.message ?? rule.message });
    }
  }
  for (const hit of external) findings.push({ line: hit.line, column: 1, code: hit.code, severity: hit.severity, message: hit.message });
  findings.push(...unknownPragmaCodes(file, rules));
  if (!config.disableIgnorePragma) {
    const ignored = pragmaFilter(file);
    findings = findings.filter((f) => !ignored(f.line, f.code));
  }
  findings = findings.map((f) => ({ ...f, severity: overriddenSeverity(f, config) }));
  findings = findings.filter((f) => f.severity !== "ignore" && !config.ignored.includes(f.code));
  return findings.sort((a, b) => a.line - b.line);
}
function overriddenSeverity(f, config) {
  for (const s of ["error", "warning", "info", "style"]) {
    if (config.override[s].includes(f.code)) return s;
  }
  return f.severity;
}
var RANK = { error: 0, warning: 1, info: 2, style: 3, ignore: 4 };
function failsThreshold(severity, threshold) {
  if (threshold === "none") return false;
  return RANK[severity] <= RANK[threshold];
}
var UNKNOWN_PRAGMA_CODE = { code: "MCD0001", severity: "warning", message: "Unknown rule code in an ignore pragma: it silences nothing." };
function unknownPragmaCodes(file, rules) {
  const known = new Set(rules.map((r) => r.code));
  known.add("DL1000");
  known.add(UNKNOWN_PRAGMA_CODE.code);
  const out = [];
  for (const p of ignorePragmas(file)) {
    for (const code2 of p.codes) {
      if (known.has(code2) || /^SC\d{4}$/.test(code2)) continue;
      out.push({ line: p.line, column: 1, code: UNKNOWN_PRAGMA_CODE.code, severity: UNKNOWN_PRAGMA_CODE.severity, message: `Unknown rule code ${code2} in an ignore pragma: it silences nothing. Use a DL, SC or MCD code (see docs/rules).` });
    }
  }
  return out;
}

// src/lint/rules/index.ts
init_define_ACTION_META();

// src/lint/rules/dl/index.ts
init_define_ACTION_META();

// src/lint/rules/dl/DL1001.ts
init_define_ACTION_META();

// src/lint/rules/dl/util.ts
init_define_ACTION_META();

// src/lint/dockerfile/syntax.ts
init_define_ACTION_META();
var SCRATCH = { registry: null, name: "scratch", tag: null, digest: null, alias: null, platform: null };
function parseFrom(inst) {
  const platform = inst.flags.find((f) => f.name === "platform")?.value ?? null;
  const words2 = inst.args.split(/[ \t\n]+/).filter(Boolean);
  const ref = words2[0] ?? "";
  const alias = words2.length >= 3 && words2[1].toUpperCase() === "AS" ? words2[2] : null;
  let pos = 0;
  let registry = null;
  const domain2 = scanExpanded(ref, 0, (c) => c === ".");
  if (domain2 > 0 && ref[domain2] === ".") {
    const tld = scanExpanded(ref, domain2 + 1, (c) => c === "/");
    if (tld > domain2 + 1 && ref[tld] === "/") {
      registry = ref.slice(0, tld);
      pos = tld + 1;
    }
  }
  const nameEnd = scanExpanded(ref, pos, (c) => c === "@" || c === ":");
  const name = ref.slice(pos, nameEnd);
  pos = nameEnd;
  let tag = null;
  if (ref[pos] === ":") {
    const end = scanExpanded(ref, pos + 1, (c) => c === "@" || c === ":");
    tag = ref.slice(pos + 1, end);
    pos = end;
  }
  let digest = null;
  if (ref[pos] === "@") {
    const end = ref.indexOf("@", pos + 1);
    digest = ref.slice(pos + 1, end < 0 ? void 0 : end);
  }
  return { registry, name, tag, digest, alias, platform };
}
function scanExpanded(s, start, stop) {
  let i = start;
  while (i < s.length) {
    const c = s[i];
    if (c === "$") {
      i++;
      if (s[i] !== "{") continue;
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === "{") depth++;
        else if (s[i] === "}" && --depth === 0) {
          i++;
          break;
        }
      }
      continue;
    }
    if (stop(c)) break;
    i++;
  }
  return i;
}
function sameBaseImage(a, b) {
  return a.registry === b.registry && a.name === b.name && a.tag === b.tag && a.digest === b.digest && a.alias === b.alias && a.platform === b.platform;
}
function parseImageRef(text) {
  if (!text.includes("/")) return { registry: null, name: text };
  const parts = text.split("/");
  if (parts[parts.length - 1] === "") parts.pop();
  const head = parts[0];
  if (head.includes(".")) return { registry: head, name: parts.slice(1).join("/") };
  return { registry: null, name: text };
}
function argName(inst) {
  const text = inst.raw.replace(/^[ \t]+/, "");
  const m = /^[^ \t\n=]+/.exec(text);
  return m ? m[0] : text;
}
function parsePairs(args) {
  const pairs = [];
  let i = 0;
  const n = args.length;
  const skipSpace = () => {
    while (i < n && (args[i] === " " || args[i] === "	")) i++;
  };
  const readValue = (stopAtEquals) => {
    let out = "";
    while (i < n) {
      const c = args[i];
      if (c === " " || c === "	") break;
      if (stopAtEquals && c === "=") break;
      if (c === '"' || c === "'") {
        const end = findClosingQuote(args, i);
        out += unescape(args.slice(i + 1, end), c);
        i = end + 1;
        continue;
      }
      if (c === "\\" && (args[i + 1] === " " || args[i + 1] === "	")) {
        out += args[i + 1];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  skipSpace();
  while (i < n) {
    const key = readValue(true);
    if (args[i] === "=") {
      i++;
      pairs.push({ key, value: readValue(false) });
    } else {
      skipSpace();
      pairs.push({ key, value: args.slice(i).trim() });
      break;
    }
    skipSpace();
  }
  return pairs;
}
function findClosingQuote(s, open) {
  const q = s[open];
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === q) return i;
  }
  return s.length;
}
function unescape(s, quote) {
  return s.split(`\\${quote}`).join(quote);
}
function splitWords(s) {
  const words2 = [];
  let cur = "";
  let has = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === " " || c === "	" || c === "\n") {
      if (has) words2.push(cur);
      cur = "";
      has = false;
    } else if (c === '"' || c === "'") {
      const end = findClosingQuote(s, i);
      cur += s.slice(i + 1, end);
      has = true;
      i = end;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) words2.push(cur);
  return words2;
}

// src/lint/rules/dl/util.ts
function dropQuotes(s) {
  return s.replace(/^["']+/, "").replace(/["']+$/, "");
}
function stripInstallPrefix(args) {
  let i = args.indexOf("install");
  if (i < 0) return [];
  while (args[i] === "install") i++;
  return args.slice(i);
}
function isIgnorePragma(text) {
  return /^[ \t]*hadolint[ \t]+ignore[ \t]*=[ \t]*[DLSC0-9]+[ \t]*(?:,[ \t]*[DLSC0-9]+[ \t]*)*(?:#.*)?$/.test(text);
}
var ARCHIVE_EXTENSIONS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];
var isArchive = (path) => {
  const p = dropQuotes(path);
  return ARCHIVE_EXTENSIONS.some((ext) => p.endsWith(ext));
};
function basename2(path) {
  const p = dropQuotes(path);
  const cut = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return p.slice(cut + 1);
}
function onbuildStreams(instructions) {
  const inner = [];
  for (const inst of instructions) if (inst.inner) inner.push(inst.inner);
  return [instructions, inner];
}
function comesBefore(first, second, shell) {
  const a = shell.commands.findIndex(first);
  const b = shell.commands.findIndex(second);
  return a >= 0 && b >= 0 && a < b;
}
function repeatsPerStage(ctx, keyword) {
  const hits = [];
  let seen = false;
  for (const inst of ctx.instructions) {
    if (inst.keyword === "FROM") seen = false;
    else if (inst.keyword === keyword) {
      if (seen) hits.push({ line: inst.line });
      seen = true;
    }
  }
  return hits;
}
var StageFlag = class {
  started = false;
  current = null;
  values = /* @__PURE__ */ new Map();
  from(inst) {
    const { name: image, alias } = parseFrom(inst);
    const name = alias ?? image;
    if (!this.started) {
      this.started = true;
      this.values.clear();
    } else {
      this.values.set(name, this.values.get(image) ?? false);
    }
    this.current = name;
  }
  /** Sets the flag on the current stage (or on `None` before any FROM). */
  set() {
    if (!this.started) {
      this.started = true;
      this.current = null;
    }
    this.values.set(this.current, true);
  }
  get isSet() {
    return this.started && this.values.get(this.current) === true;
  }
};
function failsInBuiltStages(instructions, fails) {
  let current = SCRATCH;
  const images = /* @__PURE__ */ new Set();
  const failing = [];
  for (const inst of instructions) {
    if (inst.keyword === "FROM") {
      current = parseFrom(inst);
      images.add(current.name);
    } else if (inst.keyword === "RUN" && fails(inst)) {
      failing.push({ line: inst.line, from: current });
    }
  }
  return failing.filter(({ from }) => sameBaseImage(from, current) || from.alias !== null && images.has(from.alias)).map(({ line }) => ({ line }));
}
var PackageScope = class {
  started = false;
  stage = 0;
  /** Alias -> the first stage that has it (a map, not a scan: files may have thousands of stages). */
  aliases = /* @__PURE__ */ new Map();
  envs = /* @__PURE__ */ new Map();
  args = /* @__PURE__ */ new Set();
  /** Records what an ENV, ARG or FROM defines; other instructions change nothing. */
  visit(inst) {
    if (inst.keyword === "ENV") {
      this.start();
      const set = this.envs.get(this.stage);
      if (set) for (const p of parsePairs(inst.args)) set.add(p.key);
    } else if (inst.keyword === "ARG") {
      this.start();
      this.args.add(argName(inst));
    } else if (inst.keyword === "FROM") {
      this.from(inst);
    }
  }
  start() {
    if (this.started) return;
    this.started = true;
    this.stage = 0;
    this.aliases.set("", 0);
    this.envs.set(0, /* @__PURE__ */ new Set());
  }
  from(inst) {
    const { name: image, alias } = parseFrom(inst);
    if (!this.started) {
      this.started = true;
      this.stage = 1;
      if (!this.aliases.has(alias ?? "")) this.aliases.set(alias ?? "", 1);
      this.envs.set(1, /* @__PURE__ */ new Set());
      return;
    }
    const next = this.stage + 1;
    const parent = this.aliases.get(image) ?? next;
    if (!this.aliases.has(alias ?? "")) this.aliases.set(alias ?? "", next);
    this.envs.set(next, new Set(this.envs.get(parent) ?? []));
    this.stage = next;
  }
  /** `${name}` of an ENV of this stage or of any ARG so far occurs in `text`. */
  defines(text) {
    if (!this.started) return false;
    const inText = (v) => text.includes("${" + v + "}");
    return [...this.envs.get(this.stage) ?? []].some(inText) || [...this.args].some(inText);
  }
};
var VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;
function packageVersionFixed(scope, pkg) {
  const parts = pkg.split("-");
  if (parts.length <= 1) return false;
  if (pkg.endsWith(".rpm")) return true;
  if (pkg.includes("$")) return scope.defines(pkg);
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
function unpinnedRuns(ctx, pinned) {
  const hits = [];
  for (const stream of onbuildStreams(ctx.instructions)) {
    const scope = new PackageScope();
    for (const inst of stream) {
      if (inst.keyword === "RUN") {
        if (!pinned(ctx.shell(inst), scope)) hits.push({ line: inst.line });
      } else scope.visit(inst);
    }
  }
  return hits;
}

// src/lint/rules/dl/DL1001.ts
var DL1001 = {
  code: "DL1001",
  severity: "ignore",
  message: "Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.",
  check: (ctx) => ctx.file.comments.filter((c) => isIgnorePragma(c.text)).map((c) => ({ line: c.line }))
};

// src/lint/rules/dl/DL3000.ts
init_define_ACTION_META();
var DL3000 = {
  code: "DL3000",
  severity: "error",
  message: "Use absolute WORKDIR",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "WORKDIR") return true;
      const path = dropQuotes(inst.args);
      return path.startsWith("$") || path.startsWith("/") || new RegExp("^\\p{L}:", "u").test(path);
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3001.ts
init_define_ACTION_META();
var INVALID = /* @__PURE__ */ new Set(["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"]);
var DL3001 = {
  code: "DL3001",
  severity: "info",
  message: "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || !findCommandNames(ctx.shell(inst)).some((n) => INVALID.has(n)),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3002.ts
init_define_ACTION_META();
var isRoot = (user) => user.startsWith("root:") || user.startsWith("0:") || user === "root" || user === "0";
var DL3002 = {
  code: "DL3002",
  severity: "warning",
  message: "Last USER should not be root",
  check: (ctx) => {
    const lastRoot = /* @__PURE__ */ new Map();
    let stage = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") stage = inst.line;
      else if (inst.keyword === "USER" && stage !== null) {
        if (isRoot(inst.raw.trimStart())) lastRoot.set(stage, inst.line);
        else lastRoot.delete(stage);
      }
    }
    return [...lastRoot.values()].map((line) => ({ line }));
  }
};

// src/lint/rules/dl/DL3003.ts
init_define_ACTION_META();
var DL3003 = {
  code: "DL3003",
  severity: "warning",
  message: "Use WORKDIR to switch to a directory",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !usingProgram("cd", ctx.shell(inst)), { onbuild: false })
};

// src/lint/rules/dl/DL3004.ts
init_define_ACTION_META();
var DL3004 = {
  code: "DL3004",
  severity: "error",
  message: "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !usingProgram("sudo", ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3006.ts
init_define_ACTION_META();
var DL3006 = {
  code: "DL3006",
  severity: "warning",
  message: "Always tag the version of an image explicitly",
  check: (ctx) => {
    const hits = [];
    const aliases = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword !== "FROM") continue;
      const image = parseFrom(inst);
      const untagged = image.name !== "scratch" && image.digest === null && image.tag === null && !image.name.startsWith("$") && !aliases.has(image.name);
      if (untagged) hits.push({ line: inst.line });
      if (image.alias !== null) aliases.add(image.alias);
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3007.ts
init_define_ACTION_META();
var DL3007 = {
  code: "DL3007",
  severity: "warning",
  message: "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const image = parseFrom(inst);
      return image.digest !== null || image.tag !== "latest";
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3008.ts
init_define_ACTION_META();
function aptGetPackages(shell) {
  const packages2 = [];
  for (const cmd of shell.commands) {
    if (!cmdHasArgs("apt-get", ["install"], cmd)) continue;
    for (const arg of getArgsNoFlags(dropFlagArg(["t", "target-release"], cmd))) if (arg !== "install") packages2.push(arg);
  }
  return packages2;
}
var versionFixed = (pkg) => pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
var DL3008 = {
  code: "DL3008",
  severity: "warning",
  message: "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || aptGetPackages(ctx.shell(inst)).every(versionFixed), { onbuild: true })
};

// src/lint/rules/dl/DL3009.ts
init_define_ACTION_META();

// src/lint/dockerfile/mounts.ts
init_define_ACTION_META();
var ALIASES = { src: "source", dst: "target", destination: "target" };
function splitOptions(value) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function readOption(arg) {
  const eq = arg.indexOf("=");
  const rawKey = eq < 0 ? arg : arg.slice(0, eq);
  const value = eq < 0 ? "" : arg.slice(eq + 1).replace(/^"(.*)"$/, "$1");
  const key = rawKey.toLowerCase();
  if (key === "ro" || key === "readonly" || key === "rw" || key === "readwrite") {
    const truthy = eq < 0 || value.toLowerCase() === "true";
    const ro = key === "ro" || key === "readonly" ? truthy : !truthy;
    return ["ro", String(ro)];
  }
  if (key === "required") return ["required", String(eq < 0 || value.toLowerCase() === "true")];
  if (rawKey === "z") return ["relabel", "shared"];
  if (rawKey === "Z") return ["relabel", "private"];
  return [ALIASES[rawKey] ?? rawKey, value];
}
function runMounts(inst) {
  if (inst.keyword !== "RUN") return [];
  const mounts = [];
  for (const f of inst.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    const options = /* @__PURE__ */ new Map();
    let type = "bind";
    for (const arg of splitOptions(f.value)) {
      const [key, value] = readOption(arg);
      if (key === "type") type = value;
      else options.set(key, value);
    }
    const get = (name) => options.get(name) ?? null;
    mounts.push({ type, target: get("target"), source: get("source"), from: get("from"), id: get("id"), options });
  }
  return mounts;
}
function hasCacheOrTmpfsMountWith(frag, inst) {
  return runMounts(inst).some((m) => (m.type === "cache" || m.type === "tmpfs") && (m.target ?? "").includes(frag));
}
function runFlagsKey(inst) {
  const mounts = new Set(
    runMounts(inst).map((m) => {
      const opts = [...m.options.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
      return JSON.stringify([m.type, opts]);
    })
  );
  const first = (name) => inst.flags.find((f) => f.name === name)?.value ?? null;
  return JSON.stringify([[...mounts].sort(), first("network"), first("security")]);
}

// src/lint/rules/dl/DL3009.ts
var hasUpdate = (shell) => shell.commands.some((c) => cmdHasArgs("apt", ["update"], c) || cmdHasArgs("apt-get", ["update"], c) || cmdHasArgs("aptitude", ["update"], c));
var hasCleanup = (shell) => shell.commands.some((c) => cmdHasArgs("rm", ["-rf", "/var/lib/apt/lists/*"], c));
function forgetsCleanup(ctx, inst) {
  const shell = ctx.shell(inst);
  if (!hasUpdate(shell) || hasCleanup(shell)) return false;
  if (hasCacheOrTmpfsMountWith("/var/lib/apt/lists", inst)) return false;
  return !(hasCacheOrTmpfsMountWith("/var/lib/apt", inst) && hasCacheOrTmpfsMountWith("/var/cache/apt", inst));
}
var DL3009 = {
  code: "DL3009",
  severity: "info",
  message: "Delete the apt lists (/var/lib/apt/lists) after installing something",
  // A forgotten cleanup fails only in a stage something builds on; ONBUILD instructions are a
  // separate fold that sees no FROM, so each one that forgets fails.
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => failsInBuiltStages(stream, (run2) => forgetsCleanup(ctx, run2)))
};

// src/lint/rules/dl/DL3010.ts
init_define_ACTION_META();
var UNZIP = /* @__PURE__ */ new Set(["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"]);
var isTarExtract = (cmd) => cmd.name === "tar" && getArgs(cmd).some((a) => a === "--extract" || a === "--get" || a.startsWith("-") && a.includes("x"));
function copyPaths(inst) {
  if (inst.heredocs.length > 0) {
    const rest = inst.raw.replace(/^\s*(?:--\S+\s+)*/, "");
    const m = /^(?:<<-*(?:"[^"]*"|'[^']*'|\S+)[ \t]*)+/.exec(rest);
    if (!m) return null;
    const sources = m[0].trim().split(/[ \t]+/);
    return { sources, target: rest.slice(m[0].length) };
  }
  const words2 = inst.json ?? inst.args.split(/\s+/).filter(Boolean);
  if (words2.length < 2) return null;
  return { sources: words2.slice(0, -1), target: words2[words2.length - 1] };
}
var DL3010 = {
  code: "DL3010",
  severity: "info",
  message: "Use `ADD` for extracting archives into an image",
  check: (ctx) => {
    let archives = [];
    let extracted = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        archives = [];
        extracted = /* @__PURE__ */ new Set();
      } else if (inst.keyword === "COPY" && !inst.flags.some((f) => f.name === "from" && f.value !== null)) {
        const paths = copyPaths(inst);
        if (!paths) continue;
        if (isArchive(paths.target)) archives.push({ line: inst.line, name: basename2(paths.target) });
        else for (const src of paths.sources) if (isArchive(basename2(src))) archives.push({ line: inst.line, name: basename2(src) });
      } else if (inst.keyword === "RUN") {
        const extracting = ctx.shell(inst).commands.filter((c) => isTarExtract(c) || UNZIP.has(c.name));
        for (const cmd of extracting) {
          const names = new Set(getArgsNoFlags(cmd).map(basename2));
          for (const a of archives) if (names.has(a.name)) extracted.add(a.line);
        }
      }
    }
    return [...extracted].map((line) => ({ line }));
  }
};

// src/lint/rules/dl/DL3011.ts
init_define_ACTION_META();
var validPort = (digits) => BigInt.asIntN(64, BigInt(digits)) <= 65535n;
function validSpec(word2) {
  const m = /^(\d+)(?:-(\d+))?(?:\/(?:tcp|udp))?$/i.exec(word2);
  if (!m) return true;
  return validPort(m[1]) && (m[2] === void 0 || validPort(m[2]));
}
var DL3011 = {
  code: "DL3011",
  severity: "error",
  message: "Valid UNIX ports range from 0 to 65535",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "EXPOSE" || inst.args.split(/\s+/).filter(Boolean).every(validSpec), { onbuild: false })
};

// src/lint/rules/dl/DL3012.ts
init_define_ACTION_META();
var DL3012 = {
  code: "DL3012",
  severity: "error",
  message: "Multiple `HEALTHCHECK` instructions",
  check: (ctx) => repeatsPerStage(ctx, "HEALTHCHECK")
};

// src/lint/rules/dl/DL3013.ts
init_define_ACTION_META();
var FLAGS_WITH_VALUE = [
  "abi",
  "b",
  "build",
  "e",
  "editable",
  "extra-index-url",
  "f",
  "find-links",
  "i",
  "index-url",
  "implementation",
  "no-binary",
  "only-binary",
  "platform",
  "prefix",
  "progress-bar",
  "proxy",
  "python",
  "python-version",
  "root",
  "root-user-action",
  "src",
  "t",
  "target",
  "trusted-host",
  "upgrade-strategy"
];
var VCS_SCHEMES = [
  "git+file",
  "git+https",
  "git+ssh",
  "git+http",
  "git+git",
  "git",
  "hg+file",
  "hg+http",
  "hg+https",
  "hg+ssh",
  "hg+static-http",
  "svn",
  "svn+svn",
  "svn+http",
  "svn+https",
  "svn+ssh",
  "bzr+http",
  "bzr+https",
  "bzr+ssh",
  "bzr+sftp",
  "bzr+ftp",
  "bzr+lp"
];
var VERSION_SYMBOLS = ["==", ">=", "<=", ">", "<", "!=", "~=", "==="];
var isVcs = (pkg) => VCS_SCHEMES.some((s) => pkg.startsWith(s));
var versionFixed2 = (pkg) => VERSION_SYMBOLS.some((s) => pkg.includes(s)) || isVcs(pkg) && pkg.includes("@") || pkg.endsWith(".whl") || pkg.endsWith(".tar.gz") || !isVcs(pkg) && pkg.includes("/");
var packages = (cmd) => stripInstallPrefix(getArgsNoFlags(dropFlagArg(FLAGS_WITH_VALUE, cmd)));
var hasConstraint = (cmd) => hasFlag("constraint", cmd) || hasFlag("c", cmd);
var requirementInstall = (cmd) => getArgs(cmd).some((a) => a === "--requirement" || a === "-r" || a === ".");
var forgotToPinVersion = (cmd) => isPipInstall(cmd) && !hasConstraint(cmd) && !requirementInstall(cmd) && !packages(cmd).every(versionFixed2);
var DL3013 = {
  code: "DL3013",
  severity: "warning",
  message: "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotToPinVersion, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3014.ts
init_define_ACTION_META();
var hasYesOption = (cmd) => hasAnyFlag(["y", "yes", "qq", "assume-yes"], cmd) || countFlag("q", cmd) === 2 || countFlag("quiet", cmd) === 2 || getArgs(cmd).includes("-q=2");
var forgotAptYesOption = (cmd) => cmdHasArgs("apt-get", ["install"], cmd) && !hasYesOption(cmd);
var DL3014 = {
  code: "DL3014",
  severity: "warning",
  message: "Use the `-y` switch to avoid manual input `apt-get -y install <package>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotAptYesOption, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3015.ts
init_define_ACTION_META();
var forgotNoInstallRecommends = (cmd) => cmdHasArgs("apt-get", ["install"], cmd) && !(hasFlag("no-install-recommends", cmd) || hasArg("APT::Install-Recommends=false", cmd));
var DL3015 = {
  code: "DL3015",
  severity: "info",
  message: "Avoid additional packages by specifying `--no-install-recommends`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotNoInstallRecommends, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3016.ts
init_define_ACTION_META();
var GIT_PREFIXES = ["git://", "git+ssh://", "git+http://", "git+https://"];
var TARBALL_SUFFIXES = [".tar", ".tar.gz", ".tgz"];
var PATH_PREFIXES = ["/", "./", "../", "~/"];
var words = (cmd) => getArgsNoFlags(dropFlagArg(["loglevel", "registry"], cmd));
function dropScope(pkg) {
  if (!pkg.startsWith("@")) return pkg;
  let i = 0;
  while (i < pkg.length && pkg[i] > "/") i++;
  return pkg.slice(i);
}
function versionFixed3(pkg) {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes("#");
  if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s))) return true;
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true;
  return dropScope(pkg).includes("@");
}
var forgotToPinVersion2 = (cmd) => cmdHasArgs("npm", ["install"], cmd) && words(cmd)[0] === "install" && !stripInstallPrefix(words(cmd)).every(versionFixed3);
var DL3016 = {
  code: "DL3016",
  severity: "warning",
  message: "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotToPinVersion2, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3018.ts
init_define_ACTION_META();
function apkAddPackages(shell) {
  return shell.commands.filter((c) => cmdHasArgs("apk", ["add"], c)).flatMap((c) => getArgsNoFlags(dropFlagArg(["t", "virtual", "repository", "X"], c)).filter((a) => a !== "add"));
}
var versionFixed4 = (pkg) => ["=", "~", ">", "<"].some((ch2) => pkg.includes(ch2));
var DL3018 = {
  code: "DL3018",
  severity: "warning",
  message: "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || apkAddPackages(ctx.shell(inst)).every((p) => versionFixed4(p) || p.endsWith(".apk")),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3019.ts
init_define_ACTION_META();
var forgotCacheOption = (c) => cmdHasArgs("apk", ["add"], c) && !hasFlag("no-cache", c);
var DL3019 = {
  code: "DL3019",
  severity: "info",
  message: "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || hasCacheOrTmpfsMountWith("/var/cache/apk", inst) || !ctx.shell(inst).commands.some(forgotCacheOption),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3020.ts
init_define_ACTION_META();

// src/lint/rules/dl/copy-add-exec.ts
init_define_ACTION_META();
var isSpace = (c) => c === " " || c === "	";
function word(s, at) {
  let end = at;
  while (end < s.length && !isSpace(s[end]) && s[end] !== "\n") end++;
  return s.slice(at, end);
}
function skipSpaces(s, at) {
  while (at < s.length && isSpace(s[at])) at++;
  return at;
}
var VALUE_FLAGS = {
  COPY: { "--from=": "from", "--chown=": "chown", "--chmod=": "chmod" },
  ADD: { "--checksum=": "checksum", "--chown=": "chown", "--chmod=": "chmod" }
};
var BOOL_FLAGS = {
  COPY: { "--link": "link", "--parents": "parents" },
  ADD: { "--link": "link", "--keep-git-dir": "keepGitDir", "--unpack": "unpack" }
};
function readCopyAdd(inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD") return null;
  const kw = inst.keyword;
  const s = inst.raw;
  const out = {
    sources: [],
    target: "",
    from: null,
    chown: null,
    chmod: null,
    checksum: null,
    link: null,
    parents: null,
    keepGitDir: null,
    unpack: null,
    exclude: [],
    heredoc: false
  };
  let at = skipSpaces(s, 0);
  for (; ; ) {
    if (!s.startsWith("--", at)) break;
    const w = word(s, at);
    const valueFlag = Object.keys(VALUE_FLAGS[kw]).find((p) => w.startsWith(p));
    const boolKey = BOOL_FLAGS[kw][w.replace(/=(true|false)$/, "")];
    if (valueFlag && w.length > valueFlag.length) {
      const key = VALUE_FLAGS[kw][valueFlag];
      if (out[key] !== null) return null;
      out[key] = w.slice(valueFlag.length);
    } else if (w.startsWith("--exclude=") && w.length > "--exclude=".length) {
      out.exclude.push(w.slice("--exclude=".length));
    } else if (boolKey) {
      if (out[boolKey] !== null) return null;
      out[boolKey] = !w.endsWith("=false");
    } else if (w.includes("=")) {
      return null;
    } else {
      break;
    }
    at = skipSpaces(s, at + w.length);
  }
  const rest = s.slice(at);
  if (kw === "ADD" && rest.startsWith("--")) return null;
  if (kw === "COPY" && inst.heredocs.length > 0 && rest.startsWith("<<")) {
    const doc = readHeredocList(rest);
    if (doc) return { ...out, ...doc, heredoc: true };
  }
  const paths = readFileList(rest);
  if (!paths || paths.length < 2) return null;
  out.sources = paths.slice(0, -1);
  out.target = paths[paths.length - 1];
  return out;
}
function readHeredocList(s) {
  const sources = [];
  let at = 0;
  while (s.startsWith("<<", at)) {
    at += 2;
    while (s[at] === "-") at++;
    const q = s[at];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, at + 1);
      if (end < 0) return null;
      sources.push(s.slice(at + 1, end));
      at = end + 1;
    } else {
      let end = at;
      while (end < s.length && !isSpace(s[end])) end++;
      if (end >= s.length) return null;
      sources.push(s.slice(at, end));
      at = end + 1;
    }
    at = skipSpaces(s, at);
  }
  const target = s.slice(at);
  if (sources.length === 0 || target === "") return null;
  return { sources, target };
}
function readFileList(s) {
  if (s.startsWith("[")) {
    const list2 = readStringList(s);
    if (list2) return list2.rest.trim() === "" ? list2.items : null;
  }
  const words2 = s.split(/[ \t]+/).filter((w) => w !== "");
  return words2.length ? words2 : null;
}
function readStringList(s) {
  let at = skipSpaces(s, 1);
  const items = [];
  if (s[at] !== "]") {
    for (; ; ) {
      if (s[at] !== '"') return null;
      let end = at + 1;
      let text = "";
      while (end < s.length && s[end] !== '"') {
        if (s[end] === "\\" && end + 1 < s.length) {
          const e = s[end + 1];
          text += { n: "\n", t: "	", r: "\r", "\\": "\\", '"': '"', "'": "'" }[e] ?? e;
          end += 2;
        } else text += s[end++];
      }
      if (end >= s.length) return null;
      items.push(text);
      at = skipSpaces(s, end + 1);
      if (s[at] !== ",") break;
      at = skipSpaces(s, at + 1);
    }
  }
  if (s[at] !== "]") return null;
  return { items, rest: s.slice(at + 1) };
}
function isExecForm(args, escape) {
  const s = args.trim();
  if (!s.startsWith("[")) return false;
  const ws = (i) => {
    while (i < s.length && (isSpace(s[i]) || s[i] === "\n")) i++;
    return i;
  };
  let at = ws(1);
  if (s[at] === "]") return ws(at + 1) === s.length;
  for (; ; ) {
    if (s[at] !== '"') return false;
    at++;
    for (; ; ) {
      if (at >= s.length) return false;
      const c = s[at];
      if (c === '"') break;
      if (c === "\n") return false;
      if (c === escape) {
        let run2 = at;
        while (s[run2] === escape) run2++;
        if (s[run2] === '"') {
          if (run2 - at > 1) return false;
          at = run2 + 1;
        } else at = run2;
        continue;
      }
      at++;
    }
    at = ws(at + 1);
    if (s[at] === ",") {
      at = ws(at + 1);
      continue;
    }
    if (s[at] !== "]") return false;
    return ws(at + 1) === s.length;
  }
}

// src/lint/rules/dl/DL3020.ts
var isUrl = (src) => ["https://", "http://"].some((proto) => dropQuotes(src).startsWith(proto));
var DL3020 = {
  code: "DL3020",
  severity: "error",
  message: "Use COPY instead of ADD for files and folders",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "ADD") return true;
      const add = readCopyAdd(inst);
      return !add || add.sources.every((src) => isArchive(src) || isUrl(src));
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3021.ts
init_define_ACTION_META();
var endsWithSlash = (target) => target !== "" && dropQuotes(target).endsWith("/");
var DL3021 = {
  code: "DL3021",
  severity: "error",
  message: "COPY with more than 2 arguments requires the last argument to end with /",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "COPY") return true;
      const copy2 = readCopyAdd(inst);
      return !copy2 || copy2.sources.length <= 1 || endsWithSlash(copy2.target);
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3022.ts
init_define_ACTION_META();
var DL3022 = {
  code: "DL3022",
  severity: "warning",
  message: "`COPY --from` should reference a previously defined `FROM` alias",
  check: (ctx) => {
    const hits = [];
    const names = /* @__PURE__ */ new Set();
    let count2 = 0;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        count2++;
        const alias = parseFrom(inst).alias;
        if (alias !== null) names.add(alias);
        continue;
      }
      const src = inst.keyword === "COPY" ? readCopyAdd(inst)?.from : null;
      if (src == null) continue;
      if (dropQuotes(src).includes(":") || names.has(src)) continue;
      const num = /^\d+/.exec(src);
      if (num && Number(num[0]) < count2) continue;
      hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3023.ts
init_define_ACTION_META();
var DL3023 = {
  code: "DL3023",
  severity: "error",
  message: "`COPY --from` cannot reference its own `FROM` alias",
  check: (ctx) => {
    const hits = [];
    let stageAlias = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") stageAlias = parseFrom(inst).alias;
      else if (inst.keyword === "COPY" && stageAlias !== null && readCopyAdd(inst)?.from === stageAlias) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3024.ts
init_define_ACTION_META();
var DL3024 = {
  code: "DL3024",
  severity: "error",
  message: "FROM aliases (stage names) must be unique",
  check: (ctx) => {
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword !== "FROM") continue;
      const alias = parseFrom(inst).alias;
      if (alias === null) continue;
      if (seen.has(alias)) hits.push({ line: inst.line });
      else seen.add(alias);
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3025.ts
init_define_ACTION_META();
var DL3025 = {
  code: "DL3025",
  severity: "warning",
  message: "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword === "CMD" || inst.keyword === "ENTRYPOINT") {
        return inst.heredocs.length === 0 && isExecForm(inst.args, ctx.file.escape);
      }
      if (inst.keyword === "HEALTHCHECK") {
        const cmd = /^CMD[ \t]+([^]*)$/i.exec(inst.args);
        return !cmd || isExecForm(cmd[1], ctx.file.escape);
      }
      return true;
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3026.ts
init_define_ACTION_META();
function matchRegistry(allow, registry) {
  if (allow === "*") return true;
  if (allow.startsWith("*")) return registry.endsWith(allow.slice(1));
  if (allow.endsWith("*")) return registry.startsWith(allow.slice(0, -1));
  return registry === allow;
}
var DL3026 = {
  code: "DL3026",
  severity: "error",
  message: "Use only an allowed registry in the FROM image",
  check: (ctx) => {
    const allowed = ctx.options.trustedRegistries;
    if (allowed.length === 0) return [];
    const registryAllowed = (registry) => allowed.some((p) => matchRegistry(p, registry));
    const isAllowed = (img) => img.registry !== null ? registryAllowed(img.registry) : img.name === "scratch" || registryAllowed("docker.io") || registryAllowed("hub.docker.com");
    const aliases = /* @__PURE__ */ new Set();
    const ok = (img) => aliases.has(img.name) || isAllowed(img);
    const hits = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        const from = parseFrom(inst);
        if (!ok(from)) hits.push({ line: inst.line });
        if (from.alias !== null) aliases.add(from.alias);
      } else if (inst.keyword === "COPY") {
        const src = readCopyAdd(inst)?.from;
        if (src != null && !ok(parseImageRef(src))) hits.push({ line: inst.line });
      } else if (inst.keyword === "RUN") {
        const bad = runMounts(inst).some(
          (m) => (m.type === "cache" || m.type === "bind") && !ok(parseImageRef(m.from ?? "scratch"))
        );
        if (bad) hits.push({ line: inst.line });
      }
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3027.ts
init_define_ACTION_META();
var DL3027 = {
  code: "DL3027",
  severity: "warning",
  message: "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !usingProgram("apt", ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3028.ts
init_define_ACTION_META();
function removeOptions(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") continue;
    if (a.startsWith("-")) i++;
    else out.push(a);
  }
  return out;
}
function gems(shell) {
  return shell.commands.filter(
    (c) => cmdHasArgs("gem", ["install", "i"], c) && !cmdHasArgs("gem", ["-v"], c) && !cmdHasArgs("gem", ["--version"], c) && !cmdHasPrefixArg("gem", "--version=", c)
  ).flatMap((c) => {
    const args = getArgs(c);
    const dd = args.indexOf("--");
    return removeOptions(dd < 0 ? args : args.slice(0, dd)).filter((a) => a !== "install" && a !== "i");
  });
}
var DL3028 = {
  code: "DL3028",
  severity: "warning",
  message: "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || gems(ctx.shell(inst)).every((g) => g.includes(":")), { onbuild: true })
};

// src/lint/rules/dl/DL3029.ts
init_define_ACTION_META();
var DL3029 = {
  code: "DL3029",
  severity: "warning",
  message: "Do not use --platform flag with FROM",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const p = parseFrom(inst).platform;
      return p === null || p.includes("BUILDPLATFORM") || p.includes("TARGETPLATFORM");
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3030.ts
init_define_ACTION_META();
var forgotYumYesOption = (c) => cmdHasArgs("yum", ["install", "groupinstall", "localinstall"], c) && !hasAnyFlag(["y", "assumeyes"], c);
var DL3030 = {
  code: "DL3030",
  severity: "warning",
  message: "Use the -y switch to avoid manual input `yum install -y <package>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !ctx.shell(inst).commands.some(forgotYumYesOption), { onbuild: true })
};

// src/lint/rules/dl/DL3032.ts
init_define_ACTION_META();
var yumInstall = (c) => cmdHasArgs("yum", ["install"], c);
var yumClean = (c) => cmdHasArgs("yum", ["clean", "all"], c) || cmdHasArgs("rm", ["-rf", "/var/cache/yum/*"], c);
function cleansAfterInstall(shell) {
  const install = shell.commands.findIndex(yumInstall);
  if (install < 0) return true;
  const clean = shell.commands.findIndex(yumClean);
  return clean >= 0 && install < clean;
}
var DL3032 = {
  code: "DL3032",
  severity: "warning",
  message: "`yum clean all` missing after yum command.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || cleansAfterInstall(ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3033.ts
init_define_ACTION_META();
function installFilter(c) {
  if (!cmdHasArgs("yum", ["install"], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== "install" && a !== "module");
}
var yumPackages = (shell) => shell.commands.filter((c) => !cmdHasArgs("yum", ["module"], c)).flatMap(installFilter);
var yumModules = (shell) => shell.commands.filter((c) => cmdHasArgs("yum", ["module"], c)).flatMap(installFilter);
var DL3033 = {
  code: "DL3033",
  severity: "warning",
  message: "Specify version with `yum install -y <package>-<version>`.",
  check: (ctx) => unpinnedRuns(
    ctx,
    (shell, scope) => yumPackages(shell).every((p) => packageVersionFixed(scope, p)) && yumModules(shell).every((m) => m.includes(":"))
  )
};

// src/lint/rules/dl/DL3034.ts
init_define_ACTION_META();
var forgotZypperYesOption = (c) => cmdHasArgs("zypper", ["install", "in", "remove", "rm", "source-install", "si", "patch"], c) && !hasAnyFlag(["non-interactive", "n", "no-confirm", "y"], c);
var DL3034 = {
  code: "DL3034",
  severity: "warning",
  message: "Non-interactive switch missing from `zypper` command: `zypper install -y`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || !ctx.shell(inst).commands.some(forgotZypperYesOption), { onbuild: true })
};

// src/lint/rules/dl/DL3035.ts
init_define_ACTION_META();
var DL3035 = {
  code: "DL3035",
  severity: "warning",
  message: "Do not use `zypper dist-upgrade`.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => inst.keyword !== "RUN" || !ctx.shell(inst).commands.some((c) => cmdHasArgs("zypper", ["dist-upgrade", "dup"], c)),
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3036.ts
init_define_ACTION_META();
var zypperInstall = (c) => cmdHasArgs("zypper", ["install", "in"], c);
var zypperClean = (c) => cmdHasArgs("zypper", ["clean", "cc"], c);
var DL3036 = {
  code: "DL3036",
  severity: "warning",
  message: "`zypper clean` missing after zypper use.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "RUN") return true;
      const shell = ctx.shell(inst);
      return noCommands(zypperInstall, shell) || hasCacheOrTmpfsMountWith("/var/cache/zypp", inst) || comesBefore(zypperInstall, zypperClean, shell);
    },
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3037.ts
init_define_ACTION_META();
function zypperPackages(shell) {
  return shell.commands.filter((c) => cmdHasArgs("zypper", ["install", "in"], c)).flatMap((c) => getArgsNoFlags(c).filter((a) => a !== "install" && a !== "in"));
}
var versionFixed5 = (pkg) => /[=<>]/.test(pkg) || pkg.endsWith(".rpm");
var DL3037 = {
  code: "DL3037",
  severity: "warning",
  message: "Specify version with `zypper install -y <package>=<version>`.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || zypperPackages(ctx.shell(inst)).every(versionFixed5), { onbuild: true })
};

// src/lint/rules/dl/DL3038.ts
init_define_ACTION_META();
var forgotDnfYesOption = (c) => cmdsHaveArgs(["dnf", "microdnf"], ["install", "groupinstall", "localinstall"], c) && !hasAnyFlag(["y", "assumeyes"], c);
var DL3038 = {
  code: "DL3038",
  severity: "warning",
  message: "Use the -y switch to avoid manual input `dnf install -y <package>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotDnfYesOption, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3040.ts
init_define_ACTION_META();
var INSTALL = ["install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"];
var dnfInstall = (name) => (c) => cmdHasArgs(name, INSTALL, c);
var dnfClean = (name) => (c) => cmdHasArgs(name, ["clean", "all"], c) || cmdHasArgs("rm", ["-rf", "/var/cache/libdnf5*"], c);
var cleanedAfter = (shell, name) => noCommands(dnfInstall(name), shell) || comesBefore(dnfInstall(name), dnfClean(name), shell);
var DL3040 = {
  code: "DL3040",
  severity: "warning",
  message: "`dnf clean all` missing after dnf command.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "RUN") return true;
      const shell = ctx.shell(inst);
      return ["dnf", "microdnf"].every((name) => cleanedAfter(shell, name)) || hasCacheOrTmpfsMountWith("/var/cache/libdnf5", inst) || hasCacheOrTmpfsMountWith(".cache/libdnf5", inst);
    },
    { onbuild: true }
  )
};

// src/lint/rules/dl/DL3041.ts
init_define_ACTION_META();
var DNF = ["dnf", "microdnf"];
function installFilter2(c) {
  if (!cmdsHaveArgs(DNF, ["install"], c)) return [];
  return getArgsNoFlags(c).filter((a) => a !== "install" && a !== "module");
}
var dnfPackages = (shell) => shell.commands.filter((c) => !cmdsHaveArgs(DNF, ["module", "group"], c)).flatMap(installFilter2);
var dnfModules = (shell) => shell.commands.filter((c) => cmdsHaveArgs(DNF, ["module"], c)).flatMap(installFilter2);
var DL3041 = {
  code: "DL3041",
  severity: "warning",
  message: "Specify version with `dnf install -y <package>-<version>`.",
  check: (ctx) => unpinnedRuns(
    ctx,
    (shell, scope) => dnfPackages(shell).every((p) => packageVersionFixed(scope, p)) && dnfModules(shell).every((m) => m.includes(":"))
  )
};

// src/lint/rules/dl/DL3042.ts
init_define_ACTION_META();
var TRUTHY = ["1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES"];
function isPipWrapper(c) {
  const isWrapper = (w) => c.name.includes(w) || c.name.startsWith("python") && isInfixOf(["-m", w], getArgs(c));
  return isWrapper("pipx") || isWrapper("pipenv");
}
var forgotNoCacheDir = (c) => isPipInstall(c) && !getArgs(c).includes("--no-cache-dir") && !isPipWrapper(c);
function pipNoCacheDirIsSet(shell) {
  const at = shell.original.indexOf("PIP_NO_CACHE_DIR=");
  if (at < 0) return false;
  const rest = shell.original.slice(at + "PIP_NO_CACHE_DIR=".length);
  return TRUTHY.some((t) => rest.startsWith(t));
}
function envSetsNoCacheDir(inst) {
  const pair = parsePairs(inst.args).find((p) => p.key === "PIP_NO_CACHE_DIR");
  return pair !== void 0 && TRUTHY.includes(pair.value);
}
function fold(ctx, instructions) {
  const hits = [];
  const noCache = new StageFlag();
  for (const inst of instructions) {
    if (inst.keyword === "FROM") noCache.from(inst);
    else if (inst.keyword === "ENV" && envSetsNoCacheDir(inst)) noCache.set();
    else if (inst.keyword === "RUN") {
      const shell = ctx.shell(inst);
      const ok = noCache.isSet || pipNoCacheDirIsSet(shell) || noCommands(forgotNoCacheDir, shell) || hasCacheOrTmpfsMountWith(".cache/pip", inst);
      if (!ok) hits.push({ line: inst.line });
    }
  }
  return hits;
}
var DL3042 = {
  code: "DL3042",
  severity: "warning",
  message: "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => fold(ctx, stream))
};

// src/lint/rules/dl/DL3043.ts
init_define_ACTION_META();
var DL3043 = {
  code: "DL3043",
  severity: "error",
  message: "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "ONBUILD") return true;
      const wrapped = inst.inner?.keyword ?? /^[A-Za-z]+/.exec(inst.args)?.[0]?.toUpperCase();
      return wrapped !== "ONBUILD" && wrapped !== "FROM" && wrapped !== "MAINTAINER";
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3044.ts
init_define_ACTION_META();
var VAR_CHAR = /^[0-9A-Za-z_]/;
function bareVariableInText(name, text) {
  const pieces = text.split("$" + name);
  return pieces.length > 1 && pieces.slice(1).some((rest) => rest === "" || !VAR_CHAR.test(rest));
}
var referencedIn = (name, value) => value.includes("${" + name + "}") || bareVariableInText(name, value);
var DL3044 = {
  code: "DL3044",
  severity: "error",
  message: "Do not refer to an environment variable within the same `ENV` statement where it is defined.",
  check: (ctx) => {
    const hits = [];
    const defined = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "ARG") defined.add(argName(inst));
      if (inst.keyword !== "ENV") continue;
      const pairs = parsePairs(inst.args);
      const selfRefs = pairs.filter(({ key }, i) => pairs.some((p, j) => j !== i && referencedIn(key, p.value))).map((p) => p.key);
      if (selfRefs.some((k) => !defined.has(k))) hits.push({ line: inst.line });
      for (const p of pairs) defined.add(p.key);
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3045.ts
init_define_ACTION_META();
function copyTarget(inst) {
  if (inst.json) return inst.json[inst.json.length - 1] ?? "";
  if (inst.heredocs.length > 0) {
    const m = /^(?:<<-*(?:"[^"\n]*"|'[^'\n]*'|\S+)[ \t]*)+([^\n]*)/.exec(stripFlags(inst.raw));
    return (m?.[1] ?? "").trim();
  }
  const words2 = inst.args.split(/[ \t\n]+/).filter(Boolean);
  return words2[words2.length - 1] ?? "";
}
function stripFlags(raw) {
  return raw.trimStart().replace(/^(?:--\S+\s+)*/, "");
}
function relativeDest(inst) {
  const dest = dropQuotes(copyTarget(inst));
  return !dest.startsWith("/") && !new RegExp("^\\p{L}:", "u").test(dest) && !dest.startsWith("$");
}
var DL3045 = {
  code: "DL3045",
  severity: "warning",
  message: "`COPY` to a relative destination without `WORKDIR` set.",
  check: (ctx) => {
    const hits = [];
    const workdir = new StageFlag();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") workdir.from(inst);
      else if (inst.keyword === "WORKDIR") workdir.set();
      else if (inst.keyword === "COPY" && !workdir.isSet && relativeDest(inst)) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3046.ts
init_define_ACTION_META();
var forgotFlagL = (c) => c.name === "useradd" && !hasAnyFlag(["l", "no-log-init"], c) && hasAnyFlag(["u", "uid"], c) && getFlagArg("u", c).some((uid) => [...uid].length > 5);
var DL3046 = {
  code: "DL3046",
  severity: "warning",
  message: "`useradd` without flag `-l` and high UID will result in excessively large Image.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotFlagL, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3047.ts
init_define_ACTION_META();
var hasSpecialFlags = (c) => hasAnyFlag(["q", "quiet", "o", "output-file", "a", "append-output", "no-verbose"], c) || cmdHasArgs("wget", ["-nv"], c);
var forgotProgress = (c) => c.name === "wget" && !hasFlag("progress", c) && !hasSpecialFlags(c);
var DL3047 = {
  code: "DL3047",
  severity: "info",
  message: "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands(forgotProgress, ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL3048.ts
init_define_ACTION_META();
function invalidKey(key) {
  return !/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key) || /[^0-9a-z._/-]/.test(key) || key.startsWith("com.docker.") || key.startsWith("io.docker.") || key.startsWith("org.dockerproject.") || key.includes("..") || key.includes("--");
}
var DL3048 = {
  code: "DL3048",
  severity: "style",
  message: "Invalid label key.",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "LABEL" || !parsePairs(inst.args).some((p) => invalidKey(p.key)), { onbuild: false })
};

// src/lint/rules/dl/DL3049.ts
init_define_ACTION_META();

// src/lint/rules/dl/labels-flags.ts
init_define_ACTION_META();
function schemaLabels(ctx, type) {
  const schema = ctx.options.labelSchema;
  return Object.keys(schema).filter((k) => type === void 0 || schema[k] === type).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function labelPairs(inst) {
  return parsePairs(inst.args);
}
function checkLabelValues(ctx, type, isBad, message) {
  const hits = [];
  const labels = schemaLabels(ctx, type);
  if (labels.length === 0) return hits;
  const labelInsts = ctx.instructions.filter((i) => i.keyword === "LABEL").map((i) => ({ line: i.line, pairs: labelPairs(i) }));
  for (const label of labels) {
    for (const { line, pairs } of labelInsts) {
      if (pairs.some((p) => p.key === label && isBad(p.value))) hits.push({ line, message: message(label) });
    }
  }
  return hits;
}
function rawFlag(inst, name) {
  let rest = inst.raw.replace(/^[ \t]+/, "");
  for (; ; ) {
    const m = /^--([^ \t\n=]*)(?:=([^ \t\n]*))?/.exec(rest);
    if (!m) return null;
    if (m[1] === name && m[2] !== void 0) return m[2];
    rest = rest.slice(m[0].length).replace(/^[ \t]+/, "");
  }
}
function untilEol(inst) {
  return inst.raw.replace(/^[ \t]+/, "");
}
var HS_SPACE = "[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]";
function isGitHash(v) {
  return /^[0-9a-f]*$/.test(v) && (v.length === 7 || v.length === 40);
}
function nonNegativeInt(digits) {
  return BigInt.asIntN(64, BigInt(digits)) >= 0n;
}
function isSemVer(v) {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)(.*)$/s.exec(v);
  if (!m) return false;
  if (![m[1], m[2], m[3]].every((d) => nonNegativeInt(d))) return false;
  let rest = m[4];
  const identifiers = /^(?:[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*\.?)?/;
  if (rest.startsWith("-")) rest = rest.slice(1).replace(identifiers, "");
  if (rest.startsWith("+")) rest = rest.slice(1).replace(identifiers, "");
  return rest === "";
}
var RFC3339 = new RegExp(
  `^${HS_SPACE}*(-?)${HS_SPACE}*([0-9]+)-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]*)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})${HS_SPACE}*$`
);
function isRfc3339(v) {
  const m = RFC3339.exec(v);
  if (!m) return false;
  const year = BigInt(m[2]) * (m[1] === "-" ? -1n : 1n);
  const [month, day, hour, minute, second] = m.slice(3, 8).map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  return day <= daysInMonth(year, month);
}
function daysInMonth(year, month) {
  if (month === 2) {
    const mod = (n) => (year % n + n) % n;
    const leap = mod(4n) === 0n && (mod(400n) === 0n || mod(100n) !== 0n);
    return leap ? 29 : 28;
  }
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
function isSpdxLicenseId(v) {
  const m = new RegExp(`^([A-Za-z0-9.-]+)${HS_SPACE}*$`).exec(v);
  return m !== null && spdxIds().has(m[1]);
}
var spdxSet = null;
function spdxIds() {
  spdxSet ??= new Set(SPDX_LICENSE_IDS.split(" "));
  return spdxSet;
}
var SPDX_LICENSE_IDS = [
  "0BSD AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0-only AGPL-1.0-or-later",
  "AGPL-3.0-only AGPL-3.0-or-later AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML",
  "APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0 ASWF-Digital-Assets-1.1",
  "Abstyles AdaCore-doc Adobe-2006 Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Afmparse",
  "Aladdin Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0 Artistic-1.0-Perl",
  "Artistic-1.0-cl8 Artistic-2.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-Patent",
  "BSD-2-Clause-Views BSD-3-Clause BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-Sun BSD-3-Clause-acpica",
  "BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk",
  "BSD-Protection BSD-Source-Code BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works",
  "BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter",
  "Bitstream-Vera BlueOak-1.0.0 Boehm-GC Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause",
  "C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5",
  "CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL",
  "CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE",
  "CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0 CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC",
  "CC0-1.0 CDDL-1.0 CDDL-1.1 CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0",
  "CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1 CERN-OHL-1.2",
  "CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach CMU-Mach-nodoc CNRI-Jython",
  "CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera",
  "Caldera-no-preamble ClArtistic Clips Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx",
  "Crossword CrystalStacker Cube D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0",
  "DRL-1.1 DSDP Dotseqn ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 EUDatagrid EUPL-1.0",
  "EUPL-1.1 EUPL-1.2 Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FSFAP",
  "FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRWD FTL Fair Ferguson-Twofish Frameworx-1.0",
  "FreeBSD-DOC FreeImage Furuseth GCR-docs GD GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL GPL-1.0-only GPL-1.0-or-later GPL-2.0-only",
  "GPL-2.0-or-later GPL-3.0-only GPL-3.0-or-later Giftware Glide Glulxe Graphics-Gems HP-1986",
  "HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston HPND-INRIA-IMAG HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer HPND-Markus-Kuhn HPND-Pbmplus HPND-UC HPND-doc HPND-doc-sell HPND-export-US",
  "HPND-export-US-modify HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer HTMLTIDY HaskellReport Hippocratic-2.1 IBM-pibs ICU",
  "IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ImageMagick Imlib2 Info-ZIP",
  "Inner-Net-2.0 Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup Kazlib",
  "Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1-only LGPL-2.1-or-later",
  "LGPL-3.0-only LGPL-3.0-or-later LGPLLR LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1",
  "LPPL-1.2 LPPL-1.3a LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e",
  "Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Libpng Linux-OpenIB",
  "Linux-man-pages-1-para Linux-man-pages-copyleft Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var Lucida-Bitmap-Fonts MIT MIT-0 MIT-CMU MIT-Festival",
  "MIT-Modern-Variant MIT-Wu MIT-advertising MIT-enna MIT-feh MIT-open-group MIT-testregex MITNFA",
  "MMIXware MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL",
  "Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex Martin-Birgmeier McPhee-slideshow",
  "Minpack MirOS Motosoto MulanPSL-1.0 MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0",
  "NCGL-UK-2.0 NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL",
  "NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTP NTP-0 Naumen Net-SNMP NetCDF Newsletr Nokia Noweb",
  "O-UDA-1.0 OCCT-PL OCLC-2.0 ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1",
  "OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0 OGL-UK-1.0 OGL-UK-2.0",
  "OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1",
  "OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8",
  "OLFL-1.3 OML OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0",
  "OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0 PHP-3.01 PSF-2.0",
  "Parity-6.0.0 Parity-7.0.0 Pixar Plexus PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004",
  "Qhull RHeCos-1.1 RPL-1.1 RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby SAX-PD SAX-PD-2.0 SCEA",
  "SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGP4 SHL-0.5 SHL-0.51 SISSL SISSL-1.2 SL SMLNJ SMPPL",
  "SNIA SPL-1.0 SSH-OpenSSH SSH-short SSLeay-standalone SSPL-1.0 SWL Saxpath SchemeReport Sendmail",
  "Sendmail-8.23 SimPL-2.0 Sleepycat Soundex Spencer-86 Spencer-94 Spencer-99 SugarCRM-1.1.3",
  "Sun-PPP SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate TORQUE-1.1 TOSL TPDL",
  "TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TermReadKey UCAR UCL-1.0 UMich-Merit UPL-1.0",
  "URT-RLE Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU UnixCrypt Unlicense VOSTROM",
  "VSL-1.0 Vim W3C W3C-19980720 W3C-20150513 WTFPL Watcom-1.0 Widget-Workshop Wsuipa X11",
  "X11-distribute-modifications-variant XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0",
  "YPL-1.1 ZPL-1.1 ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib",
  "bcrypt-Solar-Designer blessing bzip2-1.0.6 check-cvs checkmk copyleft-next-0.3.0",
  "copyleft-next-0.3.1 curl diffmark dtoa dvipdfm eGenix etalab-2.0 fwlw gSOAP-1.3b gnuplot gtkbook",
  "hdparm iMatix libpng-2.0 libselinux-1.0 libtiff libutil-David-Nugent lsof magaz mailprio",
  "metamail mpi-permissive mpich2 mplus pnmstitch psfrag psutils python-ldap radvd snprintf",
  "softSurfer ssh-keyscan swrule ulem w3m xinetd xkeyboard-config-Zinoviev xlock xpp",
  "zlib-acknowledgement"
].join(" ");
var FAIL = { ok: false, consumed: false };
var sat = (pred) => (s, i) => i < s.length && pred(s[i]) ? { ok: true, i: i + 1 } : FAIL;
var ch = (c) => sat((x) => x === c);
var oneOf2 = (cs) => sat((x) => cs.includes(x));
var empty = (_s, i) => ({ ok: true, i });
var eof = (s, i) => i === s.length ? { ok: true, i } : FAIL;
function seq(...ps) {
  return (s, i) => {
    let cur = i;
    for (const p of ps) {
      const r = p(s, cur);
      if (!r.ok) return { ok: false, consumed: r.consumed || cur > i };
      cur = r.i;
    }
    return { ok: true, i: cur };
  };
}
function alt(...ps) {
  return (s, i) => {
    for (const p of ps) {
      const r = p(s, i);
      if (r.ok || r.consumed) return r;
    }
    return FAIL;
  };
}
var attempt = (p) => (s, i) => {
  const r = p(s, i);
  return r.ok ? r : FAIL;
};
function many(p) {
  return (s, i) => {
    let cur = i;
    for (; ; ) {
      const r = p(s, cur);
      if (!r.ok) return r.consumed ? r : { ok: true, i: cur };
      if (r.i === cur) return { ok: true, i: cur };
      cur = r.i;
    }
  };
}
var many1 = (p) => seq(p, many(p));
var option = (p) => alt(p, empty);
var str = (lit) => (s, i) => {
  for (let k = 0; k < lit.length; k++) {
    if (s[i + k] !== lit[k]) return { ok: false, consumed: k > 0 };
  }
  return { ok: true, i: i + lit.length };
};
var count = (n, p) => seq(...Array.from({ length: n }, () => p));
function countMinMax(m, n, p) {
  if (m > 0) return seq(p, (s, i) => countMinMax(m - 1, n - 1, p)(s, i));
  if (n <= 0) return empty;
  return option(seq(p, (s, i) => countMinMax(0, n - 1, p)(s, i)));
}
var notFollowedBy = (p) => (s, i) => attempt(p)(s, i).ok ? FAIL : { ok: true, i };
var decOctet = (s, i) => {
  const r = countMinMax(1, 3, digit)(s, i);
  if (!r.ok) return r;
  return Number(s.slice(i, r.i)) > 255 ? { ok: false, consumed: true } : r;
};
var isAlpha = (c) => /^[A-Za-z]$/.test(c);
var isDigitC = (c) => /^[0-9]$/.test(c);
var isHex = (c) => /^[0-9A-Fa-f]$/.test(c);
var isUnreserved = (c) => isAlpha(c) || isDigitC(c) || "-_.~".includes(c);
var isSubDelims = (c) => "!$&'()*+,;=".includes(c);
var digit = sat(isDigitC);
var hexDigit = sat(isHex);
var unreservedChar = sat(isUnreserved);
var escaped = seq(ch("%"), hexDigit, hexDigit);
var subDelims = sat(isSubDelims);
var uchar = (extras) => alt(unreservedChar, escaped, subDelims, oneOf2(extras));
var pchar = uchar(":@");
var nameChar = alt(unreservedChar, escaped, subDelims);
var h4 = countMinMax(1, 4, hexDigit);
var h4c = attempt(seq(h4, ch(":"), notFollowedBy(ch(":"))));
var ipv4address = seq(decOctet, ch("."), decOctet, ch("."), decOctet, ch("."), decOctet, notFollowedBy(nameChar));
var ls32 = alt(attempt(seq(h4c, h4)), ipv4address);
var optNH4cH4 = (n) => option(seq(countMinMax(0, n, h4c), h4));
var ipv6address = alt(
  attempt(seq(count(6, h4c), ls32)),
  attempt(seq(str("::"), count(5, h4c), ls32)),
  attempt(seq(optNH4cH4(0), str("::"), count(4, h4c), ls32)),
  attempt(seq(optNH4cH4(1), str("::"), count(3, h4c), ls32)),
  attempt(seq(optNH4cH4(2), str("::"), count(2, h4c), ls32)),
  attempt(seq(optNH4cH4(3), str("::"), h4c, ls32)),
  attempt(seq(optNH4cH4(4), str("::"), ls32)),
  attempt(seq(optNH4cH4(5), str("::"), h4)),
  attempt(seq(optNH4cH4(6), str("::")))
);
var zoneid = many1(alt(unreservedChar, escaped));
var ipv6addrz = seq(ipv6address, option(attempt(seq(str("%25"), zoneid))));
var ipvFuture = seq(ch("v"), hexDigit, ch("."), many1(sat((c) => isUnreserved(c) || isSubDelims(c) || c === ";")));
var ipLiteral = seq(ch("["), alt(ipv6addrz, ipvFuture), ch("]"));
var regName = countMinMax(0, 255, nameChar);
var host = alt(ipLiteral, attempt(ipv4address), regName);
var userinfo = seq(many(uchar(";:&=+$,")), ch("@"));
var port = seq(ch(":"), many(digit));
var uauthority = seq(option(attempt(userinfo)), host, option(port));
var segment = many(pchar);
var segmentNz = many1(pchar);
var slashSegment = seq(ch("/"), segment);
var pathAbEmpty = many(slashSegment);
var pathRootLess = seq(segmentNz, many(slashSegment));
var pathAbs = seq(ch("/"), option(pathRootLess));
var hierPart = alt(seq(attempt(str("//")), uauthority, pathAbEmpty), pathAbs, pathRootLess, empty);
var uscheme = seq(sat(isAlpha), many(sat((c) => isAlpha(c) || isDigitC(c) || "+-.".includes(c))), ch(":"));
var queryOrFragment = many(uchar(":@/?"));
var uri = seq(attempt(uscheme), hierPart, option(seq(ch("?"), queryOrFragment)), option(seq(ch("#"), queryOrFragment)), eof);
function isUrl2(v) {
  return uri(v, 0).ok;
}
var inRanges = (ranges) => (c) => {
  const n = c.charCodeAt(0);
  return ranges.some(([lo, hi]) => n >= lo && n <= hi);
};
var isObsNoWsCtl = inRanges([
  [1, 8],
  [11, 12],
  [14, 31],
  [127, 127]
]);
var isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
var isAtomText = (c) => isAlnum(c) || "!#$%&'*+/=?^_`{|}~-".includes(c);
var isDomainText = (c) => inRanges([[33, 90], [94, 126]])(c) || isObsNoWsCtl(c);
var isQuotedText = (c) => inRanges([[33, 33], [35, 91], [93, 126]])(c) || isObsNoWsCtl(c);
var isCommentText = (c) => inRanges([[33, 39], [42, 91], [93, 126]])(c) || isObsNoWsCtl(c);
var isWsp = (c) => c === " " || c === "	";
var aSat = (pred) => (s, i) => i < s.length && pred(s[i]) ? { i: i + 1, v: s[i] } : null;
var aChar = (c) => aSat((x) => x === c);
var aWhile1 = (pred) => (s, i) => {
  let j = i;
  while (j < s.length && pred(s[j])) j++;
  return j > i ? { i: j, v: s.slice(i, j) } : null;
};
var aAlt = (...ps) => (s, i) => {
  for (const p of ps) {
    const r = p(s, i);
    if (r) return r;
  }
  return null;
};
var aMany = (p) => (s, i) => {
  const vs = [];
  let cur = i;
  for (; ; ) {
    const r = p(s, cur);
    if (!r || r.i === cur) return { i: cur, vs };
    vs.push(r.v);
    cur = r.i;
  }
};
var aOptional = (p) => (s, i) => p(s, i) ?? { i, v: "" };
var aThen = (a, b) => (s, i) => {
  const r = a(s, i);
  return r ? b(s, r.i) : null;
};
var crlf = aThen(aChar("\r"), aChar("\n"));
var wsp1 = aWhile1(isWsp);
var fws = aAlt(aThen(wsp1, aOptional(aThen(crlf, wsp1))), (s, i) => {
  const r = aMany(aThen(crlf, wsp1))(s, i);
  return r.vs.length > 0 ? { i: r.i, v: "" } : null;
});
var quotedPair = (s, i) => {
  if (s[i] !== "\\" || i + 1 >= s.length) return null;
  return { i: i + 2, v: "\\" + s[i + 1] };
};
var comment = (s, i) => {
  if (s[i] !== "(") return null;
  const content = aAlt(aWhile1(isCommentText), quotedPair, comment);
  const r = aMany(aAlt(content, fws))(s, i + 1);
  return s[r.i] === ")" ? { i: r.i + 1, v: "" } : null;
};
var cfws = (s, i) => ({ i: aMany(aAlt(comment, fws))(s, i).i, v: "" });
var inCfws = (p) => (s, i) => {
  const r = p(s, cfws(s, i).i);
  return r ? { i: cfws(s, r.i).i, v: r.v } : null;
};
var dotted = (p) => (s, i) => {
  const first = p(s, i);
  if (!first) return null;
  const r = aMany(aThen(aChar("."), p))(s, first.i);
  return { i: r.i, v: [first.v, ...r.vs].join(".") };
};
var quotedContent = aAlt(aWhile1(isQuotedText), quotedPair);
var quotedString = (s, i) => {
  if (s[i] !== '"') return null;
  const r = aMany(aThen(aOptional(fws), quotedContent))(s, i + 1);
  const end = aOptional(fws)(s, r.i).i;
  return s[end] === '"' ? { i: end + 1, v: '"' + r.vs.join("") + '"' } : null;
};
var atom = aWhile1(isAtomText);
var localPart = dotted(inCfws(aAlt(atom, quotedString)));
var domainLabel = inCfws((s, i) => {
  if (!(i < s.length && isAlnum(s[i]))) return null;
  let j = i + 1;
  while (j < s.length && (isAlnum(s[j]) || s[j] === "-")) j++;
  const content = s.slice(i, j);
  return content.length <= 63 && !content.endsWith("-") ? { i: j, v: content } : null;
});
var domainName = (s, i) => {
  const r = dotted(domainLabel)(s, i);
  if (!r) return null;
  const end = aOptional(aChar("."))(s, r.i).i;
  return r.v.length <= 253 ? { i: end, v: r.v } : null;
};
var domainLiteral = (s, i) => {
  const open = cfws(s, i).i;
  if (s[open] !== "[") return null;
  const r = aMany(aThen(aOptional(fws), aWhile1(isDomainText)))(s, open + 1);
  const end = aOptional(fws)(s, r.i).i;
  if (s[end] !== "]") return null;
  return { i: cfws(s, end + 1).i, v: "[" + r.vs.join("") + "]" };
};
var domain = aAlt(domainName, domainLiteral);
function isEmail(v) {
  if (/[^\x00-\x7f]/.test(v)) return false;
  const l = localPart(v, 0);
  if (!l || l.v.length > 64 || v[l.i] !== "@") return false;
  const d = domain(v, l.i + 1);
  if (!d || l.v.length + d.v.length + 1 > 254) return false;
  return d.i === v.length;
}

// src/lint/rules/dl/DL3049.ts
var DL3049 = {
  code: "DL3049",
  severity: "info",
  message: "Label `<label>` is missing.",
  check(ctx) {
    const hits = [];
    for (const label of schemaLabels(ctx)) {
      let current = null;
      const good = /* @__PURE__ */ new Set();
      const bad = /* @__PURE__ */ new Set();
      const silence = (name) => {
        for (const s of bad) if (s.alias !== null && s.alias === name) bad.delete(s);
      };
      for (const inst of ctx.instructions) {
        if (inst.keyword === "FROM") {
          const from = parseFrom(inst);
          const stage = { line: inst.line, image: from.name, alias: from.alias };
          const inherits = current !== null && [...good].some((g) => g.alias !== null && g.alias === stage.image);
          (inherits ? good : bad).add(stage);
          current = stage;
        } else if (current === null) {
          continue;
        } else if (inst.keyword === "COPY") {
          const source = rawFlag(inst, "from");
          if (source !== null) silence(source);
        } else if (inst.keyword === "LABEL" && labelPairs(inst).some((p) => p.key === label)) {
          silence(current.alias ?? current.image);
          good.add(current);
          bad.delete(current);
        }
      }
      for (const s of [...bad].sort((a, b) => a.line - b.line)) hits.push({ line: s.line, message: `Label \`${label}\` is missing.` });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3050.ts
init_define_ACTION_META();
var DL3050 = {
  code: "DL3050",
  severity: "info",
  message: "Superfluous label(s) present.",
  check(ctx) {
    if (!ctx.options.strictLabels) return [];
    const schema = ctx.options.labelSchema;
    return eachInstruction(ctx, (inst) => inst.keyword !== "LABEL" || labelPairs(inst).every((p) => Object.hasOwn(schema, p.key)), { onbuild: false });
  }
};

// src/lint/rules/dl/DL3051.ts
init_define_ACTION_META();
var DL3051 = {
  code: "DL3051",
  severity: "warning",
  message: "label `<label>` is empty.",
  check: (ctx) => checkLabelValues(ctx, void 0, (v) => v === "", (label) => `label \`${label}\` is empty.`)
};

// src/lint/rules/dl/DL3052.ts
init_define_ACTION_META();
var DL3052 = {
  code: "DL3052",
  severity: "warning",
  message: "Label `<label>` is not a valid URL.",
  check: (ctx) => checkLabelValues(ctx, "url", (v) => !isUrl2(v), (label) => `Label \`${label}\` is not a valid URL.`)
};

// src/lint/rules/dl/DL3053.ts
init_define_ACTION_META();
var DL3053 = {
  code: "DL3053",
  severity: "warning",
  message: "Label `<label>` is not a valid time format - must conform to RFC3339.",
  check: (ctx) => checkLabelValues(ctx, "rfc3339", (v) => !isRfc3339(v), (label) => `Label \`${label}\` is not a valid time format - must conform to RFC3339.`)
};

// src/lint/rules/dl/DL3054.ts
init_define_ACTION_META();
var DL3054 = {
  code: "DL3054",
  severity: "warning",
  message: "Label `<label>` is not a valid SPDX identifier.",
  check: (ctx) => checkLabelValues(ctx, "spdx", (v) => !isSpdxLicenseId(v), (label) => `Label \`${label}\` is not a valid SPDX identifier.`)
};

// src/lint/rules/dl/DL3055.ts
init_define_ACTION_META();
var DL3055 = {
  code: "DL3055",
  severity: "warning",
  message: "Label `<label>` is not a valid git hash.",
  check: (ctx) => checkLabelValues(ctx, "hash", (v) => !isGitHash(v), (label) => `Label \`${label}\` is not a valid git hash.`)
};

// src/lint/rules/dl/DL3056.ts
init_define_ACTION_META();
var DL3056 = {
  code: "DL3056",
  severity: "warning",
  message: "Label `<label>` does not conform to semantic versioning.",
  check: (ctx) => checkLabelValues(ctx, "semver", (v) => !isSemVer(v), (label) => `Label \`${label}\` does not conform to semantic versioning.`)
};

// src/lint/rules/dl/DL3057.ts
init_define_ACTION_META();
var DL3057 = {
  code: "DL3057",
  severity: "ignore",
  message: "`HEALTHCHECK` instruction missing.",
  check(ctx) {
    let current = null;
    const good = /* @__PURE__ */ new Set();
    const bad = /* @__PURE__ */ new Set();
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") {
        const from = parseFrom(inst);
        const stage = { line: inst.line, src: from.name, name: from.alias ?? from.name };
        const inherits = current !== null && [...good].some((g) => g.name === stage.src);
        (inherits ? good : bad).add(stage);
        current = stage;
      } else if (inst.keyword === "HEALTHCHECK" && current !== null) {
        let parents = [current];
        while (parents.length > 0) {
          const next = [...bad].filter((b) => parents.some((p) => b.name === p.src));
          for (const b of next) {
            bad.delete(b);
            good.add(b);
          }
          parents = next;
        }
        good.add(current);
        bad.delete(current);
      }
    }
    return [...bad].sort((a, b) => a.line - b.line).map((s) => ({ line: s.line }));
  }
};

// src/lint/rules/dl/DL3058.ts
init_define_ACTION_META();
var DL3058 = {
  code: "DL3058",
  severity: "warning",
  message: "Label `<label>` is not a valid email format - must conform to RFC5322.",
  check: (ctx) => checkLabelValues(ctx, "email", (v) => !isEmail(v), (label) => `Label \`${label}\` is not a valid email format - must conform to RFC5322.`)
};

// src/lint/rules/dl/DL3059.ts
init_define_ACTION_META();
var DL3059 = {
  code: "DL3059",
  severity: "info",
  message: "Multiple consecutive `RUN` instructions. Consider consolidation.",
  check: (ctx) => {
    const hits = [];
    let prev = null;
    for (const inst of ctx.instructions) {
      if (inst.keyword !== "RUN") {
        prev = null;
        continue;
      }
      const flags = runFlagsKey(inst);
      const count2 = 2 * ctx.shell(inst).commands.filter((c) => c.name !== "[" && c.name !== "[[").length;
      if (prev === null || prev.flags !== flags || count2 > 2 || prev.count > 2) prev = { flags, count: count2 };
      else hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3060.ts
init_define_ACTION_META();
var yarnInstall = (c) => cmdHasArgs("yarn", ["install"], c);
var yarnCacheClean = (c) => cmdHasArgs("yarn", ["cache", "clean"], c);
function forgetsCacheClean(ctx, inst) {
  const shell = ctx.shell(inst);
  if (!anyCommands(yarnInstall, shell)) return false;
  const notCleaned = noCommands(yarnCacheClean, shell) && !hasCacheOrTmpfsMountWith(".cache/yarn", inst);
  return notCleaned || comesBefore(yarnCacheClean, yarnInstall, shell);
}
var DL3060 = {
  code: "DL3060",
  severity: "info",
  message: "`yarn cache clean` missing after `yarn install` was run.",
  // Only stages something builds on are reported, as in hadolint; ONBUILD instructions are folded apart.
  check: (ctx) => onbuildStreams(ctx.instructions).flatMap((stream) => failsInBuiltStages(stream, (run2) => forgetsCacheClean(ctx, run2)))
};

// src/lint/rules/dl/DL3061.ts
init_define_ACTION_META();
var DL3061 = {
  code: "DL3061",
  severity: "error",
  message: "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.",
  check: (ctx) => {
    const hits = [];
    let seenFrom = false;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") seenFrom = true;
      else if (inst.keyword !== "ARG" && !seenFrom) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3062.ts
init_define_ACTION_META();
var runGoPackage = (shell) => shell.commands.filter((c) => cmdsHaveArgs(["go"], ["run"], c)).flatMap((c) => getArgsNoFlags(c).filter((a, i) => a !== "run" && i <= 1));
var getGoPackage = (shell) => shell.commands.filter((c) => cmdsHaveArgs(["go"], ["install", "get"], c)).flatMap((c) => getArgsNoFlags(c).filter((a) => a !== "install" && a !== "get" && a !== "tool"));
function goPackages(shell) {
  const run2 = runGoPackage(shell);
  return run2.length > 0 ? run2 : getGoPackage(shell);
}
var isLocalPath = (p) => p === "." || p.startsWith("/") || p.startsWith(".");
var versionPinned = (p) => isLocalPath(p) || p.includes("@") && !p.endsWith("@latest") && !p.endsWith("@none");
var DL3062 = {
  code: "DL3062",
  severity: "warning",
  message: "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || goPackages(ctx.shell(inst)).every(versionPinned), { onbuild: true })
};

// src/lint/rules/dl/DL3063.ts
init_define_ACTION_META();
var RESERVED = ["scratch", "context"];
var DL3063 = {
  code: "DL3063",
  severity: "warning",
  message: "stage name should not be a reserved word",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const alias = parseFrom(inst).alias;
      return alias === null || !RESERVED.includes(alias);
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3064.ts
init_define_ACTION_META();
var KNOWN_SENSITIVE_NAMES = /* @__PURE__ */ new Set([
  "ACCESS_TOKEN",
  "APPLICATION_KEY",
  "APP_SECRET",
  "AUTH_TOKEN",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "BITTREX_API_KEY",
  "BITTREX_API_SECRET",
  "CF_PASSWORD",
  "CF_USERNAME",
  "CIRCLE_TOKEN",
  "CI_DEPLOY_PASSWORD",
  "CI_DEPLOY_USER",
  "DOCKERHUB_PASSWORD",
  "DOCKER_EMAIL",
  "DOCKER_PASSWORD",
  "DOCKER_USERNAME",
  "FACEBOOK_ACCESS_TOKEN",
  "FACEBOOK_APP_ID",
  "FACEBOOK_APP_SECRET",
  "FIREBASE_API_TOKEN",
  "FIREBASE_TOKEN",
  "FOSSA_API_KEY",
  "GH_ENTERPRISE_TOKEN",
  "GH_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "GITHUB_TOKEN",
  "HEROKU_API_KEY",
  "HEROKU_API_USER",
  "NPM_AUTH_TOKEN",
  "NPM_TOKEN",
  "OKTA_AUTHN_GROUPID",
  "OKTA_CLIENT_ORGURL",
  "OKTA_CLIENT_TOKEN",
  "OKTA_OAUTH2_CLIENTID",
  "OKTA_OAUTH2_CLIENTSECRET",
  "OPENAI_API_KEY",
  "OS_PASSWORD",
  "OS_USERNAME",
  "POSTGRES_PASSWORD",
  "SLACK_TOKEN",
  "STRIPE_API_KEY",
  "STRIPE_DEVICE_NAME",
  "TRAVIS_OS_NAME",
  "TRAVIS_SECURE_ENV_VARS",
  "TRAVIS_SUDO",
  "VAULT_CLIENT_KEY",
  "VAULT_TOKEN"
]);
var SUSPICIOUS_SUBSTRINGS = ["api_key", "client_key", "password", "private", "secret", "token", "username"];
var isSensitive = (name) => KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => name.toLowerCase().includes(s));
function check(inst) {
  if (inst.keyword === "ARG") return !isSensitive(argName(inst));
  if (inst.keyword === "ENV") return !parsePairs(inst.args).some((p) => isSensitive(p.key));
  return true;
}
var DL3064 = {
  code: "DL3064",
  severity: "warning",
  message: "Potentially sensitive data should not be used in the `ARG` or `ENV` commands",
  check: (ctx) => eachInstruction(ctx, check, { onbuild: true })
};

// src/lint/rules/dl/DL3065.ts
init_define_ACTION_META();
var DL3065 = {
  code: "DL3065",
  severity: "warning",
  message: "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "FROM") return true;
      const platform = /^[ \t]*--platform=/.test(inst.raw) ? rawFlag(inst, "platform") : null;
      return platform !== "$TARGETPLATFORM" && platform !== "${TARGETPLATFORM}";
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL3066.ts
init_define_ACTION_META();
var DL3066 = {
  code: "DL3066",
  severity: "info",
  message: "Non-numeric user-id may not be resolvable by host system",
  check(ctx) {
    const args = /* @__PURE__ */ new Set();
    const hits = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === "ARG") args.add(argName(inst));
      if (inst.keyword !== "USER") continue;
      const user = untilEol(inst);
      const uid = user.split(":")[0];
      if (/^[0-9]*$/.test(uid)) continue;
      if ([...args].some((a) => user.includes("${" + a + "}") || user.includes("$" + a))) continue;
      hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/DL3067.ts
init_define_ACTION_META();
var DL3067 = {
  code: "DL3067",
  severity: "warning",
  message: "Do not copy an entire filesystem from another stage",
  check: (ctx) => eachInstruction(
    ctx,
    (inst) => {
      if (inst.keyword !== "COPY" || rawFlag(inst, "from") === null || inst.heredocs.length > 0) return true;
      const paths = inst.json ?? inst.args.split(/[ \t]+/).filter(Boolean);
      if (paths.length < 2) return true;
      const target = paths[paths.length - 1];
      return !(paths.slice(0, -1).some((p) => dropQuotes(p) === "/") && dropQuotes(target) === "/");
    },
    { onbuild: false }
  )
};

// src/lint/rules/dl/DL4000.ts
init_define_ACTION_META();
var DL4000 = {
  code: "DL4000",
  severity: "error",
  message: "MAINTAINER is deprecated",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "MAINTAINER", { onbuild: false })
};

// src/lint/rules/dl/DL4001.ts
init_define_ACTION_META();
function fold2(ctx, runs) {
  const hits = [];
  let seen = /* @__PURE__ */ new Set();
  for (const item of runs) {
    if (item === "FROM") {
      seen = /* @__PURE__ */ new Set();
      continue;
    }
    const used = findCommandNames(ctx.shell(item.run)).filter((n) => n === "curl" || n === "wget");
    for (const n of used) seen.add(n);
    if (used.length > 0 && seen.size >= 2) hits.push({ line: item.line });
  }
  return hits;
}
var DL4001 = {
  code: "DL4001",
  severity: "warning",
  message: "Either use Wget or Curl but not both",
  check(ctx) {
    const main2 = [];
    const onbuild = [];
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") main2.push("FROM");
      else if (inst.keyword === "RUN") main2.push({ line: inst.line, run: inst });
      else if (inst.inner?.keyword === "RUN") onbuild.push({ line: inst.line, run: inst.inner });
    }
    return [...fold2(ctx, main2), ...fold2(ctx, onbuild)].sort((a, b) => a.line - b.line);
  }
};

// src/lint/rules/dl/DL4003.ts
init_define_ACTION_META();
var DL4003 = {
  code: "DL4003",
  severity: "warning",
  message: "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect",
  check: (ctx) => repeatsPerStage(ctx, "CMD")
};

// src/lint/rules/dl/DL4004.ts
init_define_ACTION_META();
var DL4004 = {
  code: "DL4004",
  severity: "error",
  message: "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect",
  check: (ctx) => repeatsPerStage(ctx, "ENTRYPOINT")
};

// src/lint/rules/dl/DL4005.ts
init_define_ACTION_META();
var DL4005 = {
  code: "DL4005",
  severity: "warning",
  message: "Use SHELL to change the default shell",
  check: (ctx) => eachInstruction(ctx, (inst) => inst.keyword !== "RUN" || noCommands((c) => cmdHasArgs("ln", ["/bin/sh"], c), ctx.shell(inst)), { onbuild: true })
};

// src/lint/rules/dl/DL4006.ts
init_define_ACTION_META();
var NON_POSIX_SHELLS = ["pwsh", "powershell", "cmd"];
var PIPEFAIL_SHELLS = ["/bin/bash", "/bin/zsh", "/bin/ash", "bash", "zsh", "ash"];
var hasPipefailOption = (shell) => shell.commands.some((c) => PIPEFAIL_SHELLS.includes(c.name) && hasFlag("o", c) && c.arguments.some((a) => a.arg === "pipefail"));
var DL4006 = {
  code: "DL4006",
  severity: "warning",
  message: "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check",
  check(ctx) {
    const hits = [];
    let safe = false;
    for (const inst of ctx.instructions) {
      if (inst.keyword === "FROM") safe = false;
      else if (inst.keyword === "SHELL") {
        const shell = ctx.shell(inst);
        safe = NON_POSIX_SHELLS.some((s) => shell.original.startsWith(s)) || hasPipefailOption(shell);
      } else if (inst.keyword === "RUN" && !safe && ctx.shell(inst).hasPipes) hits.push({ line: inst.line });
    }
    return hits;
  }
};

// src/lint/rules/dl/index.ts
var dlRules = [
  DL1001,
  DL3000,
  DL3001,
  DL3002,
  DL3003,
  DL3004,
  DL3006,
  DL3007,
  DL3008,
  DL3009,
  DL3010,
  DL3011,
  DL3012,
  DL3013,
  DL3014,
  DL3015,
  DL3016,
  DL3018,
  DL3019,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3027,
  DL3028,
  DL3029,
  DL3030,
  DL3032,
  DL3033,
  DL3034,
  DL3035,
  DL3036,
  DL3037,
  DL3038,
  DL3040,
  DL3041,
  DL3042,
  DL3043,
  DL3044,
  DL3045,
  DL3046,
  DL3047,
  DL3048,
  DL3049,
  DL3050,
  DL3051,
  DL3052,
  DL3053,
  DL3054,
  DL3055,
  DL3056,
  DL3057,
  DL3058,
  DL3059,
  DL3060,
  DL3061,
  DL3062,
  DL3063,
  DL3064,
  DL3065,
  DL3066,
  DL3067,
  DL4000,
  DL4001,
  DL4003,
  DL4004,
  DL4005,
  DL4006
];

// src/lint/rules/ml/index.ts
init_define_ACTION_META();

// src/lint/rules/ml/MCD1001.ts
init_define_ACTION_META();

// src/lint/rules/ml/util.ts
init_define_ACTION_META();
function stagesOf(ctx) {
  const stages = [];
  const byAlias = /* @__PURE__ */ new Map();
  for (const inst of ctx.instructions) {
    if (inst.keyword === "FROM") {
      const base = parseFrom(inst);
      const plain = base.tag === null && base.digest === null && base.registry === null;
      const parent = plain ? byAlias.get(base.name.toLowerCase()) ?? -1 : -1;
      stages.push({ from: inst, base, body: [], parent });
      if (base.alias !== null) byAlias.set(base.alias.toLowerCase(), stages.length - 1);
    } else stages[stages.length - 1]?.body.push(inst);
  }
  return stages;
}
function stageChain(stages, index) {
  const chain = [];
  for (let i = index; i >= 0; i = stages[i].parent) chain.unshift(stages[i]);
  return chain;
}
var chainBody = (chain) => chain.flatMap((s) => s.body);
var NON_ROOT_IMAGES = [
  /^mambaorg\/micromamba$/,
  /^rayproject\/ray(-ml)?$/,
  /^pytorch\/torchserve$/,
  /^seldonio\/mlserver$/,
  /^jupyter\//,
  /^windows\/nanoserver$/
];
function knownNonRootBase(base) {
  const name = base.name.toLowerCase();
  if ((base.tag ?? "").toLowerCase().includes("nonroot")) return true;
  if (name.startsWith("chainguard/") || name.includes("/chainguard/")) return true;
  return NON_ROOT_IMAGES.some((re) => re.test(name) || re.test(name.split("/").slice(-2).join("/")));
}
var MODEL_EXTENSIONS = [
  ".onnx",
  ".pt",
  ".pth",
  ".bin",
  ".safetensors",
  ".pkl",
  ".joblib",
  ".h5",
  ".keras",
  ".gguf",
  ".tflite",
  ".pb",
  ".ckpt",
  ".pmml",
  ".mar"
];
var MODEL_DIRS = ["model", "models", "weights", "checkpoints", "model_store", "model-store", "model_repository", "model-repository"];
var REGISTRY_PREFIXES = ["models:/", "runs:/", "mlflow-artifacts:/", "hf://"];
function pathPart(s) {
  let p = s;
  if (p.includes("://")) {
    const cut = p.search(/[?#]/);
    if (cut >= 0) p = p.slice(0, cut);
  }
  return p;
}
var isUrl3 = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
function isModelFile(s) {
  const p = pathPart(s).toLowerCase();
  const base = p.slice(p.lastIndexOf("/") + 1);
  return MODEL_EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length);
}
var isRegistryUri = (s) => REGISTRY_PREFIXES.some((p) => s.toLowerCase().startsWith(p));
var ARCHIVES = [".tar.gz", ".tgz", ".tar", ".zip", ".tar.xz", ".tar.zst", ".tar.bz2"];
function isModelArchive(s) {
  const p = pathPart(s).toLowerCase();
  const ext = ARCHIVES.find((a) => p.endsWith(a));
  if (!ext) return false;
  const stem = p.slice(0, -ext.length);
  return MODEL_DIRS.includes(baseName(stem)) || isModelFile(stem) || inModelDir(p.slice(0, p.lastIndexOf("/") + 1));
}
function inModelDir(s) {
  const p = pathPart(s).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return p.split("/").some((seg) => MODEL_DIRS.includes(seg.toLowerCase()));
}
function baseName(s) {
  const p = s.replace(/\/+$/, "");
  return p.slice(p.lastIndexOf("/") + 1);
}
function copyPaths2(inst) {
  const words2 = inst.json ?? splitWords(inst.args);
  if (words2.length < 2) return { sources: [], dest: null };
  return { sources: words2.slice(0, -1), dest: words2[words2.length - 1] };
}
var prog = (w) => w.slice(w.lastIndexOf("/") + 1);
var isPython = (name) => /^python[0-9.]*$/.test(prog(name));
var SHELLS = ["sh", "bash", "dash", "ash", "zsh"];
function commandLines(ctx, inst) {
  const lines = inst.json ? [inst.json] : ctx.shell(inst).commands.map(wordsOf);
  const out = [];
  for (const words2 of lines) {
    out.push(words2);
    if (SHELLS.includes(prog(words2[0] ?? ""))) {
      const script = words2[words2.indexOf("-c") + 1];
      if (words2.includes("-c") && script !== void 0) out.push(...parseCommands(script).commands.map(wordsOf));
    }
  }
  return out;
}
function wordsOf(c) {
  const args = getArgs(c);
  return args[0] !== void 0 && prog(args[0]) === prog(c.name) ? args : [c.name, ...args];
}
var SERVERS = [
  "uvicorn",
  "gunicorn",
  "hypercorn",
  "granian",
  "daphne",
  "waitress-serve",
  "torchserve",
  "tritonserver",
  "tensorflow_model_server",
  "text-generation-launcher",
  "text-embeddings-router",
  "seldon-core-microservice",
  "llama-server"
];
var SERVER_SUBCOMMANDS = {
  bentoml: [["serve"], ["serve-http"], ["serve-grpc"]],
  mlflow: [["models", "serve"]],
  mlserver: [["start"]],
  vllm: [["serve"]],
  serve: [["run"]],
  ollama: [["serve"]],
  flask: [["run"]],
  fastapi: [["run"]]
};
var SERVER_MODULES = ["uvicorn", "gunicorn", "hypercorn", "granian", "daphne", "waitress", "vllm", "sglang", "text_generation_server", "llama_cpp", "kserve"];
var startsWithWords = (words2, at, seq2) => seq2.every((w, j) => words2[at + j] === w);
var WRAPPERS = ["tini", "tini-static", "dumb-init", "catatonit", "exec", "nice", "nohup", "env", "opentelemetry-instrument", "ddtrace-run"];
var USER_WRAPPERS = ["gosu", "su-exec"];
var RUNNERS = ["uv", "poetry", "pipenv", "pdm", "hatch", "pixi", "conda", "mamba", "micromamba"];
var RUNNER_VALUE_OPTIONS = ["-n", "--name", "-p", "--prefix", "-e", "--env", "--environment", "--with", "--python", "--project", "--directory"];
function skipOptions(words2, i, valued) {
  let j = i;
  while (j < words2.length) {
    const w = words2[j];
    if (w === "--") return j + 1;
    if (!w.startsWith("-") && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) return j;
    j += valued.includes(w) ? 2 : 1;
  }
  return j;
}
function programIndex(words2) {
  let i = 0;
  for (let guard = 0; guard < 8 && i < words2.length; guard++) {
    const p = prog(words2[i]);
    if (WRAPPERS.includes(p)) i = skipOptions(words2, i + 1, []);
    else if (USER_WRAPPERS.includes(p)) i = skipOptions(words2, i + 1, []) + 1;
    else if (RUNNERS.includes(p) && words2[i + 1] === "run") i = skipOptions(words2, i + 2, RUNNER_VALUE_OPTIONS);
    else if (p === "newrelic-admin" && words2[i + 1] === "run-program") i += 2;
    else break;
  }
  return i;
}
function startsServer(words2) {
  const i = programIndex(words2);
  const p = prog(words2[i] ?? "");
  if (SERVERS.includes(p)) return true;
  if (SERVER_SUBCOMMANDS[p]?.some((seq2) => startsWithWords(words2, i + 1, seq2))) return true;
  if (isPython(p)) {
    let m = i + 1;
    while (m < words2.length && words2[m] !== "-m" && words2[m].startsWith("-") && words2[m] !== "-c") m++;
    if (words2[m] !== "-m") return false;
    const root = (words2[m + 1] ?? "").split(".")[0];
    if (SERVER_MODULES.includes(root)) return true;
    return SERVER_SUBCOMMANDS[root]?.some((seq2) => startsWithWords(words2, m + 2, seq2)) ?? false;
  }
  return false;
}
function isServing(ctx, chain) {
  const body = chainBody(chain);
  if (body.some((i) => i.keyword === "EXPOSE")) return true;
  const last = (kw) => body.filter((i) => i.keyword === kw).at(-1);
  const entry = last("ENTRYPOINT");
  const cmd = last("CMD");
  if (entry?.json && cmd?.json && startsServer([...entry.json, ...cmd.json])) return true;
  return [entry, cmd].some((inst) => inst !== void 0 && commandLines(ctx, inst).some(startsServer));
}
function hasSecretMount(inst) {
  return inst.flags.some((f) => f.name === "mount" && f.value !== null && f.value.split(",").some((o) => o.trim().toLowerCase() === "type=secret"));
}
function runsPythonCode(cmd) {
  if (!isPython(cmd.name)) return false;
  const args = getArgs(cmd);
  const m = args.indexOf("-m");
  return !(m >= 0 && ["pip", "venv", "ensurepip", "compileall"].includes(args[m + 1] ?? ""));
}
function pythonCode(cmd) {
  if (!isPython(cmd.name)) return null;
  const args = getArgs(cmd);
  const c = args.indexOf("-c");
  return c >= 0 ? args[c + 1] ?? null : null;
}
function installsPackages(cmd) {
  if (isPipInstall(cmd)) return true;
  const args = getArgsNoFlags(cmd);
  const [a0, a1] = args;
  switch (prog(cmd.name)) {
    case "uv":
      return a0 === "pip" && (a1 === "install" || a1 === "sync") || a0 === "sync";
    case "conda":
    case "mamba":
    case "micromamba":
      return a0 === "install" || a0 === "create" || a0 === "update" || a0 === "env" && (a1 === "create" || a1 === "update");
    case "poetry":
    case "pipenv":
    case "pdm":
      return a0 === "install" || a0 === "sync";
    case "apt-get":
    case "apt":
    case "dnf":
    case "yum":
    case "microdnf":
      return args.includes("install");
    case "apk":
      return args.includes("add");
    default:
      return false;
  }
}
function servingFinalChain(ctx) {
  const stages = stagesOf(ctx);
  if (stages.length === 0) return null;
  const chain = stageChain(stages, stages.length - 1);
  return isServing(ctx, chain) ? { chain, final: chain[chain.length - 1] } : null;
}

// src/lint/rules/ml/MCD1001.ts
var program = (cmd) => cmd.name.slice(cmd.name.lastIndexOf("/") + 1);
var namesModel = (words2) => words2.some((w) => isModelFile(w) || isRegistryUri(w));
var PY_HUB_FETCHES = ["snapshot_download", "hf_hub_download", "download_artifacts"];
var PY_DOWNLOADS = ["urlretrieve", "urlopen", "requests.get", "httpx.get", "download_file", "download_fileobj", "download_to_filename"];
function pythonFetches(code2) {
  if (PY_HUB_FETCHES.some((f) => code2.includes(f))) return true;
  const pretrained = /from_pretrained\(\s*(['"]?)([^'",)]*)/.exec(code2);
  if (pretrained && !code2.includes("local_files_only=True") && !(pretrained[1] && /^[./]/.test(pretrained[2]))) return true;
  return PY_DOWNLOADS.some((f) => code2.includes(f)) && namesModel(code2.split(/[\s'"(),;[\]{}]+/));
}
function setVars(inst, vars) {
  if (inst.keyword === "ENV") for (const { key, value } of parsePairs(inst.args)) vars.set(key, value);
  if (inst.keyword === "ARG") {
    for (const w of splitWords(inst.args)) {
      const eq = w.indexOf("=");
      if (eq > 0) vars.set(w.slice(0, eq), w.slice(eq + 1));
    }
  }
}
function withVars(cmd, vars) {
  if (vars.size === 0) return cmd;
  const sub = (a) => a.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name) => vars.get(name) ?? m);
  return { ...cmd, arguments: cmd.arguments.map((a) => ({ ...a, arg: sub(a.arg) })) };
}
function objectStoreCopy(cmd) {
  const args = getArgsNoFlags(cmd);
  const p = program(cmd);
  const sub = (i, names) => names.includes(args[i] ?? "");
  if (p === "aws" && args[0] === "s3" && sub(1, ["cp", "sync"])) return args.slice(2);
  if (p === "s5cmd" && sub(0, ["cp", "sync"])) return args.slice(1);
  if (p === "gsutil") {
    const at = args.findIndex((a) => a === "cp" || a === "rsync");
    return at >= 0 ? args.slice(at + 1) : null;
  }
  if (p === "gcloud" && args[0] === "storage" && sub(1, ["cp", "rsync"])) return args.slice(2);
  if (p === "az" && args[0] === "storage" && args[1] === "blob" && sub(2, ["download", "download-batch"])) return getArgs(cmd);
  if (p === "azcopy" && sub(0, ["copy", "cp", "sync"])) return args.slice(1);
  if (p === "rclone" && sub(0, ["copy", "copyto", "sync"])) return args.slice(1);
  if (p === "mc" && sub(0, ["cp", "mirror"])) return args.slice(1);
  return null;
}
function fetchesModel(cmd) {
  const p = program(cmd);
  const args = getArgs(cmd);
  if (p === "curl" || p === "wget") {
    if (hasAnyFlag(["T", "upload-file", "F", "form", "d", "data", "data-binary", "post-file"], cmd)) return false;
    return namesModel(args) || args.some((a) => isUrl3(a) && isModelArchive(a));
  }
  if ((p === "huggingface-cli" || p === "hf") && args[0] === "download") {
    const type = args[args.indexOf("--repo-type") + 1];
    const typeInline = args.find((a) => a.startsWith("--repo-type="))?.slice("--repo-type=".length);
    return !["dataset", "space"].includes((args.includes("--repo-type") ? type : typeInline) ?? "model");
  }
  if (p === "mlflow" && args[0] === "artifacts" && args[1] === "download") return true;
  if (p === "mlflow" && args[0] === "models" && args[1] === "serve") return false;
  const store = objectStoreCopy(cmd);
  if (store) {
    const remote = p === "az" || store.slice(0, -1).some((a) => isUrl3(a) || /^[\w-]+:/.test(a));
    return remote && store.some((a) => isModelFile(a) || inModelDir(a));
  }
  const code2 = pythonCode(cmd);
  if (code2 !== null) return pythonFetches(code2);
  return !["echo", "printf", "cat", "tee"].includes(p) && args.some(isRegistryUri);
}
var SUM_TOOLS = ["sha224sum", "sha256sum", "sha384sum", "sha512sum", "b2sum", "shasum", "sha3sum"];
var COMPARERS = ["test", "[", "grep", "cmp", "diff"];
function verifies(commands) {
  const check2 = commands.some((c) => {
    const p = program(c);
    if (SUM_TOOLS.includes(p)) return hasFlag("c", c) || hasFlag("check", c);
    const args = getArgs(c);
    if (p === "cosign" && args[0] === "verify-blob") return true;
    if (p === "gpg" && (hasFlag("verify", c) || args.includes("--verify"))) return true;
    if (p === "gpgv") return true;
    if (p === "minisign" && hasFlag("V", c)) return true;
    const code2 = pythonCode(c);
    return code2 !== null && code2.includes("hashlib");
  });
  if (check2) return true;
  const sums = commands.some((c) => SUM_TOOLS.includes(program(c)) || program(c) === "openssl" && getArgs(c)[0] === "dgst");
  return sums && commands.some((c) => COMPARERS.includes(program(c)));
}
function uncheckedAdd(inst, vars) {
  if (inst.keyword !== "ADD" || inst.flags.some((f) => f.name === "checksum" && f.value)) return false;
  const sub = (a) => a.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name) => vars.get(name) ?? m);
  const paths = copyPaths2(inst);
  const sources = paths.sources.map(sub);
  const dest = paths.dest === null ? null : sub(paths.dest);
  const urls = sources.filter(isUrl3);
  return urls.length > 0 && (urls.some((u) => isModelFile(u) || isModelArchive(u)) || dest !== null && isModelFile(dest));
}
var MCD1001 = {
  code: "MCD1001",
  severity: "warning",
  message: "Verify model files fetched at build time: use `ADD --checksum=sha256:<digest>` or check them with `sha256sum -c` after the download.",
  docs: {
    rationale: "A model downloaded during the build (curl, wget, aws s3 cp, gsutil, huggingface-cli/hf download, mlflow artifacts download, from_pretrained) is whatever the source returns at that moment: a moved alias, a re-uploaded file or a tampered bucket changes what the image serves without any change to the Dockerfile. Pickle-based formats (.pt, .pkl, .joblib) also run code when loaded. hadolint has no rule on downloaded content.",
    bad: "FROM python:3.12-slim\nRUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx\n",
    good: 'FROM python:3.12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nARG MODEL_SHA256=4f1c2a6b9d0e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a\nRUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx \\\n && echo "${MODEL_SHA256}  /models/model.onnx" | sha256sum -c -\n'
  },
  check: (ctx) => {
    const hits = [];
    for (const stage of stagesOf(ctx)) {
      const vars = /* @__PURE__ */ new Map();
      let lastCheck = -1;
      stage.body.forEach((inst, i) => {
        if (inst.keyword === "RUN" && verifies(ctx.shell(inst).commands)) lastCheck = i;
      });
      stage.body.forEach((inst, i) => {
        setVars(inst, vars);
        if (uncheckedAdd(inst, vars)) hits.push({ line: inst.line });
        if (inst.keyword === "RUN") {
          const commands = ctx.shell(inst).commands.map((c) => withVars(c, vars));
          if (commands.some(fetchesModel) && lastCheck < i) hits.push({ line: inst.line });
        }
        if (inst.keyword === "ONBUILD" && inst.inner) {
          const inner = inst.inner;
          if (uncheckedAdd(inner, /* @__PURE__ */ new Map())) hits.push({ line: inst.line });
          else if (inner.keyword === "RUN") {
            const commands = ctx.shell(inner).commands;
            if (commands.some(fetchesModel) && !verifies(commands)) hits.push({ line: inst.line });
          }
        }
      });
    }
    return hits;
  }
};

// src/lint/rules/ml/MCD1002.ts
init_define_ACTION_META();
var MCD1002 = {
  code: "MCD1002",
  severity: "warning",
  message: "Set a non-root USER in the final stage of the serving image (e.g. `USER 10001`); it runs as root otherwise.",
  docs: {
    rationale: "A model server parses requests from the network and often loads pickle-based weights, which run code on load; as root, any exploit owns the container and whatever volume or token it mounts. hadolint DL3002 fires only when the last USER is explicitly root; an image that never sets USER also runs as root, and this rule catches that case for images that serve (EXPOSE, or a CMD/ENTRYPOINT starting uvicorn, gunicorn, torchserve, tritonserver, vllm, mlflow models serve, ...). Base images known to default to a non-root user (distroless `nonroot` tags, Chainguard) pass.",
    bad: 'FROM python:3.12-slim\nCOPY . /srv\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
    good: 'FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\nCOPY . /srv\nUSER 10001\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n'
  },
  check: (ctx) => {
    const serving = servingFinalChain(ctx);
    if (!serving || knownNonRootBase(serving.chain[0].base)) return [];
    return chainBody(serving.chain).some((i) => i.keyword === "USER") ? [] : [{ line: serving.final.from.line }];
  }
};

// src/lint/rules/ml/MCD1003.ts
init_define_ACTION_META();
var MCD1003 = {
  code: "MCD1003",
  severity: "info",
  message: "Add a HEALTHCHECK to the serving image (or `HEALTHCHECK NONE` when the orchestrator probes it).",
  docs: {
    rationale: "Model servers take a while to load weights and can fail to load them while the process keeps running; a HEALTHCHECK that hits the readiness endpoint lets Docker, Compose and Swarm tell a serving container from a broken one. hadolint DL3057 is off by default and fires on every stage, builders included; this rule looks only at the final stage, and only when it serves (EXPOSE, or a CMD/ENTRYPOINT starting a known model server). Kubernetes ignores HEALTHCHECK and uses its own probes: write `HEALTHCHECK NONE` to record that choice.",
    bad: 'FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
    good: `FROM python:3.12-slim
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"]
CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]
`
  },
  check: (ctx) => {
    const serving = servingFinalChain(ctx);
    if (!serving) return [];
    return chainBody(serving.chain).some((i) => i.keyword === "HEALTHCHECK") ? [] : [{ line: serving.final.from.line }];
  }
};

// src/lint/rules/ml/MCD1004.ts
init_define_ACTION_META();
function copiesModel(inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD") return false;
  if (inst.heredocs.length > 0) return false;
  return copyPaths2(inst).sources.some((s) => isModelFile(s) || MODEL_DIRS.includes(baseName(s).toLowerCase()));
}
var MCD1004 = {
  code: "MCD1004",
  severity: "warning",
  message: "Copy model files after installing dependencies, so a new model version reuses the cached install layers.",
  docs: {
    rationale: "Docker reuses a cached layer only while every layer before it is unchanged. A new model version is the most frequent change to a serving image; copied before `pip install` (or conda, uv, poetry, apt-get, apk), it invalidates the install layer, so every model release re-downloads and re-installs the framework (often gigabytes for torch or tensorflow), and the rebuilt layers can pick up different dependency versions. hadolint has no rule on layer order.",
    bad: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY models/ /srv/models/\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --require-hashes -r requirements.txt\n",
    good: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --require-hashes -r requirements.txt\nCOPY models/ /srv/models/\n"
  },
  check: (ctx) => {
    const hits = [];
    for (const stage of stagesOf(ctx)) {
      let lastInstall = -1;
      stage.body.forEach((inst, i) => {
        if (inst.keyword === "RUN" && ctx.shell(inst).commands.some(installsPackages)) lastInstall = i;
      });
      stage.body.forEach((inst, i) => {
        if (i < lastInstall && copiesModel(inst)) hits.push({ line: inst.line });
      });
    }
    return hits;
  }
};

// src/lint/rules/ml/MCD1005.ts
init_define_ACTION_META();
var SECRET_PARTS = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "APIKEY", "CREDENTIALS"];
var SECRET_PAIRS = [
  ["API", "KEY"],
  ["ACCESS", "KEY"],
  ["SECRET", "KEY"],
  ["PRIVATE", "KEY"],
  ["ACCOUNT", "KEY"],
  ["STORAGE", "KEY"],
  ["CONNECTION", "STRING"]
];
var SECRET_NAMES = ["KAGGLE_KEY"];
var NOT_SECRET_LAST = ["ID", "USER", "USERNAME", "NAME", "FILE", "PATH", "DIR", "URL", "URI", "HOST", "ENDPOINT", "TYPE", "REGION"];
function isSecretName(name) {
  const upper = name.toUpperCase();
  if (SECRET_NAMES.includes(upper)) return true;
  const parts = upper.split(/[_-]/);
  if (NOT_SECRET_LAST.includes(parts[parts.length - 1])) return false;
  if (parts.some((p) => SECRET_PARTS.includes(p))) return true;
  return SECRET_PAIRS.some(([a, b]) => parts.some((p, i) => p === a && parts[i + 1] === b));
}
var CONSUMERS = [
  { names: /^(HF_TOKEN|HUGGING_?FACE_HUB_TOKEN)$/, tools: ["huggingface-cli", "hf", "text-generation-server", "optimum-cli"] },
  { names: /^AWS_(SECRET_ACCESS_KEY|SESSION_TOKEN)$/, tools: ["aws", "s5cmd", "dvc", "mlflow"] },
  { names: /^MLFLOW_TRACKING_(TOKEN|PASSWORD)$/, tools: ["mlflow"] },
  { names: /^WANDB_API_KEY$/, tools: ["wandb"] },
  { names: /^AZURE_(STORAGE_KEY|STORAGE_ACCOUNT_KEY|STORAGE_CONNECTION_STRING|STORAGE_SAS_TOKEN|CLIENT_SECRET)$/, tools: ["az", "dvc", "mlflow"] },
  { names: /^KAGGLE_KEY$/, tools: ["kaggle"] },
  { names: /^NGC_(CLI_)?API_KEY$/, tools: ["ngc"] },
  { names: /^DATABRICKS_TOKEN$/, tools: ["databricks", "mlflow"] }
];
var program2 = (cmd) => cmd.name.slice(cmd.name.lastIndexOf("/") + 1);
function uses(cmd, name) {
  const words2 = [cmd.name, ...getArgs(cmd)];
  const ref = new RegExp(`\\$\\{#?${name.replace(/[^A-Za-z0-9_]/g, "\\$&")}(?![A-Za-z0-9_])`);
  if (words2.some((w) => ref.test(w))) return true;
  const consumer = CONSUMERS.find((c) => c.names.test(name.toUpperCase()));
  if (!consumer) return false;
  return consumer.tools.includes(program2(cmd)) || runsPythonCode(cmd);
}
function argNames(inst) {
  return inst.args.split(/\s+/).filter(Boolean).map((w) => w.split("=")[0]);
}
var MCD1005 = {
  code: "MCD1005",
  severity: "error",
  message: "Pass secrets to RUN with `--mount=type=secret`, not a build ARG or ENV: their values are stored with the image.",
  docs: {
    rationale: "Build args and ENV values are kept with the image: ENV in its config, build args in `docker history` and in provenance attestations. A Hugging Face, S3, MLflow or W&B token passed that way to fetch the model is then readable by anyone who can pull the serving image. hadolint DL3064 looks only at the names of ARG and ENV; this rule ties a token-like ARG or ENV to a RUN that uses it (`$HF_TOKEN` on the command line, or a tool that reads it from the environment, such as `huggingface-cli`, `aws`, `mlflow`, `wandb` or Python code) and is silent when that RUN mounts a secret.",
    bad: "FROM python:3.12-slim\nARG HF_TOKEN\nRUN huggingface-cli download org/model --local-dir /models\n",
    good: "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN --mount=type=secret,id=hf_token,env=HF_TOKEN huggingface-cli download org/model --local-dir /models\n"
  },
  check: (ctx) => {
    const hits = [];
    const stages = stagesOf(ctx);
    const envOf = /* @__PURE__ */ new Map();
    stages.forEach((stage, index) => {
      const visible = new Map(envOf.get(stage.parent) ?? []);
      for (const inst of stage.body) {
        if (inst.keyword === "ARG") {
          for (const name of argNames(inst)) if (isSecretName(name) && !visible.has(name)) visible.set(name, { kind: "ARG", line: inst.line });
        } else if (inst.keyword === "ENV") {
          for (const { key, value } of parsePairs(inst.args)) {
            if (!isSecretName(key)) continue;
            if (value === "") visible.delete(key);
            else visible.set(key, { kind: "ENV", line: inst.line });
          }
        } else if (inst.keyword === "RUN" && visible.size > 0 && !hasSecretMount(inst)) {
          const commands = ctx.shell(inst).commands;
          const used = [...visible].find(([name]) => commands.some((c) => uses(c, name)));
          if (used) {
            const [name, src] = used;
            hits.push({
              line: inst.line,
              message: `\`${name}\` comes from ${src.kind} on line ${src.line} and is stored with the image: pass it with \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name}\` instead.`
            });
          }
        }
      }
      envOf.set(index, new Map([...visible].filter(([, s]) => s.kind === "ENV")));
    });
    return hits;
  }
};

// src/lint/rules/ml/MCD1006.ts
init_define_ACTION_META();
var ML_FRAMEWORKS = [
  "torch",
  "torchvision",
  "torchaudio",
  "tensorflow",
  "tensorflow-cpu",
  "tensorflow-gpu",
  "keras",
  "jax",
  "jaxlib",
  "onnxruntime",
  "onnxruntime-gpu",
  "transformers",
  "sentence-transformers",
  "vllm",
  "xgboost",
  "lightgbm",
  "catboost",
  "scikit-learn"
];
var projectName = (req) => req.split(/[[<>=!~;@\s]/)[0].toLowerCase().replace(/[-_.]+/g, "-");
var DL3013_VALUE_FLAGS = [
  "abi",
  "b",
  "build",
  "e",
  "editable",
  "extra-index-url",
  "f",
  "find-links",
  "i",
  "index-url",
  "implementation",
  "no-binary",
  "only-binary",
  "platform",
  "prefix",
  "progress-bar",
  "proxy",
  "python",
  "python-version",
  "root",
  "root-user-action",
  "src",
  "t",
  "target",
  "trusted-host",
  "upgrade-strategy"
];
var VALUE_FLAGS2 = [...DL3013_VALUE_FLAGS, "r", "requirement", "c", "constraint", "constraints", "index-strategy", "p"];
var afterInstall = (args) => args.slice(args.indexOf("install") + 1).filter((a) => a !== "install");
var isInstall = (cmd) => isPipInstall(cmd) || cmd.name === "uv" && getArgs(cmd)[0] === "pip" && getArgs(cmd)[1] === "install";
function dl3013Fires(cmd) {
  if (!isPipInstall(cmd) || hasAnyFlag(["constraint", "c"], cmd)) return false;
  const args = getArgs(cmd);
  if (args.includes("--requirement") || args.includes("-r") || args.includes(".")) return false;
  const vcs = (p) => /^(git|hg|svn|bzr)(\+|$)/.test(p);
  const fixed = (p) => ["==", ">=", "<=", ">", "<", "!=", "~="].some((s) => p.includes(s)) || vcs(p) && p.includes("@") || p.endsWith(".whl") || p.endsWith(".tar.gz") || !vcs(p) && p.includes("/");
  const pkgs = afterInstall(getArgsNoFlags(dropFlagArg(DL3013_VALUE_FLAGS, cmd)));
  return !pkgs.every(fixed);
}
function unlockedFrameworks(cmd) {
  if (!isInstall(cmd)) return [];
  if (hasAnyFlag(["require-hashes", "c", "constraint", "constraints", "no-deps"], cmd)) return [];
  const pkgs = afterInstall(getArgsNoFlags(dropFlagArg(VALUE_FLAGS2, cmd)));
  const frameworks = pkgs.filter((p) => ML_FRAMEWORKS.includes(projectName(p)));
  if (frameworks.length === 0 || dl3013Fires(cmd)) return [];
  return frameworks;
}
var LOCKING_ENV = ["PIP_REQUIRE_HASHES", "PIP_CONSTRAINT", "UV_CONSTRAINT", "UV_REQUIRE_HASHES"];
function setsLockingEnv(inst, argToo) {
  if (inst.keyword === "ENV") return parsePairs(inst.args).some((p) => LOCKING_ENV.includes(p.key) && p.value !== "");
  if (inst.keyword === "ARG" && argToo) return inst.args.split(/\s+/).some((w) => LOCKING_ENV.includes(w.split("=")[0]));
  return false;
}
function hitFor(ctx, inst, line) {
  const found = ctx.shell(inst).commands.flatMap(unlockedFrameworks);
  if (found.length === 0) return null;
  return {
    line,
    message: `\`${found.join(" ")}\` is installed without hashes or a lock: use \`--require-hashes\` with a hashed requirements file, or a constraints/lock file (\`-c constraints.txt\`, \`uv sync --frozen\`), so rebuilds get the same dependency tree.`
  };
}
var MCD1006 = {
  code: "MCD1006",
  severity: "warning",
  message: "Install ML frameworks with `--require-hashes` or a constraints/lock file (`-c constraints.txt`, `uv sync --frozen`), so rebuilds of the serving image get the same dependency tree.",
  docs: {
    rationale: "Pinning `torch==2.3.1` pins one package: its dependency tree (numpy, the CUDA wheels, tokenizers, protobuf, ...) still resolves anew on each build, so two builds of the same commit can serve the model with different numerics or fail to load it. A hashed requirements file (`--require-hashes`) or a constraints/lock file fixes the whole tree. hadolint DL3013 asks only for a version on each package named on the command line; this rule fires where DL3013 is satisfied (the frameworks are pinned, or installed together with `-r` files) but nothing locks the rest, and stays quiet where DL3013 already reports the command.",
    bad: "FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.3.1 transformers==4.44.2\n",
    good: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY constraints.txt .\nRUN pip install --no-cache-dir -c constraints.txt torch==2.3.1 transformers==4.44.2\n"
  },
  check: (ctx) => {
    const hits = [];
    const stages = stagesOf(ctx);
    const envLocked = [];
    stages.forEach((stage) => {
      let locked = stage.parent >= 0 && envLocked[stage.parent] === true;
      envLocked.push(locked || stage.body.some((i) => setsLockingEnv(i, false)));
      for (const inst of stage.body) {
        if (setsLockingEnv(inst, true)) locked = true;
        const target = inst.keyword === "ONBUILD" ? inst.inner : inst;
        if (locked || target?.keyword !== "RUN") continue;
        const hit = hitFor(ctx, target, inst.line);
        if (hit) hits.push(hit);
      }
    });
    return hits;
  }
};

// src/lint/rules/ml/index.ts
var mlRules = [MCD1001, MCD1002, MCD1003, MCD1004, MCD1005, MCD1006];

// src/lint/rules/index.ts
var allRules = [...dlRules, ...mlRules].sort((a, b) => a.code.localeCompare(b.code));
function ruleMetadata() {
  const meta = /* @__PURE__ */ new Map();
  for (const r of allRules) meta.set(r.code, { code: r.code, severity: r.severity, message: r.message, helpUri: helpUri(r.code), rationale: r.docs?.rationale });
  meta.set(UNKNOWN_PRAGMA_CODE.code, { ...UNKNOWN_PRAGMA_CODE, helpUri: helpUri(UNKNOWN_PRAGMA_CODE.code) });
  meta.set("DL1000", { code: "DL1000", severity: "error", message: "The Dockerfile cannot be parsed.", helpUri: helpUri("DL1000") });
  return meta;
}
function isKnownCode(code2) {
  return /^SC\d{4}$/.test(code2) || code2 === "DL1000" || code2 === UNKNOWN_PRAGMA_CODE.code || allRules.some((r) => r.code === code2);
}

// src/lint/run.ts
init_define_ACTION_META();
import { readFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";

// src/lint/dockerfile/parse.ts
init_define_ACTION_META();

// src/lint/dockerfile/model.ts
init_define_ACTION_META();
var KEYWORDS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
];

// src/lint/dockerfile/parse.ts
var KEYWORD_SET = new Set(KEYWORDS);
var FLAGGED = /* @__PURE__ */ new Set(["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]);
var RUN_FLAGS = /* @__PURE__ */ new Set(["mount", "network", "security"]);
var HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD"]);
var DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
var KNOWN_DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
function parseDockerfile(text) {
  const lines = text.replace(/^\uFEFF/, "").split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  const directives = {};
  const comments = [];
  const instructions = [];
  let error = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]);
    const key = m?.[1]?.toLowerCase();
    if (!m || !key || !KNOWN_DIRECTIVES.has(key) || key in directives) break;
    directives[key] = m[2];
    comments.push({ line: i + 1, text: lines[i].slice(1) });
  }
  const escape = directives.escape === "`" ? "`" : "\\";
  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "") {
      i++;
      continue;
    }
    if (trimmed.startsWith("#")) {
      comments.push({ line: i + 1, text: trimmed.slice(1) });
      i++;
      continue;
    }
    const result = readInstruction(lines, i, escape);
    if ("error" in result) {
      error = result.error;
      break;
    }
    instructions.push(result.instruction);
    i = result.next;
  }
  return { instructions, comments, directives, escape, error };
}
function readInstruction(lines, start, escape) {
  const first = lines[start];
  const m = /^\s*([A-Za-z]+)/.exec(first);
  const word2 = m?.[1]?.toUpperCase() ?? "";
  if (!m || !KEYWORD_SET.has(word2)) {
    const column = first.length - first.trimStart().length + 1;
    return { error: { line: start + 1, column, message: `unexpected '${first.trim()[0]}': not a Dockerfile instruction (expected one of ${KEYWORDS.join(", ")})` } };
  }
  const keyword = word2;
  const offset = m[0].length;
  if (keyword === "ONBUILD") {
    const inner = /^\s+([A-Za-z]+)/.exec(first.slice(offset));
    const innerWord = inner?.[1]?.toUpperCase() ?? "";
    if (inner && KEYWORD_SET.has(innerWord) && innerWord !== "ONBUILD") {
      const result = readBody(lines, start, offset + inner[0].length, innerWord, escape);
      if ("error" in result) return result;
      const inst = result.instruction;
      const text = `${innerWord} ${inst.raw.trim()}`;
      const outer = { ...inst, keyword, raw: text, args: text, flags: [], json: null, heredocs: [], inner: inst };
      return { instruction: outer, next: result.next };
    }
  }
  return readBody(lines, start, offset, keyword, escape);
}
function readBody(lines, start, offset, keyword, escape) {
  const first = lines[start];
  const rest = first.slice(offset);
  if (rest !== "" && !/^[ \t]/.test(rest) && !rest.startsWith(escape)) {
    return { error: { line: start + 1, column: offset + 1, message: `missing whitespace after ${keyword}` } };
  }
  const joined = joinContinuations(lines, start, rest, escape);
  if (joined.text.trim() === "") {
    return { error: { line: start + 1, column: first.length + 1, message: `missing whitespace: ${keyword} needs arguments` } };
  }
  const instruction = makeInstruction(keyword, joined.text, start + 1, joined.next);
  let next = joined.next;
  if (HEREDOC_KEYWORDS.has(keyword)) {
    const doc = readHeredoc(lines, start, joined.next, instruction.args);
    if (doc) {
      instruction.heredocs.push(doc.heredoc);
      if (keyword !== "COPY" && keyword !== "ADD") {
        instruction.args = doc.args;
        instruction.json = null;
      }
      instruction.endLine = doc.next;
      next = doc.next;
      const after = lines[next];
      if (after !== void 0 && after !== "" && !/^[ \t]/.test(after)) {
        return { error: { line: next + 1, column: 1, message: `unexpected '${after[0]}' expecting a new line followed by the next instruction` } };
      }
    }
  }
  return { instruction, next };
}
function joinContinuations(lines, start, firstRest, escape) {
  let text = "";
  let rest = firstRest;
  let i = start;
  for (; ; ) {
    const cont = continued(rest, escape);
    if (cont === null) {
      text += rest;
      break;
    }
    text += cont;
    i++;
    while (i < lines.length && (lines[i] === "" || /^[ \t]*#/.test(lines[i]))) i++;
    if (i >= lines.length) break;
    const line = lines[i];
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (indent === line.length) break;
    if (indent > 0) text += " ";
    rest = line.slice(indent);
  }
  return { text, next: i + 1 };
}
function readHeredoc(lines, start, end, args) {
  if (!args.includes("<<")) return null;
  let row = start;
  while (row < end - 1 && !lines[row].includes("<<")) row++;
  const firstLine = lines[row];
  const at = firstLine.indexOf("<<");
  if (at < 0) return null;
  const m = /^<<-*("[^"\n]*"|'[^'\n]*'|[^ \t]+)([ \t]|$)/.exec(firstLine.slice(at));
  if (!m) return null;
  const marker = m[1].replace(/^(["'])(.*)\1$/, "$2");
  if (marker === "") return null;
  const rest = firstLine.slice(at + m[0].length);
  const afterMarker = /^(\||>)/.test(rest) ? "" : rest;
  const startsWithHeredoc = args.startsWith("<<");
  const body = [];
  for (let i = row + 1; i < lines.length; i++) {
    if (lines[i] === marker) {
      const content = [afterMarker, ...body].join("\n").trim();
      const heredoc = { name: marker, body: body.length ? body.join("\n") + "\n" : "", line: row + 2 };
      const prefix = args.slice(0, args.indexOf("<<")).trim();
      return { heredoc, args: startsWithHeredoc ? content : prefix, next: i + 1 };
    }
    body.push(lines[i]);
  }
  return null;
}
function continued(line, escape) {
  const trimmed = line.replace(/[ \t]+$/, "");
  return trimmed.endsWith(escape) ? trimmed.slice(0, -1) : null;
}
function makeInstruction(keyword, raw, line, endLine) {
  const { flags, rest } = FLAGGED.has(keyword) ? splitFlags(raw, keyword === "RUN" ? RUN_FLAGS : null) : { flags: [], rest: raw.trim() };
  return { keyword, line, endLine, raw, flags, args: rest, json: parseJsonArray(rest), heredocs: [], inner: null };
}
function splitFlags(raw, known = null) {
  const flags = [];
  let rest = raw.trimStart();
  for (; ; ) {
    const m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|'[^']*'|\S*))?(?:\s+|$)/.exec(rest);
    if (!m || known && !known.has(m[1].toLowerCase())) break;
    const value = m[2] === void 0 ? null : m[2].replace(/^(["'])(.*)\1$/, "$2");
    flags.push({ name: m[1].toLowerCase(), value });
    rest = rest.slice(m[0].length);
  }
  return { flags, rest: rest.trim() };
}
function parseJsonArray(args) {
  const m = /^\[\s*(.*?)\s*\]$/s.exec(args);
  if (!m) return null;
  const body = m[1];
  if (body === "") return [];
  const out = [];
  let i = 0;
  for (; ; ) {
    if (body[i] !== '"') return null;
    let s = "";
    let j = i + 1;
    for (; j < body.length && body[j] !== '"'; j++) {
      if (body[j] === "\\" && body[j + 1] === '"') {
        s += '"';
        j++;
      } else s += body[j];
    }
    if (j >= body.length) return null;
    out.push(s);
    i = j + 1;
    while (body[i] === " " || body[i] === "	") i++;
    if (i >= body.length) return out;
    if (body[i] !== ",") return null;
    i++;
    while (body[i] === " " || body[i] === "	") i++;
  }
}

// src/lint/shellcheck/run.ts
init_define_ACTION_META();
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir as tmpdir2 } from "node:os";
import { join as join4 } from "node:path";
var EXCLUDED = ["2187", "1090", "1091"];
var ShellcheckError = class extends Error {
  name = "ShellcheckError";
};
var timeoutMs = (scripts) => 1e4 + 200 * scripts;
async function shellcheck(binary, scripts) {
  const result = /* @__PURE__ */ new Map();
  const all = [...scripts.entries()].flatMap(([key, list2]) => list2.map((s) => ({ key, s })));
  if (all.length === 0) return result;
  const unique = [...new Set(all.map(({ s }) => s.script))];
  const dir = await mkdtemp(join4(tmpdir2(), "model-cd-shellcheck-"));
  try {
    const files = unique.map((_, i) => join4(dir, `${i}.sh`));
    await Promise.all(unique.map((script, i) => writeFile(files[i], script)));
    const slices = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 50)));
    const size = Math.ceil(files.length / slices);
    const outputs = await Promise.all(
      Array.from({ length: slices }, (_, i) => {
        const slice = files.slice(i * size, (i + 1) * size);
        return run(binary, ["--format=json1", `--exclude=${EXCLUDED.join(",")}`, "--severity=style", ...slice], timeoutMs(slice.length));
      })
    );
    const byScript = /* @__PURE__ */ new Map();
    for (const out of outputs) {
      for (const c of parseJson1(binary, out)) {
        const script = unique[files.indexOf(c.file)];
        if (script === void 0) continue;
        const hits = byScript.get(script) ?? /* @__PURE__ */ new Map();
        hits.set(`${c.code}:${c.message}`, { line: 0, code: `SC${c.code}`, severity: level(c.level), message: c.message });
        byScript.set(script, hits);
      }
    }
    for (const { key, s } of all) {
      const hits = byScript.get(s.script);
      if (!hits) continue;
      const list2 = result.get(key) ?? [];
      for (const h of hits.values()) list2.push({ ...h, line: s.line });
      result.set(key, list2);
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function level(l) {
  return l === "warning" || l === "info" || l === "style" ? l : "error";
}
function parseJson1(binary, out) {
  let doc = null;
  try {
    doc = JSON.parse(out);
  } catch {
  }
  if (!Array.isArray(doc?.comments)) {
    throw new ShellcheckError(`${binary} printed something that is not ShellCheck's json1 output (${JSON.stringify(out.trim().slice(0, 80))})`);
  }
  return doc.comments;
}
function run(binary, args, timeout) {
  return new Promise((resolve7, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => stderr = (stderr + d.toString()).slice(-2e3));
    const timer = setTimeout(() => {
      try {
        process.kill(process.platform === "win32" ? child.pid : -child.pid, "SIGKILL");
      } catch {
      }
      child.stdout.destroy();
      child.stderr.destroy();
      reject(new ShellcheckError(`${binary} did not finish within ${Math.round(timeout / 1e3)} s and was stopped`));
    }, timeout);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new ShellcheckError(`${binary} could not be started (${e.message})`));
    });
    child.on("close", (code2, signal) => {
      clearTimeout(timer);
      if (code2 === 0 || code2 === 1 && stdout) resolve7(stdout);
      else reject(new ShellcheckError(`${binary} ${signal ? `was ended by ${signal}` : `exited with ${code2}`}${stderr.trim() ? `: ${stderr.trim().split("\n")[0]}` : " and printed no result"}`));
    });
  });
}

// src/lint/shellcheck/scripts.ts
init_define_ACTION_META();
var PROXY_VARS = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"];
var defaultOpts = () => ({ shell: "/bin/sh -c", vars: new Set(PROXY_VARS) });
var NON_POSIX = ["pwsh", "powershell", "cmd"];
var SUPPORTED_SHEBANGS = ["#!/bin/sh", "#!/bin/bash", "#!/bin/ksh", "#!/usr/bin/env sh", "#!/usr/bin/env bash", "#!/usr/bin/env ksh"];
function runScripts(file) {
  const out = [];
  const stageOpts = [];
  const aliases = /* @__PURE__ */ new Map();
  let base = defaultOpts();
  let opts = defaultOpts();
  const comments = new Map(file.comments.map((c) => [c.line, c.text]));
  let lastLine = 0;
  const visit = (inst, line) => {
    switch (inst.keyword) {
      case "FROM": {
        const img = parseFrom(inst);
        const from = aliases.get(img.name);
        opts = from === void 0 ? copy(base) : copy(stageOpts[from] ?? base);
        stageOpts.push(opts);
        if (img.alias) aliases.set(img.alias, stageOpts.length - 1);
        break;
      }
      case "ARG":
        opts.vars.add(inst.args.split("=")[0].trim());
        break;
      case "ENV":
        for (const p of parsePairs(inst.args)) opts.vars.add(p.key);
        break;
      case "SHELL":
        opts.shell = inst.json ? inst.json.join(" ") : inst.args;
        break;
      case "RUN": {
        if (inst.json) break;
        const script = buildScript(opts, inst.args);
        if (script !== null) out.push({ line, script });
        break;
      }
      default:
        break;
    }
  };
  for (const inst of file.instructions) {
    for (let l = lastLine + 1; l < inst.line; l++) {
      const sh = comments.has(l) ? parseShellPragma(comments.get(l)) : null;
      if (sh) {
        opts.shell = sh;
        if (stageOpts.length === 0) base = copy(opts);
      }
    }
    lastLine = inst.endLine;
    visit(inst, inst.line);
    if (inst.inner) visit(inst.inner, inst.line);
  }
  return out;
}
function copy(o) {
  return { shell: o.shell, vars: new Set(o.vars) };
}
function buildScript(opts, text) {
  if (NON_POSIX.some((s) => opts.shell.includes(s))) return null;
  if (text.startsWith("#!") && !SUPPORTED_SHEBANGS.some((s) => text.startsWith(s))) return null;
  const shell = opts.shell.split(/\s+/).filter(Boolean)[0] ?? "";
  const exports = [...opts.vars].sort().map((v) => `export ${v}=1
`).join("");
  return `#!${shell}
${exports}${text}`;
}

// src/lint/run.ts
var MAX_BYTES = 64 * 1024 * 1024;
async function lintFiles(req) {
  const rules = req.rules ?? allRules;
  const parsed = req.files.map((file) => {
    const read = readText(file, req);
    return { file, read, doc: "text" in read ? parseDockerfile(read.text) : null };
  });
  let external = /* @__PURE__ */ new Map();
  if (req.shellcheck) {
    const scripts = /* @__PURE__ */ new Map();
    for (const p of parsed) if (p.doc && !p.doc.error) scripts.set(p.file, runScripts(p.doc));
    try {
      external = await shellcheck(req.shellcheck, scripts);
    } catch (e) {
      if (!(e instanceof ShellcheckError)) throw e;
      req.warn?.(`ShellCheck failed, so the SC checks on RUN scripts were skipped: ${e.message}. Fix or reinstall shellcheck, point \`shellcheck\` at a working binary, or set \`shellcheck: off\`.`);
    }
  }
  return parsed.map(({ file, read, doc }) => {
    if (!doc) return { file, findings: [read] };
    return { file, findings: lintParsed(doc, req.config, rules, external.get(file) ?? []) };
  });
}
function readText(file, req) {
  try {
    if (file === "-") return { text: req.stdin ? req.stdin() : "" };
    const buf = readFileSync(resolve4(req.cwd, file));
    if (buf.length > MAX_BYTES) return unreadable(`file is ${buf.length} bytes; Dockerfiles over ${MAX_BYTES} bytes are not linted`);
    if (buf.includes(0)) return unreadable("file is binary (it contains NUL bytes), not a Dockerfile");
    return { text: buf.toString("utf8") };
  } catch (e) {
    const code2 = e.code;
    return unreadable(code2 === "EACCES" ? "file is not readable (permission denied)" : `file cannot be read (${code2 ?? String(e)})`);
  }
}
function unreadable(message) {
  return { line: 1, column: 1, code: "DL1000", severity: "error", message };
}

// src/lint/settings.ts
init_define_ACTION_META();
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { join as join5, resolve as resolve5 } from "node:path";

// src/lint/config.ts
init_define_ACTION_META();
var SEVERITIES = ["error", "warning", "info", "style", "ignore"];
var LABEL_TYPES = ["email", "hash", "text", "rfc3339", "semver", "spdx", "url"];
function defaultLintConfig() {
  return {
    ignored: [],
    override: { error: [], warning: [], info: [], style: [] },
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false,
    disableIgnorePragma: false,
    failureThreshold: "info",
    noFail: false
  };
}
function mergeConfig(...parts) {
  const out = defaultLintConfig();
  for (const p of parts) {
    if (p.ignored) out.ignored = [...out.ignored, ...p.ignored];
    if (p.override) {
      for (const k of ["error", "warning", "info", "style"]) out.override[k] = [...out.override[k], ...p.override[k] ?? []];
    }
    if (p.trustedRegistries) out.trustedRegistries = [...out.trustedRegistries, ...p.trustedRegistries];
    if (p.labelSchema) out.labelSchema = { ...out.labelSchema, ...p.labelSchema };
    if (p.strictLabels !== void 0) out.strictLabels = p.strictLabels;
    if (p.disableIgnorePragma !== void 0) out.disableIgnorePragma = p.disableIgnorePragma;
    if (p.failureThreshold !== void 0) out.failureThreshold = p.failureThreshold;
    if (p.noFail !== void 0) out.noFail = p.noFail;
  }
  return out;
}
function parseSeverity(value, subject) {
  const v = value.trim().toLowerCase();
  if (SEVERITIES.includes(v) || v === "none") return v;
  throw new ConfigurationError(subject, value, `is not a severity. Use one of: error, warning, info, style, ignore, none.`);
}
async function parseConfigFile(text, path, warn = () => {
}) {
  const { parse: parseYaml } = await Promise.resolve().then(() => __toESM(require_dist(), 1));
  let doc;
  try {
    doc = parseYaml(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new ConfigurationError(`config file ${path}`, text.slice(0, 60), `is not valid YAML (${msg}). Fix the syntax; see https://github.com/hadolint/hadolint#configure for the format.`);
  }
  if (doc === null || doc === void 0) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) {
    throw new ConfigurationError(`config file ${path}`, String(text.slice(0, 60)), "must be a YAML mapping with keys such as `ignored`, `override`, `trustedRegistries`, `failure-threshold`.");
  }
  const m = doc;
  const where = (key) => `key \`${key}\` in ${path}`;
  const out = {};
  for (const key of Object.keys(m)) {
    if (!KNOWN_KEYS.has(key)) warn(`${path}: unknown key \`${key}\` is ignored (known keys: ${[...KNOWN_KEYS].join(", ")})`);
  }
  if (m.ignored !== void 0) out.ignored = stringList(m.ignored, where("ignored"));
  if (m.trustedRegistries !== void 0) out.trustedRegistries = stringList(m.trustedRegistries, where("trustedRegistries"));
  if (m.override !== void 0) {
    if (typeof m.override !== "object" || m.override === null || Array.isArray(m.override)) {
      throw new ConfigurationError(where("override"), JSON.stringify(m.override), "must map error/warning/info/style to lists of rule codes.");
    }
    const o = m.override;
    out.override = { error: [], warning: [], info: [], style: [] };
    for (const [k, v] of Object.entries(o)) {
      if (k !== "error" && k !== "warning" && k !== "info" && k !== "style") {
        throw new ConfigurationError(where("override"), k, "is not a severity to override to. Use error, warning, info or style.");
      }
      out.override[k] = stringList(v, where(`override.${k}`));
    }
  }
  if (m["label-schema"] !== void 0) out.labelSchema = labelSchema(m["label-schema"], where("label-schema"));
  if (m["strict-labels"] !== void 0) out.strictLabels = bool2(m["strict-labels"], where("strict-labels"));
  if (m["disable-ignore-pragma"] !== void 0) out.disableIgnorePragma = bool2(m["disable-ignore-pragma"], where("disable-ignore-pragma"));
  if (m["no-fail"] !== void 0) out.noFail = bool2(m["no-fail"], where("no-fail"));
  if (m["failure-threshold"] !== void 0) out.failureThreshold = parseSeverity(String(m["failure-threshold"]), where("failure-threshold"));
  return out;
}
var KNOWN_KEYS = /* @__PURE__ */ new Set([
  "ignored",
  "override",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "disable-ignore-pragma",
  "failure-threshold",
  "no-fail",
  "no-color",
  "verbose",
  "format",
  "formats"
]);
function stringList(v, subject) {
  if (v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string" || typeof x === "number")) {
    throw new ConfigurationError(subject, JSON.stringify(v), "must be a list of strings, e.g. `- DL3008`.");
  }
  return v.map(String);
}
function bool2(v, subject) {
  if (typeof v === "boolean") return v;
  throw new ConfigurationError(subject, JSON.stringify(v), "must be true or false.");
}
function labelSchema(v, subject) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new ConfigurationError(subject, JSON.stringify(v), "must map label names to types, e.g. `maintainer: email`.");
  }
  const out = {};
  for (const [name, type] of Object.entries(v)) {
    const t = type === null || type === "" ? "text" : String(type);
    if (!LABEL_TYPES.includes(t)) {
      throw new ConfigurationError(`${subject} (label ${name})`, t, `is not a label type. Use one of: ${LABEL_TYPES.join(", ")}.`);
    }
    out[name] = t;
  }
  return out;
}
var TRUTHY2 = /* @__PURE__ */ new Set(["1", "y", "on", "true", "yes"]);
function configFromEnv(env) {
  const out = {};
  const list2 = (name) => (env[name] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const flag = (name) => env[name] === void 0 ? void 0 : TRUTHY2.has(env[name].toLowerCase());
  if (env.HADOLINT_NOFAIL !== void 0) out.noFail = flag("HADOLINT_NOFAIL");
  if (env.HADOLINT_STRICT_LABELS !== void 0) out.strictLabels = flag("HADOLINT_STRICT_LABELS");
  if (env.HADOLINT_DISABLE_IGNORE_PRAGMA !== void 0) out.disableIgnorePragma = flag("HADOLINT_DISABLE_IGNORE_PRAGMA");
  if (env.HADOLINT_IGNORE) out.ignored = list2("HADOLINT_IGNORE");
  if (env.HADOLINT_TRUSTED_REGISTRIES) out.trustedRegistries = list2("HADOLINT_TRUSTED_REGISTRIES");
  const override = {
    error: list2("HADOLINT_OVERRIDE_ERROR"),
    warning: list2("HADOLINT_OVERRIDE_WARNING"),
    info: list2("HADOLINT_OVERRIDE_INFO"),
    style: list2("HADOLINT_OVERRIDE_STYLE")
  };
  if (Object.values(override).some((l) => l.length)) out.override = override;
  if (env.HADOLINT_REQUIRE_LABELS) {
    const schema = {};
    for (const item of list2("HADOLINT_REQUIRE_LABELS")) {
      const [name, type = ""] = item.split(":");
      const t = type === "" ? "text" : type;
      if (name && LABEL_TYPES.includes(t)) schema[name] = t;
    }
    out.labelSchema = schema;
  }
  const ft = env.HADOLINT_FAILURE_THRESHOLD?.trim().toLowerCase();
  if (ft && (SEVERITIES.includes(ft) || ft === "none")) out.failureThreshold = ft;
  return out;
}

// src/lint/settings.ts
function findConfigFile(cwd, env) {
  const home = env.HOME || env.USERPROFILE || homedir();
  const xdg = env.XDG_CONFIG_HOME || join5(home, ".config");
  const candidates = [
    join5(cwd, ".hadolint.yaml"),
    join5(cwd, ".hadolint.yml"),
    join5(xdg, "hadolint.yaml"),
    join5(xdg, "hadolint.yml"),
    ...["hadolint.yaml", "hadolint.yml", "config.yaml", "config.yml"].map((f) => join5(home, ".hadolint", f)),
    join5(home, ".hadolint.yaml"),
    join5(home, ".hadolint.yml")
  ];
  return candidates.find((p) => existsSync2(p)) ?? null;
}
async function resolveSettings(input, cwd, env, warn) {
  let configFile = null;
  if (input.config) {
    configFile = resolve5(cwd, input.config);
    if (!existsSync2(configFile)) {
      throw new ConfigurationError("input `config`", input.config, "does not exist. Give the path of a hadolint YAML config, or leave it empty to use .hadolint.yaml.");
    }
  } else {
    configFile = findConfigFile(cwd, env);
  }
  let fromFile = {};
  if (configFile) {
    let text;
    try {
      text = readFileSync2(configFile, "utf8");
    } catch (e) {
      throw new ConfigurationError("config file", configFile, `cannot be read (${e.code ?? String(e)}).`);
    }
    fromFile = await parseConfigFile(text, input.config || configFile, warn);
  }
  const fromInputs = {
    ignored: input.ignore,
    trustedRegistries: input.trustedRegistries
  };
  if (input.failureThreshold) fromInputs.failureThreshold = parseSeverity(input.failureThreshold, "input `failure-threshold`");
  if (input.noFail) fromInputs.noFail = true;
  const config = mergeConfig(fromFile, configFromEnv(env), fromInputs);
  const named = [...config.ignored, ...Object.values(config.override).flat()];
  for (const code2 of new Set(named.filter((c) => !isKnownCode(c)))) {
    warn(`rule code ${JSON.stringify(code2)} (in ignored, override, the ignore input or HADOLINT_*) matches no rule; check the spelling (DL3008, SC2086, MCD1001).`);
  }
  return { config, configFile };
}

// src/lint/summary.ts
init_define_ACTION_META();

// src/common/markdown.ts
init_define_ACTION_META();
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

// src/lint/summary.ts
function countFindings(results) {
  const c = { error: 0, warning: 0, info: 0, style: 0 };
  for (const r of results) for (const f of r.findings) if (f.severity !== "ignore") c[f.severity]++;
  return c;
}
function verdictLine(results) {
  const counts = countFindings(results);
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const files = `${results.length} Dockerfile${results.length === 1 ? "" : "s"}`;
  return parts.length ? `lint-dockerfile: ${parts.join(", ")} in ${files}` : `lint-dockerfile: ${files}, no findings`;
}
function lintSummary(results, failed, threshold, noFail) {
  const counts = countFindings(results);
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = `${results.length} Dockerfile${results.length === 1 ? "" : "s"}`;
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  let verdict;
  if (total === 0) verdict = `### \u2705 lint-dockerfile: ${files}, no findings`;
  else if (failed) verdict = `### \u274C lint-dockerfile: ${parts.join(", ")} in ${files} (fails at \`${threshold}\` and above)`;
  else verdict = `### \u26A0\uFE0F lint-dockerfile: ${parts.join(", ")} in ${files}${noFail ? " (no-fail is on)" : ` (below the \`${threshold}\` threshold)`}`;
  const lines = [verdict, ""];
  if (total > 0) {
    lines.push("| File | Errors | Warnings | Info | Style |", "| --- | ---: | ---: | ---: | ---: |");
    for (const r of results) {
      if (r.findings.length === 0) continue;
      const c = countFindings([r]);
      lines.push(`| \`${cell(r.file)}\` | ${c.error} | ${c.warning} | ${c.info} | ${c.style} |`);
    }
    lines.push("", `<details><summary>All ${total} findings</summary>`, "", "| Location | Rule | Severity | Message |", "| --- | --- | --- | --- |");
    for (const r of results) {
      for (const f of r.findings) {
        lines.push(`| \`${cell(r.file)}:${f.line}\` | [${f.code}](${helpUri(f.code)}) | ${f.severity} | ${cell(f.message)} |`);
      }
    }
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}

// src/lint/lint-step.ts
async function lintStep(inputs, io) {
  const { config, configFile } = await resolveSettings(inputs, io.cwd, io.env, (m) => io.warning(m));
  if (configFile) io.debug(`config file: ${configFile}`);
  const files = resolveFiles(inputs.files, io.cwd);
  const shellcheck2 = findShellcheck(inputs.shellcheck, io);
  const results = await io.group(
    `Lint ${files.length} Dockerfile${files.length === 1 ? "" : "s"}`,
    () => lintFiles({ files, cwd: io.cwd, config, shellcheck: shellcheck2, stdin: () => readFileSync3(0, "utf8"), warn: (m) => io.warning(m) })
  );
  const rules = ruleMetadata();
  const report = formatReport(inputs.format, results, rules, VERSION);
  const outputFile = inputs.outputFile ? resolve6(io.cwd, inputs.outputFile) : "";
  if (outputFile) writeFileAtomic(outputFile, report, "input `output-file`");
  const sarifPath = inputs.format === "sarif" && outputFile ? outputFile : join6(io.tempDir, `lint-dockerfile-${process.pid}.sarif`);
  if (sarifPath !== outputFile) writeFileAtomic(sarifPath, formatReport("sarif", results, rules, VERSION));
  const findings = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, line: f.line, column: f.column, code: f.code, level: f.severity, message: f.message })));
  const failing = findings.filter((f) => failsThreshold(f.level, config.failureThreshold)).length;
  const failed = failing > 0 && !config.noFail;
  const dockerfiles = `${files.length} Dockerfile${files.length === 1 ? "" : "s"}`;
  return {
    results,
    report,
    sarifPath,
    findings,
    counts: countFindings(results),
    failed,
    summary: lintSummary(results, failed, config.failureThreshold, config.noFail),
    failure: `${failing} finding${failing === 1 ? "" : "s"} at or above the failure threshold \`${config.failureThreshold}\` in ${dockerfiles}.`
  };
}
function findShellcheck(setting, io) {
  if (setting === "off") return null;
  if (setting === "auto" || setting === "") {
    const found = which("shellcheck", io.env);
    if (!found) io.info("ShellCheck is not installed: SC checks on RUN scripts are skipped (install shellcheck, or set `shellcheck: off` to silence this).");
    return found;
  }
  const path = resolve6(io.cwd, setting);
  if (!which(path.replace(/.*[\\/]/, ""), { PATH: path.replace(/[\\/][^\\/]*$/, "") })) {
    throw new ConfigurationError("input `shellcheck`", setting, "is not an executable file. Give the path of a shellcheck binary, `auto` or `off`.");
  }
  return path;
}

// src/actions/lint-dockerfile.ts
var spec = {
  files: list(),
  config: string(),
  "failure-threshold": string(),
  ignore: list(),
  "trusted-registries": list(),
  format: oneOf(FORMATS),
  "output-file": output("file or device"),
  annotations: bool(),
  "no-fail": bool(),
  shellcheck: string()
};
var ANNOTATION = { error: "error", warning: "warning", info: "notice", style: "notice" };
async function main(io) {
  const inputs = readInputs("lint-dockerfile", spec, io);
  const r = await lintStep(inputs, io);
  if (r.report) io.info(r.report.trimEnd());
  if (inputs.format === "tty") io.info(verdictLine(r.results));
  if (inputs.annotations) {
    for (const f of r.findings) {
      if (f.level !== "ignore") io.annotate(ANNOTATION[f.level], f.message, { file: f.file, line: f.line, title: `${f.code} (${f.level})` });
    }
  }
  io.setOutput("findings", String(r.findings.length));
  io.setOutput("errors", String(r.counts.error));
  io.setOutput("warnings", String(r.counts.warning));
  io.setOutput("infos", String(r.counts.info));
  io.setOutput("styles", String(r.counts.style));
  io.setOutput("results", JSON.stringify(r.findings));
  io.setOutput("sarif", r.sarifPath);
  io.summary(r.summary);
  if (r.failed) {
    io.annotate("error", r.failure);
    return 1;
  }
  return 0;
}

// lint-dockerfile-entry.ts
process.exitCode = await runAction(new RunnerIO(), main);
