#!/usr/bin/env bash
# Installs and runs the real servers the integration tests talk to, on 127.0.0.1 only:
#   s3      s3proxy (Maven Central, jar-with-dependencies) on its filesystem store, AWS v4
#           signatures with a fixed test key, path-style, with the bucket model-cd-test
#   mlflow  MLflow tracking server on sqlite, artifacts proxied (mlflow-artifacts:/)
#   registry       OCI distribution registry (Debian docker-registry, CNCF distribution 2.8),
#                  plain HTTP, no auth, filesystem store, deletes enabled
#   registry-auth  the same binary with htpasswd (bcrypt) Basic auth and a fixed test user
#   registry-token the same binary with token auth: Bearer JWTs (ES256, signed with a self-signed
#                  certificate made once by openssl) from our token server
#                  (scripts/tools/registry-token-server.mjs, Node, no dependencies), which checks
#                  the same test user and grants pull only under readonly/, nothing under private/
#   Installing the registry also installs skopeo and umoci (Debian) for interop checks.
#   moto    moto's server (PyPI): STS, IAM and S3 in one process, for the AWS credential chain
#           tests; its request authentication is off until a test turns it on (/moto-api/reset-auth)
#   prometheus  Prometheus (Debian package) for rollout analysis: scrapes every 1s the targets that
#           tests list in JSON files under <state>/prometheus/targets/ (file_sd, re-read every 1s),
#           so each test adds and removes its own targets, with its own labels, without a restart
#
#   bash scripts/services.sh start [SERVICE|all]   install what is missing, start what is not
#                                                   running healthy (a no-op when it is)
#   bash scripts/services.sh stop [SERVICE|all]    stop by pid file; data is kept
#   bash scripts/services.sh env [SERVICE|all]     print `export KEY=VALUE` lines for the
#                                                   running services
#   bash scripts/services.sh status                 one line per service
#
# Tools:  ${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}/<name>-<version>/ (shared with setup-tools.sh);
#         the registry, skopeo, umoci and htpasswd come from Debian packages (apt), not from here
# State:  ${MODEL_CD_STATE:-$HOME/.cache/model-cd/state}/<service>/: pid, port, env, server.log, data
set -euo pipefail

S3PROXY_VERSION=4.1.0 # Maven Central org.gaul:s3proxy, classifier jar-with-dependencies
S3PROXY_SHA256=a4d025969aaf796616ed4b1e2491d87d455ce84bb28cb9db086b2e6aaa68b48d
# Pinned so that `mvn` does not pick up whatever default its version binds.
MAVEN_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
MLFLOW_VERSION=3.17.2 # PyPI mlflow-skinny; the whole venv is pinned and hashed in scripts/tools/mlflow.txt
MOTO_VERSION=5.2.6    # PyPI moto; the whole venv is pinned and hashed in scripts/tools/moto.txt

# Debian's docker-registry package (bookworm: 2.8.2+ds1); its systemd unit is not used, the
# binary runs from the state folder with its own config. apache2-utils brings htpasswd (bcrypt),
# openssl the token registry's signing certificate.
REGISTRY_BIN=docker-registry
REGISTRY_VERSION=2.8
REGISTRY_PACKAGES=(docker-registry skopeo umoci apache2-utils openssl)
REGISTRY_COMMANDS=(docker-registry skopeo umoci htpasswd openssl)
# Test-only credentials of the auth registries, which listen on loopback and hold only test data.
REGISTRY_USER=model-cd-test
REGISTRY_PASSWORD=model-cd-test-secret
# The token registry's `service` and `issuer`: what its tokens must name.
REGISTRY_TOKEN_SERVICE=model-cd-test-registry
REGISTRY_TOKEN_ISSUER=model-cd-test-token

# Debian's prometheus package (bookworm: 2.42.0+ds); like the registry, its systemd unit is not used:
# the binary runs from the state folder with its own config and storage.
PROMETHEUS_BIN=prometheus
PROMETHEUS_VERSION=2.42

