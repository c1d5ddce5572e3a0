#!/usr/bin/env bash
# Installs what build-push's Dockerfile and run tests need, from Debian, when it is missing:
#   buildah         builds a Dockerfile and runs an image without a daemon; used with
#                   --isolation chroot --storage-driver vfs and a private --root, so it needs
#                   neither runc nor fuse-overlayfs (recommends, not installed)
#   busybox-static  one static binary that makes a runnable base image built here (no image
#                   can be pulled from the internet)
#
#   bash scripts/builders.sh [install]   install what is missing (idempotent; a no-op when present)
#   bash scripts/builders.sh status      one line per tool
#
# The Debian packages are the cache: present means installed. dpkg allows one apt at a time,
# so the install holds the same lock as services.sh's.
set -euo pipefail

BUILDER_PACKAGES=(buildah busybox-static)
# The oldest buildah whose flags the tests and src/image/builder.ts rely on (bookworm has 1.28).
BUILDAH_MIN_VERSION=1.28

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="${MODEL_CD_TOOLS:-$HOME/.cache/model-cd/tools}"

log() { printf 'builders: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
source "$SCRIPT_DIR/lib.sh"

usage() {
  echo "usage: $0 [install|status]" >&2
  exit 2
}

# The same as services.sh's: a fresh machine may have no package lists yet, so update once and retry.
# "buildah version 1.28.2 (image-spec 1.0.2-dev, runtime-spec 1.0.2-dev)" -> 1.28.2
buildah_version() { buildah --version 2>/dev/null | awk '{print $3}'; }

# busybox-static installs /bin/busybox, which is not on every PATH.
have_busybox() { command -v busybox >/dev/null 2>&1 || [[ -x /bin/busybox ]]; }

install_builders() {
  local missing=0 started=$SECONDS version
  command -v buildah >/dev/null 2>&1 || missing=1
  have_busybox || missing=1
  if [[ $missing -eq 1 ]]; then
    apt_install "${BUILDER_PACKAGES[@]}"
    log "installed ${BUILDER_PACKAGES[*]} (Debian, $((SECONDS - started))s)"
  fi
  version="$(buildah_version)"
  # sort -V puts the older first: the minimum must come first (or be equal).
  if [[ "$(printf '%s\n%s\n' "$BUILDAH_MIN_VERSION" "${version:-0}" | sort -V | head -n1)" != "$BUILDAH_MIN_VERSION" ]]; then
    die "buildah is version ${version:-unknown}, older than $BUILDAH_MIN_VERSION"
  fi
}

print_status() {
  if command -v buildah >/dev/null 2>&1; then
    printf '%-8s installed: %s %s\n' buildah "$(command -v buildah)" "$(buildah_version)"
  else
    printf '%-8s not installed\n' buildah
  fi
  if have_busybox; then
    printf '%-8s installed: %s\n' busybox "$(command -v busybox || echo /bin/busybox)"
  else
    printf '%-8s not installed\n' busybox
  fi
}

[[ $# -le 1 ]] || usage
mkdir -p "$TOOLS"
case "${1:-install}" in
  install) with_lock "$TOOLS/.apt.lock" install_builders ;;
  status) print_status ;;
  *) usage ;;
esac
