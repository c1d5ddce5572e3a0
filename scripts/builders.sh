#!/usr/bin/env bash
# Installs what build-push's Dockerfile and run tests and rollout's nginx tests need, from Debian,
# when it is missing:
#   buildah         builds a Dockerfile and runs an image without a daemon; used with
#                   --isolation chroot --storage-driver vfs and a private --root, so it needs
#                   neither runc nor fuse-overlayfs (recommends, not installed)
#   busybox-static  one static binary that makes a runnable base image built here (no image
#                   can be pulled from the internet)
#   podman, runc    run the serving image build-push makes as a real container (the container
#                   test): rootful, --storage-driver vfs, --network host, cgroupfs, a private
#                   --root (conmon comes with podman; slirp4netns, fuse-overlayfs and the other
#                   recommends are not installed). runc, not crun, is the OCI runtime: crun 1.8
#                   refuses a machine whose cgroups mix v1 and v2 with a controller on the v2 side
#                   ("cgroups in hybrid mode not supported"), as some VMs have them
#   nginx           rollout's nginx router: the tests start their own nginx master (own prefix,
#                   config, pid file and loopback port) in front of two serve processes, so it is a
#                   program here, not a shared service; the system's nginx service is never started
#   openssh-server  the same router over `ssh-host`: the tests start their own sshd on a loopback
#                   port with a host key and an authorized key made for the run
#
#   bash scripts/builders.sh [install]   install what is missing (idempotent; a no-op when present)
#   bash scripts/builders.sh status      one line per tool
#
# The Debian packages are the cache: present means installed. dpkg allows one apt at a time,
# so the install holds the same lock as services.sh's.
set -euo pipefail

BUILDER_PACKAGES=(buildah busybox-static podman runc nginx openssh-server)
# The oldest buildah whose flags the tests and src/image/builder.ts rely on (bookworm has 1.28).
BUILDAH_MIN_VERSION=1.28
# The oldest podman whose flags test/integration/serve-container.test.ts relies on (bookworm has 4.3).
PODMAN_MIN_VERSION=4.3

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
# "podman version 4.3.1" -> 4.3.1
podman_version() { podman --version 2>/dev/null | awk '{print $3}'; }

# Fails unless version $2 of $1 is at least $3 (sort -V puts the older first).
at_least() {
  if [[ "$(printf '%s\n%s\n' "$3" "${2:-0}" | sort -V | head -n1)" != "$3" ]]; then
    die "$1 is version ${2:-unknown}, older than $3"
  fi
}

# The oldest nginx whose directives src/rollout/router/nginx-config.ts writes (bookworm has 1.22.1).
NGINX_MIN_VERSION=1.22
# "nginx version: nginx/1.22.1" (on stderr) -> 1.22.1
nginx_version() { "$(command -v nginx || echo /usr/sbin/nginx)" -v 2>&1 | sed -n 's|^nginx version: nginx/||p'; }

# nginx and sshd live in /usr/sbin, which is not on every user's PATH.
have_nginx() { command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]]; }
have_sshd() { command -v sshd >/dev/null 2>&1 || [[ -x /usr/sbin/sshd ]]; }

# Installing nginx or openssh-server starts their system services (port 80, port 22) unless
# policy-rc.d forbids it; the tests run their own processes, so the install forbids it while it
# runs when the machine has no policy of its own (a container image usually has one).
apt_install_no_start() {
  local policy=/usr/sbin/policy-rc.d
  if [[ -e $policy || "$(id -u)" -ne 0 ]]; then
    apt_install "$@"
    return
  fi
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  local status=0
  apt_install "$@" || status=$?
  rm -f "$policy"
  return "$status"
}

# busybox-static installs /bin/busybox, which is not on every PATH.
have_busybox() { command -v busybox >/dev/null 2>&1 || [[ -x /bin/busybox ]]; }

install_builders() {
  local missing=0 started=$SECONDS
  command -v buildah >/dev/null 2>&1 || missing=1
  have_busybox || missing=1
  command -v podman >/dev/null 2>&1 || missing=1
  command -v runc >/dev/null 2>&1 || missing=1
  have_nginx || missing=1
  have_sshd || missing=1
  if [[ $missing -eq 1 ]]; then
    apt_install_no_start "${BUILDER_PACKAGES[@]}"
    log "installed ${BUILDER_PACKAGES[*]} (Debian, $((SECONDS - started))s)"
  fi
  at_least buildah "$(buildah_version)" "$BUILDAH_MIN_VERSION"
  at_least podman "$(podman_version)" "$PODMAN_MIN_VERSION"
  at_least nginx "$(nginx_version)" "$NGINX_MIN_VERSION"
}

print_status() {
  if command -v buildah >/dev/null 2>&1; then
    printf '%-8s installed: %s %s\n' buildah "$(command -v buildah)" "$(buildah_version)"
  else
    printf '%-8s not installed\n' buildah
  fi
  local tool
  for tool in podman runc; do
    if command -v "$tool" >/dev/null 2>&1; then
      printf '%-8s installed: %s %s\n' "$tool" "$(command -v "$tool")" "$("$tool" --version 2>/dev/null | head -n1 | awk '{print $NF}')"
    else
      printf '%-8s not installed\n' "$tool"
    fi
  done
  if have_nginx; then
    printf '%-8s installed: %s %s\n' nginx "$(command -v nginx || echo /usr/sbin/nginx)" "$(nginx_version)"
  else
    printf '%-8s not installed\n' nginx
  fi
  if have_sshd; then
    printf '%-8s installed: %s %s\n' sshd "$(command -v sshd || echo /usr/sbin/sshd)" "$(dpkg-query -W -f '${Version}' openssh-server 2>/dev/null)"
  else
    printf '%-8s not installed\n' sshd
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