S3_BUCKET=model-cd-test
# Test-only credentials of a server that listens on loopback and holds only test data.
S3_ACCESS_KEY=model-cd-test
S3_SECRET_KEY=model-cd-test-secret

SERVICES=(s3 mlflow registry registry-auth registry-token moto prometheus)
START_TIMEOUT_S3=60
START_TIMEOUT_MLFLOW=120
START_TIMEOUT_REGISTRY=30
START_TIMEOUT_MOTO=60
START_TIMEOUT_PROMETHEUS=60
STOP_TIMEOUT=15

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}"
STATE="${MODEL_CD_STATE:-$HOME/.cache/model-cd/state}"
MLFLOW_REQUIREMENTS="$SCRIPT_DIR/tools/mlflow.txt"
TOKEN_SERVER="$SCRIPT_DIR/tools/registry-token-server.mjs"

S3PROXY_DIR="$TOOLS/s3proxy-$S3PROXY_VERSION"
S3PROXY_JAR="$S3PROXY_DIR/s3proxy.jar"
# The venv is keyed by the requirements file too: bumping boto3 alone must not reuse an old venv.
MLFLOW_DIR="$TOOLS/mlflow-$MLFLOW_VERSION-$(sha256sum "$MLFLOW_REQUIREMENTS" | cut -c1-8)"
MLFLOW_PYTHON="$MLFLOW_DIR/venv/bin/python"
MOTO_REQUIREMENTS="$SCRIPT_DIR/tools/moto.txt"
MOTO_DIR="$TOOLS/moto-$MOTO_VERSION-$(sha256sum "$MOTO_REQUIREMENTS" | cut -c1-8)"

MARKER=.installed

log() { printf 'services: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
source "$SCRIPT_DIR/lib.sh"

usage() {
  echo "usage: $0 start|stop|env [s3|mlflow|registry|registry-auth|registry-token|moto|prometheus|all] | status" >&2
  exit 2
}

java_major() { java -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }

need_java() {
  if ! command -v java >/dev/null 2>&1; then
    apt_install openjdk-17-jre-headless
    log "installed Java $(java_major) (Debian)"
  fi
  local major
  major="$(java_major)"
  [[ "${major:-0}" -ge 17 ]] || die "s3proxy $S3PROXY_VERSION needs Java 17 or newer; 'java' is version ${major:-unknown}"
}

install_s3proxy() {
  installed "$S3PROXY_DIR" && return 0
  need_java
  command -v mvn >/dev/null 2>&1 || apt_install maven
  local started=$SECONDS
  rm -rf "$S3PROXY_DIR"
  mkdir -p "$S3PROXY_DIR"
  # Maven's local repository lives inside the tool's folder while downloading, so the cache
  # stays one folder and a failed run (no marker) is wiped with it next time.
  local tmp="$S3PROXY_DIR/.download"
  local mvn=(
    mvn --batch-mode --quiet
    "-Dmaven.repo.local=$tmp/m2"
    "$MAVEN_DEPENDENCY_PLUGIN:copy"
    "-Dartifact=org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies"
    "-DoutputDirectory=$tmp"
  )
  (cd "$S3PROXY_DIR" && quiet "${mvn[@]}")
  local jar="$tmp/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar"
  if ! echo "$S3PROXY_SHA256  $jar" | sha256sum --check --quiet - >/dev/null 2>&1; then
    die "s3proxy $S3PROXY_VERSION: sha256 $(sha256sum "$jar" | cut -d' ' -f1) is not the pinned $S3PROXY_SHA256"
  fi
  mv "$jar" "$S3PROXY_JAR"
  rm -rf "$tmp"
  touch "$S3PROXY_DIR/$MARKER"
  log "installed s3proxy $S3PROXY_VERSION ($((SECONDS - started))s)"
}

install_mlflow() {
  installed "$MLFLOW_DIR" && return 0
  local python started=$SECONDS
  python="$(find_python311)" || die "MLflow's pinned wheels (scripts/tools/mlflow.txt) need CPython 3.11 as python3.11 or python3"
  rm -rf "$MLFLOW_DIR"
  mkdir -p "$MLFLOW_DIR"
  make_venv "$python" "$MLFLOW_DIR/venv" "$MLFLOW_REQUIREMENTS"
  local version
  version="$("$MLFLOW_PYTHON" -c 'import importlib.metadata as m; print(m.version("mlflow-skinny"))')"
  [[ "$version" == "$MLFLOW_VERSION" ]] || die "scripts/tools/mlflow.txt installs mlflow-skinny $version, the script pins $MLFLOW_VERSION"
  touch "$MLFLOW_DIR/$MARKER"
  log "installed mlflow $MLFLOW_VERSION ($((SECONDS - started))s)"
}

install_moto() {
  installed "$MOTO_DIR" && return 0
  local python started=$SECONDS version
  python="$(find_python311)" || die "moto's pinned wheels (scripts/tools/moto.txt) need CPython 3.11 as python3.11 or python3"
  rm -rf "$MOTO_DIR"
  mkdir -p "$MOTO_DIR"
  make_venv "$python" "$MOTO_DIR/venv" "$MOTO_REQUIREMENTS"
  version="$("$MOTO_DIR/venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))')"
  [[ "$version" == "$MOTO_VERSION" ]] || die "scripts/tools/moto.txt installs moto $version, the script pins $MOTO_VERSION"
  touch "$MOTO_DIR/$MARKER"
  log "installed moto $MOTO_VERSION ($((SECONDS - started))s)"
}

