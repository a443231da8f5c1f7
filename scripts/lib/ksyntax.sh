#!/usr/bin/env bash
# KSyntaxHighlighting for Qt 6. Uses the system's KF6SyntaxHighlighting when there is one;
# otherwise builds upstream KF5SyntaxHighlighting 5.116.0 (the last KF5 release, which also
# builds against Qt 6) once into a private prefix under $WHARF_KSYNTAX_CACHE. Debian 12 has no Qt 6
# build; the source comes from Debian's trixie suite through a private apt configuration, so
# the system's apt sources, lists and packages stay untouched (qt-deps.md section 5).
#   scripts/lib/ksyntax.sh                 make it available (called by scripts/deps)
#   scripts/lib/ksyntax.sh --print-prefix  print WHARF_KSYNTAX_PREFIX for CMake: the private
#                                          prefix, or an empty line when the system has KF6
# The private library has the same SONAME as Debian's Qt 5 build (libKF5SyntaxHighlighting.so.5),
# so it must only ever be found through an RPATH into the private prefix, never installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/common.sh"
source "$here/aptsource.sh"

KSYNTAX_VERSION=5.116.0
KSYNTAX_ORIG=ksyntax-highlighting_${KSYNTAX_VERSION}.orig.tar.xz
KSYNTAX_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
KSYNTAX_SUITE=trixie
# trixie's extra-cmake-modules (CMake files only; unpacked, never installed), pinned like the
# tarball: a different ECM changes what the configure does.
ECM_VERSION=6.13.0-1
declare -A ECM_SHA256S=([amd64]=2f10d5092800eeba58137f6788541c9a3bdf2a07b228a01ce8ddb88ef622f206)
ARCH=$(dpkg --print-architecture)
ECM_DEB=extra-cmake-modules_${ECM_VERSION}_$ARCH.deb
ECM_SHA256=${ECM_SHA256S[$ARCH]:-}
# Qt modules that KSyntaxHighlighting or ECM look for and use when present. None is needed for
# the library; each is switched off in the configure so that installing one (qt6-webengine-dev
# pulls in Qt6Qml, whose ECM module calls Qt 6.5's qt6_policy) cannot break or change the build.
OPTIONAL_QT_MODULES=(Qml Quick QuickControls2 Widgets PrintSupport)

base=$WHARF_KSYNTAX_CACHE
prefix=$base/prefix
stamp=$prefix/.wharf-stamp

# The system's KF6 CMake package, if any (Debian 13+: libkf6syntaxhighlighting-dev).
system_kf6() {
  local f
  for f in /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
           /usr/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
           /usr/local/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
           /usr/local/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake; do
    [ -e "$f" ] && return 0
  done
  return 1
}

