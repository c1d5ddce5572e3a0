import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// <define:__ACTION_META__>
var define_ACTION_META_default = { "build-push": { description: "The serving image - the model added as one reproducible layer on a service base image without a Docker daemon, or a Dockerfile built by docker, buildah or podman - labelled with its lineage, pushed to registries and written to OCI layouts or docker archives.", inputs: { base: { description: "The service base image: `registry/repository:tag` (pulled and verified by digest; on the destination's registry its layers are mounted, not sent again) or an OCI image layout `oci:<folder>:<tag>` (skopeo copy or buildah push can write one). A multi-platform index gets the layer on every platform. Required unless `dockerfile` is given (then leave it empty: the Dockerfile's FROM names the base).", default: "", required: false }, model: { description: "The model file or folder to add as one layer (pull-model's `path` output). Required unless `dockerfile` is given; with a Dockerfile it is optional and, when given, is layered on the built image.", default: "", required: false }, "model-dir": { description: "Where the model goes in the image.", default: "/opt/model", required: false }, "model-env": { description: "Environment variable set in the image to the model's path (the file for a single file, else the folder).", default: "MODEL_PATH", required: false }, tags: { description: "Where to write the image, one per line: `registry/repository:tag` (pushed; docker/metadata-action's `tags` output fits), `oci:<folder>:<tag>` (an OCI layout) or `docker-archive:<file.tar>[:<name>:<tag>]` (a `docker save` archive for `docker load`, one platform, written atomically). Registries on localhost or 127.0.0.1 are reached over plain HTTP, all others over HTTPS with TLS verified.", default: "", required: true }, labels: { description: "Extra labels, one `key=value` per line (docker/metadata-action's `labels` output fits).", default: "", required: false }, "model-name": { description: "Recorded as the label dev.model-cd.model.name (pull-model's `name` output).", default: "", required: false }, "model-version": { description: "Recorded as dev.model-cd.model.version and org.opencontainers.image.version.", default: "", required: false }, "model-sha256": { description: "Recorded as dev.model-cd.model.sha256 (pull-model's `sha256` output).", default: "", required: false }, "model-source-uri": { description: "Recorded as dev.model-cd.model.source-uri (pull-model's `source-uri` output).", default: "", required: false }, username: { description: "Registry username. Empty means the docker config.json a login action wrote (DOCKER_CONFIG, else ~/.docker): its credential helpers, then its `auths`; else anonymous.", default: "", required: false }, password: { description: "Registry password or token (masked).", default: "", required: false }, dockerfile: { description: "A Dockerfile to build instead of the daemonless path, e.g. `Dockerfile` or `serving/Dockerfile` (relative to the workspace). The image is built by `builder`, labelled with the lineage, and then pushed like any other (the model input, if given, is layered on top). Empty: no build.", default: "", required: false }, context: { description: "The build context for `dockerfile`, relative to the workspace.", default: ".", required: false }, "build-args": { description: "Build arguments for `dockerfile`, one `NAME=value` per line (commas are part of the value).", default: "", required: false }, target: { description: "The stage of a multi-stage `dockerfile` to build. Empty means the last.", default: "", required: false }, "secret-files": { description: "Files the build may mount as secrets, one `id=path` per line (as docker/build-push-action's `secret-files`); the Dockerfile reads one with `RUN --mount=type=secret,id=<id>`. They never enter the image.", default: "", required: false }, builder: { description: "What builds `dockerfile` - `auto` takes the first that works of docker buildx, docker (a CLI whose daemon answers), buildah and podman; or name one of `docker`, `buildah`, `podman`. buildah and podman run with --isolation chroot and --storage-driver vfs in a private store under the runner's temp folder (no daemon, no runc, nothing left behind).", default: "auto", required: false }, "cache-from": { description: "Images (`registry/repository:tag`, one per line) whose model layer may be reused. When every destination is a registry, build-push first hashes the model's tar (its diffID, cheap) and looks for a layer with that diffID in these images and in the tags being pushed; one that the destinations already hold is reused, neither compressed nor sent again. Empty: the tags being pushed only.", default: "", required: false }, "retry-timeout": { description: "How long, in seconds, one request to a registry may take in all, retries included. Connection failures, timeouts, 408, 425, 429 and 5xx answers are retried with backoff, each retry logged; at this bound the step fails, saying how long it waited. An upload gets this plus the time its bytes need at 256 KiB/s. Raise it for a server that is only slow.", default: "120", required: false }, "layer-compression": { description: "How the model layer is compressed - `none` (an uncompressed tar layer, application/vnd.oci.image.layer.v1.tar: its digest is its diffID, one sha256 pass and no compression; model weights shrink by about 7% with gzip or zstd, not worth the time), `gzip` (level 1, on every core) or `zstd` (application/vnd.oci.image.layer.v1.tar+zstd, level 3 on every core; needs Docker 23+ or containerd 1.5+ to pull). Every choice is reproducible: the same model gives the same layer digest.", default: "none", required: false }, "cache-dir": { description: "Where build-push remembers the blob digest of each model layer it compressed (diffID -> digest), so a re-push of an unchanged model to another tag skips compressing it when the registry already has the blob. Empty means `model-cd/layers` in the runner's tool cache, or `~/.cache/model-cd/layers` outside a runner.", default: "", required: false } }, outputs: { digest: { description: "The image digest (of the index for a multi-platform base)." }, image: { description: "The first destination as `name@digest`." }, imageid: { description: "The config digest (of the first platform), as docker reports an image ID." }, metadata: { description: 'Compact JSON: {"containerimage.digest", "image.name", "model-cd.layer.digest" (with a model), "model-cd.builder" (with a Dockerfile), "labels"}.' } } }, "check-drift": { description: "Data drift between a reference and a current dataset, column by column, with Evidently's default tests and thresholds (K-S, chi-squared, Z, normed Wasserstein, Jensen-Shannon; PSI, KL, Hellinger on request).", inputs: { reference: { description: "The reference dataset (e.g. the training data), as CSV, JSON Lines (`.jsonl`) or Parquet. Column types are read from it. Required, except in the job that only merges shards.", default: "", required: false }, current: { description: "The current dataset (e.g. recent production inputs), same format and columns. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, columns: { description: "Columns to compare (newline- or comma-separated). Empty means every column both datasets have, minus `ignore-columns`.", default: "", required: false }, "ignore-columns": { description: "Columns not to compare (ids, timestamps, the target when it is not wanted).", default: "", required: false }, "missing-columns": { description: "With `columns` empty, a column that only one of the datasets has: `fail` (the default) stops with an error naming it, since it would go untested; `ignore` compares the columns both have and names the others in the report. No column in common is always an error.", default: "fail", required: false }, "numerical-columns": { description: "Columns to treat as numerical whatever the data looks like. By default a column is numerical when every non-null reference value is a number, as pandas reads it.", default: "", required: false }, "categorical-columns": { description: "Columns to treat as categorical (e.g. integer codes). Everything not numerical is categorical by default.", default: "", required: false }, method: { description: "One test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div or hellinger. Empty means Evidently's choice per column: with at most 1000 non-null reference values, K-S for numerical columns with more than 5 distinct values, chi-squared for 3 or more categories, the Z-test for 2; above 1000, normed Wasserstein for numerical columns with more than 5 values, Jensen-Shannon otherwise.", default: "", required: false }, threshold: { description: "Threshold for `method` (a p-value for ks/chisquare/z, a distance otherwise). Empty means the test's default (0.05 for p-values, 0.1 for distances).", default: "", required: false }, "column-methods": { description: "Per-column tests, one `column=method` or `column=method:threshold` per line, e.g. `age=psi:0.2`. They win over `method`.", default: "", required: false }, "drift-share": { description: "The dataset has drifted when at least this share of the tested columns drifted (Evidently's default 0.5).", default: "0.5", required: false }, "exact-limit": { description: "Numerical columns with more values than this (both datasets together) and more than 1000 in the reference are not kept in memory but summarised while reading (a 65536-bin histogram on a power-of-two grid, the first 21 distinct values, the mean and variance), so memory stays flat however many rows there are. Every score stays exact except the Wasserstein distance, which is then within one histogram bin (normally at most 4 x range / 65536, normed); the report gives that bound per column. K-S and Hellinger need every value and are not available on summarised columns; PSI, KL and Jensen-Shannon on them take one more pass over those columns.", default: "200000", required: false }, "fail-on-drift": { description: "Fail the step when the dataset or the predictions drifted. `false` only reports (the outputs still say).", default: "true", required: false }, "report-dir": { description: "Folder for report.json, report.md and plots/ (an SVG chart of each drifted column, target and model output), or a shard's partial file. Empty means a folder in the runner's temp directory.", default: "", required: false }, "target-column": { description: "The label or target column, when both datasets have it: its drift is reported apart (target drift, output `target-drifted`) and it does not count in the share of drifted features.", default: "", required: false }, champion: { description: "Prediction drift: the model serving now (a `.onnx` file). With `candidate`, both run on the current data and their predicted labels, class probabilities or values are compared, the champion's as the reference. The predicted label (or value) decides `prediction-drifted`.", default: "", required: false }, candidate: { description: "The model that wants to ship (a `.onnx` file), for prediction drift with `champion`.", default: "", required: false }, features: { description: "Feature columns feeding the models' single input, as in test-model. Empty means the contract's, else the columns named like the inputs, else every column but the target.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md) for the models' column mapping and labels. Empty means none.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, as in test-model; empty downloads the pinned one once.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job takes blocks i, i+n, i+2n, \u2026 of 1024 rows of both datasets (other blocks are counted, not parsed, in CSV and JSON Lines), runs the models on its blocks of the current data, and writes its per-column state (output `partial`) instead of a verdict. For a matrix of n jobs over data too big for one runner; a last job merges them with `merge`. Every shard must be given the same inputs.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged into the state one job would have read, then tested and reported as one run. The datasets and models are not needed in this job; the tests, thresholds and `drift-share` given here apply. PSI, KL and Jensen-Shannon on a summarised numerical column with more than 20 values need a pass over both whole datasets and are not available in a merge.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, "target-drifted": { description: "true when the target column drifted; empty without `target-column`." }, "prediction-drifted": { description: "true when the candidate's predicted labels (or values) drifted from the champion's; empty without both models." }, drifted: { description: "true when the dataset has drifted (share of drifted columns at or above `drift-share`)." }, "drift-share": { description: "The share of tested columns that drifted, from 0 to 1." }, "drifted-columns": { description: "JSON array of the columns that drifted." }, report: { description: "Path of report.json (every column's type, test, score, threshold, verdict, null counts, why a column was not tested, and `plots`, the SVG chart of each drifted column)." } } }, "lint-dockerfile": { description: "Lint Dockerfiles with hadolint-compatible rules (DL codes, ShellCheck on RUN) plus ML-serving rules. No Docker, any OS.", inputs: { files: { description: "Dockerfiles to lint: paths or globs (`**` recurses), newline- or comma-separated. A directory means every Dockerfile below it.", default: "**/Dockerfile\n**/Dockerfile.*\n**/*.Dockerfile\n", required: false }, config: { description: "Path to a hadolint config file. When empty, `.hadolint.yaml` or `.hadolint.yml` in the working directory is used, then the user's hadolint config locations.", default: "", required: false }, "failure-threshold": { description: "Fail the step when a finding is at or above this severity (error, warning, info, style, ignore, none). Overrides the config file.", default: "", required: false }, ignore: { description: "Rule codes to ignore (e.g. DL3008, SC2086, MCD1001), newline- or comma-separated. Added to the config's `ignored`.", default: "", required: false }, "trusted-registries": { description: "Registries FROM may use (DL3026), newline- or comma-separated. Added to the config's `trustedRegistries`.", default: "", required: false }, format: { description: "Report format printed to the log and written to `output-file` (tty, json, sarif, checkstyle, codeclimate, gitlab_codeclimate).", default: "tty", required: false }, "output-file": { description: "Write the report in `format` to this file as well.", default: "", required: false }, annotations: { description: "Put each finding as an annotation on its file and line.", default: "true", required: false }, "no-fail": { description: "Never fail the step because of findings (they are still reported).", default: "false", required: false }, shellcheck: { description: "ShellCheck on RUN scripts. `auto` uses a shellcheck on PATH if there is one, `off` disables it, or give the path of a shellcheck binary.", default: "auto", required: false } }, outputs: { findings: { description: "Number of findings at or above `ignore` after config and pragmas." }, errors: { description: "Number of error findings." }, warnings: { description: "Number of warning findings." }, infos: { description: "Number of info findings." }, styles: { description: "Number of style findings." }, results: { description: 'Findings as compact JSON, an array of {"file", "line", "column", "code", "level", "message"}.' }, sarif: { description: "Path of the SARIF 2.1.0 report (always written), ready for github/codeql-action/upload-sarif." } } }, "publish-model": { description: "Register a model version in a plain S3 registry (race-free version numbers, sha256 manifest, lineage) or in the MLflow model registry, and set or move an alias.", inputs: { registry: { description: "Where to register. `s3://bucket/prefix`: the root of a plain S3 registry; versions go to `<root>/<name>/versions/<n>/files/`, aliases to `<root>/<name>/aliases/<alias>` (the layout is described in docs/s3-registry.md). `mlflow`: the MLflow model registry of the tracking server in `mlflow-tracking-uri` (or `MLFLOW_TRACKING_URI`); an http(s) URL: that tracking server. MLflow versions are uploaded through the server's proxied artifact store (`mlflow server --serve-artifacts`) under a run created for the upload, then registered, waited for until READY and tagged; aliases are set with the registry's alias API.", default: "", required: true }, name: { description: 'Model name (letters, digits, ".", "_" and "-").', default: "", required: true }, path: { description: "Local model file or folder to register as a new version. Empty means a promotion: move `alias` to `version`.", default: "", required: false }, version: { description: "The existing version to promote (with `alias` and no `path`). Leave empty when registering.", default: "", required: false }, alias: { description: "Alias to set or move (e.g. `champion`, `staging`) to the new version, or to `version` in a promotion. The previous version is reported in `previous-version` (so a rollback can move it back). In the S3 registry the move is a conditional write that records the previous version; see `expected-previous-version` for guarding against concurrent moves.", default: "", required: false }, "metrics-file": { description: 'JSON file with an object of metrics to attach to the new version, e.g. `{"accuracy": 0.93}`.', default: "", required: false }, tags: { description: "Lineage tags for the new version, one `key=value` per line. The git commit and the workflow run URL are added from the runner's environment.", default: "", required: false }, "image-digest": { description: "Digest of the serving image built from this model (`sha256:...`), recorded as the tag `image.digest`.", default: "", required: false }, description: { description: "Free text describing the new version (what changed, why), shown by the MLflow UI and kept in the S3 registry's manifest; pull-model returns it in `metadata`.", default: "", required: false }, "expected-previous-version": { description: "Move `alias` only if it points to this version now (`none`: only if the alias does not exist yet); otherwise fail and change nothing. Use it for rollbacks and promotions decided from an earlier read, so they never undo a move made in between. The S3 registry checks it in the same conditional write that moves the alias; MLflow has no conditional alias API, so there it is checked just before the move. Empty: move whatever the alias points to.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them).", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server when `registry` is `mlflow`. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs.", default: "", required: false }, "mlflow-experiment": { description: "MLflow experiment that owns the runs publish-model creates to upload a version's files (created if missing); `metrics-file` is logged on that run. Empty means the Default experiment (id 0).", default: "", required: false }, "retry-timeout": { description: "How long, in seconds, one request to S3 or the MLflow tracking server may take in all, retries included. Connection failures, timeouts, 408, 425, 429 and 5xx answers are retried with backoff, each retry logged; at this bound the step fails, saying how long it waited. An upload gets this plus the time its bytes need at 256 KiB/s. Raise it for a server that is only slow.", default: "120", required: false } }, outputs: { version: { description: "The version registered or promoted." }, uri: { description: "The version's files folder, `s3://bucket/prefix/<name>/versions/<n>/files/`, or `models:/<name>/<n>` for MLflow: give it to pull-model as `model-uri`." }, "previous-version": { description: "The version `alias` pointed to before this run; empty without an alias or for a new one." }, sha256: { description: "sha256 of the version's folder manifest, the same value pull-model reports for `uri` (and accepts as `expected-sha256`). MLflow versions also carry it as the tag `model-cd.sha256`; promoting an MLflow version registered by something else (without that tag) leaves it empty." } } }, "pull-model": { description: "Pull a model from the MLflow registry, S3 or a local path into a folder, sha256-verified, cached by content, placed atomically.", inputs: { "model-uri": { description: "The model to pull. `s3://bucket/key` is one file; `s3://bucket/prefix/` (trailing slash) is every object under the prefix, as a folder. The plain S3 registry that publish-model writes (docs/s3-registry.md): the registry root, then `#name@alias` or `#name/<version>`, e.g. `s3://models/registry#fraud@champion` or `s3://models/registry#fraud/3`; the version's files are checked against its manifest (every file's sha256 and the folder's), and a version without a manifest is refused as incomplete. A local path or `file:///absolute/path` is a file or a folder. MLflow: `models:/name@alias` (e.g. `models:/fraud@champion`), `models:/name/3`, `models:/name/latest` (the highest version number) and `runs:/<run-id>/<artifact path>`, resolved on the tracking server (see `mlflow-tracking-uri`) and downloaded from where it keeps the files: its proxied artifact store (`mlflow-artifacts:/`), S3 (the `s3-*` inputs and AWS variables apply) or a local path.", default: "", required: true }, "mlflow-tracking-uri": { description: "URL of the MLflow tracking server for `models:/` and `runs:/` URIs. Empty means `MLFLOW_TRACKING_URI`. Credentials come from `MLFLOW_TRACKING_TOKEN` (bearer token) or `MLFLOW_TRACKING_USERNAME` and `MLFLOW_TRACKING_PASSWORD` (basic auth), masked in logs; TLS certificates are always verified.", default: "", required: false }, path: { description: "Folder that will hold the model, replaced whole on success (a single-file model lands as `<path>/<file name>`). Its files are read-only hard links into the cache where the file system allows, copies otherwise. Empty means `model` in the runner's temp folder. Must not be or contain the workspace or the home folder, nor overlap `cache-dir`.", default: "", required: false }, "expected-sha256": { description: "Fail, leaving nothing behind, unless the model has this sha256: for a file, the sha256 of its bytes; for a folder, the sha256 of its manifest, the lines `<sha256>  <relative path>` sorted by path (what `find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints in the folder). The `sha256` output of an earlier pull gives it.", default: "", required: false }, "cache-dir": { description: "Content-addressed cache of pulled models; a pull of an unchanged object transfers nothing. Empty means `model-cd/models` in the runner's tool cache, or `~/.cache/model-cd/models` outside a runner.", default: "", required: false }, "s3-endpoint": { description: "S3-compatible endpoint URL (MinIO, Ceph, R2, ...). Empty means `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`, then AWS S3 in `aws-region`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (as aws-actions/configure-aws-credentials sets them); without them requests go unsigned.", default: "", required: false }, "aws-region": { description: "Region to sign S3 requests for. Empty means `AWS_REGION`, then `AWS_DEFAULT_REGION`, then us-east-1.", default: "", required: false }, "s3-path-style": { description: "Address buckets as `endpoint/bucket/key` rather than `bucket.endpoint/key`. Endpoints that are IP addresses or localhost always use path style.", default: "false", required: false }, concurrency: { description: "Most download requests at a time (files of a folder, byte ranges of a large file), to S3 or to MLflow's artifact store.", default: "4", required: false }, "range-threshold": { description: "Files larger than this are downloaded in parallel byte ranges (bytes, or e.g. 8MiB, 1GiB), from S3 and from MLflow's proxied artifact store alike; a download whose connection breaks is resumed where it stopped. Ranges pay off over real networks; next to the server (same host or rack) one stream per file can be faster, so raise this there.", default: "64MiB", required: false }, "if-missing": { description: "What to do when the model, version or alias does not exist (yet): `fail` the step, or `skip` it with a notice and `found` set to false. `skip` is for the champion of a first deployment; anything else (no access, a damaged version, a wrong bucket) still fails.", default: "fail", required: false }, "retry-timeout": { description: "How long, in seconds, one request to S3 or the MLflow tracking server may take in all, retries included. Connection failures, timeouts, 408, 425, 429 and 5xx answers are retried with backoff, each retry logged; at this bound the step fails, saying how long it waited. An upload gets this plus the time its bytes need at 256 KiB/s. Raise it for a server that is only slow.", default: "120", required: false } }, outputs: { found: { description: "true when the model was pulled; false when it does not exist and `if-missing` is `skip` (every other output is then empty)." }, path: { description: "Where the model is now, the file of a single-file model or the folder." }, name: { description: "The model's name; the registered model for `models:/` and the S3 registry, else the last segment of the key or path." }, version: { description: "The model's version; the registry version number for `models:/` and the S3 registry, for an S3 file its ETag, empty otherwise." }, alias: { description: "The registry alias the model was pulled by (MLflow or the S3 registry); empty otherwise." }, sha256: { description: "sha256 of the file, or of the folder's manifest (see `expected-sha256`)." }, size: { description: "Size of the model in bytes (all files of a folder)." }, "source-uri": { description: "The URI the model was pulled from, in canonical form (`models:/name/<version>` for any MLflow registry URI, `s3://bucket/root#name/<version>` for the S3 registry)." }, "run-id": { description: "The MLflow run that produced the model; empty otherwise." }, metadata: { description: `Compact JSON about the source. MLflow: {"tags", "version-tags", "description", "metrics", "params", "signature"} (registry tags, the run's metrics and params when the run exists, the MLmodel signature when present). S3 registry: {"tags", "metrics"} from the version's manifest. S3: {"etag", "last-modified", "content-type", "objects"} (a folder: {"objects", "last-modified"}).` }, "cache-hit": { description: "true when the model came from the local cache and nothing was downloaded." }, "bytes-transferred": { description: "Bytes downloaded by this pull (0 on a cache hit), including bytes re-sent after a broken connection." } } }, "test-endpoint": { description: "Test a live model endpoint (KServe v2 or MLflow scoring protocol) before and during a rollout - smoke, the contract on its answers, negative cases, online/offline parity with the model file, and bounded load with gates.", inputs: { url: { description: "The endpoint's base URL, e.g. `http://127.0.0.1:8080` (without `/v2/...` or `/invocations`). HTTPS certificates are verified (NODE_EXTRA_CA_CERTS for a private CA). Required.", default: "", required: false }, protocol: { description: "`auto` (GET /v2/health/ready answers: KServe v2; else GET /ping answers: MLflow), `v2` or `mlflow`.", default: "auto", required: false }, "model-name": { description: "The model's name on a v2 server (`/v2/models/{name}`). Empty: the only model the server lists (POST /v2/repository/index), else the `model` file's name without .onnx (model-cd serve's default).", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md): the feature columns requests carry, the label type and classes answers must have, the outputs. Empty means `model-contract.yaml` (or `.yml`) in the working directory when there is one; `none` tests without one (answers are then checked for shape and probabilities only).", default: "", required: false }, data: { description: "Rows to send: the holdout set or a file of examples, as CSV, JSON Lines or Parquet (the label column is left out). Empty: rows made up from the contract's column types.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, rows: { description: "How many rows (the first ones of `data`) the contract and parity checks send.", default: "64", required: false }, model: { description: "The .onnx file the endpoint serves (or the folder pull-model wrote), for parity: the same rows are predicted here with onnxruntime as test-model runs it and compared with the endpoint's answers. Empty: parity is skipped with a notice.", default: "", required: false }, tolerance: { description: "How close floats must be, relative and absolute: |endpoint - model file| <= tolerance + tolerance * |model file| (numpy's isclose with rtol = atol = tolerance). Also how far a row of probabilities may sum from 1 (plus float32 rounding, 2^-23 per class).", default: "1e-5", required: false }, "expected-sha256": { description: "The sha256 of the model the endpoint must serve (test-model's or pull-model's `sha256`), checked against the v2 metadata (`parameters.sha256`) and the `model` file. Empty: not checked.", default: "", required: false }, checks: { description: "Checks to run, newline- or comma-separated: `smoke`, `contract`, `negative`, `parity`, `load`.", default: "smoke,contract,negative,parity", required: false }, "negative-cases": { description: "The bad requests the `negative` check sends; each must get a 4xx with a JSON error body: `missing-field`, `wrong-type`, `extra-column`, `empty-body`, `not-json`, `oversized-body`.", default: "missing-field,wrong-type,extra-column,empty-body,not-json,oversized-body", required: false }, "oversized-body-size": { description: "The size of the `oversized-body` request (a good row padded with whitespace), e.g. `16MiB`; more than the server's body limit.", default: "16MiB", required: false }, "load-duration": { description: "Seconds of load in the `load` check.", default: "10", required: false }, "load-connections": { description: "Concurrent connections of the `load` check (each sends its next request when the last is answered).", default: "10", required: false }, "load-rate": { description: "Requests per second over all connections for the `load` check; 0 means as fast as `load-connections` go.", default: "0", required: false }, "load-batch-rows": { description: "Rows per request in the `load` check.", default: "1", required: false }, "max-error-rate": { description: "`load` gate: the largest share of requests (0 to 1) that may fail (non-2xx answers, connection errors, timeouts).", default: "0", required: false }, "max-p95-ms": { description: "`load` gate: the largest p95 latency of successful requests, in milliseconds. Empty: no gate.", default: "", required: false }, "max-p99-ms": { description: "`load` gate: the largest p99 latency of successful requests, in milliseconds. Empty: no gate.", default: "", required: false }, "min-rps": { description: "`load` gate: the fewest successful requests per second. Empty: no gate.", default: "", required: false }, timeout: { description: "Seconds one request may take (an answer not there by then is a failure).", default: "30", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, for parity on runners without access to the npm registry. Empty: as test-model finds it (the workspace, the tool cache, else the pinned package downloaded once).", default: "", required: false } }, outputs: { passed: { description: "true when every check that ran passed." }, report: { description: "Path of report.json (every check's cases, the requests and answers that failed, the load numbers)." }, checks: { description: 'Compact JSON: {"smoke": "passed", "contract": "failed", "parity": "skipped", ...}.' }, rps: { description: "Load check, successful requests per second (empty when load did not run)." }, "p50-ms": { description: "Load check, median latency of successful requests in milliseconds." }, "p95-ms": { description: "Load check, p95 latency of successful requests in milliseconds." }, "p99-ms": { description: "Load check, p99 latency of successful requests in milliseconds." }, "error-rate": { description: "Load check, the share of requests that failed (0 to 1)." } } }, "test-model": { description: "Run the ONNX candidate and the champion on a holdout set; the model contract and metric gates (MLflow's threshold semantics) decide whether the candidate may ship.", inputs: { candidate: { description: "The candidate model, a `.onnx` file or a folder holding exactly one (the `path` output of pull-model). Required, except in the job that only merges shards.", default: "", required: false }, champion: { description: "The model serving now, as `candidate`. Empty means there is none (a first deployment, or pull-model's `found` was false): gates comparing with the champion are then settled by `champion-missing`.", default: "", required: false }, data: { description: "The holdout set with the true label or target, as CSV, JSON Lines (`.jsonl`) or Parquet. Read as a stream in batches. Required, except in the job that only merges shards.", default: "", required: false }, "data-format": { description: "`auto` (by extension), `csv`, `jsonl` or `parquet`.", default: "auto", required: false }, "label-column": { description: "The column with the true label (classification) or target (regression). Empty means the contract's `data.label`, else `label`.", default: "", required: false }, features: { description: "Feature columns, in the order the model's single input takes them (newline- or comma-separated). Empty means the contract's `data.features`; else, when every model input is named after a column, one column each; else every column but the label, in file order.", default: "", required: false }, contract: { description: "The model contract (docs/model-contract.md): declared inputs, outputs, labels, columns and gates, checked against the candidate's real signature and the data. Empty means `model-contract.yaml` (or `.yml`) in the working directory when there is one; `none` skips it.", default: "", required: false }, gates: { description: "Metric gates, as a YAML/JSON file or inline YAML, e.g. `{accuracy: {threshold: 0.85, min_relative_change: 0.0}, log_loss: {threshold: 0.4}}`. Per metric: `threshold`, `min_absolute_change`, `min_relative_change` (vs the champion) and `greater_is_better` (inferred for built-in metrics), with MLflow's semantics, and `significance_level` (fail only when significantly worse than the champion on these rows: McNemar's exact test for accuracy, a paired bootstrap for roc_auc, rmse, mse, mae, r2). They replace the contract's gates for the same metric.", default: "", required: false }, "default-gate": { description: "`auto`: with a champion and no gate that compares with it, the primary metric (roc_auc when both models give probabilities, else accuracy; rmse for regression) must not be significantly worse than the champion's (`significance_level: 0.05`). `none`: no default gate.", default: "auto", required: false }, task: { description: "`auto` (from the contract, else the model's outputs), `binary`, `multiclass` or `regression`.", default: "auto", required: false }, "champion-missing": { description: "When there is no champion value for a gate that compares with it: `pass` skips that comparison (a first deployment ships on its absolute thresholds), `fail` fails it (MLflow's rule).", default: "pass", required: false }, "fail-on-gates": { description: "Fail the step when a gate fails or the contract is broken. `false` only reports (`passed` still says).", default: "true", required: false }, "batch-size": { description: "Rows per batch fed to the models.", default: "1024", required: false }, "report-dir": { description: "Folder for report.json and report.md. Empty means a folder in the runner's temp directory.", default: "", required: false }, "onnxruntime-path": { description: "A folder holding node_modules/onnxruntime-node, for runners without access to the npm registry. Empty: an onnxruntime-node installed in the workspace, else the runner's tool cache, else the pinned package (1.30.0) downloaded once from the npm registry (NPM_CONFIG_REGISTRY honoured), checked against its pinned sha512, with only this platform's binary kept.", default: "", required: false }, shard: { description: "`i/n` (1 <= i <= n): this job evaluates batches i, i+n, i+2n, \u2026 of the data (every job still reads the whole file; inference, the expensive part, is split) and writes its partial result (output `partial`) instead of a verdict. For a matrix of n jobs over a holdout set too big for one runner; a last job merges them with `merge`.", default: "", required: false }, merge: { description: "Partial results of a sharded run (files or globs, e.g. `partials/*.json` after actions/download-artifact): merged exactly, then gated and reported as one run. Models and data are not needed in this job; the contract's and `gates`' gates apply.", default: "", required: false }, "github-token": { description: "A token allowed to write pull-request comments (the `github.token` of the run, with `permissions: pull-requests: write`). When set on a pull request, the report is posted as one comment and updated in place on re-runs. Empty: no comment.", default: "", required: false } }, outputs: { partial: { description: "In a `shard` job, the path of its partial result (upload it for the merging job)." }, passed: { description: "true when the contract holds and every gate passed." }, metrics: { description: 'Compact JSON: {"candidate": {metric: value}, "champion": {\u2026} or null, "deltas": {\u2026}}.' }, report: { description: "Path of report.json (every metric, the confusion matrices, the gate results and the contract differences)." }, "report-markdown": { description: "Path of report.md, the same as the job summary." } } } };

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
  constructor(env = process.env, write2 = (l) => process.stdout.write(l + "\n")) {
    this.env = env;
    this.write = write2;
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

// src/common/fsutil.ts
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
function actionMeta(name) {
  const meta = define_ACTION_META_default[name];
  if (!meta) throw new Error(`no action.yml was embedded for action "${name}"`);
  return meta;
}

// src/common/inputs.ts
var string = () => ({ kind: "string" });
var list = () => ({ kind: "list" });
var number = (opts = {}) => ({ kind: "number", ...opts });
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

// src/image/build-push.ts
import { mkdtempSync as mkdtempSync3, rmSync as rmSync3, statSync as statSync4 } from "node:fs";
import { join as join10, relative as relative3, resolve as resolve5 } from "node:path";

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
  const sleep2 = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const target = `${init.method ?? "GET"} ${redact(String(url))}`;
  const started = now();
  const deadline = opts.totalMs ? started + opts.totalMs : Infinity;
  const giveUp = (attempt, reason2, status, outOfTime) => {
    const waited = `after ${attempt} attempt${attempt === 1 ? "" : "s"} in ${seconds(now() - started)}`;
    const limit = outOfTime ? `; that is the ${seconds(opts.totalMs ?? 0)} ${opts.totalFrom ?? "limit"} allows for one request: raise it for a server that needs longer` : "";
    return new HttpError(`${target} failed ${waited}: ${reason2}${limit}`, status);
  };
  let reason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfter = null;
    let status = null;
    const left = deadline - now();
    const timeoutMs = Math.min(opts.timeoutMs || Infinity, left);
    try {
      const res = await fetchWithin(url, init, Number.isFinite(timeoutMs) ? Math.max(1, timeoutMs) : void 0);
      if (!RETRY_STATUS.has(res.status)) return res;
      reason = `HTTP ${res.status}`;
      status = res.status;
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
    if (attempt === attempts || outOfTime) throw giveUp(attempt, reason, status, outOfTime);
    opts.onRetry?.({ target, attempt, attempts, delayMs, reason });
    await sleep2(delayMs);
  }
  throw new Error("unreachable");
}
var seconds = (ms) => `${ms < 1e4 ? (ms / 1e3).toFixed(1) : Math.round(ms / 1e3)} s`;
function retryLine(i) {
  return `${i.target}: attempt ${i.attempt} of ${i.attempts} failed (${i.reason}); trying again in ${seconds(i.delayMs)}`;
}
function stepRetry(timeoutSeconds, log) {
  const totalMs = timeoutSeconds * 1e3;
  return { totalMs, timeoutMs: Math.min(6e4, Math.ceil(totalMs / 3)), totalFrom: "input `retry-timeout`", onRetry: (i) => log(retryLine(i)) };
}
function sendingBody(opts, bytes) {
  const sendMs = Math.ceil(bytes / (256 * 1024)) * 1e3;
  return { ...opts, ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs + sendMs } : {}, ...opts.totalMs ? { totalMs: opts.totalMs + sendMs } : {} };
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

// src/image/compression.ts
import { PassThrough } from "node:stream";
import { promisify as promisify2 } from "node:util";
import * as zlib from "node:zlib";

// src/image/gzip.ts
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

// src/image/credentials.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
var keysFor = (host) => [host, `https://${host}`, `http://${host}`, ...host === "docker.io" || host === "index.docker.io" ? ["https://index.docker.io/v1/"] : []];
async function dockerCredentials(host, env) {
  const dir = env.DOCKER_CONFIG || join2(env.HOME || homedir(), ".docker");
  let config;
  try {
    config = JSON.parse(await readFile(join2(dir, "config.json"), "utf8"));
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
  return new Promise((resolve6, reject) => {
    const child = execFile(`docker-credential-${name}`, ["get"], { env, timeout: 3e4 }, (error, stdout, stderr) => {
      if (error) {
        if (/not found/i.test(`${stdout}${stderr}`)) return resolve6(null);
        if (error.code === "ENOENT") return reject(new ServiceError(`the docker config asks for the credential helper docker-credential-${name}, which is not on PATH. Install it, or log in with docker/login-action.`));
        return reject(new ServiceError(`docker-credential-${name} failed for ${host}: ${stderr.trim() || error.message}`));
      }
      try {
        const out = JSON.parse(stdout);
        resolve6(out.Username && out.Secret ? { username: out.Username, password: out.Secret } : null);
      } catch {
        reject(new ServiceError(`docker-credential-${name} answered for ${host} with something that is not JSON.`));
      }
    });
    child.stdin?.end(host);
  });
}

// src/image/docker-archive.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream as createWriteStream3 } from "node:fs";
import { mkdir as mkdir3, mkdtemp, readFile as readFile3, rename as rename2, rm, stat as stat3 } from "node:fs/promises";
import { once as once3 } from "node:events";
import { dirname as dirname3, join as join5 } from "node:path";
import { PassThrough as PassThrough3 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import { createGunzip as createGunzip2 } from "node:zlib";

// src/common/hash-stream.ts
import { Transform as Transform2 } from "node:stream";
function hashing(hash) {
  return new Transform2({
    transform(chunk, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    }
  });
}

// src/common/tar.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname as dirname2, join as join3, resolve as resolve2, sep } from "node:path";
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
async function extractTar(source, dest, select) {
  const root = resolve2(dest);
  const reader = new Reader(source[Symbol.asyncIterator]());
  const written = [];
  let longName = null;
  for (; ; ) {
    if (!await reader.fill(BLOCK)) throw new TarError("the archive ends without its end-of-archive blocks (truncated)");
    const header = await reader.take(BLOCK);
    if (header.every((b) => b === 0)) {
      await reader.drain();
      return written;
    }
    if (!checksumOk(header)) throw new TarError("a header whose checksum does not match (not a tar archive, or damaged)");
    const size = octal(header, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] || 48);
    if (type === "x" || type === "L") {
      const body = await reader.take(padded);
      longName = type === "x" ? paxPath(body.subarray(0, size)) : field(body, 0, size);
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    const target = type === "0" ? select(name) : null;
    if (target === null) {
      await reader.pipe(padded, async () => void 0);
      continue;
    }
    if (!safeRelative(target)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    const file = join3(root, ...target.split("/"));
    if (!file.startsWith(root + sep)) throw new TarError(`the entry ${JSON.stringify(name)} would be written outside the folder`);
    await mkdir(dirname2(file), { recursive: true });
    const mode = octal(header, 100, 8) & 73 ? 493 : 420;
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
    await reader.pipe(padded - size, async () => void 0);
    written.push(target);
  }
}

// src/image/layer.ts
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream as createWriteStream2 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { once as once2 } from "node:events";
import { PassThrough as PassThrough2, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
var LAYER_MEDIA = LAYER_MEDIA_TYPES.gzip;
var BLOCK2 = 512;
function octal2(n, width) {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}
function tarHeader(name, size, mode, type, mtime) {
  const h = Buffer.alloc(BLOCK2);
  h.write(name, 0, 100, "utf8");
  h.write(octal2(mode, 8), 100, "ascii");
  h.write(octal2(0, 8), 108, "ascii");
  h.write(octal2(0, 8), 116, "ascii");
  h.write(octal2(size, 12), 124, "ascii");
  h.write(octal2(mtime, 12), 136, "ascii");
  h.fill(" ", 148, 156);
  h.write(type, 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal2(sum, 7) + " ", 148, "ascii");
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
  const padded = Buffer.concat([pax, Buffer.alloc((BLOCK2 - pax.length % BLOCK2) % BLOCK2)]);
  return [tarHeader("PaxHeader", pax.length, 420, "x", mtime), padded, tarHeader(name.slice(0, 99), size, mode, type, mtime)];
}
function imagePathProblem(path) {
  if (!path || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return 'must be a relative path with "/" separators';
  if (path.split("/").some((s) => s === "" || s === "." || s === "..")) return 'must not have empty, "." or ".." segments';
  return null;
}
async function buildLayer(files, out, mtime = 0, compression = "gzip") {
  const sorted = checkedFiles(files);
  const tarHash = createHash("sha256");
  const blobHash = createHash("sha256");
  const tar = new PassThrough2();
  const done = compression === "none" ? pipeline(tar, hashing(tarHash), createWriteStream2(out)) : pipeline(tar, hashing(tarHash), compressor(compression), hashing(blobHash), createWriteStream2(out));
  await Promise.all([writeTar(sorted, mtime, tar), done]);
  const diffId = `sha256:${tarHash.digest("hex")}`;
  const digest = compression === "none" ? diffId : `sha256:${blobHash.digest("hex")}`;
  return { digest, diffId, size: (await stat2(out)).size, mediaType: LAYER_MEDIA_TYPES[compression] };
}
async function layerDiffId(files, mtime = 0) {
  const sorted = checkedFiles(files);
  const tarHash = createHash("sha256");
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
    if (!tar.write(b)) await once2(tar, "drain");
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
    const st = await stat2(f.source);
    for (const h of entryHeaders(f.path, st.size, st.mode & 73 ? 493 : 420, "0", mtime)) await write2(h);
    let written = 0;
    for await (const chunk of createReadStream(f.source, { highWaterMark: 1 << 20 })) {
      written += chunk.length;
      await write2(chunk);
    }
    if (written !== st.size) throw new Error(`${f.source} changed size while it was read (${st.size} then ${written} bytes)`);
    const pad = (BLOCK2 - st.size % BLOCK2) % BLOCK2;
    if (pad) await write2(Buffer.alloc(pad));
  }
  await write2(Buffer.alloc(BLOCK2 * 2));
  tar.end();
}

// src/image/oci.ts
import { createHash as createHash2 } from "node:crypto";
import { copyFile, link, mkdir as mkdir2, readdir, readFile as readFile2, rename, writeFile } from "node:fs/promises";
import { join as join4 } from "node:path";
var MEDIA = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var blobPath = (layout, digest) => join4(layout, "blobs", ...digest.split(":"));
async function readBlob(layout, digest) {
  const bytes = await readFile2(blobPath(layout, digest));
  const got = `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
  if (got !== digest) throw new Error(`blob ${digest} in ${layout} has digest ${got}: the layout is damaged`);
  return bytes;
}
async function writeBlob(layout, bytes, mediaType) {
  const digest = `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
  const path = blobPath(layout, digest);
  await mkdir2(join4(path, ".."), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, bytes);
  await rename(temp, path);
  return { mediaType, digest, size: bytes.length };
}
async function initLayout(layout) {
  await mkdir2(join4(layout, "blobs", "sha256"), { recursive: true });
  await writeFile(join4(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
}
async function resolveRef(layout, ref) {
  const index = JSON.parse(await readFile2(join4(layout, "index.json"), "utf8"));
  const named = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] === ref);
  if (named.length === 1) return named[0];
  if (!ref && index.manifests.length === 1) return index.manifests[0];
  const refs = index.manifests.map((m) => m.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
  throw new Error(`no image ${JSON.stringify(ref)} in the layout ${layout} (it has ${refs.length ? refs.join(", ") : "no named images"})`);
}
async function linkBlob(from, to) {
  try {
    await link(from, to);
  } catch (e) {
    const code2 = e.code;
    if (code2 === "EEXIST") return;
    if (code2 !== "EXDEV" && code2 !== "EPERM" && code2 !== "ENOTSUP" && code2 !== "EMLINK") throw e;
    await copyFile(from, to);
  }
}
async function appendModel(from, to, base, edit) {
  await initLayout(to);
  const layerDesc = { mediaType: edit.layer.mediaType, digest: edit.layer.digest, size: edit.layer.size };
  await mkdir2(join4(blobPath(to, edit.layer.digest), ".."), { recursive: true });
  if (edit.layerFile) await linkBlob(edit.layerFile, blobPath(to, edit.layer.digest));
  const editManifest = async (d) => {
    const manifest = JSON.parse((await readBlob(from, d.digest)).toString("utf8"));
    if (d.mediaType !== MEDIA.manifest && d.mediaType !== MEDIA.dockerManifest) throw new Error(`${d.digest} is a ${d.mediaType}, not an image manifest`);
    const config = JSON.parse((await readBlob(from, manifest.config.digest)).toString("utf8"));
    const newConfig = editConfig(config, edit);
    const configDesc = await writeBlob(to, Buffer.from(JSON.stringify(newConfig)), manifest.config.mediaType);
    if (from !== to) for (const l of manifest.layers) await linkBlob(blobPath(from, l.digest), blobPath(to, l.digest));
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
    const index = JSON.parse((await readBlob(from, base.digest)).toString("utf8"));
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
  for (const algorithm of await readdir(join4(from, "blobs"))) {
    await mkdir2(join4(to, "blobs", algorithm), { recursive: true });
    for (const name of await readdir(join4(from, "blobs", algorithm))) await linkBlob(join4(from, "blobs", algorithm, name), join4(to, "blobs", algorithm, name));
  }
}
async function tagInLayout(layout, ref, desc) {
  let index = { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
  try {
    index = JSON.parse(await readFile2(join4(layout, "index.json"), "utf8"));
  } catch {
  }
  const others = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] !== ref);
  const entry = { mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations: { "org.opencontainers.image.ref.name": ref } };
  const out = { schemaVersion: 2, mediaType: MEDIA.index, manifests: [...others, entry] };
  const temp = join4(layout, `index.json.tmp-${process.pid}`);
  await writeFile(temp, JSON.stringify(out));
  await rename(temp, join4(layout, "index.json"));
}

// src/image/docker-archive.ts
var BLOCK3 = 512;
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
  if (!out.write(b)) await once3(out, "drain");
}
async function writeEntry(out, name, bytes) {
  await write(out, fileHeader(name, bytes.length));
  await write(out, bytes);
  const pad = (BLOCK3 - bytes.length % BLOCK3) % BLOCK3;
  if (pad) await write(out, Buffer.alloc(pad));
}
async function writeFileEntry(out, name, file) {
  const { size } = await stat3(file);
  await write(out, fileHeader(name, size));
  for await (const chunk of createReadStream2(file)) await write(out, chunk);
  const pad = (BLOCK3 - size % BLOCK3) % BLOCK3;
  if (pad) await write(out, Buffer.alloc(pad));
}
async function uncompressedLayer(layout, layer, diffId, scratch) {
  const file = join5(scratch, `${hex(diffId)}.tar`);
  const blob = blobPath(layout, layer.digest);
  const unpack = decompressor(layer.mediaType);
  if (!unpack) {
    const why = layer.mediaType.endsWith("+zstd") ? `: this Node (${process.versions.node}) has no zstd; run on node24` : ": a docker archive holds gzip, zstd or plain tar layers only";
    throw new Error(`layer ${layer.digest} is ${layer.mediaType}${why}`);
  }
  const blobHash = createHash3("sha256");
  const tarHash = createHash3("sha256");
  await pipeline2(createReadStream2(blob), hashing(blobHash), unpack, hashing(tarHash), createWriteStream3(file));
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
  await mkdir3(dirname3(file), { recursive: true });
  const scratch = await mkdtemp(join5(dirname3(file), ".docker-archive-"));
  const temp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream3(temp);
  const closed = once3(out, "close");
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
    await write(out, Buffer.alloc(BLOCK3 * 2));
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
  const dir = await mkdtemp(join5(scratch, "docker-archive-"));
  try {
    await extractTar(createReadStream2(file), dir, (p) => p.replace(/^\.\//, ""));
    let entries;
    try {
      entries = JSON.parse(await readFile3(join5(dir, "manifest.json"), "utf8"));
    } catch {
      throw new Error(`${file} has no readable manifest.json: it is not a docker archive (docker save)`);
    }
    const entry = repoTag ? entries.find((e) => e.RepoTags?.includes(repoTag)) : entries.length === 1 ? entries[0] : void 0;
    if (!entry) throw new Error(`${file} has ${entries.length} images${repoTag ? `, none tagged ${repoTag}` : "; say which by its tag"}`);
    const member = (name) => {
      if (!safeRelative(name)) throw new Error(`${file} names ${JSON.stringify(name)}, outside the archive`);
      return join5(dir, ...name.split("/"));
    };
    const configBytes = await readFile3(member(entry.Config));
    const diffIds = JSON.parse(configBytes.toString("utf8")).rootfs?.diff_ids ?? [];
    if (diffIds.length !== entry.Layers.length) throw new Error(`${file}: the image has ${entry.Layers.length} layers but its config lists ${diffIds.length} diffIDs`);
    await initLayout(layout);
    const config = await writeBlob(layout, configBytes, MEDIA.config);
    const layers = [];
    for (const [i, name] of entry.Layers.entries()) {
      const tarHash = createHash3("sha256");
      const gzHash = createHash3("sha256");
      const temp = join5(layout, "blobs", "sha256", `.layer-${process.pid}-${i}`);
      const source = member(name);
      const head = await readHead(source);
      try {
        await pipeline2(createReadStream2(source), head[0] === 31 && head[1] === 139 ? createGunzip2() : new PassThrough3(), hashing(tarHash), parallelGzip(), hashing(gzHash), createWriteStream3(temp));
        const diffId = `sha256:${tarHash.digest("hex")}`;
        if (diffId !== diffIds[i]) throw new Error(`${file}: layer ${name} has diffID ${diffId}, but the config names ${diffIds[i]}`);
        const digest = `sha256:${gzHash.digest("hex")}`;
        await rename2(temp, blobPath(layout, digest));
        layers.push({ mediaType: LAYER_MEDIA, digest, size: (await stat3(blobPath(layout, digest))).size });
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

// src/image/dockerfile-build.ts
import { randomBytes } from "node:crypto";
import { mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync2, rmSync as rmSync2 } from "node:fs";
import { join as join8, relative as relative2, resolve as resolve3 } from "node:path";

// src/common/which.ts
import { accessSync, constants as constants2, statSync as statSync2 } from "node:fs";
import { delimiter, join as join6 } from "node:path";
function which(name, env) {
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = join6(dir, name + ext);
      try {
        if (!statSync2(p).isFile()) continue;
        accessSync(p, constants2.X_OK);
        return p;
      } catch {
      }
    }
  }
  return null;
}

// src/image/builder.ts
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
function runCommand(cmd, o) {
  return new Promise((resolve6, reject) => {
    const child = spawn(cmd.file, cmd.args, { cwd: o.cwd, env: o.env, stdio: ["ignore", "pipe", "pipe"] });
    const tail = [];
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
    child.on("error", reject);
    child.on("close", (code2) => resolve6({ code: code2 ?? -1, tail }));
  });
}
function systemProbe(env, which2) {
  return {
    has: (name) => which2(name) !== null,
    succeeds: (cmd) => new Promise((resolve6) => {
      const child = spawn(cmd.file, cmd.args, { env, stdio: "ignore", timeout: 3e4 });
      child.on("error", () => resolve6(false));
      child.on("close", (code2) => resolve6(code2 === 0));
    })
  };
}

// src/image/model-files.ts
import { readdirSync, statSync as statSync3 } from "node:fs";
import { join as join7, relative, sep as sep2 } from "node:path";
function isFile(p) {
  try {
    return statSync3(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p) {
  try {
    return statSync3(p).isDirectory();
  } catch {
    return false;
  }
}
function modelFiles(source, modelDir, raw) {
  let st;
  try {
    st = statSync3(source);
  } catch {
    throw new ConfigurationError("input `model`", raw, "does not exist. Give the model file or folder (pull-model's `path` output).");
  }
  if (st.isFile()) return [{ path: `${modelDir}/${source.split(sep2).pop()}`, source }];
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join7(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push({ path: `${modelDir}/${relative(source, p).split(sep2).join("/")}`, source: p });
    }
  };
  walk(source);
  if (!out.length) throw new ConfigurationError("input `model`", raw, "is an empty folder: there is no model to layer.");
  return out;
}

// src/image/dockerfile-build.ts
async function buildDockerfile(io, inputs, labels, work) {
  const dockerfile = resolve3(io.cwd, inputs.dockerfile.trim());
  if (!isFile(dockerfile)) throw new ConfigurationError("input `dockerfile`", inputs.dockerfile, "is not a file. Give the Dockerfile's path, relative to the workspace.");
  const context = resolve3(io.cwd, inputs.context.trim() || ".");
  if (!isDir(context)) throw new ConfigurationError("input `context`", inputs.context, "is not a folder. Give the build context, relative to the workspace (default: the workspace).");
  const args = parsePairs(lines(inputs.buildArgs));
  if (args.bad !== null) throw new ConfigurationError("input `build-args`", args.bad, "is not `NAME=value` (one per line).");
  const secretLines = parsePairs(lines(inputs.secretFiles));
  if (secretLines.bad !== null) throw new ConfigurationError("input `secret-files`", secretLines.bad, "is not `id=path` (one per line; the Dockerfile mounts it with `RUN --mount=type=secret,id=...`).");
  const secrets = secretLines.pairs.map(([id, path]) => {
    const file = resolve3(io.cwd, path.trim());
    if (!isFile(file)) throw new ConfigurationError("input `secret-files`", `${id}=${path}`, "names a file that does not exist. Give `id=path` with the path relative to the workspace.");
    return { id, path: file };
  });
  const found = await detectBuilder(inputs.builder, systemProbe(io.env, (n) => which(n, io.env)));
  if (!found.builder) {
    const daemonless = "or remove `dockerfile` to use the daemonless path (`base` + `model`, no builder needed)";
    if (inputs.builder === "auto") throw new ConfigurationError("input `dockerfile`", inputs.dockerfile, `needs an image builder, and none works here (${found.why}). Install buildah (apt-get install buildah), podman or docker, ${daemonless}.`);
    throw new ConfigurationError("input `builder`", inputs.builder, `cannot build here: ${found.why}. Install it, set \`builder: auto\` to take whichever of docker, buildah and podman works, ${daemonless}.`);
  }
  const scratch = mkdtempSync2(join8(io.tempDir, "build-push-builder-"));
  const layout = join8(work, "built");
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
      archive: join8(scratch, "image.tar")
    });
  } catch (e) {
    rmSync2(scratch, { recursive: true, force: true });
    if (e instanceof UnsupportedError) throw new ConfigurationError("input `builder`", found.builder, `${e.message}.`);
    throw e;
  }
  const env = { ...io.env, ...plan.env };
  if (plan.env.TMPDIR) mkdirSync2(plan.env.TMPDIR, { recursive: true });
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
      rmSync2(scratch, { recursive: true, force: true });
    } catch (e) {
      io.debug(`could not remove ${scratch}: ${e.message}`);
    }
  }
}

// src/image/layer-record.ts
import { readFileSync } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join9 } from "node:path";
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function recordPath(dir, compression, diffId) {
  return join9(dir, compression, `${diffId.replace(/^sha256:/, "")}.json`);
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
  const root = env.RUNNER_TOOL_CACHE || join9(env.XDG_CACHE_HOME || join9(env.HOME || homedir2(), ".cache"));
  return join9(root, "model-cd", "layers");
}

// src/image/refs.ts
import { resolve as resolve4 } from "node:path";
function parseOciRef(raw, input, cwd) {
  const m = /^oci:(.+?)(?::([A-Za-z0-9._-]+))?$/.exec(raw.trim());
  if (!m) throw new ConfigurationError(`input \`${input}\``, raw, "is not an OCI layout reference. Give `oci:<folder>:<tag>`, e.g. `oci:base-image:3.12` (skopeo copy or buildah push can write one).");
  return { layout: resolve4(cwd, m[1]), ref: m[2] ?? "" };
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

// src/image/registry.ts
import { createReadStream as createReadStream3, createWriteStream as createWriteStream4, existsSync } from "node:fs";
import { createHash as createHash4 } from "node:crypto";
import { readFile as readFile4, rm as rm2, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
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
    const size = (await stat4(file)).size;
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
    await pipeline3(Readable.fromWeb(res.body), hashing(hash), createWriteStream4(file));
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
    const index = JSON.parse(await readFile4(blob(top.digest), "utf8"));
    manifests.push(...index.manifests);
  } else manifests.push(top);
  const blobs = /* @__PURE__ */ new Set();
  for (const m of manifests) {
    const manifest = JSON.parse(await readFile4(blob(m.digest), "utf8"));
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
    for (const m of manifests) await client.putManifest(repo, m.digest, m.mediaType, await readFile4(blob(m.digest)));
  }
  await client.putManifest(repo, tag, top.mediaType, await readFile4(blob(top.digest)));
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
  if (model) checkCompression(inputs.layerCompression);
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
  const files = model ? modelFiles(resolve5(io.cwd, model), modelDir, inputs.model) : [];
  const cacheDir = inputs.cacheDir.trim() ? resolve5(io.cwd, inputs.cacheDir.trim()) : defaultLayerCacheDir(io.env);
  const work = mkdtempSync3(join10(io.tempDir, "build-push-"));
  try {
    return await build(io, inputs, { files, destinations, clientFor, model, modelDir, dockerfile, cacheDir }, work);
  } finally {
    rmSync3(work, { recursive: true, force: true });
  }
}
async function build(io, inputs, o, work) {
  const { files, destinations, clientFor, model, modelDir, dockerfile } = o;
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
    const layout = mkdtempSync3(join10(work, "base-"));
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
  let modelPath = "";
  const envName = inputs.modelEnv.trim() || "MODEL_PATH";
  if (files.length) {
    let layerFile = join10(work, "layer.blob");
    layer = await reusableLayer(io, inputs, o, epoch);
    if (layer) layerFile = null;
    else {
      const compression = inputs.layerCompression;
      layer = await io.group(`Build the model layer (${files.length} file${files.length === 1 ? "" : "s"}, compression ${compression})`, () => buildLayer(files, layerFile, epoch, compression));
      if (compression !== "none") recordLayer(inputs, o.cacheDir, layer);
    }
    io.info(`Model layer ${layer.digest} (${layer.size} bytes, ${layer.mediaType}), diffID ${layer.diffId}`);
    modelPath = files.length === 1 && statSync4(resolve5(io.cwd, model)).isFile() ? `/${files[0]?.path}` : `/${modelDir}`;
    labels["dev.model-cd.model.path"] = modelPath;
    labels["dev.model-cd.model.layer"] = layer.digest;
    out = join10(work, "image");
    image = await appendModel(base.layout, out, baseTop, { layer, layerFile, env: { [envName]: modelPath }, labels, annotations: { "org.opencontainers.image.created": created }, created });
  }
  io.info(`Image ${image.digest} (${image.mediaType})`);
  const pushed = await writeDestinations(io, destinations, out, image, clientFor, baseRepo);
  const first = destinations[0];
  const name = first?.kind === "registry" ? `${first.host}/${first.repo}` : first?.kind === "docker-archive" ? `docker-archive:${first.file}` : `oci:${first?.layout}`;
  const metadata = {
    "containerimage.digest": image.digest,
    "image.name": pushed.join(","),
    ...layer ? { "model-cd.layer.digest": layer.digest } : {},
    ...builder ? { "model-cd.builder": builder } : {},
    labels
  };
  const how = [
    ...builder ? [`built from \`${relative3(io.cwd, resolve5(io.cwd, dockerfile))}\` by ${builder}`] : [],
    ...layer ? [`the model (${files.length} file${files.length === 1 ? "" : "s"}) is one layer \`${layer.digest}\` at \`${modelPath}\` (\`${envName}\`)`] : []
  ];
  const summary = [`### \u2705 build-push: ${pushed.map((p) => `\`${p}\``).join(", ")}`, "", `Digest \`${image.digest}\`${how.length ? `; ${how.join("; ")}` : ""}.`, ""].join("\n");
  return { digest: image.digest, image: `${name}@${image.digest}`, imageid: await configDigest(out, image), metadata, summary };
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
      pushed.push(`oci:${relative3(io.cwd, d.layout) || "."}:${d.ref || "latest"}`);
      continue;
    }
    if (d.kind === "docker-archive") {
      const name = `docker-archive:${relative3(io.cwd, d.file)}`;
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
  "retry-timeout": number({ min: 1 })
};
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
      retryTimeout: inputs.retryTimeout
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

// build-push-entry.ts
process.exitCode = await runAction(new RunnerIO(), main);