# The Debian packages are the cache here: present means installed. dpkg allows one apt at a
# time, so callers hold a lock.
install_registry() {
  local cmd missing=0 started=$SECONDS version
  for cmd in "${REGISTRY_COMMANDS[@]}"; do
    command -v "$cmd" >/dev/null 2>&1 || missing=1
  done
  if [[ $missing -eq 1 ]]; then
    apt_install "${REGISTRY_PACKAGES[@]}"
    log "installed ${REGISTRY_PACKAGES[*]} (Debian, $((SECONDS - started))s)"
  fi
  version="$(registry_version)"
  [[ "$version" == "$REGISTRY_VERSION".* ]] || die "$REGISTRY_BIN is version ${version:-unknown}, not the expected $REGISTRY_VERSION.x"
}

install_prometheus() {
  local started=$SECONDS version
  if ! command -v "$PROMETHEUS_BIN" >/dev/null 2>&1; then
    apt_install prometheus
    log "installed prometheus (Debian, $((SECONDS - started))s)"
  fi
  version="$(prometheus_version)"
  [[ "$version" == "$PROMETHEUS_VERSION".* ]] || die "$PROMETHEUS_BIN is version ${version:-unknown}, not the expected $PROMETHEUS_VERSION.x"
}

# "prometheus, version 2.42.0+ds (branch: ...)" -> 2.42.0+ds
prometheus_version() { "$PROMETHEUS_BIN" --version 2>/dev/null | sed -n '1s/^prometheus, version \([^ ]*\).*/\1/p'; }

# The token server is ours and runs on the Node the repository needs anyway.
need_node() {
  command -v node >/dev/null 2>&1 || die "registry-token's token server needs Node (node on PATH)"
}

# "docker-registry github.com/docker/distribution 2.8.2+ds1" -> 2.8.2+ds1
registry_version() { "$REGISTRY_BIN" --version 2>/dev/null | awk '{print $NF}'; }

# Asks the OS for a free loopback port.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

http_ok() {
  python3 - "$1" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
EOF
}

# The auth registry is healthy when it refuses an anonymous client with a Basic challenge.
http_basic_challenge() {
  python3 - "$1" <<'EOF' >/dev/null 2>&1
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError as e:
    challenge = e.headers.get("WWW-Authenticate") or ""
    sys.exit(0 if e.code == 401 and challenge.lower().startswith("basic ") else 1)
sys.exit(1)
EOF
}

