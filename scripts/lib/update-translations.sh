#!/usr/bin/env bash
# Updates translations/*.ts from the code (the update_translations target: lupdate over every
# library's and entry point's sources, no source locations, strings gone from the code dropped),
# then says how much of the German catalogue is left to translate. See translations/README.md.
#   scripts/lib/update-translations.sh [BUILD_DIR]    default: build (the default preset)
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
cd "$WHARF_ROOT"

build=${1:-build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  [ "$build" = build ] || die "$build is not a configured build folder"
  say "configuring $build (default preset)"
  cmake --preset default -DWHARF_KSYNTAX_PREFIX="$("$WHARF_ROOT/scripts/lib/ksyntax.sh" --print-prefix)" >/dev/null
fi
# The source lists are globbed at configure time: re-run it so new files are scanned too.
cmake "$build" >/dev/null
cmake --build "$build" --target update_translations

for ts in translations/wharf_*.ts; do
  lang=${ts#translations/wharf_}; lang=${lang%.ts}
  total=$(grep -c '<source>' "$ts" || true)
  todo=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$lang" = en ]; then
    # Only plural messages need English text; the others fall back to the source string.
    todo=$(awk '/<message numerus="yes">/ { p = 1 } p && /type="unfinished"/ { n++ }
                /<\/message>/ { p = 0 } END { print n + 0 }' "$ts")
    say "$ts: $total messages, $todo plural messages to fill in (English is the source language)"
  else
    say "$ts: $total messages, $todo to translate"
  fi
done
