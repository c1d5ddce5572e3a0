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
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
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
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
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
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
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
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
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
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
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
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
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
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
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
                prev = ch;
                ch = text[i += 1];
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
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
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
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
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
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
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
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
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
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
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
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
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
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
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
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
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
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str.length + 1;
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
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
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
    function debug(logLevel, ...messages2) {
      if (logLevel === "debug")
        console.log(...messages2);
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
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
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
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
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
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
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
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
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
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
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
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
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
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
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
      resolve: (str) => str,
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
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
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
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
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
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
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
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
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
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
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
    var seq = require_seq();
    var string2 = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool2.boolTag,
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
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
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
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
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
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
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
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
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
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
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
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
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
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
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
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
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
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
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
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
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
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
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
      resolve(str) {
        const match = str.match(timestamp.test);
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
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
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
    var seq = require_seq();
    var string2 = require_string();
    var bool2 = require_bool();
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
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
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
      seq: seq.seq,
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
    var seq = require_seq();
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
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
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
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
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
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
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
      let comment = "";
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
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
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
        comment,
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
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
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
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
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
      const seq = new NodeClass(ctx.schema);
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
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
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
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
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
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
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
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
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
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
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
          if (isMap2) {
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
      const expectedEnd = isMap2 ? "}" : "]";
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
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
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
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
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
            comment = token.source.substring(1);
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
      return { mode, indent, chomp, comment, length };
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
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
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
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
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
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
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
      if (comment)
        scalar.comment = comment;
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
      const { spaceBefore, comment, anchor, tag } = props;
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
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
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
      if (comment) {
        node.comment = comment;
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
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
      return { comment, afterEmptyLine };
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
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
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
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
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
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
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
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar2;
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
    function isEmpty(ch) {
      switch (ch) {
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
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
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
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
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
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
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
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
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
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
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
        if (!ch && !this.atEnd)
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
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
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
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
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
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
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
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
    var Parser = class {
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
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
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
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
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
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
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
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
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
    exports.Parser = Parser;
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
    function parseDocument2(source, options = {}) {
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
      const doc = parseDocument2(src, options);
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
    exports.parseDocument = parseDocument2;
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

// scan-image-entry.ts
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
  constructor(message, status2 = null) {
    super("", "", "");
    this.status = status2;
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

// src/actions/scan-image.ts
init_define_ACTION_META();
import { homedir } from "node:os";
import { join as join10, resolve as resolve6 } from "node:path";

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
var number = (opts = {}) => ({ kind: "number", ...opts });
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

// src/common/version.ts
init_define_ACTION_META();
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/scan/scan-image.ts
init_define_ACTION_META();
import { mkdirSync as mkdirSync3, mkdtempSync as mkdtempSync2, readFileSync as readFileSync4, rmSync as rmSync3 } from "node:fs";
import { join as join9, relative, resolve as resolve5 } from "node:path";

// src/scan/db.ts
init_define_ACTION_META();
import { existsSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var validDate = (s) => {
  const at = s ? new Date(s) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
};
function trivyDbStatus(cacheDir) {
  const meta = join2(cacheDir, "db", "metadata.json");
  const db = join2(cacheDir, "db", "trivy.db");
  const hasMeta = existsSync(meta);
  const hasDb = existsSync(db);
  if (!hasMeta && !hasDb) return { builtAt: null, damage: null };
  if (!hasDb) return { builtAt: null, damage: "db/trivy.db is missing beside db/metadata.json" };
  if (!hasMeta) return { builtAt: null, damage: "db/metadata.json is missing beside db/trivy.db" };
  try {
    const at = validDate(JSON.parse(readFileSync(meta, "utf8")).UpdatedAt);
    return at ? { builtAt: at, damage: null } : { builtAt: null, damage: "db/metadata.json has no UpdatedAt date" };
  } catch (e) {
    return { builtAt: null, damage: `db/metadata.json is not JSON (${e.message})` };
  }
}
var NO_GRYPE_DB = /^database does not exist$/i;
function grypeDbStatus(statusJson) {
  let s;
  try {
    s = JSON.parse(statusJson);
  } catch {
    return { builtAt: null, damage: null };
  }
  if (s.valid) return { builtAt: validDate(s.built), damage: null };
  const error = (s.error ?? "").trim();
  return { builtAt: null, damage: error && !NO_GRYPE_DB.test(error) ? error : null };
}
function parseMaxAge(raw) {
  const v = raw.trim();
  if (v === "" || v === "0") return null;
  const m = /^(\d+(?:\.\d+)?)\s*([hd])$/.exec(v);
  if (!m) throw new ConfigurationError("input `max-db-age`", raw, "is not an age. Give hours or days, e.g. `36h` or `5d`, or `0` for no limit.");
  return Number(m[1]) * (m[2] === "d" ? 24 : 1);
}
function ageHours(status2, now) {
  return status2.builtAt ? Math.max(0, (now.getTime() - status2.builtAt.getTime()) / 36e5) : null;
}
function describeAge(hours) {
  return hours < 48 ? `${Number(hours.toFixed(1))} h` : `${Number((hours / 24).toFixed(1))} days`;
}

// src/scan/engine.ts
init_define_ACTION_META();
import { execFile } from "node:child_process";
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync3, rmSync as rmSync2, symlinkSync, writeFileSync as writeFileSync2, copyFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/common/run-command.ts
init_define_ACTION_META();
import { spawn } from "node:child_process";
function runCommand(cmd, o) {
  return new Promise((resolve7, reject) => {
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
    child.on("close", (code2) => {
      if (timer) clearTimeout(timer);
      resolve7({ code: code2 ?? -1, tail, timedOut });
    });
  });
}

// src/scan/grype.ts
init_define_ACTION_META();

// src/scan/trivy.ts
init_define_ACTION_META();
function trivyScanArgs(s) {
  const args = ["image", "--format", "json", "--output", s.output, "--list-all-pkgs", "--scanners", "vuln"];
  args.push("--cache-dir", s.cacheDir, "--timeout", `${s.timeoutSeconds}s`, "--no-progress", "--quiet");
  args.push("--skip-version-check", "--disable-telemetry");
  if (s.offline) args.push("--skip-db-update", "--skip-java-db-update", "--offline-scan");
  if (s.dbRepositories.length) args.push("--db-repository", s.dbRepositories.join(","));
  if (s.platform) args.push("--platform", s.platform);
  switch (s.source.kind) {
    case "oci":
      args.push("--input", s.source.ref ? `${s.source.layout}:${s.source.ref}` : s.source.layout);
      break;
    case "docker-archive":
      args.push("--input", s.source.file);
      break;
    case "registry":
      args.push("--image-src", "remote", s.source.ref);
      break;
  }
  return args;
}
function trivyConvertArgs(report, sbom) {
  return ["convert", "--format", "cyclonedx", "--output", sbom, "--quiet", report];
}
function parseTrivyReport(report) {
  const findings = [];
  let packages = 0;
  for (const r of report.Results ?? []) {
    packages += r.Packages?.length ?? 0;
    for (const v of r.Vulnerabilities ?? []) {
      const purl = v.PkgIdentifier?.PURL ?? null;
      findings.push({
        id: v.VulnerabilityID ?? "",
        aliases: v.VendorIDs ?? [],
        severity: severityOf(v.Severity),
        cvss: bestScore(v.CVSS),
        package: v.PkgName ?? "",
        version: v.InstalledVersion ?? "",
        // trivy lists every fixed version ("1.2.5, 2.0.1"); the first is the one to move to on this line.
        fixedVersion: v.FixedVersion ? v.FixedVersion.split(",")[0].trim() : null,
        type: purlType(purl) ?? typeOf(r.Type),
        purl,
        path: v.PkgPath ? `/${v.PkgPath.replace(/^\/+/, "")}` : null,
        layer: v.Layer?.DiffID ?? null,
        title: v.Title ?? v.Description?.split("\n")[0] ?? "",
        url: v.PrimaryURL ?? null
      });
    }
  }
  const os = report.Metadata?.OS ? [report.Metadata.OS.Family, report.Metadata.OS.Name].filter(Boolean).join(" ") : null;
  return { findings, packages, os: os || null, diffIds: report.Metadata?.DiffIDs ?? [], version: report.Trivy?.Version || null };
}
function severityOf(s) {
  const v = (s ?? "").toLowerCase();
  return v === "critical" || v === "high" || v === "medium" || v === "low" || v === "negligible" ? v : "unknown";
}
function bestScore(cvss) {
  let best = null;
  for (const c of Object.values(cvss ?? {})) {
    for (const s of [c.V40Score, c.V3Score]) if (typeof s === "number" && (best === null || s > best)) best = s;
  }
  return best;
}
function purlType(purl) {
  const m = purl ? /^pkg:([a-z0-9.+-]+)\//i.exec(purl) : null;
  return m ? m[1].toLowerCase() : null;
}
var TYPES = { "python-pkg": "pypi", "node-pkg": "npm", gobinary: "golang", jar: "maven", "gemspec": "gem", debian: "deb", ubuntu: "deb", alpine: "apk", redhat: "rpm" };
function typeOf(t) {
  return (t && TYPES[t]) ?? t ?? "unknown";
}

// src/scan/grype.ts
function grypeTarget(source, singleImageLayout2) {
  switch (source.kind) {
    case "oci":
      return `oci-dir:${singleImageLayout2 ?? source.layout}`;
    case "docker-archive":
      return `docker-archive:${source.file}`;
    case "registry":
      return `registry:${source.ref}`;
  }
}
function grypeScanArgs(s) {
  const args = [s.target, "--output", `json=${s.output}`, "--output", `cyclonedx-json=${s.sbom}`, "--scope", "squashed"];
  if (s.platform) args.push("--platform", s.platform);
  return args;
}
function grypeEnv(o) {
  const env = {
    GRYPE_DB_CACHE_DIR: o.cacheDir,
    GRYPE_DB_AUTO_UPDATE: String(o.autoUpdate),
    GRYPE_DB_VALIDATE_AGE: "false",
    GRYPE_CHECK_FOR_APP_UPDATE: "false",
    GRYPE_DB_UPDATE_DOWNLOAD_TIMEOUT: `${o.timeoutSeconds}s`
  };
  if (o.dbUrl) env.GRYPE_DB_UPDATE_URL = o.dbUrl;
  return env;
}
var OS_TYPES = /* @__PURE__ */ new Set(["deb", "apk", "rpm", "alpm", "portage"]);
var TYPES2 = { python: "pypi", "go-module": "golang", "java-archive": "maven", "rust-crate": "cargo" };
function parseGrypeReport(report, packages) {
  const findings = [];
  for (const m of report.matches ?? []) {
    const v = m.vulnerability ?? {};
    const a = m.artifact ?? {};
    const related = m.relatedVulnerabilities ?? [];
    const purl = a.purl || null;
    const type = purlType(purl) ?? TYPES2[a.type ?? ""] ?? a.type ?? "unknown";
    const location = a.locations?.[0];
    const scores = [...v.cvss ?? [], ...related.flatMap((r) => r.cvss ?? [])].map((c) => c.metrics?.baseScore).filter((s) => typeof s === "number" && s > 0);
    const fixed = v.fix?.state === "fixed" ? v.fix.versions?.[0] ?? null : null;
    findings.push({
      id: v.id ?? "",
      aliases: related.map((r) => r.id ?? "").filter((id) => id && id !== v.id),
      severity: severityOf(v.severity),
      cvss: scores.length ? Math.max(...scores) : null,
      package: a.name ?? "",
      version: a.version ?? "",
      fixedVersion: fixed,
      type,
      purl,
      // OS packages are read from the package database; only language packages have a file of their own.
      path: !OS_TYPES.has(a.type ?? "") && location?.path ? location.path : null,
      layer: location?.layerID ?? null,
      title: (v.description ?? related.find((r) => r.description)?.description ?? "").split("\n")[0],
      url: v.dataSource ?? v.urls?.[0] ?? related.find((r) => r.urls?.length)?.urls?.[0] ?? null
    });
  }
  const os = report.distro?.name ? [report.distro.name, report.distro.version].filter(Boolean).join(" ") : null;
  const diffIds = (report.source?.target?.layers ?? []).map((l) => l.digest ?? "").filter(Boolean);
  return { findings, packages, os, diffIds, version: report.descriptor?.version || null };
}

// src/scan/image-source.ts
init_define_ACTION_META();
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
var SUBJECT = "input `image`";
var FORMS = "Give a registry reference (`registry/repository:tag` or `\u2026@sha256:<digest>`, build-push's `image` output), `oci:<folder>[:<tag>]` or `docker-archive:<file.tar>`.";
var REFERENCE = /^((?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
function parseImageSource(raw, cwd) {
  const value = raw.trim();
  if (!value) throw new ConfigurationError(SUBJECT, raw, `is required. ${FORMS}`);
  if (value.startsWith("oci:")) return ociLayout(value, cwd);
  if (value.startsWith("docker-archive:")) return dockerArchive(value, cwd);
  const m = REFERENCE.exec(value);
  if (!m) throw new ConfigurationError(SUBJECT, raw, `is not an image reference. ${FORMS}`);
  const name = m[1];
  const first = name.split("/")[0];
  const host = name.includes("/") && /[.:]|^localhost$/.test(first) ? first : "docker.io";
  return { kind: "registry", ref: value, host };
}
function ociLayout(value, cwd) {
  const m = /^oci:(.+?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(value);
  const folder = m?.[1];
  if (!folder) throw new ConfigurationError(SUBJECT, value, `is not an OCI layout reference. ${FORMS}`);
  const layout = resolve2(cwd, folder);
  const kind = pathKind(layout);
  if (kind !== "folder") {
    throw new ConfigurationError(SUBJECT, value, `names ${layout}, which ${kind === "missing" ? "does not exist" : "is a file, not a folder"}. An OCI layout is a folder holding index.json: point it at the folder build-push (or skopeo copy, buildah push) wrote${kind === "file" ? ", or use `docker-archive:` for an archive" : ""}.`);
  }
  let index;
  try {
    index = JSON.parse(readFileSync2(resolve2(layout, "index.json"), "utf8"));
  } catch (e) {
    const why = e.code === "ENOENT" ? "has no index.json" : `has an unreadable index.json (${e.message})`;
    throw new ConfigurationError(SUBJECT, value, `names ${layout}, which ${why}, so it is not an OCI image layout. Point it at the folder build-push (or skopeo copy, buildah push) wrote.`);
  }
  const manifests = Array.isArray(index.manifests) ? index.manifests : [];
  const tags = manifests.map((d) => d.annotations?.["org.opencontainers.image.ref.name"]).filter((t) => !!t);
  const ref = m?.[2] ?? "";
  if (ref && !tags.includes(ref)) {
    throw new ConfigurationError(SUBJECT, value, `names the tag ${JSON.stringify(ref)}, which ${layout} does not hold (tags: ${tags.join(", ") || "none"}). Give one of its tags.`);
  }
  if (!ref && manifests.length !== 1) {
    throw new ConfigurationError(SUBJECT, value, `holds ${manifests.length} images; name one with \`oci:<folder>:<tag>\` (tags: ${tags.join(", ") || "none"}).`);
  }
  const chosen = ref ? manifests.find((d) => d.annotations?.["org.opencontainers.image.ref.name"] === ref) : manifests[0];
  return { kind: "oci", layout, ref, digest: chosen?.digest ?? "" };
}
function dockerArchive(value, cwd) {
  const file = resolve2(cwd, value.slice("docker-archive:".length));
  const kind = pathKind(file);
  if (kind !== "file") {
    const what = kind === "missing" ? "does not exist" : `is a folder, not a file${existsSync2(resolve2(file, "index.json")) ? " (an OCI layout: use `oci:` for it)" : ""}`;
    throw new ConfigurationError(SUBJECT, value, `names ${file}, which ${what}. Give the archive build-push (or \`docker save\`) wrote.`);
  }
  return { kind: "docker-archive", file };
}
function pathKind(path) {
  try {
    return statSync2(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
var onLoopback = (host) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
function describeSource(s) {
  switch (s.kind) {
    case "oci":
      return `oci:${s.layout}${s.ref ? `:${s.ref}` : ""}`;
    case "docker-archive":
      return `docker-archive:${s.file}`;
    case "registry":
      return s.ref;
  }
}

// src/scan/engine.ts
async function dbStatus(o) {
  const s = await readDbStatus(o);
  if (s.damage) throw damagedDb(o.scanner, o.cacheDir, s.damage);
  return s;
}
function readDbStatus(o) {
  if (o.scanner === "trivy") return Promise.resolve(trivyDbStatus(o.cacheDir));
  return capture(o.binary, ["db", "status", "-o", "json"], { ...o.env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: "", autoUpdate: false, timeoutSeconds: 60 }) }, o.cwd).then(async (r) => {
    if (!isJson(r.out)) await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
    return grypeDbStatus(r.out);
  });
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
async function scannerVersion(scanner, binary, env, cwd) {
  const r = await capture(binary, scanner === "trivy" ? ["--version", "--format", "json"] : ["version", "-o", "json"], env, cwd);
  try {
    const v = JSON.parse(r.out);
    return v.Version ?? v.version ?? "unknown";
  } catch {
    throw new ServiceError(`${binary} is not a working ${scanner}: \`${scanner} ${scanner === "trivy" ? "--version" : "version"}\` printed no version (${r.out.trim().slice(0, 200) || `exit ${r.code}`}). Check \`scanner-path\`.`);
  }
}
async function runEngine(o) {
  const made = mkdirSync2(o.cacheDir, { recursive: true });
  try {
    const r = await scanWithDb(o);
    return { ...r, version: (r.version ?? await scannerVersion(o.scanner, o.binary, o.env, o.cwd)).replace(/^v/, "") };
  } catch (e) {
    if (made && !(await readDbStatus(o).catch(() => ({ builtAt: null }))).builtAt) rmSync2(made, { recursive: true, force: true });
    throw e;
  }
}
async function scanWithDb(o) {
  const env = { ...o.env, ...o.scanner === "trivy" ? trivyAuthEnv(o) : grypeAuthEnv(o) };
  const before = o.db ?? await readDbStatus(o);
  if (before.damage) {
    if (o.offline) throw damagedDb(o.scanner, o.cacheDir, before.damage);
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read (${before.damage}); fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
  } else if (o.offline && !before.builtAt) {
    throw new ServiceError(`offline: there is no ${o.scanner} vulnerability DB in ${o.cacheDir} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
  }
  let run = await scanOnce(o, env);
  if (run.code !== 0 && !o.offline && dbUnreadable(errorText(run.tail))) {
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read; fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
    run = await scanOnce(o, env);
  }
  if (run.code !== 0) {
    await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
    throw scanFailure(o, run);
  }
  const parsed = readReport(o);
  if (o.scanner === "trivy") {
    const c = await runCommand({ file: o.binary, args: trivyConvertArgs(o.reportPath, o.sbomPath) }, { env, cwd: o.cwd, onLine: o.debug });
    if (c.code !== 0) throw new ServiceError(`trivy could not write the CycloneDX SBOM from its report (exit ${c.code}): ${scannerSaid(c.tail) || `exit ${c.code}`}`);
  }
  return { ...parsed, db: o.offline ? before : await readDbStatus(o) };
}
function scanOnce(o, env) {
  const timeoutMs = o.timeoutSeconds * 1e3;
  if (o.scanner === "trivy") {
    const args2 = trivyScanArgs({
      source: o.source,
      cacheDir: o.cacheDir,
      dbRepositories: o.dbRepository ? o.dbRepository.split(",").map((s) => s.trim()).filter(Boolean) : [],
      offline: o.offline,
      timeoutSeconds: o.timeoutSeconds,
      platform: o.platform,
      output: o.reportPath
    });
    return runCommand({ file: o.binary, args: args2 }, { env, cwd: o.cwd, onLine: o.debug, timeoutMs });
  }
  const target = grypeTarget(o.source, o.source.kind === "oci" ? singleImageLayout(o.source, o.scratch) : null);
  const args = grypeScanArgs({ target, platform: o.platform, output: o.reportPath, sbom: o.sbomPath });
  const genv = { ...env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: o.dbRepository, autoUpdate: !o.offline, timeoutSeconds: o.timeoutSeconds }) };
  return runCommand({ file: o.binary, args }, { env: genv, cwd: o.cwd, onLine: o.debug, timeoutMs });
}
function singleImageLayout(source, scratch) {
  const index = JSON.parse(readFileSync3(join3(source.layout, "index.json"), "utf8"));
  if (index.manifests.length === 1) return null;
  const chosen = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] === source.ref);
  const dir = join3(scratch, "oci-view");
  rmSync2(dir, { recursive: true, force: true });
  mkdirSync2(dir, { recursive: true });
  copyFileSync(join3(source.layout, "oci-layout"), join3(dir, "oci-layout"));
  writeFileSync2(join3(dir, "index.json"), JSON.stringify({ ...index, manifests: chosen.slice(0, 1) }));
  symlinkSync(join3(source.layout, "blobs"), join3(dir, "blobs"));
  return dir;
}
function readReport(o) {
  let json;
  try {
    json = JSON.parse(readFileSync3(o.reportPath, "utf8"));
  } catch (e) {
    throw new ServiceError(`${o.scanner} exited 0 but its report ${o.reportPath} cannot be read (${e.message}).`);
  }
  if (o.scanner === "trivy") return parseTrivyReport(json);
  return parseGrypeReport(json, sbomComponents(o.sbomPath));
}
function sbomComponents(path) {
  try {
    const sbom = JSON.parse(readFileSync3(path, "utf8"));
    return (sbom.components ?? []).filter((c) => c.type === "library" || c.type === "application").length;
  } catch {
    return 0;
  }
}
function trivyAuthEnv(o) {
  const env = {};
  if (o.credentials) Object.assign(env, { TRIVY_USERNAME: o.credentials.username, TRIVY_PASSWORD: o.credentials.password });
  return env;
}
function grypeAuthEnv(o) {
  const env = {};
  if (o.source.kind !== "registry") return env;
  if (onLoopback(o.source.host)) env.GRYPE_REGISTRY_INSECURE_USE_HTTP = "true";
  if (o.credentials) {
    Object.assign(env, {
      GRYPE_REGISTRY_AUTH_AUTHORITY: o.source.host,
      GRYPE_REGISTRY_AUTH_USERNAME: o.credentials.username,
      GRYPE_REGISTRY_AUTH_PASSWORD: o.credentials.password
    });
  }
  return env;
}
function removeDb(scanner, cacheDir) {
  rmSync2(join3(cacheDir, scanner === "trivy" ? "db" : "6"), { recursive: true, force: true });
}
function damagedDb(scanner, cacheDir, why) {
  return new ServiceError(`the ${scanner} DB in \`cache-dir\` (${cacheDir}) cannot be read: ${why}. Delete that folder (or the actions/cache entry that restored it) and run once with \`offline: false\` to fetch it again.`);
}
var ANSI = /\x1b\[[0-9;]*m/g;
var TRIVY_LINE = /^\d{4}-\d{2}-\d{2}T\S+\s+(FATAL|ERROR|WARN|INFO|DEBUG)\s+(.*)$/;
var GRYPE_LINE = /^\[\d+\]\s+(ERROR|WARN|INFO|DEBUG|TRACE)\s+(.*)$/;
function messages(tail) {
  const out = [];
  for (const raw of tail) {
    const line = raw.replace(ANSI, "");
    const m = TRIVY_LINE.exec(line) ?? GRYPE_LINE.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ level: m[1], text: m[2] });
    else if (last && /^\s/.test(line) && line.trim()) last.text += `
${line}`;
    else if (line.trim()) out.push({ level: "", text: line });
  }
  return out;
}
function errorText(tail) {
  const all = messages(tail);
  const errors = all.filter((m) => m.level === "FATAL" || m.level === "ERROR" || m.level === "");
  return (errors.length ? errors : all).map((m) => m.text).join("\n");
}
var WRAPPERS = /^(Fatal error|run error|init error|image scan error|scan error|DB error|database error|unable to initialize a scan service)[:\t ]\s*/i;
function brief(text) {
  const lines = text.split("\n");
  let causes = lines.slice(1).map((l) => /^\s*[*-]\s+(.*)$/.exec(l)?.[1]?.trim()).filter((l) => !!l);
  if (causes.some((c) => !c.startsWith("oci-model:"))) causes = causes.filter((c) => !c.startsWith("oci-model:"));
  let s = causes.length ? [...new Set(causes)].join("; ") : lines.map((l) => l.trim()).filter(Boolean).join(" ");
  for (let prev = ""; prev !== s; ) [prev, s] = [s, s.replace(WRAPPERS, "")];
  s = s.replace(/\s*;?\s*\[?map\[[^\]]*\]\]?/g, "").replace(/\t+/g, " ").trim();
  return s.length > 500 ? `${s.slice(0, 500)}\u2026` : s;
}
function scannerSaid(tail) {
  return brief(errorText(tail));
}
var DB_UNREADABLE = /error in vulnerability DB initialize|failed to open (the )?db|failed to load vulnerability db: (?!database does not exist)|invalid database|database disk image is malformed|file is not a database|failed to unmarshal import metadata|not a bolt/i;
var dbUnreadable = (errors) => DB_UNREADABLE.test(errors);
function dbFetchFailure(scanner, tail) {
  const said = messages(tail);
  const errors = said.filter((m) => m.level !== "WARN" && m.level !== "INFO");
  if (scanner === "trivy") {
    const m = errors.find((e) => /failed to download (vulnerability|the) DB|DB error: .*download/i.test(e.text));
    return m ? brief(m.text) : null;
  }
  if (!errors.some((e) => /failed to load vulnerability db: database does not exist|unable to update vulnerability database|failed to (download|update) (the )?(vulnerability )?(db|database)/i.test(e.text))) return null;
  const cause = said.map((m) => /error updating db error=([\s\S]*)$/i.exec(m.text)?.[1]).find(Boolean);
  return brief(cause ?? errors.map((e) => e.text).join("\n"));
}
var AUTH = /\bunauthorized\b|authentication required|\b401\b|\b403\b|\bdenied\b|forbidden/i;
var NOT_THERE = /manifest unknown|name unknown|MANIFEST_UNKNOWN|NAME_UNKNOWN|not found/i;
var UNREACHABLE = /connection refused|no such host|i\/o timeout|network is unreachable|connection reset|TLS handshake|certificate|server gave HTTP response to HTTPS client/i;
function scanFailure(o, run) {
  const errors = errorText(run.tail);
  const said = brief(errors) || `nothing (exit ${run.code})`;
  const image = describeSource(o.source);
  if (run.timedOut) return new ServiceError(`${o.scanner} did not finish within \`timeout\` (${o.timeoutSeconds} s) scanning ${image}. Raise \`timeout\`.`);
  const where = o.dbRepository ? `\`db-repository\` (${o.dbRepository})` : `${o.scanner}'s default DB location`;
  const fetch2 = o.offline ? null : dbFetchFailure(o.scanner, run.tail);
  if (fetch2 !== null) {
    return new ServiceError(`${o.scanner} cannot fetch its vulnerability DB from ${where}: ${fetch2}. Point \`db-repository\` at a mirror you can reach, or set \`offline: true\` with a cached DB (docs/scan-image.md).`);
  }
  if (dbUnreadable(errors)) {
    if (o.offline) return damagedDb(o.scanner, o.cacheDir, said);
    return new ServiceError(`${o.scanner} fetched its vulnerability DB from ${where} and cannot read it: ${said}. Check that \`db-repository\` serves the DB for this ${o.scanner} version (schema ${o.scanner === "trivy" ? "2" : "v6"}).`);
  }
  if (o.source.kind === "registry") {
    const host = o.source.host;
    if (AUTH.test(errors)) {
      if (!o.credentials) return new ServiceError(`${host} wants credentials to read ${image}, and none were given. Set \`username\` and \`password\` (or run docker/login-action before this step). ${o.scanner} said: ${said}`);
      return new ServiceError(`${host} refused \`username\` ${JSON.stringify(o.credentials.username)} with the \`password\` given, reading ${image}. Check both (a token needs read access to that repository). ${o.scanner} said: ${said}`);
    }
    if (NOT_THERE.test(errors)) return new ServiceError(`${host} has no image ${image}: ${said}. Check \`image\` (build-push's \`image\` output names the pushed image).`);
    if (UNREACHABLE.test(errors)) return new ServiceError(`${o.scanner} cannot reach the registry ${host} to read ${image}: ${said}. Check \`image\` and that the registry is reachable from the runner.`);
  }
  const exists = o.source.kind === "registry" || existsSync3(o.source.kind === "oci" ? o.source.layout : o.source.file);
  return new ServiceError(`${o.scanner} failed on ${image}${exists ? "" : " (it no longer exists)"} with exit ${run.code}: ${said}`);
}
function capture(file, args, env, cwd) {
  return new Promise((resolve7, reject) => {
    execFile(file, args, { env, cwd, timeout: 6e4, maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => {
      if (err && typeof err.code !== "number") return reject(err);
      resolve7({ code: err ? Number(err.code) : 0, out: stdout });
    });
  });
}

// src/scan/finding.ts
init_define_ACTION_META();
var SEVERITIES = ["critical", "high", "medium", "low", "negligible", "unknown"];
function severityRank(s) {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

// src/scan/gate.ts
init_define_ACTION_META();

// src/scan/ignore-file.ts
init_define_ACTION_META();
var import_yaml = __toESM(require_dist(), 1);
var KEYS = ["id", "package", "reason", "expires"];
var INPUT = "input `ignore-file`";
var EXAMPLE = "`ignore: [{id: CVE-2099-0002, reason: why it is acceptable, expires: 2027-03-31}]` (docs/scan-image.md)";
function parseIgnoreFile(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const where = `${INPUT} (${file})`;
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new ConfigurationError(`${where}, line ${line}`, syntax.message.split("\n")[0] ?? "", "is not valid YAML. Fix the syntax; the file is a list under `ignore:`, e.g. " + EXAMPLE);
  }
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) return [];
  if (!(0, import_yaml.isMap)(root)) throw new ConfigurationError(where, JSON.stringify(doc.toJS()), "must be a mapping with one key, `ignore`, holding a list of entries, e.g. " + EXAMPLE);
  const top = doc.toJS();
  const unknown = Object.keys(top).filter((k) => k !== "ignore");
  if (unknown.length) throw new ConfigurationError(where, unknown.join(", "), `${unknown.length === 1 ? "is not a key" : "are not keys"} of the ignore file; it has one key, \`ignore\`, holding the list of entries.`);
  const list2 = root.get("ignore", true);
  if (top.ignore === null || top.ignore === void 0) return [];
  if (!(0, import_yaml.isSeq)(list2)) throw new ConfigurationError(`${where}: \`ignore\``, JSON.stringify(top.ignore), "must be a list of entries (`- id: \u2026`), e.g. " + EXAMPLE);
  const entries = [];
  list2.items.forEach((item, i) => {
    const offset = item?.range?.[0];
    const line = offset === void 0 ? null : lines.linePos(offset).line;
    entries.push(readEntry(top.ignore[i], file, i + 1, line));
  });
  const seen = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const key = `${e.id.toUpperCase()}\0${e.package ?? ""}`;
    const first = seen.get(key);
    if (first) {
      throw new ConfigurationError(
        label(e),
        e.id,
        `repeats entry ${first.entry}${first.line ? ` (line ${first.line})` : ""}${e.package ? ` for package ${e.package}` : ""}. Keep one entry per advisory and package: merge the reasons and keep the date you mean.`
      );
    }
    seen.set(key, e);
  }
  return entries;
}
function expiresAt(e) {
  return /* @__PURE__ */ new Date(`${e.expires}T23:59:59.999Z`);
}
function isExpired(e, now) {
  return now.getTime() > expiresAt(e).getTime();
}
function label(e, key) {
  const what = [e.id, e.line ? `line ${e.line}` : ""].filter(Boolean).join(", ");
  return `${INPUT} (${e.file}), entry ${e.entry}${what ? ` (${what})` : ""}${key ? `: \`${key}\`` : ""}`;
}
function readEntry(raw, file, entry, line) {
  const at = { file, entry, line, id: "" };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError(label(at), JSON.stringify(raw) ?? String(raw), "must be a mapping with id, reason and expires (and optionally package), e.g. " + EXAMPLE);
  }
  const m = raw;
  if (typeof m.id === "string" && m.id.trim()) at.id = m.id.trim();
  const unknown = Object.keys(m).filter((k) => !KEYS.includes(k));
  if (unknown.length) {
    const hint = unknown.map((k) => suggest(k)).find(Boolean);
    throw new ConfigurationError(label(at), unknown.join(", "), `${unknown.length === 1 ? "is not a key" : "are not keys"} of an ignore entry (they are ${KEYS.join(", ")}).${hint ? ` Did you mean \`${hint}\`?` : ""}`);
  }
  if (typeof m.id !== "string" || !m.id.trim()) {
    throw new ConfigurationError(label(at, "id"), m.id === void 0 ? "" : String(m.id), m.id === void 0 || m.id === null ? "is missing. Give the advisory ID the scanner reports (CVE-\u2026, GHSA-\u2026)." : "must be an advisory ID as text (CVE-\u2026, GHSA-\u2026).");
  }
  if (/\s/.test(at.id)) throw new ConfigurationError(label(at, "id"), at.id, "is not one advisory ID (it has spaces). Write one ID per entry.");
  let pkg = null;
  if (m.package !== void 0 && m.package !== null) {
    if (typeof m.package !== "string" || !m.package.trim()) throw new ConfigurationError(label(at, "package"), String(m.package), "must be a package name as text (as installed, e.g. zlib1g or requests), or left out to match every package.");
    pkg = m.package.trim();
  }
  if (m.reason === void 0 || m.reason === null || typeof m.reason === "string" && !m.reason.trim()) {
    throw new ConfigurationError(label(at, "reason"), typeof m.reason === "string" ? m.reason : "", 'is missing or blank. Say why the finding is acceptable (e.g. "no fix upstream; not reachable from the model server"): the summary and SARIF show it.');
  }
  if (typeof m.reason !== "string") throw new ConfigurationError(label(at, "reason"), JSON.stringify(m.reason), "must be text saying why the finding is acceptable.");
  if (m.expires === void 0 || m.expires === null) {
    throw new ConfigurationError(label(at, "expires"), "", "is missing. Every entry needs an end date, YYYY-MM-DD (e.g. 2027-03-31); after that day (UTC) the finding counts again.");
  }
  const expires = typeof m.expires === "string" ? m.expires.trim() : String(m.expires);
  if (typeof m.expires !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) {
    throw new ConfigurationError(label(at, "expires"), expires, "is not a date written YYYY-MM-DD (e.g. 2027-03-31).");
  }
  if (!isCalendarDate(expires)) throw new ConfigurationError(label(at, "expires"), expires, "is not a real calendar date. Give a day that exists, YYYY-MM-DD (e.g. 2027-03-31).");
  return { id: at.id, package: pkg, reason: m.reason.trim(), expires, file, entry, line };
}
function isCalendarDate(s) {
  const [y, mo, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
var ALIASES = { ids: "id", cve: "id", vulnerability: "id", pkg: "package", packages: "package", justification: "reason", comment: "reason", expiry: "expires", expires_at: "expires", until: "expires", expired_at: "expires" };
function suggest(key) {
  const k = key.toLowerCase();
  return ALIASES[k] ?? KEYS.find((known) => known.startsWith(k.slice(0, 3))) ?? null;
}

// src/scan/vex-match.ts
init_define_ACTION_META();

// src/scan/purl.ts
init_define_ACTION_META();
var LOWER_NAME = /* @__PURE__ */ new Set(["apk", "bitbucket", "deb", "github", "golang", "npm", "pypi", "composer"]);
var LOWER_NAMESPACE = /* @__PURE__ */ new Set([...LOWER_NAME, "rpm", "alpm"]);
function parsePurl(s) {
  const m = /^pkg:\/*([^/]+)\/(.+)$/i.exec(s.trim());
  if (!m) return null;
  const type = m[1].toLowerCase();
  if (!/^[a-z.+-][a-z0-9.+-]*$/.test(type)) return null;
  let rest = m[2];
  let subpath = null;
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    subpath = rest.slice(hash + 1).split("/").filter((p) => p && p !== "." && p !== "..").map(decode).join("/") || null;
    rest = rest.slice(0, hash);
  }
  const qualifiers = {};
  const q = rest.indexOf("?");
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split("&")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const value = decode(pair.slice(eq + 1));
      if (value) qualifiers[pair.slice(0, eq).toLowerCase()] = value;
    }
    rest = rest.slice(0, q);
  }
  let version = null;
  const at = rest.lastIndexOf("@");
  if (at > 0 && rest[at - 1] !== "/") {
    version = decode(rest.slice(at + 1)) || null;
    rest = rest.slice(0, at);
  }
  const segments = rest.split("/").filter(Boolean).map(decode);
  let name = segments.pop();
  if (!name) return null;
  let namespace = segments.length ? segments.join("/") : null;
  if (LOWER_NAME.has(type)) name = name.toLowerCase();
  if (namespace && LOWER_NAMESPACE.has(type)) namespace = namespace.toLowerCase();
  if (type === "pypi") name = name.replace(/[-_.]+/g, "-");
  if (type === "oci" && version) version = version.toLowerCase();
  return { type, namespace, name, version, qualifiers, subpath };
}
function purlMatches(pattern, actual, sameQualifier = (_, a, b) => a === b) {
  if (pattern.type !== actual.type || pattern.namespace !== actual.namespace || pattern.name !== actual.name) return false;
  if (pattern.version !== null && pattern.version !== actual.version) return false;
  if (pattern.subpath !== null && pattern.subpath !== actual.subpath) return false;
  for (const [k, v] of Object.entries(pattern.qualifiers)) {
    const have = actual.qualifiers[k];
    if (have === void 0 || !sameQualifier(k, v, have)) return false;
  }
  return true;
}
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/scan/vex-match.ts
function imageIdentity(refs) {
  const parsed = [];
  const given = [];
  const bare = [];
  for (const raw of refs.map((r) => r.trim()).filter(Boolean)) {
    if (/^pkg:/i.test(raw)) {
      const p = parsePurl(raw);
      if (p?.type === "oci") given.push(p);
    } else if (isDigest(raw)) bare.push(raw.toLowerCase());
    else {
      const r = parseImageRef(raw);
      if (r) parsed.push(r);
    }
  }
  const refsWithDigests = parsed.flatMap((r) => r.digest || bare.length === 0 ? [r] : bare.map((digest) => ({ ...r, digest })));
  const purls = [
    ...given,
    ...refsWithDigests.map((r) => ({
      type: "oci",
      namespace: null,
      name: r.repository.split("/").pop().toLowerCase(),
      version: r.digest,
      qualifiers: { repository_url: r.repository, ...r.tag ? { tag: r.tag } : {} },
      subpath: null
    }))
  ];
  const digests = /* @__PURE__ */ new Set([...bare, ...parsed.map((r) => r.digest).filter((d) => d !== null), ...given.map((p) => p.version).filter((v) => v !== null)]);
  return { refs: refsWithDigests, purls, digests };
}
function vexVerdict(f, docs, image) {
  const ids = new Set([f.id, ...f.aliases].map((i) => i.toUpperCase()));
  const purl = f.purl ? parsePurl(f.purl) : null;
  let best = null;
  for (const document of docs) {
    for (const statement of document.statements) {
      if (!statement.ids.some((i) => ids.has(i.toUpperCase()))) continue;
      if (!covers(statement, purl, image)) continue;
      if (!best || statement.timestamp.getTime() >= best.statement.timestamp.getTime()) best = { statement, document };
    }
  }
  return best;
}
function vexSuppression(f, docs, image) {
  const v = vexVerdict(f, docs, image);
  if (!v || v.statement.status !== "not_affected" && v.statement.status !== "fixed") return null;
  return { by: "vex", status: v.statement.status, justification: v.statement.justification ?? v.statement.impactStatement, document: v.document.file };
}
function covers(s, pkg, image) {
  return s.products.some((p) => {
    if (isImage(p, image)) return p.subcomponents.length === 0 || pkg !== null && p.subcomponents.some((c) => isPackage(c, pkg));
    return p.subcomponents.length === 0 && pkg !== null && isPackage(p, pkg);
  });
}
function isPackage(c, pkg) {
  return purlsOf(c).some((p) => p.type !== "oci" && purlMatches(p, pkg));
}
function isImage(c, image) {
  if (purlsOf(c).some((p) => p.type === "oci" && image.purls.some((ip) => purlMatches(p, ip, sameOciQualifier)))) return true;
  const sha = c.hashes["sha-256"];
  if (sha && image.digests.has(`sha256:${sha.replace(/^sha256:/, "")}`)) return true;
  if (!c.id || /^pkg:/i.test(c.id)) return false;
  if (isDigest(c.id)) return image.digests.has(c.id.toLowerCase());
  const named = parseImageRef(c.id.replace(/^(docker|oci):\/\//, ""));
  return named !== null && image.refs.some((r) => r.repository === named.repository && (!named.tag || named.tag === r.tag) && (!named.digest || named.digest === r.digest));
}
function purlsOf(c) {
  return [c.id, c.purl].filter((s) => s !== null && /^pkg:/i.test(s)).map((s) => parsePurl(s)).filter((p) => p !== null);
}
function sameOciQualifier(key, a, b) {
  if (key !== "repository_url") return a === b;
  const ra = parseImageRef(a.replace(/^[a-z]+:\/\//i, ""));
  const rb = parseImageRef(b);
  return ra !== null && rb !== null && ra.repository === rb.repository;
}
var isDigest = (s) => /^sha256:[0-9a-f]{64}$/i.test(s);
function parseImageRef(raw) {
  let rest = raw.trim();
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase();
    if (!/^[a-z0-9]+:[0-9a-f]{32,}$/.test(digest)) return null;
    rest = rest.slice(0, at);
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  if (parts.some((p) => !p)) return null;
  const first = parts[0];
  let registry = "docker.io";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) registry = parts.shift().toLowerCase();
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = "docker.io";
  if (registry === "docker.io" && parts.length === 1) parts.unshift("library");
  const path = parts.join("/").toLowerCase();
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) return null;
  if (tag !== null && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) return null;
  return { repository: `${registry}/${path}`, tag, digest };
}

// src/scan/gate.ts
var FAIL_ON = ["critical", "high", "medium", "low", "none"];
function parseFailOn(raw) {
  const v = raw.trim().toLowerCase();
  if (FAIL_ON.includes(v)) return v;
  throw new ConfigurationError("input `fail-on`", raw, `is not a severity. Use one of: ${FAIL_ON.join(", ")} (none reports findings without failing).`);
}
function judge(findings, o) {
  const image = imageIdentity(o.imageRefs);
  const live = o.ignores.filter((e) => !isExpired(e, o.now));
  const expired = o.ignores.filter((e) => isExpired(e, o.now));
  const matched = new Map(expired.map((e) => [e, 0]));
  const judged = mergeDuplicates(findings).map((f) => {
    const gone = expired.filter((e) => ignoreMatches(e, f));
    for (const e of gone) matched.set(e, (matched.get(e) ?? 0) + 1);
    const entry = live.find((e) => ignoreMatches(e, f));
    let suppressed = vexSuppression(f, o.vex, image);
    if (!suppressed && entry) suppressed = { by: "ignore-file", reason: entry.reason, expires: entry.expires };
    if (!suppressed && o.ignoreUnfixed && f.fixedVersion === null) suppressed = { by: "ignore-unfixed" };
    const lapsed = !entry && gone[0] ? { reason: gone[0].reason, expires: gone[0].expires } : null;
    return { ...f, suppressed, expiredIgnore: lapsed };
  });
  judged.sort(worstFirst);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, { open: 0, total: 0 }]));
  for (const f of judged) {
    counts[f.severity].total++;
    if (!f.suppressed) counts[f.severity].open++;
  }
  const failing = o.failOn === "none" ? [] : judged.filter((f) => !f.suppressed && atOrAbove(f.severity, o.failOn));
  return {
    findings: judged,
    counts,
    failOn: o.failOn,
    passed: failing.length === 0,
    failing,
    expiredIgnores: expired.map((entry) => ({ entry, matched: matched.get(entry) ?? 0 }))
  };
}
function atOrAbove(s, threshold) {
  return severityRank(s) >= severityRank(threshold);
}
function worstFirst(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || (b.cvss ?? -1) - (a.cvss ?? -1) || a.id.localeCompare(b.id) || a.package.localeCompare(b.package) || a.version.localeCompare(b.version) || (a.path ?? "").localeCompare(b.path ?? "");
}
function ignoreMatches(e, f) {
  if (e.package !== null && e.package !== f.package) return false;
  const id = e.id.toUpperCase();
  return f.id.toUpperCase() === id || f.aliases.some((a) => a.toUpperCase() === id);
}
function mergeDuplicates(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = [f.id, f.package, f.version, f.path ?? ""].join("\0");
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, aliases: unique(f.aliases.filter((a) => a !== f.id)) });
      continue;
    }
    byKey.set(key, {
      ...seen,
      aliases: unique([...seen.aliases, ...f.aliases].filter((a) => a !== seen.id)),
      severity: severityRank(f.severity) > severityRank(seen.severity) ? f.severity : seen.severity,
      cvss: seen.cvss === null ? f.cvss : f.cvss === null ? seen.cvss : Math.max(seen.cvss, f.cvss),
      fixedVersion: seen.fixedVersion ?? f.fixedVersion,
      purl: seen.purl ?? f.purl,
      layer: seen.layer ?? f.layer,
      title: seen.title || f.title,
      url: seen.url ?? f.url
    });
  }
  return [...byKey.values()];
}
var unique = (xs) => [...new Set(xs)];

// src/scan/install.ts
init_define_ACTION_META();
import { createReadStream, createWriteStream as createWriteStream2, existsSync as existsSync4, statSync as statSync4 } from "node:fs";
import { chmod, mkdir as mkdir2, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname as dirname3, join as join6, resolve as resolve4 } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { createHash } from "node:crypto";

// src/common/hash-stream.ts
init_define_ACTION_META();
import { Transform } from "node:stream";
function hashing(hash) {
  return new Transform({
    transform(chunk, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    }
  });
}

// src/common/http.ts
init_define_ACTION_META();
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
  constructor(message, status2) {
    super(message);
    this.status = status2;
  }
  name = "HttpError";
};
async function fetchWithRetry(url, init = {}, opts = {}) {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? 500;
  const cap = opts.maxDelayMs ?? 3e4;
  const sleep2 = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const target = `${init.method ?? "GET"} ${redact(String(url))}`;
  const started = now();
  const deadline = opts.totalMs ? started + opts.totalMs : Infinity;
  const giveUp = (attempt, reason2, status2, outOfTime) => {
    const waited = `after ${attempt} attempt${attempt === 1 ? "" : "s"} in ${seconds(now() - started)}`;
    const limit = outOfTime ? `; that is the ${seconds(opts.totalMs ?? 0)} ${opts.totalFrom ?? "limit"} allows for one request: raise it for a server that needs longer` : "";
    return new HttpError(`${target} failed ${waited}: ${reason2}${limit}`, status2);
  };
  let reason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfter = null;
    let status2 = null;
    const left = deadline - now();
    const timeoutMs = Math.min(opts.timeoutMs || Infinity, left);
    try {
      const res = await fetchWithin(url, init, Number.isFinite(timeoutMs) ? Math.max(1, timeoutMs) : void 0);
      if (!RETRY_STATUS.has(res.status)) return res;
      reason = `HTTP ${res.status}`;
      status2 = res.status;
      retryAfter = retryAfterMs(res.headers.get("retry-after"), now());
      await res.body?.cancel().catch(() => void 0);
    } catch (e) {
      if (init.signal?.aborted) throw e;
      if (!isTransient(e)) throw e;
      reason = describeFetchError(e);
    }
    const backoff = random() * Math.min(cap, base * 2 ** (attempt - 1));
    const delayMs = Math.min(cap, Math.max(backoff, retryAfter ?? 0));
    const outOfTime = now() >= deadline || now() + delayMs >= deadline;
    if (attempt === attempts || outOfTime) throw giveUp(attempt, reason, status2, outOfTime);
    opts.onRetry?.({ target, attempt, attempts, delayMs, reason });
    await sleep2(delayMs);
  }
  throw new Error("unreachable");
}
var seconds = (ms) => `${ms < 1e4 ? (ms / 1e3).toFixed(1) : Math.round(ms / 1e3)} s`;
function sendingBody(opts, bytes) {
  const sendMs = Math.ceil(bytes / (256 * 1024)) * 1e3;
  return { ...opts, ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs + sendMs } : {}, ...opts.totalMs ? { totalMs: opts.totalMs + sendMs } : {} };
}
async function fetchWithin(url, init, timeoutMs) {
  if (!timeoutMs) return fetch(url, init);
  const headers2 = new AbortController();
  const timer = setTimeout(() => headers2.abort(new DOMException(`no response within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, headers2.signal]) : headers2.signal });
  } finally {
    clearTimeout(timer);
  }
}
function describeFetchError(e) {
  const err = e;
  const code2 = err.cause?.code ?? "";
  const said = (err.cause?.message ?? err.message ?? "").split("\n")[0]?.replace(/:[^:]*\.c:\d+:?$/, "").trim();
  const text = code2 ? `${code2} (${said})` : `${err.name}: ${err.message}`;
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG/.test(code2)) return `${text}; the server does not speak TLS at that address`;
  return /CERT|SSL|TLS/.test(code2) ? `${text}; TLS verification failed: if your network inspects TLS, point NODE_EXTRA_CA_CERTS at its CA bundle` : text;
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

// src/common/tar.ts
init_define_ACTION_META();
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname as dirname2, join as join4, resolve as resolve3, sep } from "node:path";
import { once } from "node:events";
var TarError = class extends Error {
  name = "TarError";
};
var BLOCK = 512;
function safeRelative(path) {
  if (!path || path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.includes("\\") || path.includes("\0")) return false;
  return path.split("/").every((seg) => seg !== "..");
}
function field(h, at, len) {
  const raw = h.subarray(at, at + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? len : nul).toString("utf8");
}
function octal(h, at, len) {
  if (h[at] & 128) throw new TarError("an entry larger than 8 GiB");
  const s = field(h, at, len).trim();
  const n = s ? parseInt(s, 8) : 0;
  if (Number.isNaN(n)) throw new TarError(`a header with an unreadable number (${JSON.stringify(s)})`);
  return n;
}
function checksumOk(h) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum === octal(h, 148, 8);
}
function paxPath(body) {
  let pos = 0;
  let path = null;
  while (pos < body.length) {
    const space = body.indexOf(32, pos);
    if (space < 0) break;
    const len = Number(body.subarray(pos, space).toString());
    if (!len) break;
    const record = body.subarray(space + 1, pos + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    pos += len;
  }
  return path;
}
var Reader = class {
  constructor(it) {
    this.it = it;
  }
  buf = Buffer.alloc(0);
  done = false;
  async fill(n) {
    while (this.buf.length < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    }
    return this.buf.length >= n;
  }
  async take(n) {
    if (!await this.fill(n)) throw new TarError("the archive ends in the middle of an entry (truncated)");
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
  /** Reads to the end (the zero padding after the end-of-archive blocks), so whoever hashes the stream sees every byte. */
  async drain() {
    while (!this.done) {
      this.buf = Buffer.alloc(0);
      await this.fill(1);
    }
  }
  /** Hands `n` bytes to `sink` chunk by chunk, without gathering them. */
  async pipe(n, sink) {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !await this.fill(1)) throw new TarError("the archive ends in the middle of an entry (truncated)");
      const chunk = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(chunk.length);
      left -= chunk.length;
      await sink(chunk);
    }
  }
};
var skip = async () => void 0;
async function* headers(reader, endRequired) {
  let longName = null;
  for (; ; ) {
    if (!await reader.fill(BLOCK)) {
      if (endRequired) throw new TarError("the archive ends without its end-of-archive blocks (truncated)");
      return;
    }
    const header = await reader.take(BLOCK);
    if (header.every((b) => b === 0)) {
      await reader.drain();
      return;
    }
    if (!checksumOk(header)) throw new TarError("a header whose checksum does not match (not a tar archive, or damaged)");
    const size = octal(header, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] || 48);
    if (type === "x" || type === "L") {
      const body = await reader.take(padded);
      longName = type === "x" ? paxPath(body.subarray(0, size)) ?? longName : field(body, 0, size);
      continue;
    }
    if (type === "g") {
      await reader.pipe(padded, skip);
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    yield { name, type, size, padded, mode: octal(header, 100, 8) };
  }
}
async function extractTar(source, dest, select) {
  const root = resolve3(dest);
  const reader = new Reader(source[Symbol.asyncIterator]());
  const written = [];
  for await (const { name, type, size, padded, mode: rawMode } of headers(reader, true)) {
    const target = type === "0" ? select(name) : null;
    if (target === null) {
      await reader.pipe(padded, skip);
      continue;
    }
    if (!safeRelative(target)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    const file = join4(root, ...target.split("/"));
    if (!file.startsWith(root + sep)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    await mkdir(dirname2(file), { recursive: true });
    const mode = rawMode & 73 ? 493 : 420;
    const out = createWriteStream(file, { mode });
    try {
      await reader.pipe(size, async (chunk) => {
        if (!out.write(chunk)) await once(out, "drain");
      });
      out.end();
      await once(out, "close");
    } catch (e) {
      out.on("error", () => void 0);
      if (!out.closed) {
        const closed = new Promise((r) => out.once("close", () => r()));
        out.destroy();
        await closed;
      }
      throw e;
    }
    await reader.pipe(padded - size, skip);
    written.push(target);
  }
  return written;
}

// src/common/which.ts
init_define_ACTION_META();
import { accessSync, constants, statSync as statSync3 } from "node:fs";
import { delimiter, join as join5 } from "node:path";
function which(name, env) {
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = join5(dir, name + ext);
      try {
        if (!statSync3(p).isFile()) continue;
        accessSync(p, constants.X_OK);
        return p;
      } catch {
      }
    }
  }
  return null;
}

// src/scan/pins.ts
init_define_ACTION_META();
var SCANNER_PINS = {
  trivy: {
    version: "0.74.0",
    url: "https://github.com/aquasecurity/trivy/releases/download/v{version}/{file}",
    binary: "trivy",
    files: {
      "linux-x64": { file: "trivy_0.74.0_Linux-64bit.tar.gz", sha256: "2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a" },
      "linux-arm64": { file: "trivy_0.74.0_Linux-ARM64.tar.gz", sha256: "b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5" },
      "darwin-x64": { file: "trivy_0.74.0_macOS-64bit.tar.gz", sha256: "472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485" },
      "darwin-arm64": { file: "trivy_0.74.0_macOS-ARM64.tar.gz", sha256: "1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11" }
    }
  },
  grype: {
    version: "0.120.1",
    url: "https://github.com/anchore/grype/releases/download/v{version}/{file}",
    binary: "grype",
    files: {
      "linux-x64": { file: "grype_0.120.1_linux_amd64.tar.gz", sha256: "0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d" },
      "linux-arm64": { file: "grype_0.120.1_linux_arm64.tar.gz", sha256: "29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514" },
      "darwin-x64": { file: "grype_0.120.1_darwin_amd64.tar.gz", sha256: "5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62" },
      "darwin-arm64": { file: "grype_0.120.1_darwin_arm64.tar.gz", sha256: "cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732" }
    }
  }
};

// src/scan/install.ts
async function installScanner(o) {
  if (o.scannerPath) return { path: givenBinary(o), pinned: null, source: "scanner-path" };
  const pin = (o.pins ?? SCANNER_PINS)[o.scanner];
  const key = `${o.platform}-${o.arch}`;
  const release = pin.files[key];
  if (!release) {
    throw new ConfigurationError("input `scanner`", o.scanner, `has no pinned ${o.scanner} ${pin.version} release for ${key} (pinned: ${Object.keys(pin.files).join(", ")}). Install ${o.scanner} yourself and set \`scanner-path\` to it.`);
  }
  const dir = join6(o.toolCache, `model-cd-${o.scanner}`, pin.version, key);
  const binary = join6(dir, pin.binary);
  const marker = join6(dir, ".sha256");
  if (existsSync4(binary) && existsSync4(marker)) return { path: binary, pinned: pin.version, source: "tool cache" };
  const url = (o.downloadUrl || pin.url).replaceAll("{version}", pin.version).replaceAll("{file}", release.file);
  o.log(`Downloading ${o.scanner} ${pin.version} from ${redact(url)}`);
  const parent = join6(o.toolCache, `model-cd-${o.scanner}`, pin.version);
  const made = await mkdir2(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const archive = `${dir}.download-${stamp}`;
  const staging = `${dir}.staging-${stamp}`;
  let installed = false;
  try {
    const got = await download(url, archive, o);
    if (got !== release.sha256) {
      throw new ServiceError(`${redact(url)} is not ${release.file} of ${o.scanner} ${pin.version}: its sha256 is ${got}, the pinned one is ${release.sha256}. Nothing was kept. If \`scanner-download-url\` points at a mirror, it serves other bytes than the release; else the download was cut short or tampered with.`);
    }
    await extractBinary(archive, staging, pin.binary, release.file);
    await writeFile(join6(staging, ".sha256"), `${release.sha256}
`);
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    installed = true;
  } finally {
    await rm(archive, { force: true });
    await rm(staging, { recursive: true, force: true });
    if (!installed && made) await removeEmptyUpTo(resolve4(parent), resolve4(made));
  }
  return { path: binary, pinned: pin.version, source: "downloaded" };
}
async function removeEmptyUpTo(dir, top) {
  for (let d = dir; ; d = dirname3(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === top || dirname3(d) === d) return;
  }
}
function givenBinary(o) {
  const p = o.scannerPath;
  const subject = "input `scanner-path`";
  if (!p.includes("/") && !p.includes("\\")) {
    const found = which(p, o.env);
    if (!found) throw new ConfigurationError(subject, p, `is not a command on PATH. Give the path of the ${o.scanner} binary, or leave it empty to download the pinned ${o.scanner} ${SCANNER_PINS[o.scanner].version}.`);
    return found;
  }
  const file = resolve4(o.cwd, p);
  let ok = false;
  try {
    ok = statSync4(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigurationError(subject, p, `is not a file. Give the path of the ${o.scanner} binary (or a command name on PATH), or leave it empty to download the pinned ${o.scanner} ${SCANNER_PINS[o.scanner].version}.`);
  return file;
}
async function download(url, file, o) {
  const fix = `Give a mirror that serves the release files with \`scanner-download-url\`, or install ${o.scanner} and set \`scanner-path\``;
  let res;
  try {
    res = await fetchWithRetry(url, {}, { attempts: 4, timeoutMs: 6e4, onRetry: (i) => o.log(`retrying ${i.target}: ${i.reason}`) });
  } catch (e) {
    throw new ServiceError(`cannot download ${o.scanner} from ${redact(url)} (${e instanceof HttpError ? e.message : describeFetchError(e)}). ${fix}.`);
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => void 0);
    throw new ServiceError(`downloading ${o.scanner} from ${redact(url)} failed with HTTP ${res.status}. ${fix}.`, res.status);
  }
  const hash = createHash("sha256");
  try {
    await pipeline(Readable.fromWeb(res.body), hashing(hash), createWriteStream2(file));
  } catch (e) {
    throw new ServiceError(`the download of ${o.scanner} from ${redact(url)} broke off (${describeFetchError(e)}); nothing was kept. Run the step again, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}.`);
  }
  return hash.digest("hex");
}
async function extractBinary(archive, dest, binary, what) {
  const gunzip = createGunzip();
  const source = createReadStream(archive);
  source.pipe(gunzip);
  source.on("error", (e) => gunzip.destroy(e));
  let written;
  try {
    written = await extractTar(gunzip, dest, (p) => p.replace(/^\.\//, "") === binary ? binary : null);
  } catch (e) {
    if (e instanceof TarError || e.code === "Z_DATA_ERROR") throw new ServiceError(`${what} matches its pinned sha256 but cannot be unpacked (${e.message}).`);
    throw e;
  }
  if (!written.length) throw new ServiceError(`${what} matches its pinned sha256 but holds no \`${binary}\` at its top level.`);
  await chmod(join6(dest, binary), 493);
}

// src/scan/base-layers.ts
init_define_ACTION_META();
import { createReadStream as createReadStream3 } from "node:fs";
import { mkdtemp, readFile as readFile3, rm as rm3 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/image/docker-archive.ts
init_define_ACTION_META();

// src/image/compression.ts
init_define_ACTION_META();

// src/image/gzip.ts
init_define_ACTION_META();
import { promisify } from "node:util";
import { gzip } from "node:zlib";
var gzipAsync = promisify(gzip);
var MEMBER_SIZE = 1 << 20;

// src/image/compression.ts
var LAYER_MEDIA_TYPES = {
  none: "application/vnd.oci.image.layer.v1.tar",
  gzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  zstd: "application/vnd.oci.image.layer.v1.tar+zstd"
};

// src/image/layer.ts
init_define_ACTION_META();
var LAYER_MEDIA = LAYER_MEDIA_TYPES.gzip;

// src/image/oci.ts
init_define_ACTION_META();
import { createHash as createHash2 } from "node:crypto";
import { copyFile, link, mkdir as mkdir3, readdir, readFile, rename as rename2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join7 } from "node:path";
var MEDIA = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var blobPath = (layout, digest) => join7(layout, "blobs", ...digest.split(":"));
async function readBlob(layout, digest) {
  const bytes = await readFile(blobPath(layout, digest));
  const got = `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
  if (got !== digest) throw new Error(`blob ${digest} in ${layout} has digest ${got}: the layout is damaged`);
  return bytes;
}
async function resolveRef(layout, ref) {
  const index = JSON.parse(await readFile(join7(layout, "index.json"), "utf8"));
  const named = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] === ref);
  if (named.length === 1) return named[0];
  if (!ref && index.manifests.length === 1) return index.manifests[0];
  const refs = index.manifests.map((m) => m.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
  throw new Error(`no image ${JSON.stringify(ref)} in the layout ${layout} (it has ${refs.length ? refs.join(", ") : "no named images"})`);
}

// src/image/docker-archive.ts
function dockerArch(nodeArch) {
  return { x64: "amd64", ia32: "386", arm: "arm", arm64: "arm64", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" }[nodeArch] ?? nodeArch;
}
function pickPlatform(manifests, arch) {
  const images = manifests.filter((m) => m.platform?.os !== "unknown");
  return images.find((m) => m.platform?.os === "linux" && m.platform.architecture === arch) ?? images.find((m) => !m.platform || m.platform.os === "linux") ?? images[0] ?? null;
}

// src/image/registry.ts
init_define_ACTION_META();
import { createReadStream as createReadStream2, createWriteStream as createWriteStream3, existsSync as existsSync5 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
import { readFile as readFile2, rm as rm2, stat as stat2, writeFile as writeFile3 } from "node:fs/promises";
import { pipeline as pipeline2 } from "node:stream/promises";
import { Readable as Readable2 } from "node:stream";
var MiB = 1024 * 1024;
var MONOLITHIC_MAX = 64 * MiB;
var CHUNK_SIZE = 64 * MiB;
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
    const size = (await stat2(file)).size;
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
    const status2 = last instanceof ServiceError ? last.status : null;
    return new ServiceError(
      `the registry ${this.o.host} kept failing while receiving blob ${digest} for ${repo}: ${UPLOAD_TRIES} tries in a row got no further than byte ${offset} of ${size} (last: ${last.message}). Nothing was tagged. Run again (the upload resumes if the registry kept its session); if it persists, check the registry and any proxy in front of it (its request size and time limits).`,
      status2
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
    const digest = `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
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
    const got = `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
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
    const hash = createHash3("sha256");
    await pipeline2(Readable2.fromWeb(res.body), hashing(hash), createWriteStream3(file));
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
  const code2 = e.cause?.code ?? "";
  if (code2 === "ENOTFOUND" || code2 === "EAI_AGAIN") return "The host name does not resolve: check the registry part of the image reference (and the runner's DNS).";
  if (/WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|EPROTO/.test(code2)) {
    return "build-push uses plain HTTP only for localhost and 127.0.0.1: check the port in the image reference, or serve the registry over HTTPS.";
  }
  if (/CERT|SSL|TLS/.test(code2)) return "Check the registry's certificate.";
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
  return Readable2.toWeb(createReadStream2(file, { start, end: end - 1, highWaterMark: MiB }));
}
function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// src/scan/base-layers.ts
var isIndex = (m) => Array.isArray(m.manifests);
var diffIdsOf = (config) => JSON.parse(config.toString("utf8")).rootfs?.diff_ids ?? [];
async function baseDiffIds(source, o) {
  const arch = o.platform ? o.platform.split("/")[1] ?? "" : dockerArch(o.nodeArch);
  try {
    switch (source.kind) {
      case "oci":
        return await fromLayout(source.layout, source.ref, arch);
      case "docker-archive":
        return await fromArchive(source.file, o.scratch);
      case "registry":
        return await fromRegistry(source, arch, o);
    }
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ServiceError(`cannot read the layers of \`base-image\` ${source.kind === "registry" ? source.ref : ""}(${e.message}). Give the base build-push used (its \`base\` input), or leave \`base-image\` empty.`);
  }
}
async function fromLayout(layout, ref, arch) {
  let desc = await resolveRef(layout, ref);
  for (; ; ) {
    const m = JSON.parse((await readBlob(layout, desc.digest)).toString("utf8"));
    if (!isIndex(m)) return diffIdsOf(await readBlob(layout, m.config.digest));
    const pick = pickPlatform(m.manifests ?? [], arch);
    if (!pick) throw new Error(`the index ${desc.digest} has no image for ${arch}`);
    desc = pick;
  }
}
async function fromArchive(file, scratch) {
  const dir = await mkdtemp(join8(scratch, "base-archive-"));
  try {
    await extractTar(createReadStream3(file), dir, (p) => p.replace(/^\.\//, "") === "manifest.json" ? "manifest.json" : null);
    const entries = JSON.parse(await readFile3(join8(dir, "manifest.json"), "utf8"));
    const config = entries[0]?.Config;
    if (!config || !safeRelative(config)) throw new Error(`${file} has no usable manifest.json`);
    await extractTar(createReadStream3(file), dir, (p) => p.replace(/^\.\//, "") === config ? "config.json" : null);
    return diffIdsOf(await readFile3(join8(dir, "config.json")));
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}
async function fromRegistry(source, arch, o) {
  const { host } = source;
  const rest = source.ref.slice(source.ref.indexOf("/") + 1);
  const at = rest.indexOf("@");
  const colon = rest.lastIndexOf(":", at < 0 ? void 0 : at);
  const repo = at >= 0 ? rest.slice(0, colon > 0 && colon < at ? colon : at) : colon > 0 ? rest.slice(0, colon) : rest;
  let reference = at >= 0 ? rest.slice(at + 1) : colon > 0 ? rest.slice(colon + 1) : "latest";
  const client = new RegistryClient({ host, insecure: onLoopback(host), ...o.credentials ? { credentials: o.credentials } : {} });
  for (; ; ) {
    const got = await client.getManifest(repo, reference);
    const m = JSON.parse(got.bytes.toString("utf8"));
    if (!isIndex(m)) return diffIdsOf(await client.getBlob(repo, m.config.digest));
    const pick = pickPlatform(m.manifests ?? [], arch);
    if (!pick) throw new Error(`the index ${got.digest} has no image for ${arch}`);
    reference = pick.digest;
  }
}

// src/scan/sarif.ts
init_define_ACTION_META();
import { createHash as createHash4 } from "node:crypto";

// src/common/markdown.ts
init_define_ACTION_META();
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var plain = (s) => s.replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;");
function link2(text, url) {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  return `[${text}](${url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

// src/lint/format/formats.ts
init_define_ACTION_META();
function toUri(file) {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

// src/scan/dockerfile-base.ts
init_define_ACTION_META();

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
  const word = m?.[1]?.toUpperCase() ?? "";
  if (!m || !KEYWORD_SET.has(word)) {
    const column = first.length - first.trimStart().length + 1;
    return { error: { line: start + 1, column, message: `unexpected '${first.trim()[0]}': not a Dockerfile instruction (expected one of ${KEYWORDS.join(", ")})` } };
  }
  const keyword = word;
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

// src/scan/dockerfile-base.ts
function baseFrom(dockerfile) {
  const stages = parseDockerfile(dockerfile).instructions.filter((i) => i.keyword === "FROM").map((i) => {
    const words = i.args.split(/\s+/).filter(Boolean);
    const alias = words[1]?.toLowerCase() === "as" && words[2] ? words[2].toLowerCase() : null;
    return { line: i.line, image: words[0] ?? "", alias };
  });
  let at = stages.length - 1;
  if (at < 0) return null;
  for (; ; ) {
    const stage = stages[at];
    const from = stage.image.toLowerCase();
    const earlier = stages.slice(0, at).map((s, i) => ({ ...s, i })).reverse().find((s) => s.alias === from);
    if (!earlier) return { line: stage.line, image: stage.image };
    at = earlier.i;
  }
}

// src/scan/sarif.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", negligible: "note", unknown: "note" };
var BAND = {
  critical: { min: 9.1, max: 10, fallback: 9.5 },
  high: { min: 7, max: 9, fallback: 8 },
  medium: { min: 4, max: 6.9, fallback: 5.5 },
  low: { min: 0.1, max: 3.9, fallback: 3 },
  negligible: { min: 0, max: 0, fallback: 0 },
  unknown: { min: 0, max: 0, fallback: 0 }
};
var MAX_TEXT = 1024;
var IMAGE_BASE_ID = "IMAGE";
function securitySeverity(severity, cvss) {
  const band = BAND[severity];
  const score = cvss !== null && cvss >= band.min && cvss <= band.max ? cvss : band.fallback;
  return score.toFixed(1);
}
function scanSarif(findings, o) {
  const sorted = [...findings].sort(worstFirst);
  const byRule = /* @__PURE__ */ new Map();
  for (const f of sorted) byRule.set(f.id, [...byRule.get(f.id) ?? [], f]);
  const ids = [...byRule.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const from = o.dockerfile ? baseFrom(o.dockerfile.text) : null;
  const base = o.baseLayers ?? /* @__PURE__ */ new Set();
  const rules = ids.map((id) => rule(byRule.get(id)));
  const results = sorted.map((f) => {
    const inBase = f.layer !== null && base.has(f.layer);
    const where = `${f.package} ${f.version}${f.path ? ` (/${f.path.replace(/^\/+/, "")})` : ""}`;
    const physicalLocation = o.dockerfile ? { artifactLocation: { uri: toUri(o.dockerfile.path) }, region: { startLine: inBase && from ? from.line : 1, startColumn: 1 } } : { artifactLocation: { uri: toUri((f.path ?? f.package).replace(/^\/+/, "")), uriBaseId: IMAGE_BASE_ID }, region: { startLine: 1, startColumn: 1 } };
    const fix = f.fixedVersion ? `Fixed in ${f.fixedVersion}.` : "No fixed version yet.";
    const origin = inBase ? ` It comes with the base image${from ? ` (${from.image})` : ""}.` : "";
    return {
      ruleId: f.id,
      ruleIndex: index.get(f.id),
      level: LEVEL[f.severity],
      message: { text: `${f.id} (${f.severity}) in ${where}: ${f.title || "no title given"}. ${fix}${origin}` },
      locations: [{ physicalLocation, message: { text: `${where} in ${o.image}` } }],
      partialFingerprints: { primaryLocationLineHash: createHash4("sha256").update([f.id, f.package, f.path ?? ""].join("\0")).digest("hex").slice(0, 32) },
      ...f.suppressed ? { suppressions: [{ kind: "external", status: "accepted", justification: justification(f.suppressed) }] } : {},
      properties: {
        package: f.package,
        installedVersion: f.version,
        fixedVersion: f.fixedVersion,
        packageType: f.type,
        ...f.purl ? { purl: f.purl } : {},
        ...f.path ? { path: f.path } : {},
        ...f.layer ? { layer: f.layer } : {}
      }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "model-cd scan-image", informationUri: "https://github.com/model-cd/model-cd", version: o.version, semanticVersion: o.version, rules },
          extensions: [{ name: o.scanner.name, version: o.scanner.version }]
        },
        ...o.dockerfile ? {} : { originalUriBaseIds: { [IMAGE_BASE_ID]: { description: { text: `The root file system of ${o.image}.` } } } },
        results,
        properties: { image: o.image, scanner: o.scanner.name, scannerVersion: o.scanner.version }
      }
    ]
  };
}
function justification(s) {
  switch (s.by) {
    case "ignore-file":
      return s.reason;
    case "vex":
      return `VEX ${s.status}${s.justification ? `: ${s.justification}` : ""} (${s.document})`;
    case "ignore-unfixed":
      return "No fixed version exists and ignore-unfixed is on.";
  }
}
function rule(group) {
  const f = group[0];
  const title = clip(f.title || f.id);
  const aliases = [...new Set(group.flatMap((g) => g.aliases))].filter((a) => a !== f.id);
  const full = clip(`${f.id}${aliases.length ? ` (also ${aliases.join(", ")})` : ""}: ${f.title || "no title given"}`);
  const url = f.url && /^https?:\/\//i.test(f.url) ? f.url : null;
  const cvss = group.map((g) => g.cvss).filter((c) => c !== null);
  const rating = `${f.severity}${cvss.length ? `, CVSS ${Math.max(...cvss).toFixed(1)}` : ""}`;
  const rated = group.filter((g) => g.severity === f.severity && g.cvss !== null).map((g) => g.cvss);
  const worstScore = rated.length ? Math.max(...rated) : null;
  const rows = group.map((g) => `| ${md(g.package)} | ${md(g.version)} | ${g.fixedVersion ? md(g.fixedVersion) : "no fix yet"} | ${g.path ? md(g.path) : ""} |`);
  const text = [`${f.id} (${rating}): ${f.title || "no title given"}`, ...group.map((g) => `${g.package} ${g.version}: ${g.fixedVersion ? `fixed in ${g.fixedVersion}` : "no fix yet"}`), ...url ? [`More: ${url}`] : []].join("\n");
  const markdown = [
    `**${md(f.id)}** (${rating}): ${md(f.title || "no title given")}`,
    "",
    "| Package | Installed | Fixed in | Path |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...url ? ["", link2(md(f.id), url)] : []
  ].join("\n");
  return {
    id: f.id,
    shortDescription: { text: title },
    fullDescription: { text: full },
    help: { text, markdown },
    ...url ? { helpUri: url } : {},
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { "security-severity": securitySeverity(f.severity, worstScore), tags: ["security", "vulnerability", f.severity] }
  };
}
var clip = (s) => s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}\u2026` : s;
var md = (s) => cell(plain(s));

// src/scan/summary.ts
init_define_ACTION_META();
var TOP = 10;
var FULL_ROWS = 1e3;
var WEEK_MS = 7 * 24 * 3600 * 1e3;
var md2 = (s) => cell(plain(s));
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var open = (j) => j.findings.filter((f) => !f.suppressed);
function bySeverity(fs) {
  return SEVERITIES.map((s) => [s, fs.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
}
function verdictLine(j, m) {
  const o = open(j);
  if (j.failOn === "none") return `scan-image: ${o.length ? `${plural(o.length, "open finding")} (${bySeverity(o)})` : "no open findings"} in ${m.image}; fail-on is none, so the step passes`;
  if (!j.passed) return `scan-image: ${plural(j.failing.length, "finding")} at ${j.failOn} or above (${bySeverity(j.failing)}) in ${m.image}: failed`;
  return `scan-image: nothing open at ${j.failOn} or above in ${m.image}${o.length ? ` (${o.length} below: ${bySeverity(o)})` : ""}: passed`;
}
function scanSummary(j, m) {
  const o = open(j);
  const image = `\`${md2(m.image)}\``;
  let title;
  if (j.failOn === "none") title = `### ${o.length ? "\u26A0\uFE0F" : "\u2705"} scan-image: ${o.length ? `${plural(o.length, "open finding")} (${bySeverity(o)})` : "no open findings"} in ${image} (fail-on is \`none\`: report only)`;
  else if (!j.passed) title = `### \u274C scan-image: ${plural(j.failing.length, "finding")} at \`${j.failOn}\` or above in ${image} (${bySeverity(j.failing)})`;
  else title = `### \u2705 scan-image: nothing open at \`${j.failOn}\` or above in ${image}${o.length ? ` (${o.length} below it: ${bySeverity(o)})` : ""}`;
  const suppressed = j.findings.length - o.length;
  const how = ["vex", "ignore-file", "ignore-unfixed"].map((by) => [by, j.findings.filter((f) => f.suppressed?.by === by).length]).filter(([, n]) => n > 0).map(([by, n]) => `${n} by ${by === "vex" ? "VEX" : by === "ignore-file" ? "the ignore file" : "ignore-unfixed"}`);
  const lines = [
    title,
    "",
    `Scanned with ${md2(m.scanner)} ${md2(m.scannerVersion)}; ${dbAge(m)}.${j.failOn === "none" ? "" : ` Fails on \`${j.failOn}\` and above.`}`,
    j.findings.length ? `${plural(j.findings.length, "finding")}: ${o.length} open, ${suppressed} suppressed${how.length ? ` (${how.join(", ")})` : ""}.` : "No vulnerabilities found."
  ];
  if (j.findings.length) {
    lines.push("", "| Severity | Open | Suppressed |", "| --- | ---: | ---: |");
    for (const s of SEVERITIES) {
      const c = j.counts[s];
      if (c.total) lines.push(`| ${s} | ${c.open} | ${c.total - c.open} |`);
    }
  }
  if (o.length) {
    const failing = new Set(j.failing);
    lines.push("", `**Worst open findings**${o.length > TOP ? ` (${TOP} of ${o.length})` : ""}`, "", "| Advisory | Severity | Package | Installed | Fixed in |", "| --- | --- | --- | --- | --- |");
    for (const f of o.slice(0, TOP)) {
      const sev = failing.has(f) ? `**${f.severity}** \u274C` : f.severity;
      lines.push(`| ${link2(md2(f.id), f.url)} | ${sev} | ${md2(f.package)} | ${md2(f.version)} | ${f.fixedVersion ? md2(f.fixedVersion) : "no fix yet"} |`);
    }
  }
  if (j.expiredIgnores.length) {
    lines.push("", "**Expired ignore entries** (they hide nothing now)", "");
    for (const { entry: e, matched } of j.expiredIgnores) {
      const then = matched ? `it matched ${plural(matched, "finding")}, counted again: fix ${matched === 1 ? "it" : "them"} or renew \`expires\`` : "it matches no finding now: delete it";
      lines.push(`- \`${md2(e.id)}\`${e.package ? ` in ${md2(e.package)}` : ""} expired ${e.expires} (${md2(e.file)}, entry ${e.entry}${e.line ? `, line ${e.line}` : ""}): ${then}. Reason given: ${md2(e.reason)}`);
    }
  }
  if (j.findings.length) {
    const rows = j.findings.slice(0, FULL_ROWS);
    lines.push("", `<details><summary>All ${plural(j.findings.length, "finding")}</summary>`, "", "| Advisory | Severity | Package | Installed | Fixed in | Path | Status |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const f of rows) {
      lines.push(`| ${link2(md2(f.id), f.url)} | ${f.severity} | ${md2(f.package)} | ${md2(f.version)} | ${f.fixedVersion ? md2(f.fixedVersion) : "no fix yet"} | ${f.path ? `\`${md2(f.path)}\`` : ""} | ${status(f, j)} |`);
    }
    if (j.findings.length > rows.length) lines.push("", `\u2026and ${j.findings.length - rows.length} more in the SARIF report.`);
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}
function status(f, j) {
  const s = f.suppressed;
  if (!s) return j.failing.includes(f) ? "\u274C open, fails the gate" : f.expiredIgnore ? `open (ignore expired ${f.expiredIgnore.expires})` : "open";
  if (s.by === "ignore-file") return `ignored until ${s.expires ?? "\u2013"}: ${md2(s.reason)}`;
  if (s.by === "vex") return `VEX ${s.status}${s.justification ? `: ${md2(s.justification)}` : ""} (${md2(s.document)})`;
  return "no fix yet (ignore-unfixed)";
}
function dbAge(m) {
  if (!m.dbUpdatedAt) return "vulnerability database age unknown";
  const ms = m.now.getTime() - m.dbUpdatedAt.getTime();
  const hours = Math.floor(ms / 36e5);
  const age = ms < 0 ? "dated in the future" : hours < 1 ? "under an hour old" : hours < 48 ? `${plural(hours, "hour")} old` : `${Math.floor(hours / 24)} days old`;
  const stale = ms > WEEK_MS ? " \u26A0\uFE0F over a week old, so recent advisories are missing" : "";
  return `vulnerability database built ${m.dbUpdatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC (${age})${stale}`;
}
function annotationsFor(j, dockerfile, baseLayers) {
  const from = baseFrom(dockerfile.text);
  const inBase = open(j).filter((f) => f.layer !== null && baseLayers.has(f.layer));
  if (!from || inBase.length === 0) return [];
  const failing = inBase.filter((f) => j.failing.includes(f));
  const listed = inBase.slice(0, 5).map((f) => `${f.id} (${f.severity}) in ${f.package} ${f.version}${f.fixedVersion ? `, fixed in ${f.fixedVersion}` : ", no fix yet"}`);
  const more = inBase.length > listed.length ? `, and ${inBase.length - listed.length} more` : "";
  const gate = failing.length ? ` ${failing.length} of them ${failing.length === 1 ? "fails" : "fail"} the gate (fail-on ${j.failOn}).` : "";
  return [
    {
      level: failing.length ? "error" : "warning",
      file: dockerfile.path,
      line: from.line,
      title: `scan-image: base image ${from.image}`,
      message: `The base image ${from.image} brings ${plural(inBase.length, "open vulnerability", "open vulnerabilities")} (${bySeverity(inBase)}): ${listed.join("; ")}${more}.${gate} A newer base image may fix them.`
    }
  ];
}

// src/scan/vex.ts
init_define_ACTION_META();
var VEX_STATUSES = ["not_affected", "affected", "fixed", "under_investigation"];
var VEX_JUSTIFICATIONS = [
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist"
];
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
var SPEC = "https://github.com/openvex/spec";
function parseVex(text, file) {
  const where = `input \`vex\` (${file})`;
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ConfigurationError(where, e.message, `is not JSON. Give an OpenVEX document (JSON, ${SPEC}).`);
  }
  if (!isObj(doc)) throw new ConfigurationError(where, JSON.stringify(doc).slice(0, 60), `is not an OpenVEX document: that is a JSON object with @context, timestamp and statements (${SPEC}).`);
  const context = doc["@context"];
  if (context === void 0) {
    const other = doc.bomFormat === "CycloneDX" ? " It looks like CycloneDX VEX; scan-image reads OpenVEX." : doc.document !== void 0 ? " It looks like CSAF; scan-image reads OpenVEX." : "";
    throw new ConfigurationError(`${where}: \`@context\``, "", `is missing: an OpenVEX document starts with "@context": "https://openvex.dev/ns/v0.2.0".${other}`);
  }
  if (typeof context !== "string" || !/^https?:\/\/openvex\.dev\/ns(\/|$)/.test(context)) {
    throw new ConfigurationError(`${where}: \`@context\``, JSON.stringify(context), 'is not an OpenVEX context. Use "https://openvex.dev/ns/v0.2.0".');
  }
  const timestamp = readTime(doc.timestamp, `${where}: \`timestamp\``, true);
  if (!Array.isArray(doc.statements)) {
    throw new ConfigurationError(`${where}: \`statements\``, doc.statements === void 0 ? "" : JSON.stringify(doc.statements).slice(0, 60), `is ${doc.statements === void 0 ? "missing" : "not a list"}: an OpenVEX document holds a list of statements (${SPEC}).`);
  }
  if (doc.statements.length === 0) throw new ConfigurationError(`${where}: \`statements\``, "[]", "is empty: a VEX document needs at least one statement. Remove the file from `vex`, or add a statement.");
  const statements = doc.statements.map((s, i) => readStatement(s, i + 1, where, timestamp));
  return { file, id: typeof doc["@id"] === "string" ? doc["@id"] : null, timestamp, statements };
}
function readStatement(raw, index, where, docTime) {
  const at = (name2, key) => `${where}, statement ${index}${name2 ? ` (${name2})` : ""}${key ? `: \`${key}\`` : ""}`;
  if (!isObj(raw)) throw new ConfigurationError(at(""), JSON.stringify(raw).slice(0, 60), "must be an object with vulnerability, products and status.");
  const v = raw.vulnerability;
  let name;
  const ids = [];
  if (typeof v === "string" && v.trim()) {
    name = v.trim();
  } else if (isObj(v) && typeof v.name === "string" && v.name.trim()) {
    name = v.name.trim();
    if (v.aliases !== void 0) {
      if (!Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== "string")) throw new ConfigurationError(at(name, "vulnerability.aliases"), JSON.stringify(v.aliases), "must be a list of IDs as text.");
      ids.push(...v.aliases.map((a) => a.trim()).filter(Boolean));
    }
    if (typeof v["@id"] === "string" && v["@id"].trim()) ids.push(v["@id"].trim());
  } else {
    throw new ConfigurationError(at("", "vulnerability.name"), v === void 0 ? "" : JSON.stringify(v).slice(0, 60), 'is missing: each statement names its vulnerability, e.g. "vulnerability": {"name": "CVE-2099-0002"}.');
  }
  ids.unshift(name);
  const status2 = raw.status;
  if (typeof status2 !== "string" || !VEX_STATUSES.includes(status2)) {
    throw new ConfigurationError(at(name, "status"), status2 === void 0 ? "" : String(status2), `is ${status2 === void 0 ? "missing" : "not a VEX status"}. Use one of: ${VEX_STATUSES.join(", ")}.`);
  }
  const justification2 = optionalText(raw.justification, at(name, "justification"));
  if (justification2 !== null && !VEX_JUSTIFICATIONS.includes(justification2)) {
    throw new ConfigurationError(at(name, "justification"), justification2, `is not a VEX justification label. Use one of: ${VEX_JUSTIFICATIONS.join(", ")}; put free text in impact_statement.`);
  }
  const impactStatement = optionalText(raw.impact_statement, at(name, "impact_statement"));
  if (status2 === "not_affected" && justification2 === null && impactStatement === null) {
    throw new ConfigurationError(
      at(name, "status"),
      status2,
      `needs a justification (one of: ${VEX_JUSTIFICATIONS.join(", ")}) or an impact_statement saying why the product is not affected, as the OpenVEX spec requires.`
    );
  }
  if (!Array.isArray(raw.products) || raw.products.length === 0) {
    throw new ConfigurationError(
      at(name, "products"),
      raw.products === void 0 ? "" : JSON.stringify(raw.products).slice(0, 60),
      'names no product. List the image (e.g. {"@id": "pkg:oci/model-server?repository_url=ghcr.io/acme/model-server"}), with the package as a subcomponent to narrow it, or the package itself by purl.'
    );
  }
  const products = raw.products.map((p, i) => {
    const c = readComponent(p, (k) => at(name, `products[${i}]${k}`), true);
    const subs = isObj(p) ? p.subcomponents : void 0;
    if (subs !== void 0 && !Array.isArray(subs)) throw new ConfigurationError(at(name, `products[${i}].subcomponents`), JSON.stringify(subs).slice(0, 60), 'must be a list of components ({"@id": "pkg:\u2026"}).');
    const subcomponents = (subs ?? []).map((s, j) => readComponent(s, (k) => at(name, `products[${i}].subcomponents[${j}]${k}`), false));
    return { ...c, subcomponents };
  });
  const timestamp = readTime(raw.timestamp, at(name, "timestamp"), false) ?? docTime;
  return { index, vulnerability: name, ids, products, status: status2, justification: justification2, impactStatement, timestamp };
}
function readComponent(raw, at, product) {
  if (typeof raw === "string" && raw.trim() && product) return checkPurls({ id: raw.trim(), purl: null, hashes: {} }, at);
  if (!isObj(raw)) throw new ConfigurationError(at(""), JSON.stringify(raw)?.slice(0, 60) ?? "", "must be an object with an @id (an IRI or purl) or identifiers.");
  const id = typeof raw["@id"] === "string" && raw["@id"].trim() ? raw["@id"].trim() : null;
  if (raw["@id"] !== void 0 && id === null) throw new ConfigurationError(at(".@id"), JSON.stringify(raw["@id"]), "must be an IRI or purl as text.");
  let purl = null;
  if (raw.identifiers !== void 0) {
    if (!isObj(raw.identifiers)) throw new ConfigurationError(at(".identifiers"), JSON.stringify(raw.identifiers), "must map identifier types (purl, cpe22, cpe23) to values.");
    const p = raw.identifiers.purl;
    if (p !== void 0 && (typeof p !== "string" || !p.trim())) throw new ConfigurationError(at(".identifiers.purl"), JSON.stringify(p), "must be a package URL as text (pkg:\u2026).");
    purl = typeof p === "string" ? p.trim() : null;
  }
  const hashes = {};
  if (raw.hashes !== void 0) {
    if (!isObj(raw.hashes) || Object.values(raw.hashes).some((h) => typeof h !== "string")) throw new ConfigurationError(at(".hashes"), JSON.stringify(raw.hashes), "must map hash names (sha-256, \u2026) to hex values.");
    for (const [k, h] of Object.entries(raw.hashes)) hashes[k.toLowerCase()] = h.trim().toLowerCase();
  }
  if (id === null && raw.identifiers === void 0 && Object.keys(hashes).length === 0) {
    throw new ConfigurationError(at(""), JSON.stringify(raw).slice(0, 60), "identifies nothing: give an @id (the image's pkg:oci purl, or a package purl) or identifiers.purl.");
  }
  return checkPurls({ id, purl, hashes }, at);
}
function checkPurls(c, at) {
  for (const [key, value] of [["@id", c.id], ["identifiers.purl", c.purl]]) {
    if (value && value.toLowerCase().startsWith("pkg:") && !parsePurl(value)) {
      throw new ConfigurationError(at(`.${key}`), value, "is not a valid package URL. Write pkg:<type>/<namespace>/<name>@<version>, e.g. pkg:deb/debian/zlib1g or pkg:oci/model-server?repository_url=ghcr.io/acme/model-server.");
    }
  }
  return c;
}
function optionalText(v, where) {
  if (v === void 0 || v === null) return null;
  if (typeof v !== "string") throw new ConfigurationError(where, JSON.stringify(v), "must be text.");
  return v.trim() || null;
}
function readTime(v, where, required) {
  if (v === void 0 || v === null || v === "") {
    if (!required) return null;
    throw new ConfigurationError(where, "", 'is missing: an OpenVEX document says when it was issued, as an RFC 3339 date-time (e.g. "2026-12-01T10:00:00Z").');
  }
  const t = typeof v === "string" && DATE_TIME.test(v.trim()) ? new Date(v.trim()) : null;
  if (!t || Number.isNaN(t.getTime())) throw new ConfigurationError(where, String(v), 'is not an RFC 3339 date-time. Write it like "2026-12-01T10:00:00Z".');
  return t;
}

// src/scan/scan-image.ts
function prepare(c) {
  const source = parseImageSource(c.image, c.cwd);
  const failOn = parseFailOn(c.failOn);
  const maxAgeHours = parseMaxAge(c.maxDbAge);
  const ignores = c.ignoreFile ? parseIgnoreFile(readInput("ignore-file", c.ignoreFile, c.cwd), c.ignoreFile) : [];
  const vex = c.vex.map((f) => parseVex(readInput("vex", f, c.cwd), f));
  let dockerfile = null;
  if (c.dockerfile) {
    const abs = resolve5(c.cwd, c.dockerfile);
    dockerfile = { path: relative(c.cwd, abs).split("\\").join("/"), text: readInput("dockerfile", c.dockerfile, c.cwd) };
  }
  let base = null;
  if (c.baseImage) {
    try {
      base = parseImageSource(c.baseImage, c.cwd);
    } catch (e) {
      if (e instanceof ConfigurationError && !(e instanceof ServiceError)) throw new ConfigurationError("input `base-image`", c.baseImage, e.fix);
      throw e;
    }
  }
  if (!c.username !== !c.password) {
    throw new ConfigurationError(c.username ? "input `password`" : "input `username`", "", `is empty while \`${c.username ? "username" : "password"}\` is set. Give both, or neither (the docker config from docker/login-action is then used).`);
  }
  const credentials = c.username ? { username: c.username, password: c.password } : null;
  return { source, failOn, maxAgeHours, ignores, vex, dockerfile, base, credentials };
}
function readInput(input, file, cwd) {
  try {
    return readFileSync4(resolve5(cwd, file), "utf8");
  } catch (e) {
    const code2 = e.code;
    throw new ConfigurationError(`input \`${input}\``, file, code2 === "ENOENT" ? "does not exist. Give a path relative to the working directory, or leave it empty." : `cannot be read (${code2 ?? e.message}).`);
  }
}
async function scanImage(c) {
  const p = prepare(c);
  const scannerDir = join9(c.cacheDir, c.scanner);
  const errors = [];
  const warnings = [];
  mkdirSync3(c.reportDir, { recursive: true });
  const scratch = mkdtempSync2(join9(c.reportDir, ".scratch-"));
  try {
    const installed = await installScanner({ scanner: c.scanner, scannerPath: c.scannerPath, downloadUrl: c.scannerDownloadUrl, toolCache: c.toolCache, cwd: c.cwd, env: c.env, platform: c.nodePlatform, arch: c.nodeArch, log: c.log });
    const baseLayers = p.base ? new Set(await baseDiffIds(p.base, { credentials: p.credentials, platform: c.platform, nodeArch: c.nodeArch, scratch })) : /* @__PURE__ */ new Set();
    const offlineDb = c.offline ? await dbStatus({ scanner: c.scanner, binary: installed.path, cacheDir: scannerDir, env: c.env, cwd: c.cwd }) : void 0;
    if (offlineDb) checkAge(offlineDb, p.maxAgeHours, c, errors, warnings, true);
    const engineReport = join9(c.reportDir, `${c.scanner}.json`);
    const sbomPath = join9(c.reportDir, "sbom.cdx.json");
    const engine = await runEngine({
      scanner: c.scanner,
      binary: installed.path,
      source: p.source,
      cacheDir: scannerDir,
      dbRepository: c.dbRepository,
      offline: c.offline,
      timeoutSeconds: c.timeout,
      platform: c.platform,
      credentials: p.credentials,
      reportPath: engineReport,
      sbomPath,
      scratch,
      db: offlineDb,
      env: c.env,
      cwd: c.cwd,
      log: c.log,
      debug: c.debug
    });
    if (!c.offline) checkAge(engine.db, p.maxAgeHours, c, errors, warnings, false);
    const now = c.now();
    const image = describeSource(p.source);
    const judgement = judge(engine.findings, { failOn: p.failOn, ignoreUnfixed: c.ignoreUnfixed, ignores: p.ignores, vex: p.vex, imageRefs: [c.image, ...p.source.kind === "oci" && p.source.digest ? [p.source.digest] : []], now });
    for (const e of judgement.expiredIgnores) {
      warnings.push(`ignore-file: the entry for ${e.entry.id} expired on ${e.entry.expires}${e.matched ? ` and no longer hides ${e.matched === 1 ? "its finding" : `${e.matched} findings`}` : " and matches nothing any more: delete it"} (${e.entry.reason}).`);
    }
    const meta = { image, scanner: c.scanner, scannerVersion: engine.version, dbUpdatedAt: engine.db.builtAt, now };
    const sarifPath = join9(c.reportDir, "results.sarif");
    writeFileAtomic(sarifPath, JSON.stringify(scanSarif(judgement.findings, { version: c.version, scanner: { name: c.scanner, version: engine.version }, image, dockerfile: p.dockerfile, baseLayers })), "the SARIF file");
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, judgement.counts[s].open]));
    const dbAge2 = ageHours(engine.db, now);
    const reportPath = join9(c.reportDir, "scan-report.json");
    const report = {
      image,
      scanner: { name: c.scanner, version: engine.version, source: installed.source },
      db: { builtAt: engine.db.builtAt?.toISOString() ?? null, ageHours: dbAge2 === null ? null : Number(dbAge2.toFixed(2)), offline: c.offline },
      os: engine.os,
      packages: engine.packages,
      failOn: p.failOn,
      passed: judgement.passed && !errors.length,
      counts,
      findings: judgement.findings,
      expiredIgnores: judgement.expiredIgnores.map((e) => ({ ...e.entry, matched: e.matched }))
    };
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}
`, "the scan report");
    const annotations = p.dockerfile && baseLayers.size ? annotationsFor(judgement, p.dockerfile, baseLayers) : [];
    let markdown = scanSummary(judgement, meta);
    if (errors.length || warnings.length) markdown += `
${[...errors.map((e) => `> [!CAUTION]
> ${e}`), ...warnings.map((w) => `> [!WARNING]
> ${w}`)].join("\n\n")}
`;
    return {
      judgement,
      counts,
      passed: judgement.passed && !errors.length,
      errors,
      warnings,
      annotations,
      sarifPath,
      sbomPath,
      reportPath,
      dbAgeHours: dbAge2,
      markdown,
      logLine: verdictLine(judgement, meta)
    };
  } finally {
    rmSync3(scratch, { recursive: true, force: true });
  }
}
function checkAge(db, maxHours, c, errors, warnings, before) {
  const age = ageHours(db, c.now());
  if (age === null) {
    if (before) throw new ServiceError(`offline: there is no ${c.scanner} vulnerability DB in ${join9(c.cacheDir, c.scanner)} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
    warnings.push(`${c.scanner} does not say when its DB was built, so its age is not checked.`);
    return;
  }
  const line = `The ${c.scanner} DB${c.offline ? " (offline, from the cache)" : ""} was built ${describeAge(age)} ago (${db.builtAt?.toISOString()}).`;
  c.log(line);
  if (maxHours === null || age <= maxHours) return;
  const msg = `The ${c.scanner} DB is ${describeAge(age)} old, older than \`max-db-age\` (${c.maxDbAge}): findings published since ${db.builtAt?.toISOString().slice(0, 10)} are missed. ${c.offline ? "Run once with `offline: false` to refresh the cache" : "Check `db-repository`: the mirror serves an old DB"}, or raise \`max-db-age\`.`;
  if (c.oldDb === "fail") errors.push(msg);
  else warnings.push(msg);
}

// src/actions/scan-image.ts
var spec = {
  image: string(),
  scanner: oneOf(["trivy", "grype"]),
  "scanner-path": string(),
  "scanner-download-url": string(),
  "cache-dir": output("folder"),
  "db-repository": string(),
  offline: bool(),
  "max-db-age": string(),
  "old-db": oneOf(["fail", "warn"]),
  "fail-on": string(),
  "ignore-unfixed": bool(),
  "ignore-file": string(),
  vex: list(),
  dockerfile: string(),
  "base-image": string(),
  platform: string(),
  username: string(),
  password: string(),
  timeout: number({ min: 1, max: 86400, integer: true }),
  "report-dir": output("folder")
};
async function main(io) {
  const inputs = readInputs("scan-image", spec, io);
  if (inputs.password) io.setSecret(inputs.password);
  const home = io.env.XDG_CACHE_HOME || join10(io.env.HOME || homedir(), ".cache");
  const r = await scanImage({
    ...inputs,
    cacheDir: resolve6(io.cwd, inputs.cacheDir.trim() || join10(home, "model-cd", "scan")),
    reportDir: resolve6(io.cwd, inputs.reportDir.trim() || join10(io.tempDir, "scan-image")),
    toolCache: io.env.RUNNER_TOOL_CACHE || join10(home, "model-cd", "tools"),
    cwd: io.cwd,
    env: io.env,
    nodePlatform: process.platform,
    nodeArch: process.arch,
    version: VERSION,
    now: () => /* @__PURE__ */ new Date(),
    log: (l) => io.info(l),
    debug: (l) => io.debug(l)
  });
  io.info(r.logLine);
  for (const a of r.annotations) io.annotate(a.level, a.message, { file: a.file, line: a.line, title: a.title });
  for (const w of r.warnings) io.annotate("warning", w, { title: "scan-image" });
  for (const e of r.errors) io.annotate("error", e, { title: "scan-image" });
  if (!r.judgement.passed) {
    for (const f of r.judgement.failing.slice(0, 10)) io.annotate("error", `${f.id} (${f.severity}) in ${f.package} ${f.version}${f.fixedVersion ? `, fixed in ${f.fixedVersion}` : ", no fix yet"}`, { title: "scan-image" });
  }
  io.setOutput("passed", String(r.passed));
  io.setOutput("vulnerabilities", JSON.stringify(r.counts));
  io.setOutput("critical", String(r.counts.critical));
  io.setOutput("high", String(r.counts.high));
  io.setOutput("sarif", r.sarifPath);
  io.setOutput("sbom", r.sbomPath);
  io.setOutput("report", r.reportPath);
  io.setOutput("db-age-hours", r.dbAgeHours === null ? "" : String(Number(r.dbAgeHours.toFixed(2))));
  io.summary(r.markdown);
  return r.passed ? 0 : 1;
}

// scan-image-entry.ts
process.exitCode = await runAction(new RunnerIO(), main);