# The token registry is healthy when the whole flow works: /v2/ answers a Bearer challenge, the
# realm gives the test user a token, and the registry accepts it (it trusts the signing certificate).
http_token_flow() {
  python3 - "$1" "$REGISTRY_USER" "$REGISTRY_PASSWORD" <<'EOF' >/dev/null 2>&1
import base64, json, re, sys, urllib.error, urllib.parse, urllib.request
url, user, password = sys.argv[1:4]
try:
    urllib.request.urlopen(url, timeout=2)
    sys.exit(1)
except urllib.error.HTTPError as e:
    challenge = e.headers.get("WWW-Authenticate") or ""
    if e.code != 401 or not challenge.lower().startswith("bearer "):
        sys.exit(1)
params = dict(re.findall(r'(\w+)="([^"]*)"', challenge))
query = urllib.parse.urlencode({"service": params["service"], "scope": "repository:model-cd-health:pull"})
basic = base64.b64encode(f"{user}:{password}".encode()).decode()
request = urllib.request.Request(f"{params['realm']}?{query}", headers={"Authorization": f"Basic {basic}"})
with urllib.request.urlopen(request, timeout=2) as r:
    token = json.load(r)["token"]
with urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"}), timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
EOF
}

state_dir() { printf '%s/%s\n' "$STATE" "$1"; }

# What the service runs from; a change (a new pin, an upgraded package) means a restart.
tool_dir() {
  case "$1" in
    s3) printf '%s\n' "$S3PROXY_DIR" ;;
    mlflow) printf '%s\n' "$MLFLOW_DIR" ;;
    moto) printf '%s\n' "$MOTO_DIR" ;;
    prometheus) printf '%s %s\n' "$(command -v "$PROMETHEUS_BIN" || echo "$PROMETHEUS_BIN")" "$(prometheus_version)" ;;
    registry | registry-auth) printf '%s %s\n' "$(command -v "$REGISTRY_BIN" || echo "$REGISTRY_BIN")" "$(registry_version)" ;;
    # The token server's code too: an edit to it restarts the service.
    registry-token) printf '%s %s %s\n' "$(command -v "$REGISTRY_BIN" || echo "$REGISTRY_BIN")" "$(registry_version)" "$(sha256sum "$TOKEN_SERVER" | cut -c1-12)" ;;
  esac
}

tool_note() {
  case "$1" in
    registry | registry-auth | registry-token)
      if command -v "$REGISTRY_BIN" >/dev/null 2>&1; then
        echo "installed: $REGISTRY_BIN $(registry_version) (Debian)"
      else
        echo "not installed"
      fi
      ;;
    prometheus)
      if command -v "$PROMETHEUS_BIN" >/dev/null 2>&1; then
        echo "installed: $PROMETHEUS_BIN $(prometheus_version) (Debian)"
      else
        echo "not installed"
      fi
      ;;
    *)
      local tool
      tool="$(tool_dir "$1")"
      if installed "$tool"; then echo "installed: $(basename "$tool")"; else echo "not installed"; fi
      ;;
  esac
}

health_url() {
  local port
  port="$(cat "$(state_dir "$1")/port")"
  case "$1" in
    s3) printf 'http://127.0.0.1:%s/healthz\n' "$port" ;;
    mlflow) printf 'http://127.0.0.1:%s/health\n' "$port" ;;
    moto) printf 'http://127.0.0.1:%s/moto-api/data.json\n' "$port" ;;
    prometheus) printf 'http://127.0.0.1:%s/-/ready\n' "$port" ;;
    registry | registry-auth | registry-token) printf 'http://127.0.0.1:%s/v2/\n' "$port" ;;
  esac
}

answers() {
  case "$1" in
    registry-auth) http_basic_challenge "$(health_url "$1")" ;;
    registry-token) http_token_flow "$(health_url "$1")" ;;
    *) http_ok "$(health_url "$1")" ;;
  esac
}

# The pid from the pid file, if that process is alive and is this service of this state
# folder: after a reboot the number may belong to something else, which must not be killed.
service_pid() {
  local dir pid
  dir="$(state_dir "$1")"
  [[ -f "$dir/pid" ]] || return 1
  pid="$(cat "$dir/pid")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir/" || return 1
  printf '%s\n' "$pid"
}

