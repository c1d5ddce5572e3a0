#!/usr/bin/env bash
# Builds a test-only Go program (a folder with its own go.mod) once into the tools cache, keyed by
# the hash of its sources, go.mod, go.sum and the Go version, and prints the binary's path.
# Concurrent callers (several vitest workers) wait on one lock; the first builds, the rest reuse.
#
#   bash test/setup/scan/build-go-tool.sh DIR NAME
#
# Binary: ${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}/NAME-<hash>/bin/NAME, with the same Go
# module and build caches as scripts/setup-tools.sh's Go tools.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DIR NAME" >&2
  exit 2
fi

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { printf 'build-go-tool: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
source "$HERE/../../../scripts/lib.sh"
MARKER=.installed

SRC="$(cd "$1" && pwd)"
NAME="$2"
TOOLS="${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}"
GO_DIR="$TOOLS/go"
GO_ENV=(
  env
  GOPATH="$GO_DIR"
  GOMODCACHE="$GO_DIR/pkg/mod"
  GOCACHE="$GO_DIR/build"
  GOFLAGS="-mod=readonly -modcacherw -buildvcs=false" # readonly: a build never edits the committed go.mod/go.sum; -modcacherw keeps the cache deletable
  GOTOOLCHAIN=local              # never download another Go toolchain
  CGO_ENABLED=0
)

command -v go >/dev/null 2>&1 || die "go is not on PATH: install Go (the test machine has it) to build $NAME"

key() {
  "${GO_ENV[@]}" go env GOVERSION
  (cd "$SRC" && find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}
OUT="$TOOLS/$NAME-$(key | sha256sum | cut -c1-12)"

build() {
  installed "$OUT" && return 0
  rm -rf "$OUT"
  mkdir -p "$OUT/bin"
  (cd "$SRC" && quiet "${GO_ENV[@]}" go build -trimpath -o "$OUT/bin/$NAME" .)
  touch "$OUT/$MARKER"
  log "built $NAME into $OUT"
}

if ! installed "$OUT"; then
  with_lock "$TOOLS/.locks/$NAME.lock" build
fi
printf '%s\n' "$OUT/bin/$NAME"
