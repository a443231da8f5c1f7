# Shared helpers for Wharf's scripts. Sourced, not run.
WHARF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WHARF_CACHE=${WHARF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wharf}
# The private KSyntaxHighlighting build (scripts/lib/ksyntax.sh). CI points it at a throw-away
# folder so that every run proves the build from scratch, downloads included.
WHARF_KSYNTAX_CACHE=${WHARF_KSYNTAX_CACHE:-$WHARF_CACHE/ksyntax}
# npm's content-addressed cache for the e2e harness (tests/e2e/oidc): filled by scripts/deps,
# read offline-first by the tests. Entries are checked against the lock's integrity hashes.
WHARF_NPM_CACHE=${WHARF_NPM_CACHE:-$WHARF_CACHE/npm-cache}
export WHARF_NPM_CACHE
# Emulators and scripts always run Debian's interpreter: a python3 earlier on PATH may lack
# Debian's modules (FastAPI, uvicorn, yaml).
WHARF_PYTHON=/usr/bin/python3
# Node (npm, the e2e OpenID Provider) trusts only its own bundled CA list unless told
# otherwise; apt, curl, git, Python and Qt use the system's store. Make Node use it too, so a
# network whose TLS goes through a local CA (installed in the system store) works for npm.
# npm is given the same store as its CA file. On a fresh machine the store appears only when
# scripts/deps has installed ca-certificates, so the scripts call this again after that step.
use_system_ca_store() {
  if [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}
    export npm_config_cafile=${npm_config_cafile:-/etc/ssl/certs/ca-certificates.crt}
  fi
}
use_system_ca_store

say() { printf '[wharf] %s\n' "$*" >&2; }
die() { printf '[wharf] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Only Debian 12 is verified; other systems get the package list from the README and stop.
require_debian_family() {
  local id="" version=""
  if [ -r /etc/os-release ]; then
    id=$(. /etc/os-release; echo "${ID:-}")
    version=$(. /etc/os-release; echo "${VERSION_ID:-}")
  fi
  if [ "$id" = debian ] && [ "${version%%.*}" -ge 12 ] 2>/dev/null; then
    return 0
  fi
  cat >&2 <<MSG
[wharf] This script installs dependencies on Debian 12 or newer only (found: ${id:-unknown} ${version}).
[wharf] Install the packages listed for your system in README.md ("Other systems"), then run:
[wharf]   cmake --preset default && cmake --build --preset default
MSG
  exit 1
}

# Installs Debian packages (no recommends). The package lists are refreshed once per process,
# first, so that a machine whose lists were never fetched (a fresh image) installs too.
apt_install() {
  if [ -z "${WHARF_APT_UPDATED:-}" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
    export WHARF_APT_UPDATED=1 # child scripts of this run need no second update
  fi
  # env, not export: sudo drops the caller's environment.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "$@" >/dev/null
}

# Prints the seconds since the epoch, for phase timings.
now() { date +%s; }
