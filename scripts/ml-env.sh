#!/usr/bin/env bash
# Installs the Python environment the test-model tests use: scikit-learn, skl2onnx, onnx and
# onnxruntime (Python) to make the fixture models (scripts/fixtures/make-models.py) and to get
# reference predictions (test/evaluate/py/ort_predict.py). Every package is pinned and hashed
# in scripts/tools/ml.txt.
#
#   bash scripts/ml-env.sh            install the venv if it is missing (a no-op when present)
#   bash scripts/ml-env.sh --python   the same, then print only the venv python's absolute path
#
# Tools:  ${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}/ml-<sha256 of ml.txt, 8 hex>/venv
#         (shared with setup-tools.sh and services.sh)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}"
ML_REQUIREMENTS="$SCRIPT_DIR/tools/ml.txt"

# Keyed by the requirements file: any change to a pin or hash installs a new venv.
ML_DIR="$TOOLS/ml-$(sha256sum "$ML_REQUIREMENTS" | cut -c1-8)"
ML_PYTHON="$ML_DIR/venv/bin/python"

MARKER=.installed

log() { printf 'ml-env: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
source "$SCRIPT_DIR/lib.sh"
die() {
  log "$*"
  exit 1
}

usage() {
  echo "usage: $0 [--python]" >&2
  exit 2
}

install_ml() {
  installed "$ML_DIR" && return 0
  local python started=$SECONDS
  python="$(find_python311)" ||
    die "the pinned wheels in scripts/tools/ml.txt need CPython 3.11 as python3.11 or python3 (found: $(python3 --version 2>&1 || echo none))"
  rm -rf "$ML_DIR"
  mkdir -p "$ML_DIR"
  quiet "$python" -m venv "$ML_DIR/venv"
  local pip=("$ML_PYTHON" -m pip --quiet --disable-pip-version-check --no-cache-dir)
  quiet "${pip[@]}" install --require-hashes --only-binary=:all: -r "$ML_REQUIREMENTS"
  # Imports the packages once: a wheel that installs but cannot load fails here, not in a test.
  quiet "$ML_PYTHON" -c 'import numpy, scipy, pandas, pyarrow, sklearn, onnx, skl2onnx, onnxruntime'
  touch "$ML_DIR/$MARKER"
  log "installed $(basename "$ML_DIR") ($((SECONDS - started))s)"
}

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  die "pinned checksums cover Linux x86_64 only, not $(uname -s)-$(uname -m)"
fi

print_python=false
case "${1:-}" in
  "") ;;
  --python) print_python=true ;;
  *) usage ;;
esac
[[ $# -le 1 ]] || usage

if ! installed "$ML_DIR"; then
  with_lock "$TOOLS/.$(basename "$ML_DIR").lock" install_ml
fi
if [[ "$print_python" == true ]]; then
  printf '%s\n' "$ML_PYTHON"
fi
