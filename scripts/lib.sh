# Helpers the install scripts share (setup-tools.sh, services.sh, py-env.sh, builders.sh); sourced,
# not run. The sourcing script defines log() (its own prefix) and MARKER before calling them.
# shellcheck shell=bash

LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Logs the message and stops the script.
die() {
  log "$*"
  exit 1
}

# Runs a command with its chatter (pip's progress, go's "downloading" lines) kept out of the
# log, shown only when the command fails.
quiet() {
  local out status=0
  out="$(mktemp)"
  "$@" >"$out" 2>&1 || status=$?
  if [[ $status -ne 0 ]]; then
    cat "$out" >&2
    log "failed ($status): $*"
  fi
  rm -f "$out"
  return "$status"
}

# A tool counts as installed only once its marker exists: an interrupted install leaves no
# marker and is redone from scratch on the next run.
installed() { [[ -f "$1/$MARKER" ]]; }

# Serialises installs of one tool across concurrent runs (two vitest workers, two shells).
with_lock() {
  local lock="$1"
  shift
  mkdir -p "$(dirname "$lock")"
  (
    flock 9
    "$@"
  ) 9>"$lock"
}

# A venv whose own pip is first replaced by the pinned, hashed one (scripts/tools/pip.txt),
# which then installs the lock file: the machine's pip differs from machine to machine and
# year to year, and a lock must install the same everywhere. Only wheels, every hash checked.
#   make_venv PYTHON VENV_DIR REQUIREMENTS [more pip install arguments]
make_venv() {
  local python="$1" venv="$2" requirements="$3"
  shift 3
  quiet "$python" -m venv "$venv"
  local pip=("$venv/bin/python" -m pip --quiet --disable-pip-version-check --no-cache-dir install --require-hashes --only-binary=:all:)
  quiet "${pip[@]}" --no-deps -r "$LIB_DIR/tools/pip.txt"
  quiet "${pip[@]}" -r "$requirements" "$@"
}

# The pinned wheels (scripts/tools/*.txt) are for CPython 3.11.
find_python311() {
  local candidate
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      [[ "$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" == 3.11 ]] &&
      [[ "$("$candidate" -c 'import sys; print(sys.implementation.name)')" == cpython ]]; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# Debian packages by name, as root or through sudo. A fresh machine may have no package lists
# yet: update once and retry.
apt_install() {
  local apt=(apt-get install -y --no-install-recommends "$@")
  local update=(apt-get update -qq)
  if [[ "$(id -u)" -ne 0 ]]; then
    apt=(sudo "${apt[@]}")
    update=(sudo "${update[@]}")
  fi
  if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" >/dev/null 2>&1; then
    "${update[@]}" >/dev/null
    DEBIAN_FRONTEND=noninteractive quiet "${apt[@]}"
  fi
}