# Prints which of OPTIONAL_QT_MODULES have a CMake package on this machine.
present_qt_modules() {
  local m d
  for m in "${OPTIONAL_QT_MODULES[@]}"; do
    for d in /usr/lib/*/cmake/Qt6"$m" /usr/lib/cmake/Qt6"$m"; do
      [ -e "$d/Qt6${m}Config.cmake" ] && { printf '%s ' "$m"; break; }
    done
  done
}

# Everything the private build depends on, one line each; a different text means the cache is
# stale. The recipe is this script itself, so any change to flags or steps rebuilds.
stamp_key() {
  printf 'ksyntax-highlighting %s sha256 %s\n' "$KSYNTAX_VERSION" "$KSYNTAX_SHA256"
  printf 'ecm %s sha256 %s\n' "$ECM_VERSION" "$ECM_SHA256"
  printf 'recipe %s\n' "$(sha256sum "$here/ksyntax.sh" | cut -d' ' -f1)"
  printf 'qt %s\n' "$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || true)"
  printf 'optional qt modules present: %s\n' "$(present_qt_modules)"
  printf 'cmake %s\n' "$(cmake --version 2>/dev/null | head -1)"
  printf 'c++ %s\n' "$(c++ --version 2>/dev/null | head -1)"
}

private_ready() { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(stamp_key)" ]; }

if [ "${1:-}" = --print-prefix ]; then
  if system_kf6; then
    echo
  elif private_ready; then
    echo "$prefix"
  else
    die "KSyntaxHighlighting for Qt 6 is not set up yet: run scripts/deps"
  fi
  exit 0
fi
[ $# -eq 0 ] || die "usage: $0 [--print-prefix]"

system_kf6 && exit 0
private_ready && exit 0

# A newer Debian that packages KF6 but does not have it installed yet.
if apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  say "installing libkf6syntaxhighlighting-dev"
  apt_install libkf6syntaxhighlighting-dev
  system_kf6 && exit 0
  die "libkf6syntaxhighlighting-dev is installed but its CMake package was not found"
fi

# True when FILE exists with SHA-256 WANT; a file with another hash is deleted.
has_sha256() { # FILE WANT
  [ -f "$1" ] || return 1
  [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ] && return 0
  say "$(basename "$1") does not have the pinned SHA-256; fetching it again"
  rm -f "$1"
  return 1
}

# Downloads the pinned source tarball and the pinned extra-cmake-modules into $base/downloads,
# through a private apt configuration. Files already there count only with the pinned hashes.
download_sources() {
  local apt=$base/apt dl=$base/downloads origin uri signed
  mkdir -p "$dl"
  if has_sha256 "$dl/$KSYNTAX_ORIG" "$KSYNTAX_SHA256" && has_sha256 "$dl/$ECM_DEB" "$ECM_SHA256"
  then
    return 0
  fi
  rm -rf "$apt" && mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  origin=$(debian_source)
  uri=${origin%%$'\n'*}
  signed=
  [[ $origin != *$'\n'* ]] || signed=${origin#*$'\n'}
  {
    printf 'Types: deb deb-src\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$KSYNTAX_SUITE"
    printf 'Targets: Packages Sources\n'
    [ -z "$signed" ] || printf 'Signed-By: %s\n' "$signed"
  } >"$apt/wharf.sources"
  # Private sources, lists and caches; the system's update hooks must not run for this list.
  cat >"$apt/apt.conf" <<CONF
Dir::Etc::SourceList "$apt/wharf.sources";
Dir::Etc::SourceParts "/dev/null";
Dir::State::Lists "$apt/lists";
Dir::Cache "$apt/cache";
#clear APT::Update::Pre-Invoke;
#clear APT::Update::Post-Invoke;
#clear APT::Update::Post-Invoke-Success;
CONF
  # As root, apt's _apt sandbox user cannot enter a private cache in a home directory.
  [ "$(id -u)" -ne 0 ] || echo 'APT::Sandbox::User "root";' >>"$apt/apt.conf"
  local aptget=(apt-get -c "$apt/apt.conf" -qq)

  say "fetching the $KSYNTAX_SUITE package lists from $uri (private list)"
  "${aptget[@]}" update || die "apt-get update for the private $KSYNTAX_SUITE list failed"
  if [ ! -f "$dl/$KSYNTAX_ORIG" ]; then
    # The .debian.tar.xz and .asc answer 404, so apt fails: judge by the tarball and its hash.
    (cd "$dl" && "${aptget[@]}" source --download-only ksyntax-highlighting >/dev/null 2>&1) || true
    rm -f "$dl"/*.dsc "$dl"/*.debian.tar.* "$dl"/*.asc
    has_sha256 "$dl/$KSYNTAX_ORIG" "$KSYNTAX_SHA256" ||
      die "apt-get source did not provide $KSYNTAX_ORIG with SHA-256 $KSYNTAX_SHA256" \
        "(has $KSYNTAX_SUITE moved on?)"
  fi
  if [ ! -f "$dl/$ECM_DEB" ]; then
    (cd "$dl" && "${aptget[@]}" download "extra-cmake-modules=$ECM_VERSION") ||
      die "$KSYNTAX_SUITE no longer serves extra-cmake-modules $ECM_VERSION: pin the version" \
        "it has now (ECM_VERSION, ECM_SHA256 in scripts/lib/ksyntax.sh)"
    has_sha256 "$dl/$ECM_DEB" "$ECM_SHA256" ||
      die "$ECM_DEB does not have the pinned SHA-256 $ECM_SHA256"
  fi
  rm -rf "$apt"
}

# Stops with the step that failed and the end of its log, so the cause shows without digging.
build_failed() { # STEP
  say "error: $1 of KSyntaxHighlighting failed; the last 20 lines of $base/build.log:"
  tail -n 20 "$base/build.log" | sed 's/^/[wharf]   /' >&2
  die "$1 failed (whole log: $base/build.log)"
}

ensure_private() {
  local started src ecm build m
  started=$(now)
  mkdir -p "$base"
  exec 9>"$base/lock"
  # One build at a time: a second caller waits, then finds the stamp.
  flock -n 9 || { say "waiting for another KSyntaxHighlighting build to finish"; flock 9; }
  private_ready && return 0
  [ -n "$ECM_SHA256" ] ||
    die "no pinned extra-cmake-modules for $ARCH: add its SHA-256 to ECM_SHA256S in $0"
  if [ -f "$stamp" ]; then
    say "the private KSyntaxHighlighting was built from other inputs; rebuilding. Changed:"
    diff <(cat "$stamp") <(stamp_key) | sed -n 's/^> /[wharf]   /p' >&2 || true
  fi
  say "building KSyntaxHighlighting $KSYNTAX_VERSION against Qt 6 into $prefix (once, ~1-2 min)"
  download_sources

  ecm=$base/ecm src=$base/src build=$base/build
  rm -rf "$ecm" "$src" "$build" "$prefix"
  dpkg -x "$base/downloads/$ECM_DEB" "$ecm" # unpacked only, never installed
  mkdir -p "$src"
  tar -xJf "$base/downloads/$KSYNTAX_ORIG" -C "$src" --strip-components=1

  local disabled=()
  for m in "${OPTIONAL_QT_MODULES[@]}"; do disabled+=("-DCMAKE_DISABLE_FIND_PACKAGE_Qt6$m=TRUE"); done
  say "configuring and building (ninja -j2)"
  cmake -S "$src" -B "$build" -G Ninja -Wno-dev -DQT_MAJOR_VERSION=6 \
    -DECM_DIR="$ecm/usr/share/ECM/cmake" -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
    "${disabled[@]}" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
    >"$base/build.log" 2>&1 || build_failed configure
  cmake --build "$build" -j2 >>"$base/build.log" 2>&1 || build_failed build
  cmake --install "$build" >>"$base/build.log" 2>&1 || build_failed install
  stamp_key >"$stamp"
  rm -rf "$src" "$build" "$ecm"
  say "KSyntaxHighlighting ready in $prefix ($(( $(now) - started ))s)"
}

ensure_private
