#!/usr/bin/python3
"""Fails when a catalogue is not complete for the current code: runs lupdate on a COPY of the
.ts file (in a temporary folder; the repository is never touched) with the same sources,
include paths and options as the update_translations target, minus -no-obsolete, and reports
every message that is then unfinished (new or changed in the code), vanished or obsolete
(gone from the code), or a plural message with an empty form.

  check_translations.py --lupdate LUPDATE --sources LSTFILE --ts FILE.ts
                        [--include DIR]... [-- LUPDATE_OPTIONS...]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="file listing one source per line")
    parser.add_argument("--ts", required=True)
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("options", nargs="*")
    args = parser.parse_args()

    options = [o for o in args.options if o != "-no-obsolete"]
    with tempfile.TemporaryDirectory(prefix="wharf-ts-") as tmp:
        copy = os.path.join(tmp, os.path.basename(args.ts))
        shutil.copyfile(args.ts, copy)
        cmd = [args.lupdate, *options]
        for include in args.include:
            cmd += ["-I", include]
        cmd += ["@" + args.sources, "-ts", copy]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        # lupdate's summary ("Found N source text(s) ...") only; its Q_OBJECT hints are noise.
        for line in (proc.stdout + proc.stderr).splitlines():
            if "source text" in line:
                print(line.strip())
        if proc.returncode != 0:
            print(f"lupdate failed with exit code {proc.returncode}:\n{proc.stderr}")
            return 1
        root = ET.parse(copy).getroot()

    problems = []
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append((kind, name, source))
                continue
            if message.get("numerus") == "yes":
                forms = [f.text for f in translation.iter("numerusform")]
                if not forms or any(not (f or "").strip() for f in forms):
                    problems.append(("empty plural form", name, source))
            elif not (translation.text or "").strip():
                problems.append(("empty", name, source))

    for kind, name, source in problems:
        print(f"{kind:>12}  [{name}] {source!r}")
    print(f"{os.path.basename(args.ts)}: {total} messages, {len(problems)} to do")
    if problems:
        print("Run scripts/lib/update-translations.sh, then translate the entries above "
              "(translations/README.md).")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