# Running, answering its health check, and started from the tools this script pins now.
healthy() {
  local dir
  dir="$(state_dir "$1")"
  service_pid "$1" >/dev/null &&
    [[ "$(cat "$dir/tool" 2>/dev/null)" == "$(tool_dir "$1")" ]] &&
    answers "$1"
}

# Quotes a value for the `export` lines only when it needs it.
shell_value() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:@%+,=-]*$ ]]; then
    printf '%s' "$1"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

write_env() {
  local file="$1" key
  shift
  : >"$file.tmp"
  while [[ $# -gt 0 ]]; do
    key="${1%%=*}"
    printf 'export %s=%s\n' "$key" "$(shell_value "${1#*=}")" >>"$file.tmp"
    shift
  done
  mv "$file.tmp" "$file"
}

# $1 service; the rest: the server's command. Started in its own session (setsid) so that it
# outlives this script and the caller's terminal, and `stop` can end its whole process group.
launch() {
  local svc="$1" dir
  shift
  dir="$(state_dir "$svc")"
  rm -f "$dir/pid"
  : >"$dir/server.log"
  (
    cd "$dir"
    # The inner bash writes its own pid (the server's, after exec) and closes every inherited
    # descriptor above 2 first: the start lock's must not outlive this script, or the next
    # start would wait for it forever, nor a caller's pipe, or its read would never end.
    # shellcheck disable=SC2016 # expanded by the inner bash
    setsid bash -c '
      echo $$ >"$1"
      shift
      for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
      done
      exec "$@"' _ "$dir/pid" "$@" </dev/null >>"$dir/server.log" 2>&1 &
  )
}

wait_healthy() {
  local svc="$1" timeout="$2" dir deadline pid
  dir="$(state_dir "$svc")"
  deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    if [[ -f "$dir/pid" ]]; then
      pid="$(cat "$dir/pid")"
      if ! kill -0 "$pid" 2>/dev/null; then
        log "$svc exited while starting; last lines of $dir/server.log:"
        tail -n 40 "$dir/server.log" >&2
        return 1
      fi
      answers "$svc" && return 0
    fi
    sleep 0.2
  done
  log "$svc did not answer $(health_url "$svc") within ${timeout}s; last lines of $dir/server.log:"
  tail -n 40 "$dir/server.log" >&2
  stop_service "$svc"
  return 1
}

run_s3() {
  local dir port
  dir="$(state_dir s3)"
  port="$(free_port)"
  printf '%s\n' "$port" >"$dir/port"
  mkdir -p "$dir/data"
  sed -e "s|@PORT@|$port|" -e "s|@DATA@|$dir/data|" \
    -e "s|@ACCESS_KEY@|$S3_ACCESS_KEY|" -e "s|@SECRET_KEY@|$S3_SECRET_KEY|" \
    "$SCRIPT_DIR/tools/s3proxy.properties" >"$dir/s3proxy.properties"
  # Serial GC and a modest heap: two cores, and the tests move megabytes, not gigabytes.
  launch s3 java -Xms64m -Xmx512m -XX:+UseSerialGC -jar "$S3PROXY_JAR" --properties "$dir/s3proxy.properties"
  wait_healthy s3 "$START_TIMEOUT_S3"
}

run_mlflow() {
  local dir port
  dir="$(state_dir mlflow)"
  port="$(free_port)"
  printf '%s\n' "$port" >"$dir/port"
  mkdir -p "$dir/artifacts"
  # Job execution runs GenAI scorers in extra huey worker processes: not needed here, and its
  # modules import more than this venv holds.
  launch mlflow env \
    MLFLOW_DISABLE_TELEMETRY=true DO_NOT_TRACK=true MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false \
    "$MLFLOW_DIR/venv/bin/mlflow" server \
    --host 127.0.0.1 --port "$port" --workers 1 \
    --backend-store-uri "sqlite:///$dir/mlflow.db" \
    --artifacts-destination "$dir/artifacts"
  wait_healthy mlflow "$START_TIMEOUT_MLFLOW"
}

# YAML single-quoted scalar.
run_moto() {
  local dir port
  dir="$(state_dir moto)"
  port="$(free_port)"
  printf '%s\n' "$port" >"$dir/port"
  # Started through a link in the state folder: the path in its command line is how
  # service_pid knows the process is this service's.
  ln -sfn "$MOTO_DIR/venv/bin/moto_server" "$dir/moto_server"
  launch moto "$dir/moto_server" -H 127.0.0.1 -p "$port"
  wait_healthy moto "$START_TIMEOUT_MOTO"
}

# Config, TSDB and the targets folder live in the state folder. The targets stay across restarts:
# they are the tests' own files (a test removes its file when it ends).
run_prometheus() {
  local dir port
  dir="$(state_dir prometheus)"
  port="$(free_port)"
  printf '%s\n' "$port" >"$dir/port"
  mkdir -p "$dir/data" "$dir/targets"
  # Every 1s: a test waits for what it sent to show up, not for a 15s default interval. The
  # scrape timeout may not exceed the interval.
  cat >"$dir/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: model-cd-test
    file_sd_configs:
      - files: [$(yaml_quote "$dir/targets/*.json")]
        refresh_interval: 1s
EOF
  # Test data only: two hours of it is plenty. No lifecycle API (reload, quit over HTTP): the
  # config never changes while it runs, targets come from the files.
  launch prometheus "$PROMETHEUS_BIN" \
    "--config.file=$dir/prometheus.yml" \
    "--storage.tsdb.path=$dir/data" \
    --storage.tsdb.retention.time=2h \
    "--web.listen-address=127.0.0.1:$port" \
    --log.level=warn
  wait_healthy prometheus "$START_TIMEOUT_PROMETHEUS"
}

prometheus_env() {
  local dir port
  dir="$(state_dir prometheus)"
  port="$(cat "$dir/port")"
  write_env "$dir/env" \
    "PROMETHEUS_URL=http://127.0.0.1:$port" \
    "PROMETHEUS_TARGETS_DIR=$dir/targets"
}

yaml_quote() { printf "'%s'" "${1//\'/\'\'}"; }

# $1 registry, registry-auth or registry-token. Storage, config, the htpasswd file (auth) and the
# signing key and certificate (token) live in its state folder.
run_registry() {
  local svc="$1" dir port config token_port=""
  dir="$(state_dir "$svc")"
  port="$(free_port)"
  printf '%s\n' "$port" >"$dir/port"
  if [[ "$svc" == registry-token ]]; then
    token_port="$(free_port)"
    printf '%s\n' "$token_port" >"$dir/token-port"
  fi
  mkdir -p "$dir/data"
  config="$dir/config.yml"
  # http.secret signs upload state between requests; fixed, as the instance is single and local.
  cat >"$config" <<EOF
version: 0.1
log:
  level: info
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $(yaml_quote "$dir/data")
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: model-cd-test-$svc
EOF
  if [[ "$svc" == registry-auth ]]; then
    printf '%s' "$REGISTRY_PASSWORD" | htpasswd -niB "$REGISTRY_USER" >"$dir/htpasswd.tmp" 2>/dev/null
    mv "$dir/htpasswd.tmp" "$dir/htpasswd"
    cat >>"$config" <<EOF
auth:
  htpasswd:
    realm: model-cd-test
    path: $(yaml_quote "$dir/htpasswd")
EOF
  fi
  if [[ "$svc" == registry-token ]]; then
    signing_certificate "$dir"
    cat >>"$config" <<EOF
auth:
  token:
    realm: $(yaml_quote "http://127.0.0.1:$token_port/token")
    service: $REGISTRY_TOKEN_SERVICE
    issuer: $REGISTRY_TOKEN_ISSUER
    rootcertbundle: $(yaml_quote "$dir/cert.pem")
EOF
  fi
  # REGISTRY_* variables override the config file: none of the caller's may leak in.
  local unset=() name
  while read -r name; do unset+=(-u "$name"); done < <(compgen -e | grep '^REGISTRY_' || true)
  local serve=("$REGISTRY_BIN" serve "$config")
  if [[ "$svc" == registry-token ]]; then
    # The token server runs the registry as its child: one process group, one pid file.
    serve=(node "$TOKEN_SERVER" --port "$token_port" --key "$dir/key.pem" --cert "$dir/cert.pem"
      --service "$REGISTRY_TOKEN_SERVICE" --issuer "$REGISTRY_TOKEN_ISSUER"
      --user "$REGISTRY_USER" --password "$REGISTRY_PASSWORD" -- "${serve[@]}")
  fi
  launch "$svc" env "${unset[@]}" "${serve[@]}"
  wait_healthy "$svc" "$START_TIMEOUT_REGISTRY"
}

# The token registry's ES256 key and self-signed certificate, made once and kept with its data
# (the registry trusts the certificate as its rootcertbundle; tokens carry it in their x5c).
signing_certificate() {
  local dir="$1"
  [[ -s "$dir/key.pem" && -s "$dir/cert.pem" ]] && return 0
  quiet openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
    -subj "/CN=$REGISTRY_TOKEN_ISSUER" -keyout "$dir/key.pem.tmp" -out "$dir/cert.pem.tmp"
  mv "$dir/key.pem.tmp" "$dir/key.pem"
  mv "$dir/cert.pem.tmp" "$dir/cert.pem"
}

registry_env() {
  local port
  port="$(cat "$(state_dir registry)/port")"
  write_env "$(state_dir registry)/env" "MODEL_CD_REGISTRY=127.0.0.1:$port"
}

registry_auth_env() {
  local port
  port="$(cat "$(state_dir registry-auth)/port")"
  write_env "$(state_dir registry-auth)/env" \
    "MODEL_CD_REGISTRY_AUTH=127.0.0.1:$port" \
    "MODEL_CD_REGISTRY_USER=$REGISTRY_USER" \
    "MODEL_CD_REGISTRY_PASSWORD=$REGISTRY_PASSWORD"
}

registry_token_env() {
  local port
  port="$(cat "$(state_dir registry-token)/port")"
  write_env "$(state_dir registry-token)/env" \
    "MODEL_CD_REGISTRY_TOKEN=127.0.0.1:$port" \
    "MODEL_CD_REGISTRY_USER=$REGISTRY_USER" \
    "MODEL_CD_REGISTRY_PASSWORD=$REGISTRY_PASSWORD"
}

create_bucket() {
  python3 "$SCRIPT_DIR/tools/s3-create-bucket.py" "http://127.0.0.1:$(cat "$(state_dir s3)/port")" \
    "$S3_BUCKET" "$S3_ACCESS_KEY" "$S3_SECRET_KEY" us-east-1
}

s3_env() {
  local port
  port="$(cat "$(state_dir s3)/port")"
  write_env "$(state_dir s3)/env" \
    "MODEL_CD_S3_ENDPOINT=http://127.0.0.1:$port" \
    "MODEL_CD_S3_BUCKET=$S3_BUCKET" \
    "AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY" \
    "AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY" \
    "AWS_REGION=us-east-1"
}

moto_env() {
  local port
  port="$(cat "$(state_dir moto)/port")"
  write_env "$(state_dir moto)/env" \
    "MODEL_CD_MOTO_ENDPOINT=http://127.0.0.1:$port" \
    "MODEL_CD_MOTO_PYTHON=$MOTO_DIR/venv/bin/python"
}

mlflow_env() {
  local port
  port="$(cat "$(state_dir mlflow)/port")"
  write_env "$(state_dir mlflow)/env" \
    "MLFLOW_TRACKING_URI=http://127.0.0.1:$port" \
    "MODEL_CD_MLFLOW_PYTHON=$MLFLOW_PYTHON" \
    "MLFLOW_DISABLE_TELEMETRY=true"
}

start_locked() {
  local svc="$1" dir started
  dir="$(state_dir "$svc")"
  if healthy "$svc"; then
    # Restores the bucket if a test deleted it (in the filesystem store a bucket is a folder).
    if [[ "$svc" == s3 && ! -d "$dir/data/$S3_BUCKET" ]]; then create_bucket; fi
    return 0
  fi
  stop_service "$svc"
  case "$svc" in
    s3) with_lock "$TOOLS/.s3proxy-$S3PROXY_VERSION.lock" install_s3proxy ;;
    mlflow) with_lock "$TOOLS/.$(basename "$MLFLOW_DIR").lock" install_mlflow ;;
    moto) with_lock "$TOOLS/.$(basename "$MOTO_DIR").lock" install_moto ;;
    prometheus) with_lock "$TOOLS/.apt.lock" install_prometheus ;;
    registry | registry-auth) with_lock "$TOOLS/.apt.lock" install_registry ;;
    registry-token)
      need_node
      with_lock "$TOOLS/.apt.lock" install_registry
      ;;
  esac
  started=$SECONDS
  case "$svc" in
    s3)
      run_s3
      create_bucket
      s3_env
      ;;
    mlflow)
      run_mlflow
      mlflow_env
      ;;
    moto)
      run_moto
      moto_env
      ;;
    prometheus)
      run_prometheus
      prometheus_env
      ;;
    registry)
      run_registry registry
      registry_env
      ;;
    registry-auth)
      run_registry registry-auth
      registry_auth_env
      ;;
    registry-token)
      run_registry registry-token
      registry_token_env
      ;;
  esac
  tool_dir "$svc" >"$dir/tool"
  log "$svc started on 127.0.0.1:$(cat "$dir/port") ($((SECONDS - started))s)"
}

