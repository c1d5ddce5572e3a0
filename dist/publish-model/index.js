import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};

// <define:__ACTION_META__>
var define_ACTION_META_default;
var init_define_ACTION_META = __esm({
  "<define:__ACTION_META__>"() {
    define_ACTION_META_default = { "build-push": { description: "The serving image - the model added as one reproducible layer on a service base image without a Docker daemon, or a Dockerfile built by docker, buildah or podman - labelled with its lineage, pushed to registries and written to OCI layouts or docker archives.", inputs: { base: { description: "The service base image: `registry/repository:tag` (pulled and verified by digest; on the destination's registry its layers are mounted, not sent again) or an OCI image layout `oci:<folder>:<tag>` (skopeo copy or buildah push can write one). A multi-platform index gets the layer on every platform. Required unless `dockerfile` is given (then leave it empty: the Dockerfile's FROM names the base).", default: "", required: false }, model: { description: "The model file or folder to add as one layer (pull-model's `path` output). Required unless `dockerfile` is given; with a Dockerfile it is optional and, when given, is layered on the built image.", default: "", required: false }, "model-dir": { description: "Where the model goes in the image.", default: "/opt/model", required: false }, "model-env": { description: "Environment variable set in the image to the model's path (the file for a single file, else the folder).", default: "MODEL_PATH", required: false }, tags: { description: "Where to write the image, one per line: `registry/repository:tag` (pushed; docker/metadata-action's `tags` output fits), `oci:<folder>:<tag>` (an OCI layout) or `docker-archive:<file.tar>[:<name>:<tag>]` (a `docker save` archive for `docker load`, one platform, written atomically). Registries on localhost or 127.0.0.1 are reached over plain HTTP, all others over HTTPS with TLS verified.", default: "", required: true }, labels: { description: "Extra labels, one `key=value` per line (docker/metadata-action's `labels` output fits).", default: "", required: false }, "model-name": { description: "Recorded as the label dev.model-cd.model.name (pull-model's `name` output).", default: "", required: false }, "model-version": { description: "Recorded as dev.model-cd.model.version and org.opencontainers.image.version.", default: "", required: false }, "model-sha256": { description: "Recorded as dev.model-cd.model.sha256 (pull-model's `sha256` output).", default: "", required: false }, "model-source-uri": { description: "Recorded as dev.model-cd.model.source-uri (pull-model's `source-uri` output).", default: "", required: false }, username: { description: "Registry username. Empty means the docker config.json a login action wrote (DOCKER_CONFIG, else ~/.docker): its credential helpers, then its `auths`; else anonymous.", default: "", required: false }, password: { description: "Registry password or token (masked).", default: "", required: false }, dockerfile: { description: "A Dockerfile to build instead of the daemonless path, e.g. `Dockerfile` or `serving/Dockerfile` (relative to the workspace). The image is built by `builder`, labelled with the lineage, and then pushed like any other (the model input, if given, is layered on top). Empty: no build.", default: "", required: false }, context: { description: "The build context for `dockerfile`, relative to the workspace.", default: ".", required: false }, "build-args": { description: "Build arguments for `dockerfile`, one `NAME=value` per line (commas are part of the value).", default: "", required: false }, target: { description: "The stage of a multi-stage `dockerfile` to build. Empty means the last.", default: "", required: false }, "secret-files": { description: "Files the build may mount as secrets, one `id=path` per line (as docker/build-push-action's `secret-files`); the Dockerfile reads one with `RUN --mount=type=secret,id=<id>`. They never enter the image.", default: "", required: false }, builder: { description: "What builds `dockerfile` - `auto` takes the first that works of docker buildx, docker (a CLI whose daemon answers), buildah and podman; or name one of `docker`, `buildah`, `podman`. buildah and podman run with --isolation chroot and --storage-driver vfs in a private store under the runner's temp folder (no daemon, no runc, nothing left behind).", default: "auto", required: false }, "cache-from": { description: "Images (`registry/repository:tag`, one per line) whose model layer may be reused. When every destination is a registry, build-push first hashes the model's tar (its diffID, cheap) and looks for a layer with that diffID in these images and in the tags being pushed; one that the destinations already hold is reused, neither compressed nor sent again. Empty: the tags being pushed only.", default: "", required: false } }, outputs: { digest: { description: "The image digest (of the index for a multi-platform base)." }, image: { description: "The first destination as `name@digest`." }, imageid: { description: "The config digest (of the first platform), as docker reports an image ID." }, metadata: { description: 'Compact JSON: {"containerimage.digest", "image.name", "model-cd.layer.digest" (with a model), "model-cd.builder" (with a Dockerfile), "labels"}.' } } }, "check-drift": { description: "Data drift between a reference and a current dataset, column by column, with Evidently's default tests and thresholds (K-S, chi-squared, Z, normed Wasserstein, Jensen-Shannon; PSI, KL, Hellinger on request).", inputs: { reference: { description: "The reference dataset (e.g. the training data), as CSV, JSON Lines (`.jsonl`) or Parquet. Column types are read from it. Required, except in the job that only merges shards.", default: "", required: false }, current: { description: "The current dataset (e.g. recent production inputs), same format and columns. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, columns: { description: "Columns to compare (newline- or comma-separated). Empty means every column both datasets have, minus `ignore-columns`.", default: "", required: false }, "ignore-columns": { description: "Columns not to compare (ids, timestamps, the target when it is not wanted).", default: "", required: false }, "missing-columns": { description: "With `columns` empty, a column that only one of the datasets has: `fail` (the default) stops with an error naming it, since it would go untested; `ignore` compares the columns both have and names the others in the report. No column in common is always an error.", default: "fail", required: false }, "numerical-columns": { description: "Columns to treat as numerical whatever the data looks like. By default a column is numerical when every non-null reference value is a number, as pandas reads it.", default: "", required: false }, "categorical-columns": { description: "Columns to treat as categorical (e.g. integer codes). Everything not numerical is categorical by default.", default: "", required: false }, method: { description: "One test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div or hellinger. Empty means Evidently's choice per column: with at most 1000 non-null reference values, K-S for numerical columns with more than 5 distinct values, chi-squared for 3 or more categories, the Z-test for 2; above 1000, normed Wasserstein for numerical columns with more than 5 values, Jensen-Shannon otherwise.", default: "", required: false }, threshold: { description: "Threshold for `method` (a p-value for ks/chisquare/z, a distance otherwise). Empty means the test's default (0.05 for p-values, 0.1 for distances).", default: "", required: false }, "column-methods": { description: "Per-column tests, one `column=method` or `column=method:threshold` per line, e.g. `age=psi:0.2`. They win over `method`.", default: "", required: false }, "drift-share": { description: "The dataset has drifted when at least this share of the tested columns drifted (Evidently's default 0.5).", default: "0.5", required: false }, "exact-limit": { description: "Numerical columns with more values than this (both datasets together) and more than 1000 in the reference are not kept in memory but summarised while reading (a 65536-bin histogram on a power-of-two grid, the first 21 distinct values, the mean and variance), so memory stays flat however many rows there are. Every score stays exact except the Wasserstein distance, which is then within one histogram bin (normally at most 4 x range / 65536, normed); the report gives that bound per column. K-S and Hellinger need every value and are not available on summarised columns; PSI, KL and Jensen-Shannon on them take one more pass over those columns.", default: "200000", required: false }, "fail-on-drift": { description: "Fail the step when the dataset or the predictions drifted. `false` only reports (the outputs still say).", default: "true", required: false }, "report-dir": { description: "Folder for report.json, report.md and plots/ (an SVG chart of each drifted column, target and model output), or a shard's partial file. Empty means a folder in the runner's temp directory.", default: "", required: false }, "target-column": { description: "The label or target column, when both datasets have it: its drift is reported apart (target drift, output `target-drifted`) and it does not count in the share of drifted features.", default: "", required: false }, champion: { description: "Prediction drift: the model serving now (a `.onnx` file). With `candidate`, both run on the current data and their predicted labels, class probabilities or values are compared, the champion's as the reference. The predicted label (or value) decides `prediction-drifted`.", default: "", required: false }, candidate: { description: "The model that wants to ship (a `.onnx` file), for prediction drift with `champion`.", default: "", required: false }, features: { description: "Feature columns feeding the models' single input, as in test-model. Empty means the contract's, else the columns named like the inputs, else every column but the target.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md) for the models' column mapping and labels. Empty means none.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, as in test-model; empty downloads the pinned one once.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job takes blocks i, i+n, i+2n, \u2026 of 1024 rows of both datasets (other blocks are counted, not parsed, in CSV and JSON Lines), runs the models on its blocks of the current data, and writes its per-column state (output `partial`) instead of a verdict. For a matrix of n jobs over data too big for one runner; a last job merges them with `merge`. Every shard must be given the same inputs.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged into the state one job would have read, then tested and reported as one run. The datasets and models are not needed in this job; the tests, thresholds and `drift-share` given here apply. PSI, KL and Jensen-Shannon on a summarised numerical column with more than 20 values need a pass over both whole datasets and are not available in a merge.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, "target-drifted": { description: "true when the target column drifted; empty without `target-column`." }, "prediction-drifted": { description: "true when the candidate's predicted labels (or values) drifted from the champion's; empty without both models." }, drifted: { description: "true when the dataset has drifted (share of drifted columns at or above `drift-share`)." }, "drift-share": { description: "The share of tested columns that drifted, from 0 to 1." }, "drifted-columns": { description: "JSON array of the columns that drifted." }, report: { description: "Path of report.json (every column's type, test, score, threshold, verdict, null counts, why a column was not tested, and `plots`, the SVG chart of each drifted column)." } } }, "lint-dockerfile": { description: "Lint Dockerfiles with hadolint-compatible rules (DL codes, ShellCheck on RUN) plus ML-serving rules. No Docker, any OS.", inputs: { files: { description: "Dockerfiles to lint: paths or globs (`**` recurses), newline- or comma-separated. A directory means every Dockerfile below it.", default: "**/Dockerfile\n**/Dockerfile.*\n**/*.Dockerfile\n", required: false }, config: { description: "Path to a hadolint config file. When empty, `.hadolint.yaml` or `.hadolint.yml` in the working directory is used, then the user's hadolint config locations.", default: "", required: false }, "failure-threshold": { description: "Fail the step when a finding is at or above this severity (error, warning, info, style, ignore, none). Overrides the config file.", default: "", required: false }, ignore: { description: "Rule codes to ignore (e.g. DL3008, SC2086, MCD1001), newline- or comma-separated. Added to the config's `ignored`.", default: "", required: false }, "trusted-registries": { description: "Registries FROM may use (DL3026), newline- or comma-separated. Added to the config's `trustedRegistries`.", default: "", required: false }, format: { description: "Report format printed to the log and written to `output-file` (tty, json, sarif, checkstyle, codeclimate, gitlab_codeclimate).", default: "tty", required: false }, "output-file": { description: "Write the report in `format` to this file as well.", default: "", required: false }, annotations: { description: "Put each finding as an annotation on its file and line.", default: "true", required: false }, "no-fail": { description: "Never fail the step because of findings (they are still reported).", default: "false", required: false }, shellcheck: { description: "ShellCheck on RUN scripts. `auto` uses a shellcheck on PATH if there is one, `off` disables it, or give the path of a shellcheck binary.", default: "auto", required: false } }, outputs: { findings: { description: "Number of findings at or above `ignore` after config and pragmas." }, errors: { description: "Number of error findings." }, warnings: { description: "Number of warning findings." }, infos: { description: "Number of info findings." }, styles: { description: "Number of style findings." }, results: { description: 'Findings as compact JSON, an array of {"file", "line", "column", "code", "level", "message"}.' }, sarif: { description: "Path of the SARIF 2.1.0 report (always written), ready for github/codeql-action/upload-sarif." } } }, "publish-model": { description: "Register a model version in a plain S3 registry (race-free version numbers, sha256 manifest, lineage) or in the MLflow model registry, and set or move an alias.", inputs: { registry: { description: "Where to register. `s3://bucket/prefix`: the root of a plain S3 registry; versions go to `<root>/<name>/versions/<n>/files/`, aliases to `<root>/<name>/aliases/<alias>` (the layout is described in docs/s3-registry.md). `mlflow`: the MLflow model registry of the tracking server in `mlflow-tracking-uri` (or `MLFLOW_TRACKING_URI`); an http(s) URL: that tracking server. MLflow versions are uploaded through the server's proxied artifact store (`mlflow server --serve-artifacts`) under a run created for the upload, then registered, waited for until READY and tagged; aliases are set with the registry's alias API.", default: "", required: true }, name: { description: 'Model name (letters, digits, ".", "_" and "-").', default: "", required: true }, path: { description: "Local model file or folder to register as a new version. Empty means a promotion: move `alias` to `version`.", default: "", required: false }, version: { description: "The existing version to promote (with `alias` and no `path`). Leave empty when registering.", default: "", required: false }, alias: { description: "Alias to set or move (e.g. `champion`, `staging`) to the new version, or to `version` in a promotion. The previous version is reported in `previous-version` (so a rollback can move it back). In the S3 registry the move is a conditional write that records the previous version; see `expected-previous-version` for guarding against concurrent moves.", default: "", required: false }, "metrics-file": { description: 'JSON file with an object of metrics to attach to the new version, e.g. `{"accuracy": 0.93}`.', default: "", required: false }, tags: { description: "Lineage tags for the new version, one `key=value` per line. The git commit and the workflow run URL are added from the runner's environment.", default: "", required: false }, "image-digest": { description: "Digest of the serving image built from this model (`sha256:...`), recorded as the tag `image.digest`.", default: "", required: false }, description: { description: "Free text describing the new version (what changed, why), shown by the MLflow UI and kept in the S3 registry's manifest; pull-model returns it in `metadata`.", default: "", required: false }, "expected-previous-version": { description: "Move `alias` only if it points to this version now (`none`: only if the alias does not exist yet); otherwise fail and change nothing. Use it for rollbacks and promotions decided from an earlier read, so they never undo a move made in between. The S3 registry checks it in the same conditional write that moves the alias; MLflow has no conditional alias API, so there it is checked just before the move. Empty: move whatever the alias points to.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them).", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server when `registry` is `mlflow`. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs.", default: "", required: false }, "mlflow-experiment": { description: "MLflow experiment that owns the runs publish-model creates to upload a version's files (created if missing); `metrics-file` is logged on that run. Empty means the Default experiment (id 0).", default: "", required: false } }, outputs: { version: { description: "The version registered or promoted." }, uri: { description: "The version's files folder, `s3://bucket/prefix/<name>/versions/<n>/files/`, or `models:/<name>/<n>` for MLflow: give it to pull-model as `model-uri`." }, "previous-version": { description: "The version `alias` pointed to before this run; empty without an alias or for a new one." }, sha256: { description: "sha256 of the version's folder manifest, the same value pull-model reports for `uri` (and accepts as `expected-sha256`). MLflow versions also carry it as the tag `model-cd.sha256`; promoting an MLflow version registered by something else (without that tag) leaves it empty." } } }, "pull-model": { description: "Pull a model from the MLflow registry, S3 or a local path into a folder, sha256-verified, cached by content, placed atomically.", inputs: { "model-uri": { description: "The model to pull. `s3://bucket/key` is one file; `s3://bucket/prefix/` (trailing slash) is every object under the prefix, as a folder. The plain S3 registry that publish-model writes (docs/s3-registry.md): the registry root, then `#name@alias` or `#name/<version>`, e.g. `s3://models/registry#fraud@champion` or `s3://models/registry#fraud/3`; the version's files are checked against its manifest (every file's sha256 and the folder's), and a version without a manifest is refused as incomplete. A local path or `file:///absolute/path` is a file or a folder. MLflow: `models:/name@alias` (e.g. `models:/fraud@champion`), `models:/name/3`, `models:/name/latest` (the highest version number) and `runs:/<run-id>/<artifact path>`, resolved on the tracking server (see `mlflow-tracking-uri`) and downloaded from where it keeps the files: its proxied artifact store (`mlflow-artifacts:/`), S3 (the `s3-*` inputs and AWS variables apply) or a local path.", default: "", required: true }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server for `models:/` and `runs:/` URIs. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs; TLS certificates are always verified.", default: "", required: false }, path: { description: "Folder that will hold the model, replaced whole on success (a single-file model lands as `<path>/<file name>`). Its files are read-only hard links into the cache where the file system allows, copies otherwise. Empty means `model` in the runner's temp folder. Must not be or contain the workspace or the home folder, nor overlap `cache-dir`.", default: "", required: false }, "expected-sha256": { description: "Fail, leaving nothing behind, unless the model has this sha256: for a file, the sha256 of its bytes; for a folder, the sha256 of its manifest, the lines `<sha256>  <relative path>` sorted by path (what `find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints in the folder). The `sha256` output of an earlier pull gives it.", default: "", required: false }, "cache-dir": { description: "Content-addressed cache of pulled models; a pull of an unchanged object transfers nothing. Empty means `model-cd/models` in the runner's tool cache, or `~/.cache/model-cd/models` outside a runner.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them); without them requests go unsigned.", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, concurrency: { description: "Most download requests at a time (files of a folder, byte ranges of a large file), to S3 or to MLflow's artifact store.", default: "4", required: false }, "range-threshold": { description: "Files larger than this are downloaded in parallel byte ranges (bytes, or e.g. 8MiB, 1GiB), from S3 and from MLflow's proxied artifact store alike; a download whose connection breaks is resumed where it stopped. Ranges pay off over real networks; next to the server (same host or rack) one stream per file can be faster, so raise this there.", default: "64MiB", required: false }, "if-missing": { description: "What to do when the model, version or alias does not exist (yet): `fail` the step, or `skip` it with a notice and `found` set to false. `skip` is for the champion of a first deployment; anything else (no access, a damaged version, a wrong bucket) still fails.", default: "fail", required: false } }, outputs: { found: { description: "true when the model was pulled; false when it does not exist and `if-missing` is `skip` (every other output is then empty)." }, path: { description: "Where the model is now, the file of a single-file model or the folder." }, name: { description: "The model's name; the registered model for `models:/` and the S3 registry, else the last segment of the key or path." }, version: { description: "The model's version; the registry version number for `models:/` and the S3 registry, for an S3 file its ETag, empty otherwise." }, alias: { description: "The registry alias the model was pulled by (MLflow or the S3 registry); empty otherwise." }, sha256: { description: "sha256 of the file, or of the folder's manifest (see `expected-sha256`)." }, size: { description: "Size of the model in bytes (all files of a folder)." }, "source-uri": { description: "The URI the model was pulled from, in canonical form (`models:/name/<version>` for any MLflow registry URI, `s3://bucket/root#name/<version>` for the S3 registry)." }, "run-id": { description: "The MLflow run that produced the model; empty otherwise." }, metadata: { description: `Compact JSON about the source. MLflow: {"tags", "version-tags", "description", "metrics", "params", "signature"} (registry tags, the run's metrics and params when the run exists, the MLmodel signature when present). S3 registry: {"tags", "metrics"} from the version's manifest. S3: {"etag", "last-modified", "content-type", "objects"} (a folder: {"objects", "last-modified"}).` }, "cache-hit": { description: "true when the model came from the local cache and nothing was downloaded." }, "bytes-transferred": { description: "Bytes downloaded by this pull (0 on a cache hit), including bytes re-sent after a broken connection." } } }, "test-model": { description: "Run the ONNX candidate and the champion on a holdout set; the model contract and metric gates (MLflow's threshold semantics) decide whether the candidate may ship.", inputs: { candidate: { description: "The candidate model, a `.onnx` file or a folder holding exactly one (the `path` output of pull-model). Required, except in the job that only merges shards.", default: "", required: false }, champion: { description: "The model serving now, as `candidate`. Empty means there is none (a first deployment, or pull-model's `found` was false): gates comparing with the champion are then settled by `champion-missing`.", default: "", required: false }, data: { description: "The holdout set with the true label or target, as CSV, JSON Lines (`.jsonl`) or Parquet. Read as a stream in batches. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, "label-column": { description: "The column with the true label (classification) or target (regression). Empty means the contract's `data.label`, else `label`.", default: "", required: false }, features: { description: "Feature columns, in the order the model's single input takes them (newline- or comma-separated). Empty means the contract's `data.features`; else, when every model input is named after a column, one column each; else every column but the label, in file order.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md): declared inputs, outputs, labels, columns and gates, checked against the candidate's real signature and the data. Empty means `model-contract.yaml` (or `.yml`) in the working directory when there is one; `none` skips it.", default: "", required: false }, gates: { description: "Metric gates, as a YAML/JSON file or inline YAML, e.g. `{accuracy: {threshold: 0.85, min_relative_change: 0.0}, log_loss: {threshold: 0.4}}`. Per metric: `threshold`, `min_absolute_change`, `min_relative_change` (vs the champion) and `greater_is_better` (inferred for built-in metrics), with MLflow's semantics, and `significance_level` (fail only when significantly worse than the champion on these rows: McNemar's exact test for accuracy, a paired bootstrap for roc_auc, rmse, mse, mae, r2). They replace the contract's gates for the same metric.", default: "", required: false }, "default-gate": { description: "`auto`: with a champion and no gate that compares with it, the primary metric (roc_auc when both models give probabilities, else accuracy; rmse for regression) must not be significantly worse than the champion's (`significance_level: 0.05`). `none`: no default gate.", default: "auto", required: false }, task: { description: "`auto` (from the contract, else the model's outputs), `binary`, `multiclass` or `regression`.", default: "auto", required: false }, "champion-missing": { description: "When there is no champion value for a gate that compares with it: `pass` skips that comparison (a first deployment ships on its absolute thresholds), `fail` fails it (MLflow's rule).", default: "pass", required: false }, "fail-on-gates": { description: "Fail the step when a gate fails or the contract is broken. `false` only reports (`passed` still says).", default: "true", required: false }, "batch-size": { description: "Rows per batch fed to the models.", default: "1024", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, for runners without access to the npm registry. Empty: an onnxruntime-node installed in the workspace, else the runner's tool cache, else the pinned package (1.30.0) downloaded once from the npm registry (NPM_CONFIG_REGISTRY honoured), checked against its pinned sha512, with only this platform's binary kept.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job evaluates batches i, i+n, i+2n, \u2026 of the data (every job still reads the whole file; inference, the expensive part, is split) and writes its partial result (output `partial`) instead of a verdict. For a matrix of n jobs over a holdout set too big for one runner; a last job merges them with `merge`.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged exactly, then gated and reported as one run. Models and data are not needed in this job; the contract's and `gates`' gates apply.", default: "", required: false }, "github-token": { description: "A token allowed to write pull-request comments (the `github.token` of the run, with `permissions: pull-requests: write`). When set on a pull request, the report is posted as one comment and updated in place on re-runs. Empty: no comment.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, passed: { description: "true when the contract holds and every gate passed." }, metrics: { description: 'Compact JSON: {"candidate": {metric: value}, "champion": {\u2026} or null, "deltas": {\u2026}}.' }, report: { description: "Path of report.json (every metric, the confusion matrices, the gate results and the contract differences)." }, "report-markdown": { description: "Path of report.md, the same as the job summary." } } } };
  }
});

// publish-model-entry.ts
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
var NotFoundError = class extends ServiceError {
  constructor(message) {
    super(message, 404);
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

// src/actions/publish-model.ts
init_define_ACTION_META();
import { resolve } from "node:path";

// src/common/inputs.ts
init_define_ACTION_META();

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
init_define_ACTION_META();
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

// src/registry/mlflow.ts
init_define_ACTION_META();

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
  const sleep2 = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
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
      reason = describeFetchError(e);
      if (attempt === attempts) throw new HttpError(`${init.method ?? "GET"} ${target} failed after ${attempts} attempts: ${reason}`, null);
    }
    const backoff = random() * Math.min(cap, base * 2 ** (attempt - 1));
    const delayMs = Math.min(cap, Math.max(backoff, retryAfter ?? 0));
    opts.onRetry?.({ attempt, delayMs, reason });
    await sleep2(delayMs);
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
function describeFetchError(e) {
  const err = e;
  const text = err.cause?.code ? `${err.cause.code} (${err.cause.message ?? err.message})` : `${err.name}: ${err.message}`;
  return /CERT|SSL|TLS/.test(err.cause?.code ?? "") ? `${text}; TLS verification failed: if your network inspects TLS, point NODE_EXTRA_CA_CERTS at its CA bundle` : text;
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

// src/registry/mlflow.ts
var AUTH_HELP = "Set MLFLOW_TRACKING_TOKEN (a bearer token), or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, to credentials this server accepts.";
var MlflowError = class extends ServiceError {
  constructor(message, status, code2) {
    super(message, status);
    this.code = code2;
  }
};
var kv = (xs) => Object.fromEntries((xs ?? []).map((x) => [x.key, x.value]));
var MlflowClient = class {
  constructor(o) {
    this.o = o;
    const raw = o.trackingUri.trim();
    let url = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    if (!url || url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ConfigurationError(
        "input `mlflow-tracking-uri`",
        redact(raw),
        "is not an http(s) URL of an MLflow tracking server. Give e.g. https://mlflow.example.com (or set MLFLOW_TRACKING_URI); file stores and databricks URIs are not served."
      );
    }
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    this.headers = { accept: "application/json" };
    const auth = o.auth;
    if (auth && "token" in auth) this.headers.authorization = `Bearer ${auth.token}`;
    else if (auth) this.headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
    else if (url.username) this.headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
    url.username = "";
    url.password = "";
    this.base = url;
  }
  base;
  headers;
  get trackingUri() {
    return this.base.toString().replace(/\/$/, "");
  }
  url(path, query = {}) {
    const u = new URL(path.replace(/^\//, ""), this.base);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u;
  }
  /** A GET that answers 2xx; network failures and auth refusals become clear errors; other API errors are returned. */
  async fetch(url, init = {}, retry = {}) {
    let res;
    try {
      res = await fetchWithRetry(url, { ...init, headers: { ...this.headers, ...init.headers } }, { attempts: 4, timeoutMs: 6e4, ...this.o.retry, ...retry });
    } catch (e) {
      const reason = e instanceof HttpError ? e.message : describe(e);
      throw new ServiceError(
        `cannot reach the MLflow tracking server at ${this.trackingUri} (${reason}). Check \`mlflow-tracking-uri\` (or MLFLOW_TRACKING_URI) and that the server is up and reachable from this runner.`
      );
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => void 0);
      throw new MlflowError(
        `the MLflow tracking server at ${this.trackingUri} refused the request (HTTP ${res.status} ${res.status === 401 ? "unauthorized" : "forbidden"}). ${AUTH_HELP}`,
        res.status,
        "UNAUTHORIZED"
      );
    }
    return res;
  }
  /** A REST call: GET with `query`, or POST with the JSON `payload`. API errors become MlflowError. */
  async api(path, query, payload, retry = {}) {
    const init = payload === void 0 ? {} : { method: "POST", body: JSON.stringify(payload), headers: { "content-type": "application/json" } };
    const res = await this.fetch(this.url(`api/2.0/mlflow/${path}`, query), init, retry);
    const text = await res.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ServiceError(
        `${this.trackingUri} answered ${path} with HTTP ${res.status} and no JSON (${text.slice(0, 120).replace(/\s+/g, " ")}). Is this an MLflow tracking server? Check \`mlflow-tracking-uri\`.`,
        res.status
      );
    }
    if (!res.ok) {
      const err = body;
      throw new MlflowError(err.message ?? `HTTP ${res.status}`, res.status, err.error_code ?? `HTTP_${res.status}`);
    }
    return body;
  }
  async registeredModel(name) {
    try {
      return (await this.api("registered-models/get", { name })).registered_model;
    } catch (e) {
      if (e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST") {
        throw new NotFoundError(
          `the MLflow registry at ${this.trackingUri} has no registered model named "${name}". Check the name (it is case-sensitive) and the tracking URI, or register the model first.`
        );
      }
      throw e;
    }
  }
  async modelVersion(name, version) {
    try {
      return (await this.api("model-versions/get", { name, version })).model_version;
    } catch (e) {
      if (e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST") {
        await this.registeredModel(name);
        throw new NotFoundError(`the registered model "${name}" has no version ${version}. Use an existing version, models:/${name}/latest, or an alias.`);
      }
      throw e;
    }
  }
  async byAlias(name, alias) {
    try {
      return (await this.api("registered-models/alias", { name, alias })).model_version;
    } catch (e) {
      if (e instanceof MlflowError && (e.code === "RESOURCE_DOES_NOT_EXIST" || e.code === "INVALID_PARAMETER_VALUE")) {
        const model = await this.registeredModel(name);
        const have = (model.aliases ?? []).map((a) => `@${a.alias} (version ${a.version})`);
        throw new NotFoundError(
          `the registered model "${name}" has no alias "${alias}"; ${have.length ? `its aliases are ${have.join(", ")}` : "it has no aliases"}. Set it (publish-model, or MlflowClient.set_registered_model_alias) or pull by version.`
        );
      }
      throw e;
    }
  }
  /** The highest version number, paging through the search. */
  async latest(name) {
    const quote = name.includes("'") ? '"' : "'";
    let best = null;
    let token = "";
    for (let page = 0; page < 1e3; page++) {
      const r = await this.api("model-versions/search", {
        filter: `name=${quote}${name}${quote}`,
        max_results: "1000",
        ...token ? { page_token: token } : {}
      });
      for (const v of r.model_versions ?? []) if (v.name === name && (!best || Number(v.version) > Number(best.version))) best = v;
      token = r.next_page_token ?? "";
      if (!token) break;
    }
    if (!best) {
      await this.registeredModel(name);
      throw new NotFoundError(`the registered model "${name}" has no versions yet. Register one first.`);
    }
    return best;
  }
  async downloadUri(name, version) {
    return (await this.api("model-versions/get-download-uri", { name, version })).artifact_uri;
  }
  async loggedModelArtifacts(modelId) {
    const r = await this.api(`logged-models/${encodeURIComponent(modelId)}`, {});
    const loc = r.model.info.artifact_uri ?? r.model.info.artifact_location;
    if (!loc) throw new ServiceError(`the MLflow server did not say where the logged model ${modelId} keeps its files.`);
    return loc;
  }
  async run(runId) {
    try {
      return (await this.api("runs/get", { run_id: runId })).run;
    } catch (e) {
      if (e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST") return null;
      throw e;
    }
  }
  async existingRun(runId) {
    const run = await this.run(runId);
    if (!run) throw new ServiceError(`the MLflow tracking server at ${this.trackingUri} has no run ${runId}. Check the run id and the tracking URI.`, 404);
    return run;
  }
  /** Resolves a models:/ or runs:/ URI to where its files are and what the registry says about it. */
  async resolve(uri) {
    if (uri.kind === "mlflow-run") {
      const run2 = await this.existingRun(uri.runId);
      const path = uri.path.replace(/^\/+|\/+$/g, "");
      return {
        name: path ? path.split("/").pop() : uri.runId,
        version: "",
        alias: "",
        runId: uri.runId,
        downloadUri: runArtifactUri(run2, path),
        sourceUri: `runs:/${uri.runId}${path ? `/${path}` : ""}`,
        cacheKey: `run|${uri.runId}|${path}`,
        metadata: runMetadata(run2)
      };
    }
    const { name, ref } = uri;
    let mv;
    if ("alias" in ref) mv = await this.byAlias(name, ref.alias);
    else if ("version" in ref) mv = await this.modelVersion(name, ref.version);
    else if ("latest" in ref) mv = await this.latest(name);
    else {
      throw new ConfigurationError(
        "input `model-uri`",
        `models:/${name}/${ref.stage}`,
        "names a registry stage; stages are deprecated in MLflow and not served here. Use an alias (models:/<name>@<alias>), a version number or latest."
      );
    }
    const model = await this.registeredModel(name);
    let downloadUri = await this.downloadUri(name, mv.version);
    const logged = /^models:\/(m-[0-9a-f]+)\/?$/i.exec(downloadUri);
    if (logged) downloadUri = await this.loggedModelArtifacts(logged[1]);
    const fromRun = /^runs:\/([^/]+)\/?(.*)$/i.exec(downloadUri);
    if (fromRun) downloadUri = runArtifactUri(await this.existingRun(fromRun[1]), fromRun[2].replace(/\/+$/, ""));
    const run = mv.run_id ? await this.run(mv.run_id) : null;
    const metadata = {
      tags: kv(model.tags),
      "version-tags": kv(mv.tags),
      description: model.description ?? "",
      ...mv.description ? { "version-description": mv.description } : {},
      ...run ? runMetadata(run) : {}
    };
    return {
      name,
      version: mv.version,
      alias: "alias" in ref ? ref.alias : "",
      runId: mv.run_id ?? "",
      downloadUri,
      sourceUri: `models:/${name}/${mv.version}`,
      cacheKey: `model|${name}|${mv.version}`,
      metadata
    };
  }
};
function runArtifactUri(run, path) {
  const base = run.info.artifact_uri.replace(/\/+$/, "");
  return path ? `${base}/${path}` : base;
}
function runMetadata(run) {
  return { metrics: kv(run.data?.metrics), params: kv(run.data?.params) };
}
function describe(e) {
  const err = e;
  return err.cause?.code ? `${err.cause.code}: ${err.cause.message ?? err.message}` : `${err.name}: ${err.message}`;
}
function mlflowAuth(env, setSecret) {
  const token = env.MLFLOW_TRACKING_TOKEN ?? "";
  const username = env.MLFLOW_TRACKING_USERNAME ?? "";
  const password = env.MLFLOW_TRACKING_PASSWORD ?? "";
  if (token) setSecret(token);
  if (password) setSecret(password);
  if (token) return { token };
  if (username || password) {
    if (!username || !password) {
      throw new ConfigurationError(
        "environment variable",
        username ? "MLFLOW_TRACKING_PASSWORD" : "MLFLOW_TRACKING_USERNAME",
        "is not set while its partner is. Set both for basic auth, or MLFLOW_TRACKING_TOKEN for a bearer token."
      );
    }
    return { username, password };
  }
  return null;
}

// src/registry/mlflow-publish.ts
init_define_ACTION_META();
import { createHash as createHash6 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { Transform } from "node:stream";

// src/registry/manifest.ts
init_define_ACTION_META();
import { createHash } from "node:crypto";
function sortEntries(entries) {
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}
function manifestText(entries) {
  return sortEntries(entries).map((e) => `${e.sha256}  ${e.path}
`).join("");
}
function manifestSha256(entries) {
  if (entries.length === 0) throw new Error("a manifest needs at least one file");
  return createHash("sha256").update(manifestText(entries)).digest("hex");
}
var SHA256_HEX = /^[0-9a-f]{64}$/;

// src/registry/mlflow-pull.ts
init_define_ACTION_META();

// src/registry/cache.ts
init_define_ACTION_META();

// src/common/fsutil.ts
init_define_ACTION_META();

// src/registry/cache.ts
var STALE_TEMP_MS = 24 * 3600 * 1e3;

// src/registry/fetch-into-cache.ts
init_define_ACTION_META();

// src/registry/download.ts
init_define_ACTION_META();
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
var COALESCE = 1 << 20;

// src/registry/pull.ts
init_define_ACTION_META();

// src/registry/s3/client.ts
init_define_ACTION_META();
import { createHash as createHash3 } from "node:crypto";

// src/registry/s3/sigv4.ts
init_define_ACTION_META();
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
      return new NotFoundError(`no object ${target} at ${redact(this.endpoint)} (${detail}). Check the key; a folder needs a trailing slash (s3://bucket/prefix/).`);
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

// src/registry/s3registry/pull.ts
init_define_ACTION_META();

// src/registry/s3registry/layout.ts
init_define_ACTION_META();

// src/registry/uri.ts
init_define_ACTION_META();
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

// src/registry/s3registry/layout.ts
var MANIFEST_SCHEMA = "model-cd/s3-registry/manifest/v1";
var ALIAS_SCHEMA = "model-cd/s3-registry/alias/v1";
var BUCKET = /^[a-z0-9][a-z0-9._-]{2,254}$/i;
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function parseRegistry(value) {
  const fix = "is not an S3 registry root or an MLflow tracking server. Give s3://<bucket>/<prefix> (or s3://<bucket> for the top of the bucket), or `mlflow` or the http(s) URL of an MLflow tracking server.";
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/i.exec(value.trim());
  if (!m || !BUCKET.test(m[1])) throw new ConfigurationError("input `registry`", value, fix);
  const prefix = (m[2] ?? "").replace(/\/+$/, "");
  const problem = prefix ? keyProblem(prefix) : null;
  if (problem) throw new ConfigurationError("input `registry`", value, `has a prefix that ${problem}. ${fix}`);
  return { bucket: m[1], prefix };
}
function checkName(input, value) {
  if (!NAME.test(value)) {
    throw new ConfigurationError(`input \`${input}\``, value, 'is not a valid name: use letters, digits, ".", "_" and "-" (starting with a letter or digit, at most 128).');
  }
  return value;
}
function parseVersion(value, input = "version") {
  const v = value.trim();
  if (!/^[1-9]\d{0,8}$/.test(v)) throw new ConfigurationError(`input \`${input}\``, value, "is not a version: give a whole number from 1, as the `version` output of an earlier publish-model.");
  return Number(v);
}
var join = (...parts) => parts.filter(Boolean).join("/");
var versionPrefix = (r, name, n) => join(r.prefix, name, "versions", String(n)) + "/";
var claimKey = (r, name, n) => versionPrefix(r, name, n) + "claim.json";
var filesPrefix = (r, name, n) => versionPrefix(r, name, n) + "files/";
var fileKey = (r, name, n, path) => filesPrefix(r, name, n) + path;
var manifestKey = (r, name, n) => versionPrefix(r, name, n) + "manifest.json";
var aliasKey = (r, name, alias) => join(r.prefix, name, "aliases", alias);
var versionUri = (r, name, n) => `s3://${r.bucket}/${filesPrefix(r, name, n)}`;
function parseTags(lines) {
  const tags = {};
  for (const line of lines) {
    const eq = line.indexOf("=");
    const key = eq < 0 ? "" : line.slice(0, eq).trim();
    if (!key) throw new ConfigurationError("input `tags`", line, "is not a tag: write one key=value per line.");
    tags[key] = line.slice(eq + 1).trim();
  }
  return tags;
}
function runnerTags(env) {
  const tags = {};
  if (env.GITHUB_SHA) tags["git.commit"] = env.GITHUB_SHA;
  if (env.GITHUB_REPOSITORY) tags["git.repository"] = env.GITHUB_REPOSITORY;
  const run = runUrl(env);
  if (run) tags["github.run-url"] = run;
  return tags;
}
function runUrl(env) {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return "";
  return `${env.GITHUB_SERVER_URL.replace(/\/$/, "")}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function parseManifest(text, where) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not JSON`);
  }
  const m = doc;
  if (!m || m.schema !== MANIFEST_SCHEMA || typeof m.version !== "number" || typeof m.sha256 !== "string" || !SHA256_HEX.test(m.sha256) || !Array.isArray(m.files) || m.files.some((f) => typeof f?.path !== "string" || keyProblem(f.path) !== null || typeof f.size !== "number" || !SHA256_HEX.test(String(f.sha256)))) {
    throw new Error(`${where} is not a ${MANIFEST_SCHEMA} manifest`);
  }
  return m;
}
function parseAlias(text, where) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not JSON`);
  }
  const a = doc;
  if (!a || typeof a.version !== "number" || !Number.isInteger(a.version) || a.version < 1 || a.previous !== null && typeof a.previous !== "number") {
    throw new Error(`${where} is not an alias pointer ({"version": <n>, "previous": <n|null>, "updated": <time>})`);
  }
  return a;
}

// src/registry/pull.ts
var DEFAULT_PART_SIZE = 8 << 20;

// src/registry/mlflow-pull.ts
function proxiedPath(uri) {
  const rest = uri.replace(/^mlflow-artifacts:/i, "");
  const path = rest.startsWith("//") ? rest.replace(/^\/\/[^/]*/, "") : rest;
  return path.replace(/^\/+|\/+$/g, "");
}

// src/registry/s3registry/publish.ts
init_define_ACTION_META();
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join as join2, relative, sep } from "node:path";

// src/common/hash-stream.ts
init_define_ACTION_META();
import { createHash as createHash4 } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
async function sha256File(path) {
  const hash = createHash4("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

// src/registry/s3/write.ts
init_define_ACTION_META();
import { createHash as createHash5 } from "node:crypto";
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
      const hash = createHash5("sha256");
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
    const id = xmlText2(await res.text(), "UploadId");
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
    if (/<Error>/.test(text)) throw new ServiceError(`the S3 server could not complete the upload of ${s3Uri(bucket, key)} (${xmlText2(text, "Code") ?? ""}: ${xmlText2(text, "Message") ?? ""}).`, res.status);
    return unquoteEtag(xmlText2(text, "ETag") ?? "");
  }
  async abortMultipart(bucket, key, uploadId) {
    const res = await this.send("DELETE", bucket, key, encodeQuery([["uploadId", uploadId]]), {});
    await res.body?.cancel().catch(() => void 0);
  }
  async send(method, bucket, key, query, headers, body) {
    const url = this.reader.url(bucket, key, query);
    const all = { ...headers };
    if (body) all["content-length"] = String(body.length);
    const payloadHash = body ? createHash5("sha256").update(body).digest("hex") : EMPTY_SHA256;
    const signed = this.config.credentials ? sign({ method, url, headers: all, payloadHash, credentials: this.config.credentials, region: this.config.region, date: (this.config.now ?? (() => /* @__PURE__ */ new Date()))() }).headers : all;
    const init = { method, headers: signed, redirect: "manual" };
    if (body) init.body = body;
    try {
      return await fetchWithRetry(url, init, this.config.retry);
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
    const said = [xmlText2(text, "Code"), xmlText2(text, "Message")].filter(Boolean).join(": ");
    const detail = `HTTP ${res.status}${said ? ` ${said}` : ""}`;
    const target = s3Uri(bucket, key);
    if (res.status === 401 || res.status === 403) {
      return new ServiceError(
        this.config.credentials ? `credentials rejected for ${target} (${detail}). Check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, \`aws-region\`, and that they may ${op === "write" ? "write (s3:PutObject)" : "delete (s3:DeleteObject)"} under the registry root.` : `access denied for ${target} to an unsigned request (${detail}): publishing needs credentials. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, e.g. with aws-actions/configure-aws-credentials.`,
        res.status
      );
    }
    if (res.status === 404 && xmlText2(text, "Code") === "NoSuchBucket") return new ServiceError(`no bucket s3://${bucket} at ${redact(this.reader.endpoint)} (${detail}). Check \`registry\`, \`s3-endpoint\` and \`aws-region\`.`, 404);
    return new ServiceError(`the S3 server refused to ${op} ${target} (${detail}).`, res.status);
  }
};
function xmlText2(xml, tag) {
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
  const alias = o.plan.alias ? await moveAlias(o, o.plan.alias, version) : null;
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
    const abs = join2(dir, d.name);
    const rel = relative(root, abs).split(sep).join("/");
    const problem = keyProblem(rel);
    if (problem) throw new ConfigurationError("input `path`", abs, `holds a file whose name ${problem}; rename it.`);
    const st = d.isSymbolicLink() ? await stat(abs) : null;
    if (d.isDirectory()) await walk(root, abs, out);
    else if (d.isFile() || st?.isFile()) out.push({ abs, path: rel, size: st?.size ?? (await stat(abs)).size });
    else if (st?.isDirectory()) throw new ConfigurationError("input `path`", abs, "is a symbolic link to a folder, which is not followed. Copy the folder in, or link the files.");
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
    throw new ServiceError(`${e.message}: the registry entry is damaged. Promote another version, or publish this model again.`);
  }
}
async function moveAlias(o, alias, version) {
  const key = aliasKey(o.root, o.name, alias);
  const where = s3Uri(o.root.bucket, key);
  for (let attempt = 0; attempt < 20; attempt++) {
    const cur = await o.s3.getText(o.root.bucket, key);
    let previous = null;
    if (cur) {
      try {
        previous = parseAlias(cur.text, where).version;
      } catch (e) {
        throw new ServiceError(`${e.message}; fix or delete it, then run again.`);
      }
    }
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
function checkExpectedPrevious(name, alias, previous, expected) {
  if (expected === void 0 || previous === expected) return;
  const now = previous === null ? "does not exist" : `points to version ${previous}`;
  const wanted = expected === null ? "not to exist yet" : `to point to version ${expected}`;
  throw new ServiceError(`alias ${alias} of ${name} ${now}, but \`expected-previous-version\` expects it ${wanted}: it was moved since that was read. Nothing was changed; read the registry again and decide.`, 409);
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
  const files = await hashLocal(o.plan.path, 4);
  const size = files.reduce((s, f) => s + f.size, 0);
  const sha256 = manifestSha256(files);
  log(`${files.length} file${files.length === 1 ? "" : "s"}, ${size} bytes, sha256 ${sha256}`);
  try {
    await client.api("registered-models/create", {}, { name });
    log(`Created the registered model ${name}`);
  } catch (e) {
    if (!(e instanceof MlflowError && e.code === "RESOURCE_ALREADY_EXISTS")) throw e;
  }
  const experimentId = await experiment(o);
  const started = Date.now();
  const run = (await client.api("runs/create", {}, {
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
      await client.api("runs/log-batch", {}, { run_id: runId, metrics: metrics.map(([key, value]) => ({ key, value, timestamp: Date.now(), step: 0 })), params: params.map(([key, value]) => ({ key, value })) });
    }
    await endRun(client, runId, "FINISHED");
  } catch (e) {
    await endRun(client, runId, "FAILED").catch(() => void 0);
    throw e;
  }
  const versionTags = { ...o.tags ?? {}, [SHA256_TAG]: sha256 };
  const created = (await client.api("model-versions/create", {}, {
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
  const alias = o.plan.alias ? await setAlias(o, o.plan.alias, version) : null;
  return { name, version, uri: `models:/${name}/${version}`, sha256, size, files: files.length, registered: true, bytesUploaded, runId, alias };
}
async function experiment(o) {
  if (!o.experiment) return "0";
  const get = async () => (await o.client.api("experiments/get-by-name", { experiment_name: o.experiment })).experiment.experiment_id;
  try {
    return await get();
  } catch (e) {
    if (!(e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST")) throw e;
  }
  try {
    return (await o.client.api("experiments/create", {}, { name: o.experiment })).experiment_id;
  } catch (e) {
    if (e instanceof MlflowError && e.code === "RESOURCE_ALREADY_EXISTS") return get();
    throw e;
  }
}
async function endRun(client, runId, status) {
  await client.api("runs/update", {}, { run_id: runId, status, end_time: Date.now() });
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
    const hash = createHash6("sha256");
    let sent = 0;
    const tap = new Transform({
      transform(chunk, _enc, cb) {
        hash.update(chunk);
        sent += chunk.length;
        cb(null, chunk);
      }
    });
    const body = createReadStream2(abs).pipe(tap);
    let res;
    try {
      res = await client.fetch(
        client.url(`api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`),
        { method: "PUT", body, headers: { "content-type": "application/octet-stream", "content-length": String(size) }, duplex: "half" },
        { attempts: 1, timeoutMs: 0 }
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
    mv = (await o.client.api("model-versions/get", { name: o.name, version: mv.version })).model_version;
  }
}
async function setAlias(o, alias, version) {
  const { client, name } = o;
  let previous = null;
  try {
    previous = Number((await client.api("registered-models/alias", { name, alias })).model_version.version);
  } catch (e) {
    if (!(e instanceof MlflowError && (e.code === "RESOURCE_DOES_NOT_EXIST" || e.code === "INVALID_PARAMETER_VALUE"))) throw e;
  }
  await client.modelVersion(name, String(version));
  checkExpectedPrevious(name, alias, previous, o.expectedPrevious);
  if (previous === version) return { alias, previous, moved: false };
  try {
    await client.api("registered-models/alias", {}, { name, alias, version: String(version) });
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
function publishFailureSummary(name, message) {
  return [`### \u274C publish-model failed${name ? `: ${code(name)}` : ""}`, "", message, "", "No new version or alias move is visible: a version counts only once its manifest is written, and aliases change in one conditional write.", ""].join("\n");
}

// src/actions/publish-model.ts
var spec = {
  registry: string(),
  name: string(),
  path: string(),
  version: string(),
  alias: string(),
  "metrics-file": string(),
  tags: list(),
  "image-digest": string(),
  description: string(),
  "expected-previous-version": string(),
  "s3-endpoint": string(),
  "aws-region": string(),
  "s3-path-style": bool(),
  "mlflow-tracking-uri": string(),
  "mlflow-experiment": string()
};
async function main(io) {
  const inputs = readInputs("publish-model", spec, io);
  try {
    return await publish(io, inputs);
  } catch (e) {
    io.summary(publishFailureSummary(inputs.name, errorMessage(e)));
    throw e;
  }
}
async function publish(io, inputs) {
  const env = io.env;
  const mlflow = mlflowTarget(io, inputs.registry, inputs.mlflowTrackingUri);
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
    hasLineage: inputs.metricsFile.trim() !== "" || inputs.tags.length > 0 || digest !== "" || inputs.description.trim() !== ""
  });
  const expectedRaw = inputs.expectedPreviousVersion.trim();
  if (expectedRaw && !alias) {
    throw new ConfigurationError("input `expected-previous-version`", expectedRaw, "guards an alias move, but `alias` is empty. Give `alias`, or leave this empty.");
  }
  const expected = expectedRaw === "" ? {} : { expectedPrevious: expectedRaw.toLowerCase() === "none" ? null : parseVersion(expectedRaw, "expected-previous-version") };
  const description = inputs.description.trim() ? { description: inputs.description.trim() } : {};
  const tags = { ...runnerTags(env), ...parseTags(inputs.tags), ...digest ? { "image.digest": digest } : {} };
  const metrics = inputs.metricsFile.trim() ? await readMetrics(resolve(io.cwd, inputs.metricsFile.trim())) : {};
  if (mlflow) {
    const title2 = plan.kind === "register" ? `Register ${name} in MLflow from ${plan.path}` : `Promote ${name} version ${plan.version} to ${plan.alias} in MLflow`;
    const r = await io.group(
      title2,
      () => publishMlflow({ client: mlflow, name, plan, experiment: inputs.mlflowExperiment.trim(), tags, metrics, ...description, ...expected, log: (m) => io.info(m) })
    );
    io.info(
      `${r.registered ? "Registered" : "Promoted"} ${name} version ${r.version} at ${mlflow.trackingUri}` + (r.registered ? ` (${r.files} files, ${formatBytes(r.size)}, sha256 ${r.sha256}, run ${r.runId})` : "") + (r.alias ? `; alias ${r.alias.alias}: ${r.alias.previous ?? "(new)"} \u2192 ${r.version}` : "") + "."
    );
    return outputs(io, r, publishSummary({ ...r, uri: `${r.uri} (${mlflow.trackingUri})` }));
  }
  const root = parseRegistry(inputs.registry);
  const s3 = new S3Writer({
    endpoint: inputs.s3Endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || "",
    region: inputs.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    pathStyle: inputs.s3PathStyle,
    credentials: awsCredentials(io)
  });
  const by = runUrl(env);
  const title = plan.kind === "register" ? `Register ${name} from ${plan.path}` : `Promote ${name} version ${plan.version} to ${plan.alias}`;
  const result = await io.group(
    title,
    () => publishModel({ s3, root, name, plan, tags, metrics, ...description, ...expected, ...by ? { by } : {}, log: (m) => io.info(m) })
  );
  io.info(
    `${result.registered ? "Registered" : "Promoted"} ${name} version ${result.version} (${result.files} files, ${formatBytes(result.size)}, sha256 ${result.sha256})` + (result.alias ? `; alias ${result.alias.alias}: ${result.alias.previous ?? "(new)"} \u2192 ${result.version}` : "") + "."
  );
  return outputs(io, result, publishSummary(result));
}
function outputs(io, r, summary) {
  io.setOutput("version", String(r.version));
  io.setOutput("uri", r.uri);
  io.setOutput("previous-version", r.alias?.previous == null ? "" : String(r.alias.previous));
  io.setOutput("sha256", r.sha256);
  io.summary(summary);
  return 0;
}
function awsCredentials(io) {
  const id = io.env.AWS_ACCESS_KEY_ID ?? "";
  const secret = io.env.AWS_SECRET_ACCESS_KEY ?? "";
  const token = io.env.AWS_SESSION_TOKEN ?? "";
  io.setSecret(secret);
  io.setSecret(token);
  if (!id || !secret) {
    throw new ConfigurationError(
      "environment variable",
      id ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID",
      "is not set: publishing writes to the bucket and needs credentials. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (aws-actions/configure-aws-credentials does)."
    );
  }
  return token ? { accessKeyId: id, secretAccessKey: secret, sessionToken: token } : { accessKeyId: id, secretAccessKey: secret };
}
function mlflowTarget(io, registry, input) {
  const value = registry.trim();
  let trackingUri;
  if (value.toLowerCase() === "mlflow") {
    trackingUri = input.trim() || (io.env.MLFLOW_TRACKING_URI ?? "").trim();
    if (!trackingUri) {
      throw new ConfigurationError(
        "input `mlflow-tracking-uri`",
        "",
        "is empty and MLFLOW_TRACKING_URI is not set, but `registry` is `mlflow`. Set the input or the environment variable to the tracking server URL (e.g. https://mlflow.example.com)."
      );
    }
  } else if (/^https?:\/\//i.test(value)) {
    trackingUri = value;
  } else {
    return null;
  }
  try {
    const u = new URL(trackingUri);
    if (u.password) io.setSecret(decodeURIComponent(u.password));
  } catch {
  }
  return new MlflowClient({ trackingUri, auth: mlflowAuth(io.env, (s) => io.setSecret(s)) });
}

// publish-model-entry.ts
process.exitCode = await runAction(new RunnerIO(), main);
