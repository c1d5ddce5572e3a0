#!/usr/bin/env bash
# Installs one of the Python environments the tests use as makers of fixtures and as oracles,
# each fully pinned and hashed in scripts/tools/<name>.txt:
#   ml      scikit-learn, skl2onnx, onnx, onnxruntime: the test-model fixture models
#           (scripts/fixtures/make-models.py) and reference predictions (test/evaluate/py/)
#   drift   Evidently (its legacy data drift report), scipy, pandas, pyarrow: the check-drift
#           fixtures and reference results (test/drift/py/)
#   awscli  the AWS CLI v1, the `aws s3 cp` peer of bench/pull-model.mjs
#   serve-peers  mlflow-skinny (`mlflow models serve`), onnx, onnxruntime, pandas, Flask: the Python
#           peers of `model-cd serve` (test/integration/mlflow-serve.test.ts, bench/peers/flask_app.py)
#
#   bash scripts/py-env.sh NAME            install the venv if it is missing (a no-op when present)
#   bash scripts/py-env.sh NAME --python   the same, then print only the venv python's absolute path
#
# Tools:  ${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}/<name>-<sha256 of <name>.txt, 8 hex>/venv
#         (keyed by the requirements file: any change to a pin or hash installs a new venv)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}"
MARKER=.installed

log() { printf 'py-env: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
source "$SCRIPT_DIR/lib.sh"
usage() {
  echo "usage: $0 ml|drift|awscli|serve-peers [--python]" >&2
  exit 2
}

NAME="${1:-}"
# The modules each environment must import: a wheel that installs but cannot load fails here.
case "$NAME" in
  ml) IMPORTS='import numpy, scipy, pandas, pyarrow, sklearn, onnx, skl2onnx, onnxruntime' ;;
  drift) IMPORTS='import numpy, scipy, pandas, pyarrow, evidently.legacy.report, evidently.legacy.metric_preset' ;;
  awscli) IMPORTS='import awscli.clidriver' ;;
  serve-peers) IMPORTS='import numpy, pandas, onnx, onnxruntime, flask, uvicorn, mlflow.onnx, mlflow.pyfunc.scoring_server' ;;
  *) usage ;;
esac
shift
print_python=false
case "${1:-}" in
  "") ;;
  --python) print_python=true ;;
  *) usage ;;
esac
[[ $# -le 1 ]] || usage

REQUIREMENTS="$SCRIPT_DIR/tools/$NAME.txt"
ENV_DIR="$TOOLS/$NAME-$(sha256sum "$REQUIREMENTS" | cut -c1-8)"
ENV_PYTHON="$ENV_DIR/venv/bin/python"

install_env() {
  installed "$ENV_DIR" && return 0
  local python started=$SECONDS
  python="$(find_python311)" ||
    die "the pinned wheels in scripts/tools/$NAME.txt need CPython 3.11 as python3.11 or python3 (found: $(python3 --version 2>&1 || echo none))"
  rm -rf "$ENV_DIR"
  mkdir -p "$ENV_DIR"
  make_venv "$python" "$ENV_DIR/venv" "$REQUIREMENTS"
  quiet "$ENV_PYTHON" -c "$IMPORTS"
  touch "$ENV_DIR/$MARKER"
  log "installed $(basename "$ENV_DIR") ($((SECONDS - started))s)"
}

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  die "pinned checksums cover Linux x86_64 only, not $(uname -s)-$(uname -m)"
fi

if ! installed "$ENV_DIR"; then
  with_lock "$TOOLS/.$(basename "$ENV_DIR").lock" install_env
fi
if [[ "$print_python" == true ]]; then
  printf '%s\n' "$ENV_PYTHON"
fi