start_service() {
  local dir
  dir="$(state_dir "$1")"
  mkdir -p "$dir"
  # One start at a time per service: concurrent callers wait, then find it running.
  with_lock "$dir/.lock" start_locked "$1"
}

stop_service() {
  local svc="$1" dir pid deadline
  dir="$(state_dir "$svc")"
  if pid="$(service_pid "$svc")"; then
    # setsid made the server a process-group leader: end the group (mlflow's uvicorn child too).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 -- "-$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    log "$svc stopped"
  fi
  rm -f "$dir/pid" "$dir/env" "$dir/tool"
}

print_env() {
  local svc="$1" dir
  dir="$(state_dir "$svc")"
  if ! service_pid "$svc" >/dev/null || [[ ! -f "$dir/env" ]]; then
    die "$svc is not running; run: bash scripts/services.sh start $svc"
  fi
  cat "$dir/env"
}

print_status() {
  local svc dir pid note
  for svc in "${SERVICES[@]}"; do
    dir="$(state_dir "$svc")"
    note="$(tool_note "$svc")"
    if pid="$(service_pid "$svc")"; then
      local health=unhealthy exports=""
      healthy "$svc" && health=healthy
      # The registries' variables (host:port and credentials, no URL to guess them from).
      if [[ "$svc" == registry* && -f "$dir/env" ]]; then
        exports=" $(sed -n 's/^export //p' "$dir/env" | tr '\n' ' ' | sed 's/ $//')"
      fi
      printf '%-14s running %s pid %s on 127.0.0.1:%s (%s)%s\n' "$svc" "$health" "$pid" "$(cat "$dir/port")" "$note" "$exports"
    else
      printf '%-14s stopped (%s)\n' "$svc" "$note"
    fi
  done
}

selected() {
  case "$1" in
    all) printf '%s\n' "${SERVICES[@]}" ;;
    *) printf '%s\n' "$1" ;;
  esac
}

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  die "pinned checksums cover Linux x86_64 only, not $(uname -s)-$(uname -m)"
fi

command="${1:-}"
target="${2:-all}"
[[ $# -le 2 ]] || usage
case "$target" in all | s3 | mlflow | registry | registry-auth | registry-token | moto | prometheus) ;; *) usage ;; esac
mkdir -p "$TOOLS" "$STATE"

case "$command" in
  start) for svc in $(selected "$target"); do start_service "$svc"; done ;;
  stop) for svc in $(selected "$target"); do stop_service "$svc"; done ;;
  env) for svc in $(selected "$target"); do print_env "$svc"; done ;;
  status) print_status ;;
  *) usage ;;
esac
