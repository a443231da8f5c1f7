#!/usr/bin/python3
"""Validates the Linux desktop integration files and checks that they agree with each other.

  check_metadata.py desktop  --app-id ID --desktop FILE
  check_metadata.py appstream --app-id ID --metainfo FILE --desktop FILE --version VERSION
"""
import argparse
import configparser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    output = (proc.stdout + proc.stderr).strip()
    print("$ " + " ".join(cmd) + f"  (exit {proc.returncode})")
    if output:
        print(output)
    return proc.returncode, output


def spec_version_of_validator():
    _, text = run(["desktop-file-validate", "--help"])
    m = re.search(r"Desktop Entry specification (\d+)\.(\d+)", text)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def check_desktop(args):
    spec = spec_version_of_validator()
    code, output = run(["desktop-file-validate", args.desktop])
    # SingleMainWindow arrived with version 1.5 of the specification; a validator for an older
    # version (desktop-file-utils 0.26 on Debian 12 knows 1.4) reports exactly these two
    # things as errors. Anything else fails.
    tolerated = []
    if spec < (1, 5):
        tolerated = [r'value "1\.5" for key "Version" in group "Desktop Entry" is not a known version',
                     r'file contains key "SingleMainWindow" in group "Desktop Entry", but keys '
                     r'extending the format should start with "X-"']
    problems = [line for line in output.splitlines()
                if re.search(r": (error|warning): ", line)
                and not any(re.search(t, line) for t in tolerated)]
    for line in problems:
        fail(line)
    if code != 0 and not tolerated:
        fail(f"desktop-file-validate exited with {code}")

    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(args.desktop, encoding="utf-8")
    group = entry["Desktop Entry"]
    if not args.desktop.endswith("/" + args.app_id + ".desktop"):
        fail(f"the desktop file must be named {args.app_id}.desktop (setDesktopFileName)")
    if group.get("Icon") != args.app_id:
        fail(f"Icon={group.get('Icon')}, expected {args.app_id}")
    if group.get("SingleMainWindow") != "true":
        fail("SingleMainWindow=true is missing")
    exec_line = group.get("Exec", "")
    if not re.fullmatch(r"wharf( %[FU])?", exec_line):
        fail(f"Exec={exec_line}: expected wharf with %F or %U")
    mime_types = [t for t in group.get("MimeType", "").split(";") if t]
    if not mime_types:
        fail("no MimeType list")
    for mime in mime_types:
        if "*" in mime or mime in ("application/octet-stream", "text/plain"):
            fail(f"MimeType {mime} claims every file; list what Wharf takes")


def check_appstream(args):
    code, _ = run(["appstreamcli", "validate", "--no-net", args.metainfo])
    if code != 0:
        fail(f"appstreamcli validate exited with {code}")
    root = ET.parse(args.metainfo).getroot()
    text = lambda path: (root.findtext(path) or "").strip()
    if text("id") != args.app_id:
        fail(f"<id> is {text('id')}, expected {args.app_id}")
    launchable = root.find("launchable[@type='desktop-id']")
    if launchable is None or launchable.text.strip() != args.app_id + ".desktop":
        fail(f"<launchable type='desktop-id'> must be {args.app_id}.desktop")
    binaries = sorted(b.text.strip() for b in root.findall("provides/binary"))
    if binaries != ["wharf", "wharf-cli"]:
        fail(f"<provides> lists {binaries}, expected wharf and wharf-cli")
    if root.find("content_rating[@type='oars-1.1']") is None:
        fail("no OARS 1.1 content rating")
    images = [i.text.strip() for i in root.findall("screenshots/screenshot/image")]
    for name in ("main-window-light.png", "main-window-dark.png"):
        if not any(i.startswith("https://") and i.endswith("/docs/screenshots/" + name)
                   for i in images):
            fail(f"no https screenshot URL ending in /docs/screenshots/{name}")
    releases = root.findall("releases/release")
    if not releases:
        fail("no <release>")
    elif releases[0].get("version") != args.version:
        fail(f"newest <release> is {releases[0].get('version')}, but the project's version is "
             f"{args.version}: add a <release> entry on top")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["desktop", "appstream"])
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--desktop", required=True)
    parser.add_argument("--metainfo")
    parser.add_argument("--version")
    args = parser.parse_args()
    if args.what == "desktop":
        check_desktop(args)
    else:
        check_appstream(args)
    print(f"check_metadata {args.what}: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
