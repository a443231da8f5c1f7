# Shared helpers for Wharf's scripts. Sourced, not run.
WHARF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WHARF_CACHE=${WHARF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wharf}
# Emulators and scripts always run Debian's interpreter: a python3 earlier on PATH may lack
# Debian's modules (FastAPI, uvicorn, yaml).
WHARF_PYTHON=/usr/bin/python3

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

# Prints the seconds since the epoch, for phase timings.
now() { date +%s; }
