#!/usr/bin/python3
"""Builds the DEB and TGZ packages with cpack into a temporary folder, unpacks them into scratch
roots and runs the binaries from there. Checks that the private KSyntaxHighlighting (same
SONAME as Debian's Qt 5 library) is shipped only in the private folder and is what the
installed wharf resolves through its RUNPATH, and that shlibdeps produced sane Depends.

  deb_smoke.py --build-dir DIR --cpack CPACK --version V --app-id ID [--private-lib SONAME]
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(cmd, env=None, cwd=None, timeout=300, show=True):
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)
    if show:
        print("$ " + " ".join(cmd) + f"  (exit {proc.returncode})")
    return proc


def clean_env(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LD_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home + "/config",
               XDG_DATA_HOME=home + "/data", XDG_CACHE_HOME=home + "/cache",
               XDG_RUNTIME_DIR=home + "/runtime")
    os.makedirs(home + "/runtime", mode=0o700, exist_ok=True)
    return env


def runpath(elf):
    out = run(["readelf", "-d", elf], show=False).stdout
    m = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[(.*)\]", out)
    return m.group(1) if m else ""


def check_binaries(root, bindir, libdir, private_lib, version, env):
    wharf, cli = os.path.join(bindir, "wharf"), os.path.join(bindir, "wharf-cli")
    for exe in (wharf, cli):
        if not os.access(exe, os.X_OK):
            fail(f"{exe} missing or not executable")
            return
    # Nothing may point back into the build machine (the build tree or the private cache).
    for elf in [wharf, cli] + glob.glob(os.path.join(libdir, "wharf", "*.so*")):
        path = runpath(elf)
        for entry in filter(None, path.split(":")):
            if not entry.startswith("$ORIGIN"):
                fail(f"{os.path.relpath(elf, root)} has RUNPATH entry {entry}")
    if private_lib:
        if runpath(wharf) != "$ORIGIN/../lib/wharf":
            fail(f"wharf's RUNPATH is {runpath(wharf)!r}, expected $ORIGIN/../lib/wharf")
        ldd = run(["ldd", wharf], env=env).stdout
        line = next((l.strip() for l in ldd.splitlines() if private_lib in l), "")
        print("ldd: " + line)
        expected = os.path.realpath(os.path.join(libdir, "wharf", private_lib))
        m = re.search(r"=> (\S+)", line)
        if not m or os.path.realpath(m.group(1)) != expected:
            fail(f"{private_lib} resolves to {m.group(1) if m else line!r}, expected {expected}")
        if "not found" in ldd:
            fail("ldd reports missing libraries:\n" + ldd)
    proc = run([wharf, "--version"], env=env, timeout=60)
    print(proc.stdout.strip())
    if proc.returncode != 0 or proc.stdout.strip() != f"Wharf {version}":
        fail(f"wharf --version: exit {proc.returncode}, output {proc.stdout!r} {proc.stderr!r}")
    proc = run([cli, "--help"], env=env, timeout=60)
    print(proc.stdout.splitlines()[0] if proc.stdout else "")
    if proc.returncode != 0 or "Usage: wharf-cli" not in proc.stdout:
        fail(f"wharf-cli --help: exit {proc.returncode}, output {proc.stdout!r} {proc.stderr!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--private-lib", default="")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="wharf-pkg-") as tmp:
        out = os.path.join(tmp, "out")
        proc = run([args.cpack, "-G", "DEB;TGZ", "-B", out], cwd=args.build_dir, timeout=600)
        if proc.returncode != 0:
            print(proc.stdout[-4000:], proc.stderr[-4000:])
            fail("cpack failed")
            return 1
        debs = glob.glob(os.path.join(out, "wharf_*.deb"))
        tgzs = glob.glob(os.path.join(out, "wharf-*.tar.gz"))
        if len(debs) != 1 or len(tgzs) != 1:
            fail(f"expected one .deb and one .tar.gz, found {debs} {tgzs}")
            return 1
        deb = debs[0]
        print("package: " + os.path.basename(deb))

        fields = {}
        for field in ("Package", "Version", "Section", "Maintainer", "Depends", "Recommends"):
            fields[field] = run(["dpkg-deb", "-f", deb, field], show=False).stdout.strip()
            print(f"{field}: {fields[field]}")
        if fields["Package"] != "wharf" or fields["Version"] != args.version:
            fail("wrong Package or Version")
        depends = [d.strip() for d in fields["Depends"].split(",")]
        names = [re.split(r"[ (]", d)[0] for d in depends]
        for needed in ("libsecret-1-0", "libqt6core6", "libqt6widgets6", "libqt6network6",
                       "libqt6keychain1", "libc6"):
            if needed not in names:
                fail(f"Depends lacks {needed}")
        if not any(n in ("libqt6svg6", "qt6-svg-plugins") for n in names):
            fail("Depends lacks the package of Qt's SVG icon plugin")
        if any(n.startswith("libkf5syntaxhighlighting") for n in names):
            fail("Depends names Debian's Qt 5 KSyntaxHighlighting, which a Qt 6 process cannot load")
        if "gnome-keyring" not in fields["Recommends"]:
            fail("Recommends lacks gnome-keyring | kwalletmanager")

        contents = run(["dpkg-deb", "-c", deb], show=False).stdout
        paths = [line.split()[-1].lstrip(".") for line in contents.splitlines()
                 if not line.startswith("l")] + \
                [line.split()[-3].lstrip(".") for line in contents.splitlines()
                 if line.startswith("l")]
        wanted = ["/usr/bin/wharf", "/usr/bin/wharf-cli",
                  f"/usr/share/applications/{args.app_id}.desktop",
                  f"/usr/share/metainfo/{args.app_id}.metainfo.xml",
                  f"/usr/share/icons/hicolor/scalable/apps/{args.app_id}.svg"]
        wanted += [f"/usr/share/icons/hicolor/{s}x{s}/apps/{args.app_id}.png"
                   for s in (16, 22, 24, 32, 48, 64, 128, 256)]
        if args.private_lib:
            wanted.append("/usr/lib/wharf/" + args.private_lib)
        for path in wanted:
            if path not in paths:
                fail(f"the package lacks {path}")
        # Never on a system library path, where it would replace Debian's Qt 5 build.
        for path in paths:
            if "SyntaxHighlighting" in path and not path.startswith("/usr/lib/wharf/"):
                fail(f"{path} is outside the private folder /usr/lib/wharf")

        root = os.path.join(tmp, "root")
        if run(["dpkg-deb", "-x", deb, root]).returncode != 0:
            fail("dpkg-deb -x failed")
            return 1
        env = clean_env(os.path.join(tmp, "home"))
        check_binaries(root, root + "/usr/bin", root + "/usr/lib", args.private_lib,
                       args.version, env)

        # The tarball unpacks to wharf-<version>-Linux/{bin,lib,share} and runs from anywhere.
        troot = os.path.join(tmp, "tgz")
        os.makedirs(troot)
        if run(["tar", "-xzf", tgzs[0], "-C", troot]).returncode != 0:
            fail("tar -x failed")
            return 1
        top = glob.glob(os.path.join(troot, "wharf-*"))
        if len(top) != 1:
            fail(f"the tarball has no single top folder: {os.listdir(troot)}")
            return 1
        check_binaries(top[0], top[0] + "/bin", top[0] + "/lib", args.private_lib,
                       args.version, env)

    print(f"deb_smoke: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
