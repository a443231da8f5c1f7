#!/usr/bin/env bash
# KSyntaxHighlighting for Qt 6. Uses the system's KF6SyntaxHighlighting when there is one;
# otherwise builds upstream KF5SyntaxHighlighting 5.116.0 (the last KF5 release, which also
# builds against Qt 6) once into a private prefix under $WHARF_CACHE. Debian 12 has no Qt 6
# build; the source comes from Debian's trixie suite through a private apt configuration, so
# the system's apt sources, lists and packages stay untouched (qt-deps.md section 5).
#   scripts/lib/ksyntax.sh                 make it available (called by scripts/deps)
#   scripts/lib/ksyntax.sh --print-prefix  print WHARF_KSYNTAX_PREFIX for CMake: the private
#                                          prefix, or an empty line when the system has KF6
# The private library has the same SONAME as Debian's Qt 5 build (libKF5SyntaxHighlighting.so.5),
# so it must only ever be found through an RPATH into the private prefix, never installed.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

KSYNTAX_VERSION=5.116.0
KSYNTAX_ORIG=ksyntax-highlighting_${KSYNTAX_VERSION}.orig.tar.xz
KSYNTAX_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
KSYNTAX_SUITE=trixie
# Bump when the recipe changes, so that existing caches are rebuilt.
RECIPE=1

base=$WHARF_CACHE/ksyntax
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

# What the private build depends on; a different value means the cache is stale.
stamp_key() {
  local qt
  qt=$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || true)
  printf 'ksyntax-highlighting %s sha256 %s qt %s recipe %s\n' \
    "$KSYNTAX_VERSION" "$KSYNTAX_SHA256" "${qt%%[+~-]*}" "$RECIPE"
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
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends libkf6syntaxhighlighting-dev >/dev/null
  system_kf6 && exit 0
  die "libkf6syntaxhighlighting-dev is installed but its CMake package was not found"
fi

# Prints the URI of the machine's Debian source for its own release on the first line, then its
# Signed-By value verbatim (a keyring path, or an inline key on several lines; may be empty).
debian_source() {
  local codename f out
  codename=$(. /etc/os-release; echo "${VERSION_CODENAME:-}")
  [ -n "$codename" ] || die "no VERSION_CODENAME in /etc/os-release"
  shopt -s nullglob
  # deb822 files: one stanza per paragraph; continuation lines start with white space.
  for f in /etc/apt/sources.list.d/*.sources; do
    out=$(awk -v want="$codename" '
      function flush() {
        if (types ~ /(^| )deb(-src)?( |$)/ && (" " suites " ") ~ (" " want " ") &&
            (" " comps " ") ~ / main / && tolower(enabled) != "no" && uris != "") {
          split(uris, u, " "); printf "%s\n%s\n", u[1], signed; found = 1; exit
        }
        types = suites = comps = uris = signed = enabled = key = ""
      }
      /^#/ { next }
      /^[ \t]*$/ { flush(); next }
      /^[ \t]/ { if (key == "signed-by") signed = signed "\n" $0; next }
      {
        key = tolower(substr($0, 1, index($0, ":") - 1))
        val = substr($0, index($0, ":") + 1); gsub(/^[ \t]+|[ \t]+$/, "", val)
        if (key == "types") types = val; else if (key == "suites") suites = val
        else if (key == "components") comps = val; else if (key == "uris") uris = val
        else if (key == "enabled") enabled = val; else if (key == "signed-by") signed = val
      }
      END { if (!found) flush() }' "$f")
    [ -z "$out" ] || { printf '%s\n' "$out"; return 0; }
  done
  # One-line format: deb [opt=val ...] URI SUITE COMPONENT...
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    out=$(awk -v want="$codename" '
      $1 == "deb" || $1 == "deb-src" {
        signed = ""; i = 2
        if ($2 ~ /^\[/) {
          for (; i <= NF; i++) {
            opt = $i; gsub(/[][]/, "", opt)
            if (opt ~ /^signed-by=/) signed = substr(opt, 11)
            if ($i ~ /\]$/) { i++; break }
          }
        }
        if ($(i + 1) != want) next
        for (j = i + 2; j <= NF; j++) if ($j == "main") { printf "%s\n%s\n", $i, signed; exit }
      }' "$f")
    [ -z "$out" ] || { printf '%s\n' "$out"; return 0; }
  done
  die "no Debian source for '$codename' with component main in /etc/apt"
}

# Downloads the pinned source tarball and trixie's extra-cmake-modules into $base/downloads,
# through a private apt configuration. Skipped when both are already there.
download_sources() {
  local apt=$base/apt dl=$base/downloads origin uri signed
  mkdir -p "$dl"
  if [ -f "$dl/$KSYNTAX_ORIG" ] && compgen -G "$dl/extra-cmake-modules_*.deb" >/dev/null; then
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
  # The .debian.tar.xz and .asc answer 404, so apt fails: judge by the tarball and its hash.
  (cd "$dl" && "${aptget[@]}" source --download-only ksyntax-highlighting >/dev/null 2>&1) || true
  [ -f "$dl/$KSYNTAX_ORIG" ] ||
    die "apt-get source did not provide $KSYNTAX_ORIG (has $KSYNTAX_SUITE moved on?)"
  rm -f "$dl"/extra-cmake-modules_*.deb
  (cd "$dl" && "${aptget[@]}" download extra-cmake-modules) ||
    die "apt-get download extra-cmake-modules failed"
  rm -rf "$apt"
}

ensure_private() {
  local started src ecm build
  started=$(now)
  mkdir -p "$base"
  exec 9>"$base/lock"
  # One build at a time: a second caller waits, then finds the stamp.
  flock -n 9 || { say "waiting for another KSyntaxHighlighting build to finish"; flock 9; }
  private_ready && return 0
  say "building KSyntaxHighlighting $KSYNTAX_VERSION against Qt 6 into $prefix (once, ~1-2 min)"

  download_sources
  local tarball=$base/downloads/$KSYNTAX_ORIG sha
  sha=$(sha256sum "$tarball" | cut -d' ' -f1)
  if [ "$sha" != "$KSYNTAX_SHA256" ]; then
    rm -f "$tarball"
    die "$KSYNTAX_ORIG has SHA-256 $sha, expected $KSYNTAX_SHA256"
  fi

  ecm=$base/ecm src=$base/src build=$base/build
  rm -rf "$ecm" "$src" "$build" "$prefix"
  dpkg -x "$base"/downloads/extra-cmake-modules_*.deb "$ecm" # unpacked only, never installed
  mkdir -p "$src"
  tar -xJf "$tarball" -C "$src" --strip-components=1

  say "configuring and building (ninja -j2)"
  cmake -S "$src" -B "$build" -G Ninja -Wno-dev -DQT_MAJOR_VERSION=6 \
    -DECM_DIR="$ecm/usr/share/ECM/cmake" -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" >"$base/build.log" 2>&1 ||
    die "configure failed; see $base/build.log"
  cmake --build "$build" -j2 >>"$base/build.log" 2>&1 || die "build failed; see $base/build.log"
  cmake --install "$build" >>"$base/build.log" 2>&1 || die "install failed; see $base/build.log"
  stamp_key >"$stamp"
  rm -rf "$src" "$build" "$ecm"
  say "KSyntaxHighlighting ready in $prefix ($(( $(now) - started ))s)"
}

ensure_private
