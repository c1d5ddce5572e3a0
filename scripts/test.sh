#!/usr/bin/env bash
# The whole test suite: unit, integration and end-to-end (bundles run as the runner runs them,
# act, actionlint, zizmor, parity with the real hadolint). Installs the pinned external tools it
# needs first (idempotent; a no-op when they are cached).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[[ -d node_modules ]] || npm install --no-audit --no-fund
bash scripts/setup-tools.sh
PATH="$(bash scripts/setup-tools.sh --path):$PATH"
MODEL_CD_NODE24="$(bash scripts/setup-tools.sh --node24)"
# Real S3 (s3proxy), MLflow and OCI registry (plain and Basic auth) servers on 127.0.0.1 for the
# integration tests (idempotent).
bash scripts/services.sh start all
bash scripts/builders.sh
export PATH MODEL_CD_NODE24

npx tsc --noEmit -p .
npm run -s build
npx vitest run "$@"
