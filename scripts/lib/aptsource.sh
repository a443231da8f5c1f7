# The machine's own Debian package source, for tools that need a private apt list (ksyntax.sh)
# or a mirror to bootstrap from (fresh-machine-check). Sourced, not run.

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

