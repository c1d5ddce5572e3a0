#!/usr/bin/env bash
# The whole test suite: unit, integration and end-to-end (bundles run as the runner runs them,
# act, actionlint, zizmor, parity with the real hadolint). Installs the pinned external tools it
# needs first (idempotent; a no-op when they are cached).
#
#   npm test [-- VITEST ARGS]      the suite, on the tools cache (MODEL_CD_TOOLS, default
#                                  ~/.cache/model-cd/tools)
#   npm test -- --cold [ARGS]      the same on a new, empty tools cache and state folder, as a
#                                  fresh machine sees it: every pinned tool, venv and server is
#                                  installed again (Debian packages excepted: apt owns those).
#                                  Its servers are stopped and the folder deleted at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ "${1:-}" == --cold ]]; then
  shift
  cold="$(mktemp -d -t model-cd-cold.XXXXXX)"
  export MODEL_CD_TOOLS="$cold/tools" MODEL_CD_STATE="$cold/state"
  cleanup_cold() {
    bash scripts/services.sh stop all >/dev/null 2>&1 || true
    rm -rf "$cold"
  }
  trap cleanup_cold EXIT
  echo "test: cold run on an empty tools cache" >&2
fi

[[ -d node_modules ]] || npm install --no-audit --no-fund
bash scripts/setup-tools.sh
PATH="$(bash scripts/setup-tools.sh --path):$PATH"
MODEL_CD_NODE24="$(bash scripts/setup-tools.sh --node24)"
# The scanners scan-image's tests run (as `scanner-path`: the pinned release archives are not reachable here).
MODEL_CD_TRIVY="$(bash scripts/setup-tools.sh --bin trivy)"
MODEL_CD_GRYPE="$(bash scripts/setup-tools.sh --bin grype)"
# Real S3 (s3proxy), MLflow and OCI registry (plain and Basic auth) servers on 127.0.0.1 for the
# integration tests (idempotent).
bash scripts/services.sh start all
bash scripts/builders.sh
export PATH MODEL_CD_NODE24 MODEL_CD_TRIVY MODEL_CD_GRYPE

npx tsc --noEmit -p .
npm run -s build
npx vitest run "$@"
